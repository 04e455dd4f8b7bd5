"""How much of each translation is left to do: `make translations` prints it last.

    python packaging/translation_status.py leanrails_desktop/resources/translations/*.ts

Lists every message still marked unfinished (new since the last translation, or changed
in the source), so a translator knows exactly which entries to fill in.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def unfinished(path: str) -> list[tuple[str, str]]:
    """(context, source) of every message of ``path`` without a finished translation."""
    left = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if translation is None or kind == "unfinished":
                left.append((name, message.findtext("source", "")))
    return left


def main(paths: list[str]) -> int:
    for path in paths:
        left = unfinished(path)
        print(f"{path}: {len(left)} to translate")
        for context, source in left:
            print(f"  [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
