from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.errors import SearchError
from editor.core.site.config import load_site
from editor.core.site.fuzzy import rank
from editor.core.site.index import SiteIndex
from editor.core.site.search import search_site
from editor.core.text.search import SearchOptions
from tests.core.site.helpers import jekyll_site, write


def index_of(root: Path) -> SiteIndex:
    index = SiteIndex(load_site(root))
    index.list_posts()
    return index


def test_literal_search_groups_hits_by_post_with_lines(tmp_path: Path) -> None:
    index = index_of(jekyll_site(tmp_path))
    found = search_site(index, "careful drafts")
    assert [(p.path.name, [(h.line, h.column) for h in p.hits]) for p in found] == [
        ("2026-01-01-one.md", [(8, 30)]),
        ("2026-01-02-two.md", [(11, 30)]),
    ]


def test_front_matter_is_searched_and_regex_works(tmp_path: Path) -> None:
    index = index_of(jekyll_site(tmp_path))
    found = search_site(index, r"^title: T\w+$", SearchOptions(regex=True, match_case=True))
    assert [(p.path.name, p.hits[0].text) for p in found] == [("2026-01-02-two.md", "title: Two")]
    with pytest.raises(SearchError):
        search_site(index, "(", SearchOptions(regex=True))


def test_ignore_width(tmp_path: Path) -> None:
    root = jekyll_site(tmp_path)
    write(root / "_posts" / "2026-02-01-w.md", "---\ntitle: W\n---\n\nＫｏｓｅｉ and ｶﾀｶﾅ\n")
    index = index_of(root)
    assert search_site(index, "kosei") == []
    found = search_site(index, "kosei カタカナ".split()[1], SearchOptions(fold_width=True))
    assert [p.path.name for p in found] == ["2026-02-01-w.md"]


def test_fuzzy_rank_prefers_substrings_and_folds_width() -> None:
    items = [("Writing drafts", "a.md"), ("Drafting rules", "b.md"), ("生成AIの記事", "c.md")]
    assert rank("drafts", items)[0] == 0
    assert sorted(rank("ｄｒｆｔ", items)[:2]) == [0, 1]
    assert rank("生成", items) == [2]
    assert rank("zzz", items) == []
