"""The private-files system test's child, run as an unprivileged user with umask 022.

    python private_files_child.py EXPORT_FOLDER

With ``HOME`` pointing at a fresh home (and no LEANRAILS_* or XDG_* variables, so the app
uses its usual folders), it writes what the app writes: the store with a draft (kept open,
so its -wal and -shm exist), settings, a log line, a crash report and a CSV export into
EXPORT_FOLDER. It then prints one JSON object naming each file by kind, and keeps
everything open until its standard input closes.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from leanrails_desktop.core import crashlog
from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.csv import export_links_csv
from leanrails_desktop.core.link_form import LinkForm
from leanrails_desktop.core.paths import app_paths
from leanrails_desktop.core.store import STORE_FILENAME, open_store
from leanrails_desktop.ui.app.application import open_settings


def main() -> None:
    os.umask(0o022)  # what most users have: privacy must come from the app itself
    export_folder = Path(sys.argv[1])
    paths = app_paths()
    store, notice = open_store(paths.data / STORE_FILENAME)
    assert notice is None, notice
    store.save_draft("acct_1", "draft-1", LinkForm(title="Private draft"), link_id=None,
                     idempotency_key="idem-1")
    settings = open_settings(paths)
    settings.setValue("accounts/last", "Private shop")
    settings.sync()
    log = crashlog.setup_logging(paths.logs)
    logging.getLogger("leanrails_desktop.private_files_child").warning("a private line")
    report = crashlog.write_crash_report(paths.logs, "a private crash report\n")
    export = export_folder / "links.csv"
    link = CheckoutLink(id="cl_1", url="https://checkout.leanrails.com/cl/cl_1", title="Tote")
    export_links_csv(export, [link])
    store_path = paths.data / STORE_FILENAME
    files = {
        "store": store_path,
        "store -wal": store_path.with_name(store_path.name + "-wal"),
        "store -shm": store_path.with_name(store_path.name + "-shm"),
        "settings": Path(settings.fileName()),
        "log": log,
        "crash report": report,
        "export": export,
    }
    folders = {"config": paths.config, "data": paths.data, "logs": paths.logs}
    print(json.dumps({
        "uid": os.getuid(),
        "files": {kind: str(path) for kind, path in files.items()},
        "folders": {kind: str(path) for kind, path in folders.items()},
    }), flush=True)
    sys.stdin.read()  # the parent checks while everything is open
    crashlog.shutdown_logging()
    store.close()


if __name__ == "__main__":
    main()
