"""Start-up: the first-run wizard, the unlock dialog, and locking when idle."""
