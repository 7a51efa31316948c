"""Legacy encodings a writer may reopen a file with, and a guess at which one fits.

Python's codec names are what ``Document`` stores; ``label_of`` gives the names
people know (the status bar and the encoding dialog show those). The guess is a
ranking, not a detector: every candidate that decodes the bytes strictly is
kept, ordered by how much of the result looks like ordinary text in that
codec's language (common ideographs of that national set, kana for Japanese,
no control characters), and the writer sees a preview before choosing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# (codec, label) in the order the dialog lists them when nothing else decides.
CANDIDATES: tuple[tuple[str, str], ...] = (
    ("utf-8", "UTF-8"),
    ("shift_jis", "Shift_JIS"),
    ("cp932", "CP932 (Windows Japanese)"),
    ("euc_jp", "EUC-JP"),
    ("iso2022_jp", "ISO-2022-JP"),
    ("gb18030", "GB18030 (Chinese)"),
    ("big5", "Big5 (Traditional Chinese)"),
    ("euc_kr", "EUC-KR (Korean)"),
    ("cp1252", "Windows-1252 (Western)"),
    ("latin_1", "ISO-8859-1 (Latin-1)"),
    ("utf-16-le", "UTF-16 LE"),
    ("utf-16-be", "UTF-16 BE"),
)
_SHORT = {codec: label.split(" (")[0] for codec, label in CANDIDATES}
_LANGUAGE = {
    "shift_jis": "ja", "cp932": "ja", "euc_jp": "ja", "iso2022_jp": "ja",
    "gb18030": "zh", "big5": "zh-tw", "euc_kr": "ko",
}  # fmt: skip
# The first-level (most common) ideographs of each national set, tested by re-encoding:
# (codec, lowest lead byte, highest lead byte). Modern Korean is written in hangul.
_COMMON_TEST = {
    "ja": ("shift_jis", 0x88, 0x98),
    "zh": ("gb2312", 0xB0, 0xD7),
    "zh-tw": ("big5", 0xA4, 0xC6),
}
_SAMPLE_BYTES = 64 * 1024
_KANA = re.compile("[\u3040-\u30ff]")
_SPACED_HAN = re.compile("[\u4e00-\u9fff] [\u4e00-\u9fff]")


@dataclass(frozen=True)
class Guess:
    codec: str
    label: str
    decodes: bool  # the bytes decode without error in this codec
    score: float  # higher is more plausible; meaningless when ``decodes`` is false


def label_of(codec: str) -> str:
    """The name people know for a Python codec name (``shift_jis`` -> ``Shift_JIS``)."""
    return _SHORT.get(codec, codec.upper())


def rank_encodings(data: bytes) -> list[Guess]:
    """Every candidate, the plausible ones first (best first), the failing ones last."""
    sample = _sample(data)
    guesses = []
    for order, (codec, label) in enumerate(CANDIDATES):
        try:
            if codec.startswith("utf-16") and b"\0" not in sample:
                raise UnicodeDecodeError(codec, sample, 0, 1, "no NUL byte: not UTF-16")
            text = sample.decode(codec)
        except (UnicodeDecodeError, LookupError):
            guesses.append(Guess(codec, label, False, -1.0 - order))
            continue
        score = _plausibility(text, _LANGUAGE.get(codec, "latin"))
        guesses.append(Guess(codec, label, True, score - order * 1e-6))
    return sorted(guesses, key=lambda g: (not g.decodes, -g.score))


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when ``data`` reads as UTF-16 without a byte-order mark.

    The sign is the NUL pattern of ASCII characters in UTF-16 (``a\\0b\\0`` or
    ``\\0a\\0b``): nearly every NUL on the same side of its byte pair, and the
    sample decodes strictly to text without NUL characters.
    """
    sample = data[:_SAMPLE_BYTES]
    sample = sample[: len(sample) & ~1]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if even + odd < 2:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    if min(even, odd) * 20 > even + odd:
        return None
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\0" in text or _plausibility(text, "latin") <= 0:
        return None
    return codec


def _sample(data: bytes) -> bytes:
    """The first 64 KiB, cut at a newline so a multibyte character is never split."""
    if len(data) <= _SAMPLE_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _SAMPLE_BYTES)
    return data[: cut + 1] if cut > 0 else data[:_SAMPLE_BYTES]


def _plausibility(text: str, language: str) -> float:
    """Mean per-character plausibility of ``text`` as written in ``language``."""
    if not text:
        return 0.0
    score = sum(_char_score(char, language) for char in text) / len(text)
    ideographs = sum(1 for char in text if 0x4E00 <= ord(char) <= 0x9FFF)
    if language == "ja" and ideographs >= 10 and not _KANA.search(text):
        score *= 0.8  # Japanese prose without a single kana is someone else's bytes
    if language.startswith("zh") and len(_SPACED_HAN.findall(text)) * 10 > ideographs > 0:
        score *= 0.8  # Chinese puts no spaces between words; Korean bytes read as Chinese would
    return score


def _char_score(char: str, language: str) -> float:
    code = ord(char)
    if code < 0x80:
        return 1.0 if char.isprintable() or char in "\n\r\t" else -3.0
    category = unicodedata.category(char)
    if category[0] == "C":
        return -3.0  # controls, private use, unassigned: almost surely the wrong codec
    if 0x3040 <= code <= 0x30FF:
        return 1.0 if language == "ja" else 0.2
    if 0xAC00 <= code <= 0xD7A3:
        return 1.0 if language == "ko" else 0.2
    if 0x4E00 <= code <= 0x9FFF:
        return 1.0 if _common_ideograph(char, language) else 0.3
    if 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF or 0x2460 <= code <= 0x24FF:
        return 1.0 if language != "latin" else 0.2
    if category[0] == "L":
        return 0.7 if language == "latin" else 0.4
    return 0.3


def _common_ideograph(char: str, language: str) -> bool:
    test = _COMMON_TEST.get(language)
    if test is None:
        return False
    codec, low, high = test
    try:
        lead = char.encode(codec)[0]
    except UnicodeEncodeError:
        return False
    return low <= lead <= high


def first_unencodable(text: str, codec: str) -> tuple[int, str] | None:
    """(index, character) of the first character ``codec`` cannot write, or None."""
    try:
        text.encode(codec)
    except UnicodeEncodeError as error:
        return error.start, text[error.start]
    return None
