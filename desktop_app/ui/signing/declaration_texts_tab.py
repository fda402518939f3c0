"""Deklarasi › Naskah: edit the declaration texts; a signed text is frozen and saving makes
a new version (``services/signing/declarations.edit_text``), stored on the write path.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.models import DeclarationText, Event
from desktop_app.models.categories import DECLARATION_KEYS
from desktop_app.services.common.errors import UserError
from desktop_app.services.signing.declarations import (
    PLACEHOLDERS,
    current_text,
    edit_text,
    is_signed,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.signing.ui_declaration_texts_tab import Ui_DeclarationTextsTab
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_write

log = logging.getLogger("ikrar.signing")

TEXT_LABELS = {
    "ASN": QT_TRANSLATE_NOOP("DeclarationTextsTab", "ASN (PNS dan PPPK)"),
    "DESA": QT_TRANSLATE_NOOP("DeclarationTextsTab", "Kepala Desa dan Perangkat Desa"),
    "TNI_POLRI": QT_TRANSLATE_NOOP("DeclarationTextsTab", "TNI dan Polri"),
    "UMUM": QT_TRANSLATE_NOOP("DeclarationTextsTab", "Umum"),
    "KOLEKTIF": QT_TRANSLATE_NOOP("DeclarationTextsTab", "Naskah deklarasi kolektif"),
}
# Descriptions of services.declarations.PLACEHOLDERS, collected for translation.
PLACEHOLDER_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Placeholders", "nama penanda tangan (dengan gelar)"),
    QT_TRANSLATE_NOOP("Placeholders", "NIP (ASN)"),
    QT_TRANSLATE_NOOP("Placeholders", "NRP (TNI/Polri)"),
    QT_TRANSLATE_NOOP("Placeholders", "jabatan atau pangkat"),
    QT_TRANSLATE_NOOP("Placeholders", "instansi, satuan, atau desa"),
    QT_TRANSLATE_NOOP("Placeholders", "judul acara"),
    QT_TRANSLATE_NOOP("Placeholders", "kota tempat acara"),
    QT_TRANSLATE_NOOP("Placeholders", "tanggal penandatanganan"),
    QT_TRANSLATE_NOOP("Placeholders", "wilayah penyelenggara (mis. Kabupaten Kupang)"),
)
OK_STYLE = "color: #1b6e2a;"
ERROR_STYLE = "color: #b00020;"


class DeclarationTextsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DeclarationTextsTab()
        self.ui.setupUi(self)
        self._saving = False
        ui = self.ui
        for key in DECLARATION_KEYS:
            ui.textKeyCombo.addItem(self.tr(TEXT_LABELS.get(key, key)), key)
        ui.textKeyCombo.currentIndexChanged.connect(lambda _i: self.load_text())
        ui.saveTextButton.clicked.connect(lambda: self.save_text())
        ui.revertTextButton.clicked.connect(lambda: self.load_text())
        ui.placeholderHelp.setText(
            self.tr("Isian yang tersedia: ")
            + ", ".join(
                f"{{{k}}} ({QCoreApplication.translate('Placeholders', v)})"
                for k, v in PLACEHOLDERS.items()
            )
        )
        ui.placeholderHelp.setStyleSheet("color: #555;")
        ctx.event_changed.connect(lambda _id: self.load_text())
        ctx.data_changed.connect(self._on_data_changed)
        self.load_text()

    def is_editing(self) -> bool:
        return self.ui.bodyEdit.document().isModified() or self.ui.titleEdit.isModified()

    def _on_data_changed(self, topic: str) -> None:
        # A new signature may freeze the text shown; never throw away an edit in progress.
        if topic in ("signatures", "event") and not self.is_editing() and not self._saving:
            self.load_text()

    def load_text(self) -> None:
        event: Event | None = self.ctx.current_event()
        key = self.ui.textKeyCombo.currentData()
        if event is None or key is None:
            self.ui.titleEdit.clear()
            self.ui.bodyEdit.clear()
            return
        try:
            text = current_text(event, key)
        except UserError as exc:
            self.ui.textStatusLabel.setText(error_text(exc))
            return
        self._show_text(text)

    def _show_text(self, text: DeclarationText) -> None:
        ui = self.ui
        ui.titleEdit.setText(text.title)
        ui.titleEdit.setModified(False)
        ui.bodyEdit.setPlainText(text.body)
        ui.bodyEdit.document().setModified(False)
        signed = is_signed(text)
        ui.versionLabel.setText(
            self.tr("Versi %1").replace("%1", str(text.version))
            + (self.tr(" · sudah ditandatangani") if signed else "")
        )
        ui.textStatusLabel.setStyleSheet("")
        ui.textStatusLabel.setText(
            self.tr(
                "Naskah ini sudah ditandatangani, sehingga tidak dapat diubah lagi. "
                "Menyimpan perubahan membuat versi baru; tanda tangan yang sudah ada "
                "tetap melekat pada versi lama."
            )
            if signed
            else self.tr("Belum ada yang menandatangani: perubahan menimpa versi ini.")
        )

    def save_text(self) -> None:
        event = self.ctx.current_event()
        key = self.ui.textKeyCombo.currentData()
        if event is None or key is None or self._saving:
            return
        event_id, operator = event.id, self.ctx.operator
        title, body = self.ui.titleEdit.text(), self.ui.bodyEdit.toPlainText()

        def work() -> tuple[int, int, bool]:
            ev = Event.get_by_id(event_id)
            before = current_text(ev, key)
            text = edit_text(ev, key, title, body, operator=operator)
            return before.version, text.version, text.id != before.id

        self._saving = True
        self.ui.saveTextButton.setEnabled(False)
        run_write(work, self._saved, owner=self)

    def _saved(self, result: tuple[int, int, bool] | None, error: BaseException | None) -> None:
        self._saving = False
        self.ui.saveTextButton.setEnabled(True)
        if error is not None or result is None:
            if not isinstance(error, UserError):
                log.error("saving a declaration text failed: %r", error)
            self.ui.textStatusLabel.setStyleSheet(ERROR_STYLE)
            self.ui.textStatusLabel.setText(
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("Naskah tidak tersimpan. Rincian ada di log.")
            )
            return
        before_version, version, new_version = result
        self.load_text()
        self.ui.textStatusLabel.setStyleSheet(OK_STYLE)
        if new_version:
            self.ui.textStatusLabel.setText(
                self.tr(
                    "Tersimpan sebagai versi baru %1 (versi %2 sudah ditandatangani dan "
                    "tetap tersimpan)."
                )
                .replace("%1", str(version))
                .replace("%2", str(before_version))
            )
        else:
            self.ui.textStatusLabel.setText(self.tr("Naskah tersimpan."))
