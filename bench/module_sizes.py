"""Sizes of the app's rooms: modules over a line limit, and the biggest classes by lines,
methods and instance attributes (counted from the AST, so comments and blank lines inside a
class count as the file shows them).

    python -m bench.module_sizes --max-lines 500    # exit 1 naming every module over 500
    python -m bench.module_sizes --classes 5        # the five biggest classes
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "leanrails_desktop"


@dataclass(frozen=True)
class ClassSize:
    """One class: where, and how big."""

    name: str
    module: str
    lines: int
    methods: int
    attributes: int


def module_lines(root: Path = PACKAGE) -> dict[str, int]:
    """Lines per module, by path relative to the repository."""
    return {
        str(path.relative_to(root.parent)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(root.rglob("*.py"))
    }


def class_sizes(root: Path = PACKAGE) -> list[ClassSize]:
    """Every class of the package, biggest first."""
    sizes = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            functions = (ast.FunctionDef, ast.AsyncFunctionDef)
            methods = [n for n in node.body if isinstance(n, functions)]
            attributes = {
                target.attr
                for method in methods
                for sub in ast.walk(method)
                for target in _assigned(sub)
                if isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            }
            sizes.append(
                ClassSize(
                    node.name,
                    str(path.relative_to(root.parent)),
                    (node.end_lineno or node.lineno) - node.lineno + 1,
                    len(methods),
                    len(attributes),
                )
            )
    return sorted(sizes, key=lambda size: size.lines, reverse=True)


def _assigned(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        return [t for target in node.targets for t in _flatten(target)]
    if isinstance(node, ast.AnnAssign | ast.AugAssign):
        return [node.target]
    return []


def _flatten(target: ast.expr) -> list[ast.expr]:
    if isinstance(target, ast.Tuple | ast.List):
        return [t for element in target.elts for t in _flatten(element)]
    return [target]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-lines", type=int, default=0, help="fail on modules over this")
    parser.add_argument("--classes", type=int, default=0, help="print the N biggest classes")
    options = parser.parse_args(argv)
    status = 0
    if options.max_lines:
        over = {m: n for m, n in module_lines().items() if n > options.max_lines}
        for module, lines in over.items():
            print(f"{module}: {lines} lines (more than {options.max_lines}; split it by concern)")
        status = 1 if over else 0
    for size in class_sizes()[: options.classes]:
        print(
            f"{size.name:<24} {size.module:<55} {size.lines:>5} lines "
            f"{size.methods:>3} methods {size.attributes:>3} attributes"
        )
    return status


if __name__ == "__main__":
    sys.exit(main())
