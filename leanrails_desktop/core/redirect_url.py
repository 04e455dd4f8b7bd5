"""The redirect address after payment: the API's rules for it, and its form as sent."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit, urlunsplit

from leanrails_desktop.core.i18n import translate
from leanrails_desktop.core.locale import format_count

URL_MAX = 2048


def has_control_chars(text: str) -> bool:
    """Whether ``text`` holds a control character other than a line break or a tab."""
    if text.isprintable():  # no character of category C (Cc, Cs among them) nor Z but " "
        return False
    # Cs: a lone surrogate (a broken paste) cannot be sent at all; UTF-8 has no form for it.
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in text)


def normalize_redirect_url(text: str) -> str:
    """The redirect URL as it will be sent: trimmed, an international domain in ASCII form.

    Raises ValueError with a merchant sentence if it cannot be a redirect target.
    """
    url = text.strip()
    if not url:
        raise ValueError(translate("LinkForm", "Enter the address customers go to after paying."))
    if any(ch.isspace() for ch in url) or has_control_chars(url):
        raise ValueError(translate("LinkForm", "A web address cannot contain spaces."))
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number up to 65535
    except ValueError:
        raise ValueError(
            translate(
                "LinkForm",
                "This is not a valid web address; check the port number (at most 65535) "
                "and any [ ] brackets.",
            )
        ) from None
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in ("https", "http") or not host:
        raise ValueError(
            translate(
                "LinkForm",
                "Use a full web address starting with https://, such as https://example.com/thanks.",
            )
        )
    if scheme == "http" and host not in _HTTP_REDIRECT_HOSTS:
        raise ValueError(
            translate("LinkForm", "Use https:// — plain http:// is only allowed for localhost.")
        )
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(
            translate("LinkForm", "“{host}” is not a valid domain name.").format(host=host)
        ) from exc
    netloc = parts.netloc
    if host != ascii_host:
        # Rebuilt from its parts: the netloc may spell the host in capitals (ÉXAMPLE.com).
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = (f"{userinfo}@" if userinfo else "") + ascii_host
        netloc += "" if port is None else f":{port}"
    normalized = urlunsplit((scheme, netloc, parts.path, parts.query, parts.fragment))
    if len(normalized) > URL_MAX:
        raise ValueError(
            translate("LinkForm", "The address can be at most {max} characters.").format(
                max=format_count(URL_MAX)
            )
        )
    return normalized


# The API's rule for redirects, not a loopback test (that is core.api.urls.is_loopback):
# plain http only for "localhost", the name and its two usual addresses. The API refuses
# other loopback spellings such as 127.0.0.2, so the form does too.
_HTTP_REDIRECT_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
