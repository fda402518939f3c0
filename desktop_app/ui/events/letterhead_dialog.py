"""Kop surat and invitation letter details of the current event, with a logo upload.

Checks are the service's (``services/events/letterhead.py``): a bad e-mail, an unreadable
or oversized logo is reported in the dialog and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from desktop_app.models import Event
from desktop_app.services.common.errors import UserError
from desktop_app.services.events.letterhead import (
    MAX_LOGO_FILE,
    NATURES,
    LetterheadInput,
    letterhead_of,
    set_letterhead,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.events.ui_letterhead_dialog import Ui_LetterheadDialog
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_write

log = logging.getLogger("ikrar.ui.events")


class LetterheadDialog(QDialog):
    def __init__(self, ctx: AppContext, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.acara = event  # not "self.event": that is QObject.event(), Qt calls it
        self.ui = Ui_LetterheadDialog()
        self.ui.setupUi(self)
        self.new_logo: bytes | None = None
        self.remove_logo = False
        self.ui.errorLabel.hide()
        for nature in NATURES:
            self.ui.natureCombo.addItem(nature)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.logoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.clear_logo)
        self.ui.undatedBox.toggled.connect(lambda on: self.ui.dateEdit.setEnabled(not on))
        self._load()

    def _load(self) -> None:
        data = letterhead_of(self.acara)
        ui = self.ui
        ui.agencyEdit.setPlainText(data.agency)
        ui.addressEdit.setText(data.address)
        ui.phoneEdit.setText(data.phone)
        ui.emailEdit.setText(data.email)
        ui.websiteEdit.setText(data.website)
        ui.numberEdit.setText(data.letter_number)
        ui.natureCombo.setCurrentText(data.letter_nature)
        ui.attachmentEdit.setText(data.letter_attachment)
        ui.subjectEdit.setText(data.letter_subject)
        if data.letter_date:
            day = dt.date.fromisoformat(data.letter_date)
            ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        else:
            ui.dateEdit.setDate(QDate.currentDate())
        ui.undatedBox.setChecked(not data.letter_date)
        ui.copiesEdit.setPlainText(data.letter_copies)
        self._show_logo(bytes(self.acara.kop_logo) if self.acara.kop_logo else None)

    def _show_logo(self, png: bytes | None) -> None:
        label = self.ui.logoPreview
        if not png:
            label.setPixmap(QPixmap())
            label.setText(self.tr("(tanpa logo)"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png)
        label.setPixmap(
            pixmap.scaled(
                88,
                88,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo instansi"), "", self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> None:
        """Read a logo file (checked when saving; an obviously wrong file is refused now)."""
        from desktop_app.services.events.letterhead import checked_logo, logo_too_big

        try:
            if path.stat().st_size > MAX_LOGO_FILE:
                raise logo_too_big()  # never read a huge file into memory
            self.new_logo = checked_logo(path.read_bytes())
        except (OSError, UserError) as exc:
            self._show_error(
                error_text(exc)
                if isinstance(exc, UserError)
                else self.tr("Berkas logo tidak dapat dibaca.")
            )
            return
        self.remove_logo = False
        self._show_error("")
        self._show_logo(self.new_logo)

    def clear_logo(self) -> None:
        self.new_logo = None
        self.remove_logo = True
        self._show_logo(None)

    def letterhead_input(self) -> LetterheadInput:
        ui = self.ui
        date = ui.dateEdit.date()
        return LetterheadInput(
            agency=ui.agencyEdit.toPlainText(),
            address=ui.addressEdit.text(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            website=ui.websiteEdit.text(),
            letter_number=ui.numberEdit.text(),
            letter_nature=ui.natureCombo.currentText(),
            letter_attachment=ui.attachmentEdit.text(),
            letter_subject=ui.subjectEdit.text(),
            letter_date=(
                ""
                if ui.undatedBox.isChecked()
                else f"{date.year():04d}-{date.month():02d}-{date.day():02d}"
            ),
            letter_copies=ui.copiesEdit.toPlainText(),
        )

    def save(self) -> None:
        """Store on the write path; the dialog closes once the change is committed."""
        data, logo, remove = self.letterhead_input(), self.new_logo, self.remove_logo
        event_id, operator = self.acara.id, self.ctx.operator
        self.ui.buttonBox.setEnabled(False)

        def work() -> None:
            event = Event.get_by_id(event_id)
            set_letterhead(event, data, logo, remove_logo=remove, operator=operator)

        run_write(work, self._saved, owner=self)

    def _saved(self, _result: object, error: BaseException | None) -> None:
        self.ui.buttonBox.setEnabled(True)
        if error is not None:
            self._show_error(
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("Kop surat tidak tersimpan. Rincian ada di log.")
            )
            return
        log.info("kop surat of %s saved", self.acara.code)
        self.ctx.notify("event")
        self.accept()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
