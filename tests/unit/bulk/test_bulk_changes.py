"""The rules of a bulk change: which links change and how, the review text, the undo."""

from __future__ import annotations

from leanrails_desktop.core.api.objects import (
    AfterCompletion,
    CheckoutLink,
    HostedConfirmation,
)
from leanrails_desktop.core.bulk.changes import (
    CHANGED,
    FAILED,
    BulkChange,
    ChangeOutcome,
    ChangeResult,
    merge,
    plan_change,
    plan_undo,
)


def _link(n: int, **fields: object) -> CheckoutLink:
    fields.setdefault("title", f"Link {n}")
    return CheckoutLink(id=f"cl_{n}", **fields)  # type: ignore[arg-type]


def test_links_already_so_are_counted_not_changed() -> None:
    links = [_link(1), _link(2, submit_type="book"), _link(3, submit_type="pay")]
    plan = plan_change(links, BulkChange(submit_type="book"))
    assert [c.link_id for c in plan.changes] == ["cl_1", "cl_3"]
    assert plan.unchanged == 1
    assert plan.summary() == "2 links change, 1 already so"
    assert plan.changes[0].params == {"submit_type": "book"}
    assert [str(f) for f in plan.changes[0].fields] == ["Button: Automatic → Book"]


def test_one_link_summary_and_empty_change() -> None:
    plan = plan_change([_link(1)], BulkChange(allow_promotion_codes=True))
    assert plan.summary() == "1 link changes, 0 already so"
    assert BulkChange().is_empty()
    assert plan_change([_link(1)], BulkChange()).changes == ()


def test_only_the_fields_that_differ_are_sent() -> None:
    link = _link(1, billing_address_collection="required", metadata={"season": "spring"})
    change = BulkChange(
        billing_address_collection="required",
        allow_promotion_codes=True,
        metadata={"season": "autumn", "gone": None},
    )
    (item,) = plan_change([link], change).changes
    assert item.params == {"allow_promotion_codes": True, "metadata": {"season": "autumn"}}
    assert [str(f) for f in item.fields] == [
        "Promotion codes: off → on",
        "Metadata season: spring → autumn",
    ]


def test_deactivate_with_message_and_remove_a_key() -> None:
    links = [_link(1, metadata={"a": "1"}), _link(2, active=False, inactive_message="Closed")]
    plan = plan_change(links, BulkChange(active=False, inactive_message="Closed",
                                         metadata={"a": None}))
    assert plan.unchanged == 1
    (item,) = plan.changes
    assert item.params == {"active": False, "inactive_message": "Closed", "metadata": {"a": ""}}
    assert [str(f) for f in item.fields] == [
        "Status: active → inactive (Closed)",
        "Metadata a: 1 → (none)",
    ]


def test_confirmation_message() -> None:
    link = _link(1, after_completion=AfterCompletion(
        hosted_confirmation=HostedConfirmation("Thanks")))
    (item,) = plan_change([link, _link(2, after_completion=AfterCompletion(
        hosted_confirmation=HostedConfirmation("See you")))],
        BulkChange(custom_message="See you")).changes
    assert item.params["after_completion"] == {
        "type": "hosted_confirmation", "hosted_confirmation": {"custom_message": "See you"}
    }
    assert str(item.fields[0]) == "Confirmation message: Thanks → See you"


def test_invalid_change_is_a_problem_not_a_request() -> None:
    plan = plan_change([_link(1)], BulkChange(metadata={"k" * 41: "v"}))
    assert plan.changes == () and len(plan.problems) == 1


def test_undo_puts_back_only_what_the_change_moved() -> None:
    links = [_link(1, submit_type="pay", metadata={"a": "1"}), _link(2, active=False)]
    change = BulkChange(active=True, submit_type="book", metadata={"a": "2", "b": "3"})
    plan = plan_change(links, change)
    # What the server answered, plus a later edit of the title that undo must keep.
    after = {
        "cl_1": _link(1, title="Renamed", submit_type="book", metadata={"a": "2", "b": "3"}),
        "cl_2": _link(2, submit_type="book", metadata={"a": "2", "b": "3"}),
    }
    undo = plan_undo(plan.changes, after)
    by_id = {c.link_id: c.params for c in undo.changes}
    assert by_id["cl_1"] == {"submit_type": "pay", "metadata": {"a": "1", "b": ""}}
    assert by_id["cl_2"] == {"submit_type": "auto", "metadata": {"a": "", "b": ""},
                             "active": False}


def test_merge_puts_retried_results_in_place() -> None:
    first = ChangeOutcome((ChangeResult("a", FAILED, error="x"), ChangeResult("b", CHANGED)))
    again = ChangeOutcome((ChangeResult("a", CHANGED),))
    merged = merge(first, again)
    assert merged.ok and [r.link_id for r in merged.results] == ["a", "b"]
    assert first.failed()[0].link_id == "a"


def test_billing_is_said_as_the_merchant_knows_it() -> None:
    (item,) = plan_change([_link(1)], BulkChange(billing_address_collection="required")).changes
    assert str(item.fields[0]) == "Billing address: when needed → always"
