"""Evaluate the draft checks: inject defects into clean drafts, measure recall and false findings.

Clean drafts are the project's own clean fixtures plus real Markdown found on
this machine (package documentation, read at run time and never copied into
the repository). Each trial copies a clean draft, injects one defect with a
fixed random seed, runs the engine, and counts the defect as found when a
finding of the right rule covers the injected lines.

    python bench/eval_checks.py [--trials N] [--max-real N] [--seed S] [-v]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.eval_inject import INJECTORS, Doc, paragraphs  # noqa: E402
from editor.core.checks import run_checks  # noqa: E402
from editor.core.checks.findings import Severity  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "checks"
ENGINE_RULES = {"duplicate", "truncated", "generation-marker"}
ENGINE_FM_KINDS = {"excerpt-title", "reading-time", "invalid"}
SKIP_NAMES = ("changelog", "changes", "history", "news", "license", "licence", "copying", "notice")
SEARCH_ROOTS = ("/usr", "/opt", "/root", "/home", "/srv")
# API and CLI references repeat parameter and option texts by design; their
# findings are real repeats but not what a draft check is for: reported apart.
REFERENCE_PARTS = (
    "/api/",
    "/commands/",
    "/configuring-npm/",
    "/using-npm/config",
    "Reference",
    "Specification",
)
TARGETS = {
    "exact": 0.98,
    "exact-later": 0.98,
    "merged": 0.98,
    "split": 0.98,
    "section": 0.98,
    "near-ja": 0.90,
    "near-en": 0.95,
    "marker": 0.99,
    "end-cut": 0.95,
    "stitch": 0.95,
    "mid-cut": 0.95,
    "mid-cut-marker": 0.95,
    "loop": 0.95,
    "citation": 0.99,
    "utm": 0.99,
    "placeholder": 0.99,
    "preamble": 0.99,
    "sign-off": 0.99,
    "fence-wrap": 0.99,
}
COPIES = ("exact", "exact-later", "merged", "split", "section", "near")
LEFTOVERS = ("citation", "utm", "placeholder", "preamble", "sign-off", "fence-wrap")
# defects an injection makes (a cut with a marker after it is two)
DEFECTS = {"stitch": 1, "mid-cut-marker": 2}
REAL_POSTS = ROOT / "tests" / "fixtures" / "real_posts"


def engine_findings(text: str):
    return [
        f
        for f in run_checks(text)
        if f.rule in ENGINE_RULES or (f.rule == "front-matter" and f.kind in ENGINE_FM_KINDS)
    ]


def real_markdown(limit: int, rng: random.Random) -> list[Doc]:
    """Markdown documentation shipped with packages on this machine (not written by us)."""
    found: list[Path] = []
    for root in SEARCH_ROOTS:
        for folder, dirs, files in os.walk(root):
            if "/proc" in folder or folder.startswith(str(ROOT.parent)) or "/legal" in folder:
                dirs[:] = []
                continue
            for name in files:
                lower = name.lower()
                if lower.endswith((".md", ".markdown")) and not lower.startswith(SKIP_NAMES):
                    found.append(Path(folder) / name)
    docs = []
    for path in sorted(found):
        try:
            size = path.stat().st_size
            if not 1500 <= size <= 150_000:
                continue
            text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError):
            continue
        docs.append(Doc(str(path), text, "en"))
    rng.shuffle(docs)
    return docs[:limit]


def own_clean() -> list[Doc]:
    return [
        Doc(p.name, p.read_text(encoding="utf-8"), "ja" if "_ja_" in p.name else "en")
        for p in sorted(FIXTURES.glob("clean_*.md"))
    ]


def false_findings(docs: list[Doc], verbose: bool) -> tuple[int, int, Counter[str]]:
    """(drafts, info findings, warnings by class) on drafts taken as clean.

    Classes: ``verbatim`` (an exact repeat the draft really contains: kinds
    exact/sentence), ``near-or-section`` and ``other`` (truncation, markers,
    front matter), so a reader can judge what "false" means for each.
    """
    infos = 0
    classes: Counter[str] = Counter()
    for doc in docs:
        for f in engine_findings(doc.text):
            if f.severity.rank < Severity.WARNING.rank:
                infos += 1
                continue
            if f.rule == "duplicate" and f.kind in ("exact", "sentence"):
                classes["verbatim"] += 1
            elif f.rule == "duplicate":
                classes["near-or-section"] += 1
            else:
                classes["other"] += 1
            if verbose:
                print(f"  false? {doc.name}:{f.span.line}: {f.rule}/{f.kind}: {f.message_en}")
    return len(docs), infos, classes


def found_defect(
    kind: str, findings, first: int, last: int, minimum: Severity = Severity.WARNING
) -> bool:
    for f in findings:
        if f.severity.rank < minimum.rank:
            continue
        if f.span.line > last or f.span.end_line < first:
            continue
        if kind == "marker" and f.rule == "generation-marker":
            return True
        if kind in LEFTOVERS and f.rule == "generation-marker" and f.kind == kind:
            return True
        if kind in ("mid-cut", "mid-cut-marker") and f.rule == "truncated":
            return f.kind in ("mid-cut", "end-cut", "stitch", "unclosed-bracket")
        if (
            kind in ("end-cut", "stitch")
            and f.rule == "truncated"
            and f.kind in (kind, "unclosed-bracket")
        ):
            return True
        if kind == "loop" and f.rule == "duplicate" and f.kind == "loop":
            return True
        if kind == "section" and f.rule == "duplicate" and f.kind in ("section", "restart"):
            return f.span.line <= first and f.span.end_line >= last
        if kind in COPIES and kind != "section" and f.rule == "duplicate":
            return True
    return False


def findings_at(findings, first: int, last: int) -> list:
    """Warnings and errors on the injected lines (what the writer sees for the defect)."""
    return [
        f
        for f in findings
        if f.severity.rank >= Severity.WARNING.rank
        and f.span.line <= last
        and f.span.end_line >= first
    ]


def real_posts() -> list[Doc]:
    """Real blog posts (tests/fixtures/real_posts or $KOSEI_REAL_POSTS), when present."""
    folder = Path(os.environ.get("KOSEI_REAL_POSTS") or REAL_POSTS)
    if not folder.is_dir():
        return []
    docs = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in (".md", ".markdown") or not path.is_file():
            continue
        if path.parent == folder:
            continue  # SOURCES.md: posts sit in one folder per repository
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        cjk = sum(1 for c in text if "\u3040" <= c <= "\u9fff")
        docs.append(
            Doc(
                f"{folder.name}/{path.relative_to(folder)}",
                text,
                "ja" if cjk * 10 > len(text) else "en",
            )
        )
    return docs


def run_trials(docs: list[Doc], trials: int, rng: random.Random, verbose: bool):
    results: dict[str, Counter[str]] = defaultdict(Counter)
    for kind, injector in INJECTORS.items():
        lang = kind.rsplit("-", 1)[1] if kind.startswith("near-") else None
        pools = {
            code: [d for d in docs if d.lang == code and len(paragraphs(d.text)) >= 3]
            for code in ("ja", "en")
            if lang in (None, code)
        }
        pools = {code: pool for code, pool in pools.items() if pool}
        if not pools:
            continue
        done = attempts = 0
        while done < trials and attempts < trials * 20:
            attempts += 1
            doc = rng.choice(pools[rng.choice(sorted(pools))])  # languages drawn equally
            injected = injector(doc, rng)
            if injected is None:
                continue
            text, first, last = injected
            done += 1
            base = kind.split("-")[0] if kind.startswith("near") else kind
            findings = engine_findings(text)
            ok = found_defect(base, findings, first, last)
            here = findings_at(findings, first, last)
            results[kind]["findings"] += len(here)
            results[kind]["defects"] += DEFECTS.get(kind, 1)
            fixes = [(f.fix.span, f.fix.replacement) for f in here if f.fix is not None]
            if len(fixes) != len(set(fixes)):
                results[kind]["shared-fix"] += 1
            if found_defect(base, findings, first, last, Severity.INFO):
                results[kind]["found-info"] += 1
            results[kind]["found" if ok else "missed"] += 1
            results[kind][f"{doc.lang}:{'found' if ok else 'missed'}"] += 1
            if verbose and not ok:
                print(f"  missed {kind} in {doc.name} lines {first}-{last}")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200, help="trials per defect kind")
    parser.add_argument(
        "--max-real", type=int, default=300, help="real Markdown files to use at most"
    )
    parser.add_argument("--seed", type=int, default=20260211)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    own = own_clean()
    real = real_markdown(args.max_real, rng)
    posts = real_posts()
    print(
        f"clean drafts: {len(own)} own fixtures "
        f"({sum(d.lang == 'ja' for d in own)} ja), {len(real)} real docs, "
        f"{len(posts)} real blog posts ({sum(d.lang == 'ja' for d in posts)} ja)"
    )
    reference = [d for d in real if any(part in d.name for part in REFERENCE_PARTS)]
    prose = [d for d in real if d not in reference]
    groups = (
        ("own clean fixtures", own),
        ("real prose docs", prose),
        ("real reference docs", reference),
        ("real blog posts", posts),
    )
    for label, docs in groups:
        n, infos, classes = false_findings(docs, args.verbose)
        warnings = sum(classes.values())
        rate = 20 * warnings / n if n else 0.0
        detail = ", ".join(f"{k} {v}" for k, v in sorted(classes.items())) or "none"
        print(
            f"findings on clean {label}: {warnings} warnings in {n} drafts"
            f" = {rate:.2f} per 20 drafts ({detail}); {infos} info"
        )
    results = run_trials(own + real + posts, args.trials, rng, args.verbose)
    print("recall counts warnings and errors; +info also counts info hints;")
    print("per defect: warnings and errors on the injected lines per defect injected")
    print(
        f"{'kind':14} {'recall':>7} {'target':>7} {'+info':>6} {'per def':>7}"
        "  found/trials  (ja, en)"
    )
    for kind, target in TARGETS.items():
        c = results.get(kind, Counter())
        total = c["found"] + c["missed"]
        recall = c["found"] / total if total else 0.0
        mark = "ok" if recall >= target else "BELOW"
        per = ", ".join(
            f"{code} {c[code + ':found']}/{c[code + ':found'] + c[code + ':missed']}"
            for code in ("ja", "en")
        )
        with_info = c["found-info"] / total if total else 0.0
        per_defect = c["findings"] / c["defects"] if c["defects"] else 0.0
        shared = f", {c['shared-fix']} with a shared fix" if c["shared-fix"] else ""
        print(
            f"{kind:14} {recall:7.3f} {target:7.2f} {with_info:6.3f} {per_defect:7.2f}"
            f"  {c['found']:4}/{total:<4}  ({per}) {mark}{shared}"
        )
    findings = sum(c["findings"] for c in results.values())
    defects = sum(c["defects"] for c in results.values())
    print(f"findings per injected defect, all kinds: {findings / max(1, defects):.3f}")
    print(f"seed {args.seed}, {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
