"""Fonts, canvases and metadata every Ikrar PDF shares.

Noto Sans and Noto Serif are embedded (subset) from ``resources/fonts`` so Indonesian text
prints the same on any machine; no PDF base font (Helvetica) is ever referenced, because
print shops' preflight flags non-embedded fonts. Every file carries title, author (the
organizer), subject, creator and creation date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app import __version__
from desktop_app.resources import resource_path

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
FONT_ITALIC = "NotoSans-Italic"
SERIF = "NotoSerif"
SERIF_BOLD = "NotoSerif-Bold"
CREATOR = f"Ikrar {__version__}"

# Registered name -> file in resources/fonts. The certificate layouts name fonts by file
# stem ("NotoSerif-Bold"), the documents by family ("NotoSans"); both resolve here.
_FONT_FILES = {
    FONT: "NotoSans-Regular.ttf",
    FONT_BOLD: "NotoSans-Bold.ttf",
    FONT_ITALIC: "NotoSans-Italic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    "NotoSerif-Italic": "NotoSerif-Italic.ttf",
}
# File stems that name a family's regular face: one registration, one embedded subset.
_ALIASES = {"NotoSans-Regular": FONT, "NotoSerif-Regular": SERIF}


def register_fonts() -> None:
    """Register the embedded fonts once per process (reportlab keeps a global registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name in (FONT, FONT_BOLD):  # others (serif, italic) load when a layout asks
        ensure_font(name)
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def ensure_font(name: str) -> str:
    """Register font ``name`` (a family name above or a file stem in resources/fonts) once;
    returns the name to draw with. An unknown name falls back to Noto Sans, never to a
    PDF base font."""
    name = _ALIASES.get(name, name)
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    file_name = _FONT_FILES.get(name, f"{name}.ttf")
    path = resource_path("fonts", file_name)
    if not path.exists():
        return ensure_font(FONT)
    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


@dataclass(frozen=True)
class PdfInfo:
    """The document information dictionary: what a file manager or an archive shows."""

    title: str
    author: str  # the organizer
    subject: str
    keywords: str = "Ikrar, Bawaslu, deklarasi netralitas"


def apply_metadata(canvas: Canvas, title: str, author: str, subject: str) -> None:
    """Document information dictionary (reportlab adds the creation date itself)."""
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    canvas.setKeywords("Ikrar, Bawaslu, deklarasi netralitas")


def new_canvas(target: Any, pagesize: tuple[float, float], info: PdfInfo) -> Canvas:
    """A compressed canvas whose initial font is an embedded one, with ``info`` set.

    reportlab writes the initial font into every page preamble; left at its default that
    is an unembedded Helvetica even when the page never draws a letter in it.
    """
    register_fonts()
    canvas = Canvas(
        target if isinstance(target, str) or hasattr(target, "write") else str(target),
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=FONT,
        initialFontSize=10,
    )
    apply_metadata(canvas, info.title, info.author, info.subject)
    canvas.setKeywords(info.keywords)
    return canvas
