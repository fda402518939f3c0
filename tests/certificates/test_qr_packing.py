"""QR modules packed to 1 bit per module exactly as an independent implementation does."""

from __future__ import annotations

import random

import pytest
import zxingcpp
from PIL import Image

from desktop_app.documents.common.qr_codes import pack_modules, qr_matrix


@pytest.mark.parametrize("length", [1, 20, 60, 120, 200, 400])
def test_packing_matches_pillow_for_every_symbol_size(length: int) -> None:
    rng = random.Random(length)
    text = "https://verifikasi.example.id/V/" + "".join(
        rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(length)
    )
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    view = memoryview(barcode.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    side = int(view.shape[0])  # type: ignore[index]
    samples = view.tobytes()
    reference = Image.frombytes("L", (side, side), samples).convert("1").tobytes()
    assert pack_modules(samples, side) == reference
    assert qr_matrix(text, data_mask=None) == (side, reference)


def test_rows_are_padded_to_whole_bytes() -> None:
    side = 21  # 21 modules: 3 bytes a row, the last 3 bits padding (beyond /W, unread)
    light_first = bytes([255] + [0] * (side - 1)) * side  # first module of each row light
    packed = pack_modules(light_first, side)
    assert len(packed) == side * 3
    assert all(packed[row * 3 : row * 3 + 3] == b"\x80\x00\x00" for row in range(side))
