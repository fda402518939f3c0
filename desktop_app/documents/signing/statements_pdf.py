"""Surat Pernyataan (one page per signer) and the Naskah Deklarasi (one page, up to 8
signatories), drawn on the canvas from the exact text each signer signed.

Page rules (checked by tests that read the PDFs back with positions):
- a statement is always exactly one page: its text, the signer's place and date, the
  signature, the name and the identifier stay together; when a long name, institution or
  edited text would spill over, the type is set smaller (down to 8.5 pt), then the whole
  body is scaled, never split;
- page numbers count the pages of one statement ("Halaman 1 dari 1"), not of the batch;
- the identifier under the name carries the signer's own label: NIP (PNS), NI PPPK,
  NRP (TNI/Polri), a masked NIK for a guest, nothing for a village head;
- the naskah keeps all signatories on its one page, in columns that grow with their
  number, names of a row on one baseline; an official who did not sign the collective
  text on the pad gets an empty space of the same size (for wet ink);
- no application footer on these official documents: only the evidence note, which
  names the record the page was printed from.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common import batch_render, signatories
from desktop_app.documents.common.batch_render import BatchCancelled, FormNames
from desktop_app.documents.common.event_records import collective_signatures, event_header
from desktop_app.documents.common.pdf_images import (
    PreparedSignature,
    SignaturePrefetch,
    draw_prepared,
    signature_reader,
)
from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD, PdfInfo, new_canvas
from desktop_app.documents.common.text_layout import balanced, fit_name, wrap
from desktop_app.documents.signing.declaration_layout import (
    BlockPainter,
    TextStyle,
    height_of,
    parse,
    place,
)
from desktop_app.models import Attendee, DeclarationText, Event, Signature
from desktop_app.services.common.localtime import format_datetime
from desktop_app.services.people.identity_display import number_label, printed_identity
from desktop_app.services.registration.checkin import station_name
from desktop_app.services.signing.evidence_chain import ChainHead, event_heads

log = logging.getLogger("ikrar.documents")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ExportCancelled = BatchCancelled  # the name the GUI and CLI catch

PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 22 * mm, 20 * mm, 14 * mm
CONTENT_W = PAGE_W - LEFT - RIGHT
SIGN_W = 80 * mm
SIGNATURE_W, SIGNATURE_H = 60 * mm, 24 * mm
BODY_SIZES = (11.0, 10.5, 10.0, 9.5, 9.0, 8.5)
NOTE_SIZE = 7.0


def _title_lines(title: str) -> tuple[str, tuple[str, ...]]:
    """ "Surat Pernyataan Netralitas Kepala Desa dan Perangkat Desa" → ("SURAT PERNYATAAN",
    balanced rest): every statement title has the same two-part style."""
    upper = " ".join(title.split()).upper()
    for lead in ("SURAT PERNYATAAN", "PERNYATAAN", "NASKAH DEKLARASI"):
        if upper.startswith(lead + " "):
            return lead, balanced(upper[len(lead) + 1 :], FONT_BOLD, 12, CONTENT_W * 0.85)
    return "", balanced(upper, FONT_BOLD, 12, CONTENT_W * 0.85)


def _draw_heading(canvas: Canvas, title: str, subtitle: str, forms: FormNames, top: float) -> float:
    """Title and event line, drawn once per file as a form; returns the y below them."""
    lead, rest = _title_lines(title)
    sub = balanced(subtitle, FONT, 10, CONTENT_W * 0.9)
    height = (16 if lead else 0) + len(rest) * 15 + 4 + len(sub) * 13 + 14
    name, new = forms.name(("heading", title, subtitle))
    if new:
        canvas.beginForm(name, 0, -height, PAGE_W, 0)
        y = -13.0
        if lead:
            canvas.setFont(FONT_BOLD, 14)
            canvas.drawCentredString(PAGE_W / 2, y, lead)
            y -= 16
        canvas.setFont(FONT_BOLD, 12)
        for line in rest:
            canvas.drawCentredString(PAGE_W / 2, y, line)
            y -= 15
        y -= 4
        canvas.setFont(FONT, 10)
        for line in sub:
            canvas.drawCentredString(PAGE_W / 2, y + 2, line)
            y -= 13
        canvas.endForm()
    canvas.saveState()
    canvas.translate(0, top)
    canvas.doForm(name)
    canvas.restoreState()
    return top - height


def _draw_footer(canvas: Canvas, note: str, page: int, pages: int) -> None:
    canvas.saveState()
    canvas.setFillGray(0.35)
    canvas.setFont(FONT, NOTE_SIZE)
    y = BOTTOM + 4
    canvas.drawRightString(PAGE_W - RIGHT, y - 10, f"Halaman {page} dari {pages}")
    for line in reversed(wrap(note, FONT, NOTE_SIZE, CONTENT_W)):
        y += NOTE_SIZE * 1.35
        canvas.drawString(LEFT, y - 10, line)
    canvas.restoreState()


def _note_height(note: str) -> float:
    return len(wrap(note, FONT, NOTE_SIZE, CONTENT_W)) * NOTE_SIZE * 1.35 + 12


# --- surat pernyataan ----------------------------------------------------------------------


@dataclass(frozen=True)
class StatementJob:
    """One statement, as plain values a worker process can draw."""

    title: str
    text: str  # Signature.text_signed, printed as it was signed
    name: str
    identity_line: str  # "NIP 19860914 201001 1 003", "NI PPPK ...", "NRP ...", ""
    signature_png: bytes
    note: str


@dataclass(frozen=True)
class _SignBlock:
    closing: str
    name_size: float
    name: tuple[str, ...]
    identity: str

    def height(self, size: float) -> float:
        leading = size * 1.42
        return (
            leading * 2  # place and date, "Yang membuat pernyataan,"
            + SIGNATURE_H
            + len(self.name) * self.name_size * 1.3
            + (leading if self.identity else 0)
        )


class StatementPainter:
    """Draws one statement per page."""

    pagesize = A4
    per_page = 1

    def __init__(self, subtitle: str) -> None:
        self.subtitle = subtitle
        self._blocks = BlockPainter()
        self._forms = FormNames("sh")
        self._signatures: SignaturePrefetch | None = None
        self._index = 0

    def begin(self, canvas: Canvas) -> None:
        self._blocks.reset()
        self._forms.reset()

    def prefetch(self, pages: Sequence[Sequence[StatementJob]]) -> Callable[[], None]:
        """Prepare the signatures of the pages to come on helper threads."""
        pngs = [p[0].signature_png for p in pages]
        self._signatures = SignaturePrefetch(pngs, SIGNATURE_W, SIGNATURE_H)
        self._index = 0
        return self._signatures.close

    def page(self, canvas: Canvas, jobs: Sequence[StatementJob]) -> None:
        job = jobs[0]
        blocks, closing = parse(job.text)
        top = _draw_heading(canvas, job.title, self.subtitle, self._forms, PAGE_H - TOP)
        bottom = BOTTOM + _note_height(job.note) + 6
        available = top - bottom
        chosen = None
        for size in BODY_SIZES:
            style = TextStyle.at(size, CONTENT_W)
            placed = place(blocks, style)
            sign = self._sign_block(job, closing, size)
            total = height_of(placed) + size + sign.height(size)
            chosen = (style, placed, sign, total)
            if total <= available:
                break
        assert chosen is not None
        style, placed, sign, total = chosen
        canvas.saveState()
        if total > available:  # an unusually long edited text: scale, never split
            factor = available / total
            canvas.translate(LEFT, top)
            canvas.scale(factor, factor)
            canvas.translate(-LEFT, -top)
        y = self._blocks.draw(canvas, placed, LEFT, top, style)
        self._draw_sign(canvas, job, sign, style.size, y - style.size)
        canvas.restoreState()
        _draw_footer(canvas, job.note, 1, 1)

    def _next_signature(self, job: StatementJob) -> PreparedSignature | None:
        if self._signatures is not None:
            reader = self._signatures.get(self._index)
            self._index += 1
            return reader
        if not job.signature_png:
            return None
        return signature_reader(job.signature_png, SIGNATURE_W, SIGNATURE_H)

    @staticmethod
    def _sign_block(job: StatementJob, closing: str, size: float) -> _SignBlock:
        fitted = fit_name(job.name, FONT_BOLD, size, SIGN_W, 8.0, 3)
        return _SignBlock(closing, fitted.size, fitted.lines, job.identity_line)

    def _draw_sign(
        self, canvas: Canvas, job: StatementJob, sign: _SignBlock, size: float, top: float
    ) -> None:
        cx = PAGE_W - RIGHT - SIGN_W / 2
        leading = size * 1.42
        canvas.setFont(FONT, size)
        y = top - size
        if sign.closing:
            canvas.drawCentredString(cx, y, sign.closing)
        y -= leading
        name, new = self._forms.name(("maker", size))  # the same words on every page
        if new:
            canvas.beginForm(name, 0, 0, PAGE_W, PAGE_H)
            canvas.setFont(FONT, size)
            canvas.drawCentredString(cx, 0, "Yang membuat pernyataan,")
            canvas.endForm()
        canvas.saveState()
        canvas.translate(0, y)
        canvas.doForm(name)
        canvas.restoreState()
        sig_top = y - leading * 0.4
        reader = self._next_signature(job)
        if reader is not None:
            left = cx - SIGNATURE_W / 2
            draw_prepared(canvas, reader, left, sig_top - SIGNATURE_H, SIGNATURE_W, SIGNATURE_H)
        y = sig_top - SIGNATURE_H - sign.name_size
        canvas.setFont(FONT_BOLD, sign.name_size)
        canvas.setLineWidth(0.6)
        for line in sign.name:
            canvas.drawCentredString(cx, y, line)
            half = canvas.stringWidth(line, FONT_BOLD, sign.name_size) / 2
            canvas.line(cx - half, y - 2, cx + half, y - 2)
            y -= sign.name_size * 1.3
        if sign.identity:
            canvas.setFont(FONT, size * 0.95)
            canvas.drawCentredString(cx, y - 1, sign.identity)


def _evidence_note(sig: Signature, event: Event, heads: dict[str, ChainHead]) -> str:
    head = heads.get(sig.station_id)
    return (
        f"Ditandatangani secara elektronik pada {format_datetime(sig.signed_at, event.timezone)}"
        f" di {station_name(sig.station_id)} (stasiun {sig.station_id[:8]}),"
        f" operator {sig.operator or '-'}. "
        f"Bukti #{sig.chain_seq}, SHA-256 naskah {sig.text_sha256[:16]}…, "
        f"hash catatan {sig.record_hash[:16]}…"
        + (f" Kepala rantai saat dicetak: {head.printed()}" if head else "")
    )


def statement_jobs(
    event: Event, attendee_ids: list[str] | None = None, cancelled: Cancelled | None = None
) -> list[StatementJob]:
    """Every signed statement of ``event`` (or of ``attendee_ids``), by signer name."""
    query = (
        Signature.select(Signature, Attendee, DeclarationText)
        .join(Attendee, on=(Signature.attendee == Attendee.id))
        .switch(Signature)
        .join(DeclarationText)
        .where((Signature.event == event) & Signature.attendee.is_null(False))
        .order_by(Attendee.sort_name, Signature.signer_name)
    )
    if attendee_ids is not None:
        query = query.where(Signature.attendee.in_(attendee_ids))
    jobs = []
    heads = {head.station_id: head for head in event_heads(event)}
    for sig in query:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        attendee = sig.attendee
        assert attendee is not None  # the query joins attendee signatures only
        jobs.append(
            StatementJob(
                title=sig.declaration_text.title,
                text=sig.text_signed,
                name=attendee.full_name,
                identity_line=printed_identity(attendee, with_nik=True).line(),
                signature_png=bytes(sig.image_png),
                note=_evidence_note(sig, event, heads),
            )
        )
    return jobs


def _statement_painter(subtitle: str) -> StatementPainter:
    return StatementPainter(subtitle)


def write_statements_pdf(
    event: Event,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    attendee_ids: list[str] | None = None,
    processes: int | None = None,
) -> int:
    """One Surat Pernyataan page per signed attendee; returns the count."""
    jobs = statement_jobs(event, attendee_ids, cancelled)
    info = PdfInfo(
        title=f"Surat Pernyataan — {event.title}",
        author=event.organizer,
        subject=f"Surat pernyataan netralitas peserta kegiatan {event.title}",
    )
    if not jobs:
        _write_empty(path, info, "Belum ada peserta yang menandatangani surat pernyataan.")
        return 0
    factory = functools.partial(_statement_painter, event.title)
    result = batch_render.render_pdf(factory, info, jobs, path, progress, cancelled, processes)
    if result.cancelled:
        raise ExportCancelled
    log.info("surat pernyataan %s: %d signers -> %s", event.code, len(jobs), path)
    return len(jobs)


def _write_empty(path: Path, info: PdfInfo, message: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = new_canvas(str(path), A4, info)
    canvas.setFont(FONT, 11)
    canvas.drawString(LEFT, PAGE_H - TOP - 20, message)
    canvas.showPage()
    canvas.save()


# --- naskah deklarasi ---------------------------------------------------------------------


def write_declaration_pdf(event: Event, path: Path) -> int:
    """The Naskah Deklarasi on one page with every official's block; returns how many
    officials have signed it on the pad."""
    text, pairs = collective_signatures(event)
    from desktop_app.services.signing.declarations import current_text

    title = current_text(event, "KOLEKTIF").title
    people = [
        signatories.Signatory(
            heading=(official.position,),
            name=official.name,
            number_line=(
                f"{number_label(official.nip)} {printed_nip(official.nip)}" if official.nip else ""
            ),
            signature_png=bytes(sig.image_png) if sig is not None else None,
        )
        for official, sig in pairs
    ]
    info = PdfInfo(
        title=f"Naskah Deklarasi — {event.title}",
        author=event.organizer,
        subject=f"Naskah deklarasi netralitas kegiatan {event.title}",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = new_canvas(str(path), A4, info)
    try:
        _draw_declaration(canvas, title, event_header(event)["title"], text, people)
        canvas.showPage()
        canvas.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return sum(1 for _, sig in pairs if sig is not None)


def printed_nip(nip: str) -> str:
    from desktop_app.services.people.identity_display import format_identifier

    return format_identifier(nip)


def _draw_declaration(
    canvas: Canvas, title: str, subtitle: str, text: str, people: list[signatories.Signatory]
) -> None:
    top = _draw_heading(canvas, title, subtitle, FormNames("nh"), PAGE_H - TOP)
    blocks, closing = parse(text)
    available = top - BOTTOM - 10
    chosen = None
    for size, sig_h in ((11.0, 52.0), (10.5, 48.0), (10.0, 44.0), (9.5, 40.0), (9.0, 36.0)):
        style = TextStyle.at(size, CONTENT_W)
        placed = place(blocks, style)
        grid_style = signatories.SignoffStyle(
            size=min(size, 10.0), leading=min(size, 10.0) * 1.3, signature_height=sig_h
        )
        grid = signatories.layout(people, CONTENT_W, grid_style)
        total = height_of(placed) + size * 3.2 + grid.height
        chosen = (style, placed, grid, total)
        if total <= available:
            break
    assert chosen is not None
    style, placed, grid, total = chosen
    canvas.saveState()
    if total > available:
        factor = available / total
        canvas.translate(LEFT, top)
        canvas.scale(factor, factor)
        canvas.translate(-LEFT, -top)
    y = BlockPainter().draw(canvas, placed, LEFT, top, style)
    if closing:
        canvas.setFont(FONT, style.size)
        canvas.drawCentredString(PAGE_W / 2, y - style.size * 1.4, closing)
    signatories.draw(canvas, grid, LEFT, y - style.size * 3.2, CONTENT_W)
    canvas.restoreState()
