"""The contract's rules, case by case, against the editor's form and the sandbox's validator.

The cases (``helpers.contract_cases``) are written from the contract's text; each side is
checked against the table, never against the other side. So a sandbox grown too lenient
(or too strict) fails here even where the form agrees with it, and the other way round.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers.contract_cases import CASES, Case, base_form

from leanrails_desktop.core.link_form import (
    FormInvalid,
    LinkForm,
    create_params,
    update_params,
    validate,
)
from leanrails_desktop.sandbox.errors import SandboxError
from leanrails_desktop.sandbox.validation import validate_create, validate_update


def _ids(cases: list[Case]) -> list[Any]:
    return [pytest.param(case, id=case.name) for case in cases]


def is_sentence(message: str) -> bool:
    """A sentence a merchant can read: a capital first letter (unless it opens with a quoted
    value), not shouted, a full stop."""
    if not message.endswith("."):
        return False
    if message.startswith("“"):
        rest = message.partition("”")[2]
        return any(ch.islower() for ch in rest) and not rest.isupper()
    letters = [ch for ch in message if ch.isalpha()]
    return bool(letters) and letters[0].isupper() and not message.isupper()


@pytest.mark.parametrize(
    ("message", "sentence"),
    [("The title is required.", True), ("“usdd” is not a currency code.", True),
     ("the title is required.", False), ("THE TITLE IS REQUIRED.", False),
     ("“usdd” IS NOT A CURRENCY CODE.", False), ("The title is required", False),
     ("", False)],
)
def test_what_counts_as_a_sentence(message: str, sentence: bool) -> None:
    assert is_sentence(message) is sentence


def _form(fields: dict[str, Any]) -> LinkForm:
    form = base_form()
    for name, value in fields.items():
        setattr(form, name, value)
    return form


def test_the_table_covers_every_kind_of_rule() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names)), "two cases with one name"
    refused = {case.api_refuses for case in CASES if case.api_refuses is not None}
    for param in (
        "title", "description", "line_items", "line_items[0][quantity]",
        "line_items[0][price_data][unit_amount]", "line_items[0][price_data][currency]",
        "after_completion[redirect][url]",
        "after_completion[hosted_confirmation][custom_message]",
        "restrictions[completed_sessions][limit]", "submit_type", "billing_address_collection",
        "metadata", "metadata[]", "inactive_message", "currency",
    ):
        assert param in refused, param
    assert sum(case.api_refuses is None for case in CASES) >= 30
    assert sum(case.form is not None for case in CASES) >= 60


@pytest.mark.parametrize("case", _ids(CASES))
def test_the_sandbox_follows_the_contract(case: Case) -> None:
    check = validate_update if case.update else validate_create
    if case.api_refuses is None:
        check(case.request())
        return
    with pytest.raises(SandboxError) as refused:
        check(case.request())
    error = refused.value
    assert (error.status, error.type, error.param) == (
        400, "invalid_request_error", case.api_refuses
    )
    assert error.code == case.code
    assert is_sentence(error.message), error.message


FORM_CASES = [case for case in CASES if case.form is not None]


@pytest.mark.parametrize("case", _ids(FORM_CASES))
def test_the_form_follows_the_contract(case: Case) -> None:
    assert case.form is not None
    if case.update:
        saved = _form(case.saved)
        edited = saved.copy()
        for name, value in case.form.items():
            setattr(edited, name, value)
        errors = validate(edited, for_update=True)
        send = lambda: update_params(saved, edited)  # noqa: E731
    else:
        edited = _form(case.form)
        errors = validate(edited)
        send = lambda: create_params(edited)  # noqa: E731
    if case.form_refuses is None:
        assert errors == {}
        expected = case.expected_form_request()
        if expected is not None:
            assert send() == expected
        return
    assert case.form_refuses in errors, errors
    assert all(is_sentence(message) for message in errors.values()), errors
    with pytest.raises(FormInvalid) as invalid:
        send()
    assert invalid.value.errors == errors


def test_the_link_takes_its_currency_from_the_line_items() -> None:
    jpy = {"price_data": {"currency": "jpy", "product": "prod_x", "unit_amount": 3500},
           "quantity": 2}
    checked = validate_create({"title": "Tea", "line_items": [jpy]})
    assert checked.currency == "jpy"
    (item,) = checked.line_items
    assert (item.unit_amount, item.quantity, item.currency, item.product) == (
        3500, 2, "jpy", "prod_x"
    )


def test_create_defaults_are_the_contracts() -> None:
    checked = validate_create({"title": "Plain", "line_items": [
        {"price_data": {"currency": "usd", "product": "prod_x", "unit_amount": 100},
         "quantity": 1}
    ]})
    assert checked.fields == {
        "title": "Plain",
        "description": None,
        "after_completion": {"type": "hosted_confirmation"},
        "billing_address_collection": "auto",
        "allow_promotion_codes": False,
        "restrictions": None,
        "submit_type": "auto",
        "metadata": {},
    }
