"""Render ``resources/icons/ikrar.svg`` into ``ikrar.ico`` (Windows executable icon) and a PNG.

Run ``python -m tools.build_icons`` after editing the app icon. Qt's SVG renderer draws the
sizes; Pillow writes the multi-size ICO PyInstaller embeds.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    from PIL import Image

    svg = ICONS / "ikrar.svg"
    largest = Image.open(io.BytesIO(render_png(svg, 256)))
    largest.save(ICONS / "ikrar.png")
    largest.save(ICONS / "ikrar.ico", sizes=[(s, s) for s in SIZES])
    return 0


if __name__ == "__main__":
    sys.exit(main())
