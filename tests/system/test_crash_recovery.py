"""Never lose work, for real: the app is killed with SIGKILL while a link is being typed, and
a fresh process of the app offers the work back, every field intact.

Each step runs the real app (``application.start``, offscreen) in a child process
(``tests/helpers/app_child.py``) against a sandbox running in this test process. The
account is a saved one, its key in a file-based test keyring, so the restarted app opens
the same account (and finds its drafts) exactly as it would on a merchant's computer.
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers.app_child import EDITED, NEW_FORM, form_json
from helpers.child_runner import child_env, payload, run_step, spawn

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.sandbox import SandboxServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


def saved_account(root: Path, sandbox: SandboxServer, key: str) -> dict[str, str]:
    env: dict[str, str] = child_env(root)
    result = run_step(env, "setup", "Kyoto shop", sandbox.base_url, cwd=root, stdin=key + "\n")
    account = payload(result.stdout, "ACCOUNT")
    assert account["masked"] == f"sk_test_…{key[-4:]}"
    assert key not in result.stdout + result.stderr
    return env


def kill_while_typing(env: dict[str, str], root: Path, *args: str) -> dict[str, Any]:
    child = spawn(env, *args, cwd=root)
    try:
        typed: dict[str, Any] = child.expect("TYPED")
    finally:
        child.process.send_signal(signal.SIGKILL)
        child.close()
    assert child.process.returncode == -signal.SIGKILL
    return typed


def restore(env: dict[str, str], root: Path) -> dict[str, Any]:
    result = run_step(env, "restore", cwd=root)
    restored: dict[str, Any] = payload(result.stdout, "RESTORED")
    assert restored["warnings"] == []
    return restored


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return [
        f"{name}: {before.get(name)!r} → {after.get(name)!r}"
        for name in sorted(set(before) | set(after))
        if before.get(name) != after.get(name)
    ]


def test_new_link_typed_before_a_kill_comes_back_after_restart(
    tmp_path: Path, sandbox: SandboxServer, sandbox_key: str
) -> None:
    env = saved_account(tmp_path, sandbox, sandbox_key)

    typed = kill_while_typing(env, tmp_path, "type-new")
    # The keystrokes produced the form intended, field by field.
    assert differences(form_json(NEW_FORM), typed["form"]) == []
    assert typed["link_id"] is None and typed["draft_id"].startswith("new-")

    restored = restore(env, tmp_path)
    changed = differences(typed["form"], restored["form"])
    print(
        f"\ncrash recovery (new link): {len(typed['form'])} form fields typed, killed with "
        f"SIGKILL, {len(typed['form']) - len(changed)} restored intact, "
        f"{len(typed['form']['line_items'])} line items, "
        f"{len(typed['form']['metadata'])} metadata rows"
    )
    assert changed == []
    assert restored["state"] == "new" and restored["link_id"] is None
    assert restored["drafts"] == 1
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as api:
        assert api.checkout_links.list().data == []  # nothing was sent: only kept


def test_changes_to_a_saved_link_typed_before_a_kill_come_back_after_restart(
    tmp_path: Path, sandbox: SandboxServer, sandbox_key: str
) -> None:
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as api:
        link = api.checkout_links.create(
            title="Workshop",
            description="Saturday",
            line_items=[{"price": "price_9ab3cd5ef7gh", "quantity": 2}],
            after_completion={
                "type": "hosted_confirmation",
                "hosted_confirmation": {"custom_message": "Thanks"},
            },
        )
    env = saved_account(tmp_path, sandbox, sandbox_key)

    typed = kill_while_typing(env, tmp_path, "type-edit", link.id)
    assert typed["link_id"] == link.id and typed["draft_id"] == f"edit-{link.id}"
    for name, value in EDITED.items():
        assert typed["form"][name] == json.loads(json.dumps(value)), name
    assert [item["price"] for item in typed["form"]["line_items"]] == ["price_9ab3cd5ef7gh"]

    restored = restore(env, tmp_path)
    changed = differences(typed["form"], restored["form"])
    print(
        f"\ncrash recovery (saved link): {len(EDITED)} fields changed, killed with SIGKILL, "
        f"{len(typed['form']) - len(changed)} of {len(typed['form'])} form fields restored "
        "intact"
    )
    assert changed == []
    assert restored["state"] == "editing" and restored["link_id"] == link.id
    with LeanRailsClient(api_key=sandbox_key, base_url=sandbox.base_url) as api:
        unchanged = api.checkout_links.retrieve(link.id)
    assert unchanged.title == "Workshop"  # the edits were kept locally, not sent
