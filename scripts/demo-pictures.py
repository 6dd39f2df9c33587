"""demo-pictures.py writes the two pictures of the demo article with
pictures (scripts/demo-library.sh): a river at dusk and a bar chart of the
river's level, drawn here so that they are Margin's own (CC0), with the
standard library only.

    python3 scripts/demo-pictures.py OUT_DIR
"""
import math
import struct
import sys
import zlib


def png(path, w, h, pixel):
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            rows.extend(pixel(x, y))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(bytes(rows), 6)))
        f.write(chunk(b"IEND", b""))


W, H = 960, 540


def river(x, y):
    hill = 300 + 40 * math.sin(x / 90) + 20 * math.sin(x / 23)
    if y < hill:
        t = y / hill
        return (int(250 - 120 * t), int(170 - 60 * t), int(120 + 80 * t))
    if y < hill + 40:
        return (40, 60, 50)
    t = (y - hill) / (H - hill)
    return (int(60 + 30 * math.sin(x / 7 + y / 3)), int(90 + 20 * t), int(140 + 40 * t))


LEVELS = [1.2, 1.4, 1.9, 2.8, 3.6, 4.1, 3.9, 3.2, 2.5, 2.0]


def chart(x, y):
    if x < 60 or y > 480:
        return (250, 250, 250) if (x + y) % 2 else (245, 245, 245)
    i = (x - 60) // 90
    if i < len(LEVELS) and (x - 60) % 90 < 70 and y > 480 - LEVELS[i] * 100:
        return (30, 90, 170) if LEVELS[i] < 3.5 else (200, 60, 40)
    return (255, 255, 255) if y % 100 else (200, 200, 200)


if __name__ == "__main__":
    out = sys.argv[1]
    png(out + "/river.png", W, H, river)
    png(out + "/levels.png", W, H, chart)
