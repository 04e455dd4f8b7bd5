"""The list filter, All / Active / Inactive: its one spelling for the API, for storage
and for display."""

from __future__ import annotations

import enum

from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class LinkFilter(enum.Enum):
    """Which links a list shows: all of them, the active ones or the inactive ones.

    One value, three spellings: :attr:`active` for the API's ``active`` parameter,
    :attr:`key` for settings and the local store, :attr:`label` for a person. Not a
    ``str`` subclass on purpose, so it is never compared with one of its spellings by
    mistake.
    """

    ALL = "all"
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def key(self) -> str:
        """``"all"``, ``"active"`` or ``"inactive"``: how settings and the store keep it."""
        return str(self.value)

    @property
    def active(self) -> bool | None:
        """The API's ``active`` parameter: ``None`` (not sent) for all links."""
        return _ACTIVE[self]

    @property
    def label(self) -> str:
        """``"All"``, ``"Active"`` or ``"Inactive"``, as a person reads it."""
        return translate("LinkFilter", _LABELS[self])

    @classmethod
    def from_key(cls, key: object) -> LinkFilter:
        """The filter a stored key names; anything else (unknown, empty, not text) is ALL,
        so a damaged setting shows every link rather than failing."""
        if isinstance(key, str):
            for member in cls:
                if member.key == key.strip().lower():
                    return member
        return cls.ALL

    @classmethod
    def from_active(cls, active: bool | None) -> LinkFilter:
        """The filter the API's ``active`` parameter means."""
        if active is None:
            return cls.ALL
        return cls.ACTIVE if active else cls.INACTIVE


_ACTIVE: dict[LinkFilter, bool | None] = {
    LinkFilter.ALL: None,
    LinkFilter.ACTIVE: True,
    LinkFilter.INACTIVE: False,
}
_LABELS: dict[LinkFilter, str] = {
    LinkFilter.ALL: QT_TRANSLATE_NOOP("LinkFilter", "All"),
    LinkFilter.ACTIVE: QT_TRANSLATE_NOOP("LinkFilter", "Active"),
    LinkFilter.INACTIVE: QT_TRANSLATE_NOOP("LinkFilter", "Inactive"),
}
