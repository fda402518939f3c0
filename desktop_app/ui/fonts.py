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

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSerif-Regular.ttf",
    "NotoSerif-Bold.ttf",
)
UI_FAMILY = "Noto Sans"

_registered: list[str] | None = None


def register_fonts() -> list[str]:
    """Add the bundled TTFs to Qt's font database once; returns the families registered."""
    global _registered
    if _registered is not None:
        return _registered
    families: list[str] = []
    for name in FONT_FILES:
        path = resource_path("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:  # a missing font is ugly, not fatal
            log.warning("font not loaded: %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _registered = families
    return families


def apply_ui_font(app: QApplication, point_size: float = 10.0) -> None:
    """Use Noto Sans for the whole interface when it was registered."""
    if UI_FAMILY in register_fonts():
        font = QFont(UI_FAMILY)
        font.setPointSizeF(point_size)
        app.setFont(font)
