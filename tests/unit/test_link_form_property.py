"""Property: whatever is typed into the editor, the form either refuses it field by field, or
turns it into a request the API accepts.

The API's rules here are the sandbox's own validator (``sandbox.validation``), run on the
request exactly as it would arrive (JSON encoded as UTF-8 and decoded again). A refusal by
the validator that the form could have foreseen is a failure; only the price catalogue,
which the form cannot know, may explain one.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers.form_strategies import (
    KNOWN_GAPS,
    link_forms,
    only_the_catalogue_explains,
    repeatable_settings,
    sentence_problems,
)
from hypothesis import given

from leanrails_desktop.core import link_form
from leanrails_desktop.core.link_form import (
    PRICE,
    REDIRECT,
    FormInvalid,
    LineItemForm,
    LinkForm,
    create_params,
    validate,
)
from leanrails_desktop.sandbox.errors import SandboxError
from leanrails_desktop.sandbox.validation import validate_create

MAX_EXAMPLES = 600


def as_sent(params: dict[str, Any]) -> dict[str, Any]:
    """The request body as the server decodes it (the client sends UTF-8 JSON)."""
    decoded = json.loads(json.dumps(params, ensure_ascii=False).encode("utf-8"))
    assert isinstance(decoded, dict)
    return decoded


def outcome(form: LinkForm) -> tuple[str, str]:
    """("refused by form" | "accepted" | "refused, catalogue", detail); fails otherwise."""
    try:
        params = create_params(form)
    except FormInvalid as invalid:
        assert invalid.errors, "FormInvalid without a field"
        assert invalid.errors == validate(form)
        problems = sentence_problems(invalid.errors)
        assert not problems, f"messages that are not sentences: {problems}"
        return "refused by form", ",".join(sorted(invalid.errors))
    assert validate(form) == {}
    try:
        checked = validate_create(as_sent(params))
    except SandboxError as refused:
        assert only_the_catalogue_explains(form, refused.param), (
            f"the API refused {refused.param!r} ({refused.message}) but the form let it through"
        )
        return "refused, catalogue", refused.param or ""
    assert checked.fields["title"] == params["title"]
    redirect = params.get("after_completion", {}).get("redirect")
    if redirect is not None:  # an international domain is sent in its ASCII (IDNA) form
        host = urlsplit(redirect["url"]).hostname or ""
        assert host.isascii(), f"redirect host not in ASCII form: {redirect['url']!r}"
    return "accepted", ""


def test_every_form_is_refused_by_field_or_accepted_by_the_api() -> None:
    seen: Counter[str] = Counter()

    @repeatable_settings(MAX_EXAMPLES)
    @given(form=link_forms())
    def check(form: LinkForm) -> None:
        kind, _detail = outcome(form)
        seen[kind] += 1

    check()
    total = sum(seen.values())
    print(
        f"\nlink form property: {total} forms; accepted by the API's rules {seen['accepted']}, "
        f"refused by the form {seen['refused by form']}, "
        f"refused for a catalogue reason {seen['refused, catalogue']}"
    )
    assert total == MAX_EXAMPLES
    # Not a vacuous property: both branches are exercised in earnest.
    assert seen["accepted"] >= MAX_EXAMPLES // 10
    assert seen["refused by form"] >= MAX_EXAMPLES // 10


def good_form(**changes: Any) -> LinkForm:
    form = LinkForm(
        title="Regression",
        line_items=[LineItemForm(currency="usd", product="prod_x", amount="5", quantity="1")],
    )
    for name, value in changes.items():
        setattr(form, name, value)
    return form


REGRESSIONS = [pytest.param(form, param, id=name) for name, form, param in KNOWN_GAPS]


@pytest.mark.parametrize(("form", "param"), REGRESSIONS)
def test_found_gaps_are_refused_on_their_field(form: LinkForm, param: str) -> None:
    with pytest.raises(FormInvalid) as refused:
        create_params(form)
    assert param in refused.value.errors
    assert not sentence_problems(refused.value.errors)


def test_a_capitalised_international_domain_is_sent_in_ascii() -> None:
    form = good_form(after_completion_type=REDIRECT, redirect_url="https://ÉXAMPLE.com:8443/merci")
    sent = create_params(form)["after_completion"]["redirect"]["url"]
    assert sent == "https://xn--xample-9ua.com:8443/merci"


def test_the_property_fails_when_the_form_misses_a_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a property that cannot fail: with the text checks switched off, an over-long
    title reaches the API's rules and is reported as the form's gap."""
    monkeypatch.setattr(link_form, "_check_text", lambda *args, **kwargs: None)
    with pytest.raises(AssertionError, match="the API refused 'title'"):
        outcome(good_form(title="t" * 251))
    unknown_price = LineItemForm(kind=PRICE, price="price_nope12345", quantity="1")
    assert outcome(good_form(line_items=[unknown_price])) == (
        "refused, catalogue", "line_items[0][price]"
    )
