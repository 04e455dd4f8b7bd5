"""Channel tags on a link's URL: ``utm_source``, ``utm_medium`` and ``utm_campaign``."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

MAX_UTM_LENGTH = 150
UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign")


class UtmError(ValueError):
    """A tag that cannot be used; the message is the sentence to show."""


def with_utm(url: str, source: str = "", medium: str = "", campaign: str = "") -> str:
    """``url`` with the given UTM tags set (URL-encoded; empty ones left out, earlier values
    of the same tags replaced, other query parameters kept). Raises UtmError for a tag
    longer than 150 characters."""
    tags = {"utm_source": source.strip(), "utm_medium": medium.strip(),
            "utm_campaign": campaign.strip()}
    for name, value in tags.items():
        if len(value) > MAX_UTM_LENGTH:
            raise UtmError(
                f"Keep {name} to {MAX_UTM_LENGTH} characters or fewer; it has {len(value)}."
            )
    if not any(tags.values()):
        return url
    parts = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k not in tags or not tags[k]]
    kept += [(k, v) for k, v in tags.items() if v]
    return urlunsplit(parts._replace(query=urlencode(kept)))
