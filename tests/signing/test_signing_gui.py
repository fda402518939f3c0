"""Signing screen, kiosk window and Deklarasi page driven with real widgets (offscreen)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenuBar, QTabWidget

from desktop_app.models import Attendee, Signature
from desktop_app.services.signing.declarations import current_text, declaration_key_for
from tests.factories import check_in_first, sign
from tests.keys import type_text

pytestmark = pytest.mark.gui


def _signature_gesture(qtbot, pad) -> None:  # type: ignore[no-untyped-def]
    for word in range(2):
        points = [
            (int(80 + 200 * word + 5 * i + 20 * math.cos(i / 3)), int(110 + 35 * math.sin(i / 3)))
            for i in range(36)
        ]
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
        for x, y in points[1:]:
            qtbot.mouseMove(pad, QPoint(x, y), delay=1)
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def _request(event, attendee):  # type: ignore[no-untyped-def]
    from desktop_app.ui.signing.signing_screen import SigningRequest

    text = current_text(event, declaration_key_for(attendee))
    return SigningRequest(event.id, text.id, attendee_id=attendee.id, operator="Meja 1")


def test_signing_screen_saves_after_consent(qtbot, demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.signing.signing_screen import SigningScreen

    person = check_in_first(demo_event, 1)[0]
    screen = SigningScreen()
    qtbot.addWidget(screen)
    screen.resize(1200, 720)
    screen.show()
    screen.load(_request(demo_event, person))
    assert person.full_name in screen.ui.signerLabel.text()
    assert "{" not in screen.ui.textBrowser.toPlainText()
    assert "dengan ini menyatakan" in screen.ui.textBrowser.toPlainText()
    assert not screen.ui.saveButton.isEnabled()
    _signature_gesture(qtbot, screen.pad)
    assert not screen.ui.saveButton.isEnabled()  # consent and confirmation still missing
    screen.save()
    assert "persetujuan" in screen.ui.statusLabel.text().lower()
    assert Signature.select().where(Signature.attendee == person).count() == 0
    screen.ui.consentCheck.setChecked(True)
    assert not screen.ui.saveButton.isEnabled()
    screen.ui.confirmCheck.setChecked(True)
    assert screen.ui.saveButton.isEnabled()
    with qtbot.waitSignal(screen.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    sig = Signature.get_by_id(blocker.args[0])  # committed before "Tersimpan" was shown
    assert screen.ui.statusLabel.text() == "Tersimpan"
    assert sig.attendee_id == person.id and sig.operator == "Meja 1"
    assert sig.text_signed == screen.text_signed
    assert sig.consent and sig.image_png.startswith(b"\x89PNG")


def test_signing_screen_rejects_scribble(qtbot, demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.signing.signing_screen import SigningScreen

    person = check_in_first(demo_event, 1)[0]
    screen = SigningScreen()
    qtbot.addWidget(screen)
    screen.resize(1200, 720)
    screen.show()
    screen.load(_request(demo_event, person))
    qtbot.mousePress(screen.pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    qtbot.mouseRelease(screen.pad, Qt.MouseButton.LeftButton, pos=QPoint(102, 101))
    screen.ui.consentCheck.setChecked(True)
    screen.ui.confirmCheck.setChecked(True)
    screen.save()
    assert "terlalu kecil" in screen.ui.statusLabel.text()
    assert Signature.select().where(Signature.attendee == person).count() == 0


def test_kiosk_cannot_be_left_by_the_signer(qtbot, demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.signing.signing_screen import KioskWindow

    person = check_in_first(demo_event, 1)[0]
    kiosk = KioskWindow()
    qtbot.addWidget(kiosk)
    kiosk.start(None)  # one (offscreen) monitor: hidden until the operator picks a signer
    assert kiosk.single_screen and not kiosk.isVisible()
    assert not kiosk.take_back_button.isVisible()  # no organizer PIN set: no way back early
    kiosk.present(_request(demo_event, person))
    qtbot.waitExposed(kiosk)
    assert kiosk.isFullScreen() and kiosk.is_signing()
    assert not kiosk.findChildren(QTabWidget) and not kiosk.findChildren(QMenuBar)
    qtbot.keyClick(kiosk.screen_widget.pad, Qt.Key.Key_Escape)
    qtbot.keyClick(kiosk, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert not kiosk.close()  # a window-manager close (Alt+F4) is refused
    assert kiosk.isVisible() and kiosk.is_signing()
    _signature_gesture(qtbot, kiosk.screen_widget.pad)
    kiosk.screen_widget.ui.consentCheck.setChecked(True)
    kiosk.screen_widget.ui.confirmCheck.setChecked(True)
    with qtbot.waitSignal(kiosk.signed, timeout=10_000):
        kiosk.screen_widget.save()
    assert not kiosk.is_signing() and "tersimpan" in kiosk.idle.text()
    assert kiosk.isVisible()  # "Terima kasih" stays a moment ...
    with qtbot.waitSignal(kiosk.returned, timeout=5000):
        pass
    assert not kiosk.isVisible()  # ... then the screen is the operator's again
    kiosk.end()


def test_single_monitor_take_back_needs_the_organizer_pin(qtbot, demo_event, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.services.signing.organizer_access import set_organizer_pin
    from desktop_app.ui.signing.signing_screen import KioskWindow

    people = check_in_first(demo_event, 2)
    set_organizer_pin("135790")
    kiosk = KioskWindow()
    qtbot.addWidget(kiosk)
    kiosk.start(None)
    kiosk.present(_request(demo_event, people[0]))
    qtbot.waitExposed(kiosk)
    assert kiosk.take_back_button.isVisible()
    answers = iter([("000000", True), ("135790", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    returned: list[bool] = []
    kiosk.returned.connect(lambda: returned.append(True))
    qtbot.mouseClick(kiosk.take_back_button, Qt.MouseButton.LeftButton)
    assert not returned and kiosk.is_signing() and kiosk.isVisible()  # wrong PIN: stays
    assert "PIN salah" in kiosk.screen_widget.ui.statusLabel.text()
    qtbot.mouseClick(kiosk.take_back_button, Qt.MouseButton.LeftButton)
    assert returned == [True] and not kiosk.isVisible()
    # The signer's own Batal needs no PIN: the screen returns by itself.
    kiosk.present(_request(demo_event, people[1]))
    qtbot.waitExposed(kiosk)
    with qtbot.waitSignal(kiosk.returned, timeout=5000):
        qtbot.mouseClick(kiosk.screen_widget.ui.cancelButton, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
    assert Signature.select().count() == 0
    kiosk.end()


def test_declaration_page(qtbot, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    people = check_in_first(demo_event, 5)
    sign(demo_event, people[0])
    ctx = AppContext(DataDir(home), operator="Meja 1")
    ctx.set_event(demo_event.id)
    page = DeclarationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    queue = page.queue_tab
    model = queue.ui.queueTable.model()
    qtbot.waitUntil(lambda: queue.loaded_generation >= 1, timeout=5000)  # loaded off-thread
    assert model.rowCount() == 4  # present, not yet signed
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert people[0].full_name not in names and people[1].full_name in names
    surname = people[2].full_name.split(",")[0].split()[-1]
    queue.ui.searchEdit.setFocus()
    type_text(queue.ui.searchEdit, surname.upper())  # Shift held for every capital
    assert 1 <= model.rowCount() < 4
    assert people[2].full_name in {model.index(r, 0).data() for r in range(model.rowCount())}
    assert queue.selected_attendee_id() == model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    # Two officials sign the collective text; the Ketua also the daftar hadir and the
    # certificates (the demo ticks no official for letters).
    assert queue.ui.officialsList.count() == 4
    # One (offscreen) monitor: kiosk mode waits for the operator to pick a signer.
    queue.ui.kioskButton.setChecked(True)
    assert queue.kiosk is not None and queue.kiosk.single_screen
    assert not queue.kiosk.isVisible() and "layar ini" in queue.ui.kioskLabel.text()
    queue.ui.kioskButton.setChecked(False)
    assert queue.kiosk is None
    # Naskah: the signed text is frozen, saving creates a new version (on the write path).
    texts = page.texts_tab.ui
    page.ui.tabs.setCurrentWidget(page.ui.textsTab)
    key = declaration_key_for(people[0])
    texts.textKeyCombo.setCurrentIndex(texts.textKeyCombo.findData(key))
    assert "sudah ditandatangani" in texts.versionLabel.text()
    texts.bodyEdit.setFocus()
    texts.bodyEdit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(texts.bodyEdit, " Kalimat tambahan.")
    qtbot.mouseClick(texts.saveTextButton, Qt.MouseButton.LeftButton)
    saved = "Tersimpan sebagai versi baru 2"
    qtbot.waitUntil(lambda: saved in texts.textStatusLabel.text(), timeout=5000)
    assert current_text(demo_event, key).version == 2
    assert current_text(demo_event, key).body.rstrip().endswith(" Kalimat tambahan.")
    # Dokumen: daftar hadir in the background, progress bar, then the file exists.
    documents = page.documents_tab.ui
    page.ui.tabs.setCurrentWidget(page.ui.documentsTab)
    qtbot.mouseClick(documents.attendanceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Selesai" in documents.exportStatusLabel.text(), timeout=15_000)
    out = home / "documents" / f"{demo_event.code}-daftar-hadir.pdf"
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert "halaman" in documents.exportStatusLabel.text()
    assert documents.exportProgress.value() == documents.exportProgress.maximum()
    assert documents.openFolderButton.isEnabled()
    # Bukti
    evidence = page.evidence_tab.ui
    page.ui.tabs.setCurrentWidget(page.ui.evidenceTab)
    qtbot.mouseClick(evidence.verifyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "utuh" in evidence.verifyResultLabel.text(), timeout=10_000)
    assert Attendee.select().count() == 40


def test_official_signs_the_daftar_hadir_on_the_pad(qtbot, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    """Picking "daftar hadir" for the Ketua opens the pad with that document's text; the
    saved evidence record is what puts his signature on the daftar hadir."""
    from desktop_app.documents.common.event_records import official_blocks
    from desktop_app.services.signing.signature_evidence import verify_chain
    from desktop_app.ui.signing.signing_screen import SigningScreen

    check_in_first(demo_event, 3)
    assert official_blocks(demo_event, "DAFTAR_HADIR")[0].signature_png is None
    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    ctx = AppContext(DataDir(home), operator="Meja 1")
    ctx.set_event(demo_event.id)
    page = DeclarationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    queue = page.queue_tab
    officials = queue.ui.officialsList
    qtbot.waitUntil(lambda: queue.loaded_generation >= 1, timeout=5000)  # loaded off-thread
    items = [officials.item(i) for i in range(officials.count())]
    chosen = next(i for i in items if "daftar hadir" in i.text())
    requests = []
    queue._open_signing = lambda request, name: requests.append(request)  # no modal dialog
    officials.setCurrentItem(chosen)
    qtbot.mouseClick(queue.ui.signOfficialButton, Qt.MouseButton.LeftButton)
    # The document's text is added on the write path first; then the pad opens.
    qtbot.waitUntil(lambda: len(requests) == 1, timeout=5000)
    assert requests[0].official_id
    screen = SigningScreen()
    qtbot.addWidget(screen)
    screen.resize(1200, 720)
    screen.show()
    screen.load(requests[0])
    assert "Daftar Hadir" in screen.ui.textBrowser.toPlainText()
    _signature_gesture(qtbot, screen.pad)
    screen.ui.consentCheck.setChecked(True)
    screen.ui.confirmCheck.setChecked(True)
    with qtbot.waitSignal(screen.saved, timeout=10_000):
        qtbot.mouseClick(screen.ui.saveButton, Qt.MouseButton.LeftButton)
    block = official_blocks(demo_event, "DAFTAR_HADIR")[0]
    assert block.signature_png is not None and block.signature_png.startswith(b"\x89PNG")
    # Signing the daftar hadir did not sign the certificates: that stays a separate act.
    from desktop_app.services.signing.document_signing import document_signatures

    assert document_signatures(demo_event, "SERTIFIKAT") == {}
    assert verify_chain(demo_event).ok


def test_one_screen_signing_from_the_queue(qtbot, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    """The operator picks the signer, the screen becomes the signer's, and after Simpan it
    is the operator's again with the queue one shorter and the search ready."""
    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    people = check_in_first(demo_event, 3)
    ctx = AppContext(DataDir(home), operator="Meja 1")
    ctx.set_event(demo_event.id)
    page = DeclarationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    queue = page.queue_tab
    qtbot.waitUntil(lambda: queue.loaded_generation >= 1, timeout=5000)
    queue.ui.kioskButton.setChecked(True)
    kiosk = queue.kiosk
    assert kiosk is not None and not kiosk.isVisible()
    chosen = queue.selected_attendee_id()
    assert chosen in {p.id for p in people}
    qtbot.mouseClick(queue.ui.signButton, Qt.MouseButton.LeftButton)
    qtbot.waitExposed(kiosk)
    assert kiosk.is_signing() and kiosk.isFullScreen()
    _signature_gesture(qtbot, kiosk.screen_widget.pad)
    kiosk.screen_widget.ui.consentCheck.setChecked(True)
    kiosk.screen_widget.ui.confirmCheck.setChecked(True)
    with qtbot.waitSignal(kiosk.returned, timeout=10_000):
        qtbot.mouseClick(kiosk.screen_widget.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not kiosk.isVisible()
    assert Signature.select().where(Signature.attendee == chosen).count() == 1
    qtbot.waitUntil(lambda: queue.queue_model.rowCount() == 2, timeout=5000)
    assert "tersimpan" in queue.ui.kioskLabel.text()
    queue.ui.kioskButton.setChecked(False)


def test_enter_on_a_queue_row_opens_signing(qtbot, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest

    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    check_in_first(demo_event, 3)
    ctx = AppContext(DataDir(home), operator="Meja 1")
    ctx.set_event(demo_event.id)
    page = DeclarationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    queue = page.queue_tab
    qtbot.waitUntil(lambda: queue.loaded_generation >= 1, timeout=5000)
    opened: list[str] = []
    queue._open_signing = lambda request, name: opened.append(request.attendee_id)
    table = queue.ui.queueTable
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened == [queue.selected_attendee_id()]
