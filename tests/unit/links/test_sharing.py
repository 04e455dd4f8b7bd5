"""Sharing rules: UTM-tagged URLs, the HTML embed snippet, the email draft, the social post
and one link on several channels."""

from __future__ import annotations

import base64
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

import pytest

from leanrails_desktop.core.links.sharing import (
    CHANNELS,
    MAX_TAG_CHARS,
    ShareError,
    UtmTags,
    campaign_for,
    channel,
    email_draft,
    embed_snippet,
    mailto_url,
    social_text,
    tag_channels,
    tagged_list_text,
    tags_for,
    with_utm,
    write_channel_codes,
    write_channel_sheet,
)

URL = "https://checkout.leanrails.com/cl/cl_4de6fg8hi0jk"
HOSTILE = '<script>alert(1)</script>" onmouseover="x'
RTL = "\u200fהזמנה \u202eevil\u202c & co"


def utm(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query, keep_blank_values=True)


# ---------------------------------------------------------------------------------- UTM


def test_values_are_percent_encoded_and_decode_back_exactly() -> None:
    campaign = "Été & co=1+1 #2/3?"
    tagged = with_utm(URL, "news letter", "e-mail", campaign)
    query = urlsplit(tagged).query
    assert "%20" in query and "+" not in query.replace("%2B", "")
    assert parse_qsl(query, strict_parsing=True) == [
        ("utm_source", "news letter"),
        ("utm_medium", "e-mail"),
        ("utm_campaign", campaign),
    ]
    assert urlsplit(tagged).fragment == ""


def test_rtl_marks_and_quotes_survive_the_round_trip() -> None:
    tagged = with_utm(URL, "x", "social", RTL + " \"quoted\" 'single'")
    assert utm(tagged)["utm_campaign"] == [RTL + " \"quoted\" 'single'"]
    assert re.fullmatch(r"[A-Za-z0-9%._~\-=&?:/]+", tagged)


def test_existing_query_and_fragment_are_kept_as_they_were() -> None:
    url = URL + "?ref=a%20b&lang=fr&flag#pay-now?x=1"
    tagged = with_utm(url, "email", "email", "spring")
    assert tagged == (
        URL + "?ref=a%20b&lang=fr&flag&utm_source=email&utm_medium=email&utm_campaign=spring"
        "#pay-now?x=1"
    )


def test_earlier_tags_of_the_same_name_are_replaced_not_repeated() -> None:
    url = URL + "?utm_source=old&keep=1&utm%5Fmedium=old"
    tagged = with_utm(url, "facebook", "social", "")
    assert utm(tagged) == {"keep": ["1"], "utm_source": ["facebook"], "utm_medium": ["social"]}
    assert tagged.startswith(URL + "?keep=1&")


def test_no_values_leave_the_url_alone_and_empty_ones_are_left_out() -> None:
    assert with_utm(URL + "?a=1#f", "", "  ", "") == URL + "?a=1#f"
    assert with_utm(URL, " print ", "", "") == URL + "?utm_source=print"


def test_150_characters_are_accepted_151_are_refused_with_a_sentence() -> None:
    assert utm(with_utm(URL, "s", "m", "é" * MAX_TAG_CHARS))["utm_campaign"] == [
        "é" * MAX_TAG_CHARS
    ]
    with pytest.raises(ShareError, match=r"campaign is 151 characters long; use at most 150"):
        with_utm(URL, "s", "m", "c" * 151)
    with pytest.raises(ShareError, match="source is 200"):
        with_utm(URL, "s" * 200, "m", "c")


def test_control_characters_missing_source_and_non_web_addresses_are_refused() -> None:
    with pytest.raises(ShareError, match="line breaks"):
        with_utm(URL, "a\nb", "", "")
    with pytest.raises(ShareError, match="Add a source"):
        with_utm(URL, "", "social", "spring")
    for bad in ("", "javascript:alert(1)", "ftp://x/y", "https://x y/"):
        with pytest.raises(ShareError):
            with_utm(bad, "s", "", "")


def test_presets_and_the_custom_channel() -> None:
    assert [c.key for c in CHANNELS] == ["email", "instagram", "facebook", "x", "print", "custom"]
    assert tags_for(channel("instagram"), "spring") == UtmTags("instagram", "social", "spring")
    own = UtmTags("partner site", "banner", "ignored")
    assert tags_for(channel("custom"), "spring", own) == UtmTags("partner site", "banner", "spring")
    with pytest.raises(ShareError):
        channel("myspace")
    assert campaign_for("Summer Sale 2026! Été") == "summer-sale-2026-ete"
    assert campaign_for("東京ツアー") == "checkout-link"
    assert len(campaign_for("word " * 100)) <= MAX_TAG_CHARS


# -------------------------------------------------------------------------------- embed


class Parsed(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.text.append(data)


def parse(snippet: str) -> Parsed:
    parsed = Parsed()
    parsed.feed(snippet)
    parsed.close()
    return parsed


@pytest.mark.parametrize("style", ["button", "link"])
@pytest.mark.parametrize("code", ["svg", "img", "none"])
def test_a_hostile_title_stays_text_in_every_snippet(style: str, code: str) -> None:
    tagged = with_utm(URL + "?a=1", "site", "embed", "spring & co")
    snippet = embed_snippet(tagged, HOSTILE, style=style, code=code)  # type: ignore[arg-type]
    parsed = parse(snippet)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names and "<script" not in snippet
    assert all("onmouseover" not in attrs for _, attrs in parsed.tags)
    anchors = [attrs for tag, attrs in parsed.tags if tag == "a"]
    assert len(anchors) == 1 and anchors[0]["href"] == tagged
    assert parsed.text == [HOSTILE]
    expected = {"svg": "svg", "img": "img", "none": None}[code]
    if expected is not None:
        assert expected in names
    else:
        assert "svg" not in names and "img" not in names
    # Every attribute value is double-quoted; nothing but tags holds a "<".
    for tag in re.findall(r"<[^>]*>", snippet):
        assert re.fullmatch(r'</?[a-z]+(\s+[A-Za-z:-]+="[^"<>]*")*\s*/?>', tag), tag


def test_ampersands_quotes_and_rtl_text_are_escaped_and_isolated() -> None:
    snippet = embed_snippet(URL, RTL + " 'a' \"b\"", style="link", code="none")
    parsed = parse(snippet)
    assert parsed.text == [RTL + " 'a' \"b\""]
    assert "&amp; co" in snippet and "&#x27;a&#x27;" in snippet and "&quot;b&quot;" in snippet
    assert dict(parsed.tags)["a"]["dir"] == "auto"


def test_the_image_in_the_snippet_is_the_code_of_the_tagged_url() -> None:
    import zxingcpp
    from PIL import Image

    tagged = with_utm(URL, "website", "embed", "spring")
    parsed = parse(embed_snippet(tagged, "Poster", code="img"))
    src = next(attrs["src"] for tag, attrs in parsed.tags if tag == "img")
    assert src is not None and src.startswith("data:image/png;base64,")
    image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [tagged]


def test_snippet_without_a_title_and_with_its_own_text() -> None:
    assert parse(embed_snippet(URL, "", code="none")).text == ["Pay now"]
    assert parse(embed_snippet(URL, "T", text="Book <now>", code="none")).text == ["Book <now>"]
    with pytest.raises(ShareError):
        embed_snippet("javascript:alert(1)", "x")


# ------------------------------------------------------------------------- email, social


def test_mailto_encodes_spaces_and_crlf_and_decodes_back_exactly() -> None:
    subject = "Ünïcode & “quotes” + plus = equals ?#"
    body = "Line one\nLine two\r\nthree\rfour & five=5%\n\u200fשלום"
    url = mailto_url(subject, body)
    assert url.startswith("mailto:?subject=")
    assert " " not in url and "+" not in url and "%20" in url and "%0D%0A" in url
    fields = dict(parse_qsl(urlsplit(url).query, strict_parsing=True))
    assert fields["subject"] == subject
    assert fields["body"] == "Line one\r\nLine two\r\nthree\r\nfour & five=5%\r\n\u200fשלום"
    # Percent-decoding alone (what a mail program does) gives the same text.
    raw_body = urlsplit(url).query.split("&body=", 1)[1]
    assert unquote(raw_body) == fields["body"]


def test_email_draft_carries_the_title_and_the_tagged_url() -> None:
    tagged = with_utm(URL, "email", "email", "spring")
    draft = email_draft(tagged, HOSTILE)
    assert draft.subject == HOSTILE
    assert tagged in draft.body
    fields = dict(parse_qsl(urlsplit(draft.url).query))
    assert fields["body"] == draft.body.replace("\n", "\r\n")
    assert email_draft(tagged, "").subject == "Your payment link"


def test_social_text_fits_a_post() -> None:
    tagged = with_utm(URL, "x", "social", "spring")
    assert social_text(tagged, "Poster\nA3") == f"Poster A3\n{tagged}"
    long = social_text(tagged, "w" * 400)
    title, url = long.split("\n")
    assert url == tagged and title.endswith("…") and len(title) + 1 + 23 <= 280


# ------------------------------------------------------------------------------- bulk


def test_one_link_on_several_channels(tmp_path: Path) -> None:
    chosen = [channel("email"), channel("instagram"), channel("print"), channel("custom")]
    tagged = tag_channels(URL, chosen, "spring", UtmTags("partner", "banner"))
    assert [utm(t.url)["utm_source"] for t in tagged] == [
        ["email"], ["instagram"], ["print"], ["partner"]
    ]
    assert len({t.url for t in tagged}) == 4
    assert tagged_list_text(tagged).splitlines()[1] == f"Instagram: {tagged[1].url}"
    with pytest.raises(ShareError, match=r"^Custom: Add a source"):
        tag_channels(URL, [channel("custom")], "spring", UtmTags())
    with pytest.raises(ShareError):
        tag_channels(URL, [], "spring")

    import zxingcpp
    from PIL import Image

    paths = write_channel_codes(tmp_path / "codes", tagged, "Poster / A3")
    assert [p.name for p in paths] == [
        "poster-a3-email-cl_4de6fg8hi0jk.png",
        "poster-a3-instagram-cl_4de6fg8hi0jk.png",
        "poster-a3-print-cl_4de6fg8hi0jk.png",
        "poster-a3-custom-cl_4de6fg8hi0jk.png",
    ]
    for path, item in zip(paths, tagged, strict=True):
        assert [r.text for r in zxingcpp.read_barcodes(Image.open(path))] == [item.url]
    sheet = tmp_path / "sheet.pdf"
    assert write_channel_sheet(sheet, tagged, "Poster") == 4
    assert sheet.read_bytes().startswith(b"%PDF")


def test_direction_controls_in_a_title_are_references_in_the_snippet() -> None:
    """A right-to-left override in a title would turn the rest of the snippet's source
    around where the merchant pastes it; it is written as a character reference, so the
    browser still shows the title exactly as written."""
    snippet = embed_snippet(URL, RTL, code="none")
    assert not any(ch in snippet for ch in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e")
    assert "&#x202e;" in snippet and "&#x200f;" in snippet
    assert parse(snippet).text == [RTL.replace("  ", " ").strip()]
