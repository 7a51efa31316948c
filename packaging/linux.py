"""Linux packages from a pruned bundle: the .deb, the tarball and the AppImage AppDir."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import tarfile
from pathlib import Path

from icons import render_hicolor, render_png

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
LINUX_RESOURCES = ROOT / "resources" / "linux"
ICON_SVG = ROOT / "resources" / "icons" / "io.github.kosei.Kosei.svg"
INSTALL_DIR = "opt/kosei"

# What the bundle leaves to the system, by soname -> Debian package (with the
# Ubuntu 24.04 "t64" name where it differs). A soname missing here fails the
# build, so Depends cannot silently fall behind the bundle.
SYSTEM_PACKAGES = {
    "ld-linux-x86-64.so.2": "libc6",
    "libc.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libm.so.6": "libc6",
    "libpthread.so.0": "libc6",
    "libresolv.so.2": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libdrm.so.2": "libdrm2",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-server.so.0": "libwayland-server0",
    "libxcb.so.1": "libxcb1",
    "libxcb-dri3.so.0": "libxcb-dri3-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
}
# Not linked, but needed: the bundled fontconfig reads the system's /etc/fonts.
EXTRA_DEPENDS = ["fontconfig"]
RECOMMENDS = [
    "desktop-file-utils",
    "shared-mime-info",
    "fonts-noto-cjk | fonts-ipafont-gothic | fonts-vlgothic",
]

DESCRIPTION = """\
Markdown editor for blog posts that shows where a draft is broken
 Kosei edits Markdown blog posts with YAML, TOML or JSON front matter, shows a
 live preview beside the text and points at what would break the published
 post. It keeps the bytes you did not edit.
 .
 This package ships a self-contained build (Python, Qt and Qt WebEngine)
 under /opt/kosei."""


def glibc_requirement(bundle: Path) -> str:
    """Highest GLIBC_x.y symbol version any ELF file in the bundle asks for."""
    highest = (2, 17)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        output = subprocess.run(
            ["readelf", "-V", "-W", str(path)], capture_output=True, text=True
        ).stdout
        for major, minor in re.findall(r"Name: GLIBC_(\d+)\.(\d+)", output):
            highest = max(highest, (int(major), int(minor)))
    return f"{highest[0]}.{highest[1]}"


def depends_field(system_sonames: set[str], glibc: str) -> str:
    unknown = sorted(name for name in system_sonames if name not in SYSTEM_PACKAGES)
    if unknown:
        raise SystemExit(f"no Debian package known for: {', '.join(unknown)} (see linux.py)")
    packages = {SYSTEM_PACKAGES[name] for name in system_sonames} | set(EXTRA_DEPENDS)
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {glibc})", *sorted(packages)])


def _metainfo_text(version: str) -> str:
    text = (LINUX_RESOURCES / "io.github.kosei.Kosei.metainfo.xml").read_text(encoding="utf-8")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    return text.replace("@VERSION@", version).replace("@DATE@", today)


def install_desktop_files(share: Path, app_id: str, version: str) -> None:
    """Desktop entry, AppStream metainfo and hicolor icons under ``share``."""
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX_RESOURCES / f"{app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    metainfo = share / "metainfo" / f"{app_id}.metainfo.xml"
    metainfo.write_text(_metainfo_text(version), encoding="utf-8")
    render_hicolor(ICON_SVG, share, app_id)


def validate_metadata(share: Path, app_id: str) -> None:
    """Fail the build when the desktop entry or the metainfo does not validate."""
    subprocess.run(
        ["desktop-file-validate", str(share / "applications" / f"{app_id}.desktop")], check=True
    )
    metainfo = share / "metainfo" / f"{app_id}.metainfo.xml"
    subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], check=True)


def _copy_bundle(bundle: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(bundle, target, symlinks=True)


def _control(version: str, depends: str, installed_kib: int) -> str:
    return (
        "Package: kosei\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: The Kosei authors <kosei@users.noreply.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def stage_deb(bundle: Path, stage: Path, version: str, app_id: str, depends: str) -> None:
    if stage.exists():
        shutil.rmtree(stage)
    _copy_bundle(bundle, stage / INSTALL_DIR)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "kosei").symlink_to(f"/{INSTALL_DIR}/kosei")
    install_desktop_files(stage / "usr" / "share", app_id, version)
    validate_metadata(stage / "usr" / "share", app_id)
    doc = stage / "usr" / "share" / "doc" / "kosei"
    doc.mkdir(parents=True)
    shutil.copy2(PACKAGING / "debian" / "copyright", doc / "copyright")
    debian = stage / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        shutil.copy2(PACKAGING / "debian" / script, debian / script)
        (debian / script).chmod(0o755)
    installed_kib = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024
    (debian / "control").write_text(_control(version, depends, installed_kib), encoding="utf-8")


# The strongest compression every dpkg reads: xz at level 9 with the "extreme"
# strategy (dpkg 1.21 here also offers zstd, which packs Chromium's code less tightly).
DEB_COMPRESSION = ["-Zxz", "-z9", "-Sextreme"]


def build_deb(stage: Path, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    command = ["dpkg-deb", "--root-owner-group", *DEB_COMPRESSION, "--build"]
    subprocess.run([*command, str(stage), str(output)], check=True)
    return output


def build_tarball(bundle: Path, output: Path, version: str, app_id: str, work: Path) -> Path:
    """kosei-<version>/ holding the bundle plus share/ (desktop entry, icons, metainfo)."""
    top = work / f"kosei-{version}"
    _copy_bundle(bundle, top)
    install_desktop_files(top / "share", app_id, version)
    output.parent.mkdir(parents=True, exist_ok=True)

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(output, "w:gz", compresslevel=6) as archive:
        archive.add(top, arcname=top.name, filter=owned_by_root)
    shutil.rmtree(top)
    return output


APPRUN = """\
#!/bin/sh
# AppImage entry: run the bundled kosei with the arguments given to the AppImage.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/kosei/kosei" "$@"
"""


def build_appdir(bundle: Path, appdir: Path, version: str, app_id: str) -> Path:
    """AppDir for appimagetool; packaging/appimage/make-appimage.sh packs it."""
    if appdir.exists():
        shutil.rmtree(appdir)
    _copy_bundle(bundle, appdir / "usr" / "lib" / "kosei")
    install_desktop_files(appdir / "usr" / "share", app_id, version)
    # appimagetool reads the metainfo under this older name.
    metainfo = appdir / "usr" / "share" / "metainfo"
    (metainfo / f"{app_id}.metainfo.xml").rename(metainfo / f"{app_id}.appdata.xml")
    shutil.copy2(LINUX_RESOURCES / f"{app_id}.desktop", appdir / f"{app_id}.desktop")
    render_png(ICON_SVG, 256, appdir / f"{app_id}.png")
    (appdir / ".DirIcon").symlink_to(f"{app_id}.png")
    (appdir / "AppRun").write_text(APPRUN, encoding="utf-8")
    (appdir / "AppRun").chmod(0o755)
    return appdir
