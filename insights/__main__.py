"""``python -m insights``: see ``insights.cli``."""

from insights.cli import main

raise SystemExit(main())
