"""Read generated PDFs back with positions (poppler's ``pdftotext -bbox``), fonts
(``pdffonts``) and metadata (``pdfinfo``), so page rules are checked on the file itself."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float  # from the top of the page, in points
    x1: float
    bottom: float

    @property
    def baseline(self) -> float:
        """The text baseline: poppler's box spans ascent to descent (Noto: 1.069 and
        0.293 of the size), so words of different sizes on one baseline have different
        bottoms."""
        return self.bottom - (self.bottom - self.top) * 0.293 / 1.362


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[Word] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def lines(self, tolerance: float = 2.0) -> list[list[Word]]:
        """Words grouped into lines by their baseline (bottom), top to bottom."""
        rows: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (round(w.bottom), w.x0)):
            if rows and abs(rows[-1][0].bottom - word.bottom) <= tolerance:
                rows[-1].append(word)
            else:
                rows.append([word])
        return [sorted(r, key=lambda w: w.x0) for r in rows]

    def find(self, phrase: str) -> list[Word]:
        """Words of every line holding ``phrase`` (as consecutive words), first match each."""
        wanted = phrase.split()
        found: list[Word] = []
        for line in self.lines():
            texts = [w.text for w in line]
            for start in range(len(texts) - len(wanted) + 1):
                if texts[start : start + len(wanted)] == wanted:
                    found.extend(line[start : start + len(wanted)])
                    break
        return found

    def has(self, phrase: str) -> bool:
        return (
            " ".join(phrase.split())
            in " ".join(" ".join(w.text for w in line) for line in self.lines())
            or " ".join(phrase.split()) in self.text
        )


def pages(pdf: Path) -> list[Page]:
    """Every page with its words and their boxes."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    result = []
    for number, match in enumerate(_PAGE.finditer(out), start=1):
        page = Page(number, float(match.group(1)), float(match.group(2)))
        for w in _WORD.finditer(match.group(3)):
            page.words.append(
                Word(
                    html.unescape(w.group(5)),
                    float(w.group(1)),
                    float(w.group(2)),
                    float(w.group(3)),
                    float(w.group(4)),
                )
            )
        result.append(page)
    return result


def fonts(pdf: Path) -> list[str]:
    """``pdffonts`` lines, one per font."""
    out = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return out[2:]


def assert_fonts_embedded(pdf: Path) -> None:
    """Every font embedded and subset, and none of the PDF base fonts (Helvetica & co.)."""
    listed = fonts(pdf)
    assert listed, f"{pdf.name}: no fonts"
    for line in listed:
        assert "Helvetica" not in line and "Times" not in line and "Courier" not in line, line
        assert re.search(r"\byes\s+yes\s+yes\b", line), f"{pdf.name}: not embedded/subset: {line}"


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def check_pdf(pdf: Path) -> None:
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
