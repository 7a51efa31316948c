"""Turn the core's typed errors into one clear, translated message."""

from __future__ import annotations

import errno as errno_codes

from editor.core.errors import (
    BinaryFileError,
    DecodeError,
    DocumentReadError,
    DocumentWriteError,
    FileChangedOnDiskError,
    FileTooLargeError,
    FrontMatterError,
)
from editor.ui.i18n import tr


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
        return _fill(tr("“%1” is too large to open (%2 bytes)."), name, error.size)
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
