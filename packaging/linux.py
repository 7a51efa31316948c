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

# What the .deb leaves to the system, by soname -> Debian package ("t64 | old" where
# Ubuntu 24.04 and Debian 13 renamed the package in the 64-bit time_t transition).
# A soname missing here fails the build, so Depends cannot silently fall behind the
# bundle; the system libraries PyInstaller copied are listed too, because the .deb
# drops those copies (packaging/debs.py) and the tarball and AppImage keep them.
_GLIB = "libglib2.0-0t64 | libglib2.0-0"
_NSS = "libnss3"
_NSPR = "libnspr4"
_SSL = "libssl3t64 | libssl3"
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
    "libgbm.so.1": "libgbm1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-server.so.0": "libwayland-server0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXcomposite.so.1": "libxcomposite1",
    "libXdamage.so.1": "libxdamage1",
    "libXext.so.6": "libxext6",
    "libXfixes.so.3": "libxfixes3",
    "libXrandr.so.2": "libxrandr2",
    "libXrender.so.1": "libxrender1",
    "libXtst.so.6": "libxtst6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-dri3.so.0": "libxcb-dri3-0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbfile.so.1": "libxkbfile1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16t64 | libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libasound.so.2": "libasound2t64 | libasound2",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libudev.so.1": "libudev1",
    "libcap.so.2": "libcap2",
    "libglib-2.0.so.0": _GLIB,
    "libgthread-2.0.so.0": _GLIB,
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libnss3.so": _NSS,
    "libnssutil3.so": _NSS,
    "libsmime3.so": _NSS,
    # NSS's modules, opened with dlopen() by libnss3 from its own folder.
    "libsoftokn3.so": _NSS,
    "libfreebl3.so": _NSS,
    "libfreeblpriv3.so": _NSS,
    "libnssdbm3.so": _NSS,
    "libnssckbi.so": _NSS,
    "libnspr4.so": _NSPR,
    "libplc4.so": _NSPR,
    "libplds4.so": _NSPR,
    "libcrypto.so.3": _SSL,
    "libssl.so.3": _SSL,
    "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3",
    "libk5crypto.so.3": "libk5crypto3",
    "libkrb5support.so.0": "libkrb5support0",
    "libcom_err.so.2": "libcom-err2",
    "libkeyutils.so.1": "libkeyutils1",
    "libsqlite3.so.0": "libsqlite3-0",
    "libreadline.so.8": "libreadline8t64 | libreadline8",
    "libtinfo.so.6": "libtinfo6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libffi.so.8": "libffi8",
    "libuuid.so.1": "libuuid1",
    "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5",
    "liblz4.so.1": "liblz4-1",
    "libzstd.so.1": "libzstd1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
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
 This package ships Kosei's own Python, Qt and Qt WebEngine under
 /opt/kosei. The Japanese proofreading dictionary and the Mermaid diagram
 renderer come in the recommended packages kosei-ja and kosei-diagrams."""


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


def depends_field(system_sonames: set[str], glibc: str, fontconfig: bool = True) -> str:
    unknown = sorted(name for name in system_sonames if name not in SYSTEM_PACKAGES)
    if unknown:
        raise SystemExit(f"no Debian package known for: {', '.join(unknown)} (see linux.py)")
    packages = {SYSTEM_PACKAGES[name] for name in system_sonames}
    if fontconfig:
        packages |= set(EXTRA_DEPENDS)
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


def _control(version: str, depends: str, recommends: list[str], installed_kib: int) -> str:
    return (
        "Package: kosei\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: The Kosei authors <kosei@users.noreply.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        f"Recommends: {', '.join(recommends)}\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}\n"
    )


def stage_deb(
    bundle: Path,
    stage: Path,
    version: str,
    app_id: str,
    depends: str,
    recommends: list[str] | None = None,
) -> None:
    """The ``kosei`` package's tree; an empty ``depends`` leaves DEBIAN/control for later."""
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
    if depends:
        write_control(stage, version, depends, RECOMMENDS if recommends is None else recommends)


def write_control(stage: Path, version: str, depends: str, recommends: list[str]) -> None:
    installed_kib = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024
    control = _control(version, depends, recommends, installed_kib)
    (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")


# dpkg-deb lays out each package uncompressed (it checks the control file and orders the
# tree); its data.tar is then packed by xz at level 9 "extreme", for a package of machine
# code behind the x86 BCJ filter, which turns relative call addresses absolute so repeated
# calls compress (about 1 MB off QtWebEngineCore; on the dictionary it costs a little).
# dpkg decodes .xz through liblzma, which reads any filter chain.
XZ = ["xz", "--format=xz", "--threads=1", "--force", "--keep"]
XZ_CODE = [*XZ, "--x86", "--lzma2=preset=9e"]
XZ_DATA = [*XZ, "--lzma2=preset=9e"]


def _ar_members(path: Path) -> dict[str, bytes]:
    data = path.read_bytes()
    if not data.startswith(b"!<arch>\n"):
        raise ValueError(f"{path}: not an ar archive")
    members: dict[str, bytes] = {}
    at = 8
    while at + 60 <= len(data):
        header = data[at : at + 60]
        name = header[:16].decode().strip().rstrip("/")
        size = int(header[48:58])
        members[name] = data[at + 60 : at + 60 + size]
        at += 60 + size + (size % 2)
    return members


def _ar_header(name: str, size: int, mtime: int) -> bytes:
    fields = f"{name:<16}{mtime:<12}{0:<6}{0:<6}{'100644':<8}{size:<10}`\n"
    return fields.encode("ascii")


def write_deb(members: list[tuple[str, bytes]], output: Path, mtime: int) -> None:
    """An ar archive holding ``members`` in order, as dpkg-deb writes one."""
    with output.open("wb") as handle:
        handle.write(b"!<arch>\n")
        for name, payload in members:
            handle.write(_ar_header(name, len(payload), mtime))
            handle.write(payload)
            if len(payload) % 2:
                handle.write(b"\n")


def build_debs(stages: list[tuple[Path, bool]], dist: Path) -> list[Path]:
    """``dist/<stage name>.deb`` for each (stage, is machine code); the xz runs go side by side."""
    dist.mkdir(parents=True, exist_ok=True)
    work = stages[0][0].parent
    jobs = []
    for stage, code in stages:
        plain = work / f"{stage.name}.uncompressed.deb"
        command = ["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(stage), str(plain)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        members = _ar_members(plain)
        plain.unlink()
        for name, payload in members.items():
            (work / f"{stage.name}.{name}").write_bytes(payload)
        running = [
            subprocess.Popen(
                [*(XZ_CODE if code else XZ_DATA), str(work / f"{stage.name}.data.tar")]
            ),
            subprocess.Popen([*XZ_DATA, str(work / f"{stage.name}.control.tar")]),
        ]
        jobs.append((stage, members["debian-binary"], running))
    outputs = []
    for stage, version_member, running in jobs:
        for process in running:
            if process.wait() != 0:
                raise SystemExit(f"xz failed for {stage.name}")
        control = work / f"{stage.name}.control.tar.xz"
        data = work / f"{stage.name}.data.tar.xz"
        output = dist / f"{stage.name}.deb"
        members = [
            ("debian-binary", version_member),
            ("control.tar.xz", control.read_bytes()),
            ("data.tar.xz", data.read_bytes()),
        ]
        write_deb(members, output, int(stage.stat().st_mtime))
        for name in ("control.tar", "data.tar", "debian-binary"):
            (work / f"{stage.name}.{name}").unlink()
        control.unlink()
        data.unlink()
        outputs.append(output)
    return outputs


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
