"""Entry point of the frozen (PyInstaller) build of LeanRails Desktop.

A frozen build has no ``python -m``: every mode of the app, including the bundled sandbox
server that the app starts as a child of itself, goes through ``leanrails_desktop.app.main``.
"""

from __future__ import annotations

import sys

from leanrails_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
