"""One step of the keyring system test, run as its own process (a fresh start of the app).

    python keyring_child.py STEP [ARGS...]   (a key, when needed, comes on standard input)

Steps: ``status``; ``add NAME PORT`` (verify the key against a sandbox on PORT, then save
it); ``open PORT`` (what the app does at start: open the default account and list links);
``lock`` (lock the login keyring, then try to read a key); ``session NAME`` (no keyring:
keep a key for this run only and use it); ``remove NAME``. Prints one JSON object; never
the key, only its SHA-256.

Logging goes to the app's log folder at DEBUG, so the test can check the log too.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from leanrails_desktop.core.accounts import AccountStore, check_key, verify_key
from leanrails_desktop.core.keystore import KeystoreError
from leanrails_desktop.core.paths import app_paths


def _sandbox(port: int) -> Any:
    from leanrails_desktop.sandbox import SandboxServer

    data = app_paths().data
    data.mkdir(parents=True, exist_ok=True)
    server = SandboxServer(db_path=data / "sandbox.db", port=port)
    server.start()
    return server


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def main(argv: list[str]) -> dict[str, Any]:
    step, args = argv[0], argv[1:]
    store = AccountStore()
    if step == "status":
        status = store.keyring_status()
        return {"state": status.state.value, "backend": status.backend,
                "sentence": status.sentence()}
    if step == "add":
        name, port = args[0], int(args[1])
        key = sys.stdin.read()
        server = _sandbox(port)
        try:
            verify_key(check_key(key), server.base_url)
            account = store.add(name, key, base_url=server.base_url)
        finally:
            server.stop()
        logging.getLogger("keyring_child").info("added %r", account)
        return {"id": account.id, "masked": account.masked_key, "mode": account.mode.value}
    if step == "open":
        port = int(args[0])
        plan = store.open_at_startup(None, os.environ)
        if plan.account is None:
            return {"account": None, "notice": plan.notice}
        server = _sandbox(port)
        try:
            key = store.key_for(plan.account)
            client = store.client_for(plan.account, timeout=10.0, max_retries=0)
            try:
                page = client.checkout_links.list(limit=1)
            finally:
                client.close()
        finally:
            server.stop()
        return {"account": plan.account.name, "source": plan.source.value,
                "sha256": _digest(key), "masked": plan.account.masked_key,
                "listed": len(page.data)}
    if step == "lock":
        import secretstorage  # test-only: the app never talks to Secret Service directly

        connection = secretstorage.dbus_init()
        secretstorage.get_default_collection(connection).lock()
        account = store.default()
        assert account is not None
        try:
            store.key_for(account)
        except KeystoreError as failure:
            return {"state": failure.status.state.value, "sentence": str(failure),
                    "accounts": [a.name for a in AccountStore().accounts()]}
        return {"state": "read anyway"}
    if step == "session":
        name = args[0]
        key = sys.stdin.read()
        status = store.keyring_status()
        try:
            store.add(name, key)
        except KeystoreError as failure:
            refused = str(failure)
        else:
            refused = ""
        account = store.add(name, key, session_only=True)
        return {"state": status.state.value, "sentence": status.sentence(), "refused": refused,
                "session_only": account.session_only, "sha256": _digest(store.key_for(account)),
                "saved": [a.name for a in AccountStore().accounts()]}
    if step == "remove":
        account = store.find(args[0])
        assert account is not None
        store.remove(account.id)
        return {"left": [a.name for a in AccountStore().accounts()]}
    raise SystemExit(f"unknown step {step}")


if __name__ == "__main__":
    logs = app_paths().logs
    logs.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=str(Path(logs) / "app.log"), level=logging.DEBUG,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    print(json.dumps(main(sys.argv[1:])))
