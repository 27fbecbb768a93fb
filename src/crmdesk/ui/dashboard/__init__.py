"""The dashboard: charts of the pipeline, outcomes and activity, for an owner scope."""

from crmdesk.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
