"""The core's translate(): English without Qt (plural forms included), the installed
translator when the UI gives one, and the plural form's fallback to English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from leanrails_desktop.core import i18n
from leanrails_desktop.core.i18n import Context, translate


@pytest.fixture
def no_qt() -> Iterator[None]:
    """translate() as the command line and the core's own code meet it: no Qt installed."""
    before = i18n._translator
    i18n.install(i18n._untranslated)
    yield
    i18n.install(before)


def test_without_qt_sentences_read_as_written(no_qt: None) -> None:
    assert translate("Editor", "Saved “{title}”.").format(title="Tour") == "Saved “Tour”."


def test_without_qt_plurals_take_the_english_forms_of_the_app(no_qt: None) -> None:
    changes = Context("BulkChanges")
    text = "{count} link(s) change, {unchanged} already so"
    assert changes.tr(text, "", 1) == "{count} link changes, {unchanged} already so"
    assert changes.tr(text, "", 3) == "{count} links change, {unchanged} already so"
    assert changes.tr(text, "", 0) == "{count} links change, {unchanged} already so"
    # A sentence the English file does not hold yet still reads as English.
    assert Context("Nowhere").tr("{count} file(s) saved", "", 1) == "{count} file saved"
    assert Context("Nowhere").tr("{count} file(s) saved", "", 2) == "{count} files saved"


def test_an_installed_translator_is_used_and_english_fills_its_gaps() -> None:
    before = i18n._translator
    german = {("Editor", "Nothing to save."): "Nichts zu speichern."}

    def fake_qt(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return german.get((context, text), text)

    i18n.install(fake_qt)
    try:
        assert translate("Editor", "Nothing to save.") == "Nichts zu speichern."
        assert translate("Editor", "Saving…") == "Saving…"
        assert Context("Share").tr("{count} link(s) copied to the clipboard.", "", 1) == (
            "Link copied to the clipboard."
        )
    finally:
        i18n.install(before)


def test_noop_marks_without_translating() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Preview", "Pay") == "Pay"
