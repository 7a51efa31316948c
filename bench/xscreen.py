"""Pixels and key presses on an X display, for black-box benches (ctypes on Xlib and XTest).

Nothing to install beyond the X client libraries that xdotool already needs;
numpy (a Kosei dependency) turns the pixels into arrays. Bench only, never tests.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from dataclasses import dataclass

import numpy as np

Z_PIXMAP = 2
ALL_PLANES = 0xFFFFFFFF
TILE = 16  # edge counts are summed over TILE x TILE squares


class _XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage; only these are read.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    width: int
    height: int


class Screen:
    """One connection to the display: grab a rectangle of the root window, press keys."""

    def __init__(self, display: str) -> None:
        self._x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self._xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        x = self._x
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XGetImage.restype = ctypes.POINTER(_XImage)
        x.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int]
        x.XGetImage.argtypes += [ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        x.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
        x.XStringToKeysym.restype = ctypes.c_ulong
        x.XStringToKeysym.argtypes = [ctypes.c_char_p]
        x.XKeysymToKeycode.restype = ctypes.c_ubyte
        x.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        for name in ("XDisplayWidth", "XDisplayHeight"):
            getattr(x, name).argtypes = [ctypes.c_void_p, ctypes.c_int]
        self._xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int]
        self._xtst.XTestFakeKeyEvent.argtypes += [ctypes.c_ulong]
        # A window that vanishes mid-grab must not end the bench (Xlib's default exits).
        self._handler = _ERROR_HANDLER(lambda _display, _event: 0)
        x.XSetErrorHandler(self._handler)
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"cannot open display {display}")
        self._root = x.XDefaultRootWindow(self._display)
        self.width = x.XDisplayWidth(self._display, 0)
        self.height = x.XDisplayHeight(self._display, 0)

    def grab(self, rect: Rect) -> np.ndarray:
        """The pixels of ``rect`` (clipped to the screen) as a (height, width) uint32 array."""
        x0, y0 = max(0, rect.x), max(0, rect.y)
        width = max(1, min(rect.width, self.width - x0))
        height = max(1, min(rect.height, self.height - y0))
        image = self._x.XGetImage(
            self._display, self._root, x0, y0, width, height, ALL_PLANES, Z_PIXMAP
        )
        if not image:
            return np.zeros((height, width), np.uint32)
        try:
            info = image.contents
            size = info.bytes_per_line * info.height
            raw = ctypes.string_at(info.data, size)
            rows = np.frombuffer(raw, np.uint32).reshape(info.height, info.bytes_per_line // 4)
            return rows[:, : info.width] & 0x00FFFFFF
        finally:
            self._x.XDestroyImage(image)

    def key(self, name: str, modifiers: tuple[str, ...] = ()) -> None:
        """Press and release key ``name`` (an X keysym name: "a", "BackSpace", "End")."""
        codes = [self._code(m) for m in modifiers]
        main = self._code(name)
        for code in codes:
            self._xtst.XTestFakeKeyEvent(self._display, code, 1, 0)
        self._xtst.XTestFakeKeyEvent(self._display, main, 1, 0)
        self._xtst.XTestFakeKeyEvent(self._display, main, 0, 0)
        for code in reversed(codes):
            self._xtst.XTestFakeKeyEvent(self._display, code, 0, 0)
        self._x.XFlush(self._display)

    def _code(self, name: str) -> int:
        code = self._x.XKeysymToKeycode(self._display, self._x.XStringToKeysym(name.encode()))
        if not code:
            raise ValueError(f"no key for {name!r}")
        return int(code)


def edge_tiles(pixels: np.ndarray) -> np.ndarray:
    """Per TILE x TILE square, how many pixels differ from their left neighbour.

    Text is dense in such edges, flat backgrounds and an unpainted window have
    none, so the sum over a region says how much of its text is on screen.
    """
    edges = np.zeros(pixels.shape, np.uint16)
    edges[:, 1:] = pixels[:, 1:] != pixels[:, :-1]
    rows, cols = pixels.shape[0] // TILE, pixels.shape[1] // TILE
    cut = edges[: rows * TILE, : cols * TILE]
    return cut.reshape(rows, TILE, cols, TILE).sum(axis=(1, 3), dtype=np.uint32)


def region_sum(tiles: np.ndarray, rect: Rect) -> int:
    """The edge count of the whole tiles inside ``rect`` (screen coordinates from 0, 0)."""
    x0, y0 = -(-rect.x // TILE), -(-rect.y // TILE)
    x1, y1 = (rect.x + rect.width) // TILE, (rect.y + rect.height) // TILE
    return int(tiles[y0:y1, x0:x1].sum())


def changed_width(before: np.ndarray, after: np.ndarray) -> int:
    """Width in pixels of the columns that differ (a blinking caret is 1-2 wide)."""
    if before.shape != after.shape:
        return before.shape[1]
    columns = np.flatnonzero((before != after).any(axis=0))
    return int(columns[-1] - columns[0] + 1) if columns.size else 0
