"""The desk as the operator meets it: focus on arrival, errors that go away, long codes that
wrap, and Enter on a name nobody has opening the walk-in form with that name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.models import Event
from desktop_app.paths import DataDir
from desktop_app.ui.context import AppContext
from tests.keys import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(home: Path, demo_event: Event) -> AppContext:
    context = AppContext(DataDir(home), operator="ani")
    context.set_event(demo_event.id)
    return context


def test_a_long_scanned_code_wraps_and_leaves_the_results_their_width(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.registration.checkin_page import CheckinPage

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 700)  # the page area of a 1366x768 window
    page.show()
    qtbot.waitExposed(page)
    results_before = page.ui.resultsList.width()
    assert results_before > 500
    code = "HTTPS://CONTOH.EXAMPLE.ID/X/" + "Q7" * 60  # no /V/: an unknown invitation code
    page.handle_scanned(code)
    qtbot.waitUntil(lambda: page.feedback_kind == "error", timeout=5000)
    QApplication.processEvents()
    assert page.ui.resultsList.width() == results_before
    assert page.ui.feedbackFrame.width() < page.ui.resultsList.width()
    detail = page.ui.feedbackDetail
    # The whole code is shown (wrapped, within the panel), not clipped or squeezed.
    assert detail.text().replace("\u200b", "").count("Q7") == 60
    assert detail.width() <= page.ui.feedbackFrame.width()
    assert detail.height() > 3 * detail.fontMetrics().height()


def test_stale_error_cleared_when_an_event_appears_and_when_typing(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.registration.checkin_page import CheckinPage

    context = AppContext(DataDir(home), operator="ani")
    page = CheckinPage(context)
    qtbot.addWidget(page)
    page.show()
    page.handle_scanned("K7M2QX9A")
    assert page.feedback_kind == "error" and page.ui.feedbackTitle.text() == "Belum ada acara"
    from tests.factories import plain_event

    event = plain_event()
    context.set_event(event.id)
    assert page.feedback_kind == "info" and page.ui.feedbackTitle.text() == "Siap"

    page.handle_scanned("ZZZZZZZZ")
    qtbot.waitUntil(lambda: page.feedback_kind == "error", timeout=5000)
    page.ui.searchEdit.setFocus()
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)
    type_text(page.ui.searchEdit, "Ma")  # the next person
    assert page.feedback_kind == "info"


def test_registrasi_focuses_its_search_on_arrival(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page("registrasi")
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)
    window.show_page("peserta")
    window.page("acara")  # elsewhere, then back through the page list
    window.ui.navList.setFocus()
    window.show_page("registrasi")
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)


def test_enter_on_an_unknown_name_opens_walk_in_with_the_name(qtbot, ctx, demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.registration import attendee_search
    from desktop_app.ui.registration.checkin_page import CheckinPage
    from desktop_app.ui.registration.walk_in_dialog import WalkInDialog

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: attendee_search.index_for(demo_event.id, wait=False) is not None)
    page.ui.searchEdit.setFocus()
    qtbot.waitUntil(page.ui.searchEdit.hasFocus)
    type_text(page.ui.searchEdit, "Budi Santosoxyz")
    qtbot.waitUntil(lambda: page.ui.resultsList.count() == 0)
    QTest.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    dialog = page.findChild(WalkInDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.nameEdit.text() == "Budi Santosoxyz"
    assert "tidak dikenal" not in page.ui.feedbackDetail.text()
    dialog.reject()
