"""Sync with the office server: protocol types, client, and the server application."""
