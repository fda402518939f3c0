"""Signing screen, kiosk window and Deklarasi page driven with real widgets (offscreen)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenuBar, QTabWidget

from desktop_app.models import Attendee, Signature
from desktop_app.services.signing.declarations import current_text, declaration_key_for
from tests.signing_helpers import check_in, sign

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

    person = check_in(demo_event, 1)[0]
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

    person = check_in(demo_event, 1)[0]
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

    person = check_in(demo_event, 1)[0]
    kiosk = KioskWindow()
    qtbot.addWidget(kiosk)
    kiosk.start(None)
    qtbot.waitExposed(kiosk)
    assert kiosk.isFullScreen()
    assert not kiosk.findChildren(QTabWidget) and not kiosk.findChildren(QMenuBar)
    kiosk.present(_request(demo_event, person))
    assert kiosk.is_signing()
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
    assert kiosk.isVisible()
    kiosk.end()  # the operator's action
    assert not kiosk.isVisible()


def test_single_monitor_kiosk_ends_only_with_organizer_pin(qtbot, home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.services.signing.organizer_access import set_organizer_pin
    from desktop_app.ui.signing.signing_screen import KioskWindow

    kiosk = KioskWindow()
    qtbot.addWidget(kiosk)
    kiosk.start(None)  # one monitor: the kiosk covers the operator's window
    assert not kiosk.operator_button.isVisible()  # no PIN, no way out from the kiosk
    kiosk.end()
    set_organizer_pin("135790")
    kiosk = KioskWindow()
    qtbot.addWidget(kiosk)
    kiosk.start(None)
    assert kiosk.operator_button.isVisible()
    answers = iter([("000000", True), ("135790", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    ended: list[bool] = []
    kiosk.end_requested.connect(lambda: ended.append(True))
    qtbot.mouseClick(kiosk.operator_button, Qt.MouseButton.LeftButton)
    assert not ended and "PIN salah" in kiosk.idle.text()
    qtbot.mouseClick(kiosk.operator_button, Qt.MouseButton.LeftButton)
    assert ended == [True]


def test_declaration_page(qtbot, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    people = check_in(demo_event, 5)
    sign(demo_event, people[0])
    ctx = AppContext(DataDir(home), operator="Meja 1")
    ctx.set_event(demo_event.id)
    page = DeclarationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    table = page.ui.queueTable
    assert table.rowCount() == 4  # present, not yet signed
    names = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert people[0].full_name not in names and people[1].full_name in names
    qtbot.keyClicks(page.ui.searchEdit, people[2].full_name.split()[-1])
    assert 1 <= table.rowCount() < 4
    # Two officials sign the collective text; the Ketua also the daftar hadir and the
    # certificates (the demo ticks no official for letters).
    assert page.ui.officialsList.count() == 4
    # One (offscreen) monitor and no organizer PIN: kiosk mode is refused, not locked in.
    page.ui.kioskButton.setChecked(True)
    assert page.kiosk is None and not page.ui.kioskButton.isChecked()
    assert "PIN penyelenggara" in page.ui.kioskLabel.text()
    # Naskah: the signed text is frozen, saving creates a new version.
    key = declaration_key_for(people[0])
    page.ui.textKeyCombo.setCurrentIndex(page.ui.textKeyCombo.findData(key))
    assert "sudah ditandatangani" in page.ui.versionLabel.text()
    page.ui.bodyEdit.setPlainText(page.ui.bodyEdit.toPlainText() + "\nKalimat tambahan.")
    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)
    assert "versi baru" in page.ui.textStatusLabel.text()
    assert current_text(demo_event, key).version == 2
    # Dokumen: daftar hadir in the background, progress bar, then the file exists.
    page.ui.tabs.setCurrentWidget(page.ui.documentsTab)
    qtbot.mouseClick(page.ui.attendanceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Selesai" in page.ui.exportStatusLabel.text(), timeout=15_000)
    out = home / "documents" / f"{demo_event.code}-daftar-hadir.pdf"
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert page.ui.exportProgress.value() == page.ui.exportProgress.maximum()
    assert page.ui.openFolderButton.isEnabled()
    # Bukti
    qtbot.mouseClick(page.ui.verifyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "utuh" in page.ui.verifyResultLabel.text(), timeout=10_000)
    assert Attendee.select().count() == 40


def test_official_signs_the_daftar_hadir_on_the_pad(qtbot, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    """Picking "daftar hadir" for the Ketua opens the pad with that document's text; the
    saved evidence record is what puts his signature on the daftar hadir."""
    from desktop_app.documents.common.event_records import official_blocks
    from desktop_app.services.signing.signature_evidence import verify_chain
    from desktop_app.ui.signing.signing_screen import SigningScreen

    check_in(demo_event, 3)
    assert official_blocks(demo_event, "DAFTAR_HADIR")[0].signature_png is None
    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.signing.declaration_page import DeclarationPage

    ctx = AppContext(DataDir(home), operator="Meja 1")
    ctx.set_event(demo_event.id)
    page = DeclarationPage(ctx)
    qtbot.addWidget(page)
    page.show()
    items = [page.ui.officialsList.item(i) for i in range(page.ui.officialsList.count())]
    chosen = next(i for i in items if "daftar hadir" in i.text())
    requests = []
    page._open_signing = lambda request, name: requests.append(request)  # no modal dialog
    page.ui.officialsList.setCurrentItem(chosen)
    qtbot.mouseClick(page.ui.signOfficialButton, Qt.MouseButton.LeftButton)
    assert len(requests) == 1 and requests[0].official_id
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
