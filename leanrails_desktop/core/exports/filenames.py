"""File names for exported QR codes: from a link's title and id, safe on every platform."""

from __future__ import annotations

import re
import unicodedata

from leanrails_desktop.core.api.objects import CheckoutLink

_UNSAFE = re.compile(r"[^\w]+", re.UNICODE)
_MAX_STEM_BYTES = 120
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)


def _slug(text: str) -> str:
    # Letters and digits of any script survive; everything else (slashes, colons, emoji,
    # punctuation, control characters) becomes a single dash.
    normalized = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(ch if (ch.isalnum() and ch.isprintable()) else "-" for ch in normalized)
    slug = _UNSAFE.sub("-", kept).replace("_", "-").strip("-")
    slug = re.sub(r"-{2,}", "-", slug)
    encoded = slug.encode("utf-8")
    if len(encoded) > _MAX_STEM_BYTES:
        slug = encoded[:_MAX_STEM_BYTES].decode("utf-8", "ignore").rstrip("-")
    return slug


def safe_filename(title: str, ident: str, extension: str) -> str:
    """``{slug of title}-{ident}.{extension}``, safe as a file name on Windows, macOS, Linux."""
    ident_part = re.sub(r"[^A-Za-z0-9_-]+", "-", ident).strip("-")[:64]
    ext = re.sub(r"[^a-z0-9]+", "", extension.lower().lstrip(".")) or "bin"
    slug = _slug(title)
    stem = "-".join(part for part in (slug, ident_part) if part) or "checkout-link"
    if stem.casefold() in _WINDOWS_RESERVED:
        stem += "-link"
    return f"{stem}.{ext}"


def suggested_filename(link: CheckoutLink, fmt: str) -> str:
    """A file name for ``link``'s QR code: ``premium-headphones-cl_4de6fg8hi0jk.png``."""
    return safe_filename(link.title, link.id, fmt)


def url_ident(url: str) -> str:
    """The last path segment of a URL (the link id for checkout URLs)."""
    tail = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    return tail.rsplit("/", 1)[-1] if "/" in tail else tail
