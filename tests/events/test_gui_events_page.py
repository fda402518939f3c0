"""The Acara page driven like a user: typing, validation, officials, saving."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDateTimeEdit

from desktop_app.models import AuditLog, Change, Event, Official
from desktop_app.paths import DataDir
from desktop_app.services.events.officials import active_officials
from desktop_app.ui.context import AppContext
from desktop_app.ui.events.events_page import EventsPage
from desktop_app.ui.main_window import MainWindow
from tests.factories import new_event

pytestmark = pytest.mark.gui


def _window(qtbot, home) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(AppContext(DataDir(home), operator="Rina"))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # focus and shortcuts need the active window
        window.show()
        window.activateWindow()
    return window


def _page(window: MainWindow) -> EventsPage:
    page = window.show_page("acara")
    assert isinstance(page, EventsPage)
    return page


def _type_date(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # like clicking the day
    qtbot.keyClicks(edit, text)  # each section advances when complete
    QApplication.processEvents()


def _edit_cell(qtbot, table, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    table.setCurrentCell(row, column)
    if table.state() != QAbstractItemView.State.EditingState:  # "Tambah" opens the name editor
        table.editItem(table.item(row, column))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The closed editor's focus-out arrives on the next turn of the event loop, as for a user;
    # without it the next editor's commit meets a stale one (a Qt warning).
    QApplication.processEvents()


def test_create_event_by_typing(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    page = _page(window)
    ui = page.ui
    assert ui.headingLabel.text() == "Acara baru"
    qtbot.keyClicks(ui.titleEdit, "Sosialisasi Netralitas ASN Kecamatan Lembor")
    qtbot.keyClicks(ui.organizerEdit, "Panwaslu Kecamatan Lembor")
    qtbot.keyClicks(ui.organizerCodeEdit, "PANWASCAM-LBR")
    qtbot.keyClicks(ui.venueEdit, "Aula Kantor Camat Lembor")
    qtbot.keyClicks(ui.cityEdit, "Manggarai Barat")
    assert ui.timezoneCombo.currentData() == "Asia/Makassar"  # the city is in NTT: WITA
    _type_date(qtbot, ui.startEdit, "190920240900")
    _type_date(qtbot, ui.endEdit, "190920241230")
    assert "IX/2024" in ui.certExampleLabel.text()
    qtbot.mouseClick(ui.addOfficialButton, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, ui.officialsTable, 0, 0, "Fransiskus Jehadun, S.Fil.")
    _edit_cell(qtbot, ui.officialsTable, 0, 2, "Ketua Panwaslu Kecamatan Lembor")

    with qtbot.waitSignal(window.ctx.event_changed):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    event = Event.get()
    assert event.title == "Sosialisasi Netralitas ASN Kecamatan Lembor"
    assert event.timezone == "Asia/Makassar"
    assert event.level == "KABUPATEN"
    # 09.00 WITA is 01.00 UTC.
    assert event.starts_at == dt.datetime(2024, 9, 19, 1, 0, tzinfo=dt.UTC)
    assert event.ends_at == dt.datetime(2024, 9, 19, 4, 30, tzinfo=dt.UTC)
    officials = active_officials(event)
    assert [(o.name, o.position) for o in officials] == [
        ("Fransiskus Jehadun, S.Fil.", "Ketua Panwaslu Kecamatan Lembor")
    ]
    assert window.ctx.event_id == event.id
    assert window.ui.eventCombo.currentData() == event.id  # the switcher refreshed
    assert event.code in ui.savedLabel.text()
    assert ui.headingLabel.text() == "Ubah acara"
    assert AuditLog.get(AuditLog.action == "event.create").operator == "Rina"


def test_end_before_start_is_refused_and_nothing_saved(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    page = _page(window)
    ui = page.ui
    changes_before = Change.select().count()
    qtbot.keyClicks(ui.titleEdit, "Deklarasi")
    qtbot.keyClicks(ui.organizerEdit, "Bawaslu Kota Kupang")
    _type_date(qtbot, ui.startEdit, "270920241000")
    _type_date(qtbot, ui.endEdit, "270920240900")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.errorLabel.isVisible, timeout=5000)  # after the writer refused it
    assert ui.errorLabel.text() == "Waktu selesai harus setelah waktu mulai."
    assert QApplication.focusWidget() is ui.endEdit
    assert Event.select().count() == 0
    assert Change.select().count() == changes_before
    assert window.ctx.event_id == ""


def test_missing_title_is_reported_inline(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    page = _page(_window(qtbot, home))
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.ui.errorLabel.isVisible, timeout=5000)
    assert page.ui.errorLabel.text() == "Judul acara wajib diisi."
    assert QApplication.focusWidget() is page.ui.titleEdit
    assert Event.select().count() == 0


def test_edit_event_and_officials(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, home)
    page = _page(window)
    ui = page.ui
    table = ui.officialsTable
    before = active_officials(demo_event)
    assert table.rowCount() == len(before) == 2
    assert ui.startEdit.dateTime().toString("dd-MM-yyyy HH:mm") == "27-09-2024 08:00"  # WITA
    ui.venueEdit.selectAll()
    qtbot.keyClicks(ui.venueEdit, "Hotel Harper Kupang")
    # Change the second official's position, drop the first, add a new one.
    _edit_cell(qtbot, table, 1, 2, "Sekretaris Daerah Kabupaten Kupang")
    table.setCurrentCell(0, 0)
    qtbot.mouseClick(ui.removeOfficialButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.addOfficialButton, Qt.MouseButton.LeftButton)
    _edit_cell(qtbot, table, 1, 0, "Hj. Siti Aminah, S.Pd., M.M.")
    _edit_cell(qtbot, table, 1, 1, "19860914 201001 2 003")
    _edit_cell(qtbot, table, 1, 2, "Asisten Pemerintahan")
    table.item(1, 4).setCheckState(Qt.CheckState.Unchecked)  # not on the attendance list

    with qtbot.waitSignal(window.ctx.data_changed):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)

    assert not ui.errorLabel.isVisible()
    event = Event.get_by_id(demo_event.id)
    assert event.venue == "Hotel Harper Kupang"
    after = active_officials(event)
    assert [o.name for o in after] == [before[1].name, "Hj. Siti Aminah, S.Pd., M.M."]
    assert after[0].id == before[1].id and after[0].position == "Sekretaris Daerah Kabupaten Kupang"
    assert after[1].nip == "198609142010012003"
    assert after[1].signs == "SERTIFIKAT,DEKLARASI,UNDANGAN"  # all but the list
    assert Official.get_by_id(before[0].id).removed is True
    assert window.ui.eventCombo.currentData() == event.id
    assert ui.savedLabel.text() == "Perubahan disimpan."


def test_bad_official_nip_saves_nothing(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    page = _page(_window(qtbot, home))
    ui = page.ui
    ui.titleEdit.selectAll()
    qtbot.keyClicks(ui.titleEdit, "Judul yang tidak boleh tersimpan")
    _edit_cell(qtbot, ui.officialsTable, 0, 1, "1234")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ui.errorLabel.isVisible, timeout=5000)
    assert "NIP" in ui.errorLabel.text()
    assert Event.get_by_id(demo_event.id).title == demo_event.title  # details rolled back too


@pytest.mark.parametrize("answer", ["save", "discard"])
def test_switching_event_with_unsaved_changes_asks(
    qtbot, home, demo_event, monkeypatch, answer
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    other = new_event(title="Deklarasi Lembor", organizer="Panwaslu Kecamatan Lembor")
    window = _window(qtbot, home)
    window.ctx.notify("event")
    page = _page(window)
    asked: list[str] = []
    button = (
        QMessageBox.StandardButton.Save if answer == "save" else QMessageBox.StandardButton.Discard
    )
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[1]) or button
    )

    window.ctx.set_event(other.id)  # nothing typed: no question
    assert asked == [] and page.ui.titleEdit.text() == "Deklarasi Lembor"
    page.ui.venueEdit.setText("Aula Kantor Camat Lembor")
    window.ctx.set_event(demo_event.id)

    assert asked == ["Perubahan belum disimpan"]
    # Saving goes through the writer: the chosen event is shown once the save committed.
    qtbot.waitUntil(lambda: page.event_id == demo_event.id, timeout=5000)
    expected = "Aula Kantor Camat Lembor" if answer == "save" else ""
    assert Event.get_by_id(other.id).venue == expected
    assert page.event_id == demo_event.id  # then the chosen event is shown
    assert page.ui.titleEdit.text() == demo_event.title
    assert not page.has_unsaved_changes()


def test_certificate_number_format_with_event_saves_and_preview_matches_service(
    qtbot, home, demo_event
) -> None:  # type: ignore[no-untyped-def]
    """``{event}`` is offered by numbering, so saving must accept it; the preview shown
    while typing is exactly the number the service prints next on this station."""
    from desktop_app.services.certificates import numbering
    from desktop_app.services.certificates.issuing import issue_missing
    from tests.factories import attend

    window = _window(qtbot, home)
    page = _page(window)
    ui = page.ui
    ui.certFormatEdit.selectAll()
    qtbot.keyClicks(ui.certFormatEdit, "{seq:03d}/{event}/{org}/{year}")
    with qtbot.waitSignal(window.ctx.data_changed):
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert not ui.errorLabel.isVisible()
    event = Event.get_by_id(demo_event.id)
    assert event.certificate_number_format == "{seq:03d}/{event}/{org}/{year}"
    expected = numbering.preview_next(event).number
    # This station created the event, so it allocates the blocks: a plain number.
    assert expected == f"001/{event.code}/{event.organizer_code}/2024"
    assert ui.certExampleLabel.text() == f"Nomor berikutnya: {expected}"
    # A format without {station}: still plain, exactly what the service renders.
    ui.certFormatEdit.selectAll()
    qtbot.keyClicks(ui.certFormatEdit, "{seq:03d}/SERT")
    rendered = numbering.preview_next(event, "{seq:03d}/SERT").number
    assert ui.certExampleLabel.text() == f"Nomor berikutnya: {rendered}"
    assert ui.certExampleLabel.text() == "Nomor berikutnya: 001/SERT"
    # The preview is what is printed: the first certificate issued carries it.
    attend(event, 1)
    assert [c.number for c in issue_missing(event, "meja-1")] == [expected]


def test_new_event_form_offers_the_one_default_number_format(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models.entities import DEFAULT_CERTIFICATE_NUMBER_FORMAT
    from desktop_app.services.events.certificate_number_format import DEFAULT_FORMAT

    page = _page(_window(qtbot, home))
    assert DEFAULT_FORMAT is DEFAULT_CERTIFICATE_NUMBER_FORMAT  # one definition
    assert page.ui.certFormatEdit.text() == DEFAULT_FORMAT
    assert Event.certificate_number_format.default == DEFAULT_FORMAT
    # Plain numbers ("001/SERT/…"): blocks keep offline stations apart, not a prefix.
    assert "{station}" not in DEFAULT_FORMAT
    assert page.ui.certExampleLabel.text().startswith("Nomor berikutnya: 001/SERT/")


def test_saving_with_the_keyboard_locks_the_form_until_committed(qtbot, home, demo_event) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+S saves on the write path: while the save waits its turn behind another write,
    the form takes no typing (nothing typed meanwhile can be marked saved by mistake);
    after the commit the cursor is back where it was."""
    import threading

    from PySide6.QtTest import QTest

    from desktop_app.ui.tasks import run_write

    window = _window(qtbot, home)
    page = _page(window)
    ui = page.ui
    ui.venueEdit.setFocus()
    ui.venueEdit.selectAll()
    qtbot.keyClicks(ui.venueEdit, "Aula Kantor Camat Lembor")
    release = threading.Event()
    run_write(lambda: release.wait(10), owner=window)  # the writer is busy elsewhere
    # Through the window, as a keyboard does, so the shortcut map sees it.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.isEnabled(), timeout=5000)
    qtbot.keyClicks(ui.venueEdit, " Lantai 2")  # refused while the save is queued
    assert ui.venueEdit.text() == "Aula Kantor Camat Lembor"
    assert Event.get_by_id(demo_event.id).venue != "Aula Kantor Camat Lembor"
    with qtbot.waitSignal(window.ctx.data_changed, timeout=5000):
        release.set()
    assert page.isEnabled() and QApplication.focusWidget() is ui.venueEdit
    assert Event.get_by_id(demo_event.id).venue == "Aula Kantor Camat Lembor"
    assert ui.savedLabel.text() == "Perubahan disimpan." and not page.has_unsaved_changes()


def test_place_and_name_suggest_zone_and_organizer_code(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    from tests.keys import type_text

    window = _window(qtbot, home)
    ui = _page(window).ui
    assert ui.timezoneCombo.currentData() == "Asia/Jakarta"
    type_text(ui.organizerEdit, "Bawaslu Kabupaten Kupang")
    assert ui.organizerCodeEdit.text() == "BAWASLU-KAB-KUPANG"
    assert ui.timezoneCombo.currentData() == "Asia/Makassar"  # Kupang is WITA
    type_text(ui.cityEdit, "Jayapura")
    assert ui.timezoneCombo.currentData() == "Asia/Jayapura"
    # A zone picked by hand, and a code typed by hand, are never overridden.
    ui.timezoneCombo.setFocus()
    qtbot.keyClick(ui.timezoneCombo, Qt.Key.Key_Up)
    assert ui.timezoneCombo.currentData() == "Asia/Makassar"
    type_text(ui.cityEdit, " Kota")
    assert ui.timezoneCombo.currentData() == "Asia/Makassar"
    ui.organizerCodeEdit.clear()
    type_text(ui.organizerCodeEdit, "BWS-KPG")
    type_text(ui.organizerEdit, " Barat")
    assert ui.organizerCodeEdit.text() == "BWS-KPG"


def test_verification_address_preview_warning_and_save(qtbot, home) -> None:  # type: ignore[no-untyped-def]
    from tests.keys import type_text

    window = _window(qtbot, home)
    page = _page(window)
    ui = page.ui
    assert ui.verifyUrlEdit.text() == "https://verifikasi.ikrar.id"  # nobody runs it: warned
    assert "belum diatur" in ui.verifyPreviewLabel.text()
    type_text(ui.titleEdit, "Deklarasi")
    type_text(ui.organizerEdit, "Bawaslu Kota Kupang")
    ui.verifyUrlEdit.clear()
    type_text(ui.verifyUrlEdit, "http://192.168.1.10:8765")
    assert "HTTP://192.168.1.10:8765/V/" in ui.verifyPreviewLabel.text()
    assert "HTTPS" in ui.verifyPreviewLabel.text() and "\u26a0" in ui.verifyPreviewLabel.text()
    ui.verifyUrlEdit.clear()
    type_text(ui.verifyUrlEdit, "https://cek.bawaslu-kupang.example.id/")
    assert "\u26a0" not in ui.verifyPreviewLabel.text()
    with qtbot.waitSignal(window.ctx.event_changed):
        page.save()
    event = Event.get()
    assert event.verify_base_url == "https://cek.bawaslu-kupang.example.id"
    # A bad address is refused in words, on its field, and the stored one stays.
    ui.verifyUrlEdit.clear()
    type_text(ui.verifyUrlEdit, "https://cek example?x=1")
    page.save()
    qtbot.waitUntil(ui.errorLabel.isVisible)
    assert "Alamat verifikasi" in ui.errorLabel.text()
    assert Event.get().verify_base_url == "https://cek.bawaslu-kupang.example.id"
