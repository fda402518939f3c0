"""The "certificate desk" poster: one A4 page with a big QR that opens the venue hub's
certificate page (``/c``) on the attendee's phone."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD, PdfInfo, new_canvas
from desktop_app.documents.common.qr_codes import draw_qr, qr_matrix
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError, file_write_error

CERTIFICATE_DESK_PATH = "/c"
STEPS = (
    "1. Sambungkan ponsel ke Wi-Fi acara.",
    "2. Pindai kode ini dengan kamera ponsel.",
    "3. Sudah tanda tangan di ponsel? Sertifikat Anda langsung tampil.",
    "   Tanda tangan di meja? Masukkan kode undangan dan",
    "   4 digit terakhir NIP/NRP/NIK Anda.",
)


def certificate_desk_url(hub_url: str) -> str:
    base = hub_url.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise UserError(
            "phone.poster_url",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Alamat hub untuk poster harus diawali http:// atau https:// (mis. "
                "https://192.168.1.10:8765).",
            ),
        )
    return base + CERTIFICATE_DESK_PATH


def write_poster(out: Path, hub_url: str, wifi: str = "") -> str:
    """Write the poster; returns the URL its QR holds. ``UserError`` on a bad URL or file."""
    url = certificate_desk_url(hub_url)
    width, height = A4
    info = PdfInfo("Sertifikat di ponsel Anda", "Ikrar", "Poster meja sertifikat")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        canvas = new_canvas(out, A4, info)
    except OSError as exc:
        raise file_write_error(out, exc) from exc
    canvas.setFont(FONT_BOLD, 34)
    canvas.drawCentredString(width / 2, height - 45 * mm, "Sertifikat di ponsel Anda")
    canvas.setFont(FONT, 16)
    canvas.drawCentredString(
        width / 2, height - 57 * mm, "Unduh sertifikat acara ini, tanpa antre."
    )
    size = 120 * mm
    draw_qr(canvas, qr_matrix(url, ec_level="Q"), (width - size) / 2, height - 75 * mm, size)
    y = height - 75 * mm - size - 18 * mm
    canvas.setFont(FONT, 14)
    for line in STEPS:
        canvas.drawString(28 * mm, y, line)
        y -= 9 * mm
    canvas.setFont(FONT, 11)
    footer = f"Alamat: {url}" + (f"   ·   Wi-Fi: {wifi}" if wifi else "")
    canvas.drawCentredString(width / 2, 18 * mm, footer)
    try:
        canvas.save()
    except OSError as exc:
        raise file_write_error(out, exc) from exc
    return url
