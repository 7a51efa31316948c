"""The site's own prh dictionary (``prh.yml``): preferred spellings, each hit with a fix.

Reads prh's YAML format: ``rules`` of ``expected`` with ``pattern``/``patterns``
(plain text or ``/regex/flags``), ``options.wordBoundary``, ``regexpMustEmpty``
and ``specs``; ``imports`` of other files (relative paths, ``disableImports``,
``ignoreRules``). A rule without a pattern matches its ``expected`` text in any
case and width (prh's own expansion: ``Cookie`` matches ``cookie`` and
``ＣＯＯＫＩＥ``). Regexes follow JavaScript's ASCII ``\\b`` and ``$1``
references. A rule whose ``specs`` fail is dropped and reported in
:attr:`PrhDictionary.errors`, as prh refuses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from editor.core.language.proofreading.model import ProofIssue, ProofOptions
from editor.core.language.proofreading.text import Sentence

_REGEX = re.compile(r"^/(.*)/([gimuy]*)$", re.DOTALL)
_MAX_IMPORTS = 20


@dataclass(frozen=True)
class PrhRule:
    expected: str
    pattern: re.Pattern[str]
    must_empty: int | None = None
    source: str = ""

    def replace(self, match: re.Match[str]) -> str:
        def group(m: re.Match[str]) -> str:
            index = int(m.group(1))
            try:
                return match.group(index) or ""
            except IndexError:
                return m.group()

        return re.sub(r"\$(\d)", group, self.expected)

    def applies(self, match: re.Match[str]) -> bool:
        if self.must_empty is not None:
            try:
                if match.group(self.must_empty):
                    return False
            except IndexError:
                pass
        return match.group() != self.replace(match)

    def apply_to(self, text: str) -> str:
        return self.pattern.sub(lambda m: self.replace(m) if self.applies(m) else m.group(), text)


@dataclass
class PrhDictionary:
    rules: list[PrhRule] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _expand(expected: str) -> str:
    """prh's default pattern: letters and digits in either case and width."""
    out = []
    for c in expected:
        if c.isascii() and c.isalpha():
            up, low = c.upper(), c.lower()
            out.append(f"[{up}{low}{chr(ord(up) + 0xFEE0)}{chr(ord(low) + 0xFEE0)}]")
        elif c.isascii() and c.isdigit():
            out.append(f"[{c}{chr(ord(c) + 0xFEE0)}]")
        else:
            out.append(re.escape(c))
    return "".join(out)


def _compile(pattern: object, expected: str, boundary: bool) -> re.Pattern[str]:
    if pattern is None:
        source = _expand(expected)
        flags = re.ASCII
    else:
        text = str(pattern)
        match = _REGEX.match(text)
        if match:
            source = match.group(1)
            flags = re.ASCII | (re.IGNORECASE if "i" in match.group(2) else 0)
            flags |= re.MULTILINE if "m" in match.group(2) else 0
        else:
            source = re.escape(text)
            flags = re.ASCII
    if boundary:
        source = rf"\b(?:{source})\b"
    return re.compile(source, flags)


def _rules_of(item: dict, origin: str) -> list[PrhRule]:
    expected = item.get("expected")
    if not isinstance(expected, str | int | float):
        return []
    expected = str(expected)
    raw_options = item.get("options")
    options = raw_options if isinstance(raw_options, dict) else {}
    boundary = bool(options.get("wordBoundary", False))
    patterns = item.get("patterns", item.get("pattern"))
    if patterns is None:
        items: list[object] = [None]
    elif isinstance(patterns, list):
        items = list(patterns)
    else:
        items = [patterns]
    empty = item.get("regexpMustEmpty")
    must_empty = int(str(empty).lstrip("$")) if empty and str(empty).lstrip("$").isdigit() else None
    # Several patterns form one alternation, longest written first (prh's advice).
    sources = [_compile(p, expected, boundary) for p in items]
    return [PrhRule(expected, s, must_empty, origin) for s in sources]


def load_prh(path: Path, _depth: int = 0, _seen: set[Path] | None = None) -> PrhDictionary:
    """Read a prh file and its imports; a broken file yields an error, never an exception."""
    out = PrhDictionary()
    seen = _seen if _seen is not None else set()
    real = path.resolve()
    if real in seen or _depth > _MAX_IMPORTS:
        return out
    seen.add(real)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        out.errors.append(f"{path.name}: {error}")
        return out
    if not isinstance(data, dict):
        return out
    ignored: set[str] = set()
    for item in data.get("imports") or []:
        entry = item if isinstance(item, dict) else {"path": item}
        target = entry.get("path")
        if not isinstance(target, str):
            continue
        for rule in entry.get("ignoreRules") or []:
            ignored.add(str(rule.get("expected") if isinstance(rule, dict) else rule))
        child = load_prh(path.parent / target, _depth + 1, seen)
        out.errors += child.errors
        out.rules += [r for r in child.rules if r.expected not in ignored]
    for item in data.get("rules") or []:
        if isinstance(item, str):
            item = {"expected": item}
        if not isinstance(item, dict):
            continue
        try:
            rules = _rules_of(item, path.name)
        except re.error as error:
            out.errors.append(f"{path.name}: {item.get('expected')}: {error}")
            continue
        failed = _failed_spec(item, rules)
        if failed:
            out.errors.append(f"{path.name}: {failed}")
            continue
        out.rules += rules
    return out


def _failed_spec(item: dict, rules: list[PrhRule]) -> str | None:
    for spec in item.get("specs") or []:
        if not isinstance(spec, dict):
            continue
        text, want = str(spec.get("from", "")), str(spec.get("to", ""))
        got = text
        for rule in rules:
            got = rule.apply_to(got)
        if got != want:
            return f"{item.get('expected')} spec failed: {text!r} gives {got!r}, expected {want!r}"
    return None


def check(
    sentences: list[Sentence], options: ProofOptions, dictionary: PrhDictionary | None
) -> list[ProofIssue]:  # noqa: ARG001
    if dictionary is None or not dictionary.rules:
        return []
    out = []
    for sentence in sentences:
        text = sentence.text
        taken: list[tuple[int, int]] = []
        for rule in dictionary.rules:
            for match in rule.pattern.finditer(text):
                if match.end() == match.start() or not rule.applies(match):
                    continue
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                taken.append(match.span())
                fixed = rule.replace(match)
                start, end = sentence.span(match.start(), match.end())
                out.append(
                    ProofIssue(
                        "prh",
                        start,
                        end,
                        f"prh ({rule.source}): write “{fixed}”, not “{match.group()}”.",
                        f"prh（{rule.source}）: 「{match.group()}」は「{fixed}」と書いてください。",
                        replacement=fixed,
                    )
                )
    return out
