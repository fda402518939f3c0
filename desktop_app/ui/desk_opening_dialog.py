"""Opening the desk for the day: who is at it, and what this desk is called.

Asked once a day when the window opens (the names are remembered on this station, so a
returning operator only presses Enter). The operator's name goes with every check-in,
signature and audit entry; the desk's name ("Meja 1") is what documents and the other
desks show instead of an id.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
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

from desktop_app.services.common import preferences
from desktop_app.services.common.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_write


class DeskOpeningDialog(QDialog):
    def __init__(self, ctx: AppContext, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setWindowTitle(self.tr("Buka meja hari ini"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Siapa yang bertugas di meja ini hari ini? Namanya dicatat pada setiap "
                "registrasi, tanda tangan, dan dokumen."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.operator_edit = QLineEdit(ctx.operator or preferences.operator(), self)
        self.operator_edit.setObjectName("operatorEdit")
        self.operator_edit.setMaxLength(100)
        self.operator_edit.setPlaceholderText(self.tr("mis. Rina Manafe"))
        self.station_edit = QLineEdit(preferences.suggested_station_name(), self)
        self.station_edit.setObjectName("stationEdit")
        self.station_edit.setMaxLength(100)
        operator_label = QLabel(self.tr("Nama &operator"), self)
        operator_label.setBuddy(self.operator_edit)
        station_label = QLabel(self.tr("Nama &meja"), self)
        station_label.setBuddy(self.station_edit)
        form.addRow(operator_label, self.operator_edit)
        form.addRow(station_label, self.station_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #8a1c12;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Mulai bertugas"))
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.save)
        layout.addWidget(buttons)
        self.operator_edit.setFocus()
        self.operator_edit.selectAll()

    def save(self) -> None:
        operator, station, today = self.operator_edit.text(), self.station_edit.text(), self.today
        self.ok_button.setEnabled(False)
        run_write(lambda: preferences.open_desk(operator, station, today), self._saved, owner=self)

    def _saved(self, _result: Any, error: BaseException | None) -> None:
        self.ok_button.setEnabled(True)
        if error is not None:
            self.error_label.setText(
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("Tidak tersimpan. Rincian ada di log.")
            )
            self.error_label.show()
            field = getattr(error, "field", "")
            (self.station_edit if field == "station_name" else self.operator_edit).setFocus()
            return
        # Imported here: the check-in rules pull in the signature chain (cryptography), which
        # the first screen does not need.
        from desktop_app.services.registration.checkin import forget_station_names

        forget_station_names()
        self.ctx.operator = preferences.operator()
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc does not skip the question (a stray key is not a decision); closing the
        window does, and the question comes back at the next start."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)


def open_desk_if_needed(window: Any, ctx: AppContext, today: dt.date | None = None) -> bool:
    """Ask for the operator once a day (returns whether it asked); then refresh the status bar."""
    day = today or dt.date.today()
    if preferences.desk_opened_today(day):
        return False
    dialog = DeskOpeningDialog(ctx, day, window)
    dialog.accepted.connect(window.refresh_status)
    dialog.open()
    return True
