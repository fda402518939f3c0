"""A signed declaration text laid out on a page: measured first, drawn once it fits.

The printed words are the stored ``text_signed`` itself: "Label: value" lines become a
two-column table, "1. ..." lines a numbered list with a hanging indent, other lines
justified paragraphs, and the closing "place, date" line moves into the sign-off block.

Paragraphs that recur on many pages (the commitments every ASN signer signed) are drawn
once per file into a PDF form XObject and placed with ``doForm``; only what differs
between signers (their fields, the date, the signature) is drawn per page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common.batch_render import FormNames
from desktop_app.documents.common.pdf_setup import FONT
from desktop_app.documents.common.text_layout import draw_justified, wrap

_FIELD_LINE = re.compile(r"^([A-Za-z/ .]{2,30}):\s+(.*)$")
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")


@dataclass(frozen=True)
class Block:
    kind: str  # "para", "item", "field", "gap"
    text: str
    label: str = ""  # the field label or the item number


def parse(text: str) -> tuple[list[Block], str]:
    """Blocks of a declaration text and its closing "place, date" line (may be empty)."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    closing = ""
    if lines and "," in lines[-1] and len(lines[-1]) < 80:
        closing = lines.pop().strip()
    blocks: list[Block] = []
    for line in lines:
        if not line.strip():
            if blocks and blocks[-1].kind != "gap":
                blocks.append(Block("gap", ""))
            continue
        field = _FIELD_LINE.match(line)
        if field:
            blocks.append(Block("field", field.group(2).strip(), field.group(1).strip()))
            continue
        numbered = _NUMBERED.match(line)
        if numbered:
            blocks.append(Block("item", numbered.group(2).strip(), numbered.group(1)))
        else:
            blocks.append(Block("para", line.strip()))
    while blocks and blocks[-1].kind == "gap":
        blocks.pop()
    return blocks, closing


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    width: float
    item_indent: float
    field_indent: float
    label_width: float
    paragraph_gap: float

    @staticmethod
    def at(size: float, width: float) -> TextStyle:
        return TextStyle(
            size=size,
            leading=round(size * 1.42, 2),
            width=width,
            item_indent=size * 2.1,
            field_indent=size * 2.1,
            label_width=size * 11.5,
            paragraph_gap=size * 0.45,
        )


@dataclass(frozen=True)
class PlacedBlock:
    block: Block
    lines: tuple[str, ...]
    height: float


def place(blocks: Sequence[Block], style: TextStyle) -> list[PlacedBlock]:
    """Each block's lines and height at ``style``."""
    placed = []
    value_width = style.width - style.field_indent - style.label_width - style.size
    for block in blocks:
        if block.kind == "gap":
            placed.append(PlacedBlock(block, (), style.leading * 0.5))
        elif block.kind == "field":
            lines = wrap(block.text, FONT, style.size, value_width)
            placed.append(PlacedBlock(block, lines, len(lines) * style.leading))
        elif block.kind == "item":
            lines = wrap(block.text, FONT, style.size, style.width - style.item_indent)
            height = len(lines) * style.leading + style.paragraph_gap
            placed.append(PlacedBlock(block, lines, height))
        else:
            lines = wrap(block.text, FONT, style.size, style.width)
            height = len(lines) * style.leading + style.paragraph_gap
            placed.append(PlacedBlock(block, lines, height))
    return placed


def height_of(placed: Sequence[PlacedBlock]) -> float:
    return sum(p.height for p in placed)


class BlockPainter:
    """Draws placed blocks. Runs of paragraphs (everything but the signer's own fields) are
    drawn once per file into a form and placed with one ``doForm``: the commitments every
    ASN signer signed cost their drawing once, not once per statement."""

    def __init__(self) -> None:
        self._forms = FormNames("dl")

    def reset(self) -> None:
        """A new file: forms of the previous one do not exist there."""
        self._forms.reset()

    def draw(
        self, canvas: Canvas, placed: Sequence[PlacedBlock], x: float, top: float, style: TextStyle
    ) -> float:
        """Draw from ``top`` down; returns the y below the last block."""
        y = top
        run: list[PlacedBlock] = []
        run_top = y
        for item in placed:
            if item.block.kind == "field":
                if run:
                    self._draw_run(canvas, run, x, run_top, style)
                    run = []
                self._draw_field(canvas, item, x, y, style)
            else:
                if not run:
                    run_top = y
                run.append(item)
            y -= item.height
        if run:
            self._draw_run(canvas, run, x, run_top, style)
        return y

    def _draw_field(
        self, canvas: Canvas, item: PlacedBlock, x: float, top: float, style: TextStyle
    ) -> None:
        baseline = top - style.size
        # "Nama   :" recurs on every statement: a form; the value is the signer's own.
        name, new = self._forms.name(("field", item.block.label, style))
        if new:
            canvas.beginForm(name, 0, -style.leading, style.width, 0)
            canvas.setFont(FONT, style.size)
            canvas.drawString(style.field_indent, -style.size, item.block.label)
            canvas.drawString(style.field_indent + style.label_width, -style.size, ":")
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, top)
        canvas.doForm(name)
        canvas.restoreState()
        value_x = x + style.field_indent + style.label_width + style.size
        text = canvas.beginText(value_x, baseline)
        text.setFont(FONT, style.size, style.leading)
        for line in item.lines:
            text.textLine(line)
        canvas.drawText(text)

    def _draw_run(
        self, canvas: Canvas, run: Sequence[PlacedBlock], x: float, top: float, style: TextStyle
    ) -> None:
        name, new = self._forms.name(("run", tuple((p.block, p.lines) for p in run), style))
        if new:
            height = sum(p.height for p in run)
            canvas.beginForm(name, 0, -height, style.width, 0)
            canvas.setFillGray(0)
            y = 0.0
            for item in run:
                if item.block.kind in ("para", "item"):
                    self._paragraph(canvas, item, style, y)
                y -= item.height
            canvas.endForm()
        canvas.saveState()
        canvas.translate(x, top)
        canvas.doForm(name)
        canvas.restoreState()

    @staticmethod
    def _paragraph(canvas: Canvas, item: PlacedBlock, style: TextStyle, top: float) -> None:
        canvas.setFont(FONT, style.size)
        indent = style.item_indent if item.block.kind == "item" else 0.0
        if item.block.kind == "item":
            canvas.drawString(style.size * 0.3, top - style.size, f"{item.block.label}.")
        width = style.width - indent
        baseline = top - style.size
        for index, line in enumerate(item.lines):
            if index < len(item.lines) - 1:
                draw_justified(canvas, line, indent, baseline, width, FONT, style.size)
            else:
                canvas.drawString(indent, baseline, line)
            baseline -= style.leading
