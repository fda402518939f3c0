"""Sinkronisasi page: hub pairing, sync status and "Sinkronkan sekarang", background sync
with exponential backoff, and offline bundle export/import.

All network and file work runs through ``run_task``; the GUI thread only reads a few
settings. Each outcome is written to the settings ``sync.state`` / ``sync.last_success``
(by the sync service) and announced with ``ctx.notify("sync")`` for the status bar.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.models import Setting
from desktop_app.services.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.ui_sync_page import Ui_SyncPage
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.sync")

BASE_INTERVAL_MS = 30_000
MAX_INTERVAL_MS = 10 * 60_000


def backoff_interval(failures: int, base_ms: int = BASE_INTERVAL_MS,
                     max_ms: int = MAX_INTERVAL_MS) -> int:
    """Wait before the next background attempt: doubles per failure, capped."""
    return int(min(max_ms, base_ms * (2 ** min(failures, 16))))


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self._busy = False
        self._failures = 0
        self.base_interval_ms = BASE_INTERVAL_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._background_sync)
        self.ui.syncNowButton.clicked.connect(self.sync_now)
        self.ui.pairButton.clicked.connect(self.pair)
        self.ui.exportButton.clicked.connect(self.export_bundle)
        self.ui.importButton.clicked.connect(self.import_bundle)
        self.ui.autoSyncCheck.toggled.connect(self._auto_toggled)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.event_changed.connect(lambda _id: self.refresh())
        self.ui.autoSyncCheck.setChecked(Setting.get_value("sync.auto") == "1")
        self.refresh()

    # -- display --------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop_app.sync.status import sync_status

        status = sync_status()
        self.ui.hubValue.setText(status.hub_url or self.tr("belum dipasangkan"))
        state = self.tr("Menyinkronkan…") if self._busy else (
            status.state or self.tr("Belum pernah sinkron"))
        self.ui.stateValue.setText(state)
        self.ui.pendingValue.setText(str(status.pending))
        event = self.ctx.current_event()
        zone = event.timezone if event is not None else ""
        self.ui.lastSuccessValue.setText(status.last_success_local(zone))
        self.ui.syncNowButton.setEnabled(status.enrolled and not self._busy)
        self.ui.autoSyncCheck.setEnabled(status.enrolled)
        self.ui.exportButton.setEnabled(event is not None and not self._busy)
        self.ui.importButton.setEnabled(not self._busy)
        self.ui.pairButton.setEnabled(not self._busy)
        if status.enrolled and not self.ui.hubUrlEdit.text():
            self.ui.hubUrlEdit.setText(status.hub_url)
        self.show_error(status.last_error if status.state == "Gagal sinkron" else "")

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _on_data_changed(self, topic: str) -> None:
        if topic != "sync" and not self._busy:
            self.ui.pendingValue.setText(str(self._pending()))

    @staticmethod
    def _pending() -> int:
        from desktop_app.sync.client import pending_count

        return pending_count()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self._busy = busy
        if message:
            self.ctx.status_message.emit(message)
        self.refresh()

    @staticmethod
    def _message(error: BaseException) -> str:
        if isinstance(error, UserError):
            return str(error)
        return ("Terjadi kesalahan tak terduga (" + type(error).__name__ +
                "). Rincian ada di log.")

    # -- sync -----------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> None:
        if self._busy:
            return
        from desktop_app.sync.client import sync_once

        home = self.ctx.home
        self._set_busy(True, self.tr("Menyinkronkan dengan hub…"))
        Setting.set_value("sync.state", "Menyinkronkan…")
        self.ctx.notify("sync")
        run_task(lambda: sync_once(home), self._sync_done)

    def _sync_done(self, report: Any, error: BaseException | None) -> None:
        if error is not None:
            from desktop_app.sync.client import record_outcome

            self._failures += 1
            message = self._message(error)
            if not isinstance(error, UserError):
                record_outcome(False, message)
            self.ctx.status_message.emit(message)
        else:
            self._failures = 0
            self.ctx.status_message.emit(report.summary())
            if report.applied:
                for topic in ("attendees", "checkins", "signatures", "certificates"):
                    self.ctx.notify(topic)
        self._busy = False
        self.ctx.notify("sync")
        self.refresh()
        self._schedule()

    # -- background -----------------------------------------------------------------
    def _auto_toggled(self, on: bool) -> None:
        Setting.set_value("sync.auto", "1" if on else "0")
        self._failures = 0
        self._schedule(immediately=on)

    def _schedule(self, immediately: bool = False) -> None:
        self.timer.stop()
        if self.ui.autoSyncCheck.isChecked():
            delay = 0 if immediately else backoff_interval(self._failures, self.base_interval_ms)
            self.timer.start(delay)

    def next_attempt_ms(self) -> int:
        return self.timer.interval() if self.timer.isActive() else -1

    def _background_sync(self) -> None:
        from desktop_app.sync.client import is_enrolled

        if not self._busy and is_enrolled():
            self.sync_now()

    # -- pairing --------------------------------------------------------------------
    @Slot()
    def pair(self) -> None:
        from desktop_app.sync.client import enroll

        url = self.ui.hubUrlEdit.text().strip()
        code = self.ui.pairCodeEdit.text().strip()
        if not url or (not code and not url.startswith("ikrar-pair:")):
            self.show_error(self.tr("Isi alamat hub dan kode pemasangan dari 'ikrar hub pair'."))
            return
        name = self.ui.stationNameEdit.text().strip()
        fingerprint = self.ui.fingerprintEdit.text().strip()
        home = self.ctx.home
        self._set_busy(True, self.tr("Memasangkan dengan hub…"))
        run_task(lambda: enroll(home, url, code, name, fingerprint), self._pair_done)

    def _pair_done(self, result: Any, error: BaseException | None) -> None:
        self._busy = False
        if error is not None:
            self.refresh()
            self.show_error(self._message(error))
            return
        self.ui.pairCodeEdit.clear()
        self.ui.hubUrlEdit.setText(result["url"])
        self.ctx.status_message.emit(self.tr("Stasiun terdaftar di hub."))
        self.ctx.notify("sync")
        self.refresh()
        self.sync_now()

    # -- bundles --------------------------------------------------------------------
    @Slot()
    def export_bundle(self) -> None:
        event = self.ctx.current_event()
        if event is None:
            self.show_error(self.tr("Pilih acara lebih dulu di halaman Acara."))
            return
        default = str(Path.home() / f"ikrar-{event.code}.ikrar")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan bundel"), default,
                                              self.tr("Bundel Ikrar (*.ikrar)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from desktop_app.sync.bundle import export_bundle

        event = self.ctx.current_event()
        if event is None:
            return
        home, code = self.ctx.home, event.code
        password = self.ui.bundlePasswordEdit.text()
        self._set_busy(True, self.tr("Mengekspor bundel…"))
        run_task(lambda: export_bundle(home, code, path, password=password), self._export_done)

    def _export_done(self, info: Any, error: BaseException | None) -> None:
        self._busy = False
        self.refresh()
        if error is not None:
            self.show_error(self._message(error))
            return
        self.ctx.status_message.emit(
            self.tr("Bundel disimpan: {path} ({rows} baris). Sidik jari stasiun: {fp}")
            .format(path=info.path, rows=info.rows, fp=info.fingerprint))

    @Slot()
    def import_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka bundel"), str(Path.home()),
                                              self.tr("Bundel Ikrar (*.ikrar);;Semua (*)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, trust: bool = False) -> None:
        from desktop_app.sync.bundle import import_bundle

        home = self.ctx.home
        password = self.ui.bundlePasswordEdit.text()
        self._set_busy(True, self.tr("Mengimpor bundel…"))
        run_task(lambda: import_bundle(home, path, password=password, trust=trust),
                 lambda result, error: self._import_done(path, result, error))

    def _import_done(self, path: Path, result: Any, error: BaseException | None) -> None:
        from desktop_app.sync.bundle import UntrustedBundleError

        self._busy = False
        self.refresh()
        if isinstance(error, UntrustedBundleError):
            if self.ask_trust(error.station_name, error.fingerprint):
                self.import_from(path, trust=True)
            return
        if error is not None:
            self.show_error(self._message(error))
            return
        self.show_error("")
        self.ctx.status_message.emit(result.summary())
        for topic in ("event", "attendees", "checkins", "signatures", "certificates"):
            self.ctx.notify(topic)

    def ask_trust(self, station_name: str, fingerprint: str) -> bool:
        """Ask before trusting a station seen for the first time (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Stasiun belum dikenal"),
            self.tr("Bundel ini ditandatangani oleh stasiun '{name}' yang belum dikenal.\n\n"
                    "Sidik jari: {fp}\n\nCocokkan sidik jari dengan yang tampil di stasiun "
                    "pengirim. Percayai stasiun ini dan impor?")
            .format(name=station_name, fp=fingerprint))
        return answer == QMessageBox.StandardButton.Yes
