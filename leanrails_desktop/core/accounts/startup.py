"""Which account the app opens at start: ``--account NAME``, ``LEANRAILS_API_KEY``, the
default account, or none (the welcome view)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from leanrails_desktop.core.accounts.model import Account, AccountError, find_named
from leanrails_desktop.core.accounts.rules import check_base_url, check_key
from leanrails_desktop.core.i18n import translate

ENV_KEY = "LEANRAILS_API_KEY"
ENV_BASE = "LEANRAILS_API_BASE"
ENV_ACCOUNT_ID = "session-env"
"""The id of the account opened from ``LEANRAILS_API_KEY`` (never saved)."""


class StartupSource(enum.Enum):
    """Why :func:`resolve_startup` chose what it chose."""

    NAMED = "named"
    """``--account NAME`` named it."""
    ENVIRONMENT = "environment"
    """``LEANRAILS_API_KEY`` was set: a session-only account, the keyring untouched."""
    DEFAULT = "default"
    """The default account (or the first one)."""
    NONE = "none"
    """There is no account: show the welcome view."""


@dataclass(frozen=True, slots=True)
class StartupPlan:
    """The account to open at start, and a sentence to show if something asked for was
    not possible (an unknown ``--account``, a malformed ``LEANRAILS_API_KEY``)."""

    account: Account | None
    source: StartupSource
    notice: str = ""
    env_key: str = field(default="", repr=False)
    """For :attr:`StartupSource.ENVIRONMENT` only: the key to keep in memory."""


def resolve_startup(
    accounts: Sequence[Account],
    default_id: str | None,
    *,
    requested_name: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> StartupPlan:
    """Which account the app opens. Pure: reads nothing but its arguments.

    Order: ``--account NAME`` (exact name, else the only case-insensitive match); then a
    key in ``LEANRAILS_API_KEY`` (with ``LEANRAILS_API_BASE``, default the public API);
    then the default account; then none (the welcome view). Whatever could not be honoured
    is explained in ``notice`` and the next choice is taken.
    """
    environ = environ if environ is not None else {}
    notices: list[str] = []

    if requested_name is not None and requested_name.strip():
        wanted = " ".join(requested_name.split())
        found = find_named(accounts, wanted)
        if found is not None:
            return StartupPlan(found, StartupSource.NAMED)
        names = ", ".join(f"“{a.name}”" for a in accounts)
        missing = (
            translate(
                "AccountStartup", "There is no account called “{name}”. Your accounts are {names}."
            )
            if names
            else translate("AccountStartup", "There is no account called “{name}”.")
        )
        notices.append(missing.format(name=wanted, names=names))

    raw_key = environ.get(ENV_KEY, "")
    if raw_key.strip():
        try:
            key = check_key(raw_key)
            base = check_base_url(environ.get(ENV_BASE, ""))
        except AccountError as problem:
            notices.append(
                translate("AccountStartup", "{variable} was not used: {problem}").format(
                    variable=ENV_KEY, problem=problem.message
                )
            )
        else:
            # Named after where it came from; its mode is shown beside the name, as for
            # every account, so the name does not repeat it.
            account = Account.for_key(ENV_ACCOUNT_ID, ENV_KEY, key, base, session_only=True)
            return StartupPlan(account, StartupSource.ENVIRONMENT, " ".join(notices), env_key=key)

    chosen = next((a for a in accounts if a.id == default_id), None)
    if chosen is None and accounts:
        chosen = accounts[0]
    if chosen is not None:
        if notices:
            notices.append(
                translate("AccountStartup", "Opened “{name}” instead.").format(name=chosen.name)
            )
        return StartupPlan(chosen, StartupSource.DEFAULT, " ".join(notices))
    return StartupPlan(None, StartupSource.NONE, " ".join(notices))
