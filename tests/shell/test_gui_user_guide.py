"""Help → Panduan pengguna (F1): the guide from docs/, read offline inside the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.paths import DataDir
from desktop_app.ui.context import AppContext

pytestmark = pytest.mark.gui


def test_f1_opens_the_guide_and_its_links_stay_inside(qtbot, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.user_guide import UserGuide

    window = MainWindow(AppContext(DataDir(home)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.guide_action in window.ui.menuHelp.actions()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    guide = window.findChild(UserGuide)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "A venue day, step by step" in text and "Open the desk" in text
    # Its pictures are the shipped screenshots, found offline.
    image = guide.browser.document().resource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("screenshots/venue-day/02-acara.png"),
    )
    assert image is not None and not image.isNull()
    # A link to another page of the guide opens it here; Back returns.
    guide.browser.setSource(QUrl("registration.md"))
    assert "Import" in guide.browser.toPlainText()
    assert guide.back_button.isEnabled()
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert "A venue day" in guide.browser.toPlainText()
