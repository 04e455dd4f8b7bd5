"""The one spelling of All / Active / Inactive."""

from __future__ import annotations

from enum import Enum


class LinkFilter(Enum):
    """Which links a list shows."""

    ALL = "all"
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def key(self) -> str:
        """The name kept in settings and in the local store."""
        return self.value

    @property
    def active(self) -> bool | None:
        """The API's ``active`` parameter: None lists every link."""
        return {LinkFilter.ALL: None, LinkFilter.ACTIVE: True, LinkFilter.INACTIVE: False}[self]

    @property
    def label(self) -> str:
        """How the filter is named on screen."""
        return self.value.capitalize()

    @classmethod
    def from_key(cls, key: str) -> LinkFilter:
        """The filter called ``key``; anything unknown shows every link."""
        try:
            return cls(key)
        except ValueError:
            return cls.ALL

    @classmethod
    def from_active(cls, active: bool | None) -> LinkFilter:
        """The filter for the API's ``active`` parameter."""
        if active is None:
            return cls.ALL
        return cls.ACTIVE if active else cls.INACTIVE
