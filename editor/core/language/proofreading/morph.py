"""Japanese morphological analysis (SudachiPy + sudachidict-small), loaded on first use.

Loading costs ~90 ms once; a sentence then costs ~0.1 ms. Results are cached
per sentence text so a re-check after an edit re-analyses only what changed.
Tokens carry Sudachi's part of speech (UniDic-style names: 助詞/格助詞,
助動詞, 動詞 with conjugation type and form).
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache
from typing import Any, NamedTuple


class MorphologyUnavailableError(Exception):
    """SudachiPy or its dictionary is not installed."""


class Token(NamedTuple):
    surface: str
    start: int  # index in the analysed text
    pos: str  # 名詞, 動詞, 助詞, 助動詞, 補助記号...
    pos1: str  # 格助詞, 係助詞, 句点, 読点...
    pos2: str  # サ変可能...
    ctype: str  # conjugation type, e.g. 下一段-ラ行
    cform: str  # conjugation form, e.g. 未然形-一般
    base: str  # dictionary form
    norm: str  # normalised form: 食べれる -> 食べる, くれる -> 呉れる

    @property
    def end(self) -> int:
        return self.start + len(self.surface)


_lock = threading.Lock()
_tokenizer: Any = None


def _get() -> Any:
    global _tokenizer
    if _tokenizer is None:
        try:
            from sudachipy import Dictionary, SplitMode
        except ImportError as error:
            raise MorphologyUnavailableError(str(error)) from None
        try:
            dictionary = Dictionary(dict="small")
        except Exception as error:  # noqa: BLE001 - any failure to open the dictionary
            raise MorphologyUnavailableError(str(error)) from None
        _tokenizer = (dictionary.tokenizer(), SplitMode.C)
    return _tokenizer


def available() -> bool:
    try:
        with _lock:
            _get()
    except MorphologyUnavailableError:
        return False
    return True


@lru_cache(maxsize=20000)
def tokenize(text: str) -> tuple[Token, ...]:
    """Tokens of ``text`` (Sudachi mode C); raises MorphologyUnavailableError."""
    if not text:
        return ()
    with _lock:  # a Sudachi tokenizer is not shared between threads safely
        tokenizer, mode = _get()
        morphemes = tokenizer.tokenize(text, mode)
        out = []
        for m in morphemes:
            pos = m.part_of_speech()
            out.append(
                Token(
                    m.surface(),
                    m.begin(),
                    pos[0],
                    pos[1],
                    pos[2],
                    pos[4],
                    pos[5],
                    m.dictionary_form(),
                    m.normalized_form(),
                )
            )
    return tuple(out)


def release_pages() -> int:
    """Give the dictionary's mapped pages back to the page cache; the bytes released.

    Sudachi maps its ~110 MB dictionary read-only; analysing one post touches ~70 MB of
    it, which then stays in Kosei's resident set although the per-sentence cache above
    answers later checks. Dropping the mapping's pages (Linux ``MADV_DONTNEED``) costs
    nothing lasting: the file stays in the page cache and a later lookup faults its page
    back in (a whole post: ~5 ms). Elsewhere, or before the first analysis, a no-op.
    """
    if _tokenizer is None or not sys.platform.startswith("linux"):
        return 0
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            regions = [_dictionary_region(line) for line in maps]
    except OSError:
        return 0
    released = 0
    with _lock:
        for region in regions:
            if region is not None and _madvise_dontneed(*region):
                released += region[1]
    return released


def _dictionary_region(line: str) -> tuple[int, int] | None:
    """(start, length) of a read-only mapping of a Sudachi dictionary, from a maps line."""
    fields = line.split(maxsplit=5)
    if len(fields) < 6 or "w" in fields[1]:
        return None  # a writable mapping could hold changed pages: never dropped
    path = fields[5].strip()
    if not (path.endswith(".dic") and "sudachidict" in path):
        return None
    start, end = (int(part, 16) for part in fields[0].split("-"))
    return start, end - start


def _madvise_dontneed(start: int, length: int) -> bool:
    import ctypes
    import mmap

    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    return libc.madvise(start, length, mmap.MADV_DONTNEED) == 0
