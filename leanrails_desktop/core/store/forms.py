"""Link forms as JSON, tolerant of forms saved by older or newer versions of the app."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

from leanrails_desktop.core.link_form import LinkForm

_FORM_FORMAT_KEY = "_format"
_FORM_FORMAT = 1
_INVALID: Any = object()


def form_data(form: LinkForm) -> dict[str, Any]:
    """The form as a JSON-ready dict, tagged with its format."""
    data = dataclasses.asdict(form)
    data[_FORM_FORMAT_KEY] = _FORM_FORMAT
    return data


def form_to_json(form: LinkForm) -> str:
    """The form as compact ASCII JSON (lone surrogates and control characters escaped)."""
    return json.dumps(form_data(form), ensure_ascii=True, separators=(",", ":"))


def form_from_json(text: str) -> LinkForm:
    """The form saved by :func:`form_to_json`, by this or another version of the app.

    Unknown fields are ignored, and a missing or mistyped field takes its default, so
    drafts survive the form gaining or losing fields. Raises ValueError if ``text`` is not
    a JSON object at all.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ValueError("the saved form is not valid JSON") from exc
    if not isinstance(data, dict):
        raise ValueError("the saved form is not a JSON object")
    form = _build(LinkForm, data)
    assert isinstance(form, LinkForm)
    return form


def _build(cls: Any, data: Mapping[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if field.name in data:
            value = _coerce(data[field.name], hints[field.name])
            if value is not _INVALID:
                kwargs[field.name] = value
    return cls(**kwargs)


def _coerce(value: Any, hint: Any) -> Any:
    """``value`` (decoded JSON) as type ``hint``, or ``_INVALID``."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            out = _coerce(value, arg)
            if out is not _INVALID:
                return out
        return _INVALID
    if hint is type(None):
        return None if value is None else _INVALID
    if hint is bool:
        return value if isinstance(value, bool) else _INVALID
    if hint is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else _INVALID
    if hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else _INVALID
    if hint is str:
        return value if isinstance(value, str) else _INVALID
    if origin is list:
        if not isinstance(value, list):
            return _INVALID
        items = [_coerce(item, args[0]) for item in value]
        return [item for item in items if item is not _INVALID]  # drop unreadable entries
    if origin is tuple:
        if not isinstance(value, list) or len(value) != len(args):
            return _INVALID
        parts = tuple(_coerce(item, arg) for item, arg in zip(value, args, strict=True))
        return _INVALID if any(part is _INVALID for part in parts) else parts
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value) if isinstance(value, dict) else _INVALID
    return _INVALID
