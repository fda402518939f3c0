"""Bundled fonts and icons are present and usable by Qt."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtGui import QFontDatabase
from PySide6.QtSvg import QSvgRenderer

from desktop_app.resources import resource_path
from desktop_app.ui.fonts import FONT_FILES, register_fonts
from desktop_app.ui.page_registry import PAGES

pytestmark = pytest.mark.gui


def test_fonts_register_with_indonesian_coverage(qapp) -> None:  # type: ignore[no-untyped-def]
    families = register_fonts()
    assert {"Noto Sans", "Noto Serif"} <= set(families)
    for name in FONT_FILES:
        assert resource_path("fonts", name).stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in resource_path("fonts", "OFL.txt").read_text()
    # Latin with the punctuation of names and titles ("Hj. Siti Aminah, S.Pd., M.M.").
    assert QFontDatabase.WritingSystem.Latin in QFontDatabase.writingSystems("Noto Sans")
    assert register_fonts() == families  # idempotent: registered once


def test_every_nav_icon_and_the_app_icon_render(qapp) -> None:  # type: ignore[no-untyped-def]
    for name in [spec.icon for spec in PAGES] + ["ikrar.svg"]:
        renderer = QSvgRenderer(str(resource_path("icons", name)))
        assert renderer.isValid(), name
        assert renderer.defaultSize().width() > 0
    with Image.open(resource_path("icons", "ikrar.ico")) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.ico.sizes())
