"""A local LeanRails API server (stdlib HTTP server and SQLite) for trying the app and tests.

It is a separate program that ships in the same package: the app talks to it over HTTP,
exactly as to the real API. It imports nothing of the app but ``core.money``.
"""

from leanrails_desktop.sandbox.demo import DEMO_KEY
from leanrails_desktop.sandbox.faults import Faults
from leanrails_desktop.sandbox.server import SandboxServer

__all__ = ["DEMO_KEY", "Faults", "SandboxServer"]
