"""Shrink a Linux PyInstaller bundle after it is built.

PyInstaller's Qt hooks collect every QML plugin and platform plugin the wheel
ships, and with them the libraries those plugins link (Quick 3D, Location,
Wayland compositor, GTK...). Kosei loads none of them. We drop the plugin
families a desktop editor never uses, then keep only shared libraries that are
reachable (ELF ``NEEDED``) from what remains: executables, Python extension
modules, libpython and the kept Qt plugins.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from icudata import trim_icu_data

# Qt plugin folders/files (relative to PySide6/Qt/plugins) for embedded devices,
# QML debugging, positioning and the GTK theme (libgtk-3 is not bundled anyway).
DROPPED_PLUGINS = (
    "qmltooling",
    "position",
    "generic",
    "egldeviceintegrations",
    "platforms/libqlinuxfb.so",
    "platforms/libqeglfs.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqminimalegl.so",
    "platformthemes/libqgtk3.so",
    "platforminputcontexts/libqtvirtualkeyboardplugin.so",
    # Kosei never prints (PDF export goes through Chromium): CUPS brings GnuTLS,
    # p11-kit, libunistring, Avahi... (~7 MiB).
    "printsupport",
    # QNetworkInformation backends (GLib's pulls GIO, libmount, libselinux); Kosei
    # never asks for network state and the preview's Chromium has its own.
    "networkinformation",
    # PDF *reading* as an image format: the only user of libQt6Pdf (4 MiB).
    "imageformats/libqpdf.so",
    # Wayland shells of cars, Qt's own compositor and the pre-xdg-shell era; a
    # desktop client needs xdg-shell (libwl-shell-plugin alone pulls libQt6WlShellIntegration).
    "wayland-shell-integration/libivi-shell.so",
    "wayland-shell-integration/libqt-shell.so",
    "wayland-shell-integration/libfullscreen-shell-v1.so",
    "wayland-shell-integration/libwl-shell-plugin.so",
    # Compositor-side buffer integrations; a client needs only the wayland-egl one.
    "wayland-graphics-integration-client/libdmabuf-server.so",
    "wayland-graphics-integration-client/libdrm-egl-server.so",
    "wayland-graphics-integration-client/libshm-emulation-server.so",
    "wayland-graphics-integration-client/libvulkan-server.so",
)

# Loaded with dlopen(), so nothing lists them as NEEDED: libpython (by the
# bootloader) and NSS's crypto and certificate modules (by libnss3).
ALWAYS_KEPT_PREFIXES = (
    "libpython",
    "libsoftokn3",
    "libfreebl3",
    "libfreeblpriv3",
    "libnssdbm3",
    "libnssckbi",
)
_SHARED_OBJECT = re.compile(r"\.so(?:\.[0-9.]+)?$")


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED sonames of an ELF file, read with binutils' readelf."""
    output = subprocess.run(
        ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in output.splitlines() if "(NEEDED)" in line]


def _library_dirs(internal: Path) -> list[Path]:
    return [internal, internal / "PySide6" / "Qt" / "lib"]


def _is_library_candidate(path: Path, internal: Path) -> bool:
    if path.parent not in _library_dirs(internal) or not _SHARED_OBJECT.search(path.name):
        return False
    return not path.name.startswith(ALWAYS_KEPT_PREFIXES)


def drop_plugins(internal: Path) -> None:
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for relative in DROPPED_PLUGINS:
        target = plugins / relative
        if target.is_dir():
            for item in sorted(target.rglob("*"), reverse=True):
                item.unlink() if not item.is_dir() or item.is_symlink() else item.rmdir()
            target.rmdir()
        elif target.exists():
            target.unlink()


def reachable_libraries(internal: Path) -> tuple[set[str], set[str]]:
    """Return (sonames found in the bundle and reachable, sonames left to the system)."""
    files = [path for path in internal.rglob("*") if is_elf(path)]
    by_name: dict[str, list[Path]] = {}
    for path in files:
        by_name.setdefault(path.name, []).append(path)
    for link in internal.glob("*.so*"):
        if link.is_symlink():
            by_name.setdefault(link.name, []).append(link.resolve())
    queue = [path for path in files if not _is_library_candidate(path, internal)]
    seen: set[Path] = set()
    kept: set[str] = set()
    system: set[str] = set()
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        for soname in needed_libraries(path):
            if soname in by_name:
                kept.add(soname)
                queue.extend(by_name[soname])
            else:
                system.add(soname)
    return kept, system


def remove_unreachable(internal: Path, kept: Iterable[str]) -> int:
    """Delete library candidates (and their symlinks) not in ``kept``; return bytes freed."""
    kept_names = set(kept)
    kept_targets = set()
    for name in kept_names:
        for folder in _library_dirs(internal):
            if (folder / name).exists():
                kept_targets.add((folder / name).resolve())
    freed = 0
    for folder in _library_dirs(internal):
        for path in sorted(folder.iterdir()):
            if path.is_dir() or not _is_library_candidate(path, internal):
                continue
            if path.name in kept_names or path.resolve() in kept_targets:
                continue
            if not path.is_symlink():
                freed += path.stat().st_size
            path.unlink()
    for link in internal.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return freed


def has_symbols(path: Path) -> bool:
    output = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return " .symtab " in output or " .debug_info " in output


def strip_libraries(internal: Path) -> int:
    """Strip symbols from shared objects that still carry them; return bytes freed.

    A pyenv-built libpython and its extension modules keep their debug info
    (about 70 MB). The executables are left alone: PyInstaller appends its
    archive to the ``kosei`` bootloader, which ``strip`` would cut off. Libraries a wheel
    vendors in ``<package>.libs/`` (numpy's OpenBLAS) are left alone too: auditwheel
    rewrote them with patchelf, and stripping such a file leaves program headers the
    loader rejects ("ELF load command address/offset not page-aligned").
    """
    freed = 0
    for path in sorted(internal.rglob("*.so*")):
        if path.parent.name.endswith(".libs") or not is_elf(path) or not has_symbols(path):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        freed += before - path.stat().st_size
    return freed


def prune_bundle(bundle: Path) -> tuple[int, set[str]]:
    """Trim ``bundle`` (the folder holding the ``kosei`` executable) in place.

    Returns the bytes freed and the sonames the bundle expects from the system.
    """
    internal = bundle / "_internal"
    drop_plugins(internal)
    kept, _ = reachable_libraries(internal)
    freed = remove_unreachable(internal, kept)
    freed += strip_libraries(internal)
    freed += trim_icu_data(internal)
    _, system = reachable_libraries(internal)
    return freed, system


def tree_size(root: Path) -> int:
    return sum(
        os.lstat(os.path.join(folder, name)).st_size
        for folder, _dirs, names in os.walk(root)
        for name in names
    )
