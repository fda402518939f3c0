"""Images in documents: signatures with a transparent background, JPEGs passed through.

Pad images are up to ~1,200 px wide; embedding them as they are makes reportlab decode,
hash and deflate 10-20x more pixels than the printed size can show. They are scaled down
to what the box needs at PRINT_DPI first. The result keeps the pad's transparency (ink
colour plus a soft mask), so a signature never hides the row number or the ruling it
overlaps, as an opaque white box did.
"""

from __future__ import annotations

import hashlib
import io
import sys
import zlib
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services.signing.signature_render import INK

PRINT_DPI = 170  # plenty for ink lines a few centimetres wide


def _coverage(png: bytes) -> Image.Image:
    """The ink coverage of a signature image as one 8-bit channel."""
    with Image.open(io.BytesIO(png)) as source:
        source.load()
        # Pad signatures are one ink colour on transparency: the alpha channel is the drawing.
        if "A" in source.getbands():
            return source.getchannel("A")
        # An opaque scan: dark ink on light paper becomes coverage.
        return ImageOps.invert(source.convert("L"))


def signature_alpha(png: bytes, max_w_pt: float, max_h_pt: float) -> Image.Image:
    """The signature's ink coverage, shrunk by a whole factor to about PRINT_DPI in the box.

    A whole factor (box averaging, ``Image.reduce``) costs a tenth of a filtered resize and
    loses nothing visible: the result stays within 0.5-1x of PRINT_DPI.
    """
    alpha = _coverage(png)
    scale = min(max_w_pt * PRINT_DPI / 72 / alpha.width, max_h_pt * PRINT_DPI / 72 / alpha.height)
    factor = int(1 / scale) if scale > 0 else 1
    return alpha.reduce(factor) if factor >= 2 else alpha


@dataclass(frozen=True)
class PreparedSignature:
    """A signature ready to place: its ink coverage at print size, already deflated.

    It is drawn as one ink-coloured pixel with an 8-bit soft mask: a PDF soft mask need
    not have its image's size (both fill the unit square), so the colour costs 3 bytes
    instead of a full RGB copy, and the paper around the ink stays transparent.
    """

    key: str  # names the PDF objects; equal signatures are embedded once per file
    width: int
    height: int
    alpha_deflated: bytes


def prepare_signature(png: bytes, max_w_pt: float, max_h_pt: float) -> PreparedSignature:
    """Decode, scale and deflate ``png`` for a box (C work that releases the GIL, so it runs
    well on helper threads)."""
    alpha = signature_alpha(png, max_w_pt, max_h_pt)
    box = f"{max_w_pt:.1f}x{max_h_pt:.1f}".encode()
    key = hashlib.sha1(png + box).hexdigest()  # noqa: S324 (a name, not security)
    # Level 1: ink coverage is mostly zero bytes, which every level packs about as well.
    return PreparedSignature(key, alpha.width, alpha.height, zlib.compress(alpha.tobytes(), 1))


@lru_cache(maxsize=64)
def signature_reader(png: bytes, max_w_pt: float, max_h_pt: float) -> PreparedSignature:
    """A prepared signature; officials' signatures recur on many pages, so it is cached."""
    return prepare_signature(png, round(max_w_pt, 1), round(max_h_pt, 1))


_INK_PIXEL = zlib.compress(bytes(INK[:3]))


def _image_object(name: str, width: int, height: int, space: str, data: bytes) -> Any:
    image = pdfdoc.PDFImageXObject.__new__(pdfdoc.PDFImageXObject)
    image.name = name
    image.width, image.height = width, height
    image.bitsPerComponent = 8
    image.colorSpace = space
    image._filters = ("FlateDecode",)
    image.streamContent = data
    image.mask = None
    return image


def draw_prepared(
    canvas: Canvas, prepared: PreparedSignature, x: float, y: float, box_w: float, box_h: float
) -> None:
    """Place ``prepared`` centred in the box with lower-left corner (x, y), keeping its
    shape: what ``canvas.drawImage`` does, minus decoding, hashing and deflating again."""
    doc = canvas._doc
    name = f"sig{prepared.key[:20]}"
    reg_name = doc.getXObjectName(name)
    if doc.idToObject.get(reg_name) is None:
        ink = _image_object(name, 1, 1, "DeviceRGB", _INK_PIXEL)
        canvas._setXObjects(ink)
        doc.Reference(ink, reg_name)
        doc.addForm(name, ink)
        mask = _image_object(
            name + "m", prepared.width, prepared.height, "DeviceGray", prepared.alpha_deflated
        )
        mask._decode = [0, 1]
        canvas._setXObjects(mask)
        ink.smask = doc.Reference(mask, doc.getXObjectName(mask.name))
    scale = min(box_w / prepared.width, box_h / prepared.height)
    w, h = prepared.width * scale, prepared.height * scale
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x + (box_w - w) / 2, y + (box_h - h) / 2)
    canvas.scale(w, h)
    canvas._code.append(f"/{reg_name} Do")
    canvas.restoreState()
    canvas._formsinuse.append(name)


def draw_signature(
    canvas: Canvas, png: bytes, x: float, y: float, box_w: float, box_h: float
) -> None:
    """Draw signature ``png`` centred in the box with lower-left corner (x, y), keeping its
    shape and its transparency."""
    draw_prepared(canvas, signature_reader(png, box_w, box_h), x, y, box_w, box_h)


class SignaturePrefetch:
    """Prepare upcoming signatures on helper threads while pages are drawn.

    PNG decoding, scaling and deflating run in C without the GIL, so on a two-core laptop
    the next pages' signatures are ready by the time reportlab (which holds the GIL)
    reaches them. At most ``ahead`` images are held at once.
    """

    def __init__(
        self, pngs: Sequence[bytes | None], box_w: float, box_h: float, ahead: int = 24
    ) -> None:
        self._pngs = pngs
        self._box = (box_w, box_h)
        self._ahead = ahead
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ikrar-signatures")
        self._futures: dict[int, Future[PreparedSignature]] = {}
        # The drawing thread gives up the GIL at every zlib call; with the default 5 ms
        # switch interval it then waits behind the helpers' Python glue. Measured on 716
        # statements: 0.5 ms makes the batch ~20% faster.
        self._interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._interval, 0.0005))
        for index in range(min(ahead, len(pngs))):
            self._submit(index)

    def _submit(self, index: int) -> None:
        png = self._pngs[index] if index < len(self._pngs) else None
        if png and index not in self._futures:
            self._futures[index] = self._pool.submit(prepare_signature, png, *self._box)

    def get(self, index: int) -> PreparedSignature | None:
        """The prepared signature of job ``index`` (None when it has none)."""
        self._submit(index + self._ahead)
        future = self._futures.pop(index, None)
        if future is None:
            png = self._pngs[index]
            return prepare_signature(png, *self._box) if png else None
        return future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        sys.setswitchinterval(self._interval)


class JpegReader(ImageReader):  # type: ignore[misc]
    """An ImageReader whose JPEG bytes reportlab copies into the PDF as they are.

    ``canvas.drawImage`` names (deduplicates) an image by hashing ``getRGBData()``, which
    for a plain ImageReader decodes the JPEG again; the JPEG bytes identify it just as well.
    """

    def __init__(self, jpeg: bytes) -> None:
        super().__init__(io.BytesIO(jpeg))
        self._jpeg = jpeg
        self._dataA = None

    def getRGBData(self) -> bytes:  # noqa: N802 (reportlab API)
        return self._jpeg


def compact_jpeg(path_or_bytes: str | bytes, dpi: float, page_w_pt: float, quality: int) -> bytes:
    """A background re-encoded at ``dpi`` for ``page_w_pt`` wide pages: per-attendee files
    each carry their own copy, so it is worth keeping small."""
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with Image.open(source) as image:
        image.load()
        rgb = image.convert("RGB")
    width = round(page_w_pt / 72 * dpi)
    if rgb.width > width:
        rgb = rgb.resize((width, round(rgb.height * width / rgb.width)), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    rgb.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()
