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


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def install(translator: Translator) -> None:
    """Route :func:`translate` through ``translator`` (the UI passes Qt's)."""
    global _translator
    _translator = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the app's language; ``n`` (a count) picks the plural form."""
    return _translator(context, text, disambiguation, n)


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
