"""Cut Qt's ICU data library down to the English and Japanese data Kosei can use.

The PySide6 wheel ships ``libicudata.so.NN`` (32 MB, 7.5 MB in the .deb): the
whole CLDR for every locale plus about 200 legacy-charset converters. Only
QtCore links ICU (Chromium has its own ``icudtl.dat``), and Kosei calls none of
the ICU-backed Qt APIs (QCollator, QStringConverter...); Qt itself still opens
the data for locale-aware case mapping, time-zone names and collation. We keep
every non-locale item (Unicode properties, normalisation, break rules and the
CJK/South-East Asian break dictionaries, time-zone data), the root, English and
Japanese locales of each tree (any other locale falls back to root), and the
converters for Japanese and Western charsets, then rebuild the library with the
same soname and symbol. ``icupkg`` (icu-devtools) edits the data package;
``gcc`` links the new library. Linux only.

Chromium's own ``icudtl.dat`` (Qt WebEngine's resources, 10 MB, 3.3 MB in the .deb)
gets the same cut, used only for the .deb (packaging/debs.py): it keeps the same items
and Chromium's own names of the Japanese and Western web-page charsets. The preview's
line breaking, word selection and ``Intl`` for English and Japanese stay as they were
(tests/packaging/test_webengine_icu.py compares them with the whole file).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")
# Locale bundles: "ja.res", "en_US_POSIX.res", "de_.res" (collation's empty script).
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(?:_\w*)?\.res$")
_KEPT_LOCALE = re.compile(r"^(?:root|pool|res_index|en|en_\w+|ja|ja_\w+)\.res$")
# Non-locale root items whose names look like a locale code.
_NOT_LOCALES = frozenset({"plurals.res", "units.res"})
# Converters: Shift_JIS/CP932 (ibm-943, 942), EUC-JP (ibm-33722, 954, euc-jp-2007),
# the JIS X 0212 and GB 2312 tables ISO-2022-JP uses, windows-1252 (ibm-5348, 1252),
# ISO-8859-x and cp437. UTF-*, US-ASCII and Latin-1 are built into libicuuc.
_KEPT_CONVERTER = re.compile(
    r"^(?:ibm-943_|ibm-942_|ibm-33722_|ibm-954_|euc-jp-|jisx-|ibm-5478_|ibm-5348_"
    r"|ibm-1252_|ibm-91[2-5]_|ibm-92[03]_|iso-8859_|ibm-437_|icu-internal-25546)"
)


# Chromium names its web-page converters "<label>-html.cnv" (WHATWG encodings).
_KEPT_WEBENGINE_CONVERTER = re.compile(
    r"^(?:shift_jis|euc-jp|windows-1252|iso-8859-15|macintosh|windows-874)-html\.cnv$"
)
_PACKAGE_NAME = re.compile(rb"(icudt\d+[lb])/")


def keep_item(item: str) -> bool:
    """Whether the ICU data item ``item`` ("coll/ja.res", "ibm-943_P130-1999.cnv") stays."""
    name = item.rpartition("/")[2]
    if name.endswith(".cnv"):
        return _KEPT_CONVERTER.match(name) is not None
    if _LOCALE_ITEM.match(name) and name not in _NOT_LOCALES:
        return _KEPT_LOCALE.match(name) is not None
    return True


def find_library(internal: Path) -> Path | None:
    folder = internal / "PySide6" / "Qt" / "lib"
    if not folder.is_dir():
        return None
    found = [p for p in folder.iterdir() if _LIBRARY.match(p.name) and not p.is_symlink()]
    return found[0] if found else None


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the ``icudtNN_dat`` blob inside ``library``."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(
        r"\s([0-9a-f]+)\s+(\d+|0x[0-9a-f]+)\s+OBJECT\s.*\s(icudt\d+_dat)$", symbols, re.M
    )
    if found is None:
        raise ValueError(f"{library.name}: no icudtNN_dat symbol")
    address, size, symbol = int(found[1], 16), int(found[2], 0), found[3]
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    ).stdout
    for line in sections.splitlines():
        parts = line.split("]", 1)[-1].split()
        if len(parts) >= 5 and parts[0] == ".rodata":
            section_address, section_offset = int(parts[2], 16), int(parts[3], 16)
            return symbol, address - section_address + section_offset, size
    raise ValueError(f"{library.name}: no .rodata section")


def tools_missing() -> list[str]:
    return [tool for tool in ("icupkg", "gcc", "readelf") if shutil.which(tool) is None]


def trim_icu_data(internal: Path) -> int:
    """Replace the bundle's libicudata with the trimmed one; return the bytes freed (0: skipped)."""
    library = find_library(internal)
    if library is None:
        return 0
    missing = tools_missing()
    if missing:
        print(f"ICU data left whole: {', '.join(missing)} not found (apt-get install icu-devtools)")
        return 0
    symbol, offset, size = _data_symbol(library)
    package = symbol.removesuffix("_dat") + "l"  # "icudt73l": the name icupkg expects
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        whole = work / "whole" / f"{package}.dat"
        whole.parent.mkdir()
        with library.open("rb") as handle:
            handle.seek(offset)
            whole.write_bytes(handle.read(size))
        items = subprocess.run(
            ["icupkg", "-l", str(whole)], capture_output=True, text=True, check=True
        ).stdout.split()
        dropped = work / "dropped.txt"
        dropped.write_text("".join(f"{item}\n" for item in items if not keep_item(item)))
        trimmed = work / f"{package}.dat"
        subprocess.run(["icupkg", "-r", str(dropped), str(whole), str(trimmed)], check=True)
        source = work / "icudata.S"
        source.write_text(
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{trimmed}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n',
            encoding="utf-8",
        )
        rebuilt = work / library.name
        subprocess.run(
            ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-s"]
            + ["-o", str(rebuilt), str(source)],
            check=True,
        )
        before = library.stat().st_size
        shutil.copyfile(rebuilt, library)
    return before - library.stat().st_size


def keep_webengine_item(item: str) -> bool:
    """Whether the item ``item`` of Chromium's icudtl.dat stays."""
    name = item.rpartition("/")[2]
    if name.endswith("-html.cnv"):
        return _KEPT_WEBENGINE_CONVERTER.match(name) is not None
    return keep_item(item)


def trim_webengine_icu_data(data: Path) -> int:
    """Cut Chromium's ``icudtl.dat`` in place; return the bytes freed (0: skipped).

    Chromium already leaves out items its own data never uses, so some kept items name
    missing ones from the start: ``--ignore-deps`` lets icupkg write the package anyway.
    """
    if not data.is_file():
        return 0
    if shutil.which("icupkg") is None:
        print("Chromium's ICU data left whole: icupkg not found (apt-get install icu-devtools)")
        return 0
    with data.open("rb") as handle:
        found = _PACKAGE_NAME.search(handle.read(1 << 16))
    if found is None:
        raise ValueError(f"{data}: no ICU package name")
    package = found[1].decode()  # icupkg wants the file named after the package
    with tempfile.TemporaryDirectory() as work_name:
        work = Path(work_name)
        whole = work / "whole" / f"{package}.dat"
        whole.parent.mkdir()
        shutil.copyfile(data, whole)
        items = subprocess.run(
            ["icupkg", "--ignore-deps", "-l", str(whole)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        dropped = work / "dropped.txt"
        dropped.write_text("".join(f"{i}\n" for i in items if not keep_webengine_item(i)))
        trimmed = work / f"{package}.dat"
        command = ["icupkg", "--ignore-deps", "-r", str(dropped), str(whole), str(trimmed)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = data.stat().st_size
        shutil.copyfile(trimmed, data)
    return before - data.stat().st_size
