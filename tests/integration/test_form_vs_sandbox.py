"""Property over real HTTP: a form the editor accepts is a link the sandbox creates.

Each generated form, and each gap found earlier (``KNOWN_GAPS``), goes through
``create_params``: it either raises ``FormInvalid`` with a sentence on each field (never
another exception), or its request is sent with the API client to one sandbox shared by
every example, and must be created there. A 400 the form could have foreseen fails the
test, naming the param; only the price catalogue, which the form cannot know, may explain
a refusal.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.form_strategies import (
    KNOWN_GAPS,
    link_forms,
    only_the_catalogue_explains,
    repeatable_settings,
    sentence_problems,
)
from hypothesis import example, given

from leanrails_desktop.core.api import InvalidRequestError, LeanRailsClient
from leanrails_desktop.core.link_form import FormInvalid, LinkForm, create_params
from leanrails_desktop.sandbox import SandboxServer

MAX_EXAMPLES = 150


@pytest.fixture(scope="module")
def shared_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LeanRailsClient]:
    folder: Path = tmp_path_factory.mktemp("form-vs-sandbox")
    server = SandboxServer(db_path=folder / "sandbox.db", port=0)
    server.start()
    key = "sk_test_" + secrets.token_hex(12)
    try:
        with LeanRailsClient(api_key=key, base_url=server.base_url, timeout=10.0) as client:
            yield client
    finally:
        server.stop()


def test_accepted_forms_are_created_by_the_sandbox(shared_client: LeanRailsClient) -> None:
    seen: Counter[str] = Counter()
    refused_params: Counter[str] = Counter()

    @repeatable_settings(MAX_EXAMPLES)
    @given(form=link_forms())
    def check(form: LinkForm) -> None:
        try:
            params = create_params(form)
        except FormInvalid as invalid:
            assert invalid.errors and not sentence_problems(invalid.errors)
            seen["refused by the form"] += 1
            return
        try:
            link = shared_client.checkout_links.create(**params)
        except InvalidRequestError as refused:
            assert only_the_catalogue_explains(form, refused.param), (
                f"the sandbox refused {refused.param!r} ({refused.message}); "
                "the form should have caught it"
            )
            refused_params[refused.param or ""] += 1
            seen["refused for a catalogue reason"] += 1
            return
        assert link.title == params["title"]
        assert link.id.startswith("cl_")
        seen["created"] += 1

    for _name, gap, _param in KNOWN_GAPS:  # the gaps found earlier go over HTTP too
        check = example(form=gap)(check)
    check()
    created = sum(1 for _ in shared_client.checkout_links.iter())
    print(
        f"\nform vs sandbox: {sum(seen.values())} forms; created {seen['created']}, "
        f"refused by the form {seen['refused by the form']}, refused for a catalogue reason "
        f"{seen['refused for a catalogue reason']} ({dict(refused_params)}); "
        f"links in the sandbox {created}"
    )
    assert sum(seen.values()) == MAX_EXAMPLES + len(KNOWN_GAPS)
    assert created == seen["created"]
    assert seen["created"] >= MAX_EXAMPLES // 10
    assert seen["refused by the form"] >= MAX_EXAMPLES // 10
