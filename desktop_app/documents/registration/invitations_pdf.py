"""Invitation letters (surat dinas) and name badges, each with a QR code for fast check-in.

The QR code holds ONLY the attendee's opaque code (e.g. ``7K3M9Q2X``): no NIK, no NIP,
nothing that identifies a person to someone who photographs it (UU PDP).

Letters follow the Tata Naskah Dinas: kop surat over a double rule; Nomor, Sifat,
Lampiran and Hal on the left with place and date on the right; "Yth." and the addressee;
the body with day, date, time with zone and venue; the signing official's position,
signature (only when signed on the pad for the letters), name and NIP; Tembusan. All of
it except the addressee and the QR code is the same on every letter and is drawn once per
file as a form XObject.

Badges (8 per A4) give the name the card's whole width: it shrinks to fit one line down
to a minimum size, then wraps only between titles and words ("Prof. Dr. Drs. H." |
"Muhammad Abdurrahman" | "Kusumaningrat, S.Kep., Ns."), never cutting a letter.

Both are rendered through ``documents/common/batch_render.py`` (forms, fast QR encoder,
worker processes for large batches).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common import batch_render
from desktop_app.documents.common.batch_render import BatchCancelled
from desktop_app.documents.common.event_records import event_header
from desktop_app.documents.common.letterhead import Kop, draw_kop, kop_of
from desktop_app.documents.common.pdf_images import draw_signature
from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD, PdfInfo, register_fonts
from desktop_app.documents.common.qr_codes import draw_qr, qr_matrix
from desktop_app.documents.common.text_layout import balanced, fit_name, wrap
from desktop_app.models import Attendee, Event
from desktop_app.models.categories import Category
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError, file_write_error
from desktop_app.services.common.localtime import format_date, format_time, to_local
from desktop_app.services.people.identity_display import format_identifier, number_label
from desktop_app.services.signing.document_signing import document_signatures, officials_for

LAYOUTS = ("badge", "letter")
PAGE_W, PAGE_H = A4
NAVY = Color(0.11, 0.30, 0.55)

# Letter margins (Tata Naskah Dinas: generous left margin for binding).
L_LEFT, L_RIGHT, L_TOP = 30 * mm, 20 * mm, 14 * mm
L_WIDTH = PAGE_W - L_LEFT - L_RIGHT
LETTER_SIZE = 11.0
LETTER_LEADING = 15.5


@dataclass(frozen=True)
class InvitationJob:
    """One attendee's card or letter, as plain values a worker process can draw."""

    code: str
    name: str
    position: str
    institution: str
    category: str  # label, e.g. "ASN (PPPK)"


def _category_label(value: str) -> str:
    try:
        return Category(value).label
    except ValueError:
        return value


def job_for(attendee: Attendee) -> InvitationJob:
    return InvitationJob(
        code=attendee.code,
        name=" ".join(attendee.full_name.split()),
        position=attendee.position,
        institution=attendee.institution,
        category=_category_label(attendee.category),
    )


# --- letters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterSpec:
    """What every letter of the event shares."""

    kop: Kop
    number: str
    nature: str
    attachment: str
    subject: str
    place_date: str
    day_date: str
    time: str
    venue: str
    title: str
    organizer: str
    signer_position: str
    signer_name: str
    signer_number: str  # "NIP 19750312 200212 1 004" or ""
    signer_signature: bytes | None
    copies: tuple[str, ...]


def letter_spec(event: Event) -> LetterSpec:
    """The shared parts of the event's invitation letters."""
    header = event_header(event)
    signers = officials_for(event, "UNDANGAN") or _first_official(event)
    signer = signers[0] if signers else None
    signed = document_signatures(event, "UNDANGAN") if signer else {}
    if event.letter_date:
        dated = dt.date.fromisoformat(event.letter_date)
        letter_date = format_date(
            dt.datetime(dated.year, dated.month, dated.day, 12, tzinfo=dt.UTC), "UTC"
        )
    else:  # not dated yet: room for the date by hand, as offices do
        letter_date = "." * 30
    local_start = to_local(event.starts_at, event.timezone)
    time = f"{format_time(event.starts_at, event.timezone)} s.d. selesai"
    if local_start.date() != to_local(event.ends_at, event.timezone).date():
        time = f"{format_time(event.starts_at, event.timezone)} s.d. selesai (hari pertama)"
    return LetterSpec(
        kop=kop_of(event),
        number=event.letter_number,
        nature=event.letter_nature or "Biasa",
        attachment=event.letter_attachment or "-",
        subject=event.letter_subject or "Undangan",
        place_date=f"{event.city or event.venue}, {letter_date}",
        day_date=header["date"],
        time=time,
        venue=header["place"] or "-",
        title=event.title,
        organizer=event.organizer,
        signer_position=signer.position if signer else "",
        signer_name=signer.name if signer else "",
        signer_number=(
            f"{number_label(signer.nip)} {format_identifier(signer.nip)}"
            if signer and signer.nip
            else ""
        ),
        signer_signature=(
            bytes(signed[signer.id].image_png) if signer and signer.id in signed else None
        ),
        copies=tuple(line for line in event.letter_copies.splitlines() if line.strip()),
    )


def _first_official(event: Event) -> list:  # type: ignore[type-arg]
    from desktop_app.services.events.officials import active_officials

    return active_officials(event)[:1]


class LetterPainter:
    """Draws one letter per page: the shared form, then the addressee and the QR code."""

    pagesize = A4
    per_page = 1

    def __init__(self, spec: LetterSpec) -> None:
        self.spec = spec
        self._address_top = 0.0

    def begin(self, canvas: Canvas) -> None:
        canvas.beginForm("letter", 0, 0, PAGE_W, PAGE_H)
        self._address_top = self._draw_shared(canvas)
        canvas.endForm()

    def _draw_shared(self, c: Canvas) -> float:
        s = self.spec
        y = draw_kop(c, s.kop, L_LEFT, PAGE_H - L_TOP, L_WIDTH) - 6
        c.setFont(FONT, LETTER_SIZE)
        c.drawRightString(PAGE_W - L_RIGHT, y - LETTER_SIZE, s.place_date)
        label_w, colon_x = 22 * mm, L_LEFT + 22 * mm
        for label, value in (
            ("Nomor", s.number or "." * 34),
            ("Sifat", s.nature),
            ("Lampiran", s.attachment),
            ("Hal", s.subject),
        ):
            lines = wrap(value, FONT, LETTER_SIZE, L_WIDTH * 0.62 - label_w)
            c.drawString(L_LEFT, y - LETTER_SIZE, label)
            c.drawString(colon_x, y - LETTER_SIZE, ":")
            for line in lines:
                c.drawString(colon_x + 3 * mm, y - LETTER_SIZE, line)
                y -= LETTER_LEADING
        address_top = y - 10
        # The body starts under the addressee, which differs per letter: it is drawn at a
        # fixed place low enough for a three-line name and two lines of position.
        y = address_top - 8 * LETTER_LEADING - 4
        body = (
            f"Dengan hormat, dalam rangka menjaga netralitas pada Pemilihan Serentak, "
            f"{s.organizer} mengundang Bapak/Ibu untuk menghadiri kegiatan {s.title}, "
            "yang akan dilaksanakan pada:"
        )
        y = self._paragraph(c, body, y)
        y -= 4
        for label, value in (
            ("Hari/tanggal", s.day_date),
            ("Waktu", s.time),
            ("Tempat", s.venue),
        ):
            lines = wrap(value, FONT, LETTER_SIZE, L_WIDTH - 45 * mm)
            c.drawString(L_LEFT + 10 * mm, y - LETTER_SIZE, label)
            c.drawString(L_LEFT + 40 * mm, y - LETTER_SIZE, ":")
            for line in lines:
                c.drawString(L_LEFT + 43 * mm, y - LETTER_SIZE, line)
                y -= LETTER_LEADING
        y -= 4
        closing = (
            "Mengingat pentingnya kegiatan tersebut, kehadiran Bapak/Ibu tepat waktu sangat kami "
            "harapkan. Mohon tunjukkan kode QR pada surat ini di meja registrasi. Demikian "
            "undangan ini kami sampaikan; atas perhatian dan kehadiran Bapak/Ibu kami ucapkan "
            "terima kasih."
        )
        y = self._paragraph(c, closing, y) - 10
        y = self._signer(c, y)
        if s.copies:
            c.setFont(FONT, 9.5)
            c.drawString(L_LEFT, y - 9.5, "Tembusan:")
            y -= 12.5
            for index, copy in enumerate(s.copies, start=1):
                for k, line in enumerate(wrap(copy, FONT, 9.5, L_WIDTH * 0.55)):
                    c.drawString(
                        L_LEFT + (0 if k == 0 else 12), y - 9.5, line if k else f"{index}. {line}"
                    )
                    y -= 12
        return address_top

    @staticmethod
    def _paragraph(c: Canvas, text: str, top: float) -> float:
        from desktop_app.documents.common.text_layout import draw_justified

        lines = wrap(text, FONT, LETTER_SIZE, L_WIDTH)
        c.setFont(FONT, LETTER_SIZE)
        y = top
        for index, line in enumerate(lines):
            if index < len(lines) - 1:
                draw_justified(c, line, L_LEFT, y - LETTER_SIZE, L_WIDTH, FONT, LETTER_SIZE)
            else:
                c.drawString(L_LEFT, y - LETTER_SIZE, line)
            y -= LETTER_LEADING
        return y

    def _signer(self, c: Canvas, top: float) -> float:
        s = self.spec
        width = 75 * mm
        cx = PAGE_W - L_RIGHT - width / 2
        y = top
        c.setFont(FONT, LETTER_SIZE)
        for line in balanced(s.signer_position + ",", FONT, LETTER_SIZE, width):
            c.drawCentredString(cx, y - LETTER_SIZE, line)
            y -= LETTER_LEADING
        sig_h = 22 * mm
        if s.signer_signature:
            draw_signature(c, s.signer_signature, cx - 25 * mm, y - sig_h, 50 * mm, sig_h - 2)
        y -= sig_h
        name = fit_name(s.signer_name, FONT_BOLD, LETTER_SIZE, width, 8.5, 2)
        c.setFont(FONT_BOLD, name.size)
        c.setLineWidth(0.6)
        for line in name.lines:
            c.drawCentredString(cx, y - name.size, line)
            half = c.stringWidth(line, FONT_BOLD, name.size) / 2
            c.line(cx - half, y - name.size - 2, cx + half, y - name.size - 2)
            y -= name.size * 1.35
        if s.signer_number:
            c.setFont(FONT, 10)
            c.drawCentredString(cx, y - 10, s.signer_number)
            y -= 13
        return y - 14

    def page(self, canvas: Canvas, jobs: Sequence[InvitationJob]) -> None:
        job = jobs[0]
        canvas.doForm("letter")
        y = self._address_top
        c = canvas
        c.setFont(FONT, LETTER_SIZE)
        c.drawString(L_LEFT, y - LETTER_SIZE, "Yth.")
        name_w = L_WIDTH - 55 * mm  # the QR code stands at the right of the addressee
        name = fit_name(job.name, FONT_BOLD, LETTER_SIZE, name_w - 10 * mm, 8.5, 3)
        c.setFont(FONT_BOLD, name.size)
        for line in name.lines:
            c.drawString(L_LEFT + 10 * mm, y - LETTER_SIZE, line)
            y -= name.size * 1.35
        c.setFont(FONT, LETTER_SIZE)
        for text in (job.position, job.institution):
            for line in wrap(text, FONT, LETTER_SIZE, name_w - 10 * mm)[:2] if text else ():
                c.drawString(L_LEFT + 10 * mm, y - LETTER_SIZE, line)
                y -= LETTER_LEADING
        c.drawString(L_LEFT + 10 * mm, y - LETTER_SIZE, "di Tempat")
        qr = 26 * mm
        qx = PAGE_W - L_RIGHT - qr - 2 * mm
        draw_qr(c, qr_matrix(job.code), qx, self._address_top - 2, qr)
        c.setFont(FONT_BOLD, 10)
        c.drawCentredString(qx + qr / 2, self._address_top - qr - 13, job.code)
        c.setFont(FONT, 7)
        c.drawCentredString(qx + qr / 2, self._address_top - qr - 21, "kode registrasi")


# --- badges -------------------------------------------------------------------------------

BADGE_COLS, BADGE_ROWS = 2, 4
BADGE_MARGIN = 10 * mm
BADGE_W = (PAGE_W - 2 * BADGE_MARGIN) / BADGE_COLS
BADGE_H = (PAGE_H - 2 * BADGE_MARGIN) / BADGE_ROWS
BADGE_PAD = 5 * mm
BAND_H = 12 * mm
BADGE_QR = 24 * mm
NAME_MAX, NAME_MIN = 16.0, 9.0


class BadgePainter:
    """Draws 8 badges per page; the frame and the event band are one shared form."""

    pagesize = A4
    per_page = BADGE_COLS * BADGE_ROWS

    def __init__(self, title: str) -> None:
        self.title = title

    def begin(self, canvas: Canvas) -> None:
        c = canvas
        c.beginForm("badge", 0, 0, BADGE_W, BADGE_H)
        c.setStrokeColorRGB(0.75, 0.75, 0.75)
        c.setDash(3, 3)
        c.rect(0, 0, BADGE_W, BADGE_H)
        c.setDash()
        c.setFillColor(NAVY)
        c.rect(0, BADGE_H - BAND_H, BADGE_W, BAND_H, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        lines = balanced(self.title, FONT_BOLD, 7.5, BADGE_W - 2 * BADGE_PAD)
        size = 7.5 if len(lines) <= 2 else 6.0
        lines = balanced(self.title, FONT_BOLD, size, BADGE_W - 2 * BADGE_PAD)[:3]
        y = BADGE_H - BAND_H / 2 + (len(lines) - 1) * (size + 1.5) / 2 - size * 0.35
        c.setFont(FONT_BOLD, size)
        for line in lines:
            c.drawCentredString(BADGE_W / 2, y, line)
            y -= size + 1.5
        c.endForm()

    def page(self, canvas: Canvas, jobs: Sequence[InvitationJob]) -> None:
        for slot, job in enumerate(jobs):
            col, row = slot % BADGE_COLS, slot // BADGE_COLS
            x = BADGE_MARGIN + col * BADGE_W
            y = PAGE_H - BADGE_MARGIN - (row + 1) * BADGE_H
            canvas.saveState()
            canvas.translate(x, y)
            canvas.doForm("badge")
            self._badge(canvas, job)
            canvas.restoreState()

    @staticmethod
    def _badge(c: Canvas, job: InvitationJob) -> None:
        width = BADGE_W - 2 * BADGE_PAD
        name = fit_name(job.name, FONT_BOLD, NAME_MAX, width, NAME_MIN, 3)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FONT_BOLD, name.size)
        y = BADGE_H - BAND_H - 5 * mm - name.size * 0.75
        for line in name.lines:
            c.drawString(BADGE_PAD, y, line)
            y -= name.size * 1.18
        # Position and institution to the left of the QR code, under the name.
        side_w = width - BADGE_QR - 6 * mm  # the QR's white quiet zone included
        y -= 2
        for text, size in ((job.position, 9.0), (job.institution, 8.5)):
            if not text:
                continue
            lines = wrap(text, FONT, size, side_w)
            while len(lines) > 2 and size > 7:
                size -= 0.5
                lines = wrap(text, FONT, size, side_w)
            c.setFont(FONT, size)
            for line in lines[:3]:
                c.drawString(BADGE_PAD, y, line)
                y -= size + 2
        c.setFillColor(NAVY)
        c.setFont(FONT_BOLD, 9)
        c.drawString(BADGE_PAD, BADGE_PAD, job.category.upper())
        c.setFillColorRGB(0, 0, 0)
        qx = BADGE_W - BADGE_PAD - BADGE_QR
        draw_qr(c, qr_matrix(job.code), qx, BADGE_PAD + 4.5 * mm + BADGE_QR, BADGE_QR)
        c.setFont(FONT_BOLD, 10)
        c.drawCentredString(qx + BADGE_QR / 2, BADGE_PAD, job.code)


def _letter_painter(spec: LetterSpec) -> LetterPainter:
    return LetterPainter(spec)


def _badge_painter(title: str) -> BadgePainter:
    return BadgePainter(title)


def write_invitations(
    event: Event,
    path: Path,
    attendees: Iterable[Attendee] | None = None,
    layout: str = "badge",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
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
    jobs = [job_for(a) for a in people]
    path = Path(path)
    if layout == "letter":
        factory: batch_render.PainterFactory = functools.partial(
            _letter_painter, letter_spec(event)
        )
        info = PdfInfo(
            title=f"Surat Undangan — {event.title}",
            author=event.organizer,
            subject=f"Undangan kegiatan {event.title}",
        )
    else:
        factory = functools.partial(_badge_painter, event.title)
        info = PdfInfo(
            title=f"Kartu Peserta — {event.title}",
            author=event.organizer,
            subject=f"Kartu peserta kegiatan {event.title}",
        )
    try:
        result = batch_render.render_pdf(factory, info, jobs, path, progress, cancelled, processes)
    except OSError as exc:
        raise file_write_error(path, exc) from exc
    if result.cancelled:
        raise BatchCancelled
    return len(people)
