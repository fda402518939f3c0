"""Line breaking for documents: cached wrapping, balanced titles, names that keep their titles.

Every document breaks text here, so the rules hold everywhere:
- a title never leaves one word alone on its last line (lines are balanced);
- a name with titles breaks only between the prefix titles, the words of the bare name
  and the degree list ("Dr. Hj. | Siti Aminah | Nggadas, S.Pd., M.M."), never inside
  "S.Kep., Ns."; the degree list is split only when it alone is wider than a line;
- a name is shrunk down to a minimum size before it is wrapped, and never cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.services.people.names import is_prefix_title

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=20_000)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """``text`` broken at spaces into lines no wider than ``width`` (a word longer than a
    line is split by reportlab). Cached: statements repeat the same paragraphs."""
    return tuple(simpleSplit(text, font, size, width)) or ("",)


@lru_cache(maxsize=20_000)
def width_of(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def balanced(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """As few lines as plain wrapping needs, but of similar length (no lone last word)."""
    lines = wrap(text, font, size, width)
    if len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    best = lines
    for _ in range(12):  # binary search the narrowest width that keeps the line count
        mid = (low + high) / 2
        trial = wrap(text, font, size, mid)
        if len(trial) <= len(lines) and all(width_of(t, font, size) <= width for t in trial):
            best, high = trial, mid
        else:
            low = mid
    return best


# --- names -------------------------------------------------------------------------------


def name_units(full_name: str) -> list[str]:
    """The pieces a name may be broken between, in order.

    ``Prof. Dr. Drs. H. Muhammad Abdurrahman Kusumaningrat, S.Kep., Ns., M.Kes.`` →
    ``["Prof. Dr. Drs. H.", "Muhammad", "Abdurrahman", "Kusumaningrat, S.Kep., Ns., M.Kes."]``:
    the prefix titles stay together, the bare name breaks between words, and the degree
    list stays with the last word of the name.
    """
    text = _SPACE.sub(" ", full_name.strip())
    core, comma, degrees = text.partition(",")
    words = core.split(" ")
    prefix: list[str] = []
    while len(words) > 1 and is_prefix_title(words[0]):
        prefix.append(words.pop(0))
    units = [" ".join(prefix)] if prefix else []
    units += words
    if comma:
        units[-1] = units[-1] + "," + degrees
    return [u for u in units if u]


def _degree_pieces(unit: str) -> list[str]:
    """A last word with its degree list split at commas: the last resort for narrow boxes."""
    parts = [p.strip() for p in unit.split(",")]
    pieces = [parts[0] + ","] + [p + "," for p in parts[1:-1]] + [parts[-1]]
    return [p for p in pieces if p] if len(parts) > 1 else [unit]


def _fill(units: list[str], font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for unit in units:
        trial = f"{current} {unit}" if current else unit
        if current and width_of(trial, font, size) > width:
            lines.append(current)
            current = unit
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def name_lines(full_name: str, font: str, size: float, width: float) -> list[str]:
    """``full_name`` broken only at title boundaries into lines of ``width`` if possible."""
    units = name_units(full_name)
    lines = _fill(units, font, size, width)
    if all(width_of(line, font, size) <= width for line in lines):
        return lines
    # A unit wider than the line: split the degree list (and a long prefix block) too.
    finer: list[str] = []
    for unit in units:
        if width_of(unit, font, size) <= width:
            finer.append(unit)
        elif "," in unit:
            finer += _degree_pieces(unit)
        else:
            finer += unit.split(" ")
    return _fill(finer, font, size, width)


@dataclass(frozen=True)
class FittedName:
    size: float
    lines: tuple[str, ...]


def fit_name(
    full_name: str,
    font: str,
    size: float,
    width: float,
    min_size: float,
    max_lines: int = 3,
    step: float = 0.5,
) -> FittedName:
    """Shrink ``full_name`` to fit one line (down to ``min_size``), else wrap it at title
    boundaries at the largest size that fits ``max_lines``; never cuts a letter.

    The result may exceed ``max_lines`` only when even ``min_size`` cannot hold the name.
    """
    name = _SPACE.sub(" ", full_name.strip())
    natural = width_of(name, font, size)
    if natural <= width:
        return FittedName(size, (name,))
    one_line = size * width / natural
    if one_line >= min_size:
        return FittedName(_floor(one_line, step), (name,))
    best: FittedName | None = None
    for lines_wanted in range(2, max_lines + 1):
        s = size
        while s >= min_size - 1e-6 and (best is None or s > best.size):
            lines = name_lines(name, font, s, width)
            if len(lines) <= lines_wanted and all(width_of(x, font, s) <= width for x in lines):
                best = FittedName(s, tuple(lines))  # the largest size wins; fewer lines on ties
                break
            s -= step
    if best is not None:
        return best
    lines = name_lines(name, font, min_size, width)
    widest = max(width_of(x, font, min_size) for x in lines)
    final = min_size if widest <= width else min_size * width / widest
    return FittedName(final, tuple(lines))


def _floor(value: float, step: float) -> float:
    return int(value / step) * step if value >= step else value


# --- drawing -------------------------------------------------------------------------------


def draw_justified(
    canvas: Canvas, line: str, x: float, y: float, width: float, font: str, size: float
) -> None:
    """One line stretched to ``width`` by widening the spaces (word by word: reportlab's
    subset TrueType fonts do not map the space to code 32, so ``Tw`` cannot be used)."""
    words = line.split(" ")
    if len(words) < 2:
        canvas.drawString(x, y, line)
        return
    natural = sum(width_of(w, font, size) for w in words)
    gap = (width - natural) / (len(words) - 1)
    if gap > size * 1.2:  # a nearly empty line reads better unstretched
        canvas.drawString(x, y, line)
        return
    for word in words:
        canvas.drawString(x, y, word)
        x += width_of(word, font, size) + gap
