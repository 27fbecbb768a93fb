"""Encrypted daily backups (.crmbak files), their verification, retention, schedule and restore."""
