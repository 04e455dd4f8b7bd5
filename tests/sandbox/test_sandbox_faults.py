"""Injected faults: latency, error statuses, lost create responses, and their HTTP control."""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable

import httpx
import pytest
from sandbox_helpers import Api, assert_error

from leanrails_desktop.sandbox import DEMO_KEY, SandboxServer


def _timed(call: Callable[[], object]) -> float:
    started = time.monotonic()
    call()
    return time.monotonic() - started


def test_no_faults_by_default(sandbox: SandboxServer) -> None:
    assert sandbox.faults.snapshot() == {
        "latency": 0.0, "pending_failures": 0, "pending_drops": 0, "flaky_lists": 0.0,
        "flaky_writes": {"drop": 0.0, "error": 0.0, "limited": 0.0}, "ignore_expand": False,
    }


# Longer than any request on a busy machine: a request that takes this long was delayed by
# the injected latency. Upper bounds here only tell "delayed" from "not delayed".
DELAYED = 5.0


def test_latency_applies_to_api_requests_only(
    sandbox: SandboxServer, api: Api, anonymous: httpx.Client
) -> None:
    api.page()  # connect first, so only the request is timed
    sandbox.faults.latency = 0.3
    assert _timed(api.page) >= 0.3
    assert _timed(lambda: anonymous.get("/v1/checkout_links")) >= 0.3  # 401s are slow too
    sandbox.faults.latency = DELAYED
    assert _timed(lambda: anonymous.get("/_sandbox/health")) < DELAYED
    sandbox.faults.reset()
    assert _timed(api.page) < DELAYED


def test_a_held_request_waits_until_released(sandbox: SandboxServer, api: Api) -> None:
    hold = sandbox.faults.hold_next()
    answers: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answers.append(api.create()))
    thread.start()
    try:
        assert hold.wait_reached(10)
        assert answers == []  # held in flight: no answer yet
    finally:
        hold.release()
        thread.join(10)
    assert [answer.status_code for answer in answers] == [200]
    assert api.page().status_code == 200  # one hold holds one request


def test_reset_releases_a_held_request(sandbox: SandboxServer, api: Api) -> None:
    hold = sandbox.faults.hold_next()
    answers: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answers.append(api.page()))
    thread.start()
    assert hold.wait_reached(10)
    sandbox.faults.reset()
    thread.join(10)
    assert [answer.status_code for answer in answers] == [200]


def test_a_hold_released_before_its_request_arrives_does_not_stop_it(
    sandbox: SandboxServer, api: Api
) -> None:
    hold = sandbox.faults.hold_next()
    hold.release()
    assert api.page().status_code == 200
    assert hold.wait_reached(0)


def test_429_with_fractional_retry_after(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.fail_next(2, status=429, retry_after=0.2)
    for _ in range(2):
        response = api.page()
        assert_error(response, 429, "rate_limit_error")
        assert response.headers["Retry-After"] == "0.2"
    assert api.page().status_code == 200


def test_429_has_a_retry_after_even_when_not_given(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.fail_next(1, status=429)
    assert api.page().headers["Retry-After"] == "1"


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors(sandbox: SandboxServer, api: Api, status: int) -> None:
    sandbox.faults.fail_next(1, status=status)
    response = api.create()
    assert_error(response, status, "api_error")
    assert "Retry-After" not in response.headers
    assert api.page().json()["data"] == []  # the failed create did nothing


def test_failures_are_counted_per_api_request_in_order(
    sandbox: SandboxServer, api: Api, anonymous: httpx.Client
) -> None:
    sandbox.faults.fail_next(1, status=503)
    sandbox.faults.fail_next(1, status=429, retry_after=2)
    assert anonymous.get("/_sandbox/health").status_code == 200
    assert anonymous.get("/cl/cl_000000000000").status_code == 404
    assert anonymous.get("/v1/checkout_links").status_code == 503  # before authentication
    assert api.page().status_code == 429
    assert api.page().status_code == 200


def test_fault_arguments_are_checked(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError):
        sandbox.faults.fail_next(1, status=404)
    with pytest.raises(ValueError):
        sandbox.faults.latency = -1
    with pytest.raises(ValueError):
        sandbox.faults.drop_next_create_response(-2)


def test_dropped_create_commits_and_replays(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.drop_next_create_response()
    key = str(uuid.uuid4())
    with pytest.raises(httpx.TransportError):
        api.create(api.body(title="Lost reply"), **{"Idempotency-Key": key})
    links = api.page().json()["data"]
    assert [link["title"] for link in links] == ["Lost reply"]
    retry = api.create(api.body(title="Lost reply"), **{"Idempotency-Key": key})
    assert retry.status_code == 200
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert retry.json() == links[0]
    assert len(api.page().json()["data"]) == 1


def test_drop_counts_only_successful_creates(sandbox: SandboxServer, api: Api) -> None:
    sandbox.faults.drop_next_create_response(n=2)
    assert api.page().status_code == 200
    assert api.create(api.body(title="")).status_code == 400
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            api.create()
    assert api.create().status_code == 200
    assert len(api.page().json()["data"]) == 3


def test_health(anonymous: httpx.Client) -> None:
    response = anonymous.get("/_sandbox/health")
    assert response.status_code == 200
    assert response.json() == {"ok": True, "demo_key": DEMO_KEY}


def test_fault_control_over_http(sandbox: SandboxServer, api: Api, anonymous: httpx.Client) -> None:
    def control(command: dict[str, object]) -> httpx.Response:
        return anonymous.post("/_sandbox/faults", json=command)

    response = control({"fail_next": {"count": 2, "status": 429, "retry_after": 1}})
    assert response.status_code == 200
    assert response.json()["faults"]["pending_failures"] == 2
    first = api.page()
    assert first.status_code == 429 and first.headers["Retry-After"] == "1"
    assert control({"reset": True}).json()["faults"] == {
        "latency": 0.0, "pending_failures": 0, "pending_drops": 0, "flaky_lists": 0.0,
        "flaky_writes": {"drop": 0.0, "error": 0.0, "limited": 0.0}, "ignore_expand": False,
    }
    assert api.page().status_code == 200

    control({"latency": 0.25})
    assert sandbox.faults.latency == 0.25
    assert _timed(api.page) >= 0.25
    control({"reset": True})

    control({"drop_next_create": 1})
    with pytest.raises(httpx.TransportError):
        api.create()
    assert len(api.page().json()["data"]) == 1

    control({"fail_next": {"count": 1, "status": 502}})
    assert api.page().status_code == 502
    assert anonymous.get("/_sandbox/faults").json()["faults"]["pending_failures"] == 0


@pytest.mark.parametrize(
    "command",
    [
        {"latency": "slow"},
        {"latency": -1},
        {"fail_next": {"count": 1, "status": 404}},
        {"fail_next": 3},
        {"fail_next": {"count": 1, "status": 429, "wait": 1}},
        {"drop_next_create": True},
        {"explode": True},
        {"reset": "yes"},
        {"flaky_lists": {"rate": 1.5}},
        {"flaky_lists": {"rate": 0.2, "retry_after": -1}},
        {"flaky_lists": {"rate": 0.2, "seed": "x"}},
        {"flaky_lists": 0.2},
        {"ignore_expand": "yes"},
    ],
)
def test_bad_fault_commands_are_400_and_change_nothing(
    sandbox: SandboxServer, anonymous: httpx.Client, command: dict[str, object]
) -> None:
    sandbox.faults.latency = 0.01
    before = sandbox.faults.snapshot()
    response = anonymous.post("/_sandbox/faults", json={"reset": True, "latency": 0, **command})
    assert_error(response, 400, "invalid_request_error")
    assert sandbox.faults.snapshot() == before


def test_non_json_fault_command_is_400(anonymous: httpx.Client) -> None:
    response = anonymous.post("/_sandbox/faults", content=b"latency=1")
    assert_error(response, 400, "invalid_request_error")


def test_flaky_lists_fail_a_share_of_list_requests_three_ways(
    sandbox: SandboxServer, api: Api, sandbox_key: str
) -> None:
    sandbox.seed_bulk(sandbox_key, count=3, seed=1)
    link_id = api.page().json()["data"][0]["id"]
    sandbox.faults.flaky_lists(0.2, seed=5, retry_after=0.5)
    outcomes: Counter[str] = Counter()
    for n in range(600):
        try:
            path = "/v1/checkout_links" if n % 2 else f"/v1/checkout_links/{link_id}/line_items"
            response = api.http.get(path)
        except httpx.TransportError:
            outcomes["dropped"] += 1
            continue
        outcomes[str(response.status_code)] += 1
        if response.status_code == 429:
            assert response.headers["Retry-After"] == "0.5"
            assert_error(response, 429, "rate_limit_error")
        elif response.status_code == 500:
            assert_error(response, 500, "api_error")
        else:
            assert response.status_code == 200
    failed = 600 - outcomes["200"]
    assert 80 <= failed <= 160, outcomes
    assert min(outcomes["500"], outcomes["429"], outcomes["dropped"]) >= 20, outcomes
    # Other requests never fail, and switching it off ends it.
    assert all(api.http.get(f"/v1/checkout_links/{link_id}").status_code == 200
               for _ in range(50))
    assert all(api.create().status_code == 200 for _ in range(20))
    sandbox.faults.flaky_lists(0)
    assert all(api.page().status_code == 200 for _ in range(50))


def test_flaky_lists_follow_their_seed(sandbox: SandboxServer, api: Api) -> None:
    runs = []
    for _ in range(2):
        sandbox.faults.flaky_lists(0.3, seed=8)
        statuses = []
        for _ in range(60):
            try:
                statuses.append(api.page().status_code)
            except httpx.TransportError:
                statuses.append(0)
        runs.append(statuses)
    assert runs[0] == runs[1] and set(runs[0]) == {0, 200, 429, 500}


def test_flaky_lists_over_http(sandbox: SandboxServer, anonymous: httpx.Client) -> None:
    command = {"flaky_lists": {"rate": 0.25, "seed": 3, "retry_after": 0.1}}
    response = anonymous.post("/_sandbox/faults", json=command)
    assert response.json()["faults"]["flaky_lists"] == 0.25
    assert anonymous.post("/_sandbox/faults", json={"reset": True}).json()["faults"][
        "flaky_lists"
    ] == 0.0


def test_flaky_writes_lose_answers_after_commit_and_refuse_before(
    sandbox: SandboxServer, api: Api
) -> None:
    """Of 600 creates, about a fifth are committed with their answer lost, a tenth are
    500 and a tenth 429 (Retry-After 0) — those two change nothing; lists never fail."""
    sandbox.faults.flaky_writes(drop=0.2, error=0.1, limited=0.1, seed=4)
    outcomes: Counter[str] = Counter()
    for n in range(600):
        try:
            response = api.create(api.body(title=f"w{n}"))
        except httpx.TransportError:
            outcomes["dropped"] += 1
            continue
        outcomes[str(response.status_code)] += 1
        if response.status_code == 429:
            assert response.headers["Retry-After"] == "0"
    assert 80 <= outcomes["dropped"] <= 160, outcomes
    assert 30 <= outcomes["500"] <= 90 and 30 <= outcomes["429"] <= 90, outcomes
    sandbox.faults.flaky_writes()
    stored = api.list_all()
    assert len(stored) == outcomes["200"] + outcomes["dropped"]
    # An update that loses its answer was carried out too.
    link = stored[0]
    sandbox.faults.flaky_writes(drop=1.0)
    with pytest.raises(httpx.TransportError):
        api.update(link["id"], {"active": False})
    sandbox.faults.reset()
    assert api.http.get(f"/v1/checkout_links/{link['id']}").json()["active"] is False


def test_flaky_writes_over_http_and_checked(
    sandbox: SandboxServer, anonymous: httpx.Client
) -> None:
    command = {"flaky_writes": {"drop": 0.2, "error": 0.1, "limited": 0.1, "seed": 2}}
    answer = anonymous.post("/_sandbox/faults", json=command).json()
    assert answer["faults"]["flaky_writes"] == {"drop": 0.2, "error": 0.1, "limited": 0.1}
    for bad in ({"drop": 0.8, "error": 0.5}, {"drop": -0.1}, {"often": 1}, [0.1]):
        response = anonymous.post("/_sandbox/faults", json={"flaky_writes": bad})
        assert response.status_code == 400, bad
    with pytest.raises(ValueError, match="at most 1"):
        sandbox.faults.flaky_writes(drop=0.6, error=0.6)
    assert anonymous.post("/_sandbox/faults", json={"reset": True}).json()["faults"][
        "flaky_writes"
    ] == {"drop": 0.0, "error": 0.0, "limited": 0.0}


def test_ignore_expand_answers_as_a_server_without_expand(
    sandbox: SandboxServer, api: Api, anonymous: httpx.Client
) -> None:
    link = api.create_ok()
    expand = {"expand[]": "data.line_items"}
    assert "line_items" in api.page(**expand).json()["data"][0]
    response = anonymous.post("/_sandbox/faults", json={"ignore_expand": True})
    assert response.json()["faults"]["ignore_expand"] is True
    assert api.page(**expand, limit=5).json()["data"] == [link]
    assert api.page(**{"expand[]": "nonsense"}).status_code == 200  # not even read
    one = api.http.get(f"/v1/checkout_links/{link['id']}", params={"expand[]": "line_items"})
    assert one.json() == link
    assert api.page(limit=500).status_code == 400  # everything else is still checked
    sandbox.faults.reset()
    assert "line_items" in api.page(**expand).json()["data"][0]
