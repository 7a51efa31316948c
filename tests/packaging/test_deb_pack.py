"""The x86-filtered .deb is one that dpkg reads: its members, control fields and files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

from deb_pack import build_deb_x86, extract_ar  # noqa: E402

pytestmark = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None or shutil.which("xz") is None, reason="needs dpkg-deb and xz"
)


def _stage(root: Path) -> Path:
    stage = root / "stage"
    (stage / "DEBIAN").mkdir(parents=True)
    (stage / "DEBIAN" / "control").write_text(
        "Package: probe\nVersion: 1.0\nArchitecture: amd64\nMaintainer: t <t@t.invalid>\n"
        "Description: test package\n test\n",
        encoding="utf-8",
    )
    (stage / "opt" / "probe").mkdir(parents=True)
    shutil.copy2(sys.executable, stage / "opt" / "probe" / "binary")  # some x86 code
    (stage / "opt" / "probe" / "odd.txt").write_bytes(b"x" * 3)  # odd sizes pad the ar
    return stage


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb")
    return build_deb_x86(_stage(root), root / "out" / "probe.deb")


def test_dpkg_reads_the_x86_filtered_package(deb: Path, tmp_path: Path) -> None:
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package"], capture_output=True)
    assert info.stdout.strip() == b"probe"
    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    assert (unpacked / "opt" / "probe" / "binary").read_bytes() == Path(
        sys.executable
    ).resolve().read_bytes()
    assert (unpacked / "opt" / "probe" / "odd.txt").read_bytes() == b"xxx"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    assert "root/root" in listing and "./opt/probe/binary" in listing


def test_members_are_in_dpkg_order_and_data_uses_the_x86_filter(deb: Path, tmp_path: Path) -> None:
    folder = tmp_path / "members"
    folder.mkdir()
    assert extract_ar(deb, folder) == ["debian-binary", "control.tar.xz", "data.tar.xz"]
    assert (folder / "debian-binary").read_bytes() == b"2.0\n"
    details = subprocess.run(
        ["xz", "--list", "-vv", str(folder / "data.tar.xz")], capture_output=True, text=True
    ).stdout
    assert "x86" in details
