"""The API's error responses, raised as exceptions inside the sandbox.

Every non-2xx answer of ``/v1`` has the body
``{"error": {"type", "code", "message", "param"?}}``; this module is the one place that
builds it.
"""

from __future__ import annotations

from typing import Any

from leanrails_desktop.sandbox.keys import scrub


class SandboxError(Exception):
    """An error the API reports to the caller, with its HTTP status."""

    def __init__(
        self,
        status: int,
        type_: str,
        code: str | None,
        message: str,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.type = type_
        self.code = code
        self.message = message
        self.param = param
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body; anything shaped like a key is masked, so it is never echoed."""
        error: dict[str, Any] = {"type": self.type}
        if self.code is not None:
            error["code"] = self.code
        error["message"] = scrub(self.message)
        if self.param is not None:
            error["param"] = scrub(self.param)
        return {"error": error}


def invalid(param: str, message: str) -> SandboxError:
    """400 ``parameter_invalid``: the value has the wrong type, range or form."""
    return SandboxError(400, "invalid_request_error", "parameter_invalid", message, param)


def missing(param: str, message: str | None = None) -> SandboxError:
    """400 ``parameter_missing``: a required value was not sent."""
    return SandboxError(
        400,
        "invalid_request_error",
        "parameter_missing",
        message or f"Missing required parameter: {param}.",
        param,
    )


def unknown(param: str, message: str | None = None) -> SandboxError:
    """400 ``parameter_unknown``: a parameter this request does not take."""
    return SandboxError(
        400,
        "invalid_request_error",
        "parameter_unknown",
        message or f"Received unknown parameter: {param}.",
        param,
    )


def bad_request(message: str, code: str = "parameter_invalid") -> SandboxError:
    """400 about the request as a whole (its body or headers), with no ``param``."""
    return SandboxError(400, "invalid_request_error", code, message)


def not_found(message: str, param: str | None = None, status: int = 404) -> SandboxError:
    """``resource_missing``: 404 for the object asked for, 400 for one a parameter names."""
    return SandboxError(status, "invalid_request_error", "resource_missing", message, param)


def unauthenticated(code: str, message: str) -> SandboxError:
    """401 ``authentication_error``."""
    return SandboxError(401, "authentication_error", code, message)


def idempotency(status: int, code: str, message: str) -> SandboxError:
    """400 or 409 ``idempotency_error``."""
    return SandboxError(status, "idempotency_error", code, message)
