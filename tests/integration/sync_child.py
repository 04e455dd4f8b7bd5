"""A process that runs one sync pass and says ``PAGE <n>`` after each page it wrote, so a
test can kill it mid-pass. Arguments: base URL, key, mirror file."""

from __future__ import annotations

import sys
from pathlib import Path

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.core.mirror import Mirror
from leanrails_desktop.core.sync import Progress, Sync


def main(base_url: str, key: str, path: str) -> int:
    def progress(step: Progress) -> None:
        if step.phase == "links":
            print(f"PAGE {step.done}", flush=True)

    with LeanRailsClient(api_key=key, base_url=base_url, timeout=10) as client, \
            Mirror(Path(path)) as mirror:
        result = Sync(client, mirror).run_pass(progress=progress)
    print(f"DONE {result.complete}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
