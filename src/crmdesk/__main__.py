"""Entry point for ``python -m crmdesk``."""

from crmdesk.cli import main

# The guard keeps a worker process (the import's reader, started with "spawn") that
# re-imports the main module from running the app again.
if __name__ == "__main__":
    raise SystemExit(main())
