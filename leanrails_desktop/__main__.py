"""Allows ``python -m leanrails_desktop``."""

from leanrails_desktop.app import main

raise SystemExit(main())
