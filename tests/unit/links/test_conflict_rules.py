"""Changes made on LeanRails meanwhile, next to the merchant's, and the merged result."""

from __future__ import annotations

from leanrails_desktop.core.link_form import REDIRECT, LinkForm
from leanrails_desktop.core.links.conflicts import (
    changes,
    default_choices,
    merge,
    server_changed,
)


def test_an_unused_message_or_limit_does_not_count_as_a_change() -> None:
    opened = LinkForm(title="A", custom_message="Thanks", limit_enabled=False, limit="")
    now = LinkForm(title="A", custom_message="Thanks", limit_enabled=False, limit="5")
    assert not server_changed(opened, now)
    now.after_completion_type = REDIRECT
    now.redirect_url = "https://example.com/done"
    assert server_changed(opened, now)


def test_rows_name_what_changed_there_and_whether_the_merchant_changed_it_too() -> None:
    opened = LinkForm(title="A", description="d", metadata=[("k", "1")])
    theirs = LinkForm(title="B", description="d", metadata=[("k", "2")])
    yours = LinkForm(title="C", description="mine", metadata=[("k", "1")])
    rows = changes(opened, theirs, yours)
    assert [(r.label, r.yours, r.theirs, r.you_changed) for r in rows] == [
        ("Title", "C", "B", True),
        ("Metadata", "k=1", "k=2", False),
    ]
    assert default_choices(rows) == {"Title": "yours", "Metadata": "theirs"}


def test_merge_takes_each_part_from_the_chosen_side_and_keeps_unshown_edits() -> None:
    theirs = LinkForm(title="B", description="d", metadata=[("k", "2")], active=False)
    yours = LinkForm(title="C", description="mine", metadata=[("k", "1")], active=True)
    merged = merge(yours, theirs, {"Title": "yours", "Metadata": "theirs", "Status": "theirs"})
    assert (merged.title, merged.description, merged.metadata, merged.active) == (
        "C",
        "mine",
        [("k", "2")],
        False,
    )
    merged.metadata.append(("x", "y"))
    assert theirs.metadata == [("k", "2")]  # the server's form is not changed by the merge
