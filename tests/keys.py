"""Typing as a person (or a barcode scanner) does: Shift pressed and released around every
capital, each key a real press and release. ``qtbot.keyClicks`` presses no modifier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

SHIFTED = {'"': "'", ":": ";", "?": "/", "!": "1", "(": "9", ")": "0", "_": "-", "+": "="}


def type_text(widget: QWidget, text: str) -> None:
    """Press and release each character's key; capitals and shifted signs with Shift held."""
    for char in text:
        shifted = char.isupper() or char in SHIFTED
        if shifted:
            QTest.keyPress(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
            QTest.keyClick(widget, char, Qt.KeyboardModifier.ShiftModifier)
            QTest.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
        else:
            QTest.keyClick(widget, char)
