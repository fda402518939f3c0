"""Registrasi page, scanner input, webcam decoding and walk-in dialog, driven with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.models import Attendee, Checkin, CheckinVoid, Event
from desktop_app.paths import DataDir
from desktop_app.services.events.presence import present_attendee_ids
from desktop_app.ui.context import AppContext

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(home: Path, demo_event: Event) -> AppContext:
    context = AppContext(DataDir(home), operator="ani")
    context.set_event(demo_event.id)
    return context


def absent_attendee(event: Event) -> Attendee:
    """An attendee who has not checked in and whose bare name is unique in the event."""
    absent = Attendee.select().where(
        (Attendee.event == event) & Attendee.id.not_in(present_attendee_ids(event))
    )
    names = [a.sort_name for a in Attendee.select().where(Attendee.event == event)]
    return next(a for a in absent if names.count(a.sort_name) == 1)


def test_type_enter_repeat_and_undo(qtbot, ctx: AppContext, demo_event: Event) -> None:
    from desktop_app.ui.registration.checkin_page import ATTENDEE_ID, CheckinPage

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    page.show()
    person = absent_attendee(demo_event)
    before = Checkin.select().where(Checkin.attendee == person).count()  # maybe a voided one
    qtbot.keyClicks(page.ui.searchEdit, person.sort_name.upper())
    qtbot.waitUntil(lambda: page.ui.resultsList.count() >= 1)  # once the index is built
    assert page.ui.resultsList.currentItem().data(ATTENDEE_ID) == person.id
    with qtbot.waitSignal(page.checked_in, timeout=5000) as first:
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert first.args[0].is_first
    assert page.feedback_kind == "ok"
    assert person.full_name in page.ui.feedbackTitle.text()
    assert "WITA" in page.ui.feedbackDetail.text()
    assert page.ui.searchEdit.text() == ""
    assert Checkin.select().where(Checkin.attendee == person).count() == before + 1

    # Same person again, found by code this time: amber, with the first time and station.
    qtbot.keyClicks(page.ui.searchEdit, person.code.lower())
    item = page.ui.resultsList.currentItem()
    assert item.data(ATTENDEE_ID) == person.id and "sudah hadir" in item.text()
    with qtbot.waitSignal(page.checked_in, timeout=5000) as repeat:
        qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Enter)
    assert not repeat.args[0].is_first
    assert page.feedback_kind == "warn"
    assert "Pertama tercatat" in page.ui.feedbackDetail.text()

    assert page.ui.undoButton.isEnabled()
    with qtbot.waitSignal(page.undone, timeout=5000):
        page.undo_last("pencet dua kali")
    assert CheckinVoid.select().where(CheckinVoid.checkin == repeat.args[0].checkin.id).count() == 1
    assert Checkin.select().where(Checkin.attendee == person).count() == before + 2  # kept
    assert not page.ui.undoButton.isEnabled()
    qtbot.waitUntil(lambda: page.ui.recentList.count() > 0, timeout=5000)


def test_arrow_keys_choose_among_results(qtbot, ctx: AppContext) -> None:
    from desktop_app.ui.registration.checkin_page import CheckinPage

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.ui.searchEdit, "a")
    qtbot.waitUntil(lambda: page.ui.resultsList.count() > 2)  # once the index is built
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    assert page.ui.resultsList.currentRow() == 2
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Up)
    assert page.ui.resultsList.currentRow() == 1
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Escape)
    assert page.ui.searchEdit.text() == "" and page.ui.resultsList.count() == 0


def test_typing_before_the_index_is_built_shows_results_once_it_is(
    qtbot, ctx: AppContext, demo_event: Event, monkeypatch
) -> None:
    """A 50,000-person index takes seconds to build: the GUI thread never waits for it."""
    import threading

    from desktop_app.services.registration import attendee_search
    from desktop_app.ui.registration.checkin_page import CheckinPage

    gate = threading.Event()
    build = attendee_search.build_index

    def slow_build(event_id: str):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return build(event_id)

    monkeypatch.setattr(attendee_search, "build_index", slow_build)
    attendee_search.invalidate()
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    person = absent_attendee(demo_event)
    qtbot.keyClicks(page.ui.searchEdit, person.sort_name)
    assert page.ui.resultsList.count() == 0
    assert page.ui.resultsLabel.text() == "Menyiapkan pencarian…"
    gate.set()
    qtbot.waitUntil(lambda: page.ui.resultsList.count() >= 1, timeout=5000)
    assert person.full_name in page.ui.resultsList.item(0).text()


def test_scanned_codes_green_red_and_wrong_event(qtbot, ctx: AppContext, demo_event: Event) -> None:
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.ui.registration.checkin_page import CheckinPage

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    person = absent_attendee(demo_event)
    with qtbot.waitSignal(page.checked_in, timeout=5000) as scanned:
        page.handle_scanned(person.code)
    assert scanned.args[0].checkin.method == "SCANNER" and page.feedback_kind == "ok"
    page.handle_scanned("ZZZZZZZZ")
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.feedback_kind == "error" and "tidak dikenal" in page.ui.feedbackDetail.text()
    other = create_demo_event(attendees=2, seed=99)
    stranger = Attendee.get(Attendee.event == other)
    page.handle_scanned(stranger.code)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.feedback_kind == "error"
    assert page.ui.feedbackTitle.text() == "Undangan acara lain"


def test_scans_in_quick_succession_are_all_recorded(
    qtbot, ctx: AppContext, demo_event: Event
) -> None:
    """A queue at the desk: badges scanned while the previous check-in is still being
    saved are queued on the write path, never dropped, and land in scan order."""
    from desktop_app.ui.registration.checkin_page import CheckinPage

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    present = present_attendee_ids(demo_event)
    people = list(
        Attendee.select()
        .where((Attendee.event == demo_event) & Attendee.id.not_in(present))
        .limit(5)
    )
    seen: list[str] = []
    page.checked_in.connect(lambda result: seen.append(result.attendee.id))
    for person in people:
        page.handle_scanned(person.code)  # no waiting between scans
    assert page.busy
    qtbot.waitUntil(lambda: len(seen) == len(people), timeout=10_000)
    assert seen == [p.id for p in people] and not page.busy
    assert people[-1].full_name in page.ui.feedbackTitle.text()
    scanned = Checkin.select().where(Checkin.method == "SCANNER")
    assert sorted(c.attendee_id for c in scanned) == sorted(p.id for p in people)


class FakeMainWindow(QWidget):
    """Just what ``install_scanner`` needs from the real main window."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.page = page
        self.edit = QLineEdit(self)  # a field on "another page" that has the focus
        QVBoxLayout(self).addWidget(self.edit)
        self.filters: list[object] = []
        self.shown: list[str] = []

    def install_global_input(self, filter_obj) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QApplication

        QApplication.instance().installEventFilter(filter_obj)
        self.filters.append(filter_obj)

    def show_page(self, key: str) -> QWidget:
        self.shown.append(key)
        return self.page


def test_scanner_burst_from_any_widget_checks_in(
    qtbot, qapp, ctx: AppContext, demo_event: Event
) -> None:
    from desktop_app.ui.registration.checkin_page import CheckinPage
    from desktop_app.ui.scanner_input import install_scanner

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    window = FakeMainWindow(page)
    qtbot.addWidget(window)
    window.show()
    window.edit.setFocus()
    qtbot.waitUntil(lambda: window.edit.hasFocus())
    scanner = install_scanner(window)
    try:
        window.edit.setText("catatan ")
        window.edit.end(False)
        person = absent_attendee(demo_event)
        with qtbot.waitSignal(page.checked_in, timeout=5000) as result:
            qtbot.keyClicks(window.edit, person.code)
            qtbot.keyClick(window.edit, Qt.Key.Key_Return)
        assert result.args[0].attendee.id == person.id
        assert result.args[0].checkin.method == "SCANNER"
        assert window.shown == ["registrasi"]
        assert window.edit.text() == "catatan "  # the burst was taken back out of the field
    finally:
        qapp.removeEventFilter(scanner)


def test_scanner_ignores_human_typing(qtbot, qapp) -> None:
    from desktop_app.ui.scanner_input import ScannerInput

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    scanner = ScannerInput()
    qapp.installEventFilter(scanner)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    try:
        qtbot.keyClicks(edit, "kupang", delay=90)  # a person typing
        qtbot.keyClick(edit, Qt.Key.Key_Return, delay=90)
        assert codes == [] and edit.text() == "kupang"
        edit.clear()
        qtbot.keyClicks(edit, "ab")  # too short to be a code, even when fast
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert codes == []
        edit.clear()
        qtbot.keyClicks(edit, "7K3M9Q2X")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert codes == ["7K3M9Q2X"] and edit.text() == ""
    finally:
        qapp.removeEventFilter(scanner)


def test_scanner_timing_rules_with_a_fake_clock(qtbot, qapp) -> None:
    from desktop_app.ui.scanner_input import ScannerInput

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    now = [0.0]
    scanner = ScannerInput(clock=lambda: now[0])
    qapp.installEventFilter(scanner)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)

    def type_text(text: str, gap: float) -> None:
        for ch in text:
            now[0] += gap
            qtbot.keyClick(edit, ch)
        now[0] += gap
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    try:
        type_text("ABCD1234", 0.120)  # fast human: 120 ms per key
        assert codes == []
        type_text("ABCD1234", 0.008)  # scanner: 8 ms per key
        assert codes == ["ABCD1234"]
        now[0] += 5
        type_text("WXYZ", 0.2)  # slow start, ...
        type_text("EFGH5678", 0.01)  # ... then a scan: only the burst counts
        assert codes == ["ABCD1234", "EFGH5678"]
    finally:
        qapp.removeEventFilter(scanner)


def test_scanner_holding_shift_for_capitals_is_still_a_scan(qtbot, qapp) -> None:
    """A keyboard-wedge scanner presses and releases Shift around every capital letter."""
    from PySide6.QtTest import QTest

    from desktop_app.ui.scanner_input import ScannerInput

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    now = [0.0]
    scanner = ScannerInput(clock=lambda: now[0])
    qapp.installEventFilter(scanner)
    codes: list[str] = []
    scanner.scanned.connect(codes.append)
    try:
        for ch in "7K3M9Q2X":
            now[0] += 0.006
            shift = Qt.KeyboardModifier.ShiftModifier if ch.isalpha() else Qt.KeyboardModifier(0)
            QTest.keyPress(edit, ch, shift)  # QTest presses Shift first for a capital
            QTest.keyRelease(edit, ch, shift)  # ... and releases it last
        now[0] += 0.006
        QTest.keyClick(edit, Qt.Key.Key_Return)
        assert codes == ["7K3M9Q2X"] and edit.text() == ""
    finally:
        qapp.removeEventFilter(scanner)


def test_webcam_decodes_a_generated_qr_frame(qtbot, tmp_path: Path) -> None:
    import qrcode

    from desktop_app.ui.webcam_scanner import WebcamScanner, decode_image

    png = tmp_path / "qr.png"
    picture = qrcode.make("7K3M9Q2X", border=6).convert("RGB")
    # Put the code on a larger, grey "camera" background, off centre.
    from PIL import Image

    frame = Image.new("RGB", (960, 720), (150, 150, 150))
    frame.paste(picture.resize((300, 300)), (520, 260))
    frame.save(png)
    image = QImage(str(png))
    assert decode_image(image) == ["7K3M9Q2X"]
    assert decode_image(QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)) == [
        "7K3M9Q2X"
    ]

    window = WebcamScanner()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.code_found, timeout=5000) as found:
        window.decode_async(image)
    assert found.args == ["7K3M9Q2X"]
    assert "7K3M9Q2X" in window.ui.statusLabel.text()
    # The same code seen again right away is not reported twice.
    emitted: list[str] = []
    window.code_found.connect(emitted.append)
    window._last_decode = 0.0
    window.decode_async(image)
    qtbot.waitUntil(lambda: not window._decoding, timeout=5000)
    assert emitted == []

    from PySide6.QtMultimedia import QVideoFrame

    window._recent.clear()
    window._last_decode = 0.0
    with qtbot.waitSignal(window.code_found, timeout=5000):
        window.handle_frame(QVideoFrame(image))
    assert window.ui.videoLabel.pixmap() is not None


def test_walk_in_dialog_keyboard_only(qtbot, ctx: AppContext, demo_event: Event) -> None:
    from desktop_app.ui.registration.walk_in_dialog import WalkInDialog

    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ui.nameEdit.hasFocus)
    qtbot.keyClicks(dialog.ui.nameEdit, "Simon Riwu")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)  # → kategori (Otomatis)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # → NIP
    qtbot.keyClicks(dialog.focusWidget(), "1.98609E+17")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=5000)
    assert "Excel" in dialog.ui.errorLabel.text()
    dialog.ui.nipEdit.clear()
    qtbot.keyClicks(dialog.ui.nipEdit, "19860914 201001 1 003")
    with qtbot.waitSignal(dialog.registered, timeout=5000) as registered:
        qtbot.keyClick(dialog.ui.nipEdit, Qt.Key.Key_Return)
    attendee = registered.args[0].attendee
    assert attendee.source == "WALK_IN" and attendee.category == "ASN"
    assert registered.args[0].checkin.is_first
    assert not dialog.isVisible()


def test_result_lines_follow_an_edited_time_zone(qtbot, ctx: AppContext, demo_event: Event) -> None:
    """The page keeps the event's time zone between keystrokes; an edit of the event shows."""
    from desktop_app.services.registration.checkin import check_in
    from desktop_app.ui.registration.checkin_page import CheckinPage

    person = absent_attendee(demo_event)
    check_in(demo_event, person, "ani")
    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.ui.searchEdit, person.code)
    qtbot.waitUntil(lambda: page.ui.resultsList.count() == 1)
    assert "WITA" in page.ui.resultsList.item(0).text()
    demo_event.timezone = "Asia/Jayapura"
    demo_event.save()
    ctx.notify("event")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "WIT " in page.ui.resultsList.item(0).text() + " ")


def test_counts_catch_up_after_a_burst_of_scans(qtbot, ctx: AppContext, demo_event: Event) -> None:
    """Loads of the counts are coalesced during a burst; the last one shows every scan."""
    from desktop_app.services.events.event_counts import event_counts
    from desktop_app.services.events.presence import present_attendee_ids
    from desktop_app.ui.registration.checkin_page import CheckinPage

    page = CheckinPage(ctx)
    qtbot.addWidget(page)
    present = {c.attendee_id for c in present_attendee_ids(demo_event)}
    absent = [
        a for a in Attendee.select().where(Attendee.event == demo_event) if a.id not in present
    ]
    for person in absent[:3]:
        with qtbot.waitSignal(page.checked_in, timeout=5000):
            page.handle_scanned(person.code)
    counts = event_counts(demo_event)
    expected = f"Hadir {counts.present} dari {counts.attendees}"
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == expected, timeout=5000)
    qtbot.waitUntil(lambda: not page._overview_loading, timeout=5000)
    assert page.ui.countLabel.text() == expected
    assert absent[2].full_name in page.ui.recentList.item(0).text()
