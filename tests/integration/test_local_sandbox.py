"""The bundled sandbox as the app starts it, and the demo key it tells the app over HTTP."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.local_sandbox import (
    HEALTH_PATH,
    LocalSandbox,
    SandboxStartError,
    demo_key,
)
from leanrails_desktop.sandbox import DEMO_KEY, SandboxServer


def test_the_app_learns_the_demo_key_from_the_running_sandbox(tmp_path: Path) -> None:
    sandbox = LocalSandbox.start(tmp_path / "sandbox.db", seed_demo=True)
    try:
        key = demo_key(sandbox.base_url)
        with LeanRailsClient(api_key=key, base_url=sandbox.base_url) as client:
            titles = [link.title for link in client.checkout_links.iter()]
    finally:
        sandbox.stop()
    assert key == DEMO_KEY
    assert len(titles) >= 10 and "Premium Headphones" in titles


def test_an_in_process_sandbox_tells_the_same_key(sandbox: SandboxServer) -> None:
    assert demo_key(sandbox.base_url) == DEMO_KEY


def test_nothing_listening_is_a_start_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SandboxStartError, match="did not say which test key"):
        demo_key(f"http://127.0.0.1:{port}", timeout=1.0)


class _Impostor(BaseHTTPRequestHandler):
    answer: bytes = b""

    def do_GET(self) -> None:
        status = 200 if self.path == HEALTH_PATH else 404
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.answer)))
        self.end_headers()
        self.wfile.write(self.answer)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def impostor() -> Iterator[tuple[str, type[_Impostor]]]:
    """Another program on a loopback port that answers the health path its own way."""
    handler = type("Handler", (_Impostor,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "answer",
    [
        b"{\"ok\": true}",
        b"not json",
        b"[\"sk_test_0123456789abcdef\"]",
        json.dumps({"ok": True, "demo_key": 12345678}).encode(),
        json.dumps({"ok": True, "demo_key": "pk_test_0123456789abcdef"}).encode(),
        json.dumps({"ok": True, "demo_key": "sk_test_short"}).encode(),
        json.dumps({"ok": True, "demo_key": "sk_live_0123456789abcdef"}).encode(),
    ],
)
def test_a_health_answer_without_a_usable_test_key_is_refused(
    impostor: tuple[str, type[_Impostor]], answer: bytes
) -> None:
    url, handler = impostor
    handler.answer = answer
    with pytest.raises(SandboxStartError) as caught:
        demo_key(url)
    assert "0123456789abcdef" not in str(caught.value)


def test_an_offered_test_key_is_taken_as_offered(impostor: tuple[str, type[_Impostor]]) -> None:
    url, handler = impostor
    handler.answer = json.dumps({"ok": True, "demo_key": " sk_test_0123456789abcdef\n"}).encode()
    assert demo_key(url) == "sk_test_0123456789abcdef"
