"""Signature strokes as data: points (x, y, t ms, pressure), their canonical bytes and checks.

The canonical form is compact JSON with fixed rounding, so the same strokes always hash
to the same SHA-256 whichever station or toolkit captured them.
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from dataclasses import dataclass, field

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

Point = tuple[float, float, int, float]  # x, y (pad pixels), t (ms since first touch), pressure

MIN_POINTS = 12
# The bounding box must be at least this share of the pad's width (diagonal) and a few
# millimetres absolute: a dot or a short dash is not a signature.
MIN_EXTENT_SHARE = 0.08
MIN_EXTENT_PX = 30.0


@dataclass
class StrokeData:
    """Everything drawn on the pad: its size and the strokes, each a list of points."""

    width: float
    height: float
    strokes: list[list[Point]] = field(default_factory=list)

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def bounding_box(self) -> tuple[float, float, float, float]:
        """(min_x, min_y, max_x, max_y) of all points; zeros when empty."""
        xs = [p[0] for s in self.strokes for p in s]
        ys = [p[1] for s in self.strokes for p in s]
        if not xs:
            return (0.0, 0.0, 0.0, 0.0)
        return (min(xs), min(ys), max(xs), max(ys))

    def canonical_json(self) -> bytes:
        """Compact JSON with fixed rounding: the bytes whose SHA-256 is stored."""
        data = {
            "w": round(float(self.width), 1),
            "h": round(float(self.height), 1),
            "strokes": [
                [
                    [round(float(x), 1), round(float(y), 1), int(t), round(float(p), 3)]
                    for x, y, t, p in stroke
                ]
                for stroke in self.strokes
            ],
        }
        return json.dumps(data, separators=(",", ":"), sort_keys=True).encode("ascii")

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_json()).hexdigest()

    def compressed(self) -> bytes:
        """zlib-compressed canonical JSON, as stored in ``Signature.strokes``."""
        return zlib.compress(self.canonical_json(), 9)

    @classmethod
    def from_json(cls, raw: bytes) -> StrokeData:
        data = json.loads(raw)
        return cls(
            width=float(data["w"]),
            height=float(data["h"]),
            strokes=[[(p[0], p[1], int(p[2]), p[3]) for p in s] for s in data["strokes"]],
        )

    @classmethod
    def from_compressed(cls, blob: bytes) -> StrokeData:
        return cls.from_json(zlib.decompress(blob))

    def validate(self) -> None:
        """Refuse an empty or trivially small signature with an Indonesian message."""
        if self.point_count == 0:
            raise UserError(
                "signature.empty",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Tanda tangan masih kosong. Silakan tanda tangani di kotak."
                ),
            )
        for stroke in self.strokes:
            for x, y, t, p in stroke:
                if not all(math.isfinite(v) for v in (x, y, t, p)) or t < 0 or not 0 <= p <= 1:
                    raise UserError(
                        "signature.bad_strokes",
                        QT_TRANSLATE_NOOP(
                            "ServiceMessages", "Data goresan tanda tangan tidak valid."
                        ),
                    )
        min_x, min_y, max_x, max_y = self.bounding_box()
        extent = math.hypot(max_x - min_x, max_y - min_y)
        if self.point_count < MIN_POINTS or extent < max(
            MIN_EXTENT_PX, MIN_EXTENT_SHARE * self.width
        ):
            raise UserError(
                "signature.too_small",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Tanda tangan terlalu kecil atau terlalu singkat. "
                    "Silakan ulangi dengan tanda tangan lengkap.",
                ),
            )
