"""Certificate PDFs: one on demand, or a whole event fast.

Speed comes from doing each costly thing once: the background (and logo) is drawn once per
document as a reusable PDF form XObject (``beginForm``/``doForm``) so every page only
references it; the QR code's dark modules are emitted as one filled path of horizontal
runs in module units (a few hundred ``re`` operators instead of thousands of squares);
texts that are the same on every page (title, date, official) are drawn into that form
too; QR matrices come from zxing-cpp's C++ encoder (chosen by measurement, see
``benchmarks/certificates.py``); big batches are rendered in slices by worker processes
and joined with PDFium; fonts are registered once per process and embedded as subsets.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.certificates.certificate_templates import Template
from desktop_app.resources import resource_path

log = logging.getLogger("ikrar.certificates")

PAGE_W, PAGE_H = landscape(A4)
QUIET_ZONE = 4  # modules of white around the QR, as the standard asks
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
QrMatrix = tuple[int, bytes]  # (modules per side, row-major bytes: 0 = dark)
_DARK_RUN = re.compile(b"\x00+")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")

_registered: set[str] = set()


def ensure_font(name: str) -> str:
    """Register ``resources/fonts/<name>.ttf`` once per process; returns the name to use."""
    if name in _registered:
        return name
    path = resource_path("fonts", f"{name}.ttf")
    if not path.exists():
        log.warning("font %s missing, using NotoSans-Regular", name)
        return ensure_font("NotoSans-Regular") if name != "NotoSans-Regular" else "Helvetica"
    pdfmetrics.registerFont(TTFont(name, str(path)))
    _registered.add(name)
    return name


def qr_matrix(text: str) -> QrMatrix:
    """QR modules of ``text`` at error correction M (zxing-cpp picks mode, version, mask)."""
    import zxingcpp

    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    view = memoryview(image)  # type: ignore[arg-type]
    return view.shape[0], view.tobytes()  # type: ignore[index]


def draw_qr(c: Canvas, matrix: QrMatrix, x: float, y_top: float, size: float) -> None:
    """Draw the QR with its top-left corner at (x, y_top) in points, ``size`` wide."""
    n, bits = matrix
    module = size / n
    c.saveState()
    pad = QUIET_ZONE * module
    c.setFillColorRGB(1, 1, 1)
    c.rect(x - pad, y_top - size - pad, size + 2 * pad, size + 2 * pad, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    # Module units with y growing downwards: every rectangle is small integers.
    c.transform(module, 0, 0, -module, x, y_top)
    finditer = _DARK_RUN.finditer
    ops = [
        f"{start - base} {row} {end - start} 1 re"
        for row, base in enumerate(range(0, n * n, n))
        for start, end in (m.span() for m in finditer(bits, base, base + n))
    ]
    ops.append("f")
    c._code.append("\n".join(ops))  # one path, one fill: far fewer operators than squares
    c.restoreState()


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


@dataclass
class Assets:
    """Optional images drawn on every certificate of an event."""

    logo: bytes | None = None
    signature: bytes | None = None


@dataclass
class CertificateJob:
    """Everything needed to draw one certificate (no database access needed)."""

    values: dict[str, str]
    url: str
    filename: str = ""


class CertificatePainter:
    """Draws certificates of one template; one instance per process."""

    def __init__(
        self, template: Template, assets: Assets | None = None, shared: dict[str, str] | None = None
    ) -> None:
        self.template = template
        self.assets = assets or Assets()
        self.fields = [dict(f) for f in template.fields]
        # Texts that are the same on every certificate of the event (title, date, official)
        # go into the background form once; pages only draw what differs.
        self.shared = shared or {}
        for f in self.fields:
            f["_static"] = (
                f.get("type", "text") == "text"
                and set(_PLACEHOLDER.findall(f.get("text", ""))) <= self.shared.keys()
            )
        for f in self.fields:
            if f.get("type", "text") == "text":
                f["font"] = ensure_font(f.get("font", "NotoSans-Regular"))
                f["_color"] = HexColor(f.get("color", "#000000"))
        # A file name, not an ImageReader: reportlab then names the XObject by the path and
        # passes JPEG data through, instead of decoding and hashing megapixels per document.
        self._background = str(template.background) if template.background else None
        self._images = {
            "logo": ImageReader(io.BytesIO(self.assets.logo)) if self.assets.logo else None,
            "signature": (
                ImageReader(io.BytesIO(self.assets.signature)) if self.assets.signature else None
            ),
        }
        self._fit_cache: dict[tuple[str, str], FittedText] = {}

    def begin(self, c: Canvas) -> None:
        """Define the shared background form on a new canvas (once per document)."""
        c.beginForm("certificate-background", 0, 0, PAGE_W, PAGE_H)
        if self._background is not None:
            c.drawImage(self._background, 0, 0, PAGE_W, PAGE_H)
        for f in self.fields:
            if f.get("type") == "image" and f.get("source") == "logo":
                self._draw_image(c, f, self._images["logo"])
            elif f.get("_static"):
                self._draw_text(c, f, self.shared)
        c.endForm()

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

    def page(self, c: Canvas, job: CertificateJob, matrix: QrMatrix | None = None) -> None:
        """Draw one certificate page (the caller calls ``showPage``)."""
        c.doForm("certificate-background")
        values = job.values
        for f in self.fields:
            kind = f.get("type", "text")
            if kind == "text":
                if not f["_static"]:
                    self._draw_text(c, f, values)
            elif kind == "qr":
                size = f.get("size", 32) * mm
                draw_qr(c, matrix or qr_matrix(job.url), f["x"] * mm, PAGE_H - f["y"] * mm, size)
            elif kind == "image" and f.get("source") == "signature":
                self._draw_image(c, f, self._images["signature"])

    def _draw_text(self, c: Canvas, f: dict[str, Any], values: dict[str, str]) -> None:
        needed = f.get("requires")
        if needed and not values.get(needed):
            return
        text = " ".join(fill(f.get("text", ""), values).split())
        if not text:
            return
        font, size = f["font"], float(f.get("size", 12))
        width = float(f.get("width", 200)) * mm
        key = (f["key"], text)
        fitted = self._fit_cache.get(key)
        if fitted is None:
            fitted = fit_text(
                text,
                font,
                size,
                width,
                float(f.get("min_size", size * 0.6)),
                int(f.get("max_lines", 1)),
                f.get("fit", "shrink"),
            )
            if f["key"] not in ("holder",):
                self._fit_cache[key] = fitted  # repeated texts (title, official) fit once
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


def new_canvas(target: Any, title: str = "Sertifikat") -> Canvas:
    # The initial font is emitted in every page preamble: make it an embedded one too.
    c = Canvas(
        target,
        pagesize=(PAGE_W, PAGE_H),
        pageCompression=1,
        initialFontName=ensure_font("NotoSans-Regular"),
    )
    c.setTitle(title)
    c.setAuthor("Ikrar")
    c.setCreator("Ikrar")
    return c


def render_one(template: Template, job: CertificateJob, assets: Assets | None = None) -> bytes:
    """One certificate as PDF bytes."""
    buffer = io.BytesIO()
    painter = CertificatePainter(template, assets, job.values)
    c = new_canvas(buffer, f"Sertifikat {job.values.get('number', '')}")
    painter.begin(c)
    painter.page(c, job)
    c.showPage()
    c.save()
    return buffer.getvalue()


@dataclass
class BatchResult:
    count: int
    paths: list[Path] = field(default_factory=list)
    cancelled: bool = False


def _pool_size(count: int, processes: int | None) -> int:
    if processes is not None:
        return max(1, processes)
    # Measured on 2 cores, 1,000 certificates: one process 2.6 CPU-s; two workers 3.5 CPU-s
    # in total (each spends ~0.45 s importing), i.e. ~2.1 s wall on an idle machine. It pays
    # only for big batches, and little: below a few hundred, one process is faster.
    return min(multiprocessing.cpu_count(), 4) if count >= 400 else 1


def _render_chunk(args: tuple[Template, Assets, dict[str, str], list[CertificateJob], str]) -> str:
    """Worker: a slice of the batch into its own PDF file; returns its path."""
    template, assets, shared, jobs, path = args
    painter = CertificatePainter(template, assets, shared)
    c = new_canvas(path, "Sertifikat")
    painter.begin(c)
    for job in jobs:
        painter.page(c, job)
        c.showPage()
    c.save()
    return path


def render_batch_pdf(
    template: Template,
    jobs: Sequence[CertificateJob],
    out: Path,
    assets: Assets | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
) -> BatchResult:
    """All certificates into one PDF; cancelling leaves no partial file behind.

    With several workers, slices are rendered in parallel processes and joined in order
    with PDFium (pypdfium2); each slice repeats the background and font subsets, which
    costs ~0.2 MB per slice and buys nearly a core's worth of speed.
    """
    assets = assets or Assets()
    shared = common_values(jobs)
    workers = _pool_size(len(jobs), processes)
    tmp = out.with_name(out.name + ".part")
    if workers <= 1:
        painter = CertificatePainter(template, assets, shared)
        c = new_canvas(str(tmp), "Sertifikat")
        painter.begin(c)
        for index, job in enumerate(jobs):
            if cancelled is not None and cancelled():
                tmp.unlink(missing_ok=True)
                return BatchResult(index, cancelled=True)
            painter.page(c, job)
            c.showPage()
            if progress is not None and (index % 10 == 9 or index == len(jobs) - 1):
                progress(index + 1, len(jobs))
        c.save()
        tmp.replace(out)
        return BatchResult(len(jobs), [out])
    import tempfile

    import pypdfium2 as pdfium

    size = max(40, -(-len(jobs) // (workers * 3)))
    with tempfile.TemporaryDirectory(prefix="ikrar-cert-") as scratch:
        slices = [
            (template, assets, shared, list(jobs[i : i + size]), str(Path(scratch) / f"{i}.pdf"))
            for i in range(0, len(jobs), size)
        ]
        merged = pdfium.PdfDocument.new()
        pool = multiprocessing.get_context("spawn").Pool(workers)
        done = 0
        try:
            for path, part in zip(pool.imap(_render_chunk, slices), slices, strict=True):
                if cancelled is not None and cancelled():
                    return BatchResult(done, cancelled=True)
                source = pdfium.PdfDocument(path)
                merged.import_pages(source)
                source.close()
                done += len(part[3])
                if progress is not None:
                    progress(done, len(jobs))
        finally:
            pool.terminate()
        merged.save(str(tmp))
        merged.close()
    tmp.replace(out)
    return BatchResult(len(jobs), [out])


def _render_files(args: tuple[Template, Assets, list[CertificateJob], str]) -> list[str]:
    template, assets, jobs, folder = args
    painter = CertificatePainter(template, assets, common_values(jobs))
    written = []
    for job in jobs:
        path = Path(folder) / job.filename
        c = new_canvas(str(path), f"Sertifikat {job.values.get('number', '')}")
        painter.begin(c)
        painter.page(c, job)
        c.showPage()
        c.save()
        written.append(str(path))
    return written


def _chunks(items: Sequence[CertificateJob], size: int) -> Iterable[list[CertificateJob]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def render_batch_files(
    template: Template,
    jobs: Sequence[CertificateJob],
    folder: Path,
    assets: Assets | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
) -> BatchResult:
    """One PDF per certificate in ``folder``, split over worker processes by chunks."""
    folder.mkdir(parents=True, exist_ok=True)
    assets = assets or Assets()
    workers = _pool_size(len(jobs), processes)
    chunks = [(template, assets, chunk, str(folder)) for chunk in _chunks(jobs, 20)]
    paths: list[Path] = []
    pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 else None
    try:
        results = pool.imap(_render_files, chunks) if pool else map(_render_files, chunks)
        for written in results:
            paths += [Path(p) for p in written]
            if progress is not None:
                progress(len(paths), len(jobs))
            if cancelled is not None and cancelled():
                return BatchResult(len(paths), paths, cancelled=True)
    finally:
        if pool is not None:
            pool.terminate()
    return BatchResult(len(paths), paths)
