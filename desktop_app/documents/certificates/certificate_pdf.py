"""Certificate PDFs: one on demand, or a whole event fast.

Speed comes from doing each costly thing once: the background, the logo, the texts that
are the same on every certificate (title, date, place) and the signatories' blocks are
drawn once per file into a reusable PDF form XObject, so every page only references it
and adds the holder, the number and the QR code. QR codes come from zxing-cpp and are
drawn as a 1-bit stencil image (``documents/common/qr_codes.py``); big batches are
rendered by worker processes (``documents/common/batch_render.py``).

Signatories: one signing official fills the template's signatory block as laid out; two
or more share the template's signatory area (``layout["signatories"]``) in equal columns.
A signature image is drawn only for an official who signed the certificates on the pad
(an evidence record); otherwise the space is left for wet ink.
"""

from __future__ import annotations

import functools
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.certificates.certificate_templates import Template
from desktop_app.documents.common import batch_render
from desktop_app.documents.common.batch_render import BatchResult as BatchResult
from desktop_app.documents.common.batch_render import FormNames
from desktop_app.documents.common.pdf_images import JpegReader, compact_jpeg, draw_signature
from desktop_app.documents.common.pdf_setup import PdfInfo
from desktop_app.documents.common.pdf_setup import ensure_font as _ensure_font
from desktop_app.documents.common.pdf_setup import new_canvas as _new_canvas
from desktop_app.documents.common.qr_codes import QUIET_ZONE as QUIET_ZONE
from desktop_app.documents.common.qr_codes import draw_qr, qr_matrix
from desktop_app.documents.common.text_layout import fit_name

log = logging.getLogger("ikrar.certificates")

PAGE_W, PAGE_H = landscape(A4)
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Fields that make up one signatory's block; repeated per official when several sign.
BLOCK_KEYS = ("official_position", "signature", "official_name", "official_nip")
# Fields that differ on every certificate; other varying texts repeat and become forms.
UNIQUE_KEYS = ("holder", "number")
# Per-attendee files each embed the background: a lighter copy keeps them small.
COMPACT_DPI = 100
COMPACT_QUALITY = 75


def ensure_font(name: str) -> str:
    """Register ``resources/fonts/<name>.ttf`` once per process; returns the name to use."""
    return _ensure_font(name)


@dataclass
class FittedText:
    size: float
    lines: list[str]


def fit_text(
    text: str,
    font: str,
    size: float,
    width: float,
    min_size: float,
    max_lines: int,
    prefer: str = "shrink",
) -> FittedText:
    """Fit ``text`` into ``width`` points: shrink (names) or wrap (titles), never overflow."""
    natural = pdfmetrics.stringWidth(text, font, size)
    if natural <= width:
        return FittedText(size, [text])
    shrunk = size * width / natural
    if prefer == "shrink" and (shrunk >= min_size or max_lines <= 1):
        return FittedText(shrunk, [text])
    if max_lines > 1:
        s = size
        while s >= min_size - 1e-6:
            lines = simpleSplit(text, font, s, width)
            if len(lines) <= max_lines and all(
                pdfmetrics.stringWidth(line, font, s) <= width for line in lines
            ):
                return FittedText(s, lines)
            s -= 0.5
        lines = simpleSplit(text, font, min_size, width)
        if len(lines) > max_lines:
            # Still too long: keep the line count and shrink the longest line to fit.
            lines = _balanced_lines(text, max_lines)
        widest = max(pdfmetrics.stringWidth(line, font, min_size) for line in lines)
        return FittedText(min(min_size, min_size * width / widest), lines)
    return FittedText(shrunk, [text])


def _balanced_lines(text: str, count: int) -> list[str]:
    words = text.split()
    per = max(1, -(-len(words) // count))
    return [" ".join(words[i : i + per]) for i in range(0, len(words), per)]


def fill(template_text: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), template_text)


@dataclass(frozen=True)
class CertificateSignatory:
    """One official signing the certificates."""

    name: str
    position: str
    number_label: str = "NIP"
    number: str = ""
    signature_png: bytes | None = None  # only with an evidence record of signing

    def values(self) -> dict[str, str]:
        return {
            "official_name": self.name,
            "official_position": self.position,
            "official_nip": self.number,
            "official_id_label": self.number_label,
        }


@dataclass
class Assets:
    """Images and signatories drawn on every certificate of an event.

    ``signatories`` None: one block from the ``official_*`` values and ``signature``
    (the template editor's preview). A list: one block per official, in order.
    """

    logo: bytes | None = None
    signature: bytes | None = None
    signatories: list[CertificateSignatory] | None = None
    compact_background: bool = False


@dataclass
class CertificateJob:
    """Everything needed to draw one certificate (no database access needed)."""

    values: dict[str, str]
    url: str
    filename: str = ""


class CertificatePainter:
    """Draws certificates of one template; one instance per process."""

    per_page = 1
    pagesize = (PAGE_W, PAGE_H)

    def __init__(
        self, template: Template, assets: Assets | None = None, shared: dict[str, str] | None = None
    ) -> None:
        self.template = template
        self.assets = assets or Assets()
        self.fields = [dict(f) for f in template.fields]
        # Texts that are the same on every certificate of the event (title, date, official)
        # go into the background form once; pages only draw what differs.
        self.shared = dict(shared or {})
        for f in self.fields:
            if f.get("type", "text") == "text":
                f["font"] = ensure_font(f.get("font", "NotoSans-Regular"))
                f["_color"] = HexColor(f.get("color", "#000000"))
        self._blocks = self._signatory_blocks()
        block_keys = {f.get("key") for f in self.fields if f.get("key") in BLOCK_KEYS}
        for f in self.fields:
            text_placeholders = set(_PLACEHOLDER.findall(f.get("text", "")))
            f["_static"] = f.get("type", "text") == "text" and (
                f.get("key") in block_keys or text_placeholders <= self.shared.keys()
            )
        self._background: Any = str(template.background) if template.background else None
        if self._background is not None and self.assets.compact_background:
            self._background = JpegReader(
                compact_jpeg(self._background, COMPACT_DPI, PAGE_W, COMPACT_QUALITY)
            )
        self._logo = ImageReader(io.BytesIO(self.assets.logo)) if self.assets.logo else None
        self._fit_cache: dict[tuple[str, str, float], FittedText] = {}
        self._text_forms = FormNames("tx")

    # -- signatories ------------------------------------------------------------------------
    def _signatory_blocks(self) -> list[tuple[dict[str, str], bytes | None, float]]:
        """(values, signature PNG, x shift in mm) per signatory block to draw."""
        signatories = self.assets.signatories
        if signatories is None:  # legacy / preview: the official_* values as they are
            legacy = {k: v for k, v in self.shared.items() if k.startswith("official_")}
            legacy.setdefault("official_id_label", "NIP")
            return [(legacy, self.assets.signature, 0.0)] if legacy.get("official_name") else []
        if len(signatories) <= 1:
            return [(s.values(), s.signature_png, 0.0) for s in signatories]
        anchor = self._block_anchor()
        left, right = self._signatory_area(anchor, len(signatories))
        column = (right - left) / len(signatories)
        return [
            (s.values(), s.signature_png, left + column * (i + 0.5) - anchor)
            for i, s in enumerate(signatories)
        ]

    def _block_anchor(self) -> float:
        name = self.template.field("official_name")
        return float(name["x"]) if name else PAGE_W / mm * 0.75

    def _signatory_area(self, anchor: float, count: int) -> tuple[float, float]:
        area = self.template.layout.get("signatories")
        if isinstance(area, dict) and "left" in area and "right" in area:
            return float(area["left"]), float(area["right"])
        name = self.template.field("official_name") or {}
        width = float(name.get("width", 90)) * 0.75 * count
        right = min(PAGE_W / mm - 12, anchor + float(name.get("width", 90)) / 2)
        return max(12.0, right - width), right

    def _column_width(self) -> float | None:
        if len(self._blocks) < 2:
            return None
        anchor = self._block_anchor()
        left, right = self._signatory_area(anchor, len(self._blocks))
        return (right - left) / len(self._blocks) - 4

    # -- drawing ------------------------------------------------------------------------------
    def begin(self, c: Canvas) -> None:
        """Define the shared background form on a new canvas (once per document)."""
        self._text_forms.reset()
        c.beginForm("certificate-background", 0, 0, PAGE_W, PAGE_H)
        if self._background is not None:
            c.drawImage(self._background, 0, 0, PAGE_W, PAGE_H)
        column = self._column_width()
        for f in self.fields:
            key = f.get("key")
            if f.get("type") == "image" and f.get("source") == "logo":
                self._draw_image(c, f, self._logo)
            elif key in BLOCK_KEYS:
                for values, png, shift in self._blocks:
                    self._draw_block_field(c, f, values, png, shift, column)
            elif key == "date_place" and len(self._blocks) > 1:
                # Place and date over the last signatory, within that column's width.
                shift = self._blocks[-1][2]
                moved = {**f, "x": f["x"] + shift, "width": min(f["width"], column or f["width"])}
                self._draw_text(c, moved, self.shared)
            elif f.get("_static"):
                self._draw_text(c, f, self.shared)
        c.endForm()

    def _draw_block_field(
        self,
        c: Canvas,
        f: dict[str, Any],
        values: dict[str, str],
        png: bytes | None,
        shift: float,
        column: float | None,
    ) -> None:
        moved = {**f, "x": f["x"] + shift}
        if column is not None:
            moved["width"] = min(float(f.get("width", column)), column)
        if f.get("type") == "image":
            if png:
                if column is not None and moved["width"] < f["width"]:
                    moved["x"] = f["x"] + shift + (f["width"] - moved["width"]) / 2
                w, h = moved["width"] * mm, f["height"] * mm
                draw_signature(c, png, moved["x"] * mm, PAGE_H - f["y"] * mm - h, w, h)
            return
        self._draw_text(c, moved, {**self.shared, **values})

    def _draw_image(self, c: Canvas, f: dict[str, Any], image: ImageReader | None) -> None:
        if image is None:
            return
        w, h = f["width"] * mm, f["height"] * mm
        c.drawImage(
            image,
            f["x"] * mm,
            PAGE_H - f["y"] * mm - h,
            w,
            h,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )

    def page(self, c: Canvas, jobs: Sequence[CertificateJob] | CertificateJob) -> None:
        """Draw one certificate page (the caller calls ``showPage``)."""
        job = jobs if isinstance(jobs, CertificateJob) else jobs[0]
        c.doForm("certificate-background")
        values = job.values
        for f in self.fields:
            kind = f.get("type", "text")
            if kind == "text":
                if f["_static"] or f.get("key") in BLOCK_KEYS:
                    continue
                if f.get("key") in UNIQUE_KEYS:
                    self._draw_text(c, f, values)
                else:
                    self._draw_repeated(c, f, values)
            elif kind == "qr":
                size = f.get("size", 32) * mm
                draw_qr(c, qr_matrix(job.url), f["x"] * mm, PAGE_H - f["y"] * mm, size)

    def _draw_repeated(self, c: Canvas, f: dict[str, Any], values: dict[str, str]) -> None:
        """A text that varies between certificates but takes few values (the role line):
        each value is drawn once per file as a form."""
        text = fill(f.get("text", ""), values)
        name, new = self._text_forms.name((f["key"], text))
        if new:
            c.beginForm(name, 0, 0, PAGE_W, PAGE_H)
            self._draw_text(c, f, values)
            c.endForm()
        c.doForm(name)

    def _fitted(self, f: dict[str, Any], text: str) -> FittedText:
        font, size = f["font"], float(f.get("size", 12))
        width = float(f.get("width", 200)) * mm
        key = (f["key"], text, width)
        fitted = self._fit_cache.get(key)
        if fitted is not None:
            return fitted
        min_size = float(f.get("min_size", size * 0.6))
        max_lines = int(f.get("max_lines", 1))
        if f["key"] in ("holder", "official_name"):
            # Names shrink first, then wrap only between titles and words of the name.
            name = fit_name(text, font, size, width, min_size, max_lines)
            fitted = FittedText(name.size, list(name.lines))
        else:
            fitted = fit_text(text, font, size, width, min_size, max_lines, f.get("fit", "shrink"))
        if f["key"] != "holder":
            self._fit_cache[key] = fitted  # repeated texts (title, official) fit once
        return fitted

    def _draw_text(self, c: Canvas, f: dict[str, Any], values: dict[str, str]) -> None:
        needed = f.get("requires")
        if needed and not values.get(needed):
            return
        text = " ".join(fill(f.get("text", ""), values).split())
        if not text:
            return
        fitted = self._fitted(f, text)
        font = f["font"]
        leading = fitted.size * float(f.get("line_height", 1.2))
        x = f["x"] * mm
        y = PAGE_H - f["y"] * mm
        if f.get("anchor") == "middle" and len(fitted.lines) > 1:
            y += leading * (len(fitted.lines) - 1) / 2
        c.setFont(font, fitted.size)
        c.setFillColor(f["_color"])
        align = f.get("align", "left")
        for line in fitted.lines:
            if align == "center":
                c.drawCentredString(x, y, line)
            elif align == "right":
                c.drawRightString(x, y, line)
            else:
                c.drawString(x, y, line)
            if f.get("underline"):
                w = pdfmetrics.stringWidth(line, font, fitted.size)
                left = x - w / 2 if align == "center" else (x - w if align == "right" else x)
                c.setStrokeColor(f["_color"])
                c.setLineWidth(0.6)
                c.line(left, y - fitted.size * 0.2, left + w, y - fitted.size * 0.2)
            y -= leading


def common_values(jobs: Sequence[CertificateJob]) -> dict[str, str]:
    """Values identical on every job: texts built only from them are drawn once per PDF."""
    if not jobs:
        return {}
    first = jobs[0].values
    return {k: v for k, v in first.items() if all(j.values.get(k) == v for j in jobs)}


def batch_info(values: dict[str, str]) -> PdfInfo:
    """Title, author (the organizer) and subject of a certificates file."""
    title = values.get("event_title", "")
    return PdfInfo(
        title=f"Sertifikat — {title}" if title else "Sertifikat",
        author=values.get("organizer", "") or "Ikrar",
        subject=f"Sertifikat peserta kegiatan {title}".strip(),
    )


def single_info(values: dict[str, str]) -> PdfInfo:
    base = batch_info(values)
    holder, number = values.get("holder", ""), values.get("number", "")
    title = f"Sertifikat {number} — {holder}".strip(" —")
    return PdfInfo(title=title, author=base.author, subject=base.subject)


def new_canvas(target: Any, title: str = "Sertifikat") -> Canvas:
    """A certificate-sized canvas (kept for callers that draw certificates themselves)."""
    return _new_canvas(target, (PAGE_W, PAGE_H), PdfInfo(title, "Ikrar", title))


def render_one(template: Template, job: CertificateJob, assets: Assets | None = None) -> bytes:
    """One certificate as PDF bytes."""
    buffer = io.BytesIO()
    painter = CertificatePainter(template, assets, job.values)
    c = _new_canvas(buffer, painter.pagesize, single_info(job.values))
    painter.begin(c)
    painter.page(c, job)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _painter(template: Template, assets: Assets, shared: dict[str, str]) -> CertificatePainter:
    return CertificatePainter(template, assets, shared)


def render_batch_pdf(
    template: Template,
    jobs: Sequence[CertificateJob],
    out: Path,
    assets: Assets | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> BatchResult:
    """All certificates into one PDF; cancelling leaves no partial file behind.
    ``meanwhile``: see ``batch_render.render_pdf``."""
    shared = common_values(jobs)
    factory = functools.partial(_painter, template, assets or Assets(), shared)
    return batch_render.render_pdf(
        factory, batch_info(shared), jobs, out, progress, cancelled, processes, meanwhile
    )


def _job_file_name(job: CertificateJob) -> str:
    return job.filename


def _job_info(job: CertificateJob) -> PdfInfo:
    return single_info(job.values)


def render_batch_files(
    template: Template,
    jobs: Sequence[CertificateJob],
    folder: Path,
    assets: Assets | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
) -> BatchResult:
    """One PDF per certificate in ``folder`` (each with a lighter background copy)."""
    base = assets or Assets()
    compact = Assets(base.logo, base.signature, base.signatories, compact_background=True)
    factory = functools.partial(_painter, template, compact, common_values(jobs))
    return batch_render.render_files(
        factory, _job_info, jobs, folder, _job_file_name, progress, cancelled, processes
    )
