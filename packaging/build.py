"""Build Kosei's bundle and installers: the one entry point behind ``make package``.

    python packaging/build.py                 # bundle + every package for this OS
    python packaging/build.py --skip-bundle   # repackage the existing build/bundle/kosei
    python packaging/build.py --formats deb   # only some of: deb, tar, appdir

Everything is built from what is installed in the running Python; nothing is
downloaded. Linux: dist/kosei_<version>_amd64.deb with its optional kosei-ja and
kosei-diagrams packages (packaging/debs.py), dist/kosei-<version>-linux-x86_64.tar.gz
and build/AppDir (packed by packaging/appimage/make-appimage.sh where appimagetool
exists). macOS and Windows: the bundle here, then packaging/macos/make-dmg.sh or
packaging/windows/kosei.iss (see .github/workflows/packages.yml).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(ROOT))

from editor import APP_ID, __version__  # noqa: E402

BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = BUILD / "bundle" / "kosei"
LINUX_FORMATS = ("deb", "tar", "appdir")


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def compile_translations() -> None:
    """resources/i18n/*.ts -> .qm (the .qm files are build products, not committed)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        target = source.with_suffix(".qm")
        if lrelease.exists() and (
            not target.exists() or target.stat().st_mtime < source.stat().st_mtime
        ):
            subprocess.run([str(lrelease), str(source), "-qm", str(target)], check=True)


def build_bundle() -> None:
    from icons import render_platform_icon

    (BUILD / "icons").mkdir(parents=True, exist_ok=True)
    render_platform_icon(ROOT / "resources" / "icons" / f"{APP_ID}.svg", BUILD / "icons")
    compile_translations()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--log-level", "WARN", "--distpath", str(BUNDLE.parent)]
    command += ["--workpath", str(BUILD / "pyinstaller"), str(PACKAGING / "kosei.spec")]
    subprocess.run(command, check=True, cwd=ROOT)


def trim_linux_bundle() -> None:
    from prune import prune_bundle, tree_size

    before = tree_size(BUNDLE)
    freed, _system = prune_bundle(BUNDLE)
    print(f"bundle: {_mib(before)} -> {_mib(tree_size(BUNDLE))} (pruned {_mib(freed)})")


def package_linux(formats: list[str]) -> list[Path]:
    import linux

    outputs = []
    if "deb" in formats:
        import debs

        stages = debs.stage_packages(BUNDLE, BUILD / "deb", __version__, APP_ID)
        outputs += linux.build_debs(stages, DIST)
    if "tar" in formats:
        tarball = DIST / f"kosei-{__version__}-linux-x86_64.tar.gz"
        outputs.append(linux.build_tarball(BUNDLE, tarball, __version__, APP_ID, BUILD))
    if "appdir" in formats:
        outputs.append(linux.build_appdir(BUNDLE, BUILD / "AppDir", __version__, APP_ID))
    return outputs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bundle", action="store_true", help="reuse build/bundle/kosei")
    parser.add_argument("--formats", default=",".join(LINUX_FORMATS), help="deb,tar,appdir")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.skip_bundle:
        build_bundle()
        print(f"PyInstaller: {time.monotonic() - started:.0f} s")
    if not sys.platform.startswith("linux"):
        print(f"bundle ready in {BUNDLE.parent}; see packaging/macos or packaging/windows")
        return 0
    if not args.skip_bundle:
        trim_linux_bundle()
    outputs = package_linux([f for f in args.formats.split(",") if f])
    for output in outputs:
        size = output.stat().st_size if output.is_file() else None
        print(f"{output.relative_to(ROOT)}" + (f": {_mib(size)}" if size else ""))
    print(f"total build time: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
