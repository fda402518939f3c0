"""Draw the shipped certificate backgrounds (our own vector ornaments, no third-party art).

``python -m tools.make_certificate_backgrounds`` writes ``background.pdf`` (vector master)
and ``background.jpg`` (150 dpi, what documents embed: JPEG is passed through into PDFs
without re-encoding, which keeps batch generation fast) into each template folder.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "certificates"
W, H = landscape(A4)
DPI = 150


def _rosette(
    c: Canvas, cx: float, cy: float, r: float, petals: int, loops: int, color: Color, width: float
) -> None:
    """A spirograph rosette (hypotrochoid), the classic security-paper motif."""
    c.setStrokeColor(color)
    c.setLineWidth(width)
    for k in range(loops):
        phase = k * math.pi / loops / petals * 2
        p = c.beginPath()
        steps = 360
        for i in range(steps + 1):
            t = 2 * math.pi * i / steps
            rr = r * (0.62 + 0.38 * math.cos(petals * t + phase))
            x, y = cx + rr * math.cos(t), cy + rr * math.sin(t)
            if i == 0:
                p.moveTo(x, y)
            else:
                p.lineTo(x, y)
        c.drawPath(p, stroke=1, fill=0)


def _wave_band(
    c: Canvas,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    amp: float,
    period: float,
    strands: int,
    color: Color,
    width: float,
) -> None:
    """Interlaced sine strands along a straight border segment."""
    c.setStrokeColor(color)
    c.setLineWidth(width)
    length = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = -uy, ux
    steps = int(length / 1.5)
    for s in range(strands):
        phase = 2 * math.pi * s / strands
        p = c.beginPath()
        for i in range(steps + 1):
            d = length * i / steps
            off = amp * math.sin(2 * math.pi * d / period + phase)
            x, y = x0 + ux * d + nx * off, y0 + uy * d + ny * off
            if i == 0:
                p.moveTo(x, y)
            else:
                p.lineTo(x, y)
        c.drawPath(p, stroke=1, fill=0)


def draw_klasik(c: Canvas) -> None:
    navy, gold = HexColor("#1F2F4F"), HexColor("#B08D3C")
    c.setFillColor(HexColor("#FBF7EC"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # Faint central rosette as a watermark.
    faint = Color(gold.red, gold.green, gold.blue, alpha=0.12)
    _rosette(c, W / 2, H / 2 - 8 * mm, 58 * mm, 9, 18, faint, 0.4)
    # Border: navy frame, guilloche band, gold hairlines.
    c.setStrokeColor(navy)
    c.setLineWidth(2.4)
    c.rect(7 * mm, 7 * mm, W - 14 * mm, H - 14 * mm)
    band = 10.5 * mm
    corners = [(band, band), (W - band, band), (W - band, H - band), (band, H - band)]
    for (ax, ay), (bx, by) in zip(corners, corners[1:] + corners[:1], strict=True):
        _wave_band(c, ax, ay, bx, by, 1.6 * mm, 9 * mm, 3, gold, 0.45)
    c.setStrokeColor(gold)
    c.setLineWidth(0.9)
    c.rect(14 * mm, 14 * mm, W - 28 * mm, H - 28 * mm)
    c.setLineWidth(0.35)
    c.rect(15.5 * mm, 15.5 * mm, W - 31 * mm, H - 31 * mm)
    # Corner rosettes on navy discs.
    for cx, cy in [
        (14 * mm, 14 * mm),
        (W - 14 * mm, 14 * mm),
        (W - 14 * mm, H - 14 * mm),
        (14 * mm, H - 14 * mm),
    ]:
        c.setFillColor(HexColor("#FBF7EC"))
        c.setStrokeColor(navy)
        c.setLineWidth(1.2)
        c.circle(cx, cy, 8.5 * mm, stroke=1, fill=1)
        _rosette(c, cx, cy, 7.2 * mm, 8, 4, gold, 0.5)
        c.setFillColor(navy)
        c.circle(cx, cy, 1.3 * mm, stroke=0, fill=1)
    # Flourish under the heading: a gold rule with a diamond in the middle.
    y = H - 52 * mm
    c.setStrokeColor(gold)
    c.setLineWidth(0.8)
    c.line(W / 2 - 55 * mm, y, W / 2 - 6 * mm, y)
    c.line(W / 2 + 6 * mm, y, W / 2 + 55 * mm, y)
    c.setFillColor(gold)
    p = c.beginPath()
    p.moveTo(W / 2, y + 3 * mm)
    p.lineTo(W / 2 + 4 * mm, y)
    p.lineTo(W / 2, y - 3 * mm)
    p.lineTo(W / 2 - 4 * mm, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    for side in (-1, 1):
        c.circle(W / 2 + side * 57 * mm, y, 0.9 * mm, stroke=0, fill=1)


def draw_modern(c: Canvas) -> None:
    ink, red, sand = HexColor("#1E293B"), HexColor("#B91C1C"), HexColor("#F4EFE6")
    c.setFillColor(HexColor("#FFFFFF"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # Left panel with layered triangles.
    panel = 58 * mm
    c.setFillColor(ink)
    c.rect(0, 0, panel, H, stroke=0, fill=1)
    shapes = [
        (red, 0.95, [(0, 0), (panel + 22 * mm, 0), (0, 70 * mm)]),
        (HexColor("#7F1D1D"), 0.9, [(0, 0), (panel, 0), (0, 115 * mm)]),
        (HexColor("#334155"), 0.8, [(0, H), (panel, H), (panel, H - 60 * mm)]),
    ]
    for color, alpha, pts in shapes:
        c.saveState()
        c.setFillColor(color)
        c.setFillAlpha(alpha)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.restoreState()
    # Fine diagonal hatching on the panel.
    c.saveState()
    c.setStrokeColor(HexColor("#FFFFFF"))
    c.setStrokeAlpha(0.07)
    c.setLineWidth(0.5)
    p = c.beginPath()
    p.rect(0, 0, panel, H)
    c.clipPath(p, stroke=0, fill=0)
    for i in range(-40, 80):
        x = i * 4 * mm
        c.line(x, 0, x + H, H)
    c.restoreState()
    # Sand block behind the name area and thin accent rules.
    c.setFillColor(sand)
    c.rect(panel, H - 12 * mm, W - panel, 12 * mm, stroke=0, fill=1)
    c.setFillColor(red)
    c.rect(panel, H - 13.2 * mm, W - panel, 1.2 * mm, stroke=0, fill=1)
    c.setStrokeColor(HexColor("#CBD5E1"))
    c.setLineWidth(0.6)
    c.rect(panel + 8 * mm, 8 * mm, W - panel - 16 * mm, H - 29 * mm)
    # Dot grid accent in the upper right corner, clear of the signatories at the bottom.
    c.setFillColor(HexColor("#E2E8F0"))
    for row in range(6):
        for col in range(10):
            x, y = W - 20 * mm - col * 4 * mm, H - 27 * mm - row * 4 * mm
            c.circle(x, y, 0.6 * mm, stroke=0, fill=1)


DESIGNS = {"klasik": draw_klasik, "modern": draw_modern}


def main() -> None:
    import pypdfium2 as pdfium

    for name, draw in DESIGNS.items():
        folder = OUT / name
        folder.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=(W, H), invariant=1)
        c.setTitle(f"Latar sertifikat {name}")
        draw(c)
        c.showPage()
        c.save()
        (folder / "background.pdf").write_bytes(buffer.getvalue())
        page = pdfium.PdfDocument(buffer.getvalue())[0]
        image = page.render(scale=DPI / 72).to_pil().convert("RGB")
        image.save(folder / "background.jpg", quality=88, optimize=True, progressive=False)
        print(name, image.size, (folder / "background.jpg").stat().st_size)


if __name__ == "__main__":
    main()
