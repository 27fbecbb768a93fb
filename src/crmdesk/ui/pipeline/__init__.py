"""The opportunities page: pipeline board, filtered list and forecast."""

from crmdesk.ui.pipeline.page import PipelinePage

__all__ = ["PipelinePage"]
