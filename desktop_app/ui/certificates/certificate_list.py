"""Sertifikat › Daftar: who gets a certificate, and generate, print, open and revoke.

Generating is the shared issue-then-render use case (``documents/certificates/
issue_and_render``): numbers are issued on the GUI's write path, the PDFs rendered on the
worker pool. Printing paints on the worker pool, then logs the prints on the write path.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop_app.services.certificates.status import CertificateStatus
from desktop_app.services.common.errors import UserError
from desktop_app.ui.certificates.certificate_list_model import (
    STATUS_LABELS,
    CertificateRowsFilter,
    CertificateRowsModel,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.certificates.ui_certificate_list import Ui_CertificateList
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import TaskHandle, run_task, run_write

log = logging.getLogger("ikrar.certificates")

# The filter's choices: "" = every status.
FILTERS = [("", QT_TRANSLATE_NOOP("CertificateList", "Semua")), *STATUS_LABELS.items()]
COLUMNS = [
    QT_TRANSLATE_NOOP("CertificateList", "Nama"),
    QT_TRANSLATE_NOOP("CertificateList", "Peran"),
    QT_TRANSLATE_NOOP("CertificateList", "Status"),
    QT_TRANSLATE_NOOP("CertificateList", "Nomor"),
    QT_TRANSLATE_NOOP("CertificateList", "Dicetak"),
    QT_TRANSLATE_NOOP("CertificateList", "Instansi"),
]
TOPICS = {"event", "attendees", "checkins", "signatures", "certificates", "sync"}


def load_rows(event_id: str) -> list[dict[str, Any]]:
    """Worker: plain rows for the table (no model objects cross threads)."""
    from desktop_app.models import Event
    from desktop_app.services.certificates.issuing import certificate_rows

    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        return []
    rows = []
    institutions: dict[str, str] = {}  # repeated thousands of times: one string each
    for row in certificate_rows(event):
        cert = row.certificate
        institution = row.attendee.institution
        rows.append(
            {
                "attendee_id": row.attendee.id,
                "name": row.attendee.full_name,
                "role": row.attendee.role,
                "institution": institutions.setdefault(institution, institution),
                "number": cert.number if cert else "",
                "certificate_id": cert.id if cert else "",
                "status": row.status,
                "prints": row.prints,
            }
        )
    return rows


def print_certificates(
    printer: QPrinter, certificate_ids: list[str], home_root: Path, progress: Any, cancelled: Any
) -> int:
    """Worker: render and paint the certificates (Qt allows painting on a QPrinter outside
    the GUI thread); returns the pages printed."""
    from desktop_app.documents.certificates.certificate_batch import certificate_pdf
    from desktop_app.models import Certificate
    from desktop_app.ui.certificates.certificate_printing import print_pdfs

    certs = list(Certificate.select().where(Certificate.id.in_(certificate_ids)))
    order = {cert_id: index for index, cert_id in enumerate(certificate_ids)}
    certs.sort(key=lambda cert: order[cert.id])
    pdfs = []
    for index, cert in enumerate(certs):
        pdfs.append(certificate_pdf(cert, home_root))
        progress(index + 1, len(certs) * 2)
    return print_pdfs(printer, pdfs, cancelled)


class CertificateList(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CertificateList()
        self.ui.setupUi(self)
        self.model = CertificateRowsModel(COLUMNS, self)
        self.proxy = CertificateRowsFilter(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.table.setModel(self.proxy)
        ui.table.horizontalHeader().setStretchLastSection(True)
        ui.table.verticalHeader().hide()
        for code, text in FILTERS:
            ui.filterCombo.addItem(self.tr(text), code)
        ui.progressBar.hide()
        ui.cancelButton.hide()
        self._task: TaskHandle | None = None
        self._busy = False  # a generate or print run, from its first step to its report
        self._rows: list[dict[str, Any]] = []
        self.last_result: Any = None
        self.printed_pages: int | None = None
        ui.searchEdit.textChanged.connect(self._apply_filter)
        ui.filterCombo.currentIndexChanged.connect(self._apply_filter)
        ui.generateSelectedButton.clicked.connect(lambda: self._ask_generate(False))
        ui.generateAllButton.clicked.connect(lambda: self._ask_generate(True))
        ui.printButton.clicked.connect(self.print_dialog)
        ui.openButton.clicked.connect(self.open_selected)
        ui.revokeButton.clicked.connect(self.revoke_selected)
        ui.table.doubleClicked.connect(lambda _index: self.open_selected())
        ui.cancelButton.clicked.connect(self.cancel_task)
        # Phones at the venue download their certificate only once the organizer says so.
        self.phone_release = QCheckBox(self.tr("Peserta boleh mengunduh ke ponsel"), self)
        self.phone_release.setObjectName("phoneReleaseCheck")
        self.phone_release.setToolTip(
            self.tr(
                "Sertifikat yang sudah terbit dapat diunduh peserta di halaman sertifikat hub "
                "(poster meja sertifikat)."
            )
        )
        self.phone_release.toggled.connect(self._release_toggled)
        self._release_writes = 0  # on the writer; until they land, the box shows the click
        ui.filterRow.addWidget(self.phone_release)
        ctx.event_changed.connect(lambda _id: self.refresh())
        ctx.data_changed.connect(lambda topic: self.refresh() if topic in TOPICS else None)
        self.refresh()

    # ----- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        event = self.ctx.current_event()
        for button in (
            self.ui.generateSelectedButton,
            self.ui.generateAllButton,
            self.ui.printButton,
            self.ui.openButton,
            self.ui.revokeButton,
        ):
            button.setEnabled(event is not None)
        if event is None:
            self._show_rows([])
            self.ui.summaryLabel.setText(self.tr("Pilih acara lebih dulu."))
            return
        event_id = event.id
        if not self._release_writes:
            self.phone_release.blockSignals(True)
            self.phone_release.setChecked(event.certificates_released_at is not None)
            self.phone_release.blockSignals(False)
        run_task(lambda: load_rows(event_id), self._rows_loaded, owner=self)

    def _release_toggled(self, released: bool) -> None:
        event = self.ctx.current_event()
        if event is None:
            return
        from desktop_app.services.certificates.release import release_certificates

        operator = self.ctx.operator

        def done(_result: Any, error: BaseException | None) -> None:
            self._release_writes -= 1
            if error is not None:
                log.error("certificate release failed: %r", error)
            self.ctx.notify("event")

        self._release_writes += 1
        run_write(lambda: release_certificates(event, operator, released), done, owner=self)

    def _rows_loaded(self, rows: list[dict[str, Any]] | None, error: BaseException | None) -> None:
        if error is not None:
            self.ui.summaryLabel.setText(self.tr("Daftar tidak dapat dimuat; lihat log."))
            return
        self._show_rows(rows or [])

    def _show_rows(self, rows: list[dict[str, Any]]) -> None:
        # A refresh (after printing, syncing…) must not drop what the operator selected.
        keep = {r["attendee_id"] for r in self.selected_rows()}
        self._rows = rows
        self.model.replace_items(rows)
        self.ui.table.resizeColumnsToContents()
        self.ui.table.setColumnWidth(0, min(self.ui.table.columnWidth(0), 360))
        issued = sum(1 for r in rows if r["status"] == CertificateStatus.ISSUED)
        revoked = sum(1 for r in rows if r["status"] == CertificateStatus.REVOKED)
        self.ui.summaryLabel.setText(
            self.tr("{0} berhak · {1} diterbitkan · {2} dicabut").format(
                len(rows) - revoked, issued, revoked
            )
        )
        self._apply_filter()
        self._reselect(keep)

    def _reselect(self, attendee_ids: set[str]) -> None:
        if not attendee_ids:
            return
        selection = self.ui.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for number, row in enumerate(self._rows):
            if row["attendee_id"] in attendee_ids:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                if index.isValid():  # not filtered out
                    selection.select(index, flags)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.ui.searchEdit.text(), self.ui.filterCombo.currentData())

    def selected_rows(self) -> list[dict[str, Any]]:
        numbers = sorted(
            self.proxy.mapToSource(i).row() for i in self.ui.table.selectionModel().selectedRows()
        )
        return [self._rows[n] for n in numbers]

    # ----- progress ---------------------------------------------------------------------
    def _start_progress(self) -> None:
        self._busy = True
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.cancelButton.show()
        self.ui.cancelButton.setFocus()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def _end_progress(self) -> None:
        self._busy = False
        self._task = None
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()

    # ----- generate ---------------------------------------------------------------------
    def _ask_generate(self, everyone: bool) -> None:
        event = self.ctx.current_event()
        if event is None:
            return
        if not everyone and not self.selected_rows():
            QMessageBox.information(
                self, self.tr("Sertifikat"), self.tr("Pilih dulu baris peserta di daftar.")
            )
            return
        default = self.ctx.home.documents / f"sertifikat-{event.code}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan PDF sertifikat"), str(default), self.tr("PDF (*.pdf)")
        )
        if path:
            self.generate(Path(path), everyone)

    def generate(self, out: Path, everyone: bool = True, per_attendee: bool = False) -> None:
        """Issue missing numbers (write path), then write the PDFs in the background."""
        from desktop_app.documents.certificates.issue_and_render import (
            IssuedCertificates,
            issue_for_rendering,
            render_issued,
        )
        from desktop_app.models import Event

        event = self.ctx.current_event()
        if event is None or self._busy:
            return
        chosen = None if everyone else [r["attendee_id"] for r in self.selected_rows()]
        event_id, operator, home_root = event.id, self.ctx.operator, self.ctx.home.root

        def render(issued: IssuedCertificates | None, error: BaseException | None) -> None:
            if error is not None or issued is None:
                self._generated(out, None, error)
                return
            self.ctx.notify("certificates")  # the new numbers show while the PDFs render

            def work(progress: Any, cancelled: Any) -> Any:
                return render_issued(
                    issued,
                    out,
                    per_attendee=per_attendee,
                    home_root=home_root,
                    progress=progress,
                    cancelled=cancelled,
                )

            self._task = run_task(
                work,
                lambda result, err: self._generated(out, result, err),
                owner=self,
                on_progress=self._progress,
            )

        self._start_progress()
        run_write(
            lambda: issue_for_rendering(Event.get_by_id(event_id), operator, chosen),
            render,
            owner=self,
        )

    def _generated(self, out: Path, result: Any, error: BaseException | None) -> None:
        self._end_progress()
        self.last_result = result
        if isinstance(error, UserError):
            self.ctx.status_message.emit(error_text(error))
        elif error is not None:
            QMessageBox.warning(
                self, self.tr("Sertifikat"), self.tr("Sertifikat gagal dibuat: {0}").format(error)
            )
        elif result.cancelled:
            self.ctx.status_message.emit(self.tr("Pembuatan sertifikat dibatalkan."))
        else:
            self.ctx.status_message.emit(
                self.tr("{0} sertifikat disimpan ke {1}").format(result.count, out)
            )
        self.ctx.notify("certificates")

    # ----- print ------------------------------------------------------------------------
    def print_dialog(self) -> None:
        if not self.selected_rows():
            issued = sum(1 for r in self._rows if r["status"] == CertificateStatus.ISSUED)
            answer = QMessageBox.question(
                self,
                self.tr("Cetak sertifikat"),
                self.tr("Tidak ada baris terpilih. Cetak semua {0} sertifikat yang terbit?").format(
                    issued
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak sertifikat"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the selected issued certificates (all issued if none selected)."""
        rows = [
            r
            for r in (self.selected_rows() or self._rows)
            if r["status"] == CertificateStatus.ISSUED
        ]
        if not rows or self._busy:
            self.ctx.status_message.emit(self.tr("Tidak ada sertifikat terbit untuk dicetak."))
            return
        from desktop_app.ui.certificates.certificate_printing import prepare_printer

        prepare_printer(printer)
        ids = [r["certificate_id"] for r in rows]
        home_root = self.ctx.home.root
        self._printer = printer  # kept alive while the worker paints on it

        def work(progress: Any, cancelled: Any) -> int:
            return print_certificates(printer, ids, home_root, progress, cancelled)

        self._start_progress()
        self._task = run_task(
            work,
            lambda pages, error: self._printed(ids, printer, pages, error),
            owner=self,
            on_progress=self._progress,
        )

    def _printed(
        self, ids: list[str], printer: QPrinter, pages: Any, error: BaseException | None
    ) -> None:
        if error is not None:
            self._print_logged(pages, error)
            return
        from desktop_app.models import Certificate
        from desktop_app.services.certificates.issuing import record_prints

        operator, copies = self.ctx.operator, max(1, printer.copyCount())
        printed = ids[:pages]

        def log_prints() -> int:
            certs = list(Certificate.select().where(Certificate.id.in_(printed)))
            record_prints(certs, operator, copies=copies)
            return int(pages)

        run_write(log_prints, self._print_logged, owner=self)

    def _print_logged(self, pages: Any, error: BaseException | None) -> None:
        self._end_progress()
        self.printed_pages = pages
        if error is not None:
            QMessageBox.warning(
                self, self.tr("Cetak"), self.tr("Pencetakan gagal: {0}").format(error)
            )
        else:
            self.ctx.status_message.emit(self.tr("{0} sertifikat dicetak.").format(pages))
        self.ctx.notify("certificates")

    # ----- open / revoke ----------------------------------------------------------------
    def open_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r["certificate_id"]]
        if not rows:
            QMessageBox.information(
                self,
                self.tr("Sertifikat"),
                self.tr("Pilih peserta yang sertifikatnya sudah terbit."),
            )
            return
        certificate_id = rows[0]["certificate_id"]
        folder, home_root = self.ctx.home.documents / "sertifikat", self.ctx.home.root

        def work() -> Path:
            from desktop_app.documents.certificates.certificate_batch import (
                certificate_pdf,
                file_name,
            )
            from desktop_app.models import Certificate

            cert = Certificate.get_by_id(certificate_id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / file_name(cert)
            path.write_bytes(certificate_pdf(cert, home_root))
            return path

        def opened(path: Path | None, error: BaseException | None) -> None:
            if error is not None or path is None:
                QMessageBox.warning(
                    self,
                    self.tr("Sertifikat"),
                    self.tr("PDF tidak dapat dibuat: {0}").format(error),
                )
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_task(work, opened, owner=self)

    def revoke_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r["status"] == CertificateStatus.ISSUED]
        if not rows:
            QMessageBox.information(
                self, self.tr("Cabut sertifikat"), self.tr("Pilih sertifikat yang masih berlaku.")
            )
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cabut sertifikat"),
            self.tr("Alasan mencabut {0} ({1}):").format(rows[0]["number"], rows[0]["name"]),
        )
        if ok:
            self.revoke(rows[0]["number"], reason)

    def revoke(self, number: str, reason: str) -> None:
        """Revoke on the write path; the list shows it once committed."""
        from desktop_app.services.certificates.issuing import revoke

        operator = self.ctx.operator

        def revoked(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                QMessageBox.warning(
                    self,
                    self.tr("Cabut sertifikat"),
                    error_text(error)
                    if isinstance(error, UserError)
                    else self.tr("Pencabutan gagal. Rincian ada di log."),
                )
                return
            self.ctx.notify("certificates")

        run_write(lambda: revoke(number, reason, operator), revoked, owner=self)
