"""Entry point for ``python -m crmdesk``."""

from crmdesk.cli import main

raise SystemExit(main())
