"""The client's transport rules checked without a network: configuration, headers, request
bodies, error mapping, and that the secret key never leaks.

The same behaviour is exercised against the real sandbox in ``tests/integration``.
"""

from __future__ import annotations

import base64
import json
import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from leanrails_desktop import __version__
from leanrails_desktop.core.api import (
    NOT_GIVEN,
    AfterCompletion,
    APIConnectionError,
    APIError,
    AuthenticationError,
    CompletedSessions,
    ConfigurationError,
    HostedConfirmation,
    IdempotencyError,
    InvalidRequestError,
    LeanRailsClient,
    LeanRailsError,
    LineItem,
    NotFoundError,
    RateLimitError,
    Redirect,
    Restrictions,
)
from leanrails_desktop.core.api.checkout_links import path_segment

KEY = "sk_test_UnitTestSecretKey9876wxyz"
KEY_B64 = base64.b64encode(f"{KEY}:".encode()).decode()
LINK = {"id": "cl_aaaaaaaaaaaa", "object": "checkout_link", "title": "T"}


def client_for(
    handler: Callable[[httpx.Request], httpx.Response], **options: Any
) -> LeanRailsClient:
    options.setdefault("sleep", lambda seconds: None)
    return LeanRailsClient(
        KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
    )


class Capture:
    def __init__(self, response: httpx.Response | None = None) -> None:
        self.response = response or httpx.Response(200, json=LINK)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.response

    @property
    def body(self) -> Any:
        return json.loads(self.requests[-1].content)


def leak_texts(exc: BaseException) -> str:
    return "\n".join(
        [str(exc), repr(exc), *traceback.format_exception(exc), str(vars(exc))]
    )


def assert_no_key(text: str) -> None:
    assert KEY not in text
    assert KEY_B64 not in text
    assert KEY_B64.rstrip("=") not in text
    assert KEY[8:] not in text  # not even the key without its prefix


# ---------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    "url",
    ["http://api.leanrails.com", "http://10.0.0.5:8080", "http://localhost.example.com",
     "http://127.0.0.1.nip.io", "ftp://api.leanrails.com", "", "https://",
     "https://user:pw@api.leanrails.com", "https://api.leanrails.com/?x=1", "https://h:99999",
     "https://api.leanrails.com/a b", "https://exa mple.com"],
)
def test_unsafe_or_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        LeanRailsClient(KEY, base_url=url)


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://api.leanrails.com/", "https://api.leanrails.com"),
        ("https://api.leanrails.com///", "https://api.leanrails.com"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        ("http://127.10.20.30:1", "http://127.10.20.30:1"),
        ("http://localhost:8765", "http://localhost:8765"),
        ("http://LOCALHOST", "http://localhost"),
        ("api.leanrails.com", "https://api.leanrails.com"),
        ("http://[::1]:8765/", "http://[::1]:8765"),
        ("https://proxy.example.com/leanrails/", "https://proxy.example.com/leanrails"),
    ],
)
def test_https_and_loopback_http_are_accepted(url: str, kept: str) -> None:
    with LeanRailsClient(KEY, base_url=url) as client:
        assert client.base_url == kept


def test_refusal_message_does_not_carry_the_key() -> None:
    with pytest.raises(ConfigurationError) as info:
        LeanRailsClient(KEY, base_url="http://api.leanrails.com")
    assert "plain http" in str(info.value)
    assert_no_key(leak_texts(info.value))


@pytest.mark.parametrize("key", ["", "   ", " sk_test_abc", "sk_test_abc\n", "sk_test_ä"])
def test_unusable_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        LeanRailsClient(key)
    if key.strip():
        assert key.strip() not in str(info.value)


@pytest.mark.parametrize(
    "options", [{"max_retries": -1}, {"max_retries": True}, {"timeout": 0}, {"max_retry_delay": -1}]
)
def test_bad_options_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        LeanRailsClient(KEY, **options)


def test_repr_shows_only_a_masked_key() -> None:
    with LeanRailsClient(KEY) as client:
        text = repr(client)
        assert text == "LeanRailsClient(base_url='https://api.leanrails.com', key='sk_test_…wxyz')"
        assert client.key_hint == "sk_test_…wxyz"
        assert_no_key(text + str(client))


def test_an_injected_http_client_is_left_open_and_an_own_one_closed() -> None:
    injected = httpx.Client(transport=httpx.MockTransport(Capture()))
    LeanRailsClient(KEY, http_client=injected).close()
    assert not injected.is_closed
    injected.close()
    with LeanRailsClient(KEY) as own:
        pass
    assert own._http.is_closed


# ---------------------------------------------------------------- requests


def test_headers_auth_and_user_agent() -> None:
    capture = Capture()
    with client_for(capture) as client:
        client.checkout_links.create(title="T", line_items=[{"price": "price_x", "quantity": 1}])
    request = capture.requests[0]
    assert request.method == "POST"
    assert str(request.url) == "https://api.leanrails.com/v1/checkout_links"
    user, _, password = base64.b64decode(
        request.headers["Authorization"].removeprefix("Basic ")
    ).decode().partition(":")
    assert (user, password) == (KEY, "")
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Content-Type"] == "application/json"
    agent = request.headers["User-Agent"]
    assert agent.startswith(f"LeanRailsDesktop/{__version__} (python-httpx/{httpx.__version__}; ")
    assert agent.endswith(")")


def test_create_sends_only_what_was_given() -> None:
    capture = Capture()
    with client_for(capture) as client:
        client.checkout_links.create(title="T", line_items=[{"price": "price_x", "quantity": 2}])
    assert capture.body == {"title": "T", "line_items": [{"price": "price_x", "quantity": 2}]}


def test_create_accepts_typed_objects_and_dicts_alike() -> None:
    capture = Capture()
    with client_for(capture) as client:
        client.checkout_links.create(
            title="Donation",
            line_items=[
                LineItem(id="clli_1", price="price_a", quantity=3),
                {"price_data": {"currency": "jpy", "product": "prod_b", "unit_amount": 3500},
                 "quantity": 1},
            ],
            description="",
            after_completion=AfterCompletion(
                "hosted_confirmation", hosted_confirmation=HostedConfirmation("Thank you!")
            ),
            billing_address_collection="required",
            allow_promotion_codes=False,
            restrictions=Restrictions(CompletedSessions(50)),
            submit_type="donate",
            metadata={"campaign": "spring"},
        )
    assert capture.body == {
        "title": "Donation",
        "line_items": [
            {"price": "price_a", "quantity": 3},
            {"price_data": {"currency": "jpy", "product": "prod_b", "unit_amount": 3500},
             "quantity": 1},
        ],
        "description": "",
        "after_completion": {
            "type": "hosted_confirmation",
            "hosted_confirmation": {"custom_message": "Thank you!"},
        },
        "billing_address_collection": "required",
        "allow_promotion_codes": False,
        "restrictions": {"completed_sessions": {"limit": 50}},
        "submit_type": "donate",
        "metadata": {"campaign": "spring"},
    }


def test_update_sends_only_passed_fields_and_none_as_null() -> None:
    capture = Capture()
    with client_for(capture) as client:
        client.checkout_links.update("cl_aaaaaaaaaaaa", active=False, inactive_message="Ended")
        assert capture.body == {"active": False, "inactive_message": "Ended"}
        client.checkout_links.update(
            "cl_aaaaaaaaaaaa", restrictions=None, description=None, inactive_message=None
        )
        assert capture.body == {"restrictions": None, "description": None, "inactive_message": None}
        client.checkout_links.update(
            "cl_aaaaaaaaaaaa",
            after_completion=AfterCompletion("redirect", redirect=Redirect("https://a.example/")),
            metadata={"old": ""},
            title=NOT_GIVEN,
        )
        assert capture.body == {
            "after_completion": {"type": "redirect", "redirect": {"url": "https://a.example/"}},
            "metadata": {"old": ""},
        }
    assert str(capture.requests[0].url) == "https://api.leanrails.com/v1/checkout_links/cl_aaaaaaaaaaaa"
    assert capture.requests[0].headers["Idempotency-Key"]


def test_update_accepts_the_keyword_dict_the_editor_builds() -> None:
    capture = Capture()
    params: dict[str, Any] = {"title": "New", "restrictions": None, "metadata": {"a": "1"}}
    with client_for(capture) as client:
        client.checkout_links.update("cl_aaaaaaaaaaaa", **params)
    assert capture.body == params


def test_list_query_parameters() -> None:
    capture = Capture(httpx.Response(200, json={"object": "list", "data": [], "has_more": False}))
    with client_for(capture) as client:
        client.checkout_links.list()
        client.checkout_links.list(limit=100, active=False, cursor="abc|def")
        client.checkout_links.list_line_items("cl_x", limit=5)
    first, second, third = (r.url for r in capture.requests)
    assert first.params.multi_items() == []
    assert sorted(second.params.multi_items()) == [
        ("active", "false"), ("cursor", "abc|def"), ("limit", "100")
    ]
    assert third.path == "/v1/checkout_links/cl_x/line_items"
    assert third.params["limit"] == "5"


@pytest.mark.parametrize(
    ("link_id", "raw_path"),
    [
        ("cl_abc", b"/v1/checkout_links/cl_abc"),
        ("../../v1/other", b"/v1/checkout_links/%2E%2E%2F%2E%2E%2Fv1%2Fother"),
        ("..", b"/v1/checkout_links/%2E%2E"),
        ("a?b#c d", b"/v1/checkout_links/a%3Fb%23c%20d"),
    ],
)
def test_ids_cannot_escape_their_path_segment(link_id: str, raw_path: bytes) -> None:
    capture = Capture()
    with client_for(capture) as client:
        client.checkout_links.retrieve(link_id)
    assert capture.requests[0].url.raw_path == raw_path


def test_empty_id_is_refused_before_any_request() -> None:
    capture = Capture()
    with client_for(capture) as client, pytest.raises(ValueError):
        client.checkout_links.retrieve("")
    assert capture.requests == []
    assert path_segment("cl_x") == "cl_x"


def test_iter_follows_cursors_lazily() -> None:
    pages = {
        None: {"data": [{"id": "cl_3"}, {"id": "cl_2"}], "has_more": True, "next_cursor": "c1"},
        "c1": {"data": [{"id": "cl_1"}], "has_more": False, "next_cursor": None},
    }
    capture = Capture()

    def handler(request: httpx.Request) -> httpx.Response:
        capture.requests.append(request)
        return httpx.Response(200, json=pages[request.url.params.get("cursor")])

    with client_for(handler) as client:
        links = client.checkout_links.iter(page_size=2)
        assert capture.requests == []  # nothing fetched until iterated
        assert next(links).id == "cl_3"
        assert len(capture.requests) == 1
        assert [link.id for link in links] == ["cl_2", "cl_1"]
    assert [r.url.params.get("limit") for r in capture.requests] == ["2", "2"]


def test_iter_stops_on_a_cursor_loop() -> None:
    page = {"data": [{"id": "cl_1"}], "has_more": True, "next_cursor": "same"}
    with client_for(lambda r: httpx.Response(200, json=page)) as client, pytest.raises(APIError):
        list(client.checkout_links.iter())


# ---------------------------------------------------------------- error mapping


def api_error(status: int, body: dict[str, Any], **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": body}, headers={"Request-Id": "req_1", **headers})


@pytest.mark.parametrize(
    ("response", "exc_type"),
    [
        (api_error(401, {"type": "authentication_error", "message": "Bad key."}),
         AuthenticationError),
        (api_error(404, {"type": "invalid_request_error", "code": "resource_missing",
                         "message": "No such checkout link."}), NotFoundError),
        (api_error(400, {"type": "invalid_request_error", "code": "parameter_invalid",
                         "message": "Bad.", "param": "line_items[0][quantity]"}),
         InvalidRequestError),
        (api_error(400, {"type": "idempotency_error", "message": "Reused."}), IdempotencyError),
        (api_error(409, {"type": "idempotency_error", "message": "In flight."}), IdempotencyError),
        (api_error(429, {"type": "rate_limit_error", "message": "Slow down."},
                   **{"Retry-After": "1.5"}), RateLimitError),
        (api_error(500, {"type": "api_error", "message": "Oops."}), APIError),
        (api_error(503, {"type": "api_error", "message": "Oops."}), APIError),
        (api_error(400, {"type": "card_error", "message": "Unknown type."}), APIError),
        (api_error(402, {"message": "No type at all."}), APIError),
    ],
)
def test_errors_map_by_status_and_type(response: httpx.Response, exc_type: type) -> None:
    with client_for(lambda r: response, max_retries=0) as client, pytest.raises(
        LeanRailsError
    ) as info:
        client.checkout_links.retrieve("cl_x")
    assert type(info.value) is exc_type
    assert info.value.status == response.status_code
    assert info.value.request_id == "req_1"
    assert info.value.message == response.json()["error"]["message"]


def test_error_fields_are_filled() -> None:
    response = api_error(400, {"type": "invalid_request_error", "code": "parameter_invalid",
                               "message": "Quantity must be 1-999.",
                               "param": "line_items[0][quantity]"})
    with client_for(lambda r: response) as client, pytest.raises(InvalidRequestError) as info:
        client.checkout_links.create(title="T", line_items=[{"price": "p", "quantity": 0}])
    exc = info.value
    assert (exc.status, exc.type, exc.code, exc.param, exc.request_id) == (
        400, "invalid_request_error", "parameter_invalid", "line_items[0][quantity]", "req_1"
    )
    assert str(exc) == "Quantity must be 1-999. (HTTP 400) [request req_1]"


def test_rate_limit_error_carries_retry_after() -> None:
    response = api_error(429, {"type": "rate_limit_error", "message": "Slow."},
                         **{"Retry-After": "2.5"})
    with client_for(lambda r: response, max_retries=0) as client, pytest.raises(
        RateLimitError
    ) as info:
        client.checkout_links.list()
    assert info.value.retry_after == 2.5


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (httpx.Response(502, text="<html><head><title>502 Bad Gateway</title></head><body>"
                        + "<script>var x=1;</script>" + "junk " * 5000 + "</body></html>",
                        headers={"Content-Type": "text/html"}),
         "LeanRails answered with an HTML page instead of JSON: “502 Bad Gateway”."),
        (httpx.Response(503, text=""), "LeanRails sent an empty answer."),
        (httpx.Response(500, text="upstream connect error"),
         "LeanRails sent an answer that is not JSON: "
         "“upstream connect error”."),
        (httpx.Response(500, json=["not", "an", "object"]),
         'LeanRails sent an error without details: “["not","an","object"]”.'),
    ],
)
def test_unreadable_error_bodies_become_clean_sentences(
    response: httpx.Response, expected: str
) -> None:
    with client_for(lambda r: response, max_retries=0) as client, pytest.raises(APIError) as info:
        client.checkout_links.list()
    assert info.value.message == expected
    assert len(info.value.message) < 200
    assert info.value.status == response.status_code


def test_html_without_title_is_excerpted_short_and_tag_free() -> None:
    html = "<html><body><h1>Gateway   error</h1>\n<p>" + "x" * 500 + "</p></body></html>"
    response = httpx.Response(502, text=html, headers={"Content-Type": "text/html"})
    with client_for(lambda r: response, max_retries=0) as client, pytest.raises(APIError) as info:
        client.checkout_links.list()
    assert "<" not in info.value.message
    assert "Gateway error" in info.value.message
    assert len(info.value.message) < 160


@pytest.mark.parametrize(
    ("response", "fragment"),
    [
        (httpx.Response(200, text="{oops"), "not valid JSON"),
        (httpx.Response(200, json=[1, 2]), "unexpected response"),
        (httpx.Response(200, json={"object": "checkout_link", "title": "no id"}), "has no id"),
        (httpx.Response(200, json={"data": [{"title": "no id"}], "has_more": False}),
         "could not be read"),
        (httpx.Response(200, json={"data": "cl_1,cl_2", "has_more": True}), "could not be read"),
        (httpx.Response(301, headers={"Location": "http://elsewhere/"}), "redirect"),
    ],
)
def test_unusable_success_responses_raise_api_error(
    response: httpx.Response, fragment: str
) -> None:
    with client_for(lambda r: response) as client, pytest.raises(APIError, match=fragment):
        if response.status_code == 200 and "data" in response.text:
            client.checkout_links.list()
        else:
            client.checkout_links.retrieve("cl_x")


# ---------------------------------------------------------------- the key never leaks


def test_key_is_not_in_connection_errors_even_if_httpx_puts_it_there() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(
            f"boom {request.headers['Authorization']} {KEY}", request=request
        )

    with client_for(handler, max_retries=1) as client, pytest.raises(APIConnectionError) as info:
        client.checkout_links.list()
    assert_no_key(leak_texts(info.value))
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__


def test_key_is_not_in_errors_even_if_the_server_echoes_it() -> None:
    response = api_error(401, {"type": "authentication_error",
                               "message": f"Invalid API key provided: {KEY}",
                               "param": KEY_B64})
    with client_for(lambda r: response) as client, pytest.raises(AuthenticationError) as info:
        client.checkout_links.list()
    assert_no_key(leak_texts(info.value))
    assert "sk_test_…wxyz" in info.value.message


def test_key_is_not_in_html_excerpts() -> None:
    response = httpx.Response(502, text=f"<title>Proxy rejected Basic {KEY_B64}</title>")
    with client_for(lambda r: response, max_retries=0) as client, pytest.raises(APIError) as info:
        client.checkout_links.list()
    assert_no_key(leak_texts(info.value))


def test_log_lines_carry_method_path_status_and_request_id_but_no_key(
    caplog: pytest.LogCaptureFixture,
) -> None:
    responses = iter([
        api_error(503, {"type": "api_error", "message": "busy"}),
        httpx.Response(200, json=LINK, headers={"Request-Id": "req_ok"}),
    ])
    caplog.set_level(logging.DEBUG, logger="leanrails_desktop.api")
    with client_for(lambda r: next(responses)) as client:
        client.checkout_links.retrieve("cl_aaaaaaaaaaaa")
    lines = [r.getMessage() for r in caplog.records if r.name == "leanrails_desktop.api"]
    assert any(
        "GET /v1/checkout_links/cl_aaaaaaaaaaaa -> 200" in line and "req_ok" in line
        for line in lines
    )
    assert any("503" in line and "retry 1 of 2" in line for line in lines)
    for line in lines:
        assert_no_key(line)


def test_https_bases_verify_certificates_and_plain_http_loads_none() -> None:
    # A guard on the start-up shortcut: only a plain-http base (the local sandbox, which
    # never speaks TLS) skips loading the certificate store; every https base verifies.
    import ssl

    def verify_mode(client: LeanRailsClient) -> ssl.VerifyMode:
        transport = client._http._transport  # httpx internals, read only
        return transport._pool._ssl_context.verify_mode  # type: ignore[attr-defined,no-any-return]

    with LeanRailsClient(api_key="sk_test_abc123", base_url="https://api.example.com") as secure:
        assert verify_mode(secure) == ssl.CERT_REQUIRED
    with LeanRailsClient(api_key="sk_test_abc123", base_url="http://127.0.0.1:8765") as local:
        assert verify_mode(local) == ssl.CERT_NONE
