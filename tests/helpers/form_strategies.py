"""Hypothesis strategies for the editor's form, as a merchant (or a paste) could fill it.

Shared by the unit property test (form → request checked by the sandbox's own validator)
and the integration one (form → request sent to a sandbox over HTTP). Also the oracle that
says when a refusal is one the form could not have foreseen: it does not know the price
catalogue, so an unknown price id, or a catalogue price in another currency than the rest,
is for the server to report.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from leanrails_desktop.core import money
from leanrails_desktop.core.link_form import (
    HOSTED,
    PRICE,
    PRICE_DATA,
    REDIRECT,
    LineItemForm,
    LinkForm,
)
from leanrails_desktop.sandbox import catalog

CATALOGUE_PRICES = sorted(catalog.PRICES)

# Characters that make text hard: emoji (outside the BMP), right-to-left text and marks,
# combining marks, zero-width and bidi controls, C0/C1 controls, a lone surrogate.
AWKWARD_CHARS = [
    "🎧", "👩‍👩‍👧", "🇯🇵", "مرحبا", "שלום", "\u202e", "\u200f", "e\u0301", "\u200b", "\ufeff",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\r", "\t", "\n", "\u2028", "\ud800", "ß", "İ",
    " ", "é", "x",
]
LIMIT_LENGTHS = [1, 39, 40, 41, 249, 250, 251, 499, 500, 501, 999, 1000, 1001]


def _repeat(unit: str, length: int) -> str:
    return (unit * length)[:length] if len(unit) == 1 else unit * max(1, length // len(unit))


def awkward_text(max_size: int = 60) -> st.SearchStrategy[str]:
    """Ordinary text, text built of awkward characters, and text at and over the limits."""
    return st.one_of(
        st.text(max_size=max_size),
        st.lists(st.sampled_from(AWKWARD_CHARS), max_size=12).map("".join),
        st.builds(
            _repeat, st.sampled_from(["a", "é", "🎧", "ab "]), st.sampled_from(LIMIT_LENGTHS)
        ),
        st.builds(
            lambda pad, body: pad + body + pad,
            st.sampled_from(["", " ", "  \n", "\t"]),
            st.builds(_repeat, st.sampled_from(["a", "🎧"]), st.sampled_from([248, 249, 250])),
        ),
    )


def title_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(["Premium Headphones", "Café « spécial » 🎧", "مرحبا بالعالم", ""]),
        awkward_text(),
    )


AMOUNTS = [
    "35", "35.00", "0", "0.00", "-0", "-1", "+3", "1e3", "1E3", "3.999", "3.99", "١٢٣",
    "١٢٣.٤٥", "٣", "12.345", "0.001", ".5", "5.", "1,000.50", "1,5", "1 000", " 12 ", "",
    " ", "NaN", "inf", "999999.99", "1000000", "99999999", "9" * 40, "0" * 40 + "1", "²",
    "12\n", "½",
]


def amount_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(AMOUNTS),
        st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False).map(str),
        st.text(alphabet="0123456789.,-+e ١٢٣", max_size=12),
    )


CURRENCIES = [
    "usd", "USD", " eur ", "Eur", "jpy", "JPY", "kwd", "bhd", "krw", "gbp", "xyz", "us", "usdd",
    "", "€", "ＵＳＤ", "us d", "usd\n", "\u212asw",
]


def currency_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(CURRENCIES), st.text(alphabet="abcdefghijklmnopqrstuvwxyzUSD ", max_size=5)
    )


QUANTITIES = [
    "1", "2", "999", "1000", "0", "-1", "", " 3 ", "١", "٩٩٩", "1.0", "1e2", "9" * 30, "9" * 5000,
]


def quantity_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(QUANTITIES), st.integers(-5, 1200).map(str))


PRODUCTS = [
    "prod_8mn4qr7vw2xz", "prod_cafe", "prod_x", "", " ", "prod x", "prod_é", "p" * 250,
    "p" * 251, "prod_\x00", " prod_padded ", "prod_\t1",
]


def line_item() -> st.SearchStrategy[LineItemForm]:
    custom = st.builds(
        LineItemForm,
        kind=st.just(PRICE_DATA),
        currency=currency_text(),
        product=st.one_of(
            st.sampled_from(PRODUCTS),
            st.integers(240, 256).map(lambda length: "prod_" + "x" * (length - 5)),
            st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), max_size=20),
        ),
        amount=amount_text(),
        quantity=quantity_text(),
    )
    saved = st.builds(
        LineItemForm,
        kind=st.just(PRICE),
        price=st.one_of(
            st.sampled_from(CATALOGUE_PRICES),
            st.sampled_from(["price_unknown12345", "", " ", "price_ x", "prix_1", "price_é"]),
            st.sampled_from(CATALOGUE_PRICES).map(lambda p: f" {p} "),
        ),
        quantity=quantity_text(),
    )
    return st.one_of(custom, custom, saved)


def line_items() -> st.SearchStrategy[list[LineItemForm]]:
    return st.one_of(
        st.lists(line_item(), min_size=1, max_size=3),
        st.lists(line_item(), min_size=0, max_size=0),
        st.integers(19, 21).map(
            lambda n: [
                LineItemForm(currency="usd", product="prod_x", amount="1", quantity="1")
                for _ in range(n)
            ]
        ),
    )


REDIRECTS = [
    "https://example.com/thanks",
    "https://bücher.example/danke",
    "https://例え.jp/ありがとう",
    "https://ÉXAMPLE.com/",
    "HTTPS://EXAMPLE.COM/A",
    " https://example.com/padded ",
    "https://user:pw@example.com/",
    "https://example.com:8443/ok",
    "https://example.com:99999/",
    "https://example.com:abc/",
    "https://[::1",
    "https://[::1]/x",
    "https://exa mple.com",
    "https://exa\u200bmple.com",
    "https://a..b/",
    "https://",
    "https:///path",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,hi",
    "ftp://example.com",
    "//example.com",
    "example.com",
    "http://example.com/",
    "http://localhost:3000/x",
    "http://LOCALHOST/x",
    "http://127.0.0.1/x",
    "http://127.0.0.2/x",
    "http://[::1]/x",
    "http://[0:0:0:0:0:0:0:1]/x",
    "https://example.com/" + "a" * 2028,
    "https://example.com/" + "a" * 2029,
    "https://example.com/\x00",
    "",
]


def redirect_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(REDIRECTS),
        st.builds(
            lambda scheme, host, port, path: f"{scheme}{host}{port}{path}",
            st.sampled_from(["https://", "http://", "HTTPS://", "", "javascript:"]),
            st.sampled_from(
                [
                    "example.com", "localhost", "127.0.0.1", "127.0.0.2", "bücher.de",
                    "xn--bcher-kva.de", "[::1]", "[0:0:0:0:0:0:0:1]", "ÉXAMPLE.com", "exa mple.com",
                ]
            ),
            st.sampled_from(["", ":443", ":8443", ":0", ":65536", ":99999", ":abc", ":"]),
            st.one_of(st.just("/"), st.text(max_size=12)),
        ),
    )


def metadata() -> st.SearchStrategy[list[tuple[str, str]]]:
    key = st.one_of(st.sampled_from(["order", " order ", "", "k" * 40, "k" * 41]), awkward_text(20))
    value = st.one_of(st.sampled_from(["", "v", "v" * 500, "v" * 501]), awkward_text(20))
    return st.one_of(
        st.lists(st.tuples(key, value), max_size=4),
        st.integers(49, 51).map(lambda n: [(f"key{i}", f"value {i}") for i in range(n)]),
    )


LIMITS = ["1", "0", "-1", "", "2", "1000000", "١٠", "9" * 30, "9" * 5000, "1.5", " 7 "]


NO_CONTROLS = st.characters(exclude_categories=("Cc", "Cs"))


def valid_text(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(NO_CONTROLS, min_size=min_size, max_size=min(max_size, 40)),
        st.sampled_from(["Café « spécial » 🎧", "مرحبا بالعالم", "👩‍👩‍👧 family", "Ｆｕｌｌ"]),
        st.builds(_repeat, st.sampled_from(["a", "é", "🎧"]), st.just(max_size)),
    ).filter(lambda text: len(text) >= min_size and (min_size == 0 or bool(text.strip())))


def valid_line_item() -> st.SearchStrategy[LineItemForm]:
    def custom(currency: str, minor: int, product: str, quantity: int, shout: bool) -> LineItemForm:
        amount = money.format_major(minor, currency)
        return LineItemForm(
            currency=currency.upper() if shout else currency,
            product=product,
            amount=amount,
            quantity=str(quantity),
        )

    return st.one_of(
        st.builds(
            custom,
            st.sampled_from(money.COMMON_CURRENCIES),
            st.integers(0, money.MAX_UNIT_AMOUNT),
            st.from_regex(r"prod_[a-z0-9]{1,20}", fullmatch=True),
            st.integers(1, 999),
            st.booleans(),
        ),
        st.builds(
            lambda price, quantity: LineItemForm(kind=PRICE, price=price, quantity=str(quantity)),
            st.sampled_from(CATALOGUE_PRICES),
            st.integers(1, 999),
        ),
    )


VALID_REDIRECTS = [
    "https://example.com/thanks",
    "https://bücher.example/danke",
    "https://example.com:8443/ok?order=1#top",
    "http://localhost:3000/x",
    "http://127.0.0.1/x",
    "http://[::1]/x",
]


def valid_metadata() -> st.SearchStrategy[list[tuple[str, str]]]:
    return st.dictionaries(
        st.from_regex(r"[a-z_]{1,40}", fullmatch=True), valid_text(0, 500), max_size=4
    ).map(lambda pairs: sorted(pairs.items()))


# For each field: what a careful merchant types, and what anyone might.
VALID: dict[str, st.SearchStrategy[object]] = {
    "title": valid_text(1, 250),
    "description": st.one_of(st.just(""), valid_text(0, 1000)),
    "line_items": st.lists(valid_line_item(), min_size=1, max_size=3),
    "custom_message": st.one_of(st.just(""), valid_text(0, 500)),
    "redirect_url": st.sampled_from(VALID_REDIRECTS),
    "submit_type": st.sampled_from(["auto", "pay", "book", "donate"]),
    "billing_address_collection": st.sampled_from(["auto", "required"]),
    "limit": st.integers(1, 10**6).map(str),
    "metadata": valid_metadata(),
}
HOSTILE: dict[str, st.SearchStrategy[object]] = {
    "title": title_text(),
    "description": awkward_text(),
    "line_items": line_items(),
    "custom_message": awkward_text(),
    "redirect_url": redirect_text(),
    "submit_type": st.sampled_from(["", "Pay", "subscribe", "auto "]),
    "billing_address_collection": st.sampled_from(["", "always", "Required"]),
    "limit": st.one_of(st.sampled_from(LIMITS), st.integers(-3, 10**6).map(str)),
    "metadata": metadata(),
}


@st.composite
def link_forms(draw: st.DrawFn) -> LinkForm:
    """A form filled carefully, then with zero to three fields filled any which way."""
    values = {name: draw(strategy) for name, strategy in VALID.items()}
    hostile = draw(st.lists(st.sampled_from(sorted(HOSTILE)), max_size=3, unique=True))
    for name in hostile:
        values[name] = draw(HOSTILE[name])
    after = draw(st.sampled_from([HOSTED, REDIRECT]))
    if "redirect_url" in hostile:
        after = REDIRECT
    elif "custom_message" in hostile:
        after = HOSTED
    return LinkForm(
        after_completion_type=after,
        allow_promotion_codes=draw(st.booleans()),
        limit_enabled="limit" in hostile or draw(st.booleans()),
        **values,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------------------- the oracle

_ITEM_PARAM = re.compile(r"^line_items\[(\d+)\]")


def _currency_of(item: LineItemForm) -> str | None:
    if item.kind == PRICE:
        price = catalog.PRICES.get(item.price.strip())
        return price.currency if price is not None else None
    try:
        return money.normalize_currency(item.currency)
    except money.MoneyError:
        return None


def only_the_catalogue_explains(form: LinkForm, param: str | None) -> bool:
    """True when a refusal naming ``param`` needs catalogue knowledge the form lacks: an
    unknown price id, or a catalogue price whose currency differs from an earlier item's."""
    found = _ITEM_PARAM.match(param or "")
    if found is None:
        return False
    index = int(found.group(1))
    if index >= len(form.line_items):
        return False
    item = form.line_items[index]
    if item.kind == PRICE and item.price.strip() not in catalog.PRICES:
        return True
    upto = form.line_items[: index + 1]
    currencies = {_currency_of(each) for each in upto}
    return any(each.kind == PRICE for each in upto) and len(currencies) > 1


def sentence_problems(errors: dict[str, str]) -> list[str]:
    """Field messages that are not a merchant sentence (empty, or without a full stop)."""
    return [
        f"{param}: {text!r}"
        for param, text in errors.items()
        if not isinstance(text, str) or not text.strip() or not text.rstrip().endswith(".")
    ]


# ---------------------------------------------------------------------------- found gaps


def _ok_form(**changes: object) -> LinkForm:
    form = LinkForm(
        title="Regression",
        line_items=[LineItemForm(currency="usd", product="prod_x", amount="5", quantity="1")],
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


def _redirect(url: str) -> LinkForm:
    return _ok_form(after_completion_type=REDIRECT, redirect_url=url)


def _item(product: str = "prod_x", quantity: str = "1") -> LinkForm:
    item = LineItemForm(currency="usd", product=product, amount="5", quantity=quantity)
    return _ok_form(line_items=[item])


REDIRECT_PARAM = "after_completion[redirect][url]"

KNOWN_GAPS: list[tuple[str, LinkForm, str]] = [
    # (name, a form the editor let through before, the field that must now refuse it).
    # The API refused these, or the conversion raised something other than FormInvalid.
    ("http-redirect-to-loopback-other-than-localhost", _redirect("http://127.0.0.2/x"),
     REDIRECT_PARAM),
    ("http-redirect-to-long-form-ipv6-loopback", _redirect("http://[0:0:0:0:0:0:0:1]/x"),
     REDIRECT_PARAM),
    ("redirect-port-out-of-range", _redirect("https://example.com:99999/"), REDIRECT_PARAM),
    ("redirect-port-not-a-number", _redirect("https://example.com:abc/"), REDIRECT_PARAM),
    ("redirect-with-an-unclosed-bracket-gets-a-sentence", _redirect("https://[::1"),
     REDIRECT_PARAM),
    ("product-id-over-250-characters", _item(product="p" * 251),
     "line_items[0][price_data][product]"),
    ("title-with-a-lone-surrogate-cannot-be-sent-as-utf8", _ok_form(title="Lone \ud800 surrogate"),
     "title"),
    ("limit-with-more-digits-than-python-converts",
     _ok_form(limit_enabled=True, limit="9" * 5000), "restrictions[completed_sessions][limit]"),
    ("quantity-with-more-digits-than-python-converts", _item(quantity="9" * 5000),
     "line_items[0][quantity]"),
]


def repeatable_settings(max_examples: int) -> settings:
    """Hypothesis settings for the form properties: the same examples on every run (CI
    results reproduce), no deadline (examples may do HTTP), slow generation allowed."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
