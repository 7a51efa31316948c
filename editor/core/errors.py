"""Typed errors raised by the core; the UI turns them into messages."""

from __future__ import annotations

from pathlib import Path


class KoseiError(Exception):
    """Base class of every error the core raises on purpose."""


class DocumentReadError(KoseiError):
    """A file could not be opened as a text document."""

    def __init__(self, path: Path | str | None, reason: str) -> None:
        self.path = Path(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class DecodeError(DocumentReadError):
    """The bytes are not valid in the encoding tried; ``offset`` is the first bad byte."""

    def __init__(self, path: Path | str | None, encoding: str, offset: int) -> None:
        self.encoding = encoding
        self.offset = offset
        super().__init__(path, f"not valid {encoding} at byte offset {offset}")


class Utf16WithoutBomError(DecodeError):
    """The bytes look like UTF-16 text without a byte-order mark (NULs on every other byte).

    ``encoding`` is the byte order the NUL pattern points to; the file is not opened
    until the writer confirms it (the encoding dialog ranks that codec first).
    """

    def __init__(self, path: Path | str | None, encoding: str) -> None:
        super().__init__(path, encoding, 0)
        self.reason = f"looks like {encoding.upper()} text without a byte-order mark"
        self.args = (f"{self.path}: {self.reason}" if self.path else self.reason,)


class BinaryFileError(DocumentReadError):
    """The file holds binary data (NUL bytes outside a UTF-16 text)."""

    def __init__(self, path: Path | str | None, offset: int) -> None:
        self.offset = offset
        super().__init__(path, f"binary data (NUL byte at offset {offset})")


class FileTooLargeError(DocumentReadError):
    """The file is larger than the limit the caller set."""

    def __init__(self, path: Path | str | None, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(path, f"{size} bytes is over the limit of {limit} bytes")


class DocumentWriteError(KoseiError):
    """Saving failed; the original file is untouched and no temporary is left."""

    def __init__(self, path: Path | str, reason: str, errno: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.errno = errno
        super().__init__(f"{self.path}: {reason}")


class FileChangedOnDiskError(DocumentWriteError):
    """The file on disk is not the one that was loaded; refusing to overwrite it."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "the file changed on disk since it was loaded")


class FrontMatterError(KoseiError):
    """Front matter that does not parse. ``line`` and ``column`` are 1-based file positions."""

    def __init__(self, message: str, line: int, column: int, fmt: str = "yaml") -> None:
        self.message = message
        self.line = line
        self.column = column
        self.format = fmt
        super().__init__(f"line {line}, column {column}: {message}")


class UnencodableTextError(DocumentWriteError):
    """The text holds a character the document's encoding cannot write; nothing was written.

    ``line`` and ``column`` are 1-based positions in the text; ``char`` is the character.
    """

    def __init__(self, path: Path | str, encoding: str, char: str, line: int, column: int) -> None:
        self.encoding = encoding
        self.char = char
        self.line = line
        self.column = column
        super().__init__(path, f"{encoding} cannot encode {char!r} at line {line}, column {column}")


class SearchError(KoseiError):
    """A search pattern or replacement template that cannot be used.

    ``kind`` is "pattern" or "template"; ``detail`` is the reason in English (from ``re``
    for patterns); ``position`` is the 0-based offset of the problem when known.
    """

    def __init__(self, kind: str, detail: str, position: int | None = None) -> None:
        self.kind = kind
        self.detail = detail
        self.position = position
        where = f" at position {position}" if position is not None else ""
        super().__init__(f"bad {kind}{where}: {detail}")


class StyleSheetError(KoseiError):
    """The writer's own preview stylesheet could not be used."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class ImageWriteError(KoseiError):
    """A pasted image could not be stored next to the post; nothing was written."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ExportError(KoseiError):
    """An export could not be made (the file to write is untouched)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
