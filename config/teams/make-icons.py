#!/usr/bin/env python3
"""Writes the Teams app icons: color.png (192x192, full colour) and outline.png (32x32, white on transparent).

Two interlocking rings ("partnership"). Pure standard library so it runs anywhere: python3 make-icons.py
"""
import struct
import zlib
from pathlib import Path

ACCENT = (0x1F, 0x6E, 0x43, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(data)


def rings(size, x, y):
    """True when (x, y) lies on one of two overlapping rings."""
    cx1, cx2, cy = size * 0.38, size * 0.62, size * 0.5
    outer, inner = size * 0.26, size * 0.19
    px, py = x + 0.5, y + 0.5
    for cx in (cx1, cx2):
        d = ((px - cx) ** 2 + (py - cy) ** 2) ** 0.5
        if inner <= d <= outer:
            return True
    return False


here = Path(__file__).parent
png(here / "color.png", 192, lambda x, y: WHITE if rings(192, x, y) else ACCENT)
png(here / "outline.png", 32, lambda x, y: WHITE if rings(32, x, y) else CLEAR)
