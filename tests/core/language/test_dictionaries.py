"""Finding Hunspell dictionaries: system folders, the bundled en_US, the writer's folder, .oxt."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from editor.core.language.dictionaries import (
    OxtImportError,
    bundled_folder,
    find_dictionaries,
    for_languages,
    import_oxt,
    language_tag,
)

AFF = "SET UTF-8\n"
DIC = "2\nkosei\nhello\n"


def _pair(folder: Path, name: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.aff").write_text(AFF, encoding="utf-8")
    (folder / f"{name}.dic").write_text(DIC, encoding="utf-8")


def test_bundled_en_us_is_shipped_with_its_licence() -> None:
    folder = bundled_folder()
    assert (folder / "en_US.aff").is_file() and (folder / "en_US.dic").is_file()
    assert "Kevin Atkinson" in (folder / "en_US-LICENSE.txt").read_text(encoding="utf-8")
    found = find_dictionaries(None, system=[])
    assert [(d.name, d.source) for d in found] == [("en_US", "bundled")]


def test_system_folders_are_listed(tmp_path: Path) -> None:
    _pair(tmp_path / "hunspell", "de_DE")
    _pair(tmp_path / "myspell", "fr_FR")
    (tmp_path / "hunspell" / "hyph_de_DE.dic").write_text("x", encoding="utf-8")
    found = find_dictionaries(None, system=[tmp_path / "hunspell", tmp_path / "myspell"])
    assert {(d.name, d.source) for d in found} == {
        ("de_DE", "system"),
        ("fr_FR", "system"),
        ("en_US", "bundled"),
    }


def test_a_pair_needs_both_files(tmp_path: Path) -> None:
    (tmp_path / "es_ES.dic").write_text(DIC, encoding="utf-8")
    assert find_dictionaries(None, system=[tmp_path], include_bundled=False) == []


def test_the_writers_folder_overrides_the_system_copy(tmp_path: Path) -> None:
    _pair(tmp_path / "user", "en_US")
    _pair(tmp_path / "system", "en_US")
    [found] = find_dictionaries(tmp_path / "user", system=[tmp_path / "system"])
    assert found.source == "user" and found.folder == (tmp_path / "user").resolve()


def test_oxt_import_copies_the_pairs_into_the_user_folder(tmp_path: Path) -> None:
    oxt = tmp_path / "dict-nl.oxt"
    with zipfile.ZipFile(oxt, "w") as archive:
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
        archive.writestr("nl_NL.aff", AFF)
        archive.writestr("nl_NL.dic", DIC)
        archive.writestr("hyph_nl_NL.dic", "hyphenation")
    user = tmp_path / "data" / "dictionaries"
    assert import_oxt(oxt, user) == ["nl_NL"]
    found = find_dictionaries(user, system=[], include_bundled=False)
    assert [(d.name, d.source) for d in found] == [("nl_NL", "user")]


def test_oxt_without_a_dictionary_is_refused(tmp_path: Path) -> None:
    oxt = tmp_path / "empty.oxt"
    with zipfile.ZipFile(oxt, "w") as archive:
        archive.writestr("README", "nothing")
    with pytest.raises(OxtImportError):
        import_oxt(oxt, tmp_path / "user")
    (tmp_path / "broken.oxt").write_text("not a zip", encoding="utf-8")
    with pytest.raises(OxtImportError):
        import_oxt(tmp_path / "broken.oxt", tmp_path / "user")


@pytest.mark.parametrize(
    ("name", "tag"),
    [
        ("en_US", "en-us"),
        ("en-GB", "en-gb"),
        ("de_DE_frami", "de-de"),
        ("ja", "ja"),
        ("en_US.UTF-8", "en-us"),
    ],
)
def test_language_tags_are_normalised(name: str, tag: str) -> None:
    assert language_tag(name) == tag


def test_a_language_without_region_takes_en_us_first(tmp_path: Path) -> None:
    _pair(tmp_path, "en_GB")
    found = find_dictionaries(None, system=[tmp_path])
    assert [d.name for d in for_languages(found, ["en"])] == ["en_US"]
    assert [d.name for d in for_languages(found, ["en-gb"])] == ["en_GB"]
    assert [d.name for d in for_languages(found, ["en-gb", "en-us"])] == ["en_GB", "en_US"]
    assert for_languages(found, ["ja"]) == []
