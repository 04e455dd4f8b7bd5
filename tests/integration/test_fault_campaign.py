"""A long run of creates through the client while the sandbox loses, refuses and rate-limits
them: every link is made exactly once.

Before each create a seeded random draw programs at most one fault on the sandbox: the
response is dropped after the link is committed (~20 %), the request is answered 500
(~10 %) or 429 (~10 %). The client retries each with the same Idempotency-Key, so a lost
answer is replayed instead of creating the link twice.
"""

from __future__ import annotations

import random
from collections import Counter

from integration_helpers import ITEMS

from leanrails_desktop.core.api import LeanRailsClient, RetryNotice
from leanrails_desktop.sandbox import SandboxServer

CREATES = 500
SEED = 100
DROP, ERROR_500, RATE_429, NONE = "dropped after commit", "500", "429", "none"


def pick_fault(rng: random.Random) -> str:
    draw = rng.random()
    if draw < 0.20:
        return DROP
    if draw < 0.30:
        return ERROR_500
    if draw < 0.40:
        return RATE_429
    return NONE


def test_500_creates_under_faults_make_500_links_without_duplicates(
    sandbox: SandboxServer, sandbox_key: str
) -> None:
    rng = random.Random(SEED)
    waited: list[float] = []
    notices: list[RetryNotice] = []
    injected: Counter[str] = Counter()
    retried_by_kind: Counter[str] = Counter()
    created_ids: list[str] = []

    with LeanRailsClient(
        api_key=sandbox_key,
        base_url=sandbox.base_url,
        timeout=10.0,
        max_retries=4,
        max_retry_delay=0.05,
        sleep=waited.append,  # no real waiting: the faults are one-shot
        on_retry=notices.append,
    ) as client:
        for n in range(CREATES):
            kind = pick_fault(rng)
            injected[kind] += 1
            if kind == DROP:
                sandbox.faults.drop_next_create_response()
            elif kind == ERROR_500:
                sandbox.faults.fail_next(1, status=500)
            elif kind == RATE_429:
                sandbox.faults.fail_next(1, status=429, retry_after=0.01)
            before = len(notices)
            link = client.checkout_links.create(title=f"Campaign link {n:03d}", line_items=ITEMS)
            retries = len(notices) - before
            # Exactly one retry per injected fault, none otherwise.
            assert retries == (0 if kind == NONE else 1), (n, kind, retries)
            if retries:
                retried_by_kind[kind] += 1
            assert link.title == f"Campaign link {n:03d}"
            created_ids.append(link.id)

        assert sandbox.faults.snapshot() == {
            "latency": 0.0, "pending_failures": 0, "pending_drops": 0, "flaky_lists": 0.0,
            "flaky_writes": {"drop": 0.0, "error": 0.0, "limited": 0.0}, "ignore_expand": False,
        }
        listed = list(client.checkout_links.iter(page_size=100))

    titles = Counter(link.title for link in listed)
    duplicates = sum(count - 1 for count in titles.values() if count > 1)
    lost = sorted({f"Campaign link {n:03d}" for n in range(CREATES)} - set(titles))
    print(
        f"\nfault campaign: {CREATES} creates, seed {SEED}; injected: "
        f"{injected[DROP]} responses dropped after commit, {injected[ERROR_500]} × HTTP 500, "
        f"{injected[RATE_429]} × HTTP 429, {injected[NONE]} without a fault; "
        f"retries {len(notices)}; links listed {len(listed)}, "
        f"distinct titles {len(titles)}, duplicates {duplicates}, lost {len(lost)}"
    )

    # The seeded draw is fixed, so the mix is too; it stays near 20 % / 10 % / 10 %.
    assert dict(injected) == {DROP: 100, ERROR_500: 50, RATE_429: 49, NONE: 301}
    assert retried_by_kind == Counter({DROP: 100, ERROR_500: 50, RATE_429: 49})
    assert len(notices) == 100 + 50 + 49
    # The 429s asked for 0.01 s and got exactly that; the others got a short backoff.
    assert waited.count(0.01) == 49
    assert all(0 < delay <= 0.05 for delay in waited)

    assert len(listed) == CREATES
    assert len({link.id for link in listed}) == CREATES
    assert sorted(link.id for link in listed) == sorted(created_ids)
    assert len(titles) == CREATES and duplicates == 0 and lost == []
