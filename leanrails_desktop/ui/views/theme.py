"""One palette: the colours and styles that mean something (live, test, problems, states)."""

from __future__ import annotations

LIVE_RED = "#c62828"
TEST_AMBER = "#f0ad4e"
OK_GREEN = "#2e7d32"
UNSAVED_AMBER = "#b26a00"

LIVE_BANNER = f"background: {LIVE_RED}; color: white; font-weight: 700; padding: 4px 8px;"
LIVE_BADGE = (
    f"background: {LIVE_RED}; color: white; font-weight: 700; border-radius: 3px;"
    " padding: 1px 9px;"
)
TEST_BADGE = (
    f"background: {TEST_AMBER}; color: black; font-weight: 700; border-radius: 3px;"
    " padding: 1px 9px;"
)
LIVE_TOOLBAR = f"QToolBar {{ border-bottom: 3px solid {LIVE_RED}; }}"
ERROR_TEXT = f"color: {LIVE_RED};"
LIVE_TEXT = f"color: {LIVE_RED}; font-weight: bold;"
QUIET_TEXT = "color: palette(mid);"
ACTIVE_STATUS = f"color: {OK_GREEN}; font-weight: 600;"
INACTIVE_STATUS = f"color: {LIVE_RED}; font-weight: 600;"
EDITOR_HEADER = "font-weight: 600; font-size: 11pt; padding: 6px;"
EDITOR_HEADER_UNSAVED = EDITOR_HEADER + f" color: {UNSAVED_AMBER};"
PROBLEM_BANNER = (
    "background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
    " border-radius: 4px; padding: 6px;"
)
CHECKOUT_BUTTON = (
    "QPushButton#checkoutButton { background: #3b5bdb; color: white; border: none;"
    " border-radius: 6px; padding: 10px; font-weight: 600; font-size: 11pt; }"
)
PREVIEW_TITLE = "font-size: 15pt; font-weight: 600;"
BOLD = "font-weight: 600;"
TOTAL = "font-weight: 600; font-size: 12pt;"
QUIET = "color: palette(mid);"
KEYRING_BANNER = (
    "QFrame#KeyringBanner { background: #fff4e5; border: 1px solid #f0ad4e; border-radius: 4px; }"
    " QFrame#KeyringBanner QLabel { color: #3d2a00; }"
)
SHARE_BOX = "QFrame#shareBox { border-top: 1px solid palette(mid); }"
