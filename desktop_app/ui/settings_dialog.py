"""Pengaturan: interface language, this station's name, the operator at the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop_app.models import database_proxy
from desktop_app.services.common import preferences
from desktop_app.services.common.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_write


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language_changed = False
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(440)
        # Language names are written in their own language, so anyone can find theirs.
        for code, name in preferences.LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(
            self.ui.languageCombo.findData(preferences.language())
        )
        self.ui.stationEdit.setText(preferences.station_name())
        self.ui.operatorEdit.setText(ctx.operator or preferences.operator())
        self.ui.errorLabel.hide()
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Simpan"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Ba&tal"))
        save.clicked.connect(self.save)

    def save(self) -> None:
        """Store all three or none; close only after they are committed."""
        language = self.ui.languageCombo.currentData()
        station, operator = self.ui.stationEdit.text(), self.ui.operatorEdit.text()
        self._saving(True)

        def work() -> tuple[bool, str]:
            with database_proxy.atomic():
                changed = language != preferences.language()
                preferences.set_language(language)
                preferences.set_station_name(station)
                preferences.set_operator(operator)
            return changed, preferences.operator()

        run_write(work, self._saved, owner=self)

    def _saving(self, busy: bool) -> None:
        self.ui.buttonBox.setEnabled(not busy)

    def _saved(self, result: tuple[bool, str] | None, error: BaseException | None) -> None:
        self._saving(False)
        if error is not None or result is None:
            self.language_changed = False
            message = (
                error_text(error)
                if isinstance(error, UserError)
                else self.tr("Pengaturan tidak tersimpan. Rincian ada di log.")
            )
            self.ui.errorLabel.setText(message)
            self.ui.errorLabel.show()
            return
        from desktop_app.services.registration.checkin import forget_station_names

        forget_station_names()  # the desk may have a new name
        self.language_changed, self.ctx.operator = result
        self.accept()
