"""Pack a staged .deb tree with xz's x86 branch filter, which ``dpkg-deb`` cannot ask for.

Most of Kosei's package is x86-64 machine code (QtWebEngineCore alone is
195 MiB). xz's BCJ x86 filter rewrites relative call/jump targets as absolute
ones before LZMA2, which makes repeated calls to one function byte-identical
and so compress better. ``dpkg-deb -Zxz`` offers only presets and the "extreme"
strategy, not filters, but every dpkg decompresses ``data.tar.xz`` with liblzma,
which reads any filter chain. So: ``dpkg-deb -Znone`` lays out the package
(tar format, ownership, control files, member order) exactly as usual, then the
two tar members are compressed here and the ``ar`` archive is written again.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

AR_MAGIC = b"!<arch>\n"
# LZMA2 at preset 9 with "extreme" (dpkg-deb's -z9 -Sextreme) behind the x86 filter.
DATA_FILTERS = ["--x86", "--lzma2=preset=9e"]
CONTROL_FILTERS = ["-9e"]


def extract_ar(path: Path, folder: Path) -> list[str]:
    """Copy each member of the ``ar`` archive ``path`` (a .deb) into ``folder``; their names."""
    names = []
    with path.open("rb") as archive:
        if archive.read(len(AR_MAGIC)) != AR_MAGIC:
            raise ValueError(f"{path} is not an ar archive")
        while header := archive.read(60):
            name = header[:16].decode("ascii").rstrip().rstrip("/")
            left = int(header[48:58].decode("ascii"))
            with (folder / name).open("wb") as member:
                while left:
                    chunk = archive.read(min(left, 1 << 20))
                    if not chunk:
                        raise ValueError(f"{path}: member {name} is cut short")
                    member.write(chunk)
                    left -= len(chunk)
            if int(header[48:58].decode("ascii")) % 2:
                archive.read(1)
            names.append(name)
    return names


def _ar_header(name: str, size: int, mtime: int) -> bytes:
    fields = [name.ljust(16), str(mtime).ljust(12), "0".ljust(6), "0".ljust(6)]
    fields += ["100644".ljust(8), str(size).ljust(10), "`\n"]
    return "".join(fields).encode("ascii")


def write_ar(path: Path, members: list[tuple[str, Path]], mtime: int) -> None:
    """Write ``members`` (name, file holding its content), in order, as an ar archive."""
    with path.open("wb") as out:
        out.write(AR_MAGIC)
        for name, source in members:
            size = source.stat().st_size
            out.write(_ar_header(name, size, mtime))
            with source.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    out.write(chunk)
            if size % 2:
                out.write(b"\n")


def _xz(source: Path, target: Path, filters: list[str]) -> None:
    with source.open("rb") as raw, target.open("wb") as packed:
        subprocess.run(["xz", "-T0", *filters, "-c"], stdin=raw, stdout=packed, check=True)


def build_deb_x86(stage: Path, output: Path) -> Path:
    """``dpkg-deb --build`` ``stage`` into ``output`` with the x86 filter on data.tar.xz."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=output.parent) as work:
        folder = Path(work)
        plain = folder / "plain.deb"
        command = ["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(stage), str(plain)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        names = extract_ar(plain, folder)
        if names != ["debian-binary", "control.tar", "data.tar"]:
            raise ValueError(f"unexpected members from dpkg-deb -Znone: {names}")
        mtime = int(plain.stat().st_mtime)
        plain.unlink()
        _xz(folder / "control.tar", folder / "control.tar.xz", CONTROL_FILTERS)
        _xz(folder / "data.tar", folder / "data.tar.xz", DATA_FILTERS)
        (folder / "data.tar").unlink()
        parts = [(name, folder / name) for name in ("control.tar.xz", "data.tar.xz")]
        write_ar(output, [("debian-binary", folder / "debian-binary"), *parts], mtime)
    return output
