"""Render strokes to a PNG without Qt (demo data, tools); the pad renders its own PNG.

Output: transparent background, dark-blue ink, cropped to the drawing with a margin,
width varying with pressure, anti-aliased by drawing at 3x and downscaling.
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from desktop_app.services.signing.signature_strokes import StrokeData

INK = (20, 40, 110, 255)
SUPERSAMPLE = 2


def render_png(data: StrokeData, height_px: int = 160, base_width: float = 2.6) -> bytes:
    """A PNG of the strokes, ``height_px`` tall (width follows the drawing's aspect)."""
    min_x, min_y, max_x, max_y = data.bounding_box()
    margin = 8.0
    box_w = max(max_x - min_x, 1.0) + 2 * margin
    box_h = max(max_y - min_y, 1.0) + 2 * margin
    scale = height_px / box_h
    width_px = max(1, round(box_w * scale))
    s = scale * SUPERSAMPLE
    image = Image.new("RGBA", (width_px * SUPERSAMPLE, height_px * SUPERSAMPLE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for stroke in data.strokes:
        points = [((x - min_x + margin) * s, (y - min_y + margin) * s, p) for x, y, _, p in stroke]
        if len(points) == 1:
            x, y, p = points[0]
            r = base_width * s * (0.5 + p) / 2
            draw.ellipse((x - r, y - r, x + r, y + r), fill=INK)
            continue
        # Runs of a few points share one width: pressure changes slowly, and one polyline
        # with curved joints is much cheaper than a segment and a joint disc per point.
        run = 4
        for start in range(0, len(points) - 1, run):
            chunk = points[start : start + run + 1]
            pressure = sum(p for _, _, p in chunk) / len(chunk)
            w = max(1, round(base_width * s * (0.45 + pressure)))
            draw.line([(x, y) for x, y, _ in chunk], fill=INK, width=w, joint="curve")
    image = image.reduce(SUPERSAMPLE)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=1)  # speed over a few hundred bytes
    return out.getvalue()
