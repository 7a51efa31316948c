"""Rename and merge tags or categories across a site's posts, and point out near-duplicates.

A rename is planned first (:func:`plan_rename`): every post that uses one of
the old terms is edited in memory through the lossless front-matter editor,
and the plan lists, per file, the exact lines that change. Nothing is written
until :func:`apply_plan`, which writes each file atomically and only if it is
still the file that was planned (same hash); files with invalid front matter
are refused at planning, files changed since then at writing.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.core.document.document import Document
from editor.core.document.fileio import write_atomic
from editor.core.errors import FileChangedOnDiskError, FrontMatterError, KoseiError
from editor.core.frontmatter import edit as fm_edit
from editor.core.frontmatter.split import split
from editor.core.site.posts import terms
from editor.core.site.scan import PostReadError, read_post

if TYPE_CHECKING:  # the index brings numpy: loaded only when a site is opened
    from editor.core.site.index import SiteIndex

# Common spellings of one name: compared after folding width, case and separators.
ALIASES = {
    "js": "javascript",
    "ts": "typescript",
    "py": "python",
    "golang": "go",
    "k8s": "kubernetes",
    "ml": "machinelearning",
    "ai": "ai",
}


@dataclass(frozen=True)
class LineChange:
    line: int  # 1-based line in the old file
    old: str | None  # None: the line is added
    new: str | None  # None: the line is removed


@dataclass
class FilePlan:
    path: Path
    changes: list[LineChange]
    new_text: str
    digest: str  # sha256 of the bytes planned against
    document: Document


@dataclass
class RenamePlan:
    key: str
    old: tuple[str, ...]
    new: str
    files: list[FilePlan] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (file, why)


@dataclass
class RenameResult:
    written: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)


def fold_term(term: str) -> str:
    """The key under which spellings of one term meet: NFKC, case, spaces and separators."""
    folded = unicodedata.normalize("NFKC", term).casefold()
    folded = re.sub(r"[\s\-_.・]+", "", folded)
    return ALIASES.get(folded, folded)


def near_duplicates(values: Iterable[str]) -> list[list[str]]:
    """Groups of two or more terms that are probably one (``js``/``JavaScript``, ``生成 AI``)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for value in values:
        groups[fold_term(value)].append(value)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def plan_rename(index: SiteIndex, key: str, old: Iterable[str], new: str) -> RenamePlan:
    """Rename (one old term) or merge (several) ``old`` into ``new`` in ``key`` of every post."""
    old_terms = tuple(dict.fromkeys(old))
    plan = RenamePlan(key, old_terms, new)
    generator = index.site.generator
    preset = generator if generator in ("jekyll", "hugo") else None
    for entry in sorted(index.posts(), key=lambda e: e.path):
        current = entry.terms(key)
        if key == "categories" and not current:
            continue
        if not any(t in old_terms for t in current):
            continue
        path = index.absolute(entry.path)
        try:
            data, _ = read_post(path)
            document = Document.from_bytes(data, path)
        except (PostReadError, KoseiError) as error:
            plan.refused.append((path, str(error)))
            continue
        try:
            new_text = _renamed(document.text, key, old_terms, new, preset, generator)
        except (FrontMatterError, ValueError) as error:
            plan.refused.append((path, str(error)))
            continue
        if new_text is None or new_text == document.text:
            continue
        changes = line_changes(document.text, new_text)
        plan.files.append(FilePlan(path, changes, new_text, document.disk_hash or "", document))
    return plan


def _renamed(
    text: str, key: str, old: tuple[str, ...], new: str, preset: str | None, generator: str
) -> str | None:
    fm = split(text).front_matter
    if fm is None:
        return None
    if fm.error is not None:
        raise fm.error
    data = fm.data or {}
    field_name = key
    if key == "categories" and "categories" not in data and "category" in data:
        field_name = "category"
    value: Any = data.get(field_name)
    if value is None:
        return None
    if isinstance(value, list):
        replaced: list[Any] = []
        for item in value:
            item = new if isinstance(item, str | int | float) and str(item) in old else item
            if item not in replaced:
                replaced.append(item)
        return fm_edit.set_key(text, field_name, replaced, preset)
    if isinstance(value, str):
        pieces = terms(value, generator == "jekyll")
        out = list(dict.fromkeys(new if p in old else p for p in pieces))
        return fm_edit.set_key(text, field_name, " ".join(out), preset)
    return None


def line_changes(old_text: str, new_text: str) -> list[LineChange]:
    """The lines that differ, as (old line number, old text, new text)."""
    old_lines, new_lines = old_text.split("\n"), new_text.split("\n")
    out: list[LineChange] = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        for offset in range(max(i2 - i1, j2 - j1)):
            before = old_lines[i1 + offset] if i1 + offset < i2 else None
            after = new_lines[j1 + offset] if j1 + offset < j2 else None
            out.append(LineChange(i1 + min(offset, max(i2 - i1 - 1, 0)) + 1, before, after))
    return out


def apply_plan(plan: RenamePlan) -> RenameResult:
    """Write every planned file atomically; refuse those changed on disk since planning."""
    result = RenameResult(refused=list(plan.refused))
    for item in plan.files:
        try:
            data = item.document.to_bytes(item.new_text)
            write_atomic(item.path, data, expected_hash=item.digest, check=True)
        except FileChangedOnDiskError:
            result.refused.append((item.path, "changed on disk since the preview"))
            continue
        except KoseiError as error:
            result.refused.append((item.path, str(error)))
            continue
        result.written.append(item.path)
    return result
