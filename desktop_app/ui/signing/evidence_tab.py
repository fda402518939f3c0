"""Deklarasi › Bukti: check the signature evidence chain, and set the organizer PIN that
guards raw strokes and ends a one-screen kiosk.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.models import Event
from desktop_app.services.common.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.signing.ui_evidence_tab import Ui_EvidenceTab
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.signing")


class EvidenceTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EvidenceTab()
        self.ui.setupUi(self)
        self.ui.verifyButton.clicked.connect(self.verify_chain)
        self.ui.pinButton.clicked.connect(self.set_organizer_pin)
        self.ui.keysButton.clicked.connect(self.change_key_protection)
        self._show_key_protection()
        ctx.event_changed.connect(lambda _id: self.ui.verifyResultLabel.clear())

    def verify_chain(self) -> None:
        """Recompute every hash of the event's chain in the background."""
        from desktop_app.services.signing.signature_evidence import verify_chain
        from desktop_app.services.signing.witnessed_heads import kept_heads

        event = self.ctx.current_event()
        if event is None:
            return
        event_id = event.id
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyResultLabel.setText(self.tr("Memeriksa…"))
        run_task(
            lambda: verify_chain(Event.get_by_id(event_id), kept_heads()),
            self._verified,
            owner=self,
        )

    def _verified(self, report: Any, error: BaseException | None) -> None:
        self.ui.verifyButton.setEnabled(True)
        if error is not None:
            self.ui.verifyResultLabel.setText(self.tr("Pemeriksaan gagal. Rincian ada di log."))
            return
        colour = "#1b6e2a" if report.ok else "#b00020"
        lines = [report.message()] + [
            self.tr("Juga rusak: ") + b.describe() for b in report.broken[1:]
        ]
        self.ui.verifyResultLabel.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.ui.verifyResultLabel.setText("\n".join(lines))

    def set_organizer_pin(self) -> None:
        """Set or change the organizer PIN (guards raw strokes and the one-screen kiosk)."""
        from desktop_app.services.signing.organizer_access import (
            has_organizer_pin,
            set_organizer_pin,
        )

        def ask(label: str) -> str | None:
            text, ok = QInputDialog.getText(
                self, self.tr("PIN penyelenggara"), label, QLineEdit.EchoMode.Password
            )
            return text if ok else None

        current = ""
        if has_organizer_pin():
            answer = ask(self.tr("PIN saat ini:"))
            if answer is None:
                return
            current = answer
        new = ask(self.tr("PIN baru (minimal 6 karakter):"))
        if new is None:
            return
        if ask(self.tr("Ulangi PIN baru:")) != new:
            self.ui.pinStatusLabel.setText(self.tr("Kedua PIN baru tidak sama; tidak diubah."))
            return
        operator = self.ctx.operator
        self.ui.pinButton.setEnabled(False)
        run_write(
            lambda: set_organizer_pin(new, current, operator=operator), self._pin_set, owner=self
        )

    def _pin_set(self, _result: Any, error: BaseException | None) -> None:
        self.ui.pinButton.setEnabled(True)
        if error is not None:
            self.ui.pinStatusLabel.setText(
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("PIN tidak tersimpan. Rincian ada di log.")
            )
            return
        self.ui.pinStatusLabel.setText(self.tr("PIN penyelenggara tersimpan."))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._show_key_protection()  # unlocked at start after this tab was built, say
        super().showEvent(event)

    def change_key_protection(self) -> None:
        """Turn the passphrase on the station's private keys on or off."""
        from desktop_app.ui.key_protection_dialogs import KeyProtectionDialog

        dialog = KeyProtectionDialog(self.ctx.home.keys, self)
        dialog.accepted.connect(self._show_key_protection)
        dialog.open()

    def _show_key_protection(self) -> None:
        from desktop_app.services.common import key_vault

        if key_vault.is_protected(self.ctx.home.keys):
            self.ui.keysButton.setText(self.tr("Lepas perlindungan kunci…"))
            self.ui.keysStatusLabel.setText(
                self.tr("Kunci dilindungi frasa sandi (terbuka sampai aplikasi ditutup).")
                if key_vault.is_unlocked(self.ctx.home.keys)
                else self.tr("Kunci dilindungi frasa sandi dan masih terkunci.")
            )
        else:
            self.ui.keysButton.setText(self.tr("Lindungi kunci dengan frasa sandi…"))
            self.ui.keysStatusLabel.setText(self.tr("Kunci privat disimpan tanpa frasa sandi."))
