"""Turn the core's typed errors into one clear, translated message."""

from __future__ import annotations

import errno as errno_codes

from editor.core.document.encodings import label_of
from editor.core.errors import (
    BinaryFileError,
    DecodeError,
    DocumentReadError,
    DocumentWriteError,
    ExportError,
    FileChangedOnDiskError,
    FileTooLargeError,
    FrontMatterError,
    ImageWriteError,
    SearchError,
    StyleSheetError,
    UnencodableTextError,
    Utf16WithoutBomError,
)
from editor.ui.app.i18n import tr


def _fill(text: str, *values: object) -> str:
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", str(value))
    return text


def _reason(error: DocumentWriteError) -> str:
    """The core's English reason, in the interface language when the errno is a known one."""
    reasons = {
        errno_codes.ENOSPC: tr("the disk is full"),
        errno_codes.EDQUOT: tr("the disk quota is exceeded"),
        errno_codes.EACCES: tr("permission denied"),
        errno_codes.EPERM: tr("permission denied"),
        errno_codes.EROFS: tr("the folder is on a read-only file system"),
        errno_codes.ENOENT: tr("the folder does not exist any more"),
    }
    return reasons.get(error.errno or 0, error.reason)


def read_error_text(error: DocumentReadError) -> str:
    name = error.path.name if error.path else tr("the file")
    if isinstance(error, BinaryFileError):
        return _fill(
            tr("“%1” is not a text file (it contains binary data). Nothing was opened."), name
        )
    if isinstance(error, DecodeError):
        return _fill(
            tr(
                "“%1” is not valid %2 text (first bad byte at offset %3). It was not opened, so nothing is garbled."
            ),
            name,
            error.encoding.upper(),
            error.offset,
        )
    if isinstance(error, FileTooLargeError):
        return _fill(
            tr(
                "“%1” is too large to open (%2 MB; Kosei opens files up to %3 MB). Nothing was opened."
            ),
            name,
            megabytes(error.size),
            megabytes(error.limit),
        )
    return _fill(tr("Could not open “%1”: %2."), name, error.reason)


def write_error_text(error: DocumentWriteError) -> str:
    name = error.path.name
    if isinstance(error, FileChangedOnDiskError):
        return _fill(
            tr("“%1” was changed by another program. Your text was not saved over it."), name
        )
    return _fill(
        tr(
            "Could not save “%1”: %2. The file on disk is unchanged and your text is still here; try Save As to save it elsewhere."
        ),
        name,
        _reason(error),
    )


def front_matter_error_text(error: FrontMatterError) -> str:
    return _fill(
        tr("Front matter error at line %1, column %2: %3"), error.line, error.column, error.message
    )


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


def decode_choice_text(error: DecodeError) -> str:
    """The encoding dialog's explanation when a file is not valid UTF-8 or UTF-16."""
    name = error.path.name if error.path else tr("the file")
    if isinstance(error, Utf16WithoutBomError):
        return _fill(
            tr(
                "“%1” looks like %2 text without a byte-order mark. Check the preview below and choose the encoding to open it with; Cancel leaves it unopened."
            ),
            name,
            label_of(error.encoding),
        )
    return _fill(
        tr(
            "“%1” is not valid %2 text (first bad byte at offset %3). If it was written in another encoding, choose it below to open the file; Cancel leaves it unopened."
        ),
        name,
        error.encoding.upper(),
        error.offset,
    )


def reopen_text(name: str, modified: bool) -> str:
    if modified:
        return _fill(
            tr(
                "Choose the encoding to read “%1” with. Your unsaved changes in this window will be discarded."
            ),
            name,
        )
    return _fill(tr("Choose the encoding to read “%1” with."), name)


def unencodable_text(error: UnencodableTextError) -> str:
    return _fill(
        tr(
            "“%1” is stored as %2, which cannot hold the character “%3” (line %4, column %5). Nothing was saved. Save the file as UTF-8 instead?"
        ),
        error.path.name,
        error.encoding,
        error.char,
        error.line,
        error.column,
    )


def long_line_text(line: int, length: int) -> str:
    return _fill(
        tr(
            "Line %1 of this file is %2 characters long: the live preview, checks and syntax colouring are paused. Press F5 to refresh the preview and F7 to run the checks."
        ),
        line,
        f"{length:,}",
    )


def large_file_text(size: int) -> str:
    return _fill(
        tr(
            "This file is large (%1 MB): the live preview, checks and syntax colouring are paused. Press F5 to refresh the preview and F7 to run the checks."
        ),
        megabytes(size),
    )


def paused_preview_text() -> str:
    return tr("Preview paused for this large file. Press F5 to refresh it.")


def paused_checks_text() -> str:
    return tr("Checks paused for this large file. Press F7 to run them.")


def rendering_large_text() -> str:
    return tr("Rendering the preview of this large file…")


def search_error_text(error: SearchError) -> str:
    if error.kind == "template":
        return _fill(tr("Replacement error: %1"), error.detail)
    if error.position is not None:
        return _fill(
            tr("Regular expression error at position %1: %2"), error.position + 1, error.detail
        )
    return _fill(tr("Regular expression error: %1"), error.detail)


def style_sheet_error_text(error: StyleSheetError) -> str:
    name = error.path.name or str(error.path)
    return _fill(
        tr("Could not use the stylesheet “%1”: %2. The preview uses Kosei's own style."),
        name,
        error.reason,
    )


def export_error_text(error: DocumentWriteError | ExportError) -> str:
    if isinstance(error, DocumentWriteError):
        return _fill(
            tr("Could not export to “%1”: %2. Nothing was written there."),
            error.path.name,
            error.reason,
        )
    return _fill(tr("Could not export: %1."), error.reason)


def image_write_error_text(error: ImageWriteError) -> str:
    return _fill(
        tr("The pasted image could not be saved as “%1”: %2. Nothing was inserted."),
        error.path,
        error.reason,
    )
