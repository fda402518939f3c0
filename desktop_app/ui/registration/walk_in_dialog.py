"""Walk-in dialog: register (and check in) someone not on the invitation list, keyboard only.

Tab moves through the fields, Enter saves, Esc closes. Validation is the service's
(``walk_in.register_walk_in``); its message is shown in the dialog in the interface language
and the cursor goes to the field the error names. When the NIP/NIK/NRP is already
registered, one key checks that person in instead.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from desktop_app.models import Event
from desktop_app.models.categories import Category
from desktop_app.services.common.errors import UserError
from desktop_app.services.registration.checkin import Method
from desktop_app.services.registration.desk_checkin import check_in_attendee
from desktop_app.services.registration.walk_in import (
    DuplicateAttendeeError,
    WalkInInput,
    WalkInResult,
    register_walk_in,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.registration.ui_walk_in_dialog import Ui_WalkInDialog
from desktop_app.ui.labels import label
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.tasks import run_write

log = logging.getLogger("ikrar.ui.walk_in")


class WalkInDialog(QDialog):
    """Emits ``registered(WalkInResult)`` after the walk-in is committed."""

    registered = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_WalkInDialog()
        self.ui.setupUi(self)
        self.existing_id = ""
        self.busy = False
        combo = self.ui.categoryCombo
        combo.addItem(self.tr("Otomatis (dari NIP/NRP dan instansi)"), "")
        for category in Category:
            combo.addItem(label(category.label), category.value)
        self.ui.errorLabel.hide()
        self.ui.existingButton.hide()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.existingButton.clicked.connect(self.check_in_existing)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Simpan"))
        save.setDefault(True)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.nameEdit.setFocus()

    def form_input(self) -> WalkInInput:
        ui = self.ui
        return WalkInInput(
            full_name=ui.nameEdit.text(),
            nip=ui.nipEdit.text().strip(),
            nik=ui.nikEdit.text().strip(),
            nrp=ui.nrpEdit.text().strip(),
            position=ui.positionEdit.text().strip(),
            institution=ui.institutionEdit.text().strip(),
            category=ui.categoryCombo.currentData() or "",
            phone=ui.phoneEdit.text().strip(),
        )

    def save(self) -> None:
        if self.busy:
            return
        event_id, operator = self.ctx.event_id, self.ctx.operator
        data, now = self.form_input(), self.ui.checkInBox.isChecked()
        self.busy = True

        def work() -> WalkInResult:
            return register_walk_in(Event.get_by_id(event_id), data, operator, now)

        run_write(work, self._saved, owner=self)

    def _saved(self, result: Any, error: BaseException | None) -> None:
        self.busy = False
        if error is not None:
            self._show_error(error)
            return
        self.registered.emit(result)
        if result.warnings:
            self.ctx.status_message.emit(" ".join(message_text(w) for w in result.warnings))
        self.accept()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, DuplicateAttendeeError):
            self.existing_id = error.attendee.id
            self.ui.existingButton.show()
            self.ui.existingButton.setText(
                self.tr("Catat hadir %1").replace("%1", error.attendee.full_name)
            )
        if isinstance(error, UserError):
            text = error_text(error)
            field = self.field_widget(error.field)
            if field is not None:
                field.setFocus()
                if isinstance(field, QLineEdit):
                    field.selectAll()
        else:
            log.error("walk-in failed: %r", error)
            text = self.tr("Tidak tersimpan karena kesalahan tak terduga; rincian ada di log.")
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def field_widget(self, field: str) -> QWidget | None:
        """The input a service error's ``field`` names (None for the form as a whole)."""
        ui = self.ui
        return {
            "full_name": ui.nameEdit,
            "nip": ui.nipEdit,
            "nipppk": ui.nipEdit,
            "nik": ui.nikEdit,
            "nrp": ui.nrpEdit,
            "category": ui.categoryCombo,
        }.get(field)

    def check_in_existing(self) -> None:
        if not self.existing_id or self.busy:
            return
        event_id, operator, attendee_id = self.ctx.event_id, self.ctx.operator, self.existing_id
        self.busy = True

        def work() -> WalkInResult:
            result = check_in_attendee(event_id, attendee_id, operator, Method.SEARCH.value)
            return WalkInResult(result.attendee, result)

        run_write(work, self._saved, owner=self)
