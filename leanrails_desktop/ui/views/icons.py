"""Icons from the package's ``resources/icons`` folder (SVG, crisp at any scale).

Works from a source checkout, an installed wheel and a frozen build alike, because the files
are located relative to this package, not the working directory.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file shipped under ``leanrails_desktop/resources``."""
    return RESOURCES.joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """The icon ``name`` (file ``resources/icons/<name>.svg``), or a theme icon, or empty."""
    path = resource_path("icons", f"{name}.svg")
    if path.exists():
        return QIcon(str(path))
    return QIcon.fromTheme(name)
