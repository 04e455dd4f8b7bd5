"""Answers no well-behaved LeanRails server would give, from a tiny stdlib server on loopback.

Missing optional fields, unknown extra fields, ``null`` where an object belongs, wrong
types, a ``data`` that is not a list, bodies that are not JSON at all. The client must turn
each into typed objects with defaults, or raise a clean ``APIError`` (a ``LeanRailsError``),
never anything else; the window must show the links or a sentence, with no unhandled
exception (pytest-qt fails a test on an exception raised in a Qt slot).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from window_fixtures import ScriptedPrompts, make_session

from leanrails_desktop.core.api import (
    AfterCompletion,
    APIError,
    CheckoutLink,
    LeanRailsClient,
    LeanRailsError,
    LineItem,
)
from leanrails_desktop.ui.app.window import AppWindow
from leanrails_desktop.ui.background.tasks import TaskRunner
from leanrails_desktop.ui.views.editor_pane import EditorState

KEY = "sk_test_hostile0123456789abcdef"
LINK_ID = "cl_hostile00001"


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    content_type: str = "application/json"


def js(value: Any, status: int = 200) -> Answer:
    return Answer(status, json.dumps(value).encode())


def raw(body: bytes | str, status: int = 200, content_type: str = "text/html") -> Answer:
    data = body.encode() if isinstance(body, str) else body
    return Answer(status, data, content_type)


@dataclass
class Script:
    """What the server answers, by kind of request."""

    listing: Answer = field(default_factory=lambda: js({"object": "list", "data": []}))
    retrieve: Answer = field(default_factory=lambda: js({"id": LINK_ID}))
    line_items: Answer = field(default_factory=lambda: js({"object": "list", "data": []}))
    seen: list[str] = field(default_factory=list)


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = Script()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: HostileServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        script = self.server.script
        path = self.path.split("?", 1)[0]
        script.seen.append(path)
        if path == "/v1/checkout_links":
            answer = script.listing
        elif path.endswith("/line_items"):
            answer = script.line_items
        else:
            answer = script.retrieve
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def client(hostile: HostileServer) -> Iterator[LeanRailsClient]:
    with LeanRailsClient(api_key=KEY, base_url=hostile.base_url, max_retries=0) as made:
        yield made


def page(*links: Any, **extra: Any) -> Answer:
    return js({"object": "list", "data": list(links), **extra})


# ---------------------------------------------------------------------------- typed defaults

DEFAULTS = CheckoutLink(id=LINK_ID)


def test_a_link_with_only_an_id_gets_every_documented_default(
    hostile: HostileServer, client: LeanRailsClient
) -> None:
    hostile.script.listing = page({"id": LINK_ID})  # no has_more, next_cursor or url either
    got = client.checkout_links.list()
    assert (got.has_more, got.next_cursor, got.url) == (False, None, "")
    [link] = got.data
    assert link == DEFAULTS
    assert (link.active, link.title, link.currency, link.submit_type) == (True, "", "usd", "auto")
    assert link.after_completion == AfterCompletion(type="hosted_confirmation")
    assert (link.restrictions, link.metadata, link.description) == (None, {}, None)
    assert link.button_text == "Pay" and link.completed_sessions_limit is None


def test_unknown_fields_are_kept_aside_and_ignored(
    hostile: HostileServer, client: LeanRailsClient
) -> None:
    hostile.script.retrieve = js(
        {
            "id": LINK_ID,
            "title": "Tour",
            "shipping_options": [{"rate": "shr_1"}],
            "tax_id_collection": {"enabled": True},
            "after_completion": {
                "type": "redirect", "redirect": {"url": "https://x.test", "new": 1}
            },
        }
    )
    link = client.checkout_links.retrieve(LINK_ID)
    assert link.title == "Tour"
    assert link.after_completion.redirect is not None
    assert link.after_completion.redirect.url == "https://x.test"
    assert link.extra == {
        "shipping_options": [{"rate": "shr_1"}],
        "tax_id_collection": {"enabled": True},
    }
    hostile.script.listing = page({"id": LINK_ID}, total_count=9, livemode="maybe")
    assert len(client.checkout_links.list()) == 1


def test_null_where_an_object_belongs_becomes_the_default(
    hostile: HostileServer, client: LeanRailsClient
) -> None:
    nulls = {
        name: None
        for name in (
            "after_completion", "metadata", "restrictions", "title", "currency", "active",
            "created", "url", "description", "inactive_message", "submit_type", "livemode",
            "billing_address_collection", "allow_promotion_codes", "object", "mode",
        )
    }
    hostile.script.retrieve = js({"id": LINK_ID, **nulls})
    assert client.checkout_links.retrieve(LINK_ID) == DEFAULTS
    hostile.script.retrieve = js(
        {
            "id": LINK_ID,
            "after_completion": {"type": None, "hosted_confirmation": None, "redirect": None},
            "restrictions": {"completed_sessions": None},
            "metadata": {"kept": "yes", "dropped": None},
        }
    )
    link = client.checkout_links.retrieve(LINK_ID)
    assert link.after_completion == AfterCompletion()
    assert link.restrictions is not None and link.completed_sessions_limit is None
    assert link.metadata == {"kept": "yes"}


def test_wrong_types_become_defaults_of_the_right_type(
    hostile: HostileServer, client: LeanRailsClient
) -> None:
    hostile.script.retrieve = js(
        {
            "id": LINK_ID,
            "active": "yes",
            "title": 42,
            "created": "yesterday",
            "livemode": "false",
            "allow_promotion_codes": 1,
            "currency": ["usd"],
            "description": {"text": "x"},
            "metadata": ["not", "a", "map"],
            "after_completion": "redirect",
            "restrictions": "none",
            "submit_type": 3,
        }
    )
    link = client.checkout_links.retrieve(LINK_ID)
    assert link == DEFAULTS
    for name, kind in (
        ("active", bool), ("livemode", bool), ("allow_promotion_codes", bool), ("title", str),
        ("created", int), ("currency", str), ("submit_type", str),
    ):
        assert type(getattr(link, name)) is kind, name
    hostile.script.retrieve = js({"id": LINK_ID, "metadata": {"n": 5, "list": [1]}})
    assert client.checkout_links.retrieve(LINK_ID).metadata == {"n": "5", "list": "[1]"}


@pytest.mark.parametrize(
    "data",
    [{"id": LINK_ID}, "cl_1,cl_2", 3, None, True],
    ids=["object", "string", "number", "null", "bool"],
)
def test_a_data_that_is_not_a_list_is_an_unreadable_answer_not_an_empty_account(
    hostile: HostileServer, client: LeanRailsClient, data: Any
) -> None:
    hostile.script.listing = js(
        {"object": "list", "data": data, "has_more": True, "next_cursor": 7}
    )
    with pytest.raises(APIError, match="could not be read"):
        client.checkout_links.list()


def test_entries_that_are_not_objects_are_skipped(
    hostile: HostileServer, client: LeanRailsClient
) -> None:
    hostile.script.listing = page(1, "cl_x", None, [LINK_ID], {"id": LINK_ID, "title": "Real"})
    assert [link.title for link in client.checkout_links.list()] == ["Real"]


def test_line_items_with_wrong_types_get_defaults(
    hostile: HostileServer, client: LeanRailsClient
) -> None:
    hostile.script.line_items = page(
        {"id": "clli_1", "quantity": "2", "amount_total": None, "currency": None, "extra": 1},
        {"id": "clli_2"},
    )
    items = client.checkout_links.list_line_items(LINK_ID).data
    assert items == [LineItem(id="clli_1"), LineItem(id="clli_2")]
    assert items[0].extra == {"extra": 1}


# ---------------------------------------------------------------------------- clean errors

UNREADABLE = [
    pytest.param(page({"title": "no id"}), "list", id="entry-without-id"),
    pytest.param(page({"id": 12345}), "list", id="entry-with-numeric-id"),
    pytest.param(js({"title": "no id"}), "retrieve", id="object-without-id"),
    pytest.param(js({"id": ""}), "retrieve", id="object-with-empty-id"),
    pytest.param(js([{"id": LINK_ID}]), "list", id="json-array-not-object"),
    pytest.param(js(None), "retrieve", id="json-null"),
    pytest.param(js("cl_1"), "retrieve", id="json-string"),
    pytest.param(raw("<html><title>Welcome to nginx</title></html>"), "list", id="html-200"),
    pytest.param(raw(b""), "list", id="empty-200"),
    pytest.param(raw(b"\xff\xfe\x00garbage", content_type="application/json"), "list",
                 id="invalid-utf8"),
    pytest.param(raw('{"object": "list", "data": [', content_type="application/json"), "list",
                 id="truncated-json"),
    pytest.param(raw(b"[" * 100_000 + b"]" * 100_000, content_type="application/json"), "list",
                 id="json-nested-deeper-than-the-parser-recurses"),
    pytest.param(raw('{"id": ' + "9" * 5000 + "}", content_type="application/json"), "retrieve",
                 id="integer-with-more-digits-than-python-converts"),
    pytest.param(raw("<html>Bad gateway</html>", status=502), "list", id="html-502"),
    pytest.param(js({"error": "nope"}, status=400), "list", id="error-that-is-a-string"),
    pytest.param(js({"error": {"message": 5, "param": ["x"], "type": None}}, status=400), "list",
                 id="error-fields-of-wrong-types"),
    pytest.param(raw("moved", status=302), "retrieve", id="redirect"),
    pytest.param(raw("I'm a teapot", status=418, content_type="text/plain"), "list",
                 id="teapot"),
]


@pytest.mark.parametrize(("answer", "call"), UNREADABLE)
def test_unreadable_answers_raise_a_clean_api_error(
    hostile: HostileServer, client: LeanRailsClient, answer: Answer, call: str
) -> None:
    setattr(hostile.script, {"list": "listing"}.get(call, call), answer)
    with pytest.raises(LeanRailsError) as raised:
        if call == "list":
            client.checkout_links.list()
        else:
            client.checkout_links.retrieve(LINK_ID)
    error = raised.value
    assert isinstance(error, APIError) or error.status == 400
    assert error.message and error.message.strip().endswith((".", "”."))
    assert KEY not in str(error) and KEY not in repr(error)
    print(f"\n{call} → {type(error).__name__}: {error}")


# ---------------------------------------------------------------------------- in the window


@pytest.fixture
def hostile_window(
    qtbot: QtBot, hostile: HostileServer, runner: TaskRunner, tmp_path: Path
) -> Iterator[AppWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = AppWindow(settings)
    win.prompts = ScriptedPrompts()  # type: ignore[assignment]
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.set_session(None)
    runner.wait_for_idle(10_000)


def open_on(qtbot: QtBot, win: AppWindow, runner: TaskRunner, base_url: str) -> None:
    win.set_session(make_session(runner, base_url, KEY))
    qtbot.waitUntil(lambda: not win.model.loading, timeout=10_000)


ODD_LINKS: list[dict[str, Any]] = [
    {"id": "cl_nulls000001", "title": "Nulls everywhere", "after_completion": None,
     "metadata": None, "restrictions": None, "created": None, "url": None},
    {"id": "cl_types000001", "title": "Wrong types", "active": "yes", "created": "today",
     "metadata": ["x"], "restrictions": {"completed_sessions": {"limit": "3"}},
     "after_completion": {"type": "redirect", "redirect": None}, "currency": 7},
    {"id": "cl_extra000001", "title": "Extra fields", "brand_new": {"nested": [1, 2]},
     "url": "https://checkout.leanrails.com/cl/cl_extra000001", "created": 1742025600},
]


@pytest.mark.gui
def test_window_lists_odd_links_and_opens_each_one(
    qtbot: QtBot, hostile: HostileServer, hostile_window: AppWindow, runner: TaskRunner
) -> None:
    hostile.script.listing = page(*ODD_LINKS, 5, None)
    hostile.script.line_items = page(
        {"id": "clli_1", "quantity": "2", "amount_total": None, "price": None}, 5, ["clli_2"]
    )
    win = hostile_window
    open_on(qtbot, win, runner, hostile.base_url)
    assert win.model.last_error is None
    assert win.list_pane.stack.currentWidget() is win.list_pane.table
    titles = [link.title for link in win.model.all_links()]
    assert sorted(titles) == ["Extra fields", "Nulls everywhere", "Wrong types"]
    for row, link in enumerate(ODD_LINKS):
        link_id = str(link["id"])
        win.list_pane.select_link(link_id)
        assert win.editor.state == EditorState.EDITING
        assert win.editor.title.text() == link["title"]

        def items_arrived(wanted: str = link_id) -> bool:
            return wanted in win.line_items.known()

        qtbot.waitUntil(items_arrived, timeout=5000)
        qtbot.wait(200)  # the preview refresh and the totals timer run
        assert win.model.rowCount() == 3, row
        assert [i.id for i in win.line_items.known()[link_id]] == ["clli_1"]
    print(f"\nwindow on hostile list: rows {titles}; requests {len(hostile.script.seen)}")


@pytest.mark.gui
@pytest.mark.parametrize(
    ("answer", "sentence"),
    [
        (raw("<html><title>Forbidden by proxy</title></html>", status=403),
         "LeanRails had a problem answering."),
        (raw("<html>hello</html>"), "LeanRails had a problem answering."),
        (raw(b"[" * 100_000 + b"]" * 100_000, content_type="application/json"),
         "LeanRails had a problem answering."),
        (page({"title": "no id"}), "LeanRails had a problem answering."),
    ],
    ids=["html-403", "html-200", "nested-too-deep", "entry-without-id"],
)
def test_window_shows_a_sentence_when_the_list_cannot_be_read(
    qtbot: QtBot,
    hostile: HostileServer,
    hostile_window: AppWindow,
    runner: TaskRunner,
    answer: Answer,
    sentence: str,
) -> None:
    hostile.script.listing = answer
    open_on(qtbot, hostile_window, runner, hostile.base_url)
    pane = hostile_window.list_pane
    assert pane.stack.currentWidget() is pane.message_page
    text = pane.message.text()
    assert text.startswith("The links could not be loaded.")
    assert sentence in text
    assert hostile_window.status.sync_label.text() == "Not up to date"
    print(f"\nlist pane says: {text!r}")


@pytest.mark.gui
def test_window_shows_a_sentence_when_data_is_not_a_list(
    qtbot: QtBot, hostile: HostileServer, hostile_window: AppWindow, runner: TaskRunner
) -> None:
    hostile.script.listing = js({"object": "list", "data": {"id": LINK_ID}})
    open_on(qtbot, hostile_window, runner, hostile.base_url)
    pane = hostile_window.list_pane
    assert hostile_window.model.rowCount() == 0
    assert pane.stack.currentWidget() is pane.message_page
    assert pane.message.text().strip().endswith((".", "!"))
    print(f"\nlist pane says: {pane.message.text()!r}")
