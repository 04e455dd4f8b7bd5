"""The sandbox is a separate program: the UI imports nothing of it, and it imports nothing
of the app but core.money (the rules both sides must share)."""

from __future__ import annotations

import ast
from pathlib import Path

import leanrails_desktop

PACKAGE = Path(leanrails_desktop.__file__).parent


def _imported_modules(folder: Path) -> set[tuple[str, str]]:
    """(file, module) for every absolute import of the app's package under ``folder``."""
    found: set[tuple[str, str]] = set()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            rel = str(path.relative_to(PACKAGE))
            found.update((rel, name) for name in names if name.startswith("leanrails_desktop"))
    return found


def test_the_ui_imports_nothing_of_the_sandbox() -> None:
    imports = _imported_modules(PACKAGE / "ui")
    assert imports, "the UI's imports were not found"
    offending = sorted(
        (rel, name)
        for rel, name in imports
        if name == "leanrails_desktop.sandbox" or name.startswith("leanrails_desktop.sandbox.")
    )
    assert offending == []


def test_the_sandbox_imports_only_core_money_of_the_app() -> None:
    allowed = ("leanrails_desktop.sandbox", "leanrails_desktop.core.money")
    imports = _imported_modules(PACKAGE / "sandbox")
    assert ("sandbox/pages.py", "leanrails_desktop.core.money") in imports
    offending = sorted(
        (rel, name)
        for rel, name in imports
        if not any(name == a or name.startswith(a + ".") for a in allowed)
        and name != "leanrails_desktop.core"  # "from leanrails_desktop.core import money"
    )
    assert offending == []
