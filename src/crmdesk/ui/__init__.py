"""The PySide6 desktop application. Qt only: widgets call crmdesk services, never SQL."""
