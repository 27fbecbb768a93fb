"""The opportunities page: pipeline board, filtered list and forecast."""
