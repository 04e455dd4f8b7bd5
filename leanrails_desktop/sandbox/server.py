"""The sandbox's HTTP server: ``/v1`` API, fault control, hosted checkout pages.

Each connection is served on its own daemon thread; ``stop`` closes open keep-alive
connections and waits for their threads, so nothing touches the database after it closes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import selectors
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from leanrails_desktop.sandbox import demo, errors, ids, keys, pages
from leanrails_desktop.sandbox.api import LINKS_PATH, Api, ApiRequest, ApiResponse
from leanrails_desktop.sandbox.faults import DROP, Faults, Hold
from leanrails_desktop.sandbox.paging import EXPAND
from leanrails_desktop.sandbox.store import Store
from leanrails_desktop.sandbox.validation import LINE_ITEMS_MAX

log = logging.getLogger("leanrails_desktop.sandbox")

MAX_BODY_BYTES = 1024 * 1024


class _Pause:
    """Sleeps for the injected latency (and waits out a hold) the first time it is called,
    never again."""

    def __init__(self, seconds: float, hold: Hold | None = None) -> None:
        self._seconds = seconds
        self._hold = hold
        self._done = False

    def __call__(self) -> None:
        if not self._done:
            self._done = True
            if self._hold is not None:
                self._hold.block()
            if self._seconds > 0:
                time.sleep(self._seconds)


class _Server(HTTPServer):
    """An HTTP server that stops at once when asked and can end all its connections."""

    def __init__(self, address: tuple[str, int], sandbox: SandboxServer) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.sandbox = sandbox
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._connections_lock = threading.Lock()
        self._stopping = threading.Event()
        # Writing to this pair wakes the accept loop, so stopping never waits for a poll.
        self._wake_reader, self._wake_writer = socket.socketpair()
        super().__init__(address, _Handler)

    def serve(self) -> None:
        """Accept connections until :meth:`stop_serving` is called."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.socket, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self.socket and not self._stopping.is_set():
                        self.handle_request()

    def stop_serving(self) -> None:
        """Make :meth:`serve` return promptly."""
        self._stopping.set()
        self._wake_writer.send(b"\0")

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), daemon=True
        )
        with self._connections_lock:
            self._connections[request] = thread
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.pop(request, None)
            self.shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended with an error", client_address, exc_info=True)

    def close_connections(self, timeout: float) -> None:
        """Shut down every open connection and wait for its thread to end."""
        with self._connections_lock:
            connections = list(self._connections.items())
        for sock, _ in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for _, thread in connections:
            thread.join(max(0.0, deadline - time.monotonic()))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LeanRailsSandbox/1"
    # Headers and body go out in separate writes; without this, Nagle's algorithm and the
    # client's delayed ACK add about 40 ms to every keep-alive response.
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def _dispatch(self) -> None:
        started = time.monotonic()
        request_id = ids.request_id()
        sandbox = self.server.sandbox
        parts = urlsplit(self.path)
        path, query = parts.path, parts.query
        status: int | str
        try:
            status, masked = self._route(request_id, sandbox, path, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
            status, masked = "disconnected", "-"
        except Exception:
            log.exception("%s", keys.scrub(f"Unexpected error serving {self.command} {path}"))
            self.close_connection = True
            status, masked = 500, "-"
            error = errors.SandboxError(
                500, "api_error", None, "The sandbox failed unexpectedly; see its log."
            )
            with contextlib.suppress(OSError):
                self._send_json(500, error.body(), request_id)
        elapsed = (time.monotonic() - started) * 1000
        log.info(
            "%s",
            keys.scrub(
                f"{self.command} {path} {status} key={masked} {request_id} {elapsed:.0f}ms"
            ),
        )

    def _route(
        self, request_id: str, sandbox: SandboxServer, path: str, query: str
    ) -> tuple[int | str, str]:
        """Serve the request; returns its status (or "dropped") and the masked key."""
        try:
            body = self._read_body()
        except _BodyCutShort:
            self.close_connection = True
            return "cut short", "-"
        except _BodyError as problem:
            self.close_connection = True
            self._send_json(400, errors.bad_request(str(problem), "body_invalid").body(),
                            request_id)
            return 400, "-"
        if path == "/v1" or path.startswith("/v1/"):
            return self._serve_api(request_id, sandbox, path, query, body)
        if path.startswith("/_sandbox/"):
            return self._serve_control(request_id, sandbox, path, body), "-"
        if path.startswith("/cl/") and self.command == "GET":
            return self._serve_page(request_id, sandbox, unquote(path[len("/cl/"):])), "-"
        error = errors.not_found(f"Unrecognized request URL ({self.command} {path}).")
        self._send_json(404, error.body(), request_id)
        return 404, "-"

    def _serve_api(
        self, request_id: str, sandbox: SandboxServer, path: str, query: str, body: bytes
    ) -> tuple[int | str, str]:
        faults = sandbox.faults
        pause = _Pause(faults.latency, faults.take_hold())
        if faults.ignore_expand and "expand" in unquote(query):
            query = _without_expand(query)
        request = ApiRequest(
            method=self.command,
            path=path,
            query=query,
            body=body,
            authorization=self.headers.get("Authorization"),
            idempotency_key=self.headers.get("Idempotency-Key"),
            pause=pause,
        )
        key = sandbox.api.authenticated_key(request)
        masked = keys.mask(key) if key else "-"
        failure = faults.take_failure()
        lose_answer = False
        if failure is None and _is_list(self.command, path):
            drawn = faults.take_list_fault()
            if drawn == DROP:
                pause()
                self.close_connection = True
                return "dropped", masked
            failure = drawn
        elif failure is None and self.command == "POST" and key:
            written = faults.take_write_fault()
            lose_answer = written == DROP
            failure = None if written == DROP else written
        if failure is not None:
            pause()
            response = _injected_failure(failure.status, failure.retry_after)
        else:
            response = sandbox.api.handle(request)
            pause()
            committed = response.status < 400
            if (lose_answer and committed) or (response.created and faults.take_drop()):
                # The write is committed; the caller just never hears about it.
                self.close_connection = True
                return "dropped", masked
        self._send_json(response.status, response.body, request_id, response.headers)
        return response.status, masked

    def _serve_control(
        self, request_id: str, sandbox: SandboxServer, path: str, body: bytes
    ) -> int:
        if path == "/_sandbox/health" and self.command == "GET":
            # The demo key is published (it is in --help); the app learns it here, so the
            # key has one owner and the app never imports the sandbox to find it.
            self._send_json(200, {"ok": True, "demo_key": demo.DEMO_KEY}, request_id)
            return 200
        if path == "/_sandbox/faults" and self.command in ("GET", "POST"):
            if self.command == "POST":
                try:
                    command = json.loads(body or b"{}")
                    if not isinstance(command, dict):
                        raise ValueError("the body must be a JSON object")
                    sandbox.faults.apply(command)
                except ValueError as problem:
                    error = errors.bad_request(f"Fault settings refused: {problem}.")
                    self._send_json(400, error.body(), request_id)
                    return 400
            self._send_json(200, {"ok": True, "faults": sandbox.faults.snapshot()}, request_id)
            return 200
        error = errors.not_found(f"Unrecognized request URL ({self.command} {path}).")
        self._send_json(404, error.body(), request_id)
        return 404

    def _serve_page(self, request_id: str, sandbox: SandboxServer, link_id: str) -> int:
        link = sandbox.store.get_link(None, link_id)
        if link is None:
            self._send_html(404, pages.not_found_page(), request_id)
            return 404
        items = sandbox.store.list_items(link_id, limit=LINE_ITEMS_MAX)
        self._send_html(200, pages.checkout_page(link, items), request_id)
        return 200

    # -- plumbing ----------------------------------------------------------------------

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise _BodyError("Send the request body with a Content-Length header.")
        length_text = self.headers.get("Content-Length", "0")
        try:
            length = int(length_text)
        except ValueError:
            raise _BodyError("The Content-Length header is not a number.") from None
        if length < 0 or length > MAX_BODY_BYTES:
            raise _BodyError(f"The request body must be at most {MAX_BODY_BYTES} bytes.")
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            # The client went away before sending the whole body: as a real server does,
            # nothing of the request is carried out (not even its Idempotency-Key kept).
            raise _BodyCutShort
        return body

    def _send_json(
        self,
        status: int,
        body: dict[str, Any],
        request_id: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
        extra = {"Cache-Control": "no-store", **(headers or {})}
        self._send(status, payload, "application/json", request_id, extra)

    def _send_html(self, status: int, html: str, request_id: str) -> None:
        extra = {"Content-Security-Policy": pages.CONTENT_SECURITY_POLICY}
        self._send(status, html.encode("utf-8"), "text/html; charset=utf-8", request_id, extra)

    def _send(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        request_id: str,
        headers: dict[str, str],
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Request-Id", request_id)
        for name, value in headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(payload)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Protocol-level errors (bad request line, unsupported method) as JSON error bodies."""
        self.log_error("code %d, message %s", code, message)
        self.close_connection = True
        text = message or self.responses.get(code, ("Request refused",))[0]
        kind = "api_error" if code >= 500 else "invalid_request_error"
        error = errors.SandboxError(code, kind, None, f"{text.rstrip('.')}.")
        if self.command != "HEAD":
            self._send_json(code, error.body(), ids.request_id())
        else:
            self._send(code, b"", "application/json", ids.request_id(), {})

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Requests are logged by ``_dispatch``, with the key masked."""

    def log_message(self, format: str, *args: Any) -> None:
        log.warning("%s", keys.scrub(format % args))


class _BodyError(ValueError):
    """The request body cannot be read."""


class _BodyCutShort(Exception):
    """The connection ended before the request body was all sent."""


def _is_list(method: str, path: str) -> bool:
    """True for a request listing links or a link's line items."""
    return method == "GET" and (
        path.rstrip("/") == LINKS_PATH
        or (path.startswith(LINKS_PATH + "/") and path.endswith("/line_items"))
    )


def _without_expand(query: str) -> str:
    """The query string without its ``expand[]`` parameters, as an older server reads it."""
    kept = [
        (name, value) for name, value in parse_qsl(query, keep_blank_values=True)
        if name != EXPAND
    ]
    return urlencode(kept)


def _injected_failure(status: int, retry_after: float | None) -> ApiResponse:
    headers = {} if retry_after is None else {"Retry-After": _seconds(retry_after)}
    if status == 429:
        error = errors.SandboxError(
            429, "rate_limit_error", "rate_limited",
            "Too many requests in a short time; wait a moment and try again.",
        )
    else:
        error = errors.SandboxError(
            status, "api_error", None,
            "Something went wrong on LeanRails' side; try again in a moment.",
        )
    return ApiResponse(status, error.body(), headers)


def _seconds(value: float) -> str:
    """``1`` for whole seconds, ``0.2`` otherwise."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class SandboxServer:
    """A local LeanRails API on a background thread, backed by SQLite.

    ``db_path=None`` keeps the data in memory; ``port=0`` picks a free port.
    """

    def __init__(
        self,
        db_path: Path | str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.host = host
        self.port = port
        self.faults = Faults()
        self.store = Store(Path(db_path) if db_path is not None else None, clock=clock)
        self.api = Api(self.store, lambda: self.base_url, clock=clock)
        self._clock = clock
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT`` with no trailing slash; the API is under ``/v1``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def start(self) -> None:
        """Start serving on a daemon thread; returns once the socket is listening."""
        if self._httpd is not None:
            raise RuntimeError("the sandbox is already running")
        self._httpd = _Server((self.host, self.port), self)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve, name="leanrails-sandbox", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop serving, end open connections and close the database."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.stop_serving()
            if self._thread is not None:
                self._thread.join()
                self._thread = None
            httpd.close_connections(timeout=5.0)
            httpd.server_close()
        self.store.close()

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def revoke_key(self, key: str) -> None:
        """From now on, requests made with ``key`` are answered 401."""
        self.store.revoke(key)

    def remove_link(self, api_key: str, link_id: str) -> bool:
        """Remove one of ``api_key``'s links, as if deleted outside the API (the API has no
        delete), so clients can be tested against links that disappear."""
        return self.store.delete_link(self.store.merchant(api_key).id, link_id)

    def seed_demo(self, api_key: str = demo.DEMO_KEY) -> int:
        """Create the demo links for ``api_key`` unless it already has links; returns how many."""
        return demo.seed_demo(self.store, api_key, clock=self._clock)

    def seed_bulk(self, api_key: str, count: int = 10_000, seed: int = 0) -> int:
        """Insert ``count`` generated links in one transaction; returns ``count``."""
        return demo.seed_bulk(self.store, api_key, count=count, seed=seed, clock=self._clock)
