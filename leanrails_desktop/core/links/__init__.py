"""Pure state and rules over links, with no Qt: the list filter (:class:`LinkFilter`) and
the editing session (:mod:`.editing`)."""

from __future__ import annotations

from leanrails_desktop.core.links.filter import LinkFilter

__all__ = ["LinkFilter"]
