"""Find Hunspell dictionaries: the system's, the bundled en_US, and the writer's own folder.

A dictionary is a ``NAME.aff`` + ``NAME.dic`` pair; ``NAME`` is its language
tag (``en_US``, ``de_DE_frami``). Folders searched, in order (the first pair of
a name wins, so the writer's own copy overrides the system's):

* the user folder ``<data>/dictionaries`` (and pairs extracted from ``.oxt``),
* Linux ``/usr/share/hunspell``, ``/usr/share/myspell`` (and ``dicts/``),
  ``/usr/local/share/hunspell``; macOS ``~/Library/Spelling``;
* the bundled ``resources/dictionaries`` (en_US, so a fresh install works).

:func:`import_oxt` copies the pairs out of a LibreOffice extension into the
user folder.
"""

from __future__ import annotations

import os
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from editor.core.resources import resource_path

_NAME = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)*$")


@dataclass(frozen=True)
class Dictionary:
    name: str  # file stem, e.g. "en_US"
    folder: Path
    source: str  # "user", "system" or "bundled"

    @property
    def language(self) -> str:
        """Normalised tag: "en_US" -> "en-us", "de_DE_frami" -> "de-de"."""
        return language_tag(self.name)

    @property
    def aff(self) -> Path:
        return self.folder / f"{self.name}.aff"

    @property
    def dic(self) -> Path:
        return self.folder / f"{self.name}.dic"


def language_tag(name: str) -> str:
    """ "en_US" / "en-us" / "en_US.UTF-8" -> "en-us"; "ja_JP" -> "ja-jp"; "de_DE_frami" -> "de-de"."""
    base = name.split(".")[0].replace("_", "-").lower()
    parts = [p for p in base.split("-") if p]
    if not parts:
        return ""
    if len(parts) > 1 and len(parts[1]) in (2, 3) and parts[1].isalpha():
        return f"{parts[0]}-{parts[1]}"
    return parts[0]


def bundled_folder() -> Path:
    return resource_path("dictionaries")


def system_folders() -> list[Path]:
    """Where the operating system keeps Hunspell dictionaries."""
    home = Path.home()
    folders: list[Path] = []
    extra = os.environ.get("DICPATH")
    if extra:
        folders.extend(Path(p) for p in extra.split(os.pathsep) if p)
    if sys.platform == "darwin":
        folders += [home / "Library" / "Spelling", Path("/Library/Spelling")]
    elif sys.platform.startswith("win"):
        pass  # Windows has no shared Hunspell folder; the bundled and user folders serve
    else:
        folders += [
            Path("/usr/share/hunspell"),
            Path("/usr/share/myspell"),
            Path("/usr/share/myspell/dicts"),
            Path("/usr/local/share/hunspell"),
        ]
    return folders


def pairs_in(folder: Path) -> list[str]:
    """Names that have both a .aff and a .dic file in ``folder`` (not following into subfolders)."""
    try:
        entries = {p.name for p in folder.iterdir() if p.is_file()}
    except OSError:
        return []
    names = []
    for entry in sorted(entries):
        if entry.endswith(".dic"):
            stem = entry[:-4]
            if f"{stem}.aff" in entries and _NAME.match(stem) and not stem.startswith("hyph"):
                names.append(stem)
    return names


def find_dictionaries(
    user_folder: Path | None = None,
    system: list[Path] | None = None,
    bundled: Path | None = None,
    include_bundled: bool = True,
) -> list[Dictionary]:
    """Every dictionary found, one per name, the writer's own first."""
    found: dict[str, Dictionary] = {}
    sources: list[tuple[Path, str]] = []
    if user_folder is not None:
        sources.append((user_folder, "user"))
    sources += [(f, "system") for f in (system_folders() if system is None else system)]
    if include_bundled:
        sources.append((bundled or bundled_folder(), "bundled"))
    for folder, source in sources:
        for name in pairs_in(folder):
            real = folder.resolve() if folder.exists() else folder
            found.setdefault(name, Dictionary(name, real, source))
    return sorted(found.values(), key=lambda d: d.name.lower())


def for_languages(dictionaries: list[Dictionary], languages: list[str]) -> list[Dictionary]:
    """The dictionaries that serve ``languages`` ("en-us" exact first, then "en" for any region)."""
    out: list[Dictionary] = []
    for wanted in languages:
        tag = language_tag(wanted)
        exact = [d for d in dictionaries if d.language == tag]
        if not exact and tag:
            base = tag.split("-")[0]
            same = [d for d in dictionaries if d.language.split("-")[0] == base]
            # "en" alone: prefer en_US, then the first of the language.
            preferred = [d for d in same if d.language == f"{base}-us"] or same[:1]
            exact = preferred
        for d in exact[:1]:
            if d not in out:
                out.append(d)
    return out


class OxtImportError(Exception):
    """An .oxt that is not a zip or carries no dictionary."""


def import_oxt(oxt: Path, user_folder: Path) -> list[str]:
    """Copy every .aff/.dic pair inside a LibreOffice extension into ``user_folder``."""
    try:
        archive = zipfile.ZipFile(oxt)
    except (OSError, zipfile.BadZipFile) as error:
        raise OxtImportError(f"{oxt.name}: {error}") from None
    with archive:
        members = {PurePosixPath(n): n for n in archive.namelist() if not n.endswith("/")}
        stems = {p.with_suffix(""): p for p in members if p.suffix.lower() == ".dic"}
        names = []
        for stem, dic in sorted(stems.items()):
            aff = next(
                (p for p in members if p.with_suffix("") == stem and p.suffix == ".aff"), None
            )
            name = stem.name
            if aff is None or not _NAME.match(name) or name.startswith(("hyph", "th_")):
                continue
            user_folder.mkdir(parents=True, exist_ok=True)
            for member, suffix in ((aff, ".aff"), (dic, ".dic")):
                data = archive.read(members[member])
                target = user_folder / f"{name}{suffix}"
                tmp = target.with_suffix(suffix + ".part")
                tmp.write_bytes(data)
                tmp.replace(target)
            names.append(name)
    if not names:
        raise OxtImportError(f"{oxt.name}: no Hunspell dictionary inside")
    return names
