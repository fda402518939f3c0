"""Synthetic handwriting for demo data and benchmarks: loops and letter-like strokes.

Not anyone's real signature: a cursive-looking curve built from a few random loops with
a slanted baseline, a flourish underline, pen timing of about 120 Hz and varying pressure.
"""

from __future__ import annotations

import math
import random

from desktop_app.services.signing.signature_strokes import Point, StrokeData

PAD_W, PAD_H = 640.0, 240.0


def _stroke(rng: random.Random, x0: float, y0: float, letters: int, t0: int) -> list[Point]:
    points: list[Point] = []
    t = t0
    slant = rng.uniform(0.15, 0.35)
    amp = rng.uniform(28, 48)
    step = rng.uniform(30, 46)
    phase = rng.uniform(0, math.pi)
    samples = letters * 18
    for i in range(samples):
        u = i / 18.0  # one letter per unit
        # A loop per letter: forward motion plus a circular component (like "ellee").
        loop = 2 * math.pi * u + phase
        height = amp * (0.6 + 0.4 * math.sin(u * 1.7 + phase))
        y = y0 - height * (0.5 + 0.5 * math.sin(loop))
        x = x0 + step * u + 0.45 * step * math.cos(loop) + slant * (y0 - y)
        pressure = 0.35 + 0.45 * (0.5 + 0.5 * math.sin(u * 2.3 + phase)) + rng.uniform(-0.05, 0.05)
        t += rng.randint(6, 10)
        points.append((round(x, 1), round(y, 1), t, round(min(max(pressure, 0.05), 1.0), 3)))
    return points


def synthetic_signature(rng: random.Random) -> StrokeData:
    """A plausible signature: one or two cursive words and often an underline flourish."""
    strokes: list[list[Point]] = []
    t = 0
    x = rng.uniform(40, 90)
    baseline = rng.uniform(140, 170)
    for _ in range(rng.choice([1, 2, 2])):
        letters = rng.randint(3, 6)
        stroke = _stroke(rng, x, baseline + rng.uniform(-10, 10), letters, t)
        strokes.append(stroke)
        t = stroke[-1][2] + rng.randint(150, 400)  # pen lifted between words
        x = stroke[-1][0] + rng.uniform(25, 50)
        if x > PAD_W - 200:
            break
    if rng.random() < 0.7:
        start_x = rng.uniform(30, 80)
        end_x = min(PAD_W - 30, max(p[0] for s in strokes for p in s) + rng.uniform(10, 40))
        y = baseline + rng.uniform(18, 30)
        flourish: list[Point] = []
        n = 30
        for i in range(n):
            u = i / (n - 1)
            t += rng.randint(5, 8)
            flourish.append(
                (
                    round(start_x + (end_x - start_x) * u, 1),
                    round(y - 10 * math.sin(u * math.pi) + rng.uniform(-1, 1), 1),
                    t,
                    round(0.75 - 0.5 * u, 3),
                )
            )
        strokes.append(flourish)
    return StrokeData(width=PAD_W, height=PAD_H, strokes=strokes)
