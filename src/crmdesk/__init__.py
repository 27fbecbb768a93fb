"""crmdesk: a local-first contact and sales manager with an encrypted database."""

__version__ = "0.1.0"
