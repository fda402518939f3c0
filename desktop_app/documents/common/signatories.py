"""Sign-off blocks: one or more signatories side by side, measured before they are drawn.

Columns grow with the number of signatories (1 at the right, 2 side by side, 3 or 4 per
row, then more rows), every cell of a row puts its signature space and its name on the
same baselines, and a signatory who did not sign on the pad gets an empty space of the
same height: the place for a wet-ink signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common.pdf_images import draw_signature
from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD
from desktop_app.documents.common.text_layout import fit_name, width_of, wrap


@dataclass(frozen=True)
class Signatory:
    heading: tuple[str, ...]  # e.g. ("Mengetahui,", "Ketua Bawaslu Kabupaten Kupang")
    name: str
    number_line: str = ""  # "NIP 19750312 200212 1 004", "" when none
    signature_png: bytes | None = None  # only when signed on the pad for this document


@dataclass(frozen=True)
class SignoffStyle:
    size: float = 10.0
    leading: float = 13.0
    signature_height: float = 52.0
    gap: float = 10.0  # between columns
    row_gap: float = 14.0
    # Names shrink a little to stay on one line, then wrap between titles: in narrow
    # columns a tiny one-line name beside a two-line one reads as less important.
    name_shrink: float = 0.85


def columns_for(count: int, max_columns: int = 4) -> int:
    """How many signatories share a row: 1, 2, 3, 2x2, 3, 3, 4, 4 ..."""
    if count <= 3:
        return max(count, 1)
    if count == 4:
        return 2
    if count <= 6:
        return 3
    return min(max_columns, 4)


@dataclass(frozen=True)
class _Cell:
    signatory: Signatory
    heading: tuple[str, ...]
    name_size: float
    name: tuple[str, ...]
    number: tuple[str, ...]
    number_size: float


@dataclass(frozen=True)
class SignoffLayout:
    rows: tuple[tuple[_Cell, ...], ...]
    column_width: float
    columns: int
    style: SignoffStyle

    def row_height(self, row: Sequence[_Cell]) -> float:
        s = self.style
        heading = max(len(c.heading) for c in row) * s.leading
        name = max(len(c.name) * c.name_size * 1.25 for c in row)
        number = max(len(c.number) for c in row) * s.leading
        return heading + s.signature_height + name + number

    @property
    def height(self) -> float:
        heights = [self.row_height(r) for r in self.rows]
        return sum(heights) + self.style.row_gap * max(0, len(heights) - 1)


def layout(
    signatories: Sequence[Signatory],
    width: float,
    style: SignoffStyle | None = None,
    columns: int | None = None,
) -> SignoffLayout:
    """Measure a sign-off block ``width`` points wide (draw it with ``draw``)."""
    style = style or SignoffStyle()
    cols = columns or columns_for(len(signatories))
    col_w = (width - style.gap * (cols - 1)) / cols
    text_w = col_w - 4
    cells = []
    for s in signatories:
        heading = tuple(
            line
            for part in s.heading
            for line in (wrap(part, FONT, style.size, text_w) if part else ("",))
        )
        fitted = fit_name(s.name, FONT_BOLD, style.size, text_w, style.size * style.name_shrink, 3)
        # A NIP is read as one number: it shrinks to its line rather than breaking.
        number_size = style.size * 0.92
        if s.number_line:
            number_size = min(
                number_size, number_size * text_w / width_of(s.number_line, FONT, number_size)
            )
        number = (s.number_line,) if s.number_line else ()
        cells.append(_Cell(s, heading, fitted.size, fitted.lines, number, number_size))
    rows = tuple(tuple(cells[i : i + cols]) for i in range(0, len(cells), cols))
    return SignoffLayout(rows, col_w, cols, style)


def draw(
    canvas: Canvas,
    block: SignoffLayout,
    left: float,
    top: float,
    width: float,
    align: str = "spread",
) -> float:
    """Draw ``block`` with its top at ``top``; returns the y of its bottom.

    ``align``: "spread" fills the width; "right" puts a lone signatory at the right, as a
    single signing official stands in Indonesian letters and lists.
    """
    s = block.style
    y = top
    for row in block.rows:
        used = len(row) * block.column_width + s.gap * (len(row) - 1)
        if align == "right" and len(block.rows) == 1 and len(row) == 1:
            x0 = left + width - block.column_width
        else:
            x0 = left + (width - used) / 2
        heading_h = max(len(c.heading) for c in row) * s.leading
        name_h = max(len(c.name) * c.name_size * 1.25 for c in row)
        # One first baseline for the names of a row, whatever size each name needed.
        name_top = max(c.name_size for c in row)
        for index, cell in enumerate(row):
            cx = x0 + index * (block.column_width + s.gap) + block.column_width / 2
            canvas.setFont(FONT, s.size)
            ty = y - s.size
            for line in cell.heading:
                canvas.drawCentredString(cx, ty, line)
                ty -= s.leading
            sig_top = y - heading_h
            png = cell.signatory.signature_png
            if png:
                box_w = min(block.column_width - 8, 150.0)
                bottom = sig_top - s.signature_height + 2
                draw_signature(canvas, png, cx - box_w / 2, bottom, box_w, s.signature_height - 4)
            # Names of one row share their first baseline, under the same signature space.
            ny = sig_top - s.signature_height - name_top
            canvas.setFont(FONT_BOLD, cell.name_size)
            for line in cell.name:
                canvas.drawCentredString(cx, ny, line)
                ny -= cell.name_size * 1.25
            widest = max(canvas.stringWidth(line, FONT_BOLD, cell.name_size) for line in cell.name)
            underline_y = ny + cell.name_size * 1.25 - 2
            canvas.setLineWidth(0.6)
            canvas.line(cx - widest / 2, underline_y, cx + widest / 2, underline_y)
            canvas.setFont(FONT, cell.number_size)
            my = sig_top - s.signature_height - name_h - s.size
            for line in cell.number:
                canvas.drawCentredString(cx, my, line)
                my -= s.leading
        y -= block.row_height(row) + s.row_gap
    return y + s.row_gap
