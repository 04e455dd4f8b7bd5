"""Translating the sentences the app shows, without Qt in the core.

Every user-visible sentence, in the core and in the UI, is written as
``translate("Context", "Source text")`` so that ``pyside6-lupdate`` finds it (it recognises a
call named ``translate`` and the marker :func:`QT_TRANSLATE_NOOP`). Until the UI installs Qt's
translator (:func:`install`), :func:`translate` returns the source text, so the core reads
the same with or without a display.

Sentences with values carry named placeholders (``"Saved “{title}”."``) that the caller fills
*after* translating, so a translation may move them where its grammar needs them. A count
that chooses a plural form is passed as ``n``; the translated text then holds ``{count}``
(or Qt's ``%n``) for the number.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

Translator = Callable[[str, str, str | None, int], str]

LANGUAGE_KEY = "language"
"""The setting holding the merchant's locale name (``de_DE``); empty follows the system."""

LANGUAGES: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("en_US", "English"),
    ("de_DE", "Deutsch"),
    ("ja_JP", "日本語"),
)
"""Settings → Language: a locale name and the language's own name ("" is the system's)."""

TRANSLATED = ("de", "ja")
"""Languages whose translation is complete."""


_EN_PLURALS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "leanrails_en.ts"


@cache
def _english_plurals() -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) → the English forms ("1 link", "2 links") the app's English
    translation holds: the same words with or without Qt (the command line, the core's
    tests)."""
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    try:
        root = ElementTree.parse(_EN_PLURALS).getroot()
    except (OSError, ElementTree.ParseError):
        return forms
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found = tuple(f.text or "" for f in message.iter("numerusform"))
            if found:
                forms[(name, message.findtext("source", ""))] = found
    return forms


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n < 0:
        return text
    forms = _english_plurals().get((context, text))
    if forms:
        text = forms[0] if n == 1 else forms[-1]
    else:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text.replace("%n", str(n))


_translator: Translator = _untranslated


def install(translator: Translator) -> None:
    """Route :func:`translate` through ``translator`` (the UI passes Qt's)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language; ``n`` (a count) picks the plural form."""
    result = _translator(context, text, disambiguation, n)
    if n >= 0 and result == text:  # no translation loaded: the English plural forms
        return _untranslated(context, text, disambiguation, n)
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation where it is defined; :func:`translate` shows it later."""
    return text


class Context:
    """A translation context for sentences with a count, named as the variable holding it:
    ``Bulk = Context("Bulk")`` then ``Bulk.tr("Changed {count} link(s)", "", n)``.

    ``pyside6-lupdate`` marks a message as plural only when it is written as a ``.tr`` call
    with the count as its third argument, so every plural sentence uses this form.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        """``text`` in the app's language, in the plural form ``n`` asks for."""
        return translate(self.name, text, disambiguation or None, n)
