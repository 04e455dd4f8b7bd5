"""Opens the store at ``argv[1]`` and saves a draft in it; run as a user of its own by
``test_opening`` (through ``helpers/as_user.py``). Prints one JSON object: the message
``open_store`` gave, the store's path and the drafts it then holds."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.store import open_store


def open_and_save(path: Path) -> dict[str, Any]:
    """What opening ``path`` and saving a draft there gives."""
    store, message = open_store(path)
    try:
        store.save_draft("acct_1", "d", LinkForm(title="fresh"), link_id=None, idempotency_key=None)
        drafts = [draft.form.title for draft in store.drafts("acct_1")]
    finally:
        store.close()
    return {
        "message": message,
        "path": None if store.path is None else str(store.path),
        "drafts": drafts,
    }


def main() -> None:
    print(json.dumps(open_and_save(Path(sys.argv[1]))), flush=True)


if __name__ == "__main__":
    main()
