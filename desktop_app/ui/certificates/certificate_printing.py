"""Print certificate PDFs on a QPrinter: pages are rendered with PDFium at the printer's
resolution (capped) and painted with QPainter, so any Qt printer works, PDF output too."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QMarginsF, QRect
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger("ikrar.certificates")
MAX_PRINT_DPI = 300


def prepare_printer(printer: QPrinter) -> None:
    """Landscape on the paper the user chose (A4 unless changed), without margins: the
    certificate design has its own."""
    size = printer.pageLayout().pageSize()
    if not size.isValid():
        size = QPageSize(QPageSize.PageSizeId.A4)
    printer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Landscape, QMarginsF(0, 0, 0, 0))
    )
    printer.setFullPage(True)


def fitted(target_w: int, target_h: int, image_w: int, image_h: int) -> QRect:
    """The image scaled to fit the page and centred (other paper sizes keep proportions)."""
    scale = min(target_w / image_w, target_h / image_h)
    w, h = int(image_w * scale), int(image_h * scale)
    return QRect((target_w - w) // 2, (target_h - h) // 2, w, h)


def print_pdfs(
    printer: QPrinter, pdfs: Sequence[bytes], cancelled: Callable[[], bool] | None = None
) -> int:
    """Paint every page of ``pdfs`` on ``printer``; returns the number of pages printed."""
    import pypdfium2 as pdfium

    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("printer could not start")
    pages = 0
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for pdf in pdfs:
            document = pdfium.PdfDocument(pdf)
            try:
                for index in range(len(document)):
                    if cancelled is not None and cancelled():
                        return pages
                    if pages:
                        printer.newPage()
                    image = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
                    qimage = QImage(
                        image.tobytes(),
                        image.width,
                        image.height,
                        image.width * 3,
                        QImage.Format.Format_RGB888,
                    )
                    painter.drawImage(
                        fitted(target.width(), target.height(), image.width, image.height), qimage
                    )
                    pages += 1
            finally:
                document.close()
    finally:
        painter.end()
    return pages
