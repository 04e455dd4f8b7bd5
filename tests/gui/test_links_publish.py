"""While pages stream in, the list model tells its views about new rows at most 4 times a
second (each announcement repaints the table); a page after a quiet spell, and the last
page, are shown at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leanrails_desktop.core.api.objects import CheckoutLink, Page
from leanrails_desktop.ui.models.links_model import PUBLISH_INTERVAL, LinksModel

pytestmark = pytest.mark.gui

PAGES = 5
PER_PAGE = 10


def make_page(n: int) -> Page[CheckoutLink]:
    links = [
        CheckoutLink(id=f"cl_{n:02d}_{i:02d}", title=f"Link {n}.{i}", created=10_000 - n * 100 - i)
        for i in range(PER_PAGE)
    ]
    more = n < PAGES - 1
    return Page(data=links, has_more=more, next_cursor=f"c{n + 1}" if more else None)


def instant_loader(
    cursor: str | None,
    on_page: Callable[[Page[CheckoutLink]], None],
    _on_error: Callable[[Exception], None],
) -> None:
    """Answers at once, as a server that has every page ready would."""
    on_page(make_page(0 if cursor is None else int(cursor[1:])))


def test_a_burst_of_pages_is_announced_in_few_insertions(qtbot: QtBot) -> None:
    model = LinksModel()
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.reset(instant_loader)
    model.fetchMore()
    assert model.rowCount() == PER_PAGE  # the first page: at once
    for _ in range(PAGES - 2):  # pages 2-4 arrive within milliseconds of each other
        model.fetchMore()
    assert model.loaded_count == (PAGES - 1) * PER_PAGE  # received, for paging and export
    assert model.rowCount() == PER_PAGE  # not yet announced
    assert model.unpublished_count == (PAGES - 2) * PER_PAGE
    qtbot.waitUntil(lambda: model.unpublished_count == 0, timeout=int(PUBLISH_INTERVAL * 1000) * 20)
    assert model.rowCount() == (PAGES - 1) * PER_PAGE
    assert inserted == [(0, PER_PAGE - 1), (PER_PAGE, (PAGES - 1) * PER_PAGE - 1)]


def test_the_last_page_is_announced_at_once(qtbot: QtBot) -> None:
    model = LinksModel()
    model.reset(instant_loader)
    for _ in range(PAGES):
        model.fetchMore()
    assert not model.has_more
    assert model.rowCount() == PAGES * PER_PAGE  # no wait after the last page
    ids = [model.link_at(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]
    assert ids == [link.id for n in range(PAGES) for link in make_page(n).data]
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_searching_while_rows_wait_shows_every_received_row(qtbot: QtBot) -> None:
    model = LinksModel()
    model.reset(instant_loader)
    for _ in range(3):
        model.fetchMore()
    assert model.unpublished_count > 0
    model.set_search("link 2.")
    assert model.unpublished_count == 0
    assert [model.link_at(r).id for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        link.id for link in make_page(2).data
    ]
    model.set_search("")
    assert model.rowCount() == 3 * PER_PAGE


def test_a_new_list_shows_its_first_page_at_once_even_right_after_another(qtbot: QtBot) -> None:
    model = LinksModel()
    model.reset(instant_loader)
    model.fetchMore()
    model.fetchMore()  # a burst: the second page waits
    model.reset(instant_loader)  # refresh, or another filter, at once
    model.fetchMore()
    assert model.rowCount() == PER_PAGE
