"""A bulk change of 500 links while a tenth of the updates fail: the results list exactly
the links the server did not change, retrying them alone finishes the change, and undo —
itself under the same faults, then retried — puts every changed field of every link back.

The server is the judge: its links are read over the API before, after and at the end, and
compared whole (every field of the checkout_link object)."""

from __future__ import annotations

from collections.abc import Callable

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.bulk.changes import (
    CHANGED,
    FAILED,
    BulkChange,
    PlannedChange,
    merge,
    plan_change,
    plan_undo,
    send_changes,
)
from leanrails_desktop.sandbox import SandboxServer

LINKS = 500
ERROR_RATE = 0.1

CHANGE = BulkChange(
    active=False,
    inactive_message="Season over",
    submit_type="book",
    billing_address_collection="required",
    allow_promotion_codes=True,
    custom_message="See you next season",
    metadata={"season": "autumn", "batch": None},
)


def server_links(client: LeanRailsClient) -> dict[str, CheckoutLink]:
    return {link.id: link for link in client.checkout_links.iter(page_size=100)}


def expected_after(item: PlannedChange) -> dict[str, object]:
    """The fields of a link the change made, as the server renders them."""
    metadata = {k: v for k, v in item.link.metadata.items() if k != "batch"}
    return {
        "active": False,
        "inactive_message": "Season over",
        "submit_type": "book",
        "billing_address_collection": "required",
        "allow_promotion_codes": True,
        "custom_message": "See you next season",
        "metadata": metadata | {"season": "autumn"},
    }


def fields_of(link: CheckoutLink) -> dict[str, object]:
    confirmation = link.after_completion.hosted_confirmation
    return {
        "active": link.active,
        "inactive_message": link.inactive_message,
        "submit_type": link.submit_type,
        "billing_address_collection": link.billing_address_collection,
        "allow_promotion_codes": link.allow_promotion_codes,
        "custom_message": confirmation.custom_message if confirmation else None,
        "metadata": dict(link.metadata),
    }


def test_five_hundred_links_a_tenth_failing_then_undo(
    sandbox: SandboxServer, sandbox_key: str, make_client: Callable[..., LeanRailsClient]
) -> None:
    sandbox.seed_bulk(sandbox_key, count=LINKS, seed=13)
    client = make_client(max_retries=0)  # each update is one request: one draw of a fault
    before = server_links(client)
    assert len(before) == LINKS
    plan = plan_change(before.values(), CHANGE)
    assert len(plan.changes) == LINKS and plan.unchanged == 0 and not plan.problems

    sandbox.faults.flaky_writes(error=ERROR_RATE, seed=20261201)
    progress: list[int] = []
    outcome = send_changes(client, plan, progress=lambda done, _total: progress.append(done))
    sandbox.faults.reset()
    assert progress == list(range(1, LINKS + 1))

    after = server_links(client)
    listed = {r.link_id for r in outcome.failed()}
    untouched = {i for i in before if after[i] == before[i]}
    changed = {i for i in before if after[i] != before[i]}
    # The results list exactly the links the server did not change, each with a reason.
    assert listed == untouched and changed == {r.link_id for r in outcome.changed()}
    assert all(r.status == FAILED and r.error for r in outcome.failed())
    assert 0.05 * LINKS <= len(listed) <= 0.15 * LINKS, len(listed)
    for item in plan.changes:
        if item.link_id in changed:
            assert fields_of(after[item.link_id]) == expected_after(item)
            assert after[item.link_id] == outcome.results[
                plan.changes.index(item)].link  # the answer the mirror is updated with
    print(f"\nbulk change: {LINKS} links, {len(listed)} failed and listed, "
          f"{len(changed)} changed")

    retried = send_changes(client, plan, only=listed)
    assert [r.link_id for r in retried.results] == [
        c.link_id for c in plan.changes if c.link_id in listed]
    finished = merge(outcome, retried)
    assert finished.ok and len(finished.changed()) == LINKS
    done = server_links(client)
    assert all(fields_of(done[item.link_id]) == expected_after(item) for item in plan.changes)

    # Undo what was applied, under the same faults; then the failed undos alone.
    applied = [c for c in plan.changes if c.link_id in {r.link_id for r in finished.changed()}]
    undo = plan_undo(applied, {link.id: link for link in finished.links()})
    assert len(undo.changes) == LINKS and not undo.problems
    sandbox.faults.flaky_writes(error=ERROR_RATE, seed=7)
    first = send_changes(client, undo)
    sandbox.faults.reset()
    middle = server_links(client)
    not_restored = {i for i in before if middle[i] != before[i]}
    assert {r.link_id for r in first.failed()} == not_restored
    restored = merge(first, send_changes(client, undo, only=not_restored))
    assert restored.ok
    end = server_links(client)
    assert end == before  # every field of every link, as it was
    print(f"undo: {len(not_restored)} failed on the first pass, {LINKS} links restored")
    assert all(r.status == CHANGED for r in restored.results)
