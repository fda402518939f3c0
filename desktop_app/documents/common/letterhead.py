"""The kop surat: logo, agency name, address, telephone, e-mail and website over a double
rule, as the Tata Naskah Dinas lays it out. Drawn once per file as a form XObject and
placed on every letter (and on the first page of the daftar hadir)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.common.pdf_setup import FONT, FONT_BOLD
from desktop_app.documents.common.text_layout import balanced, width_of, wrap
from desktop_app.models import Event
from desktop_app.services.events.letterhead import default_agency_lines

LOGO_H = 24 * mm
LOGO_GAP = 4 * mm


@dataclass(frozen=True)
class Kop:
    """Everything the kop prints (plain values: worker processes draw it)."""

    agency: tuple[str, ...]
    address: str = ""
    contact: tuple[str, ...] = ()  # ("Telepon (0380) 123456", "Pos-el: ...", "Laman: ...")
    logo_png: bytes | None = None


def kop_of(event: Event) -> Kop:
    """The event's kop; the agency lines default to the organizer's name."""
    lines = [line for line in event.kop_agency.splitlines() if line.strip()]
    agency = tuple(lines) or tuple(default_agency_lines(event.organizer))
    contact = tuple(
        part
        for part in (
            f"Telepon {event.kop_phone}" if event.kop_phone else "",
            f"Pos-el: {event.kop_email}" if event.kop_email else "",
            f"Laman: {event.kop_website}" if event.kop_website else "",
        )
        if part
    )
    logo = bytes(event.kop_logo) if event.kop_logo else None
    return Kop(agency, event.kop_address, contact, logo)


@dataclass(frozen=True)
class _KopLines:
    agency: tuple[tuple[str, float], ...]  # (line, size)
    small: tuple[str, ...]


def _lines(kop: Kop, width: float) -> _KopLines:
    agency = []
    for index, line in enumerate(kop.agency):
        size = 15.0 if index == len(kop.agency) - 1 and len(kop.agency) > 1 else 13.0
        for part in balanced(line, FONT_BOLD, size, width):
            agency.append((part, size))
    small = list(wrap(kop.address, FONT, 9, width)) if kop.address else []
    # Contacts break between items ("Telepon … · Pos-el: …"), never inside an address.
    line = ""
    for part in kop.contact:
        trial = f"{line} · {part}" if line else part
        if line and width_of(trial, FONT, 9) > width:
            small.append(line)
            line = part
        else:
            line = trial
    if line:
        small.append(line)
    return _KopLines(tuple(agency), tuple(small))


def kop_height(kop: Kop, width: float) -> float:
    """Height of the kop including its rule and the space under it."""
    text_w = width - (LOGO_H + LOGO_GAP) * 2 if kop.logo_png else width
    lines = _lines(kop, text_w)
    text_h = sum(size * 1.2 for _, size in lines.agency) + len(lines.small) * 11.5
    return max(text_h, LOGO_H if kop.logo_png else 0) + 12


def draw_kop(canvas: Canvas, kop: Kop, left: float, top: float, width: float) -> float:
    """Draw the kop with its top at ``top``; returns the y under the double rule."""
    text_w = width - (LOGO_H + LOGO_GAP) * 2 if kop.logo_png else width
    lines = _lines(kop, text_w)
    height = kop_height(kop, width) - 12
    cx = left + width / 2  # the text is centred on the page, the logo stands at the left
    if kop.logo_png:
        image = ImageReader(io.BytesIO(kop.logo_png))
        iw, ih = image.getSize()
        scale = min(LOGO_H / iw, LOGO_H / ih)
        w, h = iw * scale, ih * scale
        canvas.drawImage(image, left + (LOGO_H - w) / 2, top - (height + h) / 2, w, h, mask="auto")
    text_h = sum(size * 1.2 for _, size in lines.agency) + len(lines.small) * 11.5
    y = top - (height - text_h) / 2
    canvas.setFillGray(0)
    for line, size in lines.agency:
        y -= size * 1.2
        canvas.setFont(FONT_BOLD, size)
        canvas.drawCentredString(cx, y + size * 0.22, line)
    canvas.setFont(FONT, 9)
    for line in lines.small:
        y -= 11.5
        canvas.drawCentredString(cx, y + 2.5, line)
    rule = top - height - 5
    canvas.setLineWidth(2.2)
    canvas.line(left, rule, left + width, rule)
    canvas.setLineWidth(0.6)
    canvas.line(left, rule - 3, left + width, rule - 3)
    return top - height - 12
