"""How close the preview is to what the generators build (figures, not a test).

Builds a small site per generator in a temporary folder, from the fixture posts
in ``bench/fixtures/fidelity/`` plus the real posts of ``/work/corpus/real`` (when
present, by the generator the manifest names), runs the generator (Debian's
``hugo``, ``jekyll``; for Eleventy-style posts the JavaScript markdown-it that
Eleventy uses, installed into a cache folder), renders the same files with
Kosei in the same site, and compares the two per top-level block after
normalising (see :mod:`bench.fidelity.blocks`). Prints the share of equivalent
blocks per generator and the differences.

    python bench/bench_fidelity.py [--only hugo|jekyll|eleventy] [--diffs N] [--no-real]
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fidelity.blocks import Node, blocks, normalise  # noqa: E402
from editor.core.frontmatter.split import split  # noqa: E402
from editor.core.markdown.dialects import dialect_for  # noqa: E402
from editor.core.markdown.render import render_with_stats  # noqa: E402
from editor.core.markdown.tags import find_tags  # noqa: E402

FIXTURES = ROOT / "bench" / "fixtures" / "fidelity"
CORPUS = Path(os.environ.get("KOSEI_CORPUS", "/work/corpus"))
NODE_CACHE = Path(os.environ.get("KOSEI_NODE_CACHE", Path(tempfile.gettempdir()) / "kosei-node"))
MARK = re.compile(r"KOSEI-FILE:(.*?):KOSEI-START(.*?)KOSEI-END", re.S)
HUGO_0111_BUILTINS = {
    "figure",
    "highlight",
    "ref",
    "relref",
    "param",
    "youtube",
    "vimeo",
    "tweet",
    "twitter",
    "instagram",
    "gist",
}


@dataclass
class Result:
    generator: str
    blocks: int = 0
    equal: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    diffs: list[tuple[str, str, str, str]] = field(default_factory=list)
    posts: int = 0
    skipped: list[str] = field(default_factory=list)


def posts_for(generator: str, real: bool) -> list[Path]:
    found = sorted((FIXTURES / generator).glob("*.md"))
    manifest = CORPUS / "manifest.json"
    if real and manifest.is_file():
        name = {"hugo": "Hugo", "jekyll": "Jekyll", "eleventy": "Eleventy"}[generator]
        for entry in json.loads(manifest.read_text()):
            path = CORPUS / entry["path"]
            if entry["generator"] == name and path.is_file():
                found.append(path)
    return found


# -- Hugo ------------------------------------------------------------------------------------
def build_hugo(posts: list[Path], work: Path) -> dict[str, tuple[Path, str]]:
    site = work / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "layouts" / "shortcodes").mkdir(parents=True)
    (site / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Fidelity"\nrefLinksErrorLevel = "WARNING"\n'
        "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n"
    )
    single = "KOSEI-FILE:{{ .File.Path }}:KOSEI-START{{ .Content }}KOSEI-END"
    (site / "layouts" / "_default" / "single.html").write_text(single)
    (site / "layouts" / "_default" / "list.html").write_text("")
    (site / "layouts" / "index.html").write_text("")
    names: set[str] = set()
    paired: set[str] = set()
    placed: dict[str, Path] = {}
    for i, post in enumerate(posts):
        text = post.read_text(encoding="utf-8", errors="replace")
        tags = [t for _, _, t in find_tags(text, True, False) if t.kind == "shortcode"]
        names |= {t.name for t in tags}
        paired |= {t.name for t in tags if t.closing}
        target = site / "content" / "posts" / f"p{i:03d}-{post.stem}.md"
        target.write_text(text, encoding="utf-8")
        placed[target.relative_to(site / "content").as_posix()] = target
    for name in names - HUGO_0111_BUILTINS:
        if re.fullmatch(r"[\w\-]+", name):
            inner = "{{ .Inner }}" if name in paired else ""
            (site / "layouts" / "shortcodes" / f"{name}.html").write_text(
                f'<div class="site-shortcode">{inner}</div>'
            )
    run = subprocess.run(
        ["hugo", "-D", "-F", "-E", "--quiet", "-s", str(site), "-d", str(site / "public")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if run.returncode != 0:
        print(run.stderr[-2000:], file=sys.stderr)
    return _collect(site / "public", placed)


# -- Jekyll ----------------------------------------------------------------------------------
def build_jekyll(posts: list[Path], work: Path) -> dict[str, tuple[Path, str]]:
    site = work / "jekyll"
    for folder in ("_posts", "_layouts", "_includes"):
        (site / folder).mkdir(parents=True)
    (site / "_config.yml").write_text(
        'title: "Fidelity Site"\nmarkdown: kramdown\n'
        'defaults:\n  - scope: {path: ""}\n    values: {layout: default}\n'
    )
    layout = "KOSEI-FILE:{{ page.path }}:KOSEI-START{{ content }}KOSEI-END"
    placed: dict[str, Path] = {}
    layouts, includes = {"default", "post"}, set()
    for i, post in enumerate(posts):
        text = post.read_text(encoding="utf-8", errors="replace")
        front = split(text).front_matter
        if front is not None and front.data and isinstance(front.data.get("layout"), str):
            layouts.add(front.data["layout"])
        for _, _, tag in find_tags(text, False, True):
            if tag.kind == "liquid" and tag.name == "include" and tag.get(0):
                includes.add(tag.get(0))
        dated = re.match(r"(\d{4}-\d\d-\d\d-)(.*)", post.name)
        if post.is_relative_to(FIXTURES):
            name = post.name
        else:  # a unique name: posts of two languages often share date and title
            name = (
                f"{dated.group(1)}r{i:03d}-{dated.group(2)}"
                if dated
                else f"2020-01-01-r{i:03d}-{post.name}"
            )
        target = site / "_posts" / name
        target.write_text(text, encoding="utf-8")
        placed[target.relative_to(site).as_posix()] = target
    for name in layouts:
        if re.fullmatch(r"[\w\-]+", name):
            (site / "_layouts" / f"{name}.html").write_text(layout)
    for name in includes:
        if re.fullmatch(r"[\w\-./]+", name) and ".." not in name:
            path = site / "_includes" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text('<div class="site-include"></div>')
    out = site / "_site"
    result = _jekyll(site, out)
    if os.environ.get("KOSEI_BENCH_DEBUG"):
        shutil.copytree(
            site, Path(tempfile.gettempdir()) / "kosei-jekyll-debug", dirs_exist_ok=True
        )
    for _ in range(len(placed)):  # a post Jekyll cannot build fails the site: drop it, retry
        if result == 0:
            break
        failing = re.search(r" in (\S+\.(?:md|markdown))", _JEKYLL_ERRORS[-1])
        name = Path(failing.group(1)).name if failing else ""
        rel = next((k for k, v in placed.items() if v.name == name), None)
        if rel is None:
            break
        placed.pop(rel).unlink()
        result = _jekyll(site, out)
    return _collect(out, placed)


def _jekyll(site: Path, out: Path) -> int:
    run = subprocess.run(
        [
            "jekyll",
            "build",
            "--quiet",
            "--future",
            "--unpublished",
            "-s",
            str(site),
            "-d",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    _JEKYLL_ERRORS.append(run.stderr)
    return run.returncode


_JEKYLL_ERRORS: list[str] = []


def _collect(public: Path, placed: dict[str, Path]) -> dict[str, tuple[Path, str]]:
    out: dict[str, tuple[Path, str]] = {}
    for page in public.rglob("*.html"):
        for match in MARK.finditer(page.read_text(encoding="utf-8", errors="replace")):
            rel = match.group(1).replace("\\", "/")
            rel = rel[len("posts/") :] if rel.startswith("posts/") and rel not in placed else rel
            key = next((k for k in placed if k == rel or k.endswith("/" + rel)), None)
            if key is not None:
                out[key] = (placed[key], match.group(2))
    return out


# -- Eleventy (markdown-it) ------------------------------------------------------------------
def build_eleventy(posts: list[Path], work: Path) -> dict[str, tuple[Path, str]]:
    site = work / "eleventy"
    site.mkdir()
    (site / "package.json").write_text('{"devDependencies": {"@11ty/eleventy": "*"}}')
    module = NODE_CACHE / "node_modules" / "markdown-it"
    if not module.is_dir():
        NODE_CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--silent", "--prefix", str(NODE_CACHE), "markdown-it@14"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    placed: dict[str, Path] = {}
    bodies = {}
    for i, post in enumerate(posts):
        target = site / f"p{i:03d}-{post.name}"
        text = post.read_text(encoding="utf-8", errors="replace")
        target.write_text(text, encoding="utf-8")
        placed[target.name] = target
        bodies[target.name] = split(text).body
    script = (
        "const md = require(process.argv[1])({html: true});"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = {}; for (const k in input) out[k] = md.render(input[k]);"
        "process.stdout.write(JSON.stringify(out));"
    )
    run = subprocess.run(
        ["node", "-e", script, str(module)],
        input=json.dumps(bodies),
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    rendered = json.loads(run.stdout)
    return {k: (placed[k], v) for k, v in rendered.items()}


# -- comparison ------------------------------------------------------------------------------
def kind_of(ours: Node | None, theirs: Node | None) -> str:
    nodes = [n for n in (ours, theirs) if n is not None]
    if theirs is not None and re.search(r"\{%|\{\{", theirs.text_content()):
        return "template"  # the oracle printed a tag its site would have expanded
    if any(n.any_class("site-") for n in nodes) or any(
        n.any_class("kosei-shortcode") or n.any_class("kosei-liquid") or n.any_class("kosei-embed")
        for n in nodes
    ):
        return "template"
    if any(n.any_class("kosei-mermaid") or n.any_class("kosei-math") for n in nodes):
        return "script-rendered"
    if ours is not None and ours.find("math") is not None:
        return "script-rendered"
    return "markdown"


def compare(generator: str, built: dict[str, tuple[Path, str]], result: Result) -> None:
    for key, (path, theirs_html) in sorted(built.items()):
        text = path.read_text(encoding="utf-8")
        dialect = dialect_for(path, text)
        ours_html = render_with_stats(text, dialect)[0].body_html
        # The summary divider is Kosei's own mark: the generators print nothing there.
        ours = [n for n in blocks(ours_html) if "kosei-more" not in n.classes()]
        theirs = blocks(theirs_html)
        a, b = [normalise(n) for n in ours], [normalise(n) for n in theirs]
        result.posts += 1
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            width = max(i2 - i1, j2 - j1)
            result.blocks += width
            if op == "equal":
                result.equal += width
                continue
            for k in range(width):
                mine = ours[i1 + k] if i1 + k < i2 else None
                other = theirs[j1 + k] if j1 + k < j2 else None
                kind = kind_of(mine, other)
                result.by_kind[kind] += 1
                result.diffs.append(
                    (kind, key, a[i1 + k] if mine else "(none)", b[j1 + k] if other else "(none)")
                )


def report(result: Result, show: int) -> None:
    total, equal = result.blocks, result.equal
    markdown_total = total - result.by_kind["template"] - result.by_kind["script-rendered"]
    print(f"\n== {result.generator}: {result.posts} posts, {total} blocks")
    if result.skipped:
        print(f"   skipped (the generator could not build them): {len(result.skipped)}")
    print(f"   equivalent blocks: {equal}/{total} = {100 * equal / max(total, 1):.1f}%")
    print(
        f"   excluding template output and script-rendered blocks: {equal}/{markdown_total}"
        f" = {100 * equal / max(markdown_total, 1):.1f}%"
    )
    print(f"   differing blocks by kind: {dict(result.by_kind)}")
    for kind, key, mine, other in result.diffs[:show]:
        print(
            f"   - [{kind}] {key}\n       kosei: {mine[:300]}\n       {result.generator}: {other[:300]}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("hugo", "jekyll", "eleventy"))
    parser.add_argument("--diffs", type=int, default=25)
    parser.add_argument("--no-real", action="store_true")
    parser.add_argument("--kind", default="", help="list only differences of this kind")
    args = parser.parse_args()
    builders = {"hugo": build_hugo, "jekyll": build_jekyll, "eleventy": build_eleventy}
    with tempfile.TemporaryDirectory(prefix="kosei-fidelity-") as tmp:
        for generator, build in builders.items():
            if args.only and generator != args.only:
                continue
            if generator != "eleventy" and shutil.which(generator) is None:
                print(f"== {generator}: not installed, skipped")
                continue
            posts = posts_for(generator, not args.no_real)
            built = build(posts, Path(tmp))
            result = Result(generator)
            result.skipped = ["?"] * (len(posts) - len(built))
            compare(generator, built, result)
            if args.kind:
                result.diffs = [d for d in result.diffs if d[0] == args.kind]
            report(result, args.diffs)


if __name__ == "__main__":
    main()
