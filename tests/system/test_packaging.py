"""Desktop integration files pass their validators; the app icon exists in every size; the
Linux installer puts everything where the desktop looks for it, and takes it away again."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from leanrails_desktop import APP_ID, APP_NAME, __version__

pytestmark = pytest.mark.system

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO_FILE = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "leanrails_desktop" / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils / appstream)")
    return path


def run(
    *command: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], capture_output=True, text=True, timeout=120, env=env
    )


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_passes_desktop_file_validate() -> None:
    done = run(tool("desktop-file-validate"), DESKTOP_FILE)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "" and done.stderr.strip() == ""  # not even a hint


def test_metainfo_passes_appstreamcli_with_no_warning() -> None:
    # --strict fails on any error, warning or info; only pedantic hints may remain.
    appstreamcli = tool("appstreamcli")
    done = run(appstreamcli, "validate", "--no-net", "--strict", "--pedantic", METAINFO_FILE)
    assert done.returncode == 0, done.stdout + done.stderr
    issues = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert issues == []
    pedantic = [line for line in done.stdout.splitlines() if line.startswith("P:")]
    # The app id is fixed (APP_ID); AppStream only prefers ids in lower case.
    assert all("cid-contains-uppercase-letter" in line for line in pedantic), pedantic


def test_desktop_file_names_the_app_and_its_icon() -> None:
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "leanrails-desktop"
    assert entry["Categories"].split(";")[:2] == ["Office", "Finance"]
    assert entry["Terminal"] == "false"


def test_metainfo_describes_this_release() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("developer_name") == "LeanRails"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("content_rating") is not None
    release = root.find("releases/release")
    assert release is not None
    assert (release.get("version"), release.get("date")) == (__version__, "2026-11-24")


@pytest.mark.parametrize("size", SIZES)
def test_app_icon_png_in_every_size(size: int) -> None:
    path = ICONS / "app" / f"app-{size}.png"
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        assert alpha.getextrema() == (0, 255)  # transparent corners, opaque body


def test_windows_and_macos_icons() -> None:
    with Image.open(PACKAGING / "windows" / "app.ico") as ico:
        assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= set(ico.info["sizes"])
    with Image.open(PACKAGING / "macos" / "app.icns") as icns:
        assert icns.format == "ICNS"
        # Pillow stores 16 and 32 px as their 2x variants, which macOS scales down.
        wanted = {(512, 512, 2), (512, 512, 1), (256, 256, 1), (128, 128, 1), (32, 32, 2)}
        assert wanted <= set(icns.info["sizes"])


def test_spec_and_build_requirements() -> None:
    spec = (PACKAGING / "leanrails-desktop.spec").read_text(encoding="utf-8")
    compile(spec, "leanrails-desktop.spec", "exec")
    assert "leanrails_desktop/resources" in spec
    requirements = (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8")
    assert "pyinstaller>=6" in requirements and "<7" in requirements


@pytest.fixture
def fake_build(tmp_path: Path) -> Path:
    """A stand-in one-folder build: an executable and the icons where PyInstaller puts them."""
    build = tmp_path / "dist" / "leanrails-desktop"
    shutil.copytree(ICONS, build / "_internal" / "leanrails_desktop" / "resources" / "icons")
    exe = build / "leanrails-desktop"
    exe.write_text("#!/bin/sh\necho 'LeanRails Desktop (stand-in)'\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return build


def test_linux_installer_installs_and_uninstalls(tmp_path: Path, fake_build: Path) -> None:
    home = tmp_path / "home with space"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    script = PACKAGING / "install-linux.sh"

    done = run("bash", script, fake_build, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    share = home / ".local" / "share"
    installed_exe = home / ".local" / "opt" / "leanrails-desktop" / "leanrails-desktop"
    assert installed_exe.is_file()
    link = home / ".local" / "bin" / "leanrails-desktop"
    assert link.resolve() == installed_exe.resolve()
    assert "stand-in" in run(link).stdout
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    desktop = share / "applications" / f"{APP_ID}.desktop"
    entry = desktop_entry(desktop)
    assert entry["Exec"] == f'"{installed_exe}"'
    assert entry["TryExec"] == str(installed_exe)
    assert entry["Icon"] == APP_ID
    validated = run(tool("desktop-file-validate"), desktop)
    assert validated.returncode == 0 and validated.stdout.strip() == "", validated.stdout

    # The installed tree as a whole: metainfo, its launchable .desktop file and icons.
    tree = tmp_path / "tree"
    shutil.copytree(share, tree / "usr" / "share")
    checked = run(tool("appstreamcli"), "validate-tree", "--no-net", tree)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # Installing again over the top works (an update).
    assert run("bash", script, fake_build, env=env).returncode == 0

    removed = run("bash", script, "--uninstall", env=env)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not installed_exe.exists() and not link.is_symlink()
    assert not desktop.exists()
    assert not list(share.rglob(f"{APP_ID}.*"))


def test_linux_installer_refuses_a_folder_without_the_app(tmp_path: Path) -> None:
    env = dict(os.environ, HOME=str(tmp_path))
    done = run("bash", PACKAGING / "install-linux.sh", tmp_path / "nowhere", env=env)
    assert done.returncode != 0
    assert "Build it first" in done.stderr
    assert not (tmp_path / ".local").exists()
