"""UTM tags on a link's URL: encoded, replacing earlier tags, keeping other parameters."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from leanrails_desktop.core.links.utm import UtmError, with_utm

URL = "https://checkout.leanrails.com/cl/cl_4de6fg8hi0jk"


def test_tags_are_added_and_encoded() -> None:
    tagged = with_utm(URL, "news letter", "e-mail", "été & co=1")
    assert tagged.startswith(URL + "?")
    assert parse_qsl(urlsplit(tagged).query) == [
        ("utm_source", "news letter"), ("utm_medium", "e-mail"), ("utm_campaign", "été & co=1")]
    assert " " not in tagged and "&co" not in tagged


def test_empty_tags_change_nothing_and_earlier_tags_are_replaced() -> None:
    assert with_utm(URL) == URL
    again = with_utm(with_utm(URL + "?ref=7", "a", "b", "c"), "x")
    assert parse_qsl(urlsplit(again).query) == [
        ("ref", "7"), ("utm_medium", "b"), ("utm_campaign", "c"), ("utm_source", "x")]


def test_a_tag_over_150_characters_is_refused() -> None:
    assert with_utm(URL, "s" * 150)
    with pytest.raises(UtmError, match=r"Keep utm_campaign to 150 .* it has 151\.$"):
        with_utm(URL, campaign="c" * 151)
