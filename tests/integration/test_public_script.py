"""A stand-alone script using only the documented public interface, against the sandbox
running as its own program (``python -m leanrails_desktop.sandbox --port 0``)."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from leanrails_desktop.core.api import LeanRailsClient, InvalidRequestError

    base_url, key = sys.argv[1], sys.argv[2]
    report = {}
    with LeanRailsClient(api_key=key, base_url=base_url, timeout=30.0, max_retries=2) as client:
        made = [
            client.checkout_links.create(
                title="Premium Headphones",
                line_items=[{"price": "price_3fg6hj9km1np", "quantity": 1}],
            ),
            client.checkout_links.create(
                title="Custom Amount Product",
                line_items=[{"price_data": {"currency": "usd", "product": "prod_8mn4qr7vw2xz",
                                            "unit_amount": 3500}, "quantity": 1}],
                submit_type="donate",
                metadata={"campaign": "spring-2026"},
            ),
        ]
        report["created"] = [link.id for link in made]
        report["urls"] = [link.url for link in made]
        page = client.checkout_links.list(limit=10, active=True, cursor=None)
        report["listed"] = sorted(link.id for link in page.data)
        report["has_more"] = page.has_more
        updated = client.checkout_links.update(
            made[1].id,
            after_completion={"type": "redirect",
                              "redirect": {"url": "https://yoursite.com/updated-thank-you"}},
            metadata={"campaign": ""},
        )
        report["redirect"] = updated.after_completion.redirect.url
        report["metadata"] = dict(updated.metadata)
        off = client.checkout_links.update(
            made[0].id, active=False,
            inactive_message="This offer has ended. Check back soon for new deals!",
        )
        report["deactivated"] = [off.active, off.inactive_message]
        report["active_after"] = [link.id for link in client.checkout_links.iter(active=True)]
        report["retrieved_active"] = client.checkout_links.retrieve(made[0].id).active
        items = client.checkout_links.list_line_items(made[1].id, limit=10, cursor=None)
        report["amounts"] = [item.amount_total for item in items.data]
        try:
            client.checkout_links.create(title="", line_items=[])
        except InvalidRequestError as exc:
            report["refused_param"] = exc.param
    print(json.dumps(report))
    """
)


@pytest.fixture
def sandbox_process() -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "leanrails_desktop.sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline().strip()
        assert first_line.startswith("http://127.0.0.1:"), first_line
        yield first_line
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def test_public_snippet_drives_a_running_sandbox(sandbox_process: str) -> None:
    key = "sk_test_" + secrets.token_hex(12)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, sandbox_process, key],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert key not in done.stdout + done.stderr
    report = json.loads(done.stdout)
    first, second = report["created"]
    assert report["urls"] == [f"{sandbox_process}/cl/{first}", f"{sandbox_process}/cl/{second}"]
    assert report["listed"] == sorted([first, second])
    assert report["has_more"] is False
    assert report["redirect"] == "https://yoursite.com/updated-thank-you"
    assert report["metadata"] == {}
    assert report["deactivated"] == [
        False, "This offer has ended. Check back soon for new deals!"
    ]
    assert report["active_after"] == [second]
    assert report["retrieved_active"] is False
    assert report["amounts"] == [3500]
    assert report["refused_param"] == "title"
