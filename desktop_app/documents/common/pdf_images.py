"""Images in documents: signatures with a transparent background, JPEGs passed through.

Pad images are up to ~1,200 px wide; embedding them as they are makes reportlab decode,
hash and deflate 10-20x more pixels than the printed size can show. They are scaled down
to what the box needs at PRINT_DPI first. The result keeps the pad's transparency (ink
colour plus an alpha mask), so a signature never hides the row number or the ruling it
overlaps, as an opaque white box did.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

from PIL import Image, ImageOps
from reportlab.lib.utils import ImageReader

from desktop_app.services.signing.signature_render import INK

PRINT_DPI = 200  # plenty for a signature a few centimetres wide


def _coverage(png: bytes) -> Image.Image:
    """The ink coverage of a signature image as one 8-bit channel."""
    with Image.open(io.BytesIO(png)) as source:
        source.load()
        # Pad signatures are one ink colour on transparency: the alpha channel is the drawing.
        if "A" in source.getbands():
            return source.getchannel("A")
        # An opaque scan: dark ink on light paper becomes coverage.
        return ImageOps.invert(source.convert("L"))


def signature_image(png: bytes, max_w_pt: float, max_h_pt: float) -> Image.Image:
    """The signature as an RGBA image (ink colour, transparent paper) sized for the box."""
    alpha = _coverage(png)
    scale = min(max_w_pt * PRINT_DPI / 72 / alpha.width, max_h_pt * PRINT_DPI / 72 / alpha.height)
    if scale < 1:
        size = (max(1, round(alpha.width * scale)), max(1, round(alpha.height * scale)))
        # reducing_gap: Pillow first shrinks by an integer factor (cheap), then filters.
        alpha = alpha.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    image = Image.new("RGBA", alpha.size, INK)
    image.putalpha(alpha)
    return image


@lru_cache(maxsize=256)
def _signature_reader(digest: str, png: bytes, max_w_pt: float, max_h_pt: float) -> ImageReader:
    return ImageReader(signature_image(png, max_w_pt, max_h_pt))


def signature_reader(png: bytes, max_w_pt: float, max_h_pt: float) -> ImageReader:
    """A transparent signature ready for ``canvas.drawImage(..., mask="auto")``.

    The same official's signature is drawn on many pages; it is prepared once.
    """
    digest = hashlib.sha1(png).hexdigest()  # noqa: S324 (a cache key, not security)
    return _signature_reader(digest, png, round(max_w_pt, 1), round(max_h_pt, 1))


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
