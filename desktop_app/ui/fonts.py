"""Bundled fonts (Noto Sans/Serif, SIL OFL): the same glyphs on every desk laptop.

Desk laptops differ (old Windows installs, minimal Linux); shipping Noto makes the interface,
the document previews and the PDFs use the same glyphs everywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop_app.resources import resource_path

log = logging.getLogger("ikrar.ui")

UI_FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf")
DOCUMENT_FONT_FILES = ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf")
FONT_FILES = UI_FONT_FILES + DOCUMENT_FONT_FILES
UI_FAMILY = "Noto Sans"

_registered: dict[str, list[str]] = {}


def register_fonts(files: tuple[str, ...] = FONT_FILES) -> list[str]:
    """Add bundled TTFs to Qt's font database (each file once); returns their families."""
    families: list[str] = []
    for name in files:
        if name not in _registered:
            _registered[name] = _add_font(name)
        families += [f for f in _registered[name] if f not in families]
    return families


def _add_font(name: str) -> list[str]:
    path = resource_path("fonts", name)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:  # a missing font is ugly, not fatal
        log.warning("font not loaded: %s", path)
        return []
    return list(QFontDatabase.applicationFontFamilies(font_id))


def apply_ui_font(app: QApplication, point_size: float = 10.0) -> None:
    """Use Noto Sans for the whole interface when it was registered.

    Only the interface faces are loaded here; the serif faces for document previews follow
    once the window is on screen (``register_fonts()``), keeping start-up short.
    """
    if UI_FAMILY in register_fonts(UI_FONT_FILES):
        font = QFont(UI_FAMILY)
        font.setPointSizeF(point_size)
        app.setFont(font)
