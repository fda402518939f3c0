"""Sinkronisasi page: hub pairing, sync status and "Sinkronkan sekarang", background sync
with exponential backoff (see ``ui/sync_runner.py``), and offline bundle export/import.

Network and file work runs through ``run_task``, a bundle import (a write) through
``run_write``; the GUI thread only reads a few
settings. Each outcome is written to the settings ``SYNC_STATE`` / ``SYNC_LAST_SUCCESS``
(by the sync service) and announced with ``ctx.notify("sync")`` for the status bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QPushButton, QWidget

from desktop_app.services.common.settings import SyncState
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.sync.ui_sync_page import Ui_SyncPage
from desktop_app.ui.local_time import format_datetime
from desktop_app.ui.messages import error_text, message_text, sync_state_label
from desktop_app.ui.sync.hub_runner import HubState, HubStationRow, Pairing, hub_runner
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
        # Pair by pointing the laptop's camera at the hub's QR (no scanner at this desk).
        self.cameraButton = QPushButton(self.tr("Pindai QR dengan &kamera…"), self)
        self.cameraButton.setObjectName("pairCameraButton")
        self.cameraButton.clicked.connect(self.open_webcam)
        self.ui.pairLayout.addRow("", self.cameraButton)
        self._webcam: QWidget | None = None
        self.hub = hub_runner(ctx)
        self._self_paired = False  # this desk was offered to its own hub once
        self._after_pairing: Any = None
        self.ui.hubStartButton.clicked.connect(self.toggle_hub)
        self.ui.hubPairCodeButton.clicked.connect(self.hub.new_pairing_code)
        self.hub.state_changed.connect(self.show_hub)
        self.hub.pairing_ready.connect(self.show_pairing)
        self.hub.stations_ready.connect(self.show_stations)
        self.hub.failed.connect(self.show_error)
        self.refresh()
        self.show_hub()

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
        self.ui.pendingValue.setText(self._pending_text(status.pending, status.enrolled))
        event = self.ctx.current_event()
        zone = event.timezone if event is not None else ""
        self.ui.lastSuccessValue.setText(
            format_datetime(dt.datetime.fromisoformat(status.last_success), zone or "Asia/Jakarta")
            if status.last_success
            else self.tr("belum pernah")
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
            from desktop_app.sync.client import is_enrolled

            self.ui.pendingValue.setText(self._pending_text(self._pending(), is_enrolled()))

    @staticmethod
    def _pending() -> int:
        from desktop_app.sync.client import pending_count

        return pending_count()

    def _pending_text(self, pending: int, enrolled: bool) -> str:
        """Changes the hub has not acknowledged, and what a USB bundle already carried."""
        from desktop_app.sync.bundle_marks import changes_since_bundle

        exported = changes_since_bundle()
        if exported is None:
            return str(pending)
        since, when = exported
        event = self.ctx.current_event()
        zone = event.timezone if event is not None else "Asia/Jakarta"
        from desktop_app.ui.local_time import format_datetime

        bundle = (
            self.tr("semua sudah ada di bundel %1").replace("%1", format_datetime(when, zone))
            if since == 0
            else self.tr("%1 sejak bundel %2")
            .replace("%1", str(since))
            .replace("%2", format_datetime(when, zone))
        )
        if not enrolled:
            return bundle[:1].upper() + bundle[1:]
        return f"{pending} ({bundle})"

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
            self.show_error(
                self.tr(
                    "Isi alamat hub dan kode pemasangan yang tampil di laptop hub "
                    "(Sinkronisasi, “Hub di laptop ini”), atau pindai kode QR-nya."
                )
            )
            return
        name = self.ui.stationNameEdit.text().strip()
        fingerprint = self.ui.fingerprintEdit.text().strip()
        home = self.ctx.home
        self._set_busy(True, self.tr("Memasangkan dengan hub…"))
        # Network first, then a short write of the hub address and keys: the pool, like sync.
        run_task(lambda: enroll(home, url, code, name, fingerprint), self._pair_done, owner=self)

    def _pair_done(self, result: Any, error: BaseException | None) -> None:
        self._busy = False
        after, self._after_pairing = self._after_pairing, None
        if after is not None:
            after()
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

    def pair_scanned(self, text: str) -> None:
        """A pairing QR read by the scanner (or webcam) anywhere in the app: pair at once."""
        from desktop_app.sync.pairing_uri import parse_pairing_uri

        scanned = parse_pairing_uri(text.strip())
        if scanned is None:
            self.show_error(self.tr("Kode QR ini bukan kode pemasangan hub."))
            return
        url, _code, fingerprint = scanned
        self.ui.hubUrlEdit.setText(text.strip())
        self.ui.pairCodeEdit.clear()
        self.ui.fingerprintEdit.setText(fingerprint)
        if self.working:
            self.show_error(self.tr("Tunggu sampai pekerjaan sinkronisasi ini selesai."))
            return
        self.pair()

    def open_webcam(self) -> None:
        from desktop_app.ui.webcam_scanner import WebcamScanner

        if self._webcam is None:
            webcam = WebcamScanner(self)
            webcam.code_found.connect(self._webcam_code)
            self._webcam = webcam
        self._webcam.show()
        self._webcam.raise_()
        start = getattr(self._webcam, "start", None)
        if start is not None:
            start()

    def _webcam_code(self, text: str) -> None:
        from desktop_app.ui.scanner_input import is_pairing_code

        if is_pairing_code(text):
            if self._webcam is not None:
                stop = getattr(self._webcam, "stop", None)
                if stop is not None:
                    stop()  # the camera goes off with the window
                self._webcam.hide()
            self.pair_scanned(text)

    # -- this laptop as the hub ---------------------------------------------------------
    @Slot()
    def toggle_hub(self) -> None:
        if self.hub.running:
            self.hub.stop()
        else:
            self.show_error("")
            self.hub.start()

    def show_hub(self) -> None:
        hub, ui = self.hub, self.ui
        state = hub.state
        ui.hubStartButton.setText(
            self.tr("&Hentikan hub") if hub.running else self.tr("&Jadikan laptop ini hub")
        )
        ui.hubPairCodeButton.setEnabled(state is HubState.RUNNING)
        texts = {
            HubState.STOPPED: self.tr("Hub tidak berjalan di laptop ini."),
            HubState.STARTING: self.tr("Menyalakan hub…"),
            HubState.RUNNING: self.tr("Hub berjalan di %1").replace("%1", hub.url),
            HubState.FAILED: self.tr("Hub berhenti: %1").replace("%1", hub.error),
        }
        ui.hubStateLabel.setText(texts[state])
        if state is not HubState.RUNNING:
            ui.pairingQrLabel.clear()
            ui.pairingTextLabel.clear()
            ui.stationsList.clear()
        for widget in (ui.pairingQrLabel, ui.pairingTextLabel, ui.stationsCaption):
            widget.setVisible(state is HubState.RUNNING)
        ui.stationsList.setVisible(state is HubState.RUNNING)
        if hub.pairing is not None:
            self.show_pairing(hub.pairing)

    def show_pairing(self, pairing: Pairing) -> None:
        """The QR another station scans, and the same in words for typing it. The first
        code goes to this laptop's own desk, so its check-ins reach the other desks too."""
        from desktop_app.sync.client import is_enrolled
        from desktop_app.ui.sync.pairing_qr import qr_pixmap

        if not is_enrolled() and not self.working and not self._self_paired:
            self._pair_this_desk(pairing)
            return
        self.ui.pairingQrLabel.setPixmap(qr_pixmap(pairing.uri, 200))
        lines = [
            self.tr("Kode pemasangan: <b>%1</b>").replace("%1", pairing.code),
            self.tr("Alamat hub: %1").replace("%1", pairing.url),
        ]
        if pairing.fingerprint:  # 95 characters: two lines, so it is never cut off
            half = len(pairing.fingerprint) // 2 + 1
            shown = pairing.fingerprint[:half] + "<br>" + pairing.fingerprint[half:]
            lines.append(
                self.tr("Sidik jari: %1").replace(
                    "%1", f"<span style='font-size: 8pt'>{shown}</span>"
                )
            )
        lines.append(
            self.tr("Berlaku sampai %1, sekali pakai.").replace("%1", self._expiry(pairing))
        )
        lines.append(
            self.tr(
                "Di meja lain: pindai kode QR ini dengan pemindai dari halaman mana pun, atau "
                "ketik alamat dan kodenya di “Pasangkan dengan hub”."
            )
        )
        self.ui.pairingTextLabel.setText("<br>".join(lines))

    def _expiry(self, pairing: Pairing) -> str:
        """When the code expires, in the event's zone (the venue's clock)."""
        from desktop_app.ui.local_time import format_datetime

        event = self.ctx.current_event()
        if not pairing.expires_at or event is None:
            return pairing.expires_local
        return str(format_datetime(dt.datetime.fromisoformat(pairing.expires_at), event.timezone))

    def _pair_this_desk(self, pairing: Pairing) -> None:
        """Enrol this laptop's own desk with its hub over loopback, with the first code."""
        from desktop_app.sync.pairing_uri import pairing_uri

        self._self_paired = True
        self.ui.pairingQrLabel.clear()
        self.ui.pairingTextLabel.setText(self.tr("Memasangkan meja ini dengan hubnya sendiri…"))
        local = pairing_uri(f"https://127.0.0.1:{self.hub.port}", pairing.code, pairing.fingerprint)
        self.ui.hubUrlEdit.setText(local)
        self.ui.pairCodeEdit.clear()
        self.ui.fingerprintEdit.setText(pairing.fingerprint)
        self._after_pairing = self.hub.new_pairing_code  # a fresh code for the other desks
        self.pair()

    def show_stations(self, rows: list[HubStationRow]) -> None:
        from desktop_app.ui.local_time import format_datetime

        event = self.ctx.current_event()
        zone = event.timezone if event is not None else "Asia/Jakarta"
        listing = self.ui.stationsList
        listing.clear()
        if not rows:
            listing.addItem(self.tr("Belum ada stasiun yang dipasangkan."))
            return
        for row in rows:
            seen = self.tr("belum pernah")
            if row.last_seen:
                instant = dt.datetime.fromisoformat(row.last_seen)
                if instant.tzinfo is None:  # the hub stores UTC
                    instant = instant.replace(tzinfo=dt.UTC)
                seen = format_datetime(instant, zone)
            text = (
                self.tr("%1 · %2 perubahan diterima · kontak terakhir %3")
                .replace("%1", row.name)
                .replace("%2", str(row.pushed))
                .replace("%3", seen)
            )
            if row.revoked:
                text += " · " + self.tr("DICABUT")
            listing.addItem(QListWidgetItem(text))

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
        from desktop_app.sync.bundle_marks import latest_change_seq

        home, code = self.ctx.home, event.code
        password = self.ui.bundlePasswordEdit.text()
        self._set_busy(True, self.tr("Mengekspor bundel…"))

        def work() -> tuple[Any, int]:
            seq = latest_change_seq()  # before reading the rows: all of these are in it
            return export_bundle(home, code, path, password=password), seq

        run_task(work, self._export_done, owner=self)

    def _export_done(self, result: Any, error: BaseException | None) -> None:
        from desktop_app.sync.bundle_marks import mark_bundle_exported

        self._busy = False
        if error is not None:
            self.refresh()
            self.show_error(error_text(error))
            return
        info, seq = result
        run_write(lambda: mark_bundle_exported(seq), lambda _r, _e: self.refresh(), owner=self)
        text = self.tr("Bundel disimpan: {path} ({rows} baris). Sidik jari stasiun: {fp}").format(
            path=info.path, rows=info.rows, fp=info.fingerprint
        )
        if info.sealed_for:
            # Sealed to the organizer by default: only the hub or the organizer's laptop reads it.
            text += " " + self.tr(
                "Terenkripsi untuk penyelenggara (kunci induk {root}); hanya hub atau laptop "
                "penyelenggara yang dapat membukanya."
            ).format(root=info.sealed_for)
        self.ctx.status_message.emit(text)

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
