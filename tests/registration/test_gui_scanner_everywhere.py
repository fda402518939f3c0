"""A keyboard-wedge scanner from every page and focus state of the real main window.

Keys go in through the window, as the windowing system delivers them (the application
routes them to whatever has the focus, or to the window when nothing has), and a capital is
Shift press, key press, key release, Shift release: what a real scanner sends.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.models import Attendee, Checkin
from desktop_app.paths import DataDir
from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.scanner_input import install_scanner

pytestmark = pytest.mark.gui

SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


class StepClock:
    """Scanner timing without sleeping: every reading 6 ms after the last."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        self.now += 0.006
        return self.now


def scan(window, code: str, terminator: Qt.Key = Qt.Key.Key_Return) -> None:  # type: ignore[no-untyped-def]
    """Send ``code`` as a scanner does, Shift around every capital, into the window."""
    handle = window.windowHandle()
    for char in code:
        if char.isupper():
            QTest.keyPress(handle, Qt.Key.Key_Shift, NONE)
            QTest.keyPress(handle, char, SHIFT)
            QTest.keyRelease(handle, char, SHIFT)
            QTest.keyRelease(handle, Qt.Key.Key_Shift, SHIFT)
        else:
            QTest.keyClick(handle, char, NONE)
    QTest.keyClick(handle, terminator, NONE)


@pytest.fixture
def window(qtbot, home, demo_event):  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(DataDir(home), operator="Rina"))
    qtbot.addWidget(window)
    scanner = install_scanner(window)
    scanner.clock = StepClock()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    QApplication.instance().removeEventFilter(scanner)


def _checked_in(attendee: Attendee) -> bool:
    return Checkin.select().where(Checkin.attendee == attendee).count() == 1


def _focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


FOCUS_STATES = ["opening-field", "peserta-table", "registrasi-unfocused", "nav-list", "nothing"]


@pytest.mark.parametrize("state", FOCUS_STATES)
@pytest.mark.parametrize("terminator", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_uppercase_invitation_code_lands_from_every_page(
    qtbot, window, demo_event, state, terminator
) -> None:  # type: ignore[no-untyped-def]
    people = list(Attendee.select().where(Attendee.event == demo_event).limit(2))
    person = people[0]
    assert person.code.upper() == person.code and any(c.isalpha() for c in person.code)
    field_before = ""
    if state == "opening-field":
        field = window.page("acara").ui.titleEdit
        field_before = field.text()
        _focus(qtbot, field)
    elif state == "peserta-table":
        page = window.show_page("peserta")
        table = page.findChild(type(page.ui.table)) if hasattr(page.ui, "table") else None
        from PySide6.QtWidgets import QAbstractItemView

        table = table or page.findChildren(QAbstractItemView)[0]
        _focus(qtbot, table)
    elif state == "registrasi-unfocused":
        page = window.show_page("registrasi")
        _focus(qtbot, page.ui.walkInButton)
    elif state == "nav-list":
        _focus(qtbot, window.ui.navList)
    else:
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is None)
    scan(window, person.code, terminator)
    qtbot.waitUntil(lambda: _checked_in(person), timeout=5000)
    assert Checkin.get(Checkin.attendee == person).method == "SCANNER"
    assert window.ui.pages.currentWidget() is window.page("registrasi")
    if state == "opening-field":
        assert window.page("acara").ui.titleEdit.text() == field_before
    # ... and the next scan, straight after, lands too (nothing left over from the first)
    scan(window, people[1].code, terminator)
    qtbot.waitUntil(lambda: _checked_in(people[1]), timeout=5000)


def test_certificate_url_with_shift_goes_to_verifikasi(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("peserta")
    url = "HTTPS://VERIFIKASI.EXAMPLE.ID/V/AFYMOUB3"
    scan(window, url)
    verify = window.page("verifikasi")
    assert window.ui.pages.currentWidget() is verify
    assert verify.ui.tokenEdit.text() == url


def _key(key: Qt.Key, text: str, stamp_ms: int, shift: bool = False):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    event = QKeyEvent(QEvent.Type.KeyPress, key, SHIFT if shift else NONE, text)
    event.setTimestamp(stamp_ms)
    return event


def test_bursts_are_timed_by_the_keyboards_own_timestamps(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A GUI thread busy between two keys of one scan does not split it: the gap is read
    from when the keyboard sent each key, not from when the window got round to it."""
    from PySide6.QtWidgets import QLineEdit

    from desktop_app.ui.scanner_input import ScannerInput

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    scanner = ScannerInput()  # no clock of its own: event timestamps
    codes: list[str] = []
    scanner.scanned.connect(codes.append)

    def send(text: str, start_ms: int, step_ms: int, end: bool = True) -> None:
        stamp = start_ms
        for char in text:
            if char.isupper():  # Shift first: part of the burst, not a break in it
                scanner.eventFilter(edit, _key(Qt.Key.Key_Shift, "", stamp))
            scanner.eventFilter(edit, _key(Qt.Key(ord(char.upper())), char, stamp, char.isupper()))
            stamp += step_ms
            time.sleep(0.002 if step_ms < 45 else 0)  # the window is slow meanwhile
        if end:
            scanner.eventFilter(edit, _key(Qt.Key.Key_Return, "\r", stamp))

    send("J8788TY6", 1_000_000, 20)  # 20 ms apart at the keyboard
    assert codes == ["J8788TY6"]
    send("BUDISANTO", 2_000_000, 120)  # a person
    assert codes == ["J8788TY6"]
    # The keyboard's clock wrapped (32-bit milliseconds): a new start, never a fast gap.
    send("AB", 4_294_967_280, 10, end=False)
    send("CD12", 5, 10)
    assert codes == ["J8788TY6", "CD12"]


def test_a_check_in_saved_after_leaving_registrasi_does_not_take_the_focus(
    qtbot, window, demo_event
) -> None:  # type: ignore[no-untyped-def]
    """The operator scans, then goes to Peserta before the check-in is saved: the next scan
    (typed where the focus now is) must still land."""
    people = list(Attendee.select().where(Attendee.event == demo_event).limit(2))
    scan(window, people[0].code)
    peserta = window.show_page("peserta")  # before the write has come back
    _focus(qtbot, peserta.ui.filterEdit)
    qtbot.waitUntil(lambda: _checked_in(people[0]), timeout=5000)
    desk = window.page("registrasi")
    qtbot.waitUntil(lambda: people[0].full_name in desk.ui.feedbackTitle.text(), timeout=5000)
    assert QApplication.focusWidget() is not desk.ui.searchEdit
    window.show_page("peserta")
    _focus(qtbot, peserta.ui.filterEdit)
    scan(window, people[1].code)
    qtbot.waitUntil(lambda: _checked_in(people[1]), timeout=5000)
