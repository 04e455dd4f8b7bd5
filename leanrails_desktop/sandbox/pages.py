"""The hosted checkout page customers see at ``/cl/{id}``, as self-contained HTML.

Every value from a link is escaped; the page loads nothing from elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from leanrails_desktop.core.money import format_amount
from leanrails_desktop.sandbox.store import LineItemRow

BUTTON_TEXT = {"auto": "Pay", "pay": "Pay", "book": "Book", "donate": "Donate"}
DEFAULT_INACTIVE_MESSAGE = "This link is no longer active."

CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'"

_STYLE = """
:root { color-scheme: light dark; --accent: #3b5bdb; --muted: #6b7280; --line: #e5e7eb; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       background: #f5f6f8; color: #111827; }
main { max-width: 28rem; margin: 3rem auto; padding: 2rem; background: #fff;
       border-radius: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08), 0 8px 24px rgba(0,0,0,.06); }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: .1rem .5rem;
         border-radius: 999px; background: #fff3bf; color: #7c5800; margin-bottom: 1rem; }
.description { color: var(--muted); margin: 0 0 1.25rem; white-space: pre-line; }
table { width: 100%; border-collapse: collapse; margin-bottom: 1rem; }
td { padding: .5rem 0; border-bottom: 1px solid var(--line); vertical-align: top; }
td.amount { text-align: right; white-space: nowrap; padding-left: 1rem; }
.quantity { color: var(--muted); font-size: .9rem; }
tr.total td { font-weight: 700; border-bottom: none; padding-top: .75rem; }
fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1rem; padding: .75rem; }
legend { font-size: .9rem; color: var(--muted); padding: 0 .25rem; }
input { width: 100%; padding: .5rem; margin: .25rem 0; border: 1px solid var(--line);
        border-radius: 6px; font: inherit; }
button { width: 100%; padding: .75rem; border: 0; border-radius: 8px; background: var(--accent);
         color: #fff; font: 600 1rem system-ui, sans-serif; }
.inactive { padding: 1rem; border-radius: 8px; background: #f1f3f5; color: #343a40; }
footer { margin-top: 1.5rem; text-align: center; font-size: .8rem; color: var(--muted); }
@media (prefers-color-scheme: dark) {
  body { background: #111318; color: #e5e7eb; }
  main { background: #1b1e25; box-shadow: none; }
  .inactive { background: #262a33; color: #dee2e6; }
  :root { --line: #2f3440; }
}
"""

# The server writes its pages in one locale; the app's choice of locale is not the server's.
_PAGE_LOCALE = "en_US"


def _document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}<footer>Powered by LeanRails · sandbox</footer></main></body></html>\n"
    )


def checkout_page(link: dict[str, Any], items: Sequence[LineItemRow]) -> str:
    """The page for a link: its items and total and pay button, or its inactive message."""
    parts = [f"<h1>{escape(link['title'])}</h1>"]
    if not link.get("livemode"):
        parts.append('<span class="badge">Test mode</span>')
    if link.get("description"):
        parts.append(f'<p class="description">{escape(link["description"])}</p>')
    if not link.get("active"):
        message = link.get("inactive_message") or DEFAULT_INACTIVE_MESSAGE
        parts.append(f'<p class="inactive" role="status">{escape(message)}</p>')
        return _document(link["title"], "".join(parts))

    currency = link["currency"]
    rows = []
    for item in items:
        amount = format_amount(item.unit_amount * item.quantity, currency, _PAGE_LOCALE)
        rows.append(
            f"<tr><td>{escape(item.description)}"
            f' <span class="quantity">× {item.quantity}</span></td>'
            f'<td class="amount">{escape(amount)}</td></tr>'
        )
    total = sum(item.unit_amount * item.quantity for item in items)
    rows.append(
        f'<tr class="total"><td>Total</td>'
        f'<td class="amount">{escape(format_amount(total, currency, _PAGE_LOCALE))}</td></tr>'
    )
    parts.append(f"<table>{''.join(rows)}</table>")
    parts.append(
        '<fieldset><legend>Contact</legend>'
        '<input type="email" placeholder="Email" aria-label="Email" disabled></fieldset>'
    )
    if link.get("billing_address_collection") == "required":
        parts.append(
            '<fieldset><legend>Billing address</legend>'
            '<input placeholder="Name" aria-label="Name" disabled>'
            '<input placeholder="Address" aria-label="Address" disabled>'
            '<input placeholder="City" aria-label="City" disabled>'
            '<input placeholder="Postal code" aria-label="Postal code" disabled></fieldset>'
        )
    if link.get("allow_promotion_codes"):
        parts.append(
            '<fieldset><legend>Promotion code</legend>'
            '<input placeholder="Add promotion code" aria-label="Promotion code" disabled>'
            "</fieldset>"
        )
    button = BUTTON_TEXT.get(link.get("submit_type", "auto"), "Pay")
    parts.append(f'<button type="button" disabled>{escape(button)}</button>')
    return _document(link["title"], "".join(parts))


def not_found_page() -> str:
    """The page for a link id that does not exist."""
    return _document(
        "Link not found",
        "<h1>Link not found</h1><p class=\"description\">This checkout link does not exist. "
        "Check the address, or ask the seller for a new link.</p>",
    )
