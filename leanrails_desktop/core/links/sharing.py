"""Sharing a link on a channel: its URL tagged for the channel (UTM parameters), an HTML
snippet for a web page, an email draft, a short text for social posts, and the same for
several channels at once (their URLs, their QR codes, one print sheet).

The one owner of these rules; no Qt. The UI shows and copies what is made here and never
builds a URL or HTML itself.
"""

from __future__ import annotations

import base64
import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import quote, unquote_plus

from leanrails_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from leanrails_desktop.core.exports.atomic import StrPath
    from leanrails_desktop.core.exports.qr import QrOptions

MAX_TAG_CHARS = 150
"""The longest value of one UTM parameter, in characters, before encoding."""
UTM_KEYS = ("utm_source", "utm_medium", "utm_campaign")
SOCIAL_LIMIT = 280
"""Characters of a post on the strictest common network (X)."""
SOCIAL_URL_WEIGHT = 23
"""What a link of any length counts for in a post on X (it shortens every URL)."""
EMBED_CODE_PX = 160
"""How wide the QR code of an embed snippet is shown on the page."""
EmbedStyle = Literal["button", "link"]
EmbedCode = Literal["svg", "img", "none"]
EMBED_STYLES: tuple[str, ...] = ("button", "link")
EMBED_CODES: tuple[str, ...] = ("svg", "img", "none")

_TAG_NAMES = {"utm_source": "source", "utm_medium": "medium", "utm_campaign": "campaign"}
# Characters left as they are in a parameter value: RFC 3986's unreserved set.
_UNRESERVED = "-._~"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_BUTTON_COLOR = "#3b5bdb"  # the preview's checkout button
_FONTS = "system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif"


class ShareError(ValueError):
    """Something that cannot be shared as asked; the message tells the merchant why."""


@dataclass(frozen=True, slots=True)
class Channel:
    """Where a link is shared, with the source and medium its URL is tagged with."""

    key: str
    label: str
    source: str
    medium: str


CHANNELS: tuple[Channel, ...] = (
    Channel("email", QT_TRANSLATE_NOOP("Sharing", "Email"), "email", "email"),
    Channel("instagram", "Instagram", "instagram", "social"),
    Channel("facebook", "Facebook", "facebook", "social"),
    Channel("x", "X", "x", "social"),
    Channel("print", QT_TRANSLATE_NOOP("Sharing", "Print"), "print", "qr"),
    Channel("custom", QT_TRANSLATE_NOOP("Sharing", "Custom"), "", ""),
)
"""The presets, in the order they are offered; "custom" takes the merchant's own tags."""


def channel(key: str) -> Channel:
    """The channel called ``key``; raises ShareError for an unknown one."""
    for candidate in CHANNELS:
        if candidate.key == key:
            return candidate
    raise ShareError(
        translate("Sharing", "“{key}” is not a channel the app knows.").format(key=key)
    )


@dataclass(frozen=True, slots=True)
class UtmTags:
    """The three UTM values of a shared URL (an empty value is left out of the URL)."""

    source: str = ""
    medium: str = ""
    campaign: str = ""


def campaign_for(title: str) -> str:
    """A campaign name from a link's title: ``Summer sale 2026!`` → ``summer-sale-2026``.

    Letters without an ASCII form (other scripts) drop out; with nothing left the campaign
    is ``checkout-link``.
    """
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:MAX_TAG_CHARS].rstrip("-") or "checkout-link"


def tags_for(chosen: Channel, campaign: str, custom: UtmTags | None = None) -> UtmTags:
    """The tags of a URL shared on ``chosen``: its preset source and medium, or for the
    custom channel the merchant's own; ``campaign`` in both cases."""
    if chosen.key == "custom":
        own = custom or UtmTags()
        return UtmTags(own.source, own.medium, campaign)
    return UtmTags(chosen.source, chosen.medium, campaign)


def _tag_name(name: str) -> str:
    if name == "source":
        return translate("Sharing", "source")
    if name == "medium":
        return translate("Sharing", "medium")
    if name == "campaign":
        return translate("Sharing", "campaign")
    return name


def check_tag(name: str, value: str) -> str:
    """``value`` without surrounding spaces; ShareError if it is too long or holds a line
    break or another control character. ``name`` is ``source``, ``medium`` or ``campaign``."""
    cleaned = value.strip()
    if _CONTROL.search(cleaned):
        raise ShareError(
            translate(
                "Sharing", "The {tag} cannot contain line breaks, tabs or other control characters."
            ).format(tag=_tag_name(name))
        )
    if len(cleaned) > MAX_TAG_CHARS:
        raise ShareError(
            translate("Sharing", "The {tag} is {count} characters long; use at most {max}.").format(
                tag=_tag_name(name), count=len(cleaned), max=MAX_TAG_CHARS
            )
        )
    return cleaned


def _split_url(url: str) -> tuple[str, str, str]:
    """``url`` as (before the query, query, fragment with its ``#``), cut where the first
    ``?`` and ``#`` stand, so that the pieces join back to exactly ``url``."""
    head, hash_mark, fragment = url.partition("#")
    base, _question, query = head.partition("?")
    return base, query, hash_mark + fragment


def check_shareable(url: str) -> None:
    """Raise ShareError unless ``url`` is a web address that can be shared."""
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in ("http", "https") or not url.split(":", 1)[1].startswith("//"):
        raise ShareError(
            translate(
                "Sharing",
                "Only a web address (https://…) can be shared; this link has none yet.",
            )
        )
    if _CONTROL.search(url) or any(ch.isspace() for ch in url):
        raise ShareError(
            translate("Sharing", "This link's address contains spaces or control characters.")
        )


def with_utm(url: str, source: str, medium: str, campaign: str) -> str:
    """``url`` with ``utm_source``, ``utm_medium`` and ``utm_campaign`` set.

    Values are trimmed and percent-encoded (UTF-8; a space is ``%20``); an empty one is left
    out. The URL's other query parameters and its fragment stay exactly as they were; UTM
    parameters of the same names already there are replaced. Raises ShareError (with a
    sentence) for a value over 150 characters or with control characters, for a medium or
    campaign without a source, and for an address that is not a web address.
    """
    check_shareable(url)
    values = {
        key: check_tag(_TAG_NAMES[key], value)
        for key, value in zip(UTM_KEYS, (source, medium, campaign), strict=True)
    }
    given = {key: value for key, value in values.items() if value}
    if not given:
        return url
    if "utm_source" not in given:
        raise ShareError(
            translate(
                "Sharing",
                "Add a source (where the link is shared, such as newsletter) before a medium "
                "or a campaign.",
            )
        )
    base, query, fragment = _split_url(url)
    kept = [
        part
        for part in query.split("&")
        if part and unquote_plus(part.split("=", 1)[0]) not in given
    ]
    added = [f"{key}={quote(value, safe=_UNRESERVED)}" for key, value in given.items()]
    return f"{base}?{'&'.join(kept + added)}{fragment}"


def tagged_url(url: str, tags: UtmTags) -> str:
    """:func:`with_utm` with the values of ``tags``."""
    return with_utm(url, tags.source, tags.medium, tags.campaign)


# ---------------------------------------------------------------------------------------
# Text the merchant pastes elsewhere


def _clean_text(text: str) -> str:
    """A title as it can be pasted anywhere: control characters become spaces, a lone
    surrogate becomes U+FFFD, spaces are trimmed. Bidi marks are kept: they are part of
    how a right-to-left title is written."""
    text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return " ".join(_CONTROL.sub(" ", text).split())


_BIDI_CONTROLS = {
    code: f"&#x{code:x};"
    for code in (0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def _escape(text: str) -> str:
    """Text for HTML content or a double- or single-quoted attribute. Direction controls
    (U+202E and its kin) are written as character references: a browser shows the title
    exactly as before, while the snippet's source, where the merchant pastes it, is not
    turned around by an invisible character in the title."""
    return html.escape(text, quote=True).translate(_BIDI_CONTROLS)


def _qr_svg_element(url: str, label: str) -> str:
    """The code as an inline ``<svg>`` element (drawn by the QR exporter) sized for a page."""
    from leanrails_desktop.core.exports.qr import QrOptions, render_svg

    svg = render_svg(url, QrOptions(format="svg", caption="none"))
    start = svg.index("<svg")  # drop the XML declaration, which has no place inside HTML
    attributes = (
        f' role="img" aria-label="{_escape(label)}"'
        f' style="display:block;margin:8px auto 0;width:{EMBED_CODE_PX}px;'
        f'height:{EMBED_CODE_PX}px;"'
    )
    return "<svg" + attributes + svg[start + len("<svg") :].rstrip()


def _qr_img_element(url: str, label: str) -> str:
    """The code as an ``<img>`` with the PNG in a data URI (twice the shown size, for sharp
    screens)."""
    from leanrails_desktop.core.exports.qr import QrOptions, render_png

    png = render_png(url, QrOptions(format="png", size_px=2 * EMBED_CODE_PX))
    data = base64.b64encode(png).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" alt="{_escape(label)}" '
        f'width="{EMBED_CODE_PX}" height="{EMBED_CODE_PX}" '
        f'style="display:block;margin:8px auto 0;image-rendering:pixelated;">'
    )


def embed_snippet(
    url: str,
    title: str,
    *,
    style: EmbedStyle = "button",
    code: EmbedCode = "svg",
    text: str | None = None,
) -> str:
    """HTML to paste into any web page: the link as a styled button or a plain link, and
    its QR code as inline SVG, as an ``<img>`` (data URI), or not at all.

    Everything comes inline (styles, the image), so the snippet needs no stylesheet, no
    script and no other file. ``text`` (default: the title, else "Pay now") and the title
    are HTML-escaped; every attribute is quoted; ``dir="auto"`` keeps a right-to-left title
    from reordering the page around it.
    """
    check_shareable(url)
    if style not in EMBED_STYLES:
        raise ShareError(
            translate("Sharing", "Choose a button or a link; “{style}” is neither.").format(
                style=style
            )
        )
    if code not in EMBED_CODES:
        raise ShareError(
            translate(
                "Sharing", "Choose SVG, an image or no QR code; “{code}” is none of them."
            ).format(code=code)
        )
    title = _clean_text(title)
    shown = _clean_text(text) if text is not None else ""
    shown = shown or title or translate("Sharing", "Pay now")
    href = _escape(url)
    if style == "button":
        anchor_style = (
            f"display:inline-block;padding:12px 24px;border-radius:6px;"
            f"background:{_BUTTON_COLOR};color:#ffffff;font-family:{_FONTS};"
            "font-size:16px;font-weight:600;line-height:1.3;text-decoration:none;"
        )
        anchor = (
            f'<a href="{href}" target="_blank" rel="noopener" dir="auto" '
            f'style="{anchor_style}">{_escape(shown)}</a>'
        )
    else:
        anchor = f'<a href="{href}" target="_blank" rel="noopener" dir="auto">{_escape(shown)}</a>'
    # A span, not a div: the snippet may be pasted inside a paragraph, which a div would end.
    lines = [
        '<span class="leanrails-checkout-link" '
        'style="display:inline-block;text-align:center;max-width:100%;vertical-align:top;">',
        anchor,
    ]
    label = (
        translate("Sharing", "QR code: {title}").format(title=title)
        if title
        else translate("Sharing", "QR code of the payment link")
    )
    if code == "svg":
        lines.append(_qr_svg_element(url, label))
    elif code == "img":
        lines.append(_qr_img_element(url, label))
    lines.append("</span>")
    return "\n".join(lines) + "\n"


def _mailto_value(text: str) -> str:
    """A header value of a ``mailto:`` URL (RFC 6068): line breaks as CRLF, then every
    character but the unreserved ones percent-encoded as UTF-8 (a space is ``%20``)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return quote("\r\n".join(lines), safe=_UNRESERVED)


def mailto_url(subject: str, body: str, to: str = "") -> str:
    """A ``mailto:`` URL that opens a new message with ``subject`` and ``body``."""
    recipient = quote(to.strip(), safe=_UNRESERVED + "@")
    return f"mailto:{recipient}?subject={_mailto_value(subject)}&body={_mailto_value(body)}"


@dataclass(frozen=True, slots=True)
class EmailDraft:
    """A message offering the link, for the merchant's mail program."""

    subject: str
    body: str

    @property
    def url(self) -> str:
        """The draft as a ``mailto:`` URL."""
        return mailto_url(self.subject, self.body)


def email_draft(url: str, title: str) -> EmailDraft:
    """A short message with the link's title and ``url`` (tag it for email first)."""
    check_shareable(url)
    name = _clean_text(title)
    subject = name or translate("Sharing", "Your payment link")
    if name:
        body = translate(
            "Sharing", "Hello,\n\nYou can pay for “{title}” securely here:\n{url}\n\nThank you!\n"
        ).format(title=name, url=url)
    else:
        body = translate(
            "Sharing", "Hello,\n\nYou can pay securely here:\n{url}\n\nThank you!\n"
        ).format(url=url)
    return EmailDraft(subject, body)


def social_text(url: str, title: str) -> str:
    """A post: the title (shortened with … if needed) and ``url`` on the next line, within
    280 characters as X counts them (any link as 23)."""
    check_shareable(url)
    name = _clean_text(title)
    room = SOCIAL_LIMIT - SOCIAL_URL_WEIGHT - 1
    if len(name) > room:
        name = name[: room - 1].rstrip() + "…"
    return f"{name}\n{url}" if name else url


# ---------------------------------------------------------------------------------------
# One link on several channels


@dataclass(frozen=True, slots=True)
class TaggedLink:
    """A link's URL tagged for one channel."""

    channel: Channel
    tags: UtmTags
    url: str


def tag_channels(
    url: str, channels: Sequence[Channel], campaign: str, custom: UtmTags | None = None
) -> list[TaggedLink]:
    """One tagged URL per channel, in the order given; ShareError if any tag is refused."""
    if not channels:
        raise ShareError(translate("Sharing", "Choose at least one channel."))
    tagged = []
    for chosen in channels:
        tags = tags_for(chosen, campaign, custom)
        try:
            tagged.append(TaggedLink(chosen, tags, tagged_url(url, tags)))
        except ShareError as exc:
            raise ShareError(f"{translate('Sharing', chosen.label)}: {exc}") from exc
    return tagged


def tagged_list_text(tagged: Sequence[TaggedLink]) -> str:
    """The URLs as lines ``Channel: URL``, for the clipboard."""
    return "".join(f"{translate('Sharing', item.channel.label)}: {item.url}\n" for item in tagged)


def _code_filename(item: TaggedLink, title: str, fmt: str) -> str:
    from leanrails_desktop.core.exports.filenames import safe_filename, url_ident

    return safe_filename(f"{title} {item.channel.label}", url_ident(item.url), fmt)


def write_channel_codes(
    folder: StrPath,
    tagged: Sequence[TaggedLink],
    title: str,
    options: QrOptions | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> list[Path]:
    """Save one QR code per tagged URL into ``folder`` (created, private, if missing), named
    after the title and the channel; returns the paths."""
    from leanrails_desktop.core.exports.qr import QrOptions, write_qr
    from leanrails_desktop.core.paths import private_umask

    if not tagged:
        raise ShareError(translate("Sharing", "Choose at least one channel."))
    options = options or QrOptions()
    target = Path(folder)
    with private_umask():
        target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for item in tagged:
        path = target / _code_filename(item, title, options.format)
        write_qr(path, item.url, options, title=title)
        written.append(path)
        if progress is not None:
            progress(len(written))
    return written


def write_channel_sheet(path: StrPath, tagged: Sequence[TaggedLink], title: str) -> int:
    """A print sheet with one labelled code per tagged URL (labels: title · channel);
    returns the number of codes placed."""
    from leanrails_desktop.core.exports.sheet import write_print_sheet

    if not tagged:
        raise ShareError(translate("Sharing", "Choose at least one channel."))
    name = _clean_text(title)
    items = [(item.url, f"{name} · {item.channel.label}" if name else item.channel.label)
             for item in tagged]
    return write_print_sheet(path, items).placed
