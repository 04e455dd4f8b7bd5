"""Turning any failure into one sentence a merchant can act on. The only place that does.

The sentences never contain a secret key: they are built from the error's own message
(which the API client guarantees is key-free) or from fixed text.
"""

from __future__ import annotations

from leanrails_desktop.core.accounts import AccountError
from leanrails_desktop.core.api import errors
from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.keystore import KeystoreError
from leanrails_desktop.core.local_sandbox import SandboxStartError
from leanrails_desktop.core.locale import format_measure


def describe_error(exc: BaseException) -> str:
    """A short, plain sentence for ``exc``, suitable for a status bar or a dialog."""
    if isinstance(exc, errors.AuthenticationError):
        return translate(
            "Messages",
            "This key was not accepted by LeanRails. Check it in Accounts, or add a new one.",
        )
    if isinstance(exc, errors.RateLimitError):
        wait = exc.retry_after
        if wait:
            return translate(
                "Messages", "LeanRails is receiving too many requests. Try again in {wait} s."
            ).format(wait=format_measure(wait, 0))
        return translate(
            "Messages", "LeanRails is receiving too many requests. Try again in a moment."
        )
    if isinstance(exc, errors.APIConnectionError):
        return (
            translate(
                "Messages", "You appear to be offline, or LeanRails could not be reached. {message}"
            )
            .format(message=exc.message)
            .strip()
        )
    if isinstance(exc, errors.NotFoundError):
        return translate(
            "Messages",
            "This link no longer exists on LeanRails. It may have been removed; refresh the list.",
        )
    if isinstance(exc, errors.IdempotencyError):
        if exc.status == 409:
            return translate(
                "Messages",
                "The previous save is still being processed. Wait a moment and save again.",
            )
        return translate(
            "Messages", "This save conflicts with an earlier one. Reload the link and try again."
        )
    if isinstance(exc, errors.InvalidRequestError):
        return exc.message or translate("Messages", "LeanRails refused the request.")
    if isinstance(exc, errors.APIError):
        return translate(
            "Messages", "LeanRails had a problem answering. Your input is kept; try again shortly."
        )
    if isinstance(exc, errors.LeanRailsError):
        return exc.message
    if isinstance(exc, KeystoreError | AccountError | SandboxStartError):
        return str(exc)  # already a sentence naming the problem and its fix
    if isinstance(exc, ValueError):
        # The app's own ValueErrors (amounts, export options, files) carry merchant sentences.
        return str(exc)
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        if exc.filename:
            return translate(
                "Messages", "The file could not be written ({file}): {detail}."
            ).format(file=exc.filename, detail=detail)
        return translate("Messages", "The file could not be written: {detail}.").format(
            detail=detail
        )
    return translate("Messages", "Something unexpected went wrong. Your input is kept.")


def describe_verification_error(exc: BaseException) -> str:
    """The sentence shown when a key could not be verified or saved."""
    if isinstance(exc, errors.AuthenticationError):
        answer = exc.message.strip()
        if answer:
            return translate(
                "Messages",
                "This key was not accepted. LeanRails said: “{answer}” Check that you copied "
                "the whole secret key, and that it has not been revoked.",
            ).format(answer=answer)
        return translate(
            "Messages",
            "This key was not accepted. Check that you copied the whole secret key, "
            "and that it has not been revoked.",
        )
    if isinstance(exc, AccountError):
        return exc.message
    if isinstance(exc, KeystoreError):
        return exc.status.sentence()
    return describe_error(exc)
