"""Daftar Hadir (attendance list), A4 portrait, laid out directly on the canvas.

Layout is computed first (row heights from wrapped text) so every page knows the total
page count and no row is split across pages; drawing is then a single pass. Page rules
(checked by tests that read the PDF back with positions):
- the first page carries the event's kop surat, then the title and the event details;
- the columns stay No, Nama, NIP/NRP, Jabatan, Instansi/Unit Kerja, Tanda Tangan; the
  identifier cell names what it is when it is not a NIP or NRP (NI PPPK, masked NIK);
- signatures are staggered left/right by odd/even row, each slot led by its row number,
  drawn transparent so they never hide the number or the ruling;
- an attendee who checked in but has not signed gets a note in the cell (check-in time,
  "belum tanda tangan") instead of an empty cell that reads as absent;
- the sign-off block ("Mengetahui", one column per official) never stands alone: when it
  does not fit under the last rows, the last rows move with it to a new page;
- an official's signature appears only when that official signed this daftar hadir on
  the pad (an evidence record); otherwise the space is left for wet ink;
- the footer is the page number of this document and the evidence chain heads the list was
  made from (small, for ``ikrar verify-log --head``), nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4

from desktop_app.documents.common import signatories
from desktop_app.documents.common.batch_render import BatchCancelled
from desktop_app.documents.common.event_records import (
    AttendanceRow,
    OfficialBlock,
    attendance_rows,
    event_header,
    official_blocks,
)
from desktop_app.documents.common.letterhead import Kop, draw_kop, kop_height, kop_of
from desktop_app.documents.common.pdf_images import (
    SignaturePrefetch,
    draw_prepared,
)
from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD, PdfInfo, new_canvas
from desktop_app.documents.common.text_layout import balanced, wrap
from desktop_app.models import Event
from desktop_app.services.common.localtime import format_time
from desktop_app.services.signing.evidence_chain import event_heads

log = logging.getLogger("ikrar.documents")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ExportCancelled = BatchCancelled  # the name the GUI and CLI catch

PAGE_W, PAGE_H = A4
MARGIN_X = 34.0
MARGIN_TOP = 34.0
MARGIN_BOTTOM = 40.0
FONT_SIZE = 8.0
ID_FONT_SIZE = 7.6  # a spaced NIP (21 characters) then fits on one line
LEADING = 9.8
PAD = 3.0
MIN_ROW_H = 34.0
HEADER_ROW_H = 20.0
# (title, width in points): sums to the printable width of A4 minus margins (527 pt).
COLUMNS = [
    ("No", 24.0),
    ("Nama", 124.0),
    ("NIP/NRP", 96.0),
    ("Jabatan", 82.0),
    ("Instansi/Unit Kerja", 95.0),
    ("Tanda Tangan", 106.0),
]
TABLE_W = sum(w for _, w in COLUMNS)
GRID = Color(0.35, 0.35, 0.35)
HEADER_FILL = Color(0.90, 0.92, 0.95)
NOTE_GREY = Color(0.38, 0.38, 0.38)
SLOT_W = COLUMNS[-1][1] * 0.64
SIGN_GAP = 10.0  # between the last row and the sign-off block
ROWS_WITH_SIGNOFF = 2  # rows that move with the sign-off block when it does not fit


@dataclass
class _LaidRow:
    number: int
    row: AttendanceRow
    cells: list[tuple[str, ...]]  # wrapped lines for Nama, NIP/NRP, Jabatan, Instansi
    height: float


def _wrap(text: str, font: str, width: float, size: float = FONT_SIZE) -> tuple[str, ...]:
    return wrap(text or "-", font, size, width - 2 * PAD)


def _identity_lines(row: AttendanceRow) -> tuple[str, ...]:
    """The identifier cell: NIP and NRP as they are (the column says so); an NI PPPK or a
    masked NIK says what it is, so no number is read as something it is not."""
    identity = row.identity if row.identity else None
    if identity is None:
        return ("-",)
    if identity.label in ("NIP", "NRP"):
        return _wrap(identity.value, FONT, COLUMNS[2][1], ID_FONT_SIZE)
    return (f"{identity.label}:", *_wrap(identity.value, FONT, COLUMNS[2][1], ID_FONT_SIZE))


def _layout(rows: Sequence[AttendanceRow]) -> list[_LaidRow]:
    laid = []
    widths = [w for _, w in COLUMNS]
    for index, row in enumerate(rows, start=1):
        cells = [
            _wrap(row.name, FONT_BOLD, widths[1]),
            _identity_lines(row),
            _wrap(row.position, FONT, widths[3]),
            _wrap(row.institution, FONT, widths[4]),
        ]
        lines = max(len(c) for c in cells)
        height = max(MIN_ROW_H, lines * LEADING + 2 * PAD + 2)
        laid.append(_LaidRow(index, row, cells, height))
    return laid


def _paginate(laid: list[_LaidRow], first_top: float, next_top: float) -> list[list[_LaidRow]]:
    """Split rows into pages; a row that does not fit moves whole to the next page."""
    pages: list[list[_LaidRow]] = [[]]
    y = first_top - HEADER_ROW_H
    for row in laid:
        if y - row.height < MARGIN_BOTTOM and pages[-1]:
            pages.append([])
            y = next_top - HEADER_ROW_H
        pages[-1].append(row)
        y -= row.height
    return pages


def keep_signoff_with_rows(
    pages: list[list[_LaidRow]], first_top: float, next_top: float, signoff_h: float
) -> list[list[_LaidRow]]:
    """Orphan control: if the sign-off block does not fit under the last row, the last
    ROWS_WITH_SIGNOFF rows start a new page and the block follows them there."""
    last_top = (first_top if len(pages) == 1 else next_top) - HEADER_ROW_H
    room = last_top - sum(r.height for r in pages[-1]) - MARGIN_BOTTOM
    if room >= signoff_h + SIGN_GAP or not any(pages):
        return pages
    rows = [r for page in pages for r in page]
    moved = rows[-ROWS_WITH_SIGNOFF:]
    kept = {id(r) for r in moved}
    trimmed = [[r for r in page if id(r) not in kept] for page in pages]
    return [page for page in trimmed if page] + [moved]


class _AttendanceWriter:
    def __init__(self, event: Event, path: Path, officials: list[OfficialBlock]) -> None:
        self.event = event
        self.header = event_header(event)
        self.heads = event_heads(event)
        self.kop: Kop = kop_of(event)
        self.canvas = new_canvas(
            str(path),
            A4,
            PdfInfo(
                title=f"Daftar Hadir — {event.title}",
                author=event.organizer,
                subject=f"Daftar hadir kegiatan {event.title}, {self.header['date_plain']}",
            ),
        )
        self.first_top = PAGE_H - MARGIN_TOP - self._title_block_height()
        self.next_top = PAGE_H - MARGIN_TOP - 18
        people = [
            signatories.Signatory(
                heading=(("Mengetahui," if index == 0 else ""), official.position),
                name=official.name,
                number_line=f"{official.nip_label} {official.nip}" if official.nip else "",
                signature_png=official.signature_png,
            )
            for index, official in enumerate(officials)
        ]
        style = signatories.SignoffStyle(size=9.0, leading=11.5, signature_height=50.0)
        columns = 2 if len(people) == 1 else None  # a lone official signs at the right
        self.signoff = signatories.layout(people, TABLE_W, style, columns) if people else None

    def _title_lines(self) -> tuple[str, ...]:
        return balanced(self.header["title"], FONT_BOLD, 11, TABLE_W - 40)

    def _title_block_height(self) -> float:
        return kop_height(self.kop, TABLE_W) + 18 + len(self._title_lines()) * 14 + 3 * 12 + 12

    def signoff_height(self) -> float:
        return 30 + (self.signoff.height if self.signoff else 0)

    def draw_first_header(self) -> None:
        c = self.canvas
        y = draw_kop(c, self.kop, MARGIN_X, PAGE_H - MARGIN_TOP, TABLE_W)
        c.setFillColor(black)
        c.setFont(FONT_BOLD, 14)
        c.drawCentredString(PAGE_W / 2, y - 14, "DAFTAR HADIR")
        y -= 18
        c.setFont(FONT_BOLD, 11)
        for line in self._title_lines():
            c.drawCentredString(PAGE_W / 2, y - 11, line)
            y -= 14
        c.setFont(FONT, 9)
        for label, value in (
            ("Hari/Tanggal", self.header["date"]),
            ("Waktu", self.header["time"]),
            ("Tempat", self.header["place"]),
        ):
            c.drawString(MARGIN_X, y - 10, label)
            c.drawString(MARGIN_X + 70, y - 10, f":  {value}")
            y -= 12

    def draw_running_header(self) -> None:
        c = self.canvas
        c.setFont(FONT, 7.5)
        title = wrap(self.header["title"], FONT, 7.5, TABLE_W - 120)[0]
        c.drawString(MARGIN_X, PAGE_H - MARGIN_TOP - 8, f"Daftar Hadir — {title}")
        c.drawRightString(MARGIN_X + TABLE_W, PAGE_H - MARGIN_TOP - 8, self.header["date_plain"])

    def draw_table_header(self, top: float) -> None:
        c = self.canvas
        c.setFillColor(HEADER_FILL)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.6)
        c.rect(MARGIN_X, top - HEADER_ROW_H, TABLE_W, HEADER_ROW_H, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont(FONT_BOLD, FONT_SIZE)
        x = MARGIN_X
        for title, width in COLUMNS:
            c.drawCentredString(x + width / 2, top - HEADER_ROW_H + 7, title)
            if x > MARGIN_X:
                c.line(x, top, x, top - HEADER_ROW_H)
            x += width

    @staticmethod
    def signature_box() -> tuple[float, float]:
        """Every signature gets the box of a one-line row, at the bottom of its slot."""
        return SLOT_W - 10, MIN_ROW_H - 2 * PAD

    def draw_row(self, laid: _LaidRow, top: float, prefetch: SignaturePrefetch | None) -> None:
        c = self.canvas
        bottom = top - laid.height
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.rect(MARGIN_X, bottom, TABLE_W, laid.height, stroke=1, fill=0)
        x = MARGIN_X
        for _, width in COLUMNS[:-1]:
            x += width
            c.line(x, top, x, bottom)
        text_top = top - PAD - FONT_SIZE
        c.setFont(FONT, FONT_SIZE)
        c.drawCentredString(MARGIN_X + COLUMNS[0][1] / 2, text_top, f"{laid.number}.")
        x = MARGIN_X + COLUMNS[0][1]
        for column, lines in enumerate(laid.cells, start=1):
            size = ID_FONT_SIZE if column == 2 else FONT_SIZE
            text = c.beginText(x + PAD, text_top)
            text.setFont(FONT_BOLD if column == 1 else FONT, size, LEADING)
            for line in lines:
                text.textLine(line)
            c.drawText(text)
            x += COLUMNS[column][1]
        self._draw_signature_cell(laid, x, top, bottom, prefetch)

    def _draw_signature_cell(
        self,
        laid: _LaidRow,
        x: float,
        top: float,
        bottom: float,
        prefetch: SignaturePrefetch | None,
    ) -> None:
        # Indonesian lists stagger signatures: odd rows on the left, even rows on the right,
        # each slot starting with the row number, so neighbours never overlap.
        c = self.canvas
        width = COLUMNS[-1][1]
        odd = laid.number % 2 == 1
        slot_x = x + 2 if odd else x + width - SLOT_W - 2
        c.setFont(FONT, 6.5)
        c.drawString(slot_x + 1, top - PAD - 6.5, f"{laid.number}.")
        row = laid.row
        if row.signature is not None and prefetch is not None:
            prepared = prefetch.get(laid.number - 1)
            if prepared is not None:
                box_w, box_h = self.signature_box()
                draw_prepared(c, prepared, slot_x + 9, bottom + PAD, box_w, box_h)
        elif row.signature is None and row.checked_in_at is not None:
            # Present but not signed: say so, or the empty cell reads as "absent".
            c.saveState()
            c.setFillColor(NOTE_GREY)
            c.setFont(FONT, 6.3)
            arrived = format_time(row.checked_in_at, self.event.timezone)
            c.drawString(slot_x + 1, bottom + PAD + 9, f"hadir {arrived},")
            c.drawString(slot_x + 1, bottom + PAD + 1.5, "belum tanda tangan")
            c.restoreState()

    def draw_footer(self, page: int, pages: int) -> None:
        c = self.canvas
        c.setFont(FONT, 7.5)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.drawRightString(MARGIN_X + TABLE_W, MARGIN_BOTTOM - 22, f"Halaman {page} dari {pages}")
        if self.heads:
            # The evidence chain heads this list was made from: a witness for verify-log --head.
            c.setFont(FONT, 5.5)
            text = "Kepala rantai bukti: " + "  ".join(h.printed() for h in self.heads)
            lines = wrap(text, FONT, 5.5, TABLE_W - 80)
            for i, line in enumerate(reversed(lines[:3])):
                c.drawString(MARGIN_X, MARGIN_BOTTOM - 22 + i * 7, line)
        c.setFillColor(black)

    def draw_signoff(self, top: float) -> None:
        if self.signoff is None:
            return
        c = self.canvas
        c.setFont(FONT, 9)
        # Place and date stand over the rightmost column, as in Indonesian letters.
        col_w = self.signoff.column_width
        c.drawCentredString(
            MARGIN_X + TABLE_W - col_w / 2,
            top - 14,
            f"{self.header['city']}, {self.header['date_plain']}",
        )
        signatories.draw(c, self.signoff, MARGIN_X, top - 30, TABLE_W, align="right")


def write_attendance_pdf(
    event: Event,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    rows: list[AttendanceRow] | None = None,
) -> int:
    """Write the Daftar Hadir of ``event`` to ``path``; returns the number of pages."""
    rows = attendance_rows(event) if rows is None else rows
    officials = official_blocks(event, "DAFTAR_HADIR")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _AttendanceWriter(event, path, officials)
    laid = _layout(rows)
    pages = _paginate(laid, writer.first_top, writer.next_top)
    if writer.signoff is not None:
        pages = keep_signoff_with_rows(
            pages, writer.first_top, writer.next_top, writer.signoff_height()
        )
    total = len(pages)
    done = 0
    # Decoding and scaling the signatures is most of the work; it runs on helper threads
    # (Pillow and zlib release the GIL) while reportlab draws.
    prefetch = SignaturePrefetch(
        [bytes(r.signature.image_png) if r.signature is not None else None for r in rows],
        *writer.signature_box(),
    )
    try:
        for page_no, page_rows in enumerate(pages, start=1):
            if page_no == 1:
                writer.draw_first_header()
                top = writer.first_top
            else:
                writer.draw_running_header()
                top = writer.next_top
            writer.draw_table_header(top)
            top -= HEADER_ROW_H
            for laid_row in page_rows:
                writer.draw_row(laid_row, top, prefetch)
                top -= laid_row.height
                done += 1
            if not page_rows:
                writer.canvas.setFont(FONT, 9)
                writer.canvas.drawString(
                    MARGIN_X + 4, top - 14, "Belum ada peserta yang registrasi hadir."
                )
                top -= 20
            if page_no == total:
                writer.draw_signoff(top - SIGN_GAP)
            writer.draw_footer(page_no, total)
            writer.canvas.showPage()
            if progress is not None:
                progress(done, len(rows))
            if cancelled is not None and cancelled():
                raise ExportCancelled
        writer.canvas.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        prefetch.close()
    log.info("daftar hadir %s: %d rows, %d pages -> %s", event.code, len(rows), total, path)
    return total
