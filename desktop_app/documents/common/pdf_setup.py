"""Fonts and metadata every Ikrar PDF shares.

Noto Sans is embedded (subset) from ``resources/fonts`` so Indonesian text prints the same
on any machine, and every file carries title, author, subject, creator and creation date.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app import __version__
from desktop_app.resources import resource_path

FONT = "NotoSans"
FONT_BOLD = "NotoSans-Bold"
CREATOR = f"Ikrar {__version__}"


def register_fonts() -> None:
    """Register the embedded fonts once per process (reportlab keeps a global registry)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "NotoSans-Regular.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "NotoSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


def apply_metadata(canvas: Canvas, title: str, author: str, subject: str) -> None:
    """Document information dictionary (reportlab adds the creation date itself)."""
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    canvas.setProducer(CREATOR)
    canvas.setKeywords("Ikrar, Bawaslu, deklarasi netralitas")
