"""QR codes on every document: encoded by zxing-cpp, drawn as a 1-bit stencil image.

Encoder: zxing-cpp's C++ writer, chosen by measurement (``benchmarks/certificates.py``:
~0.1 ms per certificate URL with a fixed mask, ~0.7 ms when it scores all eight masks,
against ~3 ms for ``qrcode`` with a fixed mask and ~30 ms for reportlab's
``QrCodeWidget``). The mask is fixed to pattern 2: scoring the eight masks was half the
CPU time of a certificate, and on blurred prints (the benchmark's robustness check,
zbar decoding 300 URLs blurred until about a fifth fail) pattern 2 decoded as often as
the scored choice or more often. Drawing: the module matrix goes into the page as an inline
image mask (``/IM true``, 1 bit per module, no interpolation), painted in the current fill
colour. Each module is then exactly one device-pixel-aligned square at any printer
resolution, like a vector path, but it costs a few hundred bytes and microseconds instead
of hundreds of path operators built in Python per code.
"""

from __future__ import annotations

import binascii

import zxingcpp  # at import, not per call: forked batch workers inherit it loaded
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks
DATA_MASK = 2
QrMatrix = tuple[int, bytes]  # (modules per side, packed 1-bit rows: 1 bit = light)


def qr_matrix(text: str, ec_level: str = "M", data_mask: int | None = DATA_MASK) -> QrMatrix:
    """The QR symbol of ``text`` (zxing-cpp picks mode and version; ``data_mask`` None lets
    it score the eight masks)."""
    options = {} if data_mask is None else {"data_mask": data_mask}
    barcode = zxingcpp.create_barcode(
        text, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level, **options
    )
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    view = memoryview(image)  # type: ignore[arg-type]
    side = int(view.shape[0])  # type: ignore[index]
    return side, pack_modules(view.tobytes(), side)


# 8-bit samples to the digits "0" (dark, below 128) and "1" (light).
_TO_BITS = bytes(b"0"[0] if value < 128 else b"1"[0] for value in range(256))


def pack_modules(samples: bytes, side: int) -> bytes:
    """``side`` rows of ``side`` 8-bit samples (0 dark, 255 light) as 1 bit per module,
    each row padded to whole bytes (PDF image rows). Done with C-level str/int
    conversions: less than half the time of a PIL 1-bit conversion, per certificate."""
    digits = samples.translate(_TO_BITS)
    pad = b"0" * (-side % 8)
    rows = pad.join([digits[start : start + side] for start in range(0, side * side, side)]) + pad
    return int(rows, 2).to_bytes(len(rows) // 8, "big")


def draw_qr(canvas: Canvas, matrix: QrMatrix, x: float, y_top: float, size: float) -> None:
    """Draw ``matrix`` with its top-left module at (x, y_top), ``size`` points wide, on a
    white square that includes the quiet zone."""
    side, packed = matrix
    module = size / side
    pad = QUIET_ZONE * module
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x - pad, y_top - size - pad, size + 2 * pad, size + 2 * pad, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    hex_data = binascii.hexlify(packed).decode("ascii")
    # Sample 0 (dark) paints with the fill colour; 1 (light) leaves the white square.
    canvas._code.append(
        f"{size:.3f} 0 0 {size:.3f} {x:.3f} {y_top - size:.3f} cm\n"
        f"BI /W {side} /H {side} /IM true /BPC 1 /F /AHx ID\n{hex_data}>\nEI"
    )
    canvas.restoreState()
