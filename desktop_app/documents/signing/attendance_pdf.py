"""Daftar Hadir (attendance list), A4 portrait, laid out directly on the canvas.

Layout is computed first (row heights from wrapped text) so every page knows the total
page count ("Halaman X dari Y") and no row is ever split across pages; drawing is then a
single pass that embeds each signature image exactly once. Direct canvas drawing keeps
1,000 signed rows well under the 10 s goal (platypus tables are several times slower).
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common.event_records import (
    AttendanceRow,
    OfficialBlock,
    attendance_rows,
    event_header,
    official_blocks,
)
from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD, apply_metadata, register_fonts
from desktop_app.models import Event
from desktop_app.services.signing.signature_render import INK

log = logging.getLogger("ikrar.documents")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

PAGE_W, PAGE_H = A4
MARGIN_X = 34.0
MARGIN_TOP = 36.0
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
OFFICIAL_BLOCK_H = 150.0


PRINT_DPI = 200  # plenty for a signature a few centimetres wide


def print_image(png: bytes, max_w_pt: float, max_h_pt: float) -> ImageReader:
    """The signature scaled down to what the box needs at PRINT_DPI, on white, as JPEG.

    Pad images are up to ~1,200 px wide; embedding them as they are makes reportlab
    decode, hash and deflate 10-20x more pixels than the printed size can show, plus a
    separate alpha mask. Flattened onto the white cell and JPEG-encoded, reportlab copies
    the bytes into the PDF as they are (DCTDecode), which keeps 1,000 rows fast.
    """
    with Image.open(io.BytesIO(png)) as source:
        source.load()
        # Signatures are one ink colour on transparency: only the alpha channel carries the
        # drawing, and scaling one 8-bit channel avoids RGBA premultiply round trips.
        if "A" in source.getbands():
            alpha = source.getchannel("A")
        else:  # an opaque scan: dark ink on light paper becomes coverage
            alpha = ImageOps.invert(source.convert("L"))
    scale = min(max_w_pt * PRINT_DPI / 72 / alpha.width, max_h_pt * PRINT_DPI / 72 / alpha.height)
    if scale < 1:
        size = (max(1, round(alpha.width * scale)), max(1, round(alpha.height * scale)))
        # reducing_gap: Pillow first shrinks by an integer factor (cheap), then filters.
        alpha = alpha.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    flat = Image.composite(
        Image.new("RGB", alpha.size, INK[:3]), Image.new("RGB", alpha.size, (255, 255, 255)), alpha
    )
    out = io.BytesIO()
    flat.save(out, format="JPEG", quality=88, subsampling=0)
    return _JpegReader(out.getvalue())


class _JpegReader(ImageReader):  # type: ignore[misc]
    """An ImageReader whose JPEG bytes reportlab copies as they are.

    ``canvas.drawImage`` names (deduplicates) an image by hashing ``getRGBData()``, which
    for a plain ImageReader decodes the JPEG again; the JPEG bytes identify it just as well.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._jpeg = jpeg
        self._dataA = None

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab API)
        return self._jpeg


class ExportCancelled(Exception):
    """The user stopped an export; the partial file was removed."""


@dataclass
class _LaidRow:
    number: int
    row: AttendanceRow
    cells: list[list[str]]  # wrapped lines for Nama, NIP/NRP, Jabatan, Instansi
    height: float


def _wrap(text: str, font: str, width: float, size: float = FONT_SIZE) -> list[str]:
    return simpleSplit(text or "-", font, size, width - 2 * PAD) or ["-"]


def _layout(rows: list[AttendanceRow]) -> list[_LaidRow]:
    laid = []
    widths = [w for _, w in COLUMNS]
    for index, row in enumerate(rows, start=1):
        cells = [
            _wrap(row.name, FONT_BOLD, widths[1]),
            _wrap(row.identifier, FONT, widths[2], ID_FONT_SIZE),
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


class _AttendanceWriter:
    def __init__(self, event: Event, path: Path) -> None:
        self.event = event
        self.header = event_header(event)
        self.canvas = Canvas(
            str(path), pagesize=A4, pageCompression=1, initialFontName=FONT, initialFontSize=9
        )
        apply_metadata(
            self.canvas,
            title=f"Daftar Hadir — {event.title}",
            author=event.organizer,
            subject=f"Daftar hadir {event.code}, {self.header['date_plain']}",
        )
        self.first_top = PAGE_H - MARGIN_TOP - self._title_block_height()
        self.next_top = PAGE_H - MARGIN_TOP - 18

    def _title_lines(self) -> list[str]:
        return simpleSplit(self.header["title"], FONT_BOLD, 11, TABLE_W - 40)

    def _title_block_height(self) -> float:
        return 14 + 18 + len(self._title_lines()) * 14 + 3 * 12 + 12

    def draw_first_header(self) -> None:
        c = self.canvas
        y = PAGE_H - MARGIN_TOP
        c.setFont(FONT_BOLD, 10)
        c.drawCentredString(PAGE_W / 2, y - 10, self.header["organizer"].upper())
        y -= 14
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
        title = simpleSplit(self.header["title"], FONT, 7.5, TABLE_W - 120)[0]
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

    def signature_box(self, laid: _LaidRow) -> tuple[float, float]:
        return COLUMNS[-1][1] * 0.64 - 10, laid.height - 2 * PAD

    def draw_row(self, laid: _LaidRow, top: float, image: ImageReader | None = None) -> None:
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
            c.setFont(FONT_BOLD if column == 1 else FONT, size)
            y = text_top
            for line in lines:
                c.drawString(x + PAD, y, line)
                y -= LEADING
            x += COLUMNS[column][1]
        self._draw_signature_cell(laid, x, top, bottom, image)

    def _draw_signature_cell(
        self, laid: _LaidRow, x: float, top: float, bottom: float, image: ImageReader | None
    ) -> None:
        # Indonesian lists stagger signatures: odd rows on the left, even rows on the right,
        # each slot starting with the row number, so neighbours never overlap.
        c = self.canvas
        width = COLUMNS[-1][1]
        slot_w = width * 0.64
        odd = laid.number % 2 == 1
        slot_x = x + 2 if odd else x + width - slot_w - 2
        c.setFont(FONT, 6.5)
        c.drawString(slot_x + 1, top - PAD - 6.5, f"{laid.number}.")
        if image is None:
            return
        box_w, box_h = self.signature_box(laid)
        img_w, img_h = image.getSize()
        scale = min(box_w / img_w, box_h / img_h)
        draw_w, draw_h = img_w * scale, img_h * scale
        c.drawImage(
            image,
            slot_x + 9 + (box_w - draw_w) / 2,
            bottom + PAD + (box_h - draw_h) / 2,
            draw_w,
            draw_h,
        )

    def draw_footer(self, page: int, pages: int) -> None:
        c = self.canvas
        c.setFont(FONT, 7.5)
        c.setFillColor(Color(0.3, 0.3, 0.3))
        c.drawString(MARGIN_X, MARGIN_BOTTOM - 22, f"Ikrar · acara {self.event.code}")
        c.drawRightString(MARGIN_X + TABLE_W, MARGIN_BOTTOM - 22, f"Halaman {page} dari {pages}")
        c.setFillColor(black)

    def draw_officials(self, officials: list[OfficialBlock], top: float) -> None:
        c = self.canvas
        if not officials:
            return
        col_w = TABLE_W / max(len(officials), 2)
        # One official signs at the right, as usual; several are spread across the width.
        start = MARGIN_X + TABLE_W - col_w if len(officials) == 1 else MARGIN_X
        c.setFont(FONT, 9)
        date_x = MARGIN_X + TABLE_W - col_w / 2  # place and date sit above the last column
        c.drawCentredString(date_x, top - 14, f"{self.header['city']}, {self.header['date_plain']}")
        for index, official in enumerate(officials):
            cx = start + col_w * index + col_w / 2
            y = top - 30
            c.setFont(FONT, 9)
            c.drawCentredString(cx, y, "Mengetahui," if index == 0 else "")
            for line in simpleSplit(official.position, FONT, 9, col_w - 16)[:3]:
                y -= 11
                c.drawCentredString(cx, y, line)
            if official.signature_png:
                image = print_image(official.signature_png, col_w - 40, 48)
                img_w, img_h = image.getSize()
                scale = min((col_w - 40) / img_w, 48 / img_h)
                c.drawImage(image, cx - img_w * scale / 2, y - 56, img_w * scale, img_h * scale)
            y -= 68
            c.setFont(FONT_BOLD, 9)
            c.drawCentredString(cx, y, official.name)
            c.line(
                cx - c.stringWidth(official.name, FONT_BOLD, 9) / 2,
                y - 2,
                cx + c.stringWidth(official.name, FONT_BOLD, 9) / 2,
                y - 2,
            )
            if official.nip:
                c.setFont(FONT, 8.5)
                c.drawCentredString(cx, y - 12, f"NIP {official.nip}")


def write_attendance_pdf(
    event: Event,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    rows: list[AttendanceRow] | None = None,
) -> int:
    """Write the Daftar Hadir of ``event`` to ``path``; returns the number of pages."""
    register_fonts()
    rows = attendance_rows(event) if rows is None else rows
    officials = official_blocks(event, "DAFTAR_HADIR")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _AttendanceWriter(event, path)
    laid = _layout(rows)
    pages = _paginate(laid, writer.first_top, writer.next_top)
    # The officials' block needs its own space after the last row; else one more page.
    last_top = (writer.first_top if len(pages) == 1 else writer.next_top) - HEADER_ROW_H
    last_bottom = last_top - sum(r.height for r in pages[-1])
    officials_on_new_page = bool(officials) and last_bottom - OFFICIAL_BLOCK_H < MARGIN_BOTTOM
    total = len(pages) + (1 if officials_on_new_page else 0)
    done = 0
    # Decoding and scaling the PNGs is most of the work; Pillow releases the GIL while it
    # decodes, so the next page's images are prepared on worker threads.
    pool = ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2)))

    def prepare(page_rows: list[_LaidRow]) -> list[Future[ImageReader] | None]:
        return [
            pool.submit(print_image, bytes(r.row.signature.image_png), *writer.signature_box(r))
            if r.row.signature is not None
            else None
            for r in page_rows
        ]

    upcoming = [prepare(page) for page in pages[:2]]
    try:
        for page_no, page_rows in enumerate(pages, start=1):
            images = [f.result() if f is not None else None for f in upcoming.pop(0)]
            if page_no + 1 < len(pages):  # keep two pages of images in flight
                upcoming.append(prepare(pages[page_no + 1]))
            if page_no == 1:
                writer.draw_first_header()
                top = writer.first_top
            else:
                writer.draw_running_header()
                top = writer.next_top
            writer.draw_table_header(top)
            top -= HEADER_ROW_H
            for laid_row, image in zip(page_rows, images, strict=True):
                writer.draw_row(laid_row, top, image)
                top -= laid_row.height
                done += 1
            if not page_rows:
                writer.canvas.setFont(FONT, 9)
                writer.canvas.drawString(
                    MARGIN_X + 4, top - 14, "Belum ada peserta yang registrasi hadir."
                )
                top -= 20
            if page_no == len(pages) and not officials_on_new_page:
                writer.draw_officials(officials, top - 6)
            writer.draw_footer(page_no, total)
            writer.canvas.showPage()
            if progress is not None:
                progress(done, len(rows))
            if cancelled is not None and cancelled():
                raise ExportCancelled
        if officials_on_new_page:
            writer.draw_running_header()
            writer.draw_officials(officials, writer.next_top)
            writer.draw_footer(total, total)
            writer.canvas.showPage()
        writer.canvas.save()
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    log.info("daftar hadir %s: %d rows, %d pages -> %s", event.code, len(rows), total, path)
    return total
