"""Write a date the way the file already writes its dates.

Jekyll posts often say ``2026-02-11 13:49:15 +0000`` (a string to YAML, a
time to Jekyll), Hugo posts ``2026-02-11T13:49:15+09:00``. Changing the day
must not change the shape: separator, seconds, fraction and offset style are
taken from the old text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

DATE_TEXT = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:(?P<sep>[Tt]|\s+)(?P<hm>\d{1,2}:\d{2})(?P<sec>:\d{2})?(?P<frac>\.\d+)?"
    r"(?:(?P<ows>\s*)(?P<off>Z|z|[+-]\d{2}(?P<colon>:?)\d{2}|[+-]\d{2}))?)?$"
)


@dataclass(frozen=True)
class DateStyle:
    has_time: bool = False
    sep: str = "T"
    seconds: bool = True
    frac_digits: int = 0
    offset_ws: str = ""
    offset: str = ""  # "", "Z", "colon" (+09:00), "plain" (+0900), "hour" (+09)


def parse_style(text: str) -> DateStyle | None:
    """The shape of a date written as ``text``, or None when it is not a date."""
    found = DATE_TEXT.match(text.strip())
    if not found:
        return None
    if not found["hm"]:
        return DateStyle()
    off = found["off"] or ""
    if off.upper() == "Z":
        kind = "Z"
    elif not off:
        kind = ""
    elif len(off) == 3:
        kind = "hour"
    else:
        kind = "colon" if found["colon"] else "plain"
    frac = found["frac"] or ""
    return DateStyle(
        True, found["sep"], bool(found["sec"]), max(0, len(frac) - 1), found["ows"] or "", kind
    )


def parse_date_text(text: str) -> date | datetime | None:
    """Read a date or date-time written in any style :data:`DATE_TEXT` knows."""
    found = DATE_TEXT.match(text.strip())
    if not found:
        return None
    try:
        day = date.fromisoformat(found["date"])
        if not found["hm"]:
            return day
        hour, minute = (int(part) for part in found["hm"].split(":"))
        second = int(found["sec"][1:]) if found["sec"] else 0
        micro = int((found["frac"][1:] + "000000")[:6]) if found["frac"] else 0
        return datetime(
            day.year, day.month, day.day, hour, minute, second, micro, _zone(found["off"])
        )
    except ValueError:
        return None


def _zone(off: str | None) -> timezone | None:
    if not off:
        return None
    if off.upper() == "Z":
        return UTC
    sign = -1 if off[0] == "-" else 1
    digits = off[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) >= 4 else 0)
    return timezone(sign * timedelta(minutes=minutes))


def format_like(value: date | datetime, template: str | None) -> str:
    """Write ``value`` in the style of ``template`` (an old value), or a plain ISO style."""
    style = parse_style(template) if template else None
    if not isinstance(value, datetime):
        return value.isoformat()
    if style is None or not style.has_time:
        style = DateStyle(
            True, "T" if value.tzinfo else " ", True, 0, "", "colon" if value.tzinfo else ""
        )
    elif value.tzinfo is None and style.offset:
        # A naive time edited in a post written with an offset means "in that offset".
        old = parse_date_text(template or "")
        if isinstance(old, datetime) and old.tzinfo is not None:
            value = value.replace(tzinfo=old.tzinfo)
    text = value.strftime("%Y-%m-%d") + style.sep + value.strftime("%H:%M")
    if style.seconds or value.second or value.microsecond:
        text += value.strftime(":%S")
    digits = style.frac_digits or (6 if value.microsecond else 0)
    if digits:
        text += "." + f"{value.microsecond:06d}"[:digits]
    return text + _offset_text(value, style)


def _offset_text(value: datetime, style: DateStyle) -> str:
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    if style.offset == "Z" and minutes == 0:
        return style.offset_ws + "Z"
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    if style.offset == "plain":
        return f"{style.offset_ws}{sign}{hours:02d}{mins:02d}"
    if style.offset == "hour" and mins == 0:
        return f"{style.offset_ws}{sign}{hours:02d}"
    return f"{style.offset_ws}{sign}{hours:02d}:{mins:02d}"


def editable_text(value: date | datetime) -> str:
    """A date as the form shows it for typing: ``2026-02-11`` or ``2026-02-11 13:49:15 +09:00``.

    :func:`parse_date_text` reads it back to the same value.
    """
    if not isinstance(value, datetime):
        return value.isoformat()
    text = value.strftime("%Y-%m-%d %H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    if value.utcoffset() is not None:
        text += " " + _offset_text(value, DateStyle(True, offset="colon"))
    return text
