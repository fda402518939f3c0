"""The passphrase of this station's private keys in the window.

``KeyUnlockDialog`` opens a protected station once per start (before the desk opens: every
check-in is signed evidence, so the desk cannot work locked). ``KeyProtectionDialog`` turns
protection on (passphrase typed twice) or off (the current passphrase). scrypt takes a few
tenths of a second, so it runs off the GUI thread; only the dialog lives here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.common import key_vault
from desktop_app.services.common.errors import UserError
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_task


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class _PassphraseDialog(QDialog):
    """A form of passphrase fields, an error line and one button that runs ``work``."""

    def __init__(self, keys: Path, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.keys = keys
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #8a1c12;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, work: Any) -> None:
        self.ok_button.setEnabled(False)
        self.error_label.setText(
            QCoreApplication.translate("KeyProtectionDialogs", "Memeriksa frasa sandi…")
        )
        self.error_label.show()
        run_task(work, self._done, owner=self)

    def _done(self, _result: Any, error: BaseException | None) -> None:
        self.ok_button.setEnabled(True)
        if error is not None:
            self.show_error(
                error_text(error)
                if isinstance(error, UserError)
                else QCoreApplication.translate(
                    "KeyProtectionDialogs", "Gagal. Rincian ada di log."
                )
            )
            return
        self.error_label.hide()
        self.accept()


class KeyUnlockDialog(_PassphraseDialog):
    """Asks the passphrase of a protected station; the keys stay open until the app closes."""

    def __init__(self, keys: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            keys,
            QCoreApplication.translate("KeyProtectionDialogs", "Buka kunci stasiun"),
            QCoreApplication.translate(
                "KeyProtectionDialogs",
                "Kunci privat stasiun ini dilindungi frasa sandi. Registrasi, tanda tangan, "
                "sertifikat dan sinkronisasi ditandatangani dengan kunci itu: masukkan frasa "
                "sandinya sekali; kunci tetap terbuka sampai aplikasi ditutup.",
            ),
            parent,
        )
        self.passphrase_edit = _password_edit(self, "passphraseEdit")
        self.form.addRow(
            QCoreApplication.translate("KeyProtectionDialogs", "&Frasa sandi"), self.passphrase_edit
        )
        self.ok_button.setText(QCoreApplication.translate("KeyProtectionDialogs", "&Buka kunci"))
        self.passphrase_edit.setFocus()

    def submit(self) -> None:
        passphrase, root = self.passphrase_edit.text(), self.keys.parent

        def work() -> None:
            key_vault.unlock_data_folder(root, passphrase)
            remember_passphrase(passphrase)

        self.run(work)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # a stray Esc is not a decision to work locked
            return
        super().keyPressEvent(event)


class KeyProtectionDialog(_PassphraseDialog):
    """Turns protection on (new passphrase twice) or off (current passphrase)."""

    def __init__(self, keys: Path, parent: QWidget | None = None) -> None:
        self.protecting = not key_vault.is_protected(keys)
        if self.protecting:
            title = QCoreApplication.translate(
                "KeyProtectionDialogs", "Lindungi kunci dengan frasa sandi"
            )
            intro = QCoreApplication.translate(
                "KeyProtectionDialogs",
                "Kunci privat stasiun ini akan disimpan terenkripsi. Frasa sandi ditanyakan "
                "setiap aplikasi dibuka. Tanpa frasa sandi stasiun ini tidak dapat "
                "menandatangani lagi: simpan di tempat aman.",
            )
        else:
            title = QCoreApplication.translate("KeyProtectionDialogs", "Lepas perlindungan kunci")
            intro = QCoreApplication.translate(
                "KeyProtectionDialogs", "Kunci privat akan disimpan tanpa frasa sandi lagi."
            )
        super().__init__(keys, title, intro, parent)
        self.passphrase_edit = _password_edit(self, "passphraseEdit")
        self.repeat_edit = _password_edit(self, "repeatEdit")
        if self.protecting:
            self.form.addRow(
                QCoreApplication.translate(
                    "KeyProtectionDialogs", "&Frasa sandi baru (minimal {minimum} karakter)"
                ).format(minimum=key_vault.MIN_PASSPHRASE_LENGTH),
                self.passphrase_edit,
            )
            self.form.addRow(
                QCoreApplication.translate("KeyProtectionDialogs", "&Ulangi"), self.repeat_edit
            )
            self.ok_button.setText(QCoreApplication.translate("KeyProtectionDialogs", "&Lindungi"))
        else:
            self.repeat_edit.hide()
            self.form.addRow(
                QCoreApplication.translate("KeyProtectionDialogs", "&Frasa sandi saat ini"),
                self.passphrase_edit,
            )
            self.ok_button.setText(
                QCoreApplication.translate("KeyProtectionDialogs", "&Lepas perlindungan")
            )
        self.passphrase_edit.setFocus()

    def submit(self) -> None:
        passphrase, root = self.passphrase_edit.text(), self.keys.parent
        if not self.protecting:

            def unprotect() -> None:
                key_vault.unprotect_data_folder(root, passphrase)
                remember_passphrase(None)

            self.run(unprotect)
            return
        if len(passphrase) < key_vault.MIN_PASSPHRASE_LENGTH:
            self.show_error(
                QCoreApplication.translate(
                    "KeyProtectionDialogs", "Frasa sandi minimal {minimum} karakter."
                ).format(minimum=key_vault.MIN_PASSPHRASE_LENGTH)
            )
            return
        if self.repeat_edit.text() != passphrase:
            self.show_error(
                QCoreApplication.translate("KeyProtectionDialogs", "Kedua frasa sandi tidak sama.")
            )
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return

        def protect() -> None:
            key_vault.protect_data_folder(root, passphrase)
            remember_passphrase(passphrase)

        self.run(protect)


# The passphrase itself, for one purpose: handing it (through a pipe) to the hub this window
# starts, whose organizer root is protected alike. It lives as long as the unlocked keys.
_session_passphrase: str | None = None


def remember_passphrase(passphrase: str | None) -> None:
    global _session_passphrase
    _session_passphrase = passphrase


def session_passphrase() -> str | None:
    """The passphrase this window was unlocked with (None: not protected or not unlocked)."""
    return _session_passphrase


def unlock_if_protected(window: QWidget, keys: Path, then: Any) -> bool:
    """Ask the passphrase of a locked station, then call ``then()``; returns whether it asked.

    Closing the dialog leaves the station locked (searching works; signing tells why not);
    ``then`` runs either way so the desk still opens.
    """
    if key_vault.is_unlocked(keys):
        then()
        return False
    dialog = KeyUnlockDialog(keys, window)
    dialog.finished.connect(lambda _code: then())
    dialog.open()
    return True
