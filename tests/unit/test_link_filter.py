"""LinkFilter: the one spelling of All / Active / Inactive, and its three renderings."""

from __future__ import annotations

import pytest

from leanrails_desktop.core.links import LinkFilter

SPELLINGS = [
    (LinkFilter.ALL, None, "all", "All"),
    (LinkFilter.ACTIVE, True, "active", "Active"),
    (LinkFilter.INACTIVE, False, "inactive", "Inactive"),
]


@pytest.mark.parametrize(("member", "active", "key", "label"), SPELLINGS)
def test_each_member_spells_itself_for_the_api_storage_and_people(
    member: LinkFilter, active: bool | None, key: str, label: str
) -> None:
    assert member.active is active
    assert member.key == key
    assert member.label == label


@pytest.mark.parametrize(("member", "active", "key", "label"), SPELLINGS)
def test_a_member_comes_back_from_its_key_and_its_active_value(
    member: LinkFilter, active: bool | None, key: str, label: str
) -> None:
    assert LinkFilter.from_key(key) is member
    assert LinkFilter.from_active(active) is member


def test_there_are_exactly_three_filters_in_list_order() -> None:
    assert list(LinkFilter) == [LinkFilter.ALL, LinkFilter.ACTIVE, LinkFilter.INACTIVE]


@pytest.mark.parametrize("stored", ["", "everything", "All links", "true", "1", None, 1, True])
def test_an_unknown_or_damaged_stored_key_shows_every_link(stored: object) -> None:
    assert LinkFilter.from_key(stored) is LinkFilter.ALL


@pytest.mark.parametrize(("stored", "member"), [(" Active ", LinkFilter.ACTIVE),
                                                ("INACTIVE", LinkFilter.INACTIVE)])
def test_a_stored_key_is_read_without_regard_to_case_or_spaces(
    stored: str, member: LinkFilter
) -> None:
    assert LinkFilter.from_key(stored) is member


def test_a_filter_is_not_equal_to_any_of_its_spellings() -> None:
    for member, active, key, label in SPELLINGS:
        assert member != key and member != label and member != active
