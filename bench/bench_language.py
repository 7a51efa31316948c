"""Spelling and proofreading against the peers (Hunspell's CLI, textlint) and their speed.

Prints, per rule, how many findings agree with the peer, how many only the
peer reports and how many only Kosei reports, then the timings the issue sets
(25 KB post <= 100 ms, 1 MB <= 2 s). Figures, never assertions.

Oracles are optional and never needed by the tests:
* ``hunspell`` on PATH with the en_US dictionary (Debian: hunspell, hunspell-en-us);
* textlint and its rules installed with npm in ``$KOSEI_TEXTLINT_DIR``
  (default ``/work/research13/node``): see ``TEXTLINT_PACKAGES``.

Posts: ``tests/fixtures/language/*.md``, the shared samples, and real posts in
``$KOSEI_REAL_POSTS`` (default ``/work/corpus/real``) when present.

    python bench/bench_language.py [--limit N] [--show-disagreements K]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.core.checks.context import CheckContext  # noqa: E402
from editor.core.language.dictionaries import find_dictionaries, for_languages  # noqa: E402
from editor.core.language.locale import looks_japanese  # noqa: E402
from editor.core.language.proofreading import ProofOptions, proofread  # noqa: E402
from editor.core.language.proofreading.model import KINDS  # noqa: E402
from editor.core.language.prose import prose_chunks  # noqa: E402
from editor.core.language.spelling import SpellCache, Speller, misspellings  # noqa: E402

TEXTLINT_DIR = Path(os.environ.get("KOSEI_TEXTLINT_DIR", "/work/research13/node"))
REAL = Path(os.environ.get("KOSEI_REAL_POSTS", "/work/corpus/real"))
TEXTLINT_PACKAGES = (
    "textlint textlint-rule-sentence-length textlint-rule-max-ten "
    "textlint-rule-max-kanji-continuous-len textlint-rule-no-doubled-joshi "
    "textlint-rule-no-dropping-the-ra textlint-rule-no-double-negative-ja "
    "textlint-rule-no-doubled-conjunction textlint-rule-ja-no-successive-word "
    "textlint-rule-ja-no-redundant-expression textlint-rule-ja-no-weak-phrase "
    "textlint-rule-no-mix-dearu-desumasu textlint-rule-no-hankaku-kana "
    "textlint-rule-preset-jtf-style textlint-rule-prh"
)
# textlint rule id -> Kosei kind
RULE_MAP = {
    "sentence-length": "sentence-length",
    "max-ten": "max-ten",
    "max-kanji-continuous-len": "kanji-run",
    "no-doubled-joshi": "doubled-joshi",
    "no-dropping-the-ra": "ra-nuki",
    "no-double-negative-ja": "double-negative",
    "no-doubled-conjunction": "doubled-conjunction",
    "ja-no-successive-word": "successive-word",
    "ja-no-redundant-expression": "redundant",
    "ja-no-weak-phrase": "weak-phrase",
    "no-mix-dearu-desumasu": "mixed-style",
    "no-hankaku-kana": "half-width-kana",
    "jtf-style/1.2.1.句点(。)と読点(、)": "punctuation",
    "jtf-style/2.1.8.算用数字": "full-width-alnum",
    "jtf-style/2.1.9.アルファベット": "full-width-alnum",
    "prh": "prh",
}
JTF_KEPT = ("1.2.1.句点(。)と読点(、)", "2.1.8.算用数字", "2.1.9.アルファベット")
JTF_ALL = [
    n.replace("{_}", "{ }")
    for n in (
        "1.1.1.本文 1.1.2.見出し 1.1.3.箇条書き 1.1.5.図表のキャプション 1.2.1.句点(。)と読点(、) "
        "1.2.2.ピリオド(.)とカンマ(,) 2.1.10.算用数字の位取りの表記 2.1.2.漢字 2.1.5.カタカナ "
        "2.1.6.カタカナの長音 2.1.8.算用数字 2.1.9.アルファベット 2.2.1.ひらがなと漢字の使い分け "
        "2.2.2.算用数字と漢数字の使い分け 2.2.3.一部の助数詞の表記 3.1.1.全角文字と半角文字の間 "
        "3.1.2.全角文字どうし 3.2.カタカナ語間のスペースの有無 "
        "3.3.かっこ類と隣接する文字の間のスペースの有無 4.1.1.句点(。) 4.1.3.ピリオド(.)、カンマ(,) "
        "4.2.1.感嘆符(！) 4.2.2.疑問符(？) 4.2.4.中黒(・) 4.2.5.波線(〜) 4.2.6.ハイフン(-) "
        "4.2.7.コロン(：) 4.2.8.セミコロン(;) 4.2.9.ダッシュ(-) 4.3.1.丸かっこ（） 4.3.2.大かっこ［］ "
        "4.3.3.かぎかっこ「」 4.3.4.二重かぎかっこ『』 4.3.5.二重引用符 4.3.6.中かっこ{_} "
        "4.3.7.山かっこ<> 4.3.8.一重引用符"
    ).split(" ")
]
TEXTLINTRC = {
    "rules": {
        "sentence-length": {"max": 100},
        "max-ten": {"max": 3},
        "max-kanji-continuous-len": {"max": 5},
        "no-doubled-joshi": True,
        "no-dropping-the-ra": True,
        "no-double-negative-ja": True,
        "no-doubled-conjunction": True,
        "ja-no-successive-word": True,
        "ja-no-redundant-expression": True,
        "ja-no-weak-phrase": True,
        "no-mix-dearu-desumasu": True,
        "no-hankaku-kana": True,
        "preset-jtf-style": {name: name in JTF_KEPT for name in JTF_ALL},
    }
}


def posts(limit: int) -> list[Path]:
    found = sorted((ROOT / "tests" / "fixtures" / "language").glob("*.md"))
    found += sorted(Path("/work/shared/samples").glob("*.md"))
    if REAL.is_dir():
        found += sorted(p for p in REAL.rglob("*") if p.suffix in (".md", ".markdown"))
    return found[:limit]


# -- proofreading vs textlint ---------------------------------------------------------------
def run_textlint(files: list[Path], workdir: Path) -> dict[Path, list[tuple[str, int, int, str]]]:
    binary = TEXTLINT_DIR / "node_modules" / ".bin" / "textlint"
    config = workdir / ".textlintrc.json"
    config.write_text(json.dumps(TEXTLINTRC, ensure_ascii=False), encoding="utf-8")
    out: dict[Path, list[tuple[str, int, int, str]]] = defaultdict(list)
    for i in range(0, len(files), 40):
        batch = files[i : i + 40]
        proc = subprocess.run(
            [str(binary), "--config", str(config), "--format", "json", *map(str, batch)],
            cwd=TEXTLINT_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
        try:
            results = json.loads(proc.stdout or "[]")
        except ValueError:
            print("textlint failed:", proc.stderr[:500])
            continue
        for result in results:
            path = Path(result["filePath"])
            for m in result["messages"]:
                kind = RULE_MAP.get(m["ruleId"])
                if kind:
                    out[path].append((kind, m["line"], m["column"], m["message"]))
    return out


def kosei_issues(path: Path, text: str) -> list[tuple[str, int, int, str]]:
    opts = ProofOptions(kinds=frozenset(KINDS))
    ctx = CheckContext(text)
    out = []
    for issue in proofread(text, opts, None, japanese=True):
        line, column = ctx.position(issue.start)
        out.append((issue.kind, line, column, issue.message_ja))
    return out


def compare(
    theirs: list[tuple[str, int, int, str]], ours: list[tuple[str, int, int, str]]
) -> tuple[Counter, Counter, Counter, list, list]:
    agree, only_t, only_k = Counter(), Counter(), Counter()
    pending = list(ours)
    missed, extra = [], []
    for item in theirs:
        kind, line = item[0], item[1]
        match = next((o for o in pending if o[0] == kind and o[1] == line), None)
        if match is not None:
            pending.remove(match)
            agree[kind] += 1
        else:
            only_t[kind] += 1
            missed.append(item)
    for item in pending:
        only_k[item[0]] += 1
        extra.append(item)
    return agree, only_t, only_k, missed, extra


def bench_proofreading(files: list[Path], show: int) -> None:
    japanese = [p for p in files if looks_japanese(p.read_text(encoding="utf-8", errors="replace"))]
    print(f"\n== Proofreading vs textlint: {len(japanese)} Japanese posts")
    if not (TEXTLINT_DIR / "node_modules" / ".bin" / "textlint").exists():
        print(f"   textlint not installed in {TEXTLINT_DIR}: npm install {TEXTLINT_PACKAGES}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        # textlint reads the file; give it a copy without our prh dictionary next to it
        copies = {}
        for i, path in enumerate(japanese):
            copy = Path(tmp) / f"{i:04d}.md"
            shutil.copyfile(path, copy)
            copies[copy] = path
        theirs = run_textlint(list(copies), Path(tmp))
        agree, only_t, only_k = Counter(), Counter(), Counter()
        samples: dict[str, list[tuple[str, Path, tuple]]] = defaultdict(list)
        for copy, path in copies.items():
            text = copy.read_text(encoding="utf-8", errors="replace")
            a, t, k, missed, extra = compare(theirs.get(copy, []), kosei_issues(path, text))
            agree += a
            only_t += t
            only_k += k
            for item in missed:
                samples[item[0]].append(("textlint only", path, item))
            for item in extra:
                samples[item[0]].append(("kosei only", path, item))
    print(f"   {'rule':22} {'agree':>6} {'textlint only':>14} {'kosei only':>11} {'agreement':>10}")
    for kind in KINDS:
        total = agree[kind] + only_t[kind] + only_k[kind]
        if not total:
            continue
        share = agree[kind] / total
        print(f"   {kind:22} {agree[kind]:6} {only_t[kind]:14} {only_k[kind]:11} {share:10.0%}")
    if show:
        for kind, items in samples.items():
            print(f"\n   -- {kind}: first disagreements")
            for who, path, item in items[:show]:
                line = path.read_text(encoding="utf-8", errors="replace").split("\n")[item[1] - 1]
                print(f"   [{who}] {path.name}:{item[1]}:{item[2]} {item[3][:60]}")
                print(f"        {line[:110]}")


# -- spelling vs hunspell CLI ---------------------------------------------------------------
def bench_spelling(files: list[Path], show: int) -> None:
    english = [
        p for p in files if not looks_japanese(p.read_text(encoding="utf-8", errors="replace"))
    ]
    print(f"\n== Spelling vs hunspell -d en_US: {len(english)} English posts")
    speller = Speller(for_languages(find_dictionaries(), ["en-us"]))
    if shutil.which("hunspell") is None:
        print("   hunspell CLI missing (apt-get install hunspell hunspell-en-us)")
        return
    agree = only_h = only_k = 0
    extra_words: Counter = Counter()
    missed_words: Counter = Counter()
    for path in english:
        text = path.read_text(encoding="utf-8", errors="replace")
        ours = {m.word for m in misspellings(text, speller)}
        # Hunspell reads the same prose Kosei reads (CJK is the proofreading rules' job and
        # Hunspell's tokenizer would glue "Python" to a following kana), so this compares the
        # verdicts on the same words.
        prose = "\n".join(c.masked for c in prose_chunks(text))
        prose = re.sub(r"[^\x00-\u024f\u2019]", " ", prose)
        proc = subprocess.run(
            ["hunspell", "-d", "en_US", "-l"], input=prose, capture_output=True, text=True
        )
        theirs = {w for w in proc.stdout.split() if not re.search(r"[0-9_]", w)}
        theirs = {w for w in theirs if not w.isupper() and len(w) >= 2}
        agree += len(ours & theirs)
        only_h += len(theirs - ours)
        only_k += len(ours - theirs)
        missed_words.update(theirs - ours)
        extra_words.update(ours - theirs)
    total = agree + only_h + only_k
    print(f"   distinct words per post: agree {agree}, hunspell only {only_h}, kosei only {only_k}")
    if total:
        print(f"   agreement {agree / total:.1%}")
    if show:
        print("   hunspell only:", ", ".join(w for w, _ in missed_words.most_common(show)))
        print("   kosei only:", ", ".join(w for w, _ in extra_words.most_common(show)))
    leaks = 0
    for path in english:
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in misspellings(text, speller):
            if _inside_code_or_url(text, m.start):
                leaks += 1
    print(f"   findings inside code, URLs or front-matter keys: {leaks}")


def _inside_code_or_url(text: str, offset: int) -> bool:
    """Independent look: the offset lies in a fence, inline code, a URL or a front-matter key."""
    before = text[:offset]
    if before.count("\n```") % 2 == 1:
        return True
    line_start = before.rfind("\n") + 1
    line = text[line_start : text.find("\n", offset) if text.find("\n", offset) >= 0 else None]
    col = offset - line_start
    if line[:col].count("`") % 2 == 1:
        return True
    for m in re.finditer(r"https?://\S+", line):
        if m.start() <= col < m.end():
            return True
    if before.startswith("---\n") and before.count("\n---") == 0:
        return re.match(r"^\s*[\w-]+\s*:", line) is not None and col < line.find(":")
    return False


# -- speed ----------------------------------------------------------------------------------
def _timed(work) -> tuple[float, float]:  # noqa: ANN001 - a callable
    """(wall ms, CPU ms of this process): CPU time is the figure on a loaded machine."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def bench_speed() -> None:
    print("\n== Speed (engines loaded; cold caches, then one paragraph edited)")
    sample = Path("/work/shared/samples/generated_post_ja.md")
    english = (ROOT / "README.md").read_text(encoding="utf-8")
    speller = Speller(for_languages(find_dictionaries(), ["en-us"]))
    proofread("日本語の文です。")  # loads the analyser (~0.1 s once)
    for label, base in (("English", english), ("Japanese", sample.read_text(encoding="utf-8"))):
        for size in (25 * 1024, 1024 * 1024):
            text = (base + "\n\n") * (size // len(base.encode()) + 1)
            text = text.encode()[:size].decode("utf-8", "ignore")
            text = text[: text.rfind("\n")]
            # Every paragraph distinct, as in a real post (a repeated sample would hit caches).
            paragraphs = text.split("\n\n")
            text = "\n\n".join(
                f"{p} {_tag(i)}" if p.strip() and i and "---" not in p else p
                for i, p in enumerate(paragraphs)
            )
            edited = text.replace(
                paragraphs[len(paragraphs) // 2], paragraphs[len(paragraphs) // 2] + " edit"
            )
            cache = SpellCache()
            spell = _timed(lambda t=text, c=cache: misspellings(t, speller, c))
            again = _timed(lambda t=edited, c=cache: misspellings(t, speller, c))
            line = f"   {label:8} {size // 1024:5} KB: spelling {spell[0]:7.1f} ms wall {spell[1]:7.1f} ms CPU"
            line += f"; after an edit {again[1]:6.1f} ms CPU"
            if label == "Japanese":
                proof = _timed(lambda t=text: proofread(t))
                proof_again = _timed(lambda t=edited: proofread(t))
                line += f"; proofreading {proof[1]:7.1f} ms CPU, after an edit {proof_again[1]:6.1f} ms CPU"
            print(line)


def _tag(i: int) -> str:
    """A distinct English word-like tag per paragraph that every dictionary knows."""
    words = ("alpha", "beta", "gamma", "delta", "kappa", "omega")
    return " ".join(words[int(d) % len(words)] for d in str(i))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--show-disagreements", type=int, default=0)
    parser.add_argument("--only", choices=("spelling", "proofreading", "speed"))
    args = parser.parse_args()
    files = posts(args.limit)
    print(f"{len(files)} posts")
    if args.only in (None, "proofreading"):
        bench_proofreading(files, args.show_disagreements)
    if args.only in (None, "spelling"):
        bench_spelling(files, args.show_disagreements)
    if args.only in (None, "speed"):
        bench_speed()


if __name__ == "__main__":
    main()
