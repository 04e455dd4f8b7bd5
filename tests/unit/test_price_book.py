"""Prices learnt from saved links' line items, and the preview of a new link that uses them."""

from __future__ import annotations

from leanrails_desktop.core.api.objects import LineItem
from leanrails_desktop.core.link_form import PRICE, LineItemForm, LinkForm
from leanrails_desktop.core.preview import preview_from_form
from leanrails_desktop.core.price_book import KnownPrice, PriceBook, price_of

HEADPHONES = LineItem(
    id="clli_1", price="price_3fg6hj9km1np", product="prod_hp", quantity=2,
    amount_subtotal=99_800, amount_total=99_800, currency="usd", description="Premium Headphones",
)
CABLE_EUR = LineItem(
    id="clli_2", price="price_cable", product="prod_cable", quantity=1,
    amount_subtotal=900, amount_total=900, currency="eur",
)


def test_a_line_item_tells_its_unit_price() -> None:
    assert price_of(HEADPHONES) == KnownPrice(
        "price_3fg6hj9km1np", 49_900, "usd", "Premium Headphones"
    )
    assert price_of(CABLE_EUR) == KnownPrice("price_cable", 900, "eur", "prod_cable")


def test_items_without_a_whole_unit_price_teach_nothing() -> None:
    no_price = LineItem(id="a", product="prod_x", quantity=1, amount_subtotal=500)
    no_quantity = LineItem(id="b", price="price_x", quantity=0, amount_subtotal=500)
    uneven = LineItem(id="c", price="price_y", quantity=3, amount_subtotal=1000)
    assert [price_of(item) for item in (no_price, no_quantity, uneven)] == [None, None, None]
    book = PriceBook()
    book.learn([no_price, no_quantity, uneven])
    assert len(book) == 0


def test_the_book_looks_prices_up_as_typed_and_keeps_the_latest() -> None:
    book = PriceBook()
    book.learn([HEADPHONES, CABLE_EUR])
    assert " price_3fg6hj9km1np " in book
    assert book.get("price_3fg6hj9km1np\t") == price_of(HEADPHONES)
    assert book.get("price_unknown") is None
    renamed = LineItem(
        id="clli_9", price="price_cable", quantity=1, amount_subtotal=900, currency="eur",
        description="Cable, 2 m",
    )
    book.learn([renamed])
    cable = book.get("price_cable")
    assert cable is not None and cable.name == "Cable, 2 m"
    book.clear()
    assert len(book) == 0


def price_row(price: str, quantity: str = "1") -> LineItemForm:
    return LineItemForm(kind=PRICE, price=price, quantity=quantity)


def test_the_preview_of_a_new_link_shows_known_prices() -> None:
    book = PriceBook()
    book.learn([HEADPHONES])
    form = LinkForm(title="Bundle", line_items=[price_row("price_3fg6hj9km1np", "3")])
    assert preview_from_form(form).total_text == "—"  # without the book: not known
    preview = preview_from_form(form, book)
    assert preview.lines[0].label == "Premium Headphones"
    assert preview.lines[0].amount == 3 * 49_900
    assert preview.total_text == "$1,497.00"


def test_an_unknown_or_foreign_currency_price_leaves_the_total_open() -> None:
    book = PriceBook()
    book.learn([HEADPHONES, CABLE_EUR])
    unknown = LinkForm(
        title="T", line_items=[price_row("price_3fg6hj9km1np"), price_row("price_new")]
    )
    preview = preview_from_form(unknown, book)
    assert [line.amount for line in preview.lines] == [49_900, None]
    assert preview.total_text == "—"
    mixed = LinkForm(
        title="T", line_items=[price_row("price_cable"), price_row("price_3fg6hj9km1np")]
    )
    preview = preview_from_form(mixed, book)
    assert preview.currency == "eur"  # the first known price's currency
    assert [line.amount for line in preview.lines] == [900, None]  # no dollars in a euro total
    assert preview.total is None


def test_a_saved_links_own_amounts_are_kept() -> None:
    book = PriceBook()
    book.learn([HEADPHONES])
    saved_row = LineItemForm(
        kind=PRICE, price="price_3fg6hj9km1np", quantity="1", currency="usd",
        description="Headphones (old name)", amount_total=45_000,
    )
    preview = preview_from_form(LinkForm(title="Old", line_items=[saved_row]), book)
    assert preview.lines[0].amount == 45_000
    assert preview.lines[0].label == "Headphones (old name)"


def test_the_book_lists_one_entry_per_price() -> None:
    book = PriceBook()
    book.learn([HEADPHONES, CABLE_EUR, HEADPHONES])
    ids = sorted(known.price_id for known in book.prices())
    assert ids == ["price_3fg6hj9km1np", "price_cable"]
