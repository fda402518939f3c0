"""The passphrase on the station's private keys in the window: turning it on and off from
Deklarasi › Bukti, and the unlock question at start-up before the desk opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.paths import DataDir
from desktop_app.services.common import key_vault
from desktop_app.ui.context import AppContext
from tests.keys import type_text

pytestmark = pytest.mark.gui

PASSPHRASE = "Kopi Tubruk 2024"


@pytest.fixture(autouse=True)
def _fresh_vault() -> Iterator[None]:
    key_vault.forget_unlocked()
    yield
    key_vault.forget_unlocked()


def _enter(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.clear()
    type_text(edit, text)


def test_protect_and_unprotect_from_the_evidence_tab(qtbot, home: Path, demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.common.station_key import station_key
    from desktop_app.ui.key_protection_dialogs import KeyProtectionDialog
    from desktop_app.ui.signing.evidence_tab import EvidenceTab

    station_key()  # the station has its key
    keys = home / "keys"
    ctx = AppContext(DataDir(home), operator="Rina")
    tab = EvidenceTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    assert "tanpa frasa sandi" in tab.ui.keysStatusLabel.text()
    qtbot.mouseClick(tab.ui.keysButton, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(KeyProtectionDialog)
    assert dialog is not None and dialog.isVisible() and dialog.protecting

    _enter(qtbot, dialog.passphrase_edit, "pendek")
    _enter(qtbot, dialog.repeat_edit, "pendek")
    QTest.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert "minimal 10 karakter" in dialog.error_label.text()
    _enter(qtbot, dialog.passphrase_edit, PASSPHRASE)
    _enter(qtbot, dialog.repeat_edit, PASSPHRASE + "x")
    QTest.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert "tidak sama" in dialog.error_label.text()
    assert not key_vault.is_protected(keys)  # nothing changed on either mistake

    _enter(qtbot, dialog.repeat_edit, PASSPHRASE)
    QTest.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert key_vault.is_protected(keys)
    assert (keys / "station_ed25519.pem").read_bytes().startswith(b"{")
    assert "terbuka sampai aplikasi ditutup" in tab.ui.keysStatusLabel.text()
    # Typed with Shift for the capitals, the passphrase is exactly what was meant.
    key_vault.forget_unlocked()
    tab.hide()
    tab.show()
    assert "masih terkunci" in tab.ui.keysStatusLabel.text()
    key_vault.unlock(keys, PASSPHRASE)
    tab.hide()
    tab.show()  # shown again after the unlock: says so
    assert "terbuka sampai aplikasi ditutup" in tab.ui.keysStatusLabel.text()

    qtbot.mouseClick(tab.ui.keysButton, Qt.MouseButton.LeftButton)
    off = [d for d in tab.findChildren(KeyProtectionDialog) if d.isVisible()][0]
    assert not off.protecting and not off.repeat_edit.isVisible()
    _enter(qtbot, off.passphrase_edit, "salah sekali dong")
    QTest.keyClick(off.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "salah" in off.error_label.text(), timeout=15000)
    assert off.isVisible() and key_vault.is_protected(keys)
    _enter(qtbot, off.passphrase_edit, PASSPHRASE)
    QTest.keyClick(off.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not off.isVisible(), timeout=15000)
    assert not key_vault.is_protected(keys)
    assert (keys / "station_ed25519.pem").read_bytes().startswith(b"-----BEGIN PRIVATE KEY")
    assert "tanpa frasa sandi" in tab.ui.keysStatusLabel.text()


def test_locked_station_asks_once_at_start_then_the_desk_signs(
    qtbot, home: Path, demo_event
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import Checkin
    from desktop_app.services.common.errors import UserError
    from desktop_app.services.common.station_key import station_key
    from desktop_app.ui.key_protection_dialogs import KeyUnlockDialog, unlock_if_protected
    from desktop_app.ui.main_window import MainWindow
    from tests.factories import check_in, first_attendees

    station_key()
    keys = home / "keys"
    key_vault.protect(keys, PASSPHRASE)
    key_vault.forget_unlocked()
    import desktop_app.services.common.station_key as station_key_module

    station_key_module._cache.clear()  # a fresh start of the app: nothing in memory
    ctx = AppContext(DataDir(home), operator="Rina")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    opened: list[bool] = []
    assert unlock_if_protected(window, keys, lambda: opened.append(True))
    dialog = window.findChild(KeyUnlockDialog)
    assert dialog is not None and dialog.isVisible() and opened == []
    QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # a stray Esc does not leave the desk locked
    person = first_attendees(demo_event, 1)[0]
    with pytest.raises(UserError):
        check_in(demo_event, person)  # locked: the check-in cannot be signed, nothing kept
    assert Checkin.select().count() == 0

    _enter(qtbot, dialog.passphrase_edit, "salah sekali dong")
    QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "salah" in dialog.error_label.text(), timeout=15000)
    assert dialog.isVisible() and not key_vault.is_unlocked(keys)
    _enter(qtbot, dialog.passphrase_edit, PASSPHRASE)
    QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert opened == [True] and key_vault.is_unlocked(keys)
    check_in(demo_event, person)
    assert Checkin.select().count() == 1
    # Unprotected or already open: no question, the desk opens at once.
    assert not unlock_if_protected(window, keys, lambda: opened.append(True))
    assert opened == [True, True]
