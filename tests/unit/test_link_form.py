"""The editor's form: validation keyed by API param, and the requests it turns into."""

from __future__ import annotations

import pytest

from leanrails_desktop.core.api.objects import CheckoutLink, LineItem
from leanrails_desktop.core.link_form import (
    PRICE,
    REDIRECT,
    FormInvalid,
    LineItemForm,
    LinkForm,
    create_params,
    duplicate_form,
    form_from_link,
    is_dirty,
    normalize_redirect_url,
    update_params,
    validate,
)
from leanrails_desktop.core.preview import preview_from_form


def headphones_form() -> LinkForm:
    return LinkForm(
        title="Premium Headphones",
        line_items=[
            LineItemForm(currency="usd", product="prod_8mn4qr7vw2xz", amount="35.00", quantity="2"),
            LineItemForm(kind=PRICE, price="price_3fg6hj9km1np", quantity="1"),
        ],
    )


def test_minimal_form_creates_a_minimal_request() -> None:
    assert create_params(headphones_form()) == {
        "title": "Premium Headphones",
        "line_items": [
            {
                "price_data": {
                    "currency": "usd",
                    "product": "prod_8mn4qr7vw2xz",
                    "unit_amount": 3500,
                },
                "quantity": 2,
            },
            {"price": "price_3fg6hj9km1np", "quantity": 1},
        ],
    }


def test_every_option_is_sent() -> None:
    form = headphones_form()
    form.description = "Noise cancelling"
    form.after_completion_type = REDIRECT
    form.redirect_url = " https://bücher.example/thanks "
    form.submit_type = "book"
    form.billing_address_collection = "required"
    form.allow_promotion_codes = True
    form.limit_enabled = True
    form.limit = "50"
    form.metadata = [("campaign", "spring"), ("", "")]
    params = create_params(form)
    assert params["after_completion"] == {
        "type": "redirect",
        "redirect": {"url": "https://xn--bcher-kva.example/thanks"},
    }
    assert params["restrictions"] == {"completed_sessions": {"limit": 50}}
    assert params["metadata"] == {"campaign": "spring"}
    assert params["submit_type"] == "book"
    assert params["billing_address_collection"] == "required"
    assert params["allow_promotion_codes"] is True
    assert params["description"] == "Noise cancelling"


@pytest.mark.parametrize(
    ("change", "param"),
    [
        (lambda f: setattr(f, "title", "  "), "title"),
        (lambda f: setattr(f, "title", "x" * 251), "title"),
        (lambda f: setattr(f, "description", "x" * 1001), "description"),
        (
            lambda f: setattr(f.line_items[0], "amount", "3.999"),
            "line_items[0][price_data][unit_amount]",
        ),
        (
            lambda f: setattr(f.line_items[0], "amount", "1e3"),
            "line_items[0][price_data][unit_amount]",
        ),
        (
            lambda f: setattr(f.line_items[0], "amount", "-0"),
            "line_items[0][price_data][unit_amount]",
        ),
        (lambda f: setattr(f.line_items[0], "quantity", "0"), "line_items[0][quantity]"),
        (lambda f: setattr(f.line_items[0], "quantity", "1000"), "line_items[0][quantity]"),
        (
            lambda f: setattr(f.line_items[0], "currency", "dollars"),
            "line_items[0][price_data][currency]",
        ),
        (lambda f: setattr(f.line_items[1], "price", "headphones"), "line_items[1][price]"),
        (
            lambda f: f.line_items.append(
                LineItemForm(currency="eur", product="prod_x", amount="1")
            ),
            "line_items[2][price_data][currency]",
        ),
        (lambda f: f.line_items.clear(), "line_items"),
        (
            lambda f: (
                setattr(f, "after_completion_type", REDIRECT),
                setattr(f, "redirect_url", "javascript:alert(1)"),
            ),
            "after_completion[redirect][url]",
        ),
        (
            lambda f: (
                setattr(f, "after_completion_type", REDIRECT),
                setattr(f, "redirect_url", "http://example.com"),
            ),
            "after_completion[redirect][url]",
        ),
        (
            lambda f: (
                setattr(f, "after_completion_type", REDIRECT),
                setattr(f, "redirect_url", "https://exa mple.com"),
            ),
            "after_completion[redirect][url]",
        ),
        (
            lambda f: setattr(f, "custom_message", "x" * 501),
            "after_completion[hosted_confirmation][custom_message]",
        ),
        (
            lambda f: (setattr(f, "limit_enabled", True), setattr(f, "limit", "0")),
            "restrictions[completed_sessions][limit]",
        ),
        (lambda f: setattr(f, "metadata", [("k" * 41, "v")]), f"metadata[{'k' * 41}]"),
        (lambda f: setattr(f, "metadata", [("k", "v" * 501)]), "metadata[k]"),
        (lambda f: setattr(f, "metadata", [(f"k{i}", "v") for i in range(51)]), "metadata"),
        (lambda f: setattr(f, "title", "bad\x00title"), "title"),
    ],
)
def test_invalid_input_is_reported_on_its_field(change, param: str) -> None:  # type: ignore[no-untyped-def]
    form = headphones_form()
    change(form)
    errors = validate(form)
    assert param in errors, errors
    with pytest.raises(FormInvalid) as caught:
        create_params(form)
    assert param in caught.value.errors


def test_odd_but_valid_input_is_accepted() -> None:
    form = headphones_form()
    form.title = "🎧 سماعات — ⁨Premium⁩ " + "x" * 200
    form.line_items[0].amount = "١٢٣"
    form.line_items[0].currency = " JPY "
    form.line_items.pop()
    params = create_params(form)
    assert params["line_items"][0]["price_data"] == {
        "currency": "jpy",
        "product": "prod_8mn4qr7vw2xz",
        "unit_amount": 123,
    }


def test_redirect_to_localhost_over_http_is_allowed() -> None:
    assert normalize_redirect_url("http://127.0.0.1:8000/done") == "http://127.0.0.1:8000/done"
    assert normalize_redirect_url("http://localhost/x") == "http://localhost/x"


def saved_link() -> CheckoutLink:
    return CheckoutLink.from_dict(
        {
            "id": "cl_abcdefabcdef",
            "title": "Workshop",
            "description": "Saturday",
            "currency": "usd",
            "active": True,
            "metadata": {"a": "1", "b": "2"},
            "after_completion": {
                "type": "hosted_confirmation",
                "hosted_confirmation": {"custom_message": "See you"},
            },
            "restrictions": {"completed_sessions": {"limit": 5}},
            "url": "https://checkout.leanrails.com/cl/cl_abcdefabcdef",
            "created": 1742025600,
        }
    )


def test_update_sends_only_what_changed() -> None:
    items = [
        LineItem(
            id="clli_1",
            price="price_9ab3cd5ef7gh",
            quantity=2,
            amount_total=30000,
            currency="usd",
            description="Workshop seat",
        )
    ]
    saved = form_from_link(saved_link(), items)
    edited = saved.copy()
    assert update_params(saved, edited) == {}
    assert not is_dirty(saved, edited)
    edited.metadata = [("a", "1"), ("c", "3")]
    edited.description = ""
    edited.limit_enabled = False
    edited.after_completion_type = REDIRECT
    edited.redirect_url = "https://example.com/after"
    assert is_dirty(saved, edited)
    assert update_params(saved, edited) == {
        "metadata": {"c": "3", "b": ""},
        "description": None,
        "restrictions": None,
        "after_completion": {"type": "redirect", "redirect": {"url": "https://example.com/after"}},
    }


def test_saved_items_round_trip_and_duplicate_is_new_and_active() -> None:
    items = [
        LineItem(
            id="clli_1",
            price="price_9ab3cd5ef7gh",
            quantity=2,
            amount_total=30000,
            currency="usd",
            description="Workshop seat",
        )
    ]
    saved = form_from_link(saved_link(), items)
    assert saved.line_items[0].amount == "150.00"
    saved.active = False
    copy = duplicate_form(saved)
    assert copy.active and copy.title == "Workshop (copy)"
    params = create_params(copy)
    assert params["line_items"] == [{"price": "price_9ab3cd5ef7gh", "quantity": 2}]


def test_preview_shows_amounts_in_the_links_currency() -> None:
    form = LinkForm(
        title="Tea",
        line_items=[LineItemForm(currency="jpy", product="prod_t", amount="3500", quantity="1")],
    )
    assert preview_from_form(form).total_text == "¥3,500"
    form.line_items[0].currency = "usd"
    form.line_items[0].amount = "35"
    form.line_items[0].quantity = "2"
    preview = preview_from_form(form)
    assert preview.total_text == "$70.00"
    assert preview.button_text == "Pay"
    form.submit_type = "donate"
    form.line_items[0].amount = "3.5x"
    preview = preview_from_form(form)
    assert preview.button_text == "Donate"
    assert preview.total is None and preview.total_text == "—"


def full_link() -> CheckoutLink:
    return CheckoutLink.from_dict(
        {
            "id": "cl_fullfullfull",
            "title": "Retreat",
            "description": None,
            "currency": "usd",
            "active": False,
            "inactive_message": "Fully booked",
            "metadata": {"z": "last", "a": "first"},
            "after_completion": {"type": "redirect", "redirect": {"url": "https://x.example/ok"}},
            "submit_type": "book",
            "billing_address_collection": "required",
            "allow_promotion_codes": True,
            "restrictions": None,
            "url": "https://checkout.leanrails.com/cl/cl_fullfullfull",
            "created": 1742025600,
        }
    )


def test_a_saved_link_fills_every_field_of_the_form() -> None:
    items = [
        LineItem(id="clli_1", price="price_room", product="prod_room", quantity=3,
                 amount_total=45000, currency="usd", description="Room"),
        LineItem(id="clli_2", price="price_gift", product="prod_gift", quantity=0,
                 amount_total=0, currency="usd", description=None),
    ]
    assert form_from_link(full_link(), items) == LinkForm(
        title="Retreat",
        description="",
        line_items=[
            LineItemForm(kind=PRICE, price="price_room", currency="usd", product="prod_room",
                         amount="150.00", quantity="3", description="Room", amount_total=45000),
            LineItemForm(kind=PRICE, price="price_gift", currency="usd", product="prod_gift",
                         amount="", quantity="0", description=None, amount_total=0),
        ],
        after_completion_type=REDIRECT,
        custom_message="",
        redirect_url="https://x.example/ok",
        submit_type="book",
        billing_address_collection="required",
        allow_promotion_codes=True,
        limit_enabled=False,
        limit="",
        metadata=[("a", "first"), ("z", "last")],
        active=False,
        inactive_message="Fully booked",
    )


def test_a_saved_link_with_defaults_and_odd_values() -> None:
    link = CheckoutLink.from_dict(
        {"id": "cl_plainplain12", "title": "Plain", "submit_type": "subscribe",
         "after_completion": {"type": "hosted_confirmation", "hosted_confirmation": {}},
         "restrictions": {"completed_sessions": {"limit": 7}}}
    )
    form = form_from_link(link)
    assert form == LinkForm(
        title="Plain", line_items=[], submit_type="auto", limit_enabled=True, limit="7"
    )
    assert form_from_link(saved_link()).custom_message == "See you"


def test_duplicate_is_a_separate_active_unsaved_copy() -> None:
    saved = form_from_link(full_link(), [
        LineItem(id="clli_1", price="price_room", quantity=2, amount_total=1000,
                 currency="usd", description="Room"),
    ])
    copy = duplicate_form(saved)
    assert (copy.title, copy.active, copy.inactive_message) == ("Retreat (copy)", True, "")
    assert (copy.line_items[0].description, copy.line_items[0].amount_total) == (None, None)
    assert copy.line_items[0].price == "price_room" and copy.metadata == saved.metadata
    # The saved form is untouched by the copy, and by later edits of it.
    copy.line_items[0].quantity = "9"
    copy.metadata.append(("new", "x"))
    assert saved.line_items[0].quantity == "2" and saved.line_items[0].description == "Room"
    assert saved.metadata == [("a", "first"), ("z", "last")]
    assert saved.active is False and saved.inactive_message == "Fully booked"
    assert duplicate_form(copy).title == "Retreat (copy)"
    long = duplicate_form(LinkForm(title="t" * 250))
    assert long.title == "t" * 243 + " (copy)" and len(long.title) == 250


def test_a_copy_of_the_form_shares_nothing_that_can_change() -> None:
    form = headphones_form()
    form.metadata = [("k", "v")]
    copy = form.copy()
    assert copy == form
    copy.line_items[0].amount = "1.00"
    copy.line_items.append(LineItemForm())
    copy.metadata[0] = ("k", "changed")
    assert form.line_items[0].amount == "35.00" and len(form.line_items) == 2
    assert form.metadata == [("k", "v")]


def test_form_invalid_reads_as_its_sentences() -> None:
    invalid = FormInvalid({"title": "The title is required.", "limit": "Enter a number."})
    assert str(invalid) == "The title is required.; Enter a number."
    assert invalid.errors == {"title": "The title is required.", "limit": "Enter a number."}


def test_update_sends_each_changed_choice() -> None:
    saved = form_from_link(saved_link())
    edited = saved.copy()
    edited.title = "  Workshop II "
    edited.submit_type = "donate"
    edited.billing_address_collection = "required"
    edited.allow_promotion_codes = True
    edited.active = False
    edited.inactive_message = "  Closed  "
    edited.limit = "6"
    assert update_params(saved, edited) == {
        "title": "Workshop II",
        "submit_type": "donate",
        "billing_address_collection": "required",
        "allow_promotion_codes": True,
        "restrictions": {"completed_sessions": {"limit": 6}},
        "active": False,
        "inactive_message": "Closed",
    }
    back = edited.copy()
    back.inactive_message = " "
    assert update_params(edited, back) == {"inactive_message": None}


def test_update_of_a_link_without_a_limit_sets_one() -> None:
    saved = form_from_link(full_link())
    edited = saved.copy()
    edited.limit_enabled, edited.limit = True, "3"
    assert update_params(saved, edited) == {"restrictions": {"completed_sessions": {"limit": 3}}}
    quiet = saved.copy()
    quiet.limit = "12"  # typed, but the limit is switched off: nothing to send
    assert update_params(saved, quiet) == {}


def test_update_ignores_line_items_but_checks_the_rest() -> None:
    saved = form_from_link(saved_link())
    edited = saved.copy()
    edited.line_items = [LineItemForm(amount="not a number")]  # never sent on update
    assert update_params(saved, edited) == {}
    edited.title = ""
    with pytest.raises(FormInvalid) as invalid:
        update_params(saved, edited)
    assert list(invalid.value.errors) == ["title"]


def test_a_saved_redirect_the_form_cannot_read_is_replaced() -> None:
    saved = form_from_link(full_link())
    saved.redirect_url = "https://exa mple.com/"  # as an older version may have saved it
    edited = saved.copy()
    edited.redirect_url = "https://example.com/new"
    assert update_params(saved, edited) == {
        "after_completion": {"type": "redirect", "redirect": {"url": "https://example.com/new"}}
    }


@pytest.mark.parametrize(
    ("change", "dirty"),
    [
        (lambda f: None, False),
        (lambda f: setattr(f.line_items[0], "currency", "USD"), False),
        (lambda f: setattr(f.line_items[0], "currency", "eur"), True),
        (lambda f: setattr(f.line_items[0], "amount", " 35.00 "), False),
        (lambda f: setattr(f.line_items[0], "quantity", "3"), True),
        (lambda f: f.line_items.pop(), True),
        (lambda f: setattr(f, "metadata", [("k", "v"), ("", "")]), False),
        (lambda f: setattr(f, "metadata", [("k", "v"), ("", "orphan")]), True),
        (lambda f: setattr(f, "metadata", [("k", "w")]), True),
        (lambda f: setattr(f, "custom_message", "Thanks"), True),
        (lambda f: setattr(f, "redirect_url", "https://unused.example"), False),
        (lambda f: setattr(f, "title", " Premium Headphones "), False),
        (lambda f: setattr(f, "limit", "5"), False),
        (lambda f: (setattr(f, "limit_enabled", True), setattr(f, "limit", "5")), True),
    ],
)
def test_what_makes_the_form_dirty(change, dirty: bool) -> None:  # type: ignore[no-untyped-def]
    saved = headphones_form()
    saved.metadata = [("k", "v")]
    edited = saved.copy()
    change(edited)
    assert is_dirty(saved, edited) is dirty


def test_a_redirect_switched_to_confirmation_is_dirty_by_its_message_only() -> None:
    saved = headphones_form()
    saved.after_completion_type = REDIRECT
    saved.redirect_url = "https://a.example"
    saved.custom_message = "hidden"
    edited = saved.copy()
    edited.custom_message = "still hidden"
    assert not is_dirty(saved, edited)
    edited.redirect_url = "https://b.example"
    assert is_dirty(saved, edited)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("https://user:pw@Bücher.example:8443/p?q=1#f",
         "https://user:pw@xn--bcher-kva.example:8443/p?q=1#f"),
        ("https://bücher.example", "https://xn--bcher-kva.example"),
        ("HTTPS://Example.com/Path", "https://Example.com/Path"),
        ("  https://example.com/a b".strip()[:-2], "https://example.com/a"),
    ],
)
def test_redirect_addresses_are_sent_in_ascii_with_their_parts(typed: str, sent: str) -> None:
    assert normalize_redirect_url(typed) == sent


def test_an_international_address_is_measured_once_in_ascii() -> None:
    # The limit applies to the address as sent: 2048 characters once in ASCII form.
    head = "https://xn--bcher-kva.example/"
    assert normalize_redirect_url("https://bücher.example/" + "a" * (2048 - len(head))) == (
        head + "a" * (2048 - len(head))
    )
    with pytest.raises(ValueError, match="at most 2,048 characters"):
        normalize_redirect_url("https://bücher.example/" + "a" * (2049 - len(head)))


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter the address customers go to after paying."),
        ("   ", "Enter the address customers go to after paying."),
        ("https://exa mple.com", "A web address cannot contain spaces."),
        ("https://example.com:99999", "This is not a valid web address; check the port number "
                                      "(at most 65535) and any [ ] brackets."),
        ("example.com", "Use a full web address starting with https://, such as "
                        "https://example.com/thanks."),
        ("http://example.com", "Use https:// — plain http:// is only allowed for localhost."),
        ("https://a..b.example", "“a..b.example” is not a valid domain name."),
    ],
)
def test_redirect_problems_are_told_in_a_sentence(typed: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        normalize_redirect_url(typed)
    assert str(refused.value) == message


def test_saved_items_keep_their_currency_and_unit_price() -> None:
    items = [LineItem(id="clli_e", price="price_e", product="prod_e", quantity=1,
                      amount_total=1999, currency="eur", description="Ticket")]
    (item,) = form_from_link(saved_link(), items).line_items
    assert (item.currency, item.amount, item.quantity) == ("eur", "19.99", "1")


def test_update_sends_a_new_description_and_ignores_a_switched_off_limit() -> None:
    saved = form_from_link(full_link())
    saved.limit = "12"  # typed, then switched off
    edited = saved.copy()
    edited.description = " A quiet week "
    assert update_params(saved, edited) == {"description": "A quiet week"}


def test_a_changed_limit_makes_the_form_dirty() -> None:
    saved = headphones_form()
    saved.limit_enabled, saved.limit = True, "5"
    edited = saved.copy()
    edited.limit = "6"
    assert is_dirty(saved, edited)


@pytest.mark.parametrize(
    ("field", "value", "param", "message"),
    [
        ("title", "", "title", "The title is required."),
        ("title", "t" * 251, "title", "The title can be at most 250 characters (251 now)."),
        ("title", "a\x07b", "title",
         "The title contains invisible control characters; please retype it."),
        ("description", "d" * 1001, "description",
         "The description can be at most 1,000 characters (1,001 now)."),
        ("custom_message", "m" * 501, "after_completion[hosted_confirmation][custom_message]",
         "The confirmation message can be at most 500 characters (501 now)."),
        ("inactive_message", "i" * 501, "inactive_message",
         "The inactive message can be at most 500 characters (501 now)."),
    ],
)
def test_text_problems_name_their_field(field: str, value: str, param: str, message: str) -> None:
    form = headphones_form()
    setattr(form, field, value)
    assert validate(form) == {param: message}


@pytest.mark.parametrize(
    ("item", "param", "message"),
    [
        (LineItemForm(kind=PRICE, price="  "), "line_items[0][price]",
         "Enter a price id (price_…) or switch to a custom amount."),
        (LineItemForm(kind=PRICE, price="prod_123"), "line_items[0][price]",
         "A price id looks like price_3fg6hj9km1np."),
        (LineItemForm(kind=PRICE, price="price_ab c"), "line_items[0][price]",
         "A price id looks like price_3fg6hj9km1np."),
        (LineItemForm(kind=PRICE, price="price_café"), "line_items[0][price]",
         "A price id looks like price_3fg6hj9km1np."),
        (LineItemForm(product=" ", amount="1"), "line_items[0][price_data][product]",
         "Enter the product id (prod_…)."),
        (LineItemForm(product="prod_ab c", amount="1"), "line_items[0][price_data][product]",
         "A product id looks like prod_8mn4qr7vw2xz."),
        (LineItemForm(product="prod_é", amount="1"), "line_items[0][price_data][product]",
         "A product id looks like prod_8mn4qr7vw2xz."),
        (LineItemForm(product="p" * 251, amount="1"), "line_items[0][price_data][product]",
         "A product id can be at most 250 characters."),
        (LineItemForm(product="prod_x", amount="1", quantity="x"), "line_items[0][quantity]",
         "Quantity must be a whole number from 1 to 999."),
    ],
)
def test_line_item_problems_name_their_field(
    item: LineItemForm, param: str, message: str
) -> None:
    form = LinkForm(title="Items", line_items=[item])
    assert validate(form) == {param: message}


def test_a_product_id_of_250_characters_and_a_plain_price_id_are_fine() -> None:
    form = LinkForm(title="Items", line_items=[
        LineItemForm(product="p" * 250, amount="1"),
        LineItemForm(kind=PRICE, price=" price_3fg6hj9km1np "),
    ])
    assert validate(form) == {}
    assert create_params(form)["line_items"][1] == {"price": "price_3fg6hj9km1np", "quantity": 1}


def test_every_line_item_is_checked_after_a_bad_currency() -> None:
    form = LinkForm(title="Items", line_items=[
        LineItemForm(currency="dollars", product="prod_a", amount="1"),
        LineItemForm(currency="usd", product="prod_b", amount="1", quantity="0"),
        LineItemForm(currency="eur", product="prod_c", amount="1"),
    ])
    assert validate(form) == {
        "line_items[0][price_data][currency]":
            "“dollars” is not a currency code; use three letters such as USD.",
        "line_items[1][quantity]": "Quantity must be a whole number from 1 to 999.",
        "line_items[2][price_data][currency]":
            "All line items must use one currency; the first uses USD.",
    }


@pytest.mark.parametrize(
    ("pairs", "errors"),
    [
        ([("k", "1"), (" k ", "2")], {"metadata[k]": "The metadata key “k” is used twice."}),
        ([("k", "a\x00b")],
         {"metadata[k]": "Metadata contains invisible control characters; please retype it."}),
        ([("k\x1b", "v")],
         {"metadata[k\x1b]": "Metadata contains invisible control characters; please retype it."}),
        ([("", "orphan")], {"metadata": "Every metadata value needs a key."}),
        ([("k", "line one\nline two\ttab")], {}),
        ([("a", "1"), ("b", "1"), ("", " ")], {}),
    ],
)
def test_metadata_problems(pairs: list[tuple[str, str]], errors: dict[str, str]) -> None:
    form = headphones_form()
    form.metadata = pairs
    assert validate(form) == errors


@pytest.mark.parametrize("typed", ["+5", "1_000", "-1", "5.0", "٥x"])
def test_only_plain_digits_count_as_a_whole_number(typed: str) -> None:
    form = headphones_form()
    form.line_items[0].quantity = typed
    form.limit_enabled, form.limit = True, typed
    assert set(validate(form)) == {
        "line_items[0][quantity]", "restrictions[completed_sessions][limit]"
    }


def test_digits_of_other_scripts_count_as_a_whole_number() -> None:
    form = headphones_form()
    form.line_items[0].quantity = "٥"  # Arabic-Indic five
    assert create_params(form)["line_items"][0]["quantity"] == 5
