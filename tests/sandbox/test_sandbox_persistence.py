"""Data kept in the SQLite file survives a restart; keys are never stored."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import httpx
from sandbox_helpers import Api, new_key

from leanrails_desktop.sandbox import SandboxServer


def _client(server: SandboxServer, key: str) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, auth=(key, ""), verify=False)


def test_data_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "keep.db"
    key, revoked = new_key(), new_key()
    idem = str(uuid.uuid4())
    first = SandboxServer(db_path=db)
    first.start()
    try:
        with _client(first, key) as c:
            api = Api(c)
            link = api.create(api.body(metadata={"a": "b"}), **{"Idempotency-Key": idem}).json()
            api.update(link["id"], {"active": False, "inactive_message": "Closed."})
            with_items = api.create_ok(line_items=[
                {"price": "price_7kl2mn5pq8rs", "quantity": 2},
                {"price": "price_7kl2mn5pq8rs", "quantity": 1},
            ])
        first.revoke_key(revoked)
    finally:
        first.stop()

    second = SandboxServer(db_path=db)
    second.start()
    try:
        with _client(second, key) as c:
            api = Api(c)
            listed = api.list_all()
            assert [item["id"] for item in listed] in (
                [with_items["id"], link["id"]], [link["id"], with_items["id"]]
            )
            restored = api.http.get(f"/v1/checkout_links/{link['id']}").json()
            assert (restored["active"], restored["inactive_message"], restored["metadata"]) == (
                False, "Closed.", {"a": "b"}
            )
            assert restored["url"] == f"{second.base_url}/cl/{link['id']}"
            items = api.http.get(f"/v1/checkout_links/{with_items['id']}/line_items").json()
            assert [item["quantity"] for item in items["data"]] == [2, 1]
            replay = api.create(api.body(metadata={"a": "b"}), **{"Idempotency-Key": idem})
            assert replay.headers["Idempotent-Replayed"] == "true"
            assert replay.json()["id"] == link["id"]
        with _client(second, revoked) as c:
            assert c.get("/v1/checkout_links").status_code == 401
    finally:
        second.stop()


def test_the_database_never_holds_a_key(tmp_path: Path) -> None:
    db = tmp_path / "secret.db"
    key = new_key()
    server = SandboxServer(db_path=db)
    server.start()
    try:
        with _client(server, key) as c:
            Api(c).create_ok(metadata={"note": "hello"})
    finally:
        server.stop()
    raw = b"".join(path.read_bytes() for path in tmp_path.iterdir())
    assert key.encode() not in raw
    assert key[8:].encode() not in raw
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM merchants").fetchone() == (1,)
    conn.close()


def test_in_memory_server_works_without_a_file(sandbox_key: str) -> None:
    with SandboxServer() as server, _client(server, sandbox_key) as c:
        Api(c).create_ok()
        assert len(Api(c).page().json()["data"]) == 1
