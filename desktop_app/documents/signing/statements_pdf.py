"""Surat Pernyataan: one page per signer with the exact text signed and the signature,
and the Naskah Deklarasi with the officials' signatures (platypus: flowing text).

The printed text is ``Signature.text_signed`` itself, so the paper shows exactly what the
evidence record hashes; a short footer names the record (time, station, hash).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop_app.documents.common.event_records import collective_signatures, event_header
from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD, apply_metadata, register_fonts
from desktop_app.documents.signing.attendance_pdf import ExportCancelled, print_image
from desktop_app.models import Event, Signature
from desktop_app.services.common.localtime import format_datetime
from desktop_app.services.people.identity_display import attendee_identifier, format_identifier

log = logging.getLogger("ikrar.documents")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_FIELD_LINE = re.compile(r"^([A-Za-z/ .]{2,30}):\s+(.*)$")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=16, alignment=TA_JUSTIFY)
    return {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=13,
            leading=18,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=10, leading=14, alignment=TA_CENTER, spaceAfter=14
        ),
        "body": ParagraphStyle("body2", parent=base, spaceAfter=6),
        "item": ParagraphStyle(
            "item",
            parent=base,
            leftIndent=8 * mm,
            bulletIndent=1 * mm,
            bulletFontName=FONT,
            spaceAfter=4,
        ),
        "field": ParagraphStyle("field", parent=base, alignment=0),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_CENTER, leading=15),
        "sign_name": ParagraphStyle(
            "sign_name", parent=base, fontName=FONT_BOLD, alignment=TA_CENTER
        ),
        "note": ParagraphStyle(
            "note", parent=base, fontSize=7.5, leading=10, textColor="#555555", alignment=0
        ),
    }


def _text_flowables(text: str, styles: dict[str, ParagraphStyle]) -> tuple[list[Flowable], str]:
    """Paragraphs for the body; returns them and the closing place/date line (printed by
    the signature block)."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    closing = ""
    if lines and "," in lines[-1] and len(lines[-1]) < 80:
        closing = lines.pop()
    flow: list[Flowable] = []
    fields: list[list[Paragraph]] = []

    def flush_fields() -> None:
        if fields:
            table = Table(list(fields), colWidths=[45 * mm, None], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("FONTNAME", (0, 0), (-1, -1), FONT),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm),
                        ("LEFTPADDING", (1, 0), (1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                        ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ]
                )
            )
            flow.append(table)
            flow.append(Spacer(1, 6))
            fields.clear()

    for line in lines:
        if not line.strip():
            flush_fields()
            continue
        field = _FIELD_LINE.match(line)
        if field:
            fields.append(
                [
                    Paragraph(escape(field.group(1)), styles["field"]),
                    Paragraph(": " + escape(field.group(2)), styles["field"]),
                ]
            )
            continue
        flush_fields()
        numbered = _NUMBERED.match(line)
        if numbered:
            flow.append(
                Paragraph(
                    escape(numbered.group(2)), styles["item"], bulletText=f"{numbered.group(1)}."
                )
            )
        else:
            flow.append(Paragraph(escape(line), styles["body"]))
    flush_fields()
    return flow, closing


class _SignatureFlowable(Flowable):  # type: ignore[misc]
    """A signature image scaled into a box, centred (print-size JPEG, see print_image)."""

    def __init__(self, png: bytes, max_w: float, max_h: float) -> None:
        super().__init__()
        self.image = print_image(png, max_w, max_h)
        w, h = self.image.getSize()
        scale = min(max_w / w, max_h / h)
        self.draw_w, self.draw_h = w * scale, h * scale
        self.max_w = max_w

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.avail_w = avail_w
        return avail_w, self.draw_h

    def draw(self) -> None:
        self.canv.drawImage(
            self.image, (self.avail_w - self.draw_w) / 2, 0, self.draw_w, self.draw_h
        )


def _signature_image(png: bytes | None, max_w: float, max_h: float) -> Flowable:
    if not png:
        return Spacer(max_w, max_h)
    return _SignatureFlowable(png, max_w, max_h)


def _evidence_note(sig: Signature, event: Event) -> str:
    return (
        f"Ditandatangani secara elektronik pada {format_datetime(sig.signed_at, event.timezone)}"
        f" di stasiun {sig.station_id[:8]}, operator {escape(sig.operator or '-')}. "
        f"Bukti #{sig.chain_seq}, SHA-256 naskah {sig.text_sha256[:16]}…, "
        f"hash catatan {sig.record_hash[:16]}…"
    )


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Canvas that prints "Halaman X dari Y" once the total is known (saved pages replayed)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs["initialFontName"] = FONT  # else reportlab references (unembedded) Helvetica
        kwargs["initialFontSize"] = 10
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, object]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillGray(0.35)
            self.drawRightString(
                A4[0] - 22 * mm, 12 * mm, f"Halaman {self._pageNumber} dari {total}"
            )
            super().showPage()
        super().save()


def _doc(path: Path, event: Event, title: str, subject: str) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=22 * mm,
        topMargin=22 * mm,
        bottomMargin=22 * mm,
        title=title,
        author=event.organizer,
        subject=subject,
        creator="Ikrar",
        initialFontName=FONT,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

    def on_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        apply_metadata(canvas, title, event.organizer, subject)
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(25 * mm, 12 * mm, f"Ikrar · acara {event.code}")

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc


def write_statements_pdf(
    event: Event,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    attendee_ids: list[str] | None = None,
) -> int:
    """One Surat Pernyataan page (or more for long texts) per signed attendee; returns count."""
    register_fonts()
    styles = _styles()
    query = (
        Signature.select()
        .where((Signature.event == event) & Signature.attendee.is_null(False))
        .order_by(Signature.signer_name)
    )
    if attendee_ids is not None:
        query = query.where(Signature.attendee.in_(attendee_ids))
    signatures = list(query)
    story: list[Flowable] = []
    header = event_header(event)
    for index, sig in enumerate(signatures):
        if cancelled is not None and cancelled():
            raise ExportCancelled
        attendee = sig.attendee
        assert attendee is not None  # the query keeps attendees' signatures only
        title = sig.declaration_text.title
        story.append(Paragraph(escape(title.upper()), styles["title"]))
        story.append(Paragraph(escape(header["title"]), styles["subtitle"]))
        body, closing = _text_flowables(sig.text_signed, styles)
        story.extend(body)
        identifier = attendee_identifier(attendee)
        label = "NIP" if attendee.nip else "NRP"
        block = [
            Spacer(1, 10),
            Paragraph(escape(closing), styles["sign"]),
            Paragraph("Yang membuat pernyataan,", styles["sign"]),
            _signature_image(bytes(sig.image_png), 60 * mm, 24 * mm),
            Paragraph(f"<u>{escape(attendee.full_name)}</u>", styles["sign_name"]),
        ]
        if identifier:
            block.append(Paragraph(f"{label} {escape(identifier)}", styles["sign"]))
        sign_table = Table([[None, block]], colWidths=[None, 80 * mm])
        sign_table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)])
        )
        story.append(
            KeepTogether(
                [sign_table, Spacer(1, 12), Paragraph(_evidence_note(sig, event), styles["note"])]
            )
        )
        if index < len(signatures) - 1:
            story.append(PageBreak())
        if progress is not None:
            progress(index + 1, len(signatures))
    if not signatures:
        story.append(
            Paragraph("Belum ada peserta yang menandatangani surat pernyataan.", styles["body"])
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = _doc(
        path,
        event,
        f"Surat Pernyataan — {event.title}",
        f"Surat pernyataan netralitas {event.code}",
    )
    try:
        doc.build(story, canvasmaker=_NumberedCanvas)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    log.info("surat pernyataan %s: %d signers -> %s", event.code, len(signatures), path)
    return len(signatures)


def write_declaration_pdf(event: Event, path: Path) -> int:
    """The Naskah Deklarasi (collective text) with the officials' signatures; returns how
    many officials have signed."""
    register_fonts()
    styles = _styles()
    text, pairs = collective_signatures(event)
    from desktop_app.services.signing.declarations import current_text

    title = current_text(event, "KOLEKTIF").title
    story: list[Flowable] = [
        Paragraph(escape(title.upper()), styles["title"]),
        Paragraph(escape(event_header(event)["title"]), styles["subtitle"]),
    ]
    body, closing = _text_flowables(text, styles)
    story.extend(body)
    if closing:
        story.append(Spacer(1, 6))
        story.append(Paragraph(escape(closing), styles["sign"]))
    story.append(Spacer(1, 12))
    cells = []
    for official, sig in pairs:
        png = bytes(sig.image_png) if sig is not None else None
        cell: list[Flowable] = [
            Paragraph(escape(official.position), styles["sign"]),
            _signature_image(png, 55 * mm, 22 * mm),
            Paragraph(f"<u>{escape(official.name)}</u>", styles["sign_name"]),
        ]
        if official.nip:
            cell.append(Paragraph(f"NIP {escape(format_identifier(official.nip))}", styles["sign"]))
        cells.append(cell)
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if rows:
        if len(rows[-1]) == 1 and len(cells) > 1:
            rows[-1].append([])
        table = Table(rows, colWidths=[None] * len(rows[0]))
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
                ]
            )
        )
        story.append(table)
    signed = sum(1 for _, sig in pairs if sig is not None)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = _doc(path, event, f"Naskah Deklarasi — {event.title}", f"Naskah deklarasi {event.code}")
    try:
        doc.build(story, canvasmaker=_NumberedCanvas)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return signed
