"""A QR code as a pixmap, drawn module by module (no image library needed)."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap


def qr_pixmap(text: str, size: int = 220) -> QPixmap:
    """``text`` as a black-on-white QR code about ``size`` pixels wide (quiet zone included)."""
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()  # with the border
    modules = len(matrix)
    scale = max(2, size // modules)  # whole pixels per module: sharp edges for cameras
    pixmap = QPixmap(modules * scale, modules * scale)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(x * scale, y * scale, scale, scale))
    painter.end()
    return pixmap
