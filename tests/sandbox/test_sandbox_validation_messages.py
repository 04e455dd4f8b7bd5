"""The sentences the sandbox answers a refused request with, word for word.

The editor shows a refusal's message on the field its ``param`` names, so the sentence is
what a merchant reads. The rules themselves (which value is refused, on which param) are
checked from the contract in ``tests/unit/test_contract_rules.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from leanrails_desktop.sandbox.errors import SandboxError
from leanrails_desktop.sandbox.validation import validate_create, validate_update

ITEM = {"price_data": {"currency": "usd", "product": "prod_x", "unit_amount": 100}, "quantity": 1}


def create(**fields: Any) -> dict[str, Any]:
    return {"title": "T", "line_items": [ITEM], **fields}


def redirect(url: Any) -> dict[str, Any]:
    return create(after_completion={"type": "redirect", "redirect": {"url": url}})


REFUSALS = [
    (create(title=""), "The title cannot be empty."),
    (create(title=5), "The title must be text."),
    (create(title="t" * 251), "The title is 251 characters long; the most allowed is 250."),
    (create(description="d" * 1001),
     "The description is 1001 characters long; the most allowed is 1000."),
    (create(billing_address_collection="always"),
     "Billing address collection must be one of auto or required."),
    (create(submit_type="buy"), "The submit type must be one of auto, pay, book or donate."),
    (create(allow_promotion_codes="yes"), "Allow promotion codes must be true or false."),
    (create(after_completion="x"), "After completion must be an object."),
    (create(after_completion={"type": "popup"}),
     "The after-completion type must be one of hosted_confirmation or redirect."),
    (create(after_completion={"type": "redirect"}),
     "A redirect needs the address to send customers to."),
    (create(after_completion={"type": "redirect", "redirect": {}}),
     "A redirect needs the address to send customers to."),
    (create(after_completion={"type": "redirect", "redirect": []}),
     "The redirect must be an object."),
    (create(after_completion={"type": "hosted_confirmation", "hosted_confirmation": 1}),
     "The hosted confirmation must be an object."),
    (create(after_completion={"type": "hosted_confirmation",
                              "hosted_confirmation": {"custom_message": "m" * 501}}),
     "The confirmation message is 501 characters long; the most allowed is 500."),
    (redirect(""), "The redirect URL cannot be empty."),
    (redirect("x"), "The redirect URL must be a full address starting with https:// "
                    "(http:// is allowed only for localhost)."),
    (redirect(7), "The redirect URL must be text."),
    (redirect("https://a b"), "The redirect URL cannot contain spaces or control characters."),
    (redirect("https://example.com:99999"), "The redirect URL is not a valid web address."),
    (create(restrictions={"completed_sessions": {"limit": 0}}),
     "The completed sessions limit must be a whole number of at least 1."),
    (create(line_items=[{**ITEM, "quantity": 1000}]),
     "The quantity must be a whole number from 1 to 999."),
    (create(metadata={"": "v"}), "A metadata key cannot be empty."),
    (create(metadata=["k", "v"]), "Metadata must be an object."),
    (create(restrictions=5), "Restrictions must be an object."),
    (create(restrictions={"completed_sessions": 5}),
     "The completed sessions restriction must be an object."),
    (create(line_items=[ITEM, "price_3fg6hj9km1np"]), "Line item 2 must be an object."),
    (create(line_items={"0": ITEM}), "Line items must be a list."),
    (create(line_items=None), "A checkout link needs at least one line item."),
    (create(title=None), "A checkout link needs a title."),
    (create(line_items=[{"price_data": {**ITEM["price_data"], "unit_amount": -1},
                         "quantity": 1}]),
     "The unit amount must be a whole number from 0 to 99,999,999."),
    (create(line_items=[ITEM, {"price_data": {**ITEM["price_data"], "currency": "eur"},
                               "quantity": 1}]),
     "All line items must use one currency; line item 2 is in EUR but the first is in USD."),
    (create(line_items=[ITEM, {**ITEM, "price": "price_3fg6hj9km1np"}]),
     "Line item 2 must have either a price or price data, not both."),
    (create(line_items=[ITEM, {"quantity": 1}]), "Line item 2 needs a price or price data."),
    (create(line_items=[{"price": 5, "quantity": 1}]),
     "The price must be a price id such as price_3fg6hj9km1np."),
    (create(line_items=[{"price_data": "usd", "quantity": 1}]),
     "The price data must be an object."),
    (create(line_items=[{"price_data": {**ITEM["price_data"], "product": ""}, "quantity": 1}]),
     "The product cannot be empty."),
    (create(line_items=[{"price_data": {**ITEM["price_data"], "product": "p" * 251},
                         "quantity": 1}]),
     "The product is 251 characters long; the most allowed is 250."),
    (create(metadata={"k": 1}), "The metadata value for “k” must be text."),
    (create(colour="red"), "Received unknown parameter: colour."),
]


# Short ids: a node id holding the whole sentence (quotes, "://") is hard to select again.
@pytest.mark.parametrize(
    ("body", "message"), REFUSALS, ids=[f"refusal{i}" for i in range(len(REFUSALS))]
)
def test_each_refusal_reads_as_a_sentence(body: dict[str, Any], message: str) -> None:
    with pytest.raises(SandboxError) as refused:
        validate_create(body)
    assert refused.value.message == message


def test_a_product_id_from_1_to_250_characters_is_accepted() -> None:
    for product in ("p", "p" * 250):
        item = {"price_data": {**ITEM["price_data"], "product": product}, "quantity": 1}
        (spec,) = validate_create(create(line_items=[item])).line_items
        assert spec.product == product


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"inactive_message": "i" * 501},
         "The inactive message is 501 characters long; the most allowed is 500."),
        ({"line_items": []}, "Received unknown parameter: line_items. "
                             "line_items cannot be changed after a checkout link is created."),
        ({"currency": "eur"}, "Received unknown parameter: currency. "
                              "currency cannot be changed after a checkout link is created."),
        ({"colour": "red"}, "Received unknown parameter: colour."),
        ({"active": "no"}, "Active must be true or false."),
    ],
)
def test_each_update_refusal_reads_as_a_sentence(body: dict[str, Any], message: str) -> None:
    with pytest.raises(SandboxError) as refused:
        validate_update(body)
    assert refused.value.message == message
