"""Sinkronisasi page: hub pairing, sync status and "Sinkronkan sekarang", background sync
with exponential backoff (see ``ui/sync_runner.py``), and offline bundle export/import.

Network and file work runs through ``run_task``, a bundle import (a write) through
``run_write``; the GUI thread only reads a few
settings. Each outcome is written to the settings ``SYNC_STATE`` / ``SYNC_LAST_SUCCESS``
(by the sync service) and announced with ``ctx.notify("sync")`` for the status bar.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.services.common.settings import SyncState
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.sync.ui_sync_page import Ui_SyncPage
from desktop_app.ui.messages import error_text, message_text, sync_state_label
from desktop_app.ui.sync.sync_runner import backoff_interval, sync_runner
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.sync")
__all__ = ["SyncPage", "backoff_interval"]


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SyncPage()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self._busy = False  # pairing / bundle work of this page
        self.runner = sync_runner(ctx)
        self.runner.busy_changed.connect(self._runner_busy_changed)
        self.ui.syncNowButton.clicked.connect(self.sync_now)
        self.ui.pairButton.clicked.connect(self.pair)
        self.ui.exportButton.clicked.connect(self.export_bundle)
        self.ui.importButton.clicked.connect(self.import_bundle)
        self.ui.autoSyncCheck.setChecked(self.runner.auto)
        self.ui.autoSyncCheck.toggled.connect(self.runner.set_auto)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.event_changed.connect(lambda _id: self.refresh())
        self.refresh()

    @Slot(bool)
    def _runner_busy_changed(self, _busy: bool) -> None:
        self.refresh()

    @property
    def working(self) -> bool:
        return self._busy or self.runner.busy

    # -- display --------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop_app.sync.status import sync_status

        status = sync_status()
        self.ui.hubValue.setText(status.hub_url or self.tr("belum dipasangkan"))
        state = SyncState.RUNNING if self.runner.busy else status.state
        self.ui.stateValue.setText(
            sync_state_label(state) if state else self.tr("Belum pernah sinkron")
        )
        self.ui.pendingValue.setText(str(status.pending))
        event = self.ctx.current_event()
        zone = event.timezone if event is not None else ""
        self.ui.lastSuccessValue.setText(
            status.last_success_local(zone) if status.last_success else self.tr("belum pernah")
        )
        self.ui.syncNowButton.setEnabled(status.enrolled and not self.working)
        self.ui.autoSyncCheck.setEnabled(status.enrolled)
        self.ui.exportButton.setEnabled(event is not None and not self.working)
        self.ui.importButton.setEnabled(not self.working)
        self.ui.pairButton.setEnabled(not self.working)
        if status.enrolled and not self.ui.hubUrlEdit.text():
            self.ui.hubUrlEdit.setText(status.hub_url)
        error = status.last_error if status.state == SyncState.FAILED else None
        self.show_error(message_text(error) if error else "")

    def show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))

    def _on_data_changed(self, topic: str) -> None:
        if topic == "sync":
            self.refresh()
        elif not self.working:
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

    # -- sync -----------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> None:
        if not self._busy:
            self.runner.sync_now()

    # -- pairing --------------------------------------------------------------------
    @Slot()
    def pair(self) -> None:
        from desktop_app.sync.client import enroll
        from desktop_app.sync.pairing_uri import parse_pairing_uri

        url = self.ui.hubUrlEdit.text().strip()
        code = self.ui.pairCodeEdit.text().strip()
        if not url or (not code and parse_pairing_uri(url) is None):
            self.show_error(self.tr("Isi alamat hub dan kode pemasangan dari 'ikrar hub pair'."))
            return
        name = self.ui.stationNameEdit.text().strip()
        fingerprint = self.ui.fingerprintEdit.text().strip()
        home = self.ctx.home
        self._set_busy(True, self.tr("Memasangkan dengan hub…"))
        # Network first, then a short write of the hub address and keys: the pool, like sync.
        run_task(lambda: enroll(home, url, code, name, fingerprint), self._pair_done, owner=self)

    def _pair_done(self, result: Any, error: BaseException | None) -> None:
        self._busy = False
        if error is not None:
            self.refresh()
            self.show_error(error_text(error))
            return
        self.ui.pairCodeEdit.clear()
        self.ui.hubUrlEdit.setText(result["url"])
        self.ctx.status_message.emit(self.tr("Stasiun terdaftar di hub."))
        self.ctx.notify("sync")
        self.refresh()
        self.runner.sync_now()

    # -- bundles --------------------------------------------------------------------
    @Slot()
    def export_bundle(self) -> None:
        event = self.ctx.current_event()
        if event is None:
            self.show_error(self.tr("Pilih acara lebih dulu di halaman Acara."))
            return
        default = str(Path.home() / f"ikrar-{event.code}.ikrar")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan bundel"), default, self.tr("Bundel Ikrar (*.ikrar)")
        )
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
        run_task(
            lambda: export_bundle(home, code, path, password=password),
            self._export_done,
            owner=self,
        )

    def _export_done(self, info: Any, error: BaseException | None) -> None:
        self._busy = False
        self.refresh()
        if error is not None:
            self.show_error(error_text(error))
            return
        self.ctx.status_message.emit(
            self.tr("Bundel disimpan: {path} ({rows} baris). Sidik jari stasiun: {fp}").format(
                path=info.path, rows=info.rows, fp=info.fingerprint
            )
        )

    @Slot()
    def import_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka bundel"),
            str(Path.home()),
            self.tr("Bundel Ikrar (*.ikrar);;Semua (*)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path, trust: bool = False) -> None:
        from desktop_app.sync.bundle import import_bundle

        home = self.ctx.home
        password = self.ui.bundlePasswordEdit.text()
        self._set_busy(True, self.tr("Mengimpor bundel…"))
        run_write(
            lambda: import_bundle(home, path, password=password, trust=trust),
            lambda result, error: self._import_done(path, result, error),
            owner=self,
        )

    def _import_done(self, path: Path, result: Any, error: BaseException | None) -> None:
        from desktop_app.sync.bundle import UntrustedBundleError

        self._busy = False
        self.refresh()
        if isinstance(error, UntrustedBundleError):
            if self.ask_trust(error.station_name, error.fingerprint):
                self.import_from(path, trust=True)
            return
        if error is not None:
            self.show_error(error_text(error))
            return
        self.show_error("")
        self.ctx.status_message.emit(message_text(result.summary_message()))
        for topic in ("event", "attendees", "checkins", "signatures", "certificates"):
            self.ctx.notify(topic)

    def ask_trust(self, station_name: str, fingerprint: str) -> bool:
        """Ask before trusting a station seen for the first time (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Stasiun belum dikenal"),
            self.tr(
                "Bundel ini ditandatangani oleh stasiun '{name}' yang belum dikenal.\n\n"
                "Sidik jari: {fp}\n\nCocokkan sidik jari dengan yang tampil di stasiun "
                "pengirim. Percayai stasiun ini dan impor?"
            ).format(name=station_name, fp=fingerprint),
        )
        return answer == QMessageBox.StandardButton.Yes
