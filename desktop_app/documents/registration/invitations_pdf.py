"""Invitation letters and name badges as PDF, each with a QR code for fast check-in.

The QR code holds ONLY the attendee's opaque code (e.g. ``7K3M9Q2X``): no NIK, no NIP,
nothing that identifies a person to someone who photographs it (UU PDP).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.models import Attendee, Event
from desktop_app.models.categories import Category
from desktop_app.resources import resource_path
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.localtime import format_date, format_time

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
LAYOUTS = ("badge", "letter")


def register_fonts() -> None:
    """Embed Noto Sans (Indonesian names need more than the PDF base fonts' Latin-1)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "NotoSans-Bold.ttf"))))


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A vector QR code of ``payload`` with its lower-left corner at (x, y)."""
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def _fit(
    text: str, font: str, size: float, width: float, lines: int, minimum: float = 7
) -> tuple[list[str], float]:
    """Wrap ``text`` into at most ``lines`` lines of ``width``, shrinking the font if needed."""
    while True:
        wrapped = simpleSplit(text, font, size, width)
        if len(wrapped) <= lines or size <= minimum:
            if len(wrapped) > lines:
                wrapped = wrapped[:lines]
                while stringWidth(wrapped[-1] + "…", font, size) > width and wrapped[-1]:
                    wrapped[-1] = wrapped[-1][:-1]
                wrapped[-1] += "…"
            return wrapped, size
        size -= 0.5


def _category_label(value: str) -> str:
    try:
        return Category(value).label
    except ValueError:
        return value


def _badge(
    canvas: Canvas, event: Event, attendee: Attendee, x: float, y: float, w: float, h: float
) -> None:
    canvas.setStrokeColorRGB(0.75, 0.75, 0.75)
    canvas.setDash(3, 3)
    canvas.rect(x, y, w, h)
    canvas.setDash()
    pad = 5 * mm
    canvas.setFillColorRGB(0.11, 0.30, 0.55)
    canvas.rect(x, y + h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    title, size = _fit(event.title, BOLD, 7.5, w - 2 * pad, 2, 5.5)
    ty = y + h - 5 * mm
    for text in title:
        canvas.setFont(BOLD, size)
        canvas.drawString(x + pad, ty, text)
        ty -= size + 1.5
    canvas.setFillColorRGB(0, 0, 0)
    qr = 30 * mm
    text_width = w - 2 * pad - qr - 3 * mm
    name, size = _fit(attendee.full_name, BOLD, 14, text_width, 2, 9)
    ny = y + h - 20 * mm
    canvas.setFont(BOLD, size)
    for text in name:
        canvas.drawString(x + pad, ny, text)
        ny -= size + 2
    ny -= 2
    for text, font, fsize in (
        (attendee.position, REGULAR, 9.0),
        (attendee.institution, REGULAR, 9.0),
    ):
        if not text:
            continue
        lines, fsize = _fit(text, font, fsize, text_width, 2, 7)
        canvas.setFont(font, fsize)
        for line in lines:
            canvas.drawString(x + pad, ny, line)
            ny -= fsize + 2
    canvas.setFont(BOLD, 9)
    canvas.setFillColorRGB(0.11, 0.30, 0.55)
    canvas.drawString(x + pad, y + pad, _category_label(attendee.category).upper())
    canvas.setFillColorRGB(0, 0, 0)
    qx, qy = x + w - pad - qr, y + pad + 4 * mm
    draw_qr(canvas, attendee.code, qx, qy, qr)
    canvas.setFont(BOLD, 10)
    canvas.drawCentredString(qx + qr / 2, y + pad, attendee.code)


def _letter(canvas: Canvas, event: Event, attendee: Attendee) -> None:
    width, height = A4
    left, right = 25 * mm, width - 25 * mm
    canvas.setFont(BOLD, 13)
    canvas.drawCentredString(width / 2, height - 30 * mm, event.organizer.upper())
    canvas.setLineWidth(1.2)
    canvas.line(left, height - 34 * mm, right, height - 34 * mm)
    canvas.setFont(BOLD, 14)
    canvas.drawCentredString(width / 2, height - 48 * mm, "UNDANGAN")
    y = height - 62 * mm
    canvas.setFont(REGULAR, 11)
    canvas.drawString(left, y, "Kepada Yth.")
    y -= 15
    canvas.setFont(BOLD, 12)
    for line in simpleSplit(attendee.full_name, BOLD, 12, right - left):
        canvas.drawString(left, y, line)
        y -= 15
    canvas.setFont(REGULAR, 11)
    for text in (attendee.position, attendee.institution):
        for line in simpleSplit(text, REGULAR, 11, right - left) if text else []:
            canvas.drawString(left, y, line)
            y -= 14
    canvas.drawString(left, y, "di tempat")
    y -= 26
    body = (
        f"Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri kegiatan {event.title}, "
        f"yang diselenggarakan oleh {event.organizer} pada:"
    )
    for line in simpleSplit(body, REGULAR, 11, right - left):
        canvas.drawString(left, y, line)
        y -= 15
    y -= 6
    rows = [
        ("Hari, tanggal", format_date(event.starts_at, event.timezone, with_day=True)),
        ("Waktu", f"{format_time(event.starts_at, event.timezone)} s.d. selesai"),
        ("Tempat", ", ".join(p for p in (event.venue, event.city) if p) or "-"),
    ]
    for label, value in rows:
        canvas.drawString(left + 8 * mm, y, label)
        canvas.drawString(left + 40 * mm, y, ":")
        for line in simpleSplit(value, REGULAR, 11, right - left - 44 * mm):
            canvas.drawString(left + 43 * mm, y, line)
            y -= 15
    y -= 8
    closing = (
        "Mohon tunjukkan kode QR di bawah ini di meja registrasi agar kehadiran "
        "Bapak/Ibu tercatat dengan cepat. Atas perhatian dan kehadirannya kami "
        "ucapkan terima kasih."
    )
    for line in simpleSplit(closing, REGULAR, 11, right - left):
        canvas.drawString(left, y, line)
        y -= 15
    qr = 40 * mm
    draw_qr(canvas, attendee.code, left, 40 * mm, qr)
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(left + qr / 2, 34 * mm, attendee.code)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(left + qr + 6 * mm, 48 * mm, "Kode registrasi pribadi; tidak memuat data")
    canvas.drawString(left + qr + 6 * mm, 44 * mm, "pribadi. Jangan dibagikan kepada orang lain.")


def write_invitations(
    event: Event,
    path: Path,
    attendees: Iterable[Attendee] | None = None,
    layout: str = "badge",
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write badges (8 per A4 page) or letters (one per page) to ``path``; return the count."""
    if layout not in LAYOUTS:
        raise UserError(
            "invitations.unknown_layout",
            QT_TRANSLATE_NOOP("ServiceMessages", "Bentuk undangan harus 'badge' atau 'letter'."),
            field="layout",
        )
    register_fonts()
    people = (
        list(attendees)
        if attendees is not None
        else list(
            Attendee.select()
            .where((Attendee.event == event) & ~Attendee.removed)
            .order_by(Attendee.sort_name)
        )
    )
    if not people:
        raise UserError(
            "invitations.no_attendees",
            QT_TRANSLATE_NOOP("ServiceMessages", "Belum ada peserta untuk dibuatkan undangan."),
        )
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        canvas = Canvas(str(path), pagesize=A4)
    except OSError as exc:
        raise UserError(
            "file.cannot_write",
            QT_TRANSLATE_NOOP("ServiceMessages", "File '{path}' tidak dapat ditulis ({reason})."),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc
    canvas.setTitle(f"Undangan — {event.title}")
    canvas.setAuthor(event.organizer)
    width, height = A4
    if layout == "badge":
        cols, rows = 2, 4
        margin = 10 * mm
        bw, bh = (width - 2 * margin) / cols, (height - 2 * margin) / rows
        for index, attendee in enumerate(people):
            slot = index % (cols * rows)
            if index and slot == 0:
                canvas.showPage()
            col, row = slot % cols, slot // cols
            _badge(
                canvas, event, attendee, margin + col * bw, height - margin - (row + 1) * bh, bw, bh
            )
            if progress and index % 50 == 0:
                progress(index, len(people))
    else:
        for index, attendee in enumerate(people):
            if index:
                canvas.showPage()
            _letter(canvas, event, attendee)
            if progress and index % 50 == 0:
                progress(index, len(people))
    try:
        canvas.save()
    except OSError as exc:
        raise UserError(
            "file.cannot_write",
            QT_TRANSLATE_NOOP("ServiceMessages", "File '{path}' tidak dapat ditulis ({reason})."),
            path=str(path),
            reason=str(exc.strerror),
        ) from exc
    return len(people)
