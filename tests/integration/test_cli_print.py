"""``leanrails qr`` and ``leanrails sheet`` against the sandbox over real HTTP: a logo code
at 20 mm that both decoders read, refusals with their reason (exit 1), usage problems
(exit 2), a label sheet with extractable text; the key is never printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers import qr_decode
from PIL import Image

from leanrails_desktop.core.api import LeanRailsClient
from leanrails_desktop.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from leanrails_desktop.cli import main; "
         "sys.exit(main())", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )


def _link(client: LeanRailsClient, title: str, cents: int) -> str:
    return client.checkout_links.create(
        title=title,
        line_items=[{"price_data": {"currency": "eur", "product": "prod_x",
                                    "unit_amount": cents}, "quantity": 1}],
    ).id


@pytest.fixture
def env(sandbox: SandboxServer, sandbox_key: str, tmp_path: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("LEANRAILS", "LC_"))}
    return base | {
        "LEANRAILS_API_KEY": sandbox_key, "LEANRAILS_API_BASE": sandbox.base_url,
        "LEANRAILS_DESKTOP_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT),
        "LANG": "en_US.UTF-8",
    }


def test_qr_command_writes_a_logo_code_at_20_mm_that_both_decoders_read(
    env: dict[str, str], client: LeanRailsClient, sandbox_key: str, tmp_path: Path
) -> None:
    zbarimg = qr_decode.zbarimg()
    link_id = _link(client, "Café crème", 450)
    url = client.checkout_links.retrieve(link_id).url
    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (200, 20, 20)).save(logo)
    out = tmp_path / "code.png"

    done = _run(["qr", link_id, "--out", str(out), "--size", "20mm", "--dpi", "300",
                 "--logo", str(logo), "--logo-size", "25", "--caption", "Scan to pay"], env)
    assert done.returncode == 0, done.stderr
    assert f"20 mm wide at 300 dpi, error correction H; scans as {url}" in done.stdout
    with Image.open(out) as image:
        assert image.width == 236 and round(image.info["dpi"][0]) == 300
    assert qr_decode.both(zbarimg, out) == ([url], [url])

    tagged_out = tmp_path / "tagged.svg"
    tagged_run = _run(["qr", link_id, "--out", str(tagged_out), "--size", "2in",
                       "--utm-source", "flyer", "--utm-medium", "print",
                       "--utm-campaign", "été 2026"], env)
    assert tagged_run.returncode == 0, tagged_run.stderr
    tagged = tagged_run.stdout.rsplit("scans as ", 1)[1].strip()
    assert tagged.startswith(url + "?") and parse_qs(urlsplit(tagged).query) == {
        "utm_source": ["flyer"], "utm_medium": ["print"], "utm_campaign": ["été 2026"]}
    assert 'width="50.8mm"' in tagged_out.read_text("utf-8")

    too_big = _run(["qr", link_id, "--out", str(tmp_path / "big.png"), "--logo", str(logo),
                    "--logo-size", "30"], env)
    assert too_big.returncode == 1
    assert "A logo of 30% of the code's width is too large" in too_big.stderr
    too_small = _run(["qr", link_id, "--out", str(tmp_path / "small.pdf"), "--size", "12mm",
                      "--ec", "H"], env)
    assert too_small.returncode == 1 and "choose at least" in too_small.stderr
    assert not (tmp_path / "big.png").exists() and not (tmp_path / "small.pdf").exists()

    svg_logo = tmp_path / "logo.svg"
    svg_logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
                        '<circle cx="20" cy="20" r="18" fill="#1b5e20"/></svg>', "utf-8")
    with_svg = _run(["qr", link_id, "--out", str(tmp_path / "svg-logo.png"), "--size", "30mm",
                     "--logo", str(svg_logo), "--logo-size", "20"], env)
    assert with_svg.returncode == 0, with_svg.stderr
    assert qr_decode.both(zbarimg, tmp_path / "svg-logo.png") == ([url], [url])
    with Image.open(tmp_path / "svg-logo.png") as image:  # the logo is drawn, in its colour
        assert (27, 94, 32) in {colour for _n, colour in image.convert("RGB").getcolors(1 << 16)}
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg><circle", "utf-8")
    bad_svg = _run(["qr", link_id, "--out", str(tmp_path / "bad.png"), "--logo", str(broken)],
                   env)
    assert bad_svg.returncode == 1 and "not an SVG image that can be read" in bad_svg.stderr

    usage = _run(["qr", link_id, "--out", str(tmp_path / "code.gif")], env)
    assert usage.returncode == 2 and "Name the file .png, .svg or .pdf" in usage.stderr
    for run in (done, tagged_run, too_big, too_small, usage):
        assert sandbox_key not in run.stdout + run.stderr
        assert sandbox_key[8:] not in run.stdout + run.stderr


def test_sheet_command_prints_the_active_links_on_an_avery_sheet(
    env: dict[str, str], client: LeanRailsClient, tmp_path: Path
) -> None:
    ids = [_link(client, title, cents) for title, cents in
           [("Café crème", 450), ("Ελληνικός καφές", 390), ("抹茶ラテ", 520)]]
    client.checkout_links.update(ids[1], active=False)
    out = tmp_path / "sheet.pdf"
    done = _run(["sheet", "--out", str(out), "--template", "avery-l7160", "--active",
                 "--cut-marks"], env)
    assert done.returncode == 0, done.stderr
    assert "2 codes on Avery L7160" in done.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Café crème" in text and "抹茶ラテ" in text and "Ελληνικός" not in text
    assert "€4.50" in text and "€5.20" in text
    for link_id in (ids[0], ids[2]):
        assert client.checkout_links.retrieve(link_id).url.removeprefix("https://") in text

    chosen = _run(["sheet", "--out", str(tmp_path / "one.pdf"), ids[1]], env)
    assert chosen.returncode == 0, chosen.stderr
    assert "Ελληνικός καφές" in subprocess.run(
        ["pdftotext", str(tmp_path / "one.pdf"), "-"], capture_output=True, text=True,
        check=True).stdout
    unknown = _run(["sheet", "--out", str(tmp_path / "x.pdf"), "--template", "avery-1"], env)
    assert unknown.returncode == 2 and "no label template" in unknown.stderr
