#!/usr/bin/env python3
"""Draws Rolecall's tray icons (one per state) and the app icon as PNG and ICO files, with no
dependencies, so the artwork can be regenerated on any machine: python3 resources/make-icons.py"""
import math
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).parent
COLOURS = {  # Linux and Windows show colour; macOS template images are black with alpha.
    'idle': (110, 118, 129),
    'active': (26, 127, 55),
    'expiring': (191, 135, 0),
    'error': (207, 34, 46),
}


def coverage(state, x, y, size):
    """How much of pixel (x, y) the glyph covers: a ring, filled or marked by state."""
    c = size / 2
    dx, dy = x + 0.5 - c, y + 0.5 - c
    r = math.hypot(dx, dy)
    outer, inner = size * 0.46, size * 0.30
    ring = min(1.0, max(0.0, outer + 0.5 - r)) * min(1.0, max(0.0, r - inner + 0.5))
    if state == 'active':
        dot = min(1.0, max(0.0, size * 0.18 + 0.5 - r))
        return max(ring, dot)
    if state == 'expiring':  # the ring's lower half filled, like sand running out
        fill = min(1.0, max(0.0, inner + 0.5 - r)) if dy > 0 else 0.0
        return max(ring, fill)
    if state == 'error':  # an exclamation mark in the ring
        bar = 1.0 if abs(dx) <= size * 0.07 and -size * 0.2 <= dy <= size * 0.05 else 0.0
        dot = 1.0 if math.hypot(dx, dy - size * 0.15) <= size * 0.07 else 0.0
        return max(ring, bar, dot)
    return ring


def png(state, size, rgb):
    rows = b''.join(
        b'\x00' + b''.join(bytes(rgb) + bytes([int(255 * coverage(state, x, y, size))]) for x in range(size))
        for y in range(size)
    )

    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


def ico(images):
    """An ICO file holding PNG images, which Windows Vista and later read."""
    header = struct.pack('<HHH', 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b'', b''
    for size, data in images:
        entries += struct.pack('<BBBBHHII', size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    return header + entries + blobs


for state, rgb in COLOURS.items():
    (OUT / 'tray' / f'{state}.png').write_bytes(png(state, 16, rgb))
    (OUT / 'tray' / f'{state}@2x.png').write_bytes(png(state, 32, rgb))
    (OUT / 'tray' / f'{state}Template.png').write_bytes(png(state, 16, (0, 0, 0)))
    (OUT / 'tray' / f'{state}Template@2x.png').write_bytes(png(state, 32, (0, 0, 0)))
    (OUT / 'tray' / f'{state}.ico').write_bytes(ico([(s, png(state, s, rgb)) for s in (16, 20, 24, 32)]))
(OUT / 'icon.png').write_bytes(png('active', 256, (255, 153, 0)))
