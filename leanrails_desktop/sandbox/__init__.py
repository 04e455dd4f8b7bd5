"""A local LeanRails API server (stdlib HTTP server and SQLite) for trying the app and tests.

It is a separate program that ships in the same package: the app talks to it over HTTP,
exactly as to the real API. It imports nothing of the app but ``core.money``.

In process::

    server = SandboxServer(db_path=None, port=0)   # in memory, on a free port
    server.start()
    server.seed_demo()                             # demo links for DEMO_KEY
    server.faults.fail_next(2, status=429, retry_after=0.2)
    ...
    server.stop()

As a program: ``leanrails-sandbox --port 0 --seed-demo`` prints its base URL on stdout.
Tests in another process steer faults with ``POST /_sandbox/faults`` (``{"latency": 0.2}``,
``{"fail_next": {"count": 3, "status": 429, "retry_after": 1}}``, ``{"drop_next_create": 1}``,
``{"reset": true}``); ``GET /_sandbox/health`` answers ``{"ok": true, "demo_key": …}``, the
test key whose merchant holds the demo links. Neither needs a key.
Customers' view of a link is the HTML page at ``/cl/{id}``.
"""

from leanrails_desktop.sandbox.demo import DEMO_KEY
from leanrails_desktop.sandbox.faults import Faults
from leanrails_desktop.sandbox.server import SandboxServer

__all__ = ["DEMO_KEY", "Faults", "SandboxServer"]
