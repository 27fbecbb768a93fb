"""The calendar: day, week and month views of scheduled activities."""

from crmdesk.ui.calendar.page import CalendarPage

__all__ = ["CalendarPage"]
