"""The .deb split: system copies found by name, Depends with t64 names, a BCJ data.tar dpkg reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import debs  # noqa: E402
import linux  # noqa: E402


def test_system_copies_are_found_and_python_stays(tmp_path: Path) -> None:
    for name in ("libX11.so.6", "libasound.so.2", "libpython3.11.so.1.0"):
        (tmp_path / name).write_bytes(b"\x7fELF")
    (tmp_path / "libX11.so").symlink_to("libX11.so.6")
    (tmp_path / "libQt6Core.so.6").symlink_to("elsewhere/libQt6Core.so.6")
    found = sorted(path.name for path in debs.system_copies(tmp_path))
    assert found == ["libX11.so", "libX11.so.6", "libasound.so.2"]


def test_an_unknown_bundled_library_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "libmystery.so.3").write_bytes(b"\x7fELF")
    with pytest.raises(SystemExit, match="libmystery.so.3"):
        debs.system_copies(tmp_path)


def test_depends_lists_the_t64_names_first_and_refuses_unknown_sonames() -> None:
    field = linux.depends_field({"libasound.so.2", "libglib-2.0.so.0", "libc.so.6"}, "2.35")
    assert field.startswith("libc6 (>= 2.35), ")
    assert "libasound2t64 | libasound2" in field and "libglib2.0-0t64 | libglib2.0-0" in field
    assert "fontconfig" in field
    assert "fontconfig" not in linux.depends_field({"libc.so.6"}, "2.17", fontconfig=False)
    with pytest.raises(SystemExit, match="libnowhere.so.1"):
        linux.depends_field({"libnowhere.so.1"}, "2.35")


def test_the_optional_packages_are_what_the_bundle_collects() -> None:
    spec = (Path(debs.__file__).parent / "kosei.spec").read_text(encoding="utf-8")
    folders = {folder for package in debs.OPTIONAL_PACKAGES for folder in package.folders}
    assert folders == {"sudachipy", "sudachidict_small", "mmdr"}
    assert 'collect_data_files("sudachidict_small")' in spec


def test_ar_members_round_trip(tmp_path: Path) -> None:
    deb = tmp_path / "t.deb"
    linux.write_deb([("debian-binary", b"2.0\n"), ("odd", b"abc")], deb, 1_700_000_000)
    assert linux._ar_members(deb) == {"debian-binary": b"2.0\n", "odd": b"abc"}


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")
def test_dpkg_reads_a_package_whose_data_went_through_the_x86_filter(tmp_path: Path) -> None:
    stage = tmp_path / "work" / "kosei-test_1.0_amd64"
    (stage / "DEBIAN").mkdir(parents=True)
    (stage / "DEBIAN" / "control").write_text(
        "Package: kosei-test\nVersion: 1.0\nArchitecture: amd64\n"
        "Maintainer: Test <test@example.invalid>\nDescription: test\n test\n",
        encoding="utf-8",
    )
    program = stage / "opt" / "kosei-test" / "python"
    program.parent.mkdir(parents=True)
    shutil.copyfile(sys.executable, program)
    [deb] = linux.build_debs([(stage, True)], tmp_path / "dist")
    members = linux._ar_members(deb)
    assert list(members) == ["debian-binary", "control.tar.xz", "data.tar.xz"]
    (tmp_path / "data.tar.xz").write_bytes(members["data.tar.xz"])
    listing = subprocess.run(
        ["xz", "--list", "-vv", str(tmp_path / "data.tar.xz")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--x86" in listing
    contents = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "./opt/kosei-test/python" in contents and "root/root" in contents
    extracted = tmp_path / "extracted"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(extracted)], check=True)
    assert (extracted / "opt" / "kosei-test" / "python").read_bytes() == program.read_bytes()
    field = subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Package"], capture_output=True, text=True, check=True
    ).stdout
    assert field.strip() == "kosei-test"


def test_the_build_venv_reuses_a_cached_blas_free_wheel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import build_venv

    monkeypatch.setattr(build_venv, "WHEELS", tmp_path)
    cached = tmp_path / "numpy-2.4.6-cp311-cp311-linux_x86_64.whl"
    cached.write_bytes(b"")
    (tmp_path / "numpy-2.3.0-cp311-cp311-linux_x86_64.whl").write_bytes(b"")
    monkeypatch.setattr(build_venv, "_run", lambda *command: pytest.fail(f"ran {command}"))
    assert build_venv.noblas_wheel("2.4.6") == cached
    assert "-Csetup-args=-Dblas=none" in build_venv.NOBLAS_ARGS
    assert "-Csetup-args=-Dallow-noblas=true" in build_venv.NOBLAS_ARGS
