"""The one exception hierarchy of the LeanRails API client.

No exception here ever carries the secret key: messages come from the server's error body
or from fixed sentences, and ``repr`` shows only status, type, code and param.
"""

from __future__ import annotations


class LeanRailsError(Exception):
    """Base of every error the client raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type: str | None = None,  # mirrors the API's field name
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, type={self.type!r}, "
            f"code={self.code!r}, param={self.param!r}, message={self.message!r})"
        )

    def __str__(self) -> str:
        parts = [self.message]
        if self.status is not None:
            parts.append(f"(HTTP {self.status})")
        if self.request_id:
            parts.append(f"[request {self.request_id}]")
        return " ".join(parts)


class AuthenticationError(LeanRailsError):
    """401: the key is missing, malformed, revoked or unknown."""


class InvalidRequestError(LeanRailsError):
    """400: a parameter was wrong; ``param`` names it in bracket notation."""


class NotFoundError(InvalidRequestError):
    """404: the object does not exist (``code == "resource_missing"``)."""


class IdempotencyError(LeanRailsError):
    """400/409: an Idempotency-Key was reused with another body, or is still in flight."""


class RateLimitError(LeanRailsError):
    """429: too many requests; ``retry_after`` is the server's advice in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class APIError(LeanRailsError):
    """5xx, an unknown error type, or a response that could not be understood."""


class APIConnectionError(LeanRailsError):
    """The server could not be reached, or did not answer in time."""


class ConfigurationError(LeanRailsError):
    """The client was set up wrongly (for example a plain-http base URL to a remote host)."""
