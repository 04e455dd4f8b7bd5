"""Transport for the LeanRails API: auth, headers, retries, idempotency and error mapping.

Everything that touches the network goes through :meth:`LeanRailsClient.request`, the one
place that retries. The secret key is kept private to this module: it is never part of an
exception's text, a log line, or ``repr(client)``.
"""

from __future__ import annotations

import base64
import json
import logging
import platform
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final

import httpx

from leanrails_desktop import __version__
from leanrails_desktop.core.api import errors
from leanrails_desktop.core.api.checkout_links import CheckoutLinks
from leanrails_desktop.core.api.retry import (
    DEFAULT_MAX_RETRY_DELAY,
    RetryNotice,
    backoff_delay,
    parse_retry_after,
    retry_delay,
)
from leanrails_desktop.core.api.urls import (
    DEFAULT_BASE_URL,
    address_for_messages,
    mask_key,
    normalize_base_url,
)
from leanrails_desktop.core.i18n import translate

__all__ = [
    "LeanRailsClient",
    "RetryNotice",
    "backoff_delay",
    "parse_retry_after",
    "retry_delay",
]

logger = logging.getLogger("leanrails_desktop.api")

DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RETRIES: Final = 2

_EXCERPT_LENGTH: Final = 80
_RETRYABLE_STATUSES: Final = frozenset({409, 429})


@dataclass(frozen=True, slots=True)
class _Failure:
    """One failed attempt: the error to raise, and whether trying again could help.

    ``unsent`` marks failures where the server cannot have acted on the request (the
    connection was never made, or it answered 429), so even a non-idempotent call may retry.
    """

    error: errors.LeanRailsError
    retryable: bool
    reason: str
    unsent: bool = False
    retry_after: float | None = None


def _user_agent() -> str:
    system = platform.system() or "unknown"
    return f"LeanRailsDesktop/{__version__} (python-httpx/{httpx.__version__}; {system})"


_TAG = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s+")
_SCRIPT = re.compile(r"<(script|style)[^>]*>.*?</\1>", re.IGNORECASE | re.DOTALL)


def _excerpt(text: str) -> str:
    """A short, tag-free, single-line excerpt of a body that was not JSON."""
    title = _TITLE.search(text)
    source = title.group(1) if title else _TAG.sub(" ", _SCRIPT.sub(" ", text))
    flat = _SPACE.sub(" ", source).strip()
    if len(flat) > _EXCERPT_LENGTH:
        flat = flat[: _EXCERPT_LENGTH - 1].rstrip() + "…"
    return flat


def _seconds(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else f"{value:.0f}"


# --------------------------------------------------------------------------- the client


class LeanRailsClient:
    """A synchronous client for the LeanRails API.

    ``client.checkout_links`` holds the Checkout Links operations. Failed requests are
    retried up to ``max_retries`` times (connection errors, timeouts, 409, 429, 5xx) with a
    jittered exponential backoff or the server's ``Retry-After``, each wait at most
    ``max_retry_delay`` seconds. Use as a context manager or call :meth:`close`.
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_delay: float = DEFAULT_MAX_RETRY_DELAY,
        http_client: httpx.Client | None = None,
        on_retry: Callable[[RetryNotice], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise errors.ConfigurationError("No secret key was given.")
        if api_key != api_key.strip() or not api_key.isascii() or not api_key.isprintable():
            raise errors.ConfigurationError(
                "The secret key contains spaces or characters a key cannot have."
            )
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise errors.ConfigurationError("max_retries must be a whole number, 0 or more.")
        if not timeout > 0:
            raise errors.ConfigurationError("The timeout must be more than 0 seconds.")
        if not max_retry_delay >= 0:
            raise errors.ConfigurationError("max_retry_delay cannot be negative.")
        if not isinstance(base_url, str):
            raise errors.ConfigurationError("The API address must be text.")
        self._base_url = normalize_base_url(base_url)
        self._where = address_for_messages(self._base_url)
        self.__key = api_key
        self.__authorization = "Basic " + base64.b64encode(f"{api_key}:".encode()).decode()
        self._key_hint = mask_key(api_key)
        self.timeout = float(timeout)
        self.max_retries = max_retries
        self.max_retry_delay = float(max_retry_delay)
        self._on_retry = on_retry
        self._sleep = sleep
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(
            follow_redirects=False,
            timeout=self.timeout,
            # A plain-http base (the local sandbox) never opens a TLS connection, since
            # every request goes to that base and redirects are not followed; skipping the
            # certificate store saves ~20 ms at every start. https always verifies.
            verify=not self._base_url.startswith("http://"),
        )
        self._user_agent = _user_agent()
        self.checkout_links = CheckoutLinks(self)

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API address, without a trailing slash."""
        return self._base_url

    @property
    def key_hint(self) -> str:
        """The key as it may be shown to a person (``sk_test_…abcd``)."""
        return self._key_hint

    def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> LeanRailsClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"LeanRailsClient(base_url={self._base_url!r}, key={self._key_hint!r})"

    # -- requests ----------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """Send one API call, retrying where it is safe, and return the decoded JSON object.

        ``path`` starts with ``/v1``; callers quote ids with :func:`path_segment`.
        Raises a :class:`~leanrails_desktop.core.api.errors.LeanRailsError` subclass.
        """
        method = method.upper()
        url = self._base_url + path
        headers = {
            "Authorization": self.__authorization,
            "Accept": "application/json",
            "User-Agent": self._user_agent,
        }
        content: bytes | None = None
        if json_body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(json_body, ensure_ascii=False).encode("utf-8")
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key  # the same key on every attempt
        replay_safe = method in ("GET", "HEAD") or idempotency_key is not None

        retry = 0
        while True:
            outcome = self._attempt(method, url, path, headers, content, params)
            if isinstance(outcome, dict):
                return outcome
            may_retry = outcome.retryable and (replay_safe or outcome.unsent)
            if may_retry and retry < self.max_retries:
                retry += 1
                delay = retry_delay(retry, outcome.retry_after, max_delay=self.max_retry_delay)
                logger.info(
                    "%s %s: %s; retry %d of %d in %.2f s",
                    method, path, outcome.reason, retry, self.max_retries, delay,
                )
                self._notify(RetryNotice(attempt=retry, delay=delay, reason=outcome.reason))
                self._sleep(delay)
                continue
            raise outcome.error from None

    def _notify(self, notice: RetryNotice) -> None:
        if self._on_retry is None:
            return
        try:
            self._on_retry(notice)
        except Exception:  # a broken progress callback must not fail the request
            logger.warning("the on_retry callback raised; continuing", exc_info=True)

    def _attempt(
        self,
        method: str,
        url: str,
        path: str,
        headers: Mapping[str, str],
        content: bytes | None,
        params: Mapping[str, str] | None,
    ) -> dict[str, Any] | _Failure:
        """One HTTP exchange: the decoded object, or the failure."""
        started = time.monotonic()
        failure: _Failure | None = None
        response: httpx.Response | None = None
        try:
            response = self._http.request(
                method,
                url,
                params=params,
                content=content,
                headers=headers,
                timeout=self.timeout,
                follow_redirects=False,
            )
        except httpx.HTTPError as exc:
            failure = self._connection_failure(exc)
        except (OSError, ValueError) as exc:  # defensive: a broken injected transport
            failure = _Failure(
                errors.APIConnectionError(
                    translate(
                        "ApiClient", "Could not reach LeanRails at {where}: {detail}."
                    ).format(where=self._where, detail=type(exc).__name__)
                ),
                retryable=False,
                reason=translate("ApiClient", "The connection failed"),
            )
        elapsed_ms = (time.monotonic() - started) * 1000
        if failure is not None or response is None:
            assert failure is not None
            logger.info(
                "%s %s failed after %.0f ms: %s",
                method, path, elapsed_ms, type(failure.error).__name__,
            )
            return failure
        request_id = response.headers.get("Request-Id")
        logger.debug(
            "%s %s -> %d in %.0f ms (request %s)",
            method, path, response.status_code, elapsed_ms, request_id or "-",
        )
        return self._interpret(response, request_id)

    def _connection_failure(self, exc: httpx.HTTPError) -> _Failure:
        limit = _seconds(self.timeout)
        where = self._where
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            message = translate(
                "ApiClient", "Could not reach LeanRails at {where}: timed out after {limit} s."
            )
            reason, unsent = translate("ApiClient", "The connection timed out"), True
        elif isinstance(exc, httpx.TimeoutException):
            message = translate(
                "ApiClient", "LeanRails at {where} did not answer: timed out after {limit} s."
            )
            reason, unsent = translate("ApiClient", "The request timed out"), False
        elif isinstance(exc, httpx.RemoteProtocolError):
            message = translate(
                "ApiClient",
                "LeanRails at {where} closed the connection before answering completely.",
            )
            reason, unsent = translate("ApiClient", "The connection was cut"), False
        elif isinstance(exc, httpx.ConnectError):
            message = translate("ApiClient", "Could not reach LeanRails at {where}: {detail}.")
            reason, unsent = translate("ApiClient", "LeanRails could not be reached"), True
        elif isinstance(exc, httpx.TransportError):
            message = translate(
                "ApiClient", "The connection to LeanRails at {where} failed: {detail}."
            )
            reason, unsent = translate("ApiClient", "The connection failed"), False
        else:
            message = translate(
                "ApiClient", "The request to LeanRails at {where} failed: {detail}."
            ).format(where=where, detail=self._detail(exc))
            return _Failure(errors.APIConnectionError(message), retryable=False, reason="")
        detail = self._detail(exc) if "{detail}" in message else ""
        message = message.format(where=where, limit=limit, detail=detail)
        return _Failure(errors.APIConnectionError(message), True, reason, unsent=unsent)

    def _detail(self, exc: BaseException) -> str:
        text = str(exc).strip()
        text = re.sub(r"^\[Errno -?\d+\]\s*", "", text)
        text = re.sub(r"^\[[A-Z_]+(?::[^\]]*)?\]\s*", "", text)  # "[SSL: CODE] ..."
        text = re.sub(r"\s*\(_ssl\.c:\d+\)$", "", text)
        text = text.rstrip(".").strip()
        if not text:
            text = type(exc).__name__
        if len(text) > 160:
            text = text[:159].rstrip() + "…"
        if text[:1].isupper() and not text[1:2].isupper():
            text = text[0].lower() + text[1:]
        return self._clean(text)

    def _clean(self, text: str) -> str:
        """Remove the key (and its base64 form) from text that came from elsewhere."""
        encoded = self.__authorization.removeprefix("Basic ")
        for secret in (self.__key, encoded, encoded.rstrip("=")):
            if secret and secret in text:
                text = text.replace(secret, self._key_hint)
        return text

    def _interpret(
        self, response: httpx.Response, request_id: str | None
    ) -> dict[str, Any] | _Failure:
        status = response.status_code
        body: Any = None
        parsed = False
        if response.content:
            try:
                body = json.loads(response.content)
                parsed = True
            except (ValueError, UnicodeDecodeError, RecursionError):  # nested too deep: unread
                parsed = False
        if 200 <= status < 300:
            if parsed and isinstance(body, dict):
                return body
            what = "a response that is not valid JSON" if not parsed else "an unexpected response"
            message = f"LeanRails sent {what} (HTTP {status}); the result could not be read."
            unreadable = errors.APIError(message, status=status, request_id=request_id)
            return _Failure(unreadable, retryable=False, reason="")
        if 300 <= status < 400:
            message = (
                f"LeanRails answered with a redirect (HTTP {status}); check the API address."
            )
            redirect = errors.APIError(message, status=status, request_id=request_id)
            return _Failure(redirect, retryable=False, reason="")
        retryable = status in _RETRYABLE_STATUSES or status >= 500
        raw_error = body.get("error") if parsed and isinstance(body, dict) else None
        error: errors.LeanRailsError
        if isinstance(raw_error, dict):
            error = self._error_from_body(status, raw_error, response, request_id)
        else:
            error = self._unreadable_error(response, request_id)
        return _Failure(
            error,
            retryable,
            self._retry_reason(status),
            unsent=status == 429,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )

    @staticmethod
    def _retry_reason(status: int) -> str:
        if status == 429:
            return "The server is busy (rate limited)"
        if status == 409:
            return "The previous attempt is still being processed"
        return f"LeanRails had a temporary problem (HTTP {status})"

    def _unreadable_error(
        self, response: httpx.Response, request_id: str | None
    ) -> errors.LeanRailsError:
        status = response.status_code
        kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            text = response.text
        except (UnicodeDecodeError, LookupError):
            text = ""
        excerpt = self._clean(_excerpt(text)) if text else ""
        if not text.strip():
            message = "LeanRails sent an empty answer."
        elif "html" in kind or "<html" in text[:500].lower():
            message = "LeanRails answered with an HTML page instead of JSON"
        elif kind.endswith("json") or text.lstrip()[:1] in ("{", "["):
            message = "LeanRails sent an error without details"
        else:
            message = "LeanRails sent an answer that is not JSON"
        if excerpt and text.strip():
            message += f": “{excerpt}”."
        elif not message.endswith("."):
            message += "."
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return errors.RateLimitError(
                message, retry_after=retry_after, status=status, request_id=request_id
            )
        if status == 401:
            return errors.AuthenticationError(message, status=status, request_id=request_id)
        return errors.APIError(message, status=status, request_id=request_id)

    def _error_from_body(
        self,
        status: int,
        raw: Mapping[str, Any],
        response: httpx.Response,
        request_id: str | None,
    ) -> errors.LeanRailsError:
        def text(name: str) -> str | None:
            value = raw.get(name)
            return self._clean(value) if isinstance(value, str) and value else None

        kind = text("type")
        code = text("code")
        param = text("param")
        message = text("message") or "LeanRails refused the request."
        fields: dict[str, Any] = {
            "status": status,
            "type": kind,
            "code": code,
            "param": param,
            "request_id": request_id,
        }
        if status == 401 or kind == "authentication_error":
            return errors.AuthenticationError(message, **fields)
        if status == 429 or kind == "rate_limit_error":
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            return errors.RateLimitError(message, retry_after=retry_after, **fields)
        if kind == "idempotency_error":
            return errors.IdempotencyError(message, **fields)
        if status == 404 and kind in ("invalid_request_error", None):
            return errors.NotFoundError(message, **fields)
        if status >= 500:
            return errors.APIError(message, **fields)
        if kind == "invalid_request_error":
            return errors.InvalidRequestError(message, **fields)
        return errors.APIError(message, **fields)
