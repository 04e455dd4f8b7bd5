"""Link forms as JSON: every field kept, and forms of other versions read tolerantly."""

from __future__ import annotations

import dataclasses
import json

import pytest
from store_helpers import full_form

from leanrails_desktop.core.link_form import LineItemForm, LinkForm
from leanrails_desktop.core.store import form_from_json, form_to_json


def test_full_form_really_sets_every_field() -> None:
    form, default = full_form(), LinkForm()
    for field in dataclasses.fields(LinkForm):
        assert getattr(form, field.name) != getattr(default, field.name), field.name
    for field in dataclasses.fields(LineItemForm):
        assert getattr(form.line_items[0], field.name) != getattr(LineItemForm(), field.name)


def test_form_json_is_tolerant_of_missing_extra_and_mistyped_fields() -> None:
    data = json.loads(form_to_json(full_form()))
    data["a_field_from_the_future"] = {"nested": [1, 2]}
    del data["description"]
    data["limit"] = 12  # wrong type: falls back to the default
    data["line_items"][0]["discount"] = "10%"
    data["line_items"][1]["amount_total"] = "many"
    data["line_items"].append("not an item")
    data["metadata"].append(["only-one"])
    form = form_from_json(json.dumps(data))
    assert form.description == ""
    assert form.limit == ""
    assert form.title == full_form().title
    assert len(form.line_items) == 2
    assert form.line_items[1].amount_total is None
    assert form.line_items[0].amount_total == 7000
    assert form.metadata == full_form().metadata
    assert form_from_json("{}") == LinkForm()
    assert form_from_json('{"line_items": []}').line_items == []
    for bad in ("[]", "null", "not json", '"text"'):
        with pytest.raises(ValueError):
            form_from_json(bad)
