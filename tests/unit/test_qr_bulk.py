"""Bulk QR export: a folder of files or one ZIP, unique names, progress and cancel."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.modes import PRIVATE_FILE, mode, not_private
from PIL import Image

from leanrails_desktop.core.api.objects import CheckoutLink
from leanrails_desktop.core.exports.atomic import TEMP_SUFFIX, ExportCancelled, ExportError
from leanrails_desktop.core.exports.bulk import UniqueNames, export_qr_folder, export_qr_zip
from leanrails_desktop.core.exports.qr import QrOptions, suggested_filename


def link(i: int, title: str = "Tote bag") -> CheckoutLink:
    link_id = f"cl_{i:012d}"
    return CheckoutLink(id=link_id, url=f"https://checkout.leanrails.com/cl/{link_id}", title=title)


SMALL = QrOptions(size_px=180)


def no_temp_files(folder: Path) -> bool:
    return not any(p.name.endswith(TEMP_SUFFIX) for p in folder.iterdir())


def test_unique_names_number_repeats_ignoring_case() -> None:
    names = UniqueNames()
    assert names.take("a.png") == "a.png"
    assert names.take("A.png") == "A-2.png"
    assert names.take("a.png") == "a-3.png"
    assert names.take("README") == "README"
    assert names.take("readme") == "readme-2"


def test_zip_holds_one_png_per_link_with_suggested_unique_names(tmp_path: Path) -> None:
    links = [link(1), link(2, "Tote bag"), link(3, "Mug"), link(1)]
    target = tmp_path / "codes.zip"
    seen: list[int] = []
    names = export_qr_zip(target, links, SMALL, progress=seen.append)
    expected = [
        suggested_filename(links[0], "png"),
        suggested_filename(links[1], "png"),
        suggested_filename(links[2], "png"),
        "tote-bag-cl_000000000001-2.png",
    ]
    assert names == expected
    assert seen == [1, 2, 3, 4]
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == expected
        assert archive.testzip() is None
        for name in expected:
            assert Image.open(io.BytesIO(archive.read(name))).size == (180, 180)
    assert no_temp_files(tmp_path)


def test_zip_of_svg_files_is_compressed(tmp_path: Path) -> None:
    target = tmp_path / "codes.zip"
    export_qr_zip(target, [link(1), link(2)], QrOptions(format="svg"))
    with zipfile.ZipFile(target) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["tote-bag-cl_000000000001.svg",
                                               "tote-bag-cl_000000000002.svg"]
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in infos)
        assert archive.read(infos[0]).startswith(b"<?xml")


def test_zip_accepts_url_and_title_pairs(tmp_path: Path) -> None:
    target = tmp_path / "codes.zip"
    names = export_qr_zip(
        target, [("https://checkout.leanrails.com/cl/cl_abc", "Gift card")], SMALL
    )
    assert names == ["gift-card-cl_abc.png"]


def test_cancelled_zip_leaves_no_file_and_keeps_an_earlier_one(tmp_path: Path) -> None:
    target = tmp_path / "codes.zip"
    target.write_bytes(b"earlier export")
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        export_qr_zip(
            target, (link(i) for i in range(10)), SMALL,
            progress=done.append, cancelled=lambda: len(done) >= 2,
        )
    assert done == [1, 2]
    assert target.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["codes.zip"]


def test_cancelled_new_zip_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_qr_zip(tmp_path / "codes.zip", [link(1)], SMALL, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_empty_zip_is_refused_and_not_written(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no links"):
        export_qr_zip(tmp_path / "codes.zip", [], SMALL)
    assert list(tmp_path.iterdir()) == []


def test_folder_gets_one_file_per_link(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "codes"
    paths = export_qr_folder(folder, [link(1), link(2, "Mug"), link(1)], QrOptions(format="pdf"))
    assert [p.name for p in paths] == [
        "tote-bag-cl_000000000001.pdf",
        "mug-cl_000000000002.pdf",
        "tote-bag-cl_000000000001-2.pdf",
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
@pytest.mark.usefixtures("typical_umask")
def test_a_new_folder_of_codes_and_its_files_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "codes"
    paths = export_qr_folder(folder, [link(1), link(2, "Mug")], SMALL)
    assert len(paths) == 2
    assert not_private(tmp_path / "new") == {}
    zipped = tmp_path / "codes.zip"
    export_qr_zip(zipped, [link(3)], SMALL)
    assert mode(zipped) == PRIVATE_FILE


def test_cancelled_folder_export_keeps_only_complete_files(tmp_path: Path) -> None:
    done: list[int] = []
    with pytest.raises(ExportCancelled):
        export_qr_folder(
            tmp_path, (link(i) for i in range(10)), SMALL,
            progress=done.append, cancelled=lambda: len(done) >= 3,
        )
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [f"tote-bag-cl_{i:012d}.png" for i in range(3)]
    for name in files:
        with Image.open(tmp_path / name) as image:
            assert image.size == (180, 180)


def test_failure_mid_folder_removes_the_file_in_progress(tmp_path: Path) -> None:
    def links() -> Iterator[CheckoutLink]:
        yield link(1)
        yield CheckoutLink(id="cl_broken", url="", title="No URL")

    with pytest.raises(ValueError, match="no URL"):
        export_qr_folder(tmp_path, links(), SMALL)
    assert [p.name for p in tmp_path.iterdir()] == ["tote-bag-cl_000000000001.png"]


def test_disk_error_mid_folder_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import stat

    real_fsync = os.fsync
    file_syncs = 0

    def failing_fsync(fd: int) -> None:
        nonlocal file_syncs
        if stat.S_ISREG(os.fstat(fd).st_mode):
            file_syncs += 1
            if file_syncs == 2:
                raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space"):
        export_qr_folder(tmp_path, [link(1), link(2), link(3)], SMALL)
    assert [p.name for p in tmp_path.iterdir()] == ["tote-bag-cl_000000000001.png"]
