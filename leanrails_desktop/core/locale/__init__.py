"""The merchant's locale: the one place that formats amounts, numbers, counts, dates and
times (through CLDR, with Babel) and reads numbers as typed in that locale.

``core.money`` keeps the API's rules (minor units per currency, limits) and calls this
package for everything a person reads or types. The current locale is chosen once at start
(:func:`choose_locale` from the ``language`` setting, the system, the environment) and set
with :func:`set_locale`; it is ``en_US`` until then.
"""

from __future__ import annotations

from leanrails_desktop.core.locale.current import (
    DEFAULT_LOCALE,
    INTERCHANGE_LOCALE,
    SETTING_KEY,
    choose_locale,
    current_locale,
    is_right_to_left,
    set_locale,
    using_locale,
)
from leanrails_desktop.core.locale.dates import (
    file_stamp,
    format_date,
    format_datetime,
    format_moment,
    format_time,
    iso_utc,
)
from leanrails_desktop.core.locale.numbers import (
    currency_symbol,
    display_code,
    format_count,
    format_measure,
    format_money,
    format_number,
    format_percent,
    spell_plain,
)
from leanrails_desktop.core.locale.reading import (
    ReadingError,
    ascii_digits,
    plain_number,
    read_number,
)

__all__ = [
    "DEFAULT_LOCALE",
    "INTERCHANGE_LOCALE",
    "SETTING_KEY",
    "ReadingError",
    "ascii_digits",
    "choose_locale",
    "currency_symbol",
    "current_locale",
    "display_code",
    "file_stamp",
    "format_count",
    "format_date",
    "format_datetime",
    "format_measure",
    "format_moment",
    "format_money",
    "format_number",
    "format_percent",
    "format_time",
    "is_right_to_left",
    "iso_utc",
    "plain_number",
    "read_number",
    "set_locale",
    "spell_plain",
    "using_locale",
]
