"""Transport over real sockets: what goes on the wire, proxies answering HTML, and the secret
key never showing up in errors, tracebacks or logs."""

from __future__ import annotations

import base64
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from integration_helpers import ITEMS

from leanrails_desktop import __version__
from leanrails_desktop.core.api import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    ConfigurationError,
    InvalidRequestError,
    LeanRailsClient,
    LeanRailsError,
    NotFoundError,
)
from leanrails_desktop.sandbox import SandboxServer

PROXY_PAGE = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
    "<style>body { font-family: sans-serif; }</style></head>"
    "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
    + "<!-- padding -->" * 400
    + "</body></html>"
)


class ProxyHandler(BaseHTTPRequestHandler):
    """Answers every request like a broken reverse proxy, and remembers the headers."""

    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[dict[str, str]]] = []
    status: ClassVar[int] = 502

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.rfile.read(length)
        self._answer()

    def _answer(self) -> None:
        type(self).seen.append(dict(self.headers.items()))
        payload = PROXY_PAGE.encode()
        self.send_response(type(self).status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Connection", "close")  # one request per connection: quick shutdown
        self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def proxy() -> Iterator[str]:
    ProxyHandler.seen = []
    server = HTTPServer(("127.0.0.1", 0), ProxyHandler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def key_forms(key: str) -> list[str]:
    encoded = base64.b64encode(f"{key}:".encode()).decode()
    return [key, key.removeprefix("sk_test_"), encoded, encoded.rstrip("=")]


def everything_printed_about(exc: BaseException) -> str:
    return "\n".join(
        [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
    )


def test_html_error_page_from_a_proxy_becomes_a_clean_api_error(
    proxy: str, make_client: Callable[..., LeanRailsClient]
) -> None:
    client = make_client(base_url=proxy, max_retries=1, max_retry_delay=0.01)
    with pytest.raises(APIError) as info:
        client.checkout_links.create(title="T", line_items=ITEMS)
    error = info.value
    assert error.message == (
        "LeanRails answered with an HTML page instead of JSON: “502 Bad Gateway”."
    )
    assert error.status == 502
    assert "<" not in str(error)
    assert len(ProxyHandler.seen) == 2  # a 502 is retried once, then reported
    keys = {headers["Idempotency-Key"] for headers in ProxyHandler.seen}
    assert len(keys) == 1


def test_what_goes_on_the_wire(proxy: str, make_client: Callable[..., LeanRailsClient],
                               sandbox_key: str) -> None:
    client = make_client(base_url=proxy + "/", max_retries=0)
    with pytest.raises(APIError):
        client.checkout_links.list(limit=3)
    headers = {name.lower(): value for name, value in ProxyHandler.seen[0].items()}
    expected_auth = base64.b64encode(f"{sandbox_key}:".encode()).decode()
    assert headers["authorization"] == f"Basic {expected_auth}"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith(
        f"LeanRailsDesktop/{__version__} (python-httpx/{httpx.__version__}; "
    )
    assert "idempotency-key" not in headers


def test_a_non_https_remote_address_is_refused_before_connecting(sandbox_key: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        LeanRailsClient(api_key=sandbox_key, base_url="http://api.leanrails.com")
    assert "https" in info.value.message
    for form in key_forms(sandbox_key):
        assert form not in everything_printed_about(info.value)


def collect_errors(
    sandbox: SandboxServer, client: LeanRailsClient, sandbox_key: str, proxy: str,
    make_client: Callable[..., LeanRailsClient],
) -> list[LeanRailsError]:
    caught: list[LeanRailsError] = []

    def expect(kind: type[LeanRailsError], call: Callable[[], object]) -> None:
        with pytest.raises(kind) as info:
            call()
        caught.append(info.value)

    expect(InvalidRequestError, lambda: client.checkout_links.create(title="", line_items=ITEMS))
    expect(NotFoundError, lambda: client.checkout_links.retrieve("cl_000000000000"))
    expect(APIError, make_client(base_url=proxy, max_retries=0).checkout_links.list)
    sandbox.faults.latency = 0.4
    expect(APIConnectionError, make_client(timeout=0.1, max_retries=0).checkout_links.list)
    sandbox.faults.reset()
    sandbox.faults.drop_next_create_response()
    expect(
        APIConnectionError,
        lambda: make_client(max_retries=0).checkout_links.create(title="T", line_items=ITEMS),
    )
    sandbox.revoke_key(sandbox_key)
    expect(AuthenticationError, client.checkout_links.list)
    return caught


def test_the_key_never_appears_in_errors_or_tracebacks(
    sandbox: SandboxServer, client: LeanRailsClient, sandbox_key: str, proxy: str,
    make_client: Callable[..., LeanRailsClient],
) -> None:
    caught = collect_errors(sandbox, client, sandbox_key, proxy, make_client)
    assert len(caught) == 6
    for error in caught:
        text = everything_printed_about(error)
        for form in key_forms(sandbox_key):
            assert form not in text, type(error).__name__
        assert error.__cause__ is None
        assert error.__suppress_context__ or error.__context__ is None
    assert sandbox_key not in repr(client)
    assert repr(client).endswith(f"key='sk_test_…{sandbox_key[-4:]}')")


def test_log_lines_name_the_request_but_never_the_key(
    sandbox: SandboxServer, client: LeanRailsClient, sandbox_key: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="leanrails_desktop.api")
    link = client.checkout_links.create(title="Logged", line_items=ITEMS)
    sandbox.faults.fail_next(1, status=500)
    client.checkout_links.retrieve(link.id)
    lines = [r.getMessage() for r in caplog.records if r.name == "leanrails_desktop.api"]
    assert any(line.startswith("POST /v1/checkout_links -> 200 in ") and "req_" in line
               for line in lines)
    assert any(f"GET /v1/checkout_links/{link.id}: LeanRails had a temporary problem (HTTP 500)"
               in line for line in lines)
    for line in lines:
        for form in key_forms(sandbox_key):
            assert form not in line
