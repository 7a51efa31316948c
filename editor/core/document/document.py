"""A post as text plus everything needed to write the same bytes back.

``Document.text`` always uses ``\\n`` newlines. The original newline of every
line, the encoding, the byte-order mark and the trailing newline are kept
beside it, so saving an unchanged document writes a byte-identical file and
an edited one keeps the file's conventions (mixed newlines included).
"""

from __future__ import annotations

import codecs
import difflib
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.document.encodings import first_unencodable, label_of, utf16_without_bom
from editor.core.document.safe_read import MAX_FILE_BYTES, NotRegularFileError, read_regular
from editor.core.errors import (
    BinaryFileError,
    DecodeError,
    DocumentReadError,
    UnencodableTextError,
    Utf16WithoutBomError,
)

# Headless commands refuse a line longer than this: no post has one, and the checks and the
# renderer took ~12 s per megabyte of a single line (see tests/hostile).
MAX_LINE_CHARS = 1_000_000
_NEWLINE = re.compile(r"\r\n|\r|\n")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Document:
    text: str
    path: Path | None = None
    encoding: str = "utf-8"
    bom: bytes = b""
    endings: list[str] = field(default_factory=list)  # the newline after each line, as in the file
    default_newline: str = "\n"
    original_lines: list[str] = field(default_factory=list)
    disk_hash: str | None = None  # sha256 of the bytes last read or written
    size: int = 0  # bytes in the file when it was read

    # -- reading -------------------------------------------------------------------------
    @classmethod
    def load(
        cls, path: Path | str, encoding: str | None = None, max_bytes: int | None = None
    ) -> Document:
        path = Path(path)
        limit = MAX_FILE_BYTES if max_bytes is None else max_bytes
        try:
            data = read_regular(path, limit)
        except FileNotFoundError:
            raise DocumentReadError(path, "no such file") from None
        except PermissionError:
            raise DocumentReadError(path, "permission denied") from None
        except IsADirectoryError:
            raise DocumentReadError(path, "is a folder, not a file") from None
        except NotRegularFileError as error:
            if error.kind == "folder":
                raise DocumentReadError(path, "is a folder, not a file") from None
            raise
        except OSError as error:
            raise DocumentReadError(path, error.strerror or str(error)) from None
        return cls.from_bytes(data, path, encoding)

    @classmethod
    def from_bytes(
        cls, data: bytes, path: Path | None = None, encoding: str | None = None
    ) -> Document:
        bom = b""
        if encoding is None:
            encoding = "utf-8"
            for mark, name in _BOMS:
                if data.startswith(mark):
                    bom, encoding = mark, name
                    break
            if not bom:
                nul = data.find(b"\0")
                if nul >= 0:
                    utf16 = utf16_without_bom(data)
                    if utf16 is not None:
                        raise Utf16WithoutBomError(path, utf16)
                    raise BinaryFileError(path, nul)
        payload = data[len(bom) :]
        try:
            text = payload.decode(encoding)
        except UnicodeDecodeError as error:
            raise DecodeError(path, encoding, len(bom) + error.start) from None
        except LookupError:
            raise DocumentReadError(path, f"unknown encoding {encoding}") from None
        if bom and "\0" in text:
            raise BinaryFileError(path, len(bom) + text.index("\0"))
        doc = cls.from_text(text, path)
        doc.encoding, doc.bom = encoding, bom
        doc.disk_hash = hashlib.sha256(data).hexdigest()
        doc.size = len(data)
        return doc

    @classmethod
    def from_text(cls, raw: str, path: Path | None = None) -> Document:
        """Build from text that may hold any newlines (as read from disk)."""
        lines: list[str] = []
        endings: list[str] = []
        start = 0
        for match in _NEWLINE.finditer(raw):
            lines.append(raw[start : match.start()])
            endings.append(match.group())
            start = match.end()
        lines.append(raw[start:])
        endings.append("")  # the last line has no newline after it
        counts = Counter(e for e in endings if e)
        default = counts.most_common(1)[0][0] if counts else "\n"
        return cls(
            "\n".join(lines), path, endings=endings, default_newline=default, original_lines=lines
        )

    # -- facts -----------------------------------------------------------------------------
    @property
    def newline_style(self) -> str:
        kinds = {e for e in self.endings if e}
        if len(kinds) > 1:
            return "mixed"
        return {"\r\n": "CRLF", "\r": "CR"}.get(self.default_newline, "LF")

    def longest_line(self) -> tuple[int, int]:
        """(1-based line number, length in characters) of the longest line."""
        lengths = list(map(len, self.original_lines or self.text.split("\n")))
        longest = max(lengths, default=0)
        return (lengths.index(longest) + 1 if lengths else 1), longest

    @property
    def encoding_label(self) -> str:
        label = label_of(self.encoding)
        return label + (" BOM" if self.bom and self.encoding == "utf-8" else "")

    # -- writing ---------------------------------------------------------------------------
    def to_bytes(self, text: str | None = None) -> bytes:
        """Encode ``text`` (default: the document's) with this file's conventions."""
        text = self.text if text is None else text
        return self.bom + self._restore_newlines(text).encode(self.encoding)

    def _restore_newlines(self, text: str) -> str:
        lines = text.split("\n")
        if lines == self.original_lines:
            endings = self.endings
        else:
            endings = self._map_endings(lines)
        out = []
        for index, line in enumerate(lines):
            out.append(line)
            if index < len(lines) - 1:
                out.append(endings[index] or self.default_newline)
        return "".join(out)

    def _map_endings(self, lines: list[str]) -> list[str]:
        """Keep each unchanged line's own newline; new lines get the file's usual one."""
        if len({e for e in self.endings if e}) <= 1:
            return [self.default_newline] * len(lines)
        endings = [self.default_newline] * len(lines)
        matcher = difflib.SequenceMatcher(None, self.original_lines, lines, autojunk=False)
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                old = self.endings[block.a + offset]
                if old:
                    endings[block.b + offset] = old
        return endings

    def mark_saved(self, text: str, path: Path, data: bytes) -> None:
        """Record that ``text`` is now what ``path`` holds (after a successful write)."""
        new_lines = text.split("\n")
        self.endings = (
            self.endings if new_lines == self.original_lines else self._map_endings(new_lines)
        )
        self.endings[-1] = ""
        self.text, self.path, self.original_lines = text, path, new_lines
        self.disk_hash = hashlib.sha256(data).hexdigest()


def save_document(
    doc: Document, text: str, path: Path | None = None, *, force: bool = False
) -> None:
    """Write ``text`` with the document's conventions, atomically.

    Saving to the document's own path refuses (``FileChangedOnDiskError``) when
    another program changed the file since it was read, unless ``force``.
    """
    pending = prepare_save(doc, text, path, force=force)
    pending.write()
    doc.mark_saved(pending.text, pending.target, pending.data)


@dataclass(frozen=True)
class PendingSave:
    """A save split in two: bytes made from the document now, written later (on a worker).

    ``write`` reads nothing of the document, so it may run on another thread while the
    writer goes on typing; the caller then records the result with ``Document.mark_saved``.
    """

    text: str
    target: Path
    data: bytes
    expected_hash: str | None
    check: bool

    def write(self) -> str:
        """The slow part: temporary file, fsync, rename, folder fsync. Returns the hash."""
        from editor.core.document.fileio import write_atomic

        return write_atomic(
            self.target, self.data, expected_hash=self.expected_hash, check=self.check
        )


def prepare_save(
    doc: Document, text: str, path: Path | None = None, *, force: bool = False
) -> PendingSave:
    """Encode ``text`` for ``path`` (default: the document's); raises ``UnencodableTextError``."""
    target = Path(path) if path is not None else doc.path
    if target is None:
        raise ValueError("an untitled document needs a path to be saved")
    data = _encode(doc, text, target)
    own_file = doc.path is not None and target.resolve() == doc.path.resolve()
    return PendingSave(text, target, data, doc.disk_hash, own_file and not force)


def _encode(doc: Document, text: str, target: Path) -> bytes:
    """The bytes to write; ``UnencodableTextError`` names the first character that cannot be."""
    try:
        return doc.to_bytes(text)
    except UnicodeEncodeError:
        found = first_unencodable(text, doc.encoding)
        index, char = found if found is not None else (0, "")
        line = text.count("\n", 0, index) + 1
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        raise UnencodableTextError(target, label_of(doc.encoding), char, line, column) from None
