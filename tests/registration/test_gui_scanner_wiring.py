"""A scanner burst from any page of the real main window reaches the right page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.models import Attendee, Checkin
from desktop_app.paths import DataDir
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.scanner_input import install_scanner, is_certificate_code

pytestmark = pytest.mark.gui


class FakeClock:
    """Scanner timing without sleeping: each key 5 ms after the last."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 0.005
        return self.now


@pytest.fixture
def window(qtbot, home, demo_event):  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(DataDir(home), operator="Rina"))
    qtbot.addWidget(window)
    scanner = install_scanner(window)
    scanner.clock = FakeClock()
    window.show()
    qtbot.waitExposed(window)
    yield window
    QApplication.instance().removeEventFilter(scanner)


def test_invitation_code_scanned_on_the_acara_page_checks_in(qtbot, window, demo_event) -> None:  # type: ignore[no-untyped-def]
    attendee = Attendee.select().where(Attendee.event == demo_event).first()
    qtbot.waitUntil(lambda: window.created_pages() == ["acara"])
    field = window.page("acara").ui.titleEdit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = field.text()
    qtbot.keyClicks(field, attendee.code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == before  # the burst was taken back out of the field
    registrasi = window.page("registrasi")
    assert window.ui.pages.currentWidget() is registrasi
    qtbot.waitUntil(
        lambda: Checkin.select().where(Checkin.attendee == attendee).count() == 1, timeout=5000
    )
    assert Checkin.get(Checkin.attendee == attendee).method == "SCANNER"


def test_certificate_url_goes_to_verifikasi(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    url = "HTTPS://VERIFIKASI.IKRAR.ID/V/AFYMOUB3"
    assert is_certificate_code(url) and not is_certificate_code("K7M2QX9A")
    qtbot.waitUntil(lambda: window.created_pages() == ["acara"])
    field = window.page("acara").ui.titleEdit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, url)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    verify = window.page("verifikasi")
    assert window.ui.pages.currentWidget() is verify
    assert verify.ui.tokenEdit.text() == url
    qtbot.waitUntil(lambda: verify.last is not None, timeout=5000)
    assert verify.last.ok is False  # a made-up token never verifies
