"""Deklarasi › Penandatanganan: who still has to sign, the officials' collective text and
the documents they sign on the pad (daftar hadir, certificates, letters: each its own act,
so a document shows an official's signature only where it was given), and kiosk mode (the
signing screen on a second monitor).

The queue comes from ``services/signing/signing_queue`` on a worker thread; typing in the
search box filters the loaded lines in place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from desktop_app.models import Event, Official
from desktop_app.services.common.errors import UserError
from desktop_app.services.signing.declarations import current_text
from desktop_app.services.signing.signing_queue import SigningQueue, signing_queue
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.signing.ui_signing_queue_tab import Ui_SigningQueueTab
from desktop_app.ui.messages import error_text
from desktop_app.ui.signing.signing_queue_model import SigningQueueModel
from desktop_app.ui.signing.signing_screen import KioskWindow, SigningDialog, SigningRequest
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.signing")

QUEUE_COLUMNS = [
    QT_TRANSLATE_NOOP("SigningQueueTab", "Nama"),
    QT_TRANSLATE_NOOP("SigningQueueTab", "NIP/NRP"),
    QT_TRANSLATE_NOOP("SigningQueueTab", "Jabatan"),
    QT_TRANSLATE_NOOP("SigningQueueTab", "Instansi"),
    QT_TRANSLATE_NOOP("SigningQueueTab", "Naskah"),
]
TOPICS = {"checkins", "attendees", "signatures", "event"}
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # which text an official's line signs


class SigningQueueTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SigningQueueTab()
        self.ui.setupUi(self)
        self.kiosk: KioskWindow | None = None
        self.queue = SigningQueue((), ())
        self.loaded_generation = 0  # counts finished loads (tests wait on it)
        self._setup_table()
        ui = self.ui
        ui.searchEdit.textChanged.connect(lambda _text: self._fill_queue())
        ui.searchEdit.returnPressed.connect(self.sign_selected)
        ui.signButton.clicked.connect(self.sign_selected)
        # Enter (or a double click) on a row of the queue signs that person.
        ui.queueTable.activated.connect(lambda _index: self.sign_selected())
        ui.signOfficialButton.clicked.connect(self.sign_official)
        ui.officialsList.itemDoubleClicked.connect(lambda _item: self.sign_official())
        ui.kioskButton.toggled.connect(self.set_kiosk)
        ctx.event_changed.connect(lambda _id: self.reload())
        ctx.data_changed.connect(lambda topic: self.reload() if topic in TOPICS else None)
        self.reload()

    def _setup_table(self) -> None:
        table = self.ui.queueTable
        self.queue_model = SigningQueueModel(self)
        self.queue_model.HEADERS = tuple(QUEUE_COLUMNS)
        table.setModel(self.queue_model)
        header = table.horizontalHeader()
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.doubleClicked.connect(lambda _index: self.sign_selected())

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Load present attendees who have not signed yet, and the officials' status."""
        event_id = self.ctx.event_id
        if not event_id:
            self._show(SigningQueue((), ()), None)
            return
        run_task(lambda: signing_queue(event_id), self._show, owner=self)

    def _show(self, queue: SigningQueue | None, error: BaseException | None) -> None:
        if error is not None or queue is None:
            self.ui.queueCountLabel.setText(self.tr("Antrean tidak dapat dimuat; lihat log."))
            return
        self.queue = queue
        self._fill_queue()
        self._fill_officials()
        self.loaded_generation += 1

    def _fill_queue(self) -> None:
        query = self.ui.searchEdit.text()
        rows = self.queue.filtered(query)
        table = self.ui.queueTable
        self.queue_model.replace_items(rows)
        if rows:
            table.selectRow(0)
        total = len(self.queue.attendees)
        self.ui.queueCountLabel.setText(
            self.tr("%n belum tanda tangan", "", total)
            if not query.strip()
            else self.tr("%1 dari %2").replace("%1", str(len(rows))).replace("%2", str(total))
        )
        self.ui.signButton.setEnabled(bool(rows))

    def _fill_officials(self) -> None:
        self.ui.officialsList.clear()
        names = {
            "KOLEKTIF": self.tr("naskah deklarasi"),
            "DAFTAR_HADIR": self.tr("daftar hadir"),
            "SERTIFIKAT": self.tr("sertifikat"),
            "UNDANGAN": self.tr("surat undangan"),
        }
        for official in self.queue.officials:
            mark = "✓ " if official.signed else "• "
            item = QListWidgetItem(
                f"{mark}{official.name} — {names.get(official.document, official.document)}"
                + (self.tr(" (sudah)") if official.signed else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, official.official_id)
            item.setData(DOCUMENT_ROLE, official.document)
            if official.signed:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.ui.officialsList.addItem(item)

    # -- signing -----------------------------------------------------------------------
    def selected_attendee_id(self) -> str | None:
        row = self.ui.queueTable.currentIndex().row()
        lines = self.queue_model.items
        return lines[row].attendee_id if 0 <= row < len(lines) else None

    def sign_selected(self) -> None:
        event = self.ctx.current_event()
        attendee_id = self.selected_attendee_id()
        if event is None or attendee_id is None:
            return
        line = next(a for a in self.queue.attendees if a.attendee_id == attendee_id)
        self._sign_text(event, line.declaration_key, attendee_id=attendee_id, name=line.full_name)

    def sign_official(self) -> None:
        event = self.ctx.current_event()
        item = self.ui.officialsList.currentItem()
        if event is None or item is None or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
            self.ctx.status_message.emit(self.tr("Pilih pejabat yang belum menandatangani."))
            return
        official = Official.get_by_id(item.data(Qt.ItemDataRole.UserRole))
        document = item.data(DOCUMENT_ROLE) or "KOLEKTIF"
        if document == "KOLEKTIF":
            self._sign_text(event, "KOLEKTIF", official_id=official.id, name=official.name)
            return
        from desktop_app.services.signing.document_signing import document_text

        # The document's text is added to the event on first use: a write, so it goes
        # through the write path, and the pad opens once it is committed.
        event_id, official_id, name = event.id, official.id, official.name

        def opened(text_id: str | None, error: BaseException | None) -> None:
            if error is not None or text_id is None:
                self.ctx.status_message.emit(
                    error_text(error) if error is not None else self.tr("Naskah tidak ada.")
                )
                return
            request = SigningRequest(
                event_id, text_id, official_id=official_id, operator=self.ctx.operator
            )
            self._open_signing(request, name)

        run_write(
            lambda: str(document_text(Event.get_by_id(event_id), document).id),
            opened,
            owner=self,
        )

    def _sign_text(
        self,
        event: Event,
        key: str,
        *,
        name: str,
        attendee_id: str | None = None,
        official_id: str | None = None,
    ) -> None:
        try:
            text = current_text(event, key)
        except UserError as exc:
            self.ctx.status_message.emit(error_text(exc))
            return
        request = SigningRequest(
            event.id,
            text.id,
            attendee_id=attendee_id,
            official_id=official_id,
            operator=self.ctx.operator,
        )
        self._open_signing(request, name)

    def _open_signing(self, request: SigningRequest, name: str) -> None:
        if self.kiosk is not None:
            if self.kiosk.is_signing():
                self.ui.kioskLabel.setText(
                    self.tr(
                        "Kiosk masih menampilkan penanda tangan lain; tunggu sampai "
                        "selesai atau dibatalkan."
                    )
                )
                return
            self.kiosk.present(request)
            self.ui.kioskLabel.setText(
                self.tr("Kiosk: menunggu tanda tangan %1.").replace("%1", name)
            )
            return
        dialog = SigningDialog(request, self.window())
        if dialog.exec() and dialog.signature_id:
            self._after_signed(name)

    def _after_signed(self, name: str) -> None:
        self.ctx.status_message.emit(self.tr("Tanda tangan %1 tersimpan.").replace("%1", name))
        self.ctx.notify("signatures")

    # -- kiosk -------------------------------------------------------------------------
    def set_kiosk(self, on: bool) -> None:
        """Start or end kiosk mode (the operator's button is the only way to end it)."""
        if on and self.kiosk is None:
            # Owned by the main window: it goes away with it and never keeps the app alive.
            self.kiosk = KioskWindow(self.window())
            self.kiosk.signed.connect(lambda _sid: self._kiosk_signed())
            self.kiosk.end_requested.connect(lambda: self.ui.kioskButton.setChecked(False))
            self.kiosk.cancelled.connect(
                lambda: self.ui.kioskLabel.setText(
                    self.tr("Kiosk: penanda tangan membatalkan. Pilih peserta berikutnya.")
                )
            )
            self.kiosk.returned.connect(self._kiosk_returned)
            self.kiosk.start(self.window())
            self.ui.kioskButton.setText(self.tr("Akhiri mode kiosk"))
            if self.kiosk.single_screen:
                text = self.tr(
                    "Mode kiosk aktif di layar ini: pilih peserta lalu tekan Tanda tangani. "
                    "Layar berganti untuk penanda tangan dan kembali ke sini setelah disimpan "
                    "atau dibatalkan."
                )
            else:
                text = self.tr(
                    "Mode kiosk aktif di monitor kedua (%1). Pilih peserta lalu tekan "
                    "Tanda tangani."
                ).replace("%1", self.kiosk.screen().model() or self.kiosk.screen().name())
            self.ui.kioskLabel.setText(text)
        elif not on and self.kiosk is not None:
            self.kiosk.end()
            self.kiosk.deleteLater()
            self.kiosk = None
            self.ui.kioskButton.setText(self.tr("Mulai mode kiosk"))
            self.ui.kioskLabel.setText(
                self.tr("Mode kiosk mati: penandatanganan tampil di jendela ini.")
            )

    def _kiosk_returned(self) -> None:
        """One monitor: the screen is back; the operator picks the next signer."""
        self.window().activateWindow()
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _kiosk_signed(self) -> None:
        self.ui.kioskLabel.setText(
            self.tr("Kiosk: tanda tangan tersimpan. Pilih peserta berikutnya.")
        )
        self._after_signed("")
