"""Deklarasi page: signing queue and kiosk, declaration texts, documents, evidence check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from desktop_app.models import Attendee, Event, Official, Signature
from desktop_app.models.categories import DECLARATION_KEYS
from desktop_app.services.common.errors import UserError
from desktop_app.services.events.presence import present_attendee_ids
from desktop_app.services.people.identity_display import attendee_identifier
from desktop_app.services.people.names import fold
from desktop_app.services.signing.declarations import (
    PLACEHOLDERS,
    current_text,
    declaration_key_for,
    declaration_officials,
    edit_text,
    is_signed,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.signing.ui_declaration_page import Ui_DeclarationPage
from desktop_app.ui.signing.signing_screen import KioskWindow, SigningDialog, SigningRequest
from desktop_app.ui.tasks import TaskHandle, run_task

log = logging.getLogger("ikrar.signing")

QUEUE_COLUMNS = [
    QT_TRANSLATE_NOOP("DeclarationPage", "Nama"),
    QT_TRANSLATE_NOOP("DeclarationPage", "NIP/NRP"),
    QT_TRANSLATE_NOOP("DeclarationPage", "Jabatan"),
    QT_TRANSLATE_NOOP("DeclarationPage", "Instansi"),
    QT_TRANSLATE_NOOP("DeclarationPage", "Naskah"),
]
TEXT_LABELS = {
    "ASN": QT_TRANSLATE_NOOP("DeclarationPage", "ASN (PNS dan PPPK)"),
    "DESA": QT_TRANSLATE_NOOP("DeclarationPage", "Kepala Desa dan Perangkat Desa"),
    "TNI_POLRI": QT_TRANSLATE_NOOP("DeclarationPage", "TNI dan Polri"),
    "UMUM": QT_TRANSLATE_NOOP("DeclarationPage", "Umum"),
    "KOLEKTIF": QT_TRANSLATE_NOOP("DeclarationPage", "Naskah deklarasi kolektif"),
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


class DeclarationPage(QWidget):
    """Tabs: Penandatanganan, Naskah, Dokumen, Bukti."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_DeclarationPage()
        self.ui.setupUi(self)
        self.kiosk: KioskWindow | None = None
        self._export: TaskHandle | None = None
        self._last_export: Path | None = None
        self._queue: list[tuple[Attendee, str]] = []
        self._setup_queue()
        self._setup_texts()
        self._setup_documents()
        self.ui.verifyButton.clicked.connect(self.verify_chain)
        self.ui.pinButton.clicked.connect(self.set_organizer_pin)
        ctx.event_changed.connect(lambda _id: self.reload())
        ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    # --- common -----------------------------------------------------------------------

    def current_event(self) -> Event | None:
        return self.ctx.current_event()

    def _on_data_changed(self, topic: str) -> None:
        if topic in ("checkins", "attendees", "signatures", "event"):
            self.reload_queue()
            editing = self.ui.bodyEdit.document().isModified() or self.ui.titleEdit.isModified()
            if topic in ("signatures", "event") and not editing:
                self.load_text()  # never throw away an edit in progress

    def reload(self) -> None:
        event = self.current_event()
        has_event = event is not None
        self.ui.tabs.setEnabled(has_event)
        self.ui.eventLabel.setText(
            f"<b>{event.title}</b> · {event.code}"
            if event is not None
            else self.tr("Belum ada acara dipilih. Pilih acara di halaman Acara.")
        )
        self.reload_queue()
        self.load_text()
        self.ui.verifyResultLabel.clear()

    # --- Penandatanganan --------------------------------------------------------------

    def _setup_queue(self) -> None:
        table = self.ui.queueTable
        table.setColumnCount(len(QUEUE_COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in QUEUE_COLUMNS])
        header = table.horizontalHeader()
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.doubleClicked.connect(lambda _index: self.sign_selected())
        self.ui.searchEdit.textChanged.connect(lambda _text: self._fill_queue())
        self.ui.searchEdit.returnPressed.connect(self.sign_selected)
        self.ui.signButton.clicked.connect(self.sign_selected)
        self.ui.signOfficialButton.clicked.connect(self.sign_official)
        self.ui.officialsList.itemDoubleClicked.connect(lambda _item: self.sign_official())
        # Officials also sign the daftar hadir, certificates and letters here, each as its
        # own act: documents show an official's signature only where it was given.
        self.ui.officialsTitle.setText(
            self.tr(
                "<b>Tanda tangan pejabat</b> — naskah deklarasi kolektif dan dokumen yang "
                "ditandatanganinya (daftar hadir, sertifikat, undangan):"
            )
        )
        self.ui.signOfficialButton.setText(self.tr("Tanda tangani yang dipilih"))
        self.ui.kioskButton.toggled.connect(self.set_kiosk)

    def reload_queue(self) -> None:
        """Present attendees who have not signed yet, and the officials' status."""
        event = self.current_event()
        self._queue = []
        self.ui.officialsList.clear()
        if event is not None:
            signed = Signature.select(Signature.attendee).where(
                (Signature.event == event) & Signature.attendee.is_null(False)
            )
            query = (
                Attendee.select()
                .where(
                    (Attendee.event == event)
                    & ~Attendee.removed
                    & Attendee.id.in_(present_attendee_ids(event))
                    & Attendee.id.not_in(signed)
                )
                .order_by(Attendee.sort_name)
            )
            for attendee in query:
                haystack = fold(
                    " ".join(
                        (
                            attendee.full_name,
                            attendee.nip,
                            attendee.nrp,
                            attendee.institution,
                            attendee.position,
                        )
                    )
                )
                self._queue.append((attendee, haystack))
            self._fill_officials(event)
        self._fill_queue()

    def _fill_queue(self) -> None:
        needle = fold(self.ui.searchEdit.text().strip())
        rows = [a for a, hay in self._queue if not needle or needle in hay]
        table = self.ui.queueTable
        table.setRowCount(len(rows))
        for r, attendee in enumerate(rows):
            values = [
                attendee.full_name,
                attendee_identifier(attendee),
                attendee.position,
                attendee.institution,
                declaration_key_for(attendee),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, attendee.id)
                table.setItem(r, c, item)
        if rows:
            table.selectRow(0)
        self.ui.queueCountLabel.setText(
            self.tr("%n belum tanda tangan", "", len(self._queue))
            if not needle
            else self.tr("%1 dari %2")
            .replace("%1", str(len(rows)))
            .replace("%2", str(len(self._queue)))
        )
        self.ui.signButton.setEnabled(bool(rows))

    def _fill_officials(self, event: Event) -> None:
        from desktop_app.services.signing.document_signing import (
            SIGNED_DOCUMENTS,
            document_signatures,
            officials_for,
        )

        try:
            collective = current_text(event, "KOLEKTIF")
        except UserError:
            return
        signed = {
            s.official_id
            for s in Signature.select(Signature.official).where(
                Signature.declaration_text == collective
            )
        }
        rows = [(o, "KOLEKTIF", o.id in signed) for o in declaration_officials(event)]
        for document in SIGNED_DOCUMENTS:
            done = document_signatures(event, document)
            rows += [(o, document, o.id in done) for o in officials_for(event, document)]
        names = {
            "KOLEKTIF": self.tr("naskah deklarasi"),
            "DAFTAR_HADIR": self.tr("daftar hadir"),
            "SERTIFIKAT": self.tr("sertifikat"),
            "UNDANGAN": self.tr("surat undangan"),
        }
        for official, document, done in rows:
            mark = "✓ " if done else "• "
            item = QListWidgetItem(
                f"{mark}{official.name} — {names[document]}" + (self.tr(" (sudah)") if done else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, official.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, document)
            if done:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.ui.officialsList.addItem(item)

    def selected_attendee_id(self) -> str | None:
        row = self.ui.queueTable.currentRow()
        item = self.ui.queueTable.item(row, 0) if row >= 0 else None
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def sign_selected(self) -> None:
        event = self.current_event()
        attendee_id = self.selected_attendee_id()
        if event is None or attendee_id is None:
            return
        attendee = Attendee.get_by_id(attendee_id)
        text = current_text(event, declaration_key_for(attendee))
        self._open_signing(
            SigningRequest(event.id, text.id, attendee_id=attendee_id, operator=self.ctx.operator),
            attendee.full_name,
        )

    def sign_official(self) -> None:
        event = self.current_event()
        item = self.ui.officialsList.currentItem()
        if event is None or item is None or not (item.flags() & Qt.ItemFlag.ItemIsEnabled):
            self.ctx.status_message.emit(self.tr("Pilih pejabat yang belum menandatangani."))
            return
        official = Official.get_by_id(item.data(Qt.ItemDataRole.UserRole))
        document = item.data(Qt.ItemDataRole.UserRole + 1) or "KOLEKTIF"
        if document == "KOLEKTIF":
            text = current_text(event, "KOLEKTIF")
        else:
            from desktop_app.services.signing.document_signing import document_text

            text = document_text(event, document)  # added to the event on first use
        self._open_signing(
            SigningRequest(event.id, text.id, official_id=official.id, operator=self.ctx.operator),
            official.name,
        )

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

    def set_kiosk(self, on: bool) -> None:
        """Start or end kiosk mode (the operator's button is the only way to end it)."""
        if on and self.kiosk is None:
            from desktop_app.services.signing.organizer_access import has_organizer_pin

            if KioskWindow.shares_screen(self.window()) and not has_organizer_pin():
                # One monitor: the kiosk covers this window and only the organizer PIN
                # lets the operator back, so refuse rather than lock anyone in or out.
                self.ui.kioskButton.blockSignals(True)
                self.ui.kioskButton.setChecked(False)
                self.ui.kioskButton.blockSignals(False)
                self.ui.kioskLabel.setText(
                    self.tr(
                        "Hanya ada satu layar: atur PIN penyelenggara dulu (tab Bukti) agar "
                        "petugas dapat mengakhiri mode kiosk dari layar kiosk."
                    )
                )
                return
            # Owned by the main window: it goes away with it and never keeps the app alive.
            self.kiosk = KioskWindow(self.window())
            self.kiosk.signed.connect(lambda _sid: self._kiosk_signed())
            self.kiosk.end_requested.connect(lambda: self.ui.kioskButton.setChecked(False))
            self.kiosk.cancelled.connect(
                lambda: self.ui.kioskLabel.setText(
                    self.tr("Kiosk: penanda tangan membatalkan. Pilih peserta berikutnya.")
                )
            )
            self.kiosk.start(self.window())
            self.ui.kioskButton.setText(self.tr("Akhiri mode kiosk"))
            self.ui.kioskLabel.setText(
                self.tr(
                    "Mode kiosk aktif di layar %1. Pilih peserta lalu tekan Tanda tangani."
                ).replace("%1", self.kiosk.screen().name())
            )
        elif not on and self.kiosk is not None:
            self.kiosk.end()
            self.kiosk.deleteLater()
            self.kiosk = None
            self.ui.kioskButton.setText(self.tr("Mulai mode kiosk"))
            self.ui.kioskLabel.setText(
                self.tr("Mode kiosk mati: penandatanganan tampil di jendela ini.")
            )

    def _kiosk_signed(self) -> None:
        self.ui.kioskLabel.setText(
            self.tr("Kiosk: tanda tangan tersimpan. Pilih peserta berikutnya.")
        )
        self._after_signed("")

    # --- Naskah -----------------------------------------------------------------------

    def _setup_texts(self) -> None:
        for key in DECLARATION_KEYS:
            self.ui.textKeyCombo.addItem(self.tr(TEXT_LABELS.get(key, key)), key)
        self.ui.textKeyCombo.currentIndexChanged.connect(lambda _i: self.load_text())
        self.ui.saveTextButton.clicked.connect(self.save_text)
        self.ui.revertTextButton.clicked.connect(self.load_text)
        self.ui.placeholderHelp.setText(
            self.tr("Isian yang tersedia: ")
            + ", ".join(
                f"{{{k}}} ({QCoreApplication.translate('Placeholders', v)})"
                for k, v in PLACEHOLDERS.items()
            )
        )
        self.ui.placeholderHelp.setStyleSheet("color: #555;")

    def load_text(self) -> None:
        event = self.current_event()
        key = self.ui.textKeyCombo.currentData()
        if event is None or key is None:
            self.ui.titleEdit.clear()
            self.ui.bodyEdit.clear()
            return
        try:
            text = current_text(event, key)
        except UserError as exc:
            self.ui.textStatusLabel.setText(str(exc))
            return
        self.ui.titleEdit.setText(text.title)
        self.ui.titleEdit.setModified(False)
        self.ui.bodyEdit.setPlainText(text.body)
        self.ui.bodyEdit.document().setModified(False)
        signed = is_signed(text)
        self.ui.versionLabel.setText(
            self.tr("Versi %1").replace("%1", str(text.version))
            + (self.tr(" · sudah ditandatangani") if signed else "")
        )
        self.ui.textStatusLabel.setStyleSheet("")
        self.ui.textStatusLabel.setText(
            self.tr(
                "Naskah ini sudah ditandatangani, sehingga tidak dapat diubah lagi. "
                "Menyimpan perubahan membuat versi baru; tanda tangan yang sudah ada "
                "tetap melekat pada versi lama."
            )
            if signed
            else self.tr("Belum ada yang menandatangani: perubahan menimpa versi ini.")
        )

    def save_text(self) -> None:
        event = self.current_event()
        key = self.ui.textKeyCombo.currentData()
        if event is None or key is None:
            return
        before = current_text(event, key)
        try:
            text = edit_text(
                event,
                key,
                self.ui.titleEdit.text(),
                self.ui.bodyEdit.toPlainText(),
                operator=self.ctx.operator,
            )
        except UserError as exc:
            self.ui.textStatusLabel.setStyleSheet("color: #b00020;")
            self.ui.textStatusLabel.setText(str(exc))
            return
        self.load_text()
        self.ui.textStatusLabel.setStyleSheet("color: #1b6e2a;")
        if text.id != before.id:
            self.ui.textStatusLabel.setText(
                self.tr(
                    "Tersimpan sebagai versi baru %1 (versi %2 sudah ditandatangani dan "
                    "tetap tersimpan)."
                )
                .replace("%1", str(text.version))
                .replace("%2", str(before.version))
            )
        else:
            self.ui.textStatusLabel.setText(self.tr("Naskah tersimpan."))

    # --- Dokumen ----------------------------------------------------------------------

    def _setup_documents(self) -> None:
        jobs: list[tuple[Any, str, str]] = [
            (self.ui.attendanceButton, "attendance", "pdf"),
            (self.ui.statementsButton, "statements", "pdf"),
            (self.ui.declarationButton, "declaration", "pdf"),
            (self.ui.spreadsheetButton, "attendance", "xlsx"),
        ]
        for button, what, fmt in jobs:
            button.clicked.connect(self._exporter(what, fmt))
        self.ui.cancelExportButton.setEnabled(False)
        self.ui.cancelExportButton.clicked.connect(self._cancel_export)
        self.ui.openFolderButton.setEnabled(False)
        self.ui.openFolderButton.clicked.connect(self.open_folder)

    def _exporter(self, what: str, fmt: str) -> Callable[[], None]:
        return lambda: self.export(what, fmt)

    def export(self, what: str, fmt: str) -> None:
        """Write one document in the background with a progress bar."""
        from desktop_app.cli.signing import WHAT_FILES, export_document

        event = self.current_event()
        if event is None or self._export is not None:
            return
        out = self.ctx.home.documents / f"{event.code}-{WHAT_FILES[what]}.{fmt}"
        event_id = event.id
        self._set_export_busy(True)
        self.ui.exportProgress.setRange(0, 0)  # busy until the first progress report
        self.ui.exportStatusLabel.setText(self.tr("Membuat %1…").replace("%1", out.name))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> str:
            return export_document(
                Event.get_by_id(event_id), what, fmt, out, progress=progress, cancelled=cancelled
            )

        def on_progress(done: int, total: int) -> None:
            self.ui.exportProgress.setRange(0, max(total, 1))
            self.ui.exportProgress.setValue(done)

        def on_done(result: Any, error: BaseException | None) -> None:
            self._set_export_busy(False)
            self.ui.exportProgress.setRange(0, 1)
            if error is not None:
                self.ui.exportProgress.setValue(0)
                from desktop_app.documents.signing.attendance_pdf import ExportCancelled

                if isinstance(error, ExportCancelled):
                    message = self.tr("Pembuatan dokumen dihentikan.")
                elif isinstance(error, UserError):
                    message = str(error)
                elif isinstance(error, PermissionError):
                    message = self.tr(
                        "Berkas tidak dapat ditulis; mungkin sedang dibuka di aplikasi lain."
                    )
                else:
                    message = self.tr("Dokumen gagal dibuat. Rincian ada di log.")
                self.ui.exportStatusLabel.setText(message)
                return
            self.ui.exportProgress.setValue(1)
            self._last_export = out
            self.ui.openFolderButton.setEnabled(True)
            self.ui.exportStatusLabel.setText(
                self.tr("Selesai: %1 (%2).").replace("%1", str(out)).replace("%2", str(result))
            )
            self.ctx.status_message.emit(self.tr("Dokumen tersimpan: %1").replace("%1", out.name))

        self._export = run_task(work, on_done, on_progress=on_progress)

    def _set_export_busy(self, busy: bool) -> None:
        for button in (
            self.ui.attendanceButton,
            self.ui.statementsButton,
            self.ui.declarationButton,
            self.ui.spreadsheetButton,
        ):
            button.setEnabled(not busy)
        self.ui.cancelExportButton.setEnabled(busy)
        if not busy:
            self._export = None

    def _cancel_export(self) -> None:
        if self._export is not None:
            self._export.cancel()

    def open_folder(self) -> None:
        folder = self._last_export.parent if self._last_export else self.ctx.home.documents
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- Bukti ------------------------------------------------------------------------

    def set_organizer_pin(self) -> None:
        """Set or change the organizer PIN (guards raw strokes and the one-screen kiosk)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from desktop_app.services.signing.organizer_access import (
            has_organizer_pin,
            set_organizer_pin,
        )

        def ask(label: str) -> str | None:
            text, ok = QInputDialog.getText(
                self, self.tr("PIN penyelenggara"), label, QLineEdit.EchoMode.Password
            )
            return text if ok else None

        current = ""
        if has_organizer_pin():
            answer = ask(self.tr("PIN saat ini:"))
            if answer is None:
                return
            current = answer
        new = ask(self.tr("PIN baru (minimal 6 karakter):"))
        if new is None:
            return
        if ask(self.tr("Ulangi PIN baru:")) != new:
            self.ui.pinStatusLabel.setText(self.tr("Kedua PIN baru tidak sama; tidak diubah."))
            return
        try:
            set_organizer_pin(new, current, operator=self.ctx.operator)
        except UserError as exc:
            self.ui.pinStatusLabel.setText(str(exc))
            return
        self.ui.pinStatusLabel.setText(self.tr("PIN penyelenggara tersimpan."))

    def verify_chain(self) -> None:
        from desktop_app.services.signing.signature_evidence import verify_chain

        event = self.current_event()
        if event is None:
            return
        event_id = event.id
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyResultLabel.setText(self.tr("Memeriksa…"))

        def on_done(report: Any, error: BaseException | None) -> None:
            self.ui.verifyButton.setEnabled(True)
            if error is not None:
                self.ui.verifyResultLabel.setText(self.tr("Pemeriksaan gagal. Rincian ada di log."))
                return
            colour = "#1b6e2a" if report.ok else "#b00020"
            lines = [report.message()] + [
                self.tr("Juga rusak: ") + b.describe() for b in report.broken[1:]
            ]
            self.ui.verifyResultLabel.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.ui.verifyResultLabel.setText("\n".join(lines))

        run_task(lambda: verify_chain(Event.get_by_id(event_id)), on_done)
