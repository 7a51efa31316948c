"""Split the pruned bundle into Kosei's three Debian packages and write them.

``kosei`` holds everything a writer needs; two optional features get packages of
their own that ``kosei`` Recommends (so ``apt install kosei`` brings them):

- ``kosei-ja``: Japanese morphology for proofreading (SudachiPy and SudachiDict-small,
  115 MB unpacked). Without it a Japanese post gets one finding saying which checks are off.
- ``kosei-diagrams``: the Mermaid renderer (mmdr). Without it a diagram shows as a
  labelled code block.

Both install into /opt/kosei/_internal, where the frozen app's import path already
looks. The main package also leaves the system libraries PyInstaller copied to
Debian (through ``Depends``), drops rapidfuzz's AVX2 duplicates and cuts Chromium's
ICU data to English and Japanese (packaging/icudata.py); the tarball and the
AppImage keep all of it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import linux
from icudata import trim_webengine_icu_data
from prune import is_elf, needed_libraries, reachable_libraries


@dataclass(frozen=True)
class OptionalPackage:
    name: str
    folders: tuple[str, ...]  # under _internal
    summary: str
    description: str
    code: bool  # mostly machine code: its data.tar goes through xz's x86 filter


OPTIONAL_PACKAGES = (
    OptionalPackage(
        "kosei-ja",
        ("sudachipy", "sudachidict_small"),
        "Japanese morphology for Kosei's proofreading",
        " SudachiPy and the SudachiDict small dictionary, which Kosei's Japanese\n"
        " proofreading needs for its grammar checks (doubled particles, ら抜き言葉,\n"
        " conjunctions, repeated words). Without this package those checks are off\n"
        " and a Japanese post says so.",
        code=False,
    ),
    OptionalPackage(
        "kosei-diagrams",
        ("mmdr",),
        "Mermaid diagrams in Kosei's preview",
        " The mmdr renderer, which draws Mermaid diagrams as SVG in Kosei's preview.\n"
        " Without this package a diagram shows as its source in a labelled code block.",
        code=True,
    ),
)
# Libraries in _internal that stay in the .deb although Debian has a package of the
# same name: the bundle's Python is not Debian's.
BUNDLED_IN_DEB = ("libpython",)
# Files of the bundle the .deb leaves out (globs under _internal): rapidfuzz's AVX2 builds
# of its modules duplicate the SSE2 ones it imports instead when they are missing
# (about 0.8 MB in the .deb).
LEFT_OUT_OF_DEB = ("rapidfuzz/*_avx2.*.so", "rapidfuzz/*/*_avx2.*.so")


def system_copies(internal: Path) -> list[Path]:
    """Libraries (and links to them) PyInstaller copied from the system into ``internal``.

    Every regular ``*.so*`` file at the top of ``internal`` must either be listed in
    :data:`linux.SYSTEM_PACKAGES` or start with a :data:`BUNDLED_IN_DEB` prefix; an
    unknown one stops the build so that the package never ships a stray copy.
    """
    found: list[Path] = []
    unknown: list[str] = []
    for path in sorted(internal.glob("*.so*")):
        if path.is_symlink() or path.name.startswith(BUNDLED_IN_DEB):
            continue
        if path.name in linux.SYSTEM_PACKAGES:
            found.append(path)
        else:
            unknown.append(path.name)
    if unknown:
        raise SystemExit(f"bundled library with no Debian package known: {', '.join(unknown)}")
    for link in sorted(internal.glob("*.so*")):
        if link.is_symlink() and link.resolve() in {path.resolve() for path in found}:
            found.append(link)
    return found


def _move(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(source), str(target))


def _doc(stage: Path, name: str) -> None:
    doc = stage / "usr" / "share" / "doc" / name
    doc.mkdir(parents=True)
    shutil.copy2(linux.PACKAGING / "debian" / "copyright", doc / "copyright")


def _installed_kib(stage: Path) -> int:
    return sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024


def _optional_control(
    package: OptionalPackage, version: str, depends: str, installed_kib: int
) -> str:
    return (
        f"Package: {package.name}\n"
        f"Version: {version}\n"
        "Architecture: amd64\n"
        "Maintainer: The Kosei authors <kosei@users.noreply.invalid>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Enhances: kosei\n"
        "Section: editors\n"
        "Priority: optional\n"
        f"Description: {package.summary}\n{package.description}\n"
    )


def _elf_sonames(root: Path) -> set[str]:
    return {soname for p in root.rglob("*") if is_elf(p) for soname in needed_libraries(p)}


def stage_packages(bundle: Path, work: Path, version: str, app_id: str) -> list[tuple[Path, bool]]:
    """Stage ``kosei`` and the optional packages under ``work``.

    Returns each stage folder with whether its data is mostly machine code.
    """
    main = work / f"kosei_{version}_amd64"
    internal = main / linux.INSTALL_DIR / "_internal"
    linux.stage_deb(bundle, main, version, app_id, depends="", recommends=[])
    stages = [(main, True)]
    optional_stages = []
    for package in OPTIONAL_PACKAGES:
        stage = work / f"{package.name}_{version}_amd64"
        if stage.exists():
            shutil.rmtree(stage)
        for folder in package.folders:
            if not (internal / folder).is_dir():
                raise SystemExit(f"{package.name}: {folder} is not in the bundle")
            _move(internal / folder, stage / linux.INSTALL_DIR / "_internal" / folder)
        _doc(stage, package.name)
        optional_stages.append((package, stage))
    for path in system_copies(internal):
        path.unlink()
    for pattern in LEFT_OUT_OF_DEB:
        for path in internal.glob(pattern):
            path.unlink()
    trim_webengine_icu_data(internal / "PySide6" / "Qt" / "resources" / "icudtl.dat")
    _, system = reachable_libraries(internal)
    shipped = {p.name for p in internal.rglob("*.so*")}
    depends = linux.depends_field(system, linux.glibc_requirement(main / linux.INSTALL_DIR))
    recommends = [package.name for package in OPTIONAL_PACKAGES] + linux.RECOMMENDS
    linux.write_control(main, version, depends, recommends)
    print(f"kosei Depends: {depends}")
    for package, stage in optional_stages:
        needed = _elf_sonames(stage) - shipped
        extra = linux.depends_field(needed, linux.glibc_requirement(stage), fontconfig=False)
        depends = f"kosei (= {version}), {extra}"
        (stage / "DEBIAN").mkdir()
        control = _optional_control(package, version, depends, _installed_kib(stage))
        (stage / "DEBIAN" / "control").write_text(control, encoding="utf-8")
        stages.append((stage, package.code))
    return stages
