"""Find certificate QR codes in images and PDFs (no external programs: works on Windows).

Images are decoded with zxing-cpp. PDFs are rendered page by page with pypdfium2 (PDFium,
the engine of Chrome's viewer; self-contained wheels for Windows, macOS and Linux), then
decoded the same way. QtPdf was the other candidate but it is not in the PySide6 wheels
we ship, and pypdfium2 needs no Qt application object in the CLI.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

PDF_RENDER_DPI = 150
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp"}


def decode_image(image: Any) -> list[str]:
    """Texts of all QR codes in a PIL image."""
    import zxingcpp

    results = zxingcpp.read_barcodes(
        image, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    return [r.text for r in results if r.valid and r.text]


def qr_texts_from_file(path: Path, max_pages: int = 500) -> list[str]:
    """QR texts found in a PNG/JPEG image or in every page of a PDF, in page order."""
    if not path.exists():
        raise UserError(
            "qr_scan.file_not_found",
            QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak ditemukan."),
            path=str(path),
        )
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdfium2 as pdfium

        try:
            document = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise UserError(
                "qr_scan.bad_pdf",
                QT_TRANSLATE_NOOP("ServiceMessages", "PDF '{file}' tidak dapat dibaca ({reason})."),
                file=path.name,
                reason=str(exc),
            ) from exc
        texts: list[str] = []
        try:
            for index in range(min(len(document), max_pages)):
                page = document[index]
                bitmap = page.render(scale=PDF_RENDER_DPI / 72, grayscale=True)
                texts += decode_image(bitmap.to_pil())
                page.close()
        finally:
            document.close()
        return texts
    if suffix in IMAGE_SUFFIXES:
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(path) as image:
                return decode_image(image.convert("L"))
        except (UnidentifiedImageError, OSError) as exc:
            raise UserError(
                "qr_scan.bad_image",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Gambar '{file}' tidak dapat dibaca ({reason})."
                ),
                file=path.name,
                reason=str(exc),
            ) from exc
    raise UserError(
        "qr_scan.unsupported_file",
        QT_TRANSLATE_NOOP("ServiceMessages", "Berkas harus PDF atau gambar (PNG/JPEG)."),
    )
