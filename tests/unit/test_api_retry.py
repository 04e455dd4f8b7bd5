"""The retry loop and its delay computation, checked without a network.

An ``httpx.MockTransport`` stands in for the server here so every branch of the loop can be
driven exactly; the same behaviour is checked against the real sandbox in
``tests/integration/test_client_faults.py``.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from leanrails_desktop.core.api import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    IdempotencyError,
    InvalidRequestError,
    LeanRailsClient,
    NotFoundError,
    RateLimitError,
    RetryNotice,
)
from leanrails_desktop.core.api.client import (
    backoff_delay,
    parse_retry_after,
    retry_delay,
)

KEY = "sk_test_retryUnitKey0000abcd"
LINK = {"id": "cl_aaaaaaaaaaaa", "object": "checkout_link", "title": "T"}
ITEMS = [{"price": "price_3fg6hj9km1np", "quantity": 1}]

Handler = Callable[[httpx.Request], httpx.Response]


def error(status: int, type_: str, code: str | None = None, **headers: str) -> httpx.Response:
    body: dict[str, Any] = {"type": type_, "message": f"{type_} happened"}
    if code:
        body["code"] = code
    return httpx.Response(status, json={"error": body}, headers=headers)


class Recorder:
    """Answers requests from a script of responses and records what it was asked."""

    def __init__(self, *script: httpx.Response | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        return step


class Harness:
    def __init__(self, recorder: Recorder, **options: Any) -> None:
        self.recorder = recorder
        self.sleeps: list[float] = []
        self.notices: list[RetryNotice] = []
        self.client = LeanRailsClient(
            KEY,
            http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
            sleep=self.sleeps.append,
            on_retry=self.notices.append,
            **options,
        )

    @property
    def attempts(self) -> int:
        return len(self.recorder.requests)


@pytest.fixture
def make() -> Iterator[Callable[..., Harness]]:
    made: list[Harness] = []

    def build(*script: httpx.Response | Exception, **options: Any) -> Harness:
        harness = Harness(Recorder(*script), **options)
        made.append(harness)
        return harness

    yield build
    for harness in made:
        harness.client.close()


# ---------------------------------------------------------------- the delay computation


@pytest.mark.parametrize("retry", range(1, 12))
def test_backoff_stays_within_the_upper_half_of_a_doubling_capped_ceiling(retry: int) -> None:
    ceiling = min(20.0, 0.5 * 2 ** (retry - 1))
    assert backoff_delay(retry, rng=lambda: 0.0) == pytest.approx(ceiling / 2)
    assert backoff_delay(retry, rng=lambda: 1.0) == pytest.approx(ceiling)
    rng = random.Random(retry).random
    for _ in range(200):
        assert ceiling / 2 <= backoff_delay(retry, rng=rng) <= ceiling


def test_backoff_grows_then_stops_at_the_cap() -> None:
    ceilings = [backoff_delay(n, rng=lambda: 1.0, cap=5.0) for n in range(1, 8)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0, 5.0]
    assert backoff_delay(10_000, rng=lambda: 1.0) == 20.0  # no overflow on huge retry counts


def test_backoff_jitter_spreads_clients_apart() -> None:
    rng = random.Random(7).random
    draws = {round(backoff_delay(3, rng=rng), 6) for _ in range(50)}
    assert len(draws) > 40


def test_backoff_refuses_retry_zero() -> None:
    with pytest.raises(ValueError):
        backoff_delay(0)


def test_retry_after_wins_over_backoff_and_is_capped() -> None:
    assert retry_delay(1, 0.2, rng=lambda: 1.0) == 0.2
    assert retry_delay(5, 0.2, rng=lambda: 1.0) == 0.2
    assert retry_delay(1, 3600.0, max_delay=20.0) == 20.0
    assert retry_delay(1, -3.0) == 0.0
    assert retry_delay(2, None, rng=lambda: 1.0) == 1.0
    assert retry_delay(9, None, max_delay=3.0, rng=lambda: 1.0) == 3.0


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("2", 2.0), ("0.2", 0.2), (" 1.5 ", 1.5), ("0", 0.0), ("-4", 0.0), ("", None), (None, None),
     ("soon", None), ("nan", None), ("inf", None)],
)
def test_retry_after_header_parsing(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header) == seconds


def test_retry_after_as_an_http_date() -> None:
    now = 1_742_025_600.0  # Sat, 15 Mar 2025 08:00:00 GMT
    assert parse_retry_after("Sat, 15 Mar 2025 08:00:30 GMT", now=now) == pytest.approx(30.0)
    assert parse_retry_after("Sat, 15 Mar 2025 07:00:00 GMT", now=now) == 0.0


# ---------------------------------------------------------------- the loop


def test_rate_limit_waits_for_retry_after_then_succeeds_with_one_key(
    make: Callable[..., Harness],
) -> None:
    h = make(
        error(429, "rate_limit_error", "rate_limited", **{"Retry-After": "0.2"}),
        error(429, "rate_limit_error", "rate_limited", **{"Retry-After": "0.05"}),
        httpx.Response(200, json=LINK),
    )
    link = h.client.checkout_links.create(title="T", line_items=ITEMS)
    assert link.id == LINK["id"]
    assert h.sleeps == [0.2, 0.05]
    assert [n.attempt for n in h.notices] == [1, 2]
    assert [n.delay for n in h.notices] == [0.2, 0.05]
    assert h.notices[0].reason == "The server is busy (rate limited)"
    keys = {r.headers["Idempotency-Key"] for r in h.recorder.requests}
    assert len(keys) == 1 and h.attempts == 3
    bodies = {r.content for r in h.recorder.requests}
    assert len(bodies) == 1


def test_long_retry_after_is_capped_by_max_retry_delay(make: Callable[..., Harness]) -> None:
    h = make(
        error(429, "rate_limit_error", **{"Retry-After": "3600"}),
        httpx.Response(200, json=LINK),
        max_retry_delay=1.5,
    )
    h.client.checkout_links.retrieve("cl_aaaaaaaaaaaa")
    assert h.sleeps == [1.5]


def test_server_errors_use_jittered_backoff(make: Callable[..., Harness]) -> None:
    h = make(error(503, "api_error"), error(500, "api_error"), httpx.Response(200, json=LINK))
    h.client.checkout_links.retrieve("cl_aaaaaaaaaaaa")
    assert h.attempts == 3
    assert 0.25 <= h.sleeps[0] <= 0.5
    assert 0.5 <= h.sleeps[1] <= 1.0
    assert h.notices[0].reason == "LeanRails had a temporary problem (HTTP 503)"


@pytest.mark.parametrize(
    ("response", "exc_type"),
    [
        (error(500, "api_error"), APIError),
        (error(502, "api_error"), APIError),
        (error(429, "rate_limit_error", **{"Retry-After": "0.1"}), RateLimitError),
        (error(409, "idempotency_error", "idempotency_key_in_use"), IdempotencyError),
    ],
)
def test_exhausted_retries_raise_the_last_error(
    make: Callable[..., Harness], response: httpx.Response, exc_type: type[Exception]
) -> None:
    h = make(response, max_retries=3)
    with pytest.raises(exc_type) as info:
        h.client.checkout_links.create(title="T", line_items=ITEMS)
    assert h.attempts == 4
    assert len(h.sleeps) == 3
    assert info.value.__context__ is None or info.value.__suppress_context__


@pytest.mark.parametrize(
    ("response", "exc_type"),
    [
        (error(400, "invalid_request_error", "parameter_invalid"), InvalidRequestError),
        (error(400, "idempotency_error", "idempotency_key_reused"), IdempotencyError),
        (error(401, "authentication_error"), AuthenticationError),
        (error(404, "invalid_request_error", "resource_missing"), NotFoundError),
        (error(403, "permission_error"), APIError),
        (httpx.Response(200, text="not json"), APIError),
    ],
)
def test_other_failures_are_never_retried(
    make: Callable[..., Harness], response: httpx.Response, exc_type: type[Exception]
) -> None:
    h = make(response, max_retries=5)
    with pytest.raises(exc_type):
        h.client.checkout_links.create(title="T", line_items=ITEMS)
    assert h.attempts == 1
    assert h.sleeps == [] and h.notices == []


def test_max_retries_zero_means_one_attempt(make: Callable[..., Harness]) -> None:
    h = make(error(503, "api_error"), max_retries=0)
    with pytest.raises(APIError):
        h.client.checkout_links.list()
    assert h.attempts == 1


def test_connection_errors_are_retried_then_reported(make: Callable[..., Harness]) -> None:
    h = make(httpx.ConnectError("[Errno 111] Connection refused"), max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        h.client.checkout_links.list()
    assert h.attempts == 3
    assert str(info.value) == (
        "Could not reach LeanRails at api.leanrails.com: connection refused."
    )


def test_timeouts_are_retried_with_the_same_key(make: Callable[..., Harness]) -> None:
    h = make(httpx.ReadTimeout("timed out"), httpx.Response(200, json=LINK), timeout=7.5)
    h.client.checkout_links.update("cl_aaaaaaaaaaaa", active=False)
    assert h.attempts == 2
    first, second = h.recorder.requests
    assert first.headers["Idempotency-Key"] == second.headers["Idempotency-Key"]
    assert h.notices[0].reason == "The request timed out"


def test_timeout_message_names_the_limit(make: Callable[..., Harness]) -> None:
    h = make(httpx.ReadTimeout("timed out"), max_retries=0, timeout=30)
    with pytest.raises(APIConnectionError, match=r"timed out after 30 s\.$"):
        h.client.checkout_links.list()


def test_a_post_without_idempotency_key_is_retried_only_when_surely_unsent(
    make: Callable[..., Harness],
) -> None:
    cut = make(httpx.RemoteProtocolError("Server disconnected"), max_retries=3)
    with pytest.raises(APIConnectionError):
        cut.client.request("POST", "/v1/checkout_links", json_body={"title": "T"})
    assert cut.attempts == 1  # the server may have acted on it: not repeated blindly

    refused = make(httpx.ConnectError("refused"), httpx.Response(200, json=LINK))
    refused.client.request("POST", "/v1/checkout_links", json_body={"title": "T"})
    assert refused.attempts == 2  # never reached the server: safe to send again


def test_a_failing_progress_callback_does_not_fail_the_request() -> None:
    recorder = Recorder(error(503, "api_error"), httpx.Response(200, json=LINK))

    def broken(notice: RetryNotice) -> None:
        raise RuntimeError("UI went away")

    client = LeanRailsClient(
        KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        sleep=lambda seconds: None,
        on_retry=broken,
    )
    assert client.checkout_links.retrieve("cl_aaaaaaaaaaaa").id == LINK["id"]
    assert len(recorder.requests) == 2


def test_explicit_idempotency_key_is_sent_unchanged(make: Callable[..., Harness]) -> None:
    h = make(error(500, "api_error"), httpx.Response(200, json=LINK))
    h.client.checkout_links.create(title="T", line_items=ITEMS, idempotency_key="order-42")
    assert [r.headers["Idempotency-Key"] for r in h.recorder.requests] == ["order-42"] * 2


def test_each_create_gets_its_own_generated_key(make: Callable[..., Harness]) -> None:
    h = make(httpx.Response(200, json=LINK))
    h.client.checkout_links.create(title="T", line_items=ITEMS)
    h.client.checkout_links.create(title="T", line_items=ITEMS)
    first, second = (r.headers["Idempotency-Key"] for r in h.recorder.requests)
    assert first != second
    assert len(first) == 36  # a UUID


def test_gets_carry_no_idempotency_key(make: Callable[..., Harness]) -> None:
    h = make(httpx.Response(200, json={"object": "list", "data": [], "has_more": False}))
    h.client.checkout_links.list()
    assert "Idempotency-Key" not in h.recorder.requests[0].headers


def test_tls_failures_read_as_a_sentence(make: Callable[..., Harness]) -> None:
    failure = httpx.ConnectError(
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
        "self-signed certificate (_ssl.c:1006)"
    )
    h = make(failure, max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        h.client.checkout_links.list()
    assert str(info.value) == (
        "Could not reach LeanRails at api.leanrails.com: "
        "certificate verify failed: self-signed certificate."
    )


def test_retry_after_on_a_503_is_honoured_too(make: Callable[..., Harness]) -> None:
    h = make(error(503, "api_error", **{"Retry-After": "0.3"}), httpx.Response(200, json=LINK))
    h.client.checkout_links.retrieve("cl_aaaaaaaaaaaa")
    assert h.sleeps == [0.3]


# ---------------------------------------------------------------- each way a request fails


def test_backoff_says_why_it_refuses_retry_zero() -> None:
    with pytest.raises(ValueError) as refused:
        backoff_delay(0)
    assert str(refused.value) == "retry numbers start at 1"


def test_backoff_doubles_up_to_two_to_the_62nd() -> None:
    huge = float("inf")
    assert backoff_delay(63, initial=1.0, cap=huge, rng=lambda: 1.0) == 2.0**62
    assert backoff_delay(64, initial=1.0, cap=huge, rng=lambda: 1.0) == 2.0**62


@pytest.mark.parametrize(("draw", "fraction"), [(1.5, 1.0), (-0.5, 0.0), (0.5, 0.5)])
def test_backoff_clamps_a_draw_outside_zero_to_one(draw: float, fraction: float) -> None:
    assert backoff_delay(1, initial=4.0, cap=100.0, rng=lambda: draw) == 2.0 + 2.0 * fraction


def test_retry_delay_uses_the_initial_backoff_given() -> None:
    assert retry_delay(1, None, initial=4.0, max_delay=100.0, rng=lambda: 0.0) == 2.0
    assert retry_delay(3, None, initial=4.0, max_delay=100.0, rng=lambda: 1.0) == 16.0


def test_a_broken_progress_callback_is_logged_with_its_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder = Recorder(error(503, "api_error"), httpx.Response(200, json=LINK))

    def broken(notice: RetryNotice) -> None:
        raise RuntimeError("UI went away")

    with LeanRailsClient(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        sleep=lambda seconds: None, on_retry=broken,
    ) as client, caplog.at_level("WARNING", logger="leanrails_desktop.api"):
        client.checkout_links.retrieve("cl_aaaaaaaaaaaa")
    (record,) = [r for r in caplog.records if r.levelname == "WARNING"]
    assert record.getMessage() == "the on_retry callback raised; continuing"
    assert record.exc_info is not None and record.exc_info[0] is RuntimeError


# What each transport failure means for a POST without an idempotency key (retried only
# when the request surely never reached the server) and for a GET (always safe to repeat):
# (exception, retried POST, retried GET, reason told to on_retry, final message).
WHERE = "api.leanrails.com"
TRANSPORT_FAILURES = [
    (httpx.ConnectTimeout("slow"), True, True, "The connection timed out",
     f"Could not reach LeanRails at {WHERE}: timed out after 7.5 s."),
    (httpx.PoolTimeout("busy"), True, True, "The connection timed out",
     f"Could not reach LeanRails at {WHERE}: timed out after 7.5 s."),
    (httpx.ReadTimeout("slow"), False, True, "The request timed out",
     f"LeanRails at {WHERE} did not answer: timed out after 7.5 s."),
    (httpx.WriteTimeout("slow"), False, True, "The request timed out",
     f"LeanRails at {WHERE} did not answer: timed out after 7.5 s."),
    (httpx.RemoteProtocolError("gone"), False, True, "The connection was cut",
     f"LeanRails at {WHERE} closed the connection before answering completely."),
    (httpx.ConnectError("[Errno 111] Connection refused"), True, True,
     "LeanRails could not be reached",
     f"Could not reach LeanRails at {WHERE}: connection refused."),
    (httpx.ReadError("Connection reset by peer"), False, True, "The connection failed",
     f"The connection to LeanRails at {WHERE} failed: connection reset by peer."),
    (httpx.DecodingError("bad gzip"), False, False, None,
     f"The request to LeanRails at {WHERE} failed: bad gzip."),
]


@pytest.mark.parametrize(
    ("failure", "post_retried", "get_retried", "reason", "message"), TRANSPORT_FAILURES,
    ids=[type(case[0]).__name__ for case in TRANSPORT_FAILURES],
)
def test_each_transport_failure(
    make: Callable[..., Harness], failure: Exception, post_retried: bool, get_retried: bool,
    reason: str | None, message: str,
) -> None:
    post = make(failure, max_retries=1, timeout=7.5)
    with pytest.raises(APIConnectionError) as raised:
        post.client.request("POST", "/v1/checkout_links", json_body={"title": "T"})
    assert str(raised.value) == message
    assert post.attempts == (2 if post_retried else 1)
    assert [n.reason for n in post.notices] == ([reason] if post_retried else [])

    get = make(failure, max_retries=1, timeout=7.5)
    with pytest.raises(APIConnectionError):
        get.client.request("GET", "/v1/checkout_links")
    assert get.attempts == (2 if get_retried else 1)
    assert [n.reason for n in get.notices] == ([reason] if get_retried else [])
    assert [n.attempt for n in get.notices] == ([1] if get_retried else [])


@pytest.mark.parametrize(
    ("status", "retried", "reason"),
    [(409, True, "The previous attempt is still being processed"),
     (429, True, "The server is busy (rate limited)"),
     (500, True, "LeanRails had a temporary problem (HTTP 500)"),
     (503, True, "LeanRails had a temporary problem (HTTP 503)"),
     (400, False, None), (401, False, None), (404, False, None), (418, False, None)],
)
def test_which_statuses_are_retried_and_why(
    make: Callable[..., Harness], status: int, retried: bool, reason: str | None
) -> None:
    h = make(error(status, "api_error"), httpx.Response(200, json=LINK), max_retries=1)
    call = lambda: h.client.request("GET", "/v1/checkout_links/cl_aaaaaaaaaaaa")  # noqa: E731
    if retried:
        assert call() == LINK
        assert [n.reason for n in h.notices] == [reason]
    else:
        with pytest.raises(Exception):  # noqa: B017 - which error is checked elsewhere
            call()
        assert h.notices == []
    assert h.attempts == (2 if retried else 1)


def test_a_429_is_retried_even_for_a_post_without_a_key(make: Callable[..., Harness]) -> None:
    h = make(error(429, "rate_limit_error", **{"Retry-After": "0.3"}),
             httpx.Response(200, json=LINK))
    assert h.client.request("POST", "/v1/checkout_links", json_body={"t": 1}) == LINK
    assert h.sleeps == [0.3] and h.attempts == 2
    other = make(error(503, "api_error"), httpx.Response(200, json=LINK))
    with pytest.raises(APIError):
        other.client.request("POST", "/v1/checkout_links", json_body={"t": 1})
    assert other.attempts == 1  # the server may have acted on a 503'd POST


def test_unreadable_success_and_redirects_are_final(make: Callable[..., Harness]) -> None:
    for response, text in [
        (httpx.Response(200, content=b"<html>ok</html>"), "not valid JSON"),
        (httpx.Response(200, json=[1, 2]), "an unexpected response"),
        (httpx.Response(302, headers={"Location": "https://elsewhere"}), "a redirect (HTTP 302)"),
    ]:
        h = make(response, httpx.Response(200, json=LINK), max_retries=3)
        with pytest.raises(APIError, match=re.escape(text)):
            h.client.request("GET", "/v1/checkout_links")
        assert h.attempts == 1 and h.notices == []


def test_an_idempotent_create_is_retried_after_a_cut_connection(
    make: Callable[..., Harness],
) -> None:
    h = make(httpx.RemoteProtocolError("gone"), httpx.Response(200, json=LINK), max_retries=1)
    h.client.checkout_links.create(title="T", line_items=ITEMS, idempotency_key="k-1")
    assert h.attempts == 2
    assert [r.headers["Idempotency-Key"] for r in h.recorder.requests] == ["k-1", "k-1"]
    assert [n.reason for n in h.notices] == ["The connection was cut"]


@pytest.fixture
def tokyo_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's time zone set to one far from UTC, for the length of a test."""
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_http_date_without_a_zone_is_read_as_utc(tokyo_clock: None) -> None:
    now = 1_742_025_600.0  # 15 Mar 2025 08:00:00 UTC
    assert parse_retry_after("Sat, 15 Mar 2025 08:00:30 -0000", now=now) == pytest.approx(30.0)
    assert parse_retry_after("Sat, 15 Mar 2025 08:00:30 +0000", now=now) == pytest.approx(30.0)
    assert parse_retry_after("Sat, 15 Mar 2025 17:00:30 +0900", now=now) == pytest.approx(30.0)


def test_an_http_date_is_measured_from_the_clock_when_no_time_is_given() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # long past
    soon = parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT")
    assert soon is not None and soon > 2e11  # about 8,000 years


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(200, content=b"", headers={"Request-Id": "req_1"}),
         "LeanRails sent a response that is not valid JSON (HTTP 200); "
         "the result could not be read."),
        (httpx.Response(201, content=b"<html>", headers={"Request-Id": "req_1"}),
         "LeanRails sent a response that is not valid JSON (HTTP 201); "
         "the result could not be read."),
        (httpx.Response(200, json=["not", "an", "object"], headers={"Request-Id": "req_1"}),
         "LeanRails sent an unexpected response (HTTP 200); the result could not be read."),
        (httpx.Response(300, json={"id": "cl_aaaaaaaaaaaa"}, headers={"Request-Id": "req_1"}),
         "LeanRails answered with a redirect (HTTP 300); check the API address."),
        (httpx.Response(399, headers={"Request-Id": "req_1"}),
         "LeanRails answered with a redirect (HTTP 399); check the API address."),
    ],
)
def test_answers_that_cannot_be_used_are_final_and_say_why(
    make: Callable[..., Harness], response: httpx.Response, message: str
) -> None:
    h = make(response, httpx.Response(200, json=LINK), max_retries=2)
    with pytest.raises(APIError) as raised:
        h.client.request("GET", "/v1/checkout_links")
    error = raised.value
    assert error.message == message
    assert (error.status, error.request_id) == (response.status_code, "req_1")
    assert h.attempts == 1


def test_an_error_page_keeps_its_request_id(make: Callable[..., Harness]) -> None:
    page = httpx.Response(
        503, content=b"<html><title>Down</title></html>",
        headers={"Content-Type": "text/html", "Request-Id": "req_page"},
    )
    h = make(page, max_retries=0)
    with pytest.raises(APIError) as raised:
        h.client.request("GET", "/v1/checkout_links")
    assert (raised.value.status, raised.value.request_id) == (503, "req_page")


def test_the_body_goes_out_as_utf8_json(make: Callable[..., Harness]) -> None:
    h = make(httpx.Response(200, json=LINK))
    h.client.request("POST", "/v1/checkout_links", json_body={"title": "Café 🎧"},
                     idempotency_key="k-utf8")
    (sent,) = h.recorder.requests
    assert sent.content == '{"title": "Café 🎧"}'.encode()
    assert sent.headers["Content-Type"] == "application/json"


def test_a_head_request_is_safe_to_repeat(make: Callable[..., Harness]) -> None:
    h = make(error(503, "api_error"), max_retries=1)
    with pytest.raises(APIError):
        h.client.request("HEAD", "/v1/checkout_links")
    assert h.attempts == 2
    assert [n.reason for n in h.notices] == ["LeanRails had a temporary problem (HTTP 503)"]


def test_a_broken_injected_transport_is_a_connection_error_not_retried(
    make: Callable[..., Harness],
) -> None:
    for failure in (OSError("broken pipe"), ValueError("bad state")):
        h = make(failure, httpx.Response(200, json=LINK), max_retries=2)
        with pytest.raises(APIConnectionError) as raised:
            h.client.request("GET", "/v1/checkout_links")
        name = type(failure).__name__
        assert str(raised.value) == f"Could not reach LeanRails at api.leanrails.com: {name}."
        assert h.attempts == 1 and h.notices == []


def test_redirects_are_not_followed_even_by_a_client_that_would() -> None:
    recorder = Recorder(
        httpx.Response(302, headers={"Location": "https://evil.example/v1/checkout_links"}),
        httpx.Response(200, json=LINK),
    )
    eager = httpx.Client(transport=httpx.MockTransport(recorder), follow_redirects=True)
    with LeanRailsClient(KEY, http_client=eager, sleep=lambda s: None) as client, \
            pytest.raises(APIError, match=re.escape("a redirect (HTTP 302)")):
        client.request("GET", "/v1/checkout_links")
    assert [str(r.url) for r in recorder.requests] == [
        "https://api.leanrails.com/v1/checkout_links"
    ]


def test_the_clients_timeout_applies_to_an_injected_http_client() -> None:
    recorder = Recorder(httpx.Response(200, json=LINK))
    lax = httpx.Client(transport=httpx.MockTransport(recorder), timeout=99.0)
    with LeanRailsClient(KEY, http_client=lax, timeout=7.5) as client:
        client.request("GET", "/v1/checkout_links")
    (sent,) = recorder.requests
    assert sent.extensions["timeout"] == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}


def test_each_attempt_and_retry_is_logged(
    make: Callable[..., Harness], caplog: pytest.LogCaptureFixture
) -> None:
    import time

    def slow_refusal(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)
        raise httpx.ConnectError("refused")

    recorder = Recorder(
        error(429, "rate_limit_error", **{"Retry-After": "0.25", "Request-Id": "req_busy"}),
        httpx.Response(200, json=LINK, headers={"Request-Id": "req_ok"}),
    )
    h = Harness(recorder)
    with caplog.at_level("DEBUG", logger="leanrails_desktop.api"):
        h.client.request("GET", "/v1/checkout_links")
        with LeanRailsClient(
            KEY, http_client=httpx.Client(transport=httpx.MockTransport(slow_refusal)),
            max_retries=0,
        ) as refused, pytest.raises(APIConnectionError):
            refused.request("POST", "/v1/checkout_links", json_body={})
    h.client.close()
    lines = [r.getMessage() for r in caplog.records]
    assert re.fullmatch(r"GET /v1/checkout_links -> 429 in \d+ ms \(request req_busy\)", lines[0])
    assert lines[1] == (
        "GET /v1/checkout_links: The server is busy (rate limited); retry 1 of 2 in 0.25 s"
    )
    assert re.fullmatch(r"GET /v1/checkout_links -> 200 in \d+ ms \(request req_ok\)", lines[2])
    failed = re.fullmatch(
        r"POST /v1/checkout_links failed after (\d+) ms: APIConnectionError", lines[3]
    )
    assert failed is not None and 50 <= int(failed.group(1)) < 10_000
    assert len(lines) == 4


def test_an_answer_without_a_request_id_is_logged_with_a_dash(
    make: Callable[..., Harness], caplog: pytest.LogCaptureFixture
) -> None:
    h = make(httpx.Response(200, json=LINK))
    with caplog.at_level("DEBUG", logger="leanrails_desktop.api"):
        h.client.request("GET", "/v1/checkout_links")
    (line,) = [r.getMessage() for r in caplog.records]
    assert re.fullmatch(r"GET /v1/checkout_links -> 200 in \d+ ms \(request -\)", line)
