"""The merchant's locale: chosen once at start, read by everything that formats.

The name is a POSIX-style locale name (``de_DE``, ``ja_JP``, ``en_IN``); an empty, ``C``,
``POSIX`` or unknown name falls back to ``en_US``. The Settings key ``language`` (see
:data:`SETTING_KEY`), when not empty, wins over the operating system's locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache

from babel import Locale, UnknownLocaleError

DEFAULT_LOCALE = "en_US"
"""The locale used when the system names none we can use (and in the tests)."""

INTERCHANGE_LOCALE = "en_US"
"""How amounts are spelled where other programs or other computers read them back (the
CSV's line_items column, the search index, the sandbox's pages): one way everywhere."""

SETTING_KEY = "language"
"""The settings key of the merchant's choice; its value is a locale name, empty = system."""

_ENV_KEYS = ("LC_ALL", "LC_MONETARY", "LC_NUMERIC", "LANG")
_NAME = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")

_current: Locale = Locale.parse(DEFAULT_LOCALE)
_current_name = DEFAULT_LOCALE


@lru_cache(maxsize=256)
def resolve(name: str | None) -> Locale | None:
    """The CLDR locale a name stands for (``de_DE.UTF-8`` → de_DE), or None if none does.

    An unknown territory falls back to its language (``de_XX`` → de).
    """
    if not name:
        return None
    cleaned = name.strip().split(".", 1)[0].split("@", 1)[0]
    if cleaned.upper() in ("C", "POSIX") or not _NAME.match(cleaned):
        return None
    for candidate in (cleaned, re.split(r"[_-]", cleaned, maxsplit=1)[0]):
        try:
            return Locale.parse(candidate.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            continue
    return None


def choose_locale(
    setting: str | None = None,
    system: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The locale to use: the ``language`` setting if set and known, else the system's
    (as Qt names it, ``QLocale.system().name()``), else the environment's ``LC_ALL`` /
    ``LC_MONETARY`` / ``LC_NUMERIC`` / ``LANG``, else ``en_US``."""
    candidates = [setting, system]
    if environ is not None:
        candidates.extend(environ.get(key) for key in _ENV_KEYS)
    for name in candidates:
        found = resolve(name)
        if found is not None:
            return str(found)
    return DEFAULT_LOCALE


def set_locale(name: str | None) -> str:
    """Make ``name`` the current locale and return the name actually used (``en_US`` when
    ``name`` is unknown)."""
    global _current, _current_name
    _current = resolve(name) or Locale.parse(DEFAULT_LOCALE)
    _current_name = str(_current)
    return _current_name


def current_locale() -> str:
    """The current locale's name, such as ``de_DE``."""
    return _current_name


def current() -> Locale:
    """The current locale as a Babel :class:`~babel.Locale`."""
    return _current


def locale_for(name: str | None) -> Locale:
    """``name`` as a Babel locale; None means the current one."""
    if name is None:
        return _current
    return resolve(name) or resolve(DEFAULT_LOCALE) or Locale.parse(DEFAULT_LOCALE)


def locale_name(name: str | None) -> str:
    """The name of the locale ``name`` stands for (``de_DE.UTF-8`` → ``de_DE``); None means
    the current one. Cheap: formatting asks for it on every amount."""
    if name is None:
        return _current_name
    return _name_of(name)


@lru_cache(maxsize=256)
def _name_of(name: str) -> str:
    return str(locale_for(name))


def is_right_to_left(name: str | None = None) -> bool:
    """Whether the locale's script runs right to left (Arabic, Hebrew, Persian, Urdu)."""
    return locale_for(name).character_order == "right-to-left"


@contextmanager
def using_locale(name: str) -> Iterator[str]:
    """Within the block the current locale is ``name``; the previous one comes back after."""
    previous = _current_name
    try:
        yield set_locale(name)
    finally:
        set_locale(previous)
