"""Dates and times in the merchant's locale through CLDR (Babel), in local time."""

from __future__ import annotations

import datetime as dt

from babel import dates as babel_dates

from leanrails_desktop.core.locale.current import locale_for

Moment = dt.datetime | float | int
"""A moment: an aware or local datetime, or a Unix timestamp in seconds."""


def _local(when: Moment) -> dt.datetime:
    if isinstance(when, dt.datetime):
        return when.astimezone() if when.tzinfo is not None else when
    return dt.datetime.fromtimestamp(when)


def format_date(when: Moment, locale: str | None = None) -> str:
    """The medium date: ``Dec 1, 2026`` (en_US), ``01.12.2026`` (de_DE), ``2026/12/01``."""
    return str(babel_dates.format_date(_local(when), "medium", locale=locale_for(locale)))


def format_time(when: Moment, locale: str | None = None) -> str:
    """The short time: ``1:02 PM`` (en_US), ``13:02`` (de_DE, ja_JP)."""
    return str(babel_dates.format_time(_local(when), "short", locale=locale_for(locale)))


def format_moment(when: Moment, locale: str | None = None) -> str:
    """A recent moment as briefly as it is clear: the short time when it is today
    (``13:02``), else the medium date and short time."""
    moment = _local(when)
    if moment.date() == dt.datetime.now(moment.tzinfo).date():
        return format_time(moment, locale)
    return format_datetime(moment, locale)


def format_datetime(when: Moment, locale: str | None = None, *, seconds: bool = False) -> str:
    """Medium date and short time joined as the locale joins them: ``Dec 1, 2026, 1:02 PM``,
    ``01.12.2026, 13:02``, ``2026/12/01 13:02``; with ``seconds``, the medium time
    (``1:02:03 PM``), for records where the order within a minute matters."""
    loc = locale_for(locale)
    joined = str(babel_dates.get_datetime_format("medium", locale=loc))
    time = (
        str(babel_dates.format_time(_local(when), "medium", locale=loc))
        if seconds
        else format_time(when, str(loc))
    )
    return joined.replace("{1}", format_date(when, str(loc))).replace("{0}", time)


def iso_utc(timestamp: int) -> str:
    """Unix seconds as ``2025-03-15T08:00:00Z`` for files other programs read (the same in
    every locale); empty for 0 (unknown)."""
    if not timestamp:
        return ""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def file_stamp(when: Moment | None = None) -> str:
    """Local time as ``20261201-130200`` for file names (sorts by time, in every locale)."""
    return _local(dt.datetime.now() if when is None else when).strftime("%Y%m%d-%H%M%S")
