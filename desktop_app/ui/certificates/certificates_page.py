"""Sertifikat page: who gets a certificate, generate/print/revoke, and the template editor."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from shiboken6 import isValid

from desktop_app.ui.certificates.certificate_canvas import TemplateCanvas
from desktop_app.ui.certificates.certificate_list_model import (
    CertificateRowsFilter,
    CertificateRowsModel,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.certificates.ui_certificates_page import Ui_CertificatesPage
from desktop_app.ui.labels import label
from desktop_app.ui.tasks import TaskHandle, run_task

log = logging.getLogger("ikrar.certificates")

FILTERS = [
    QT_TRANSLATE_NOOP("CertificatesPage", "Semua"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Belum diterbitkan"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Diterbitkan"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Dicabut"),
]
COLUMNS = [
    QT_TRANSLATE_NOOP("CertificatesPage", "Nama"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Peran"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Status"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Nomor"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Dicetak"),
    QT_TRANSLATE_NOOP("CertificatesPage", "Instansi"),
]
TOPICS = {"event", "attendees", "checkins", "signatures", "certificates", "sync"}


def _load_rows(event_id: str) -> list[dict[str, Any]]:
    """Worker: plain rows for the table (no model objects cross threads)."""
    from desktop_app.models import Event
    from desktop_app.services.certificates.issuing import certificate_rows, role_label_for

    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        return []
    rows = []
    institutions: dict[str, str] = {}  # repeated thousands of times: one string each
    for row in certificate_rows(event):
        cert = row.certificate
        status = "Dicabut" if row.revoked else ("Diterbitkan" if cert else "Belum diterbitkan")
        institution = row.attendee.institution
        rows.append(
            {
                "attendee_id": row.attendee.id,
                "name": row.attendee.full_name,
                "role": role_label_for(row.attendee.role),
                "institution": institutions.setdefault(institution, institution),
                "number": cert.number if cert else "",
                "certificate_id": cert.id if cert else "",
                "status": status,
                "prints": row.prints,
            }
        )
    return rows


class CertificatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        self.model = CertificateRowsModel(COLUMNS, self)
        self.proxy = CertificateRowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.table.verticalHeader().hide()
        for status in FILTERS:
            self.ui.filterCombo.addItem(self.tr(status), status)
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self._task: TaskHandle | None = None
        self._rows: list[dict[str, Any]] = []

        self.canvas = TemplateCanvas(self)
        self.ui.previewHolder.addWidget(self.canvas)
        self.template: Any = None
        self.background_override: Path | None = None
        self.logo_override: Path | None = None
        self._preview_running = False
        self._preview_pending = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.render_preview)

        self.ui.searchEdit.textChanged.connect(self._apply_filter)
        self.ui.filterCombo.currentIndexChanged.connect(self._apply_filter)
        self.ui.generateSelectedButton.clicked.connect(lambda: self._ask_generate(False))
        self.ui.generateAllButton.clicked.connect(lambda: self._ask_generate(True))
        self.ui.printButton.clicked.connect(self.print_dialog)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.revokeButton.clicked.connect(self.revoke_selected)
        self.ui.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.ui.cancelButton.clicked.connect(self.cancel_task)
        self.ui.templateCombo.currentIndexChanged.connect(self._template_chosen)
        self.ui.fieldCombo.currentIndexChanged.connect(self._field_chosen)
        self.ui.fontCombo.currentIndexChanged.connect(self._font_changed)
        self.ui.sizeSpin.valueChanged.connect(self._size_changed)
        self.ui.backgroundButton.clicked.connect(self._choose_background)
        self.ui.logoButton.clicked.connect(self._choose_logo)
        self.ui.saveTemplateButton.clicked.connect(self.save_template)
        self.canvas.field_selected.connect(self._canvas_selected)
        self.canvas.field_moved.connect(lambda *_: self.schedule_preview())
        ctx.event_changed.connect(lambda _id: (self.refresh(), self._load_templates()))
        ctx.data_changed.connect(lambda topic: self.refresh() if topic in TOPICS else None)

        from desktop_app.documents.certificates.certificate_templates import font_names

        self.ui.fontCombo.addItems(font_names())
        self.refresh()
        self._load_templates()

    # ----- list -------------------------------------------------------------------------
    def refresh(self) -> None:
        event = self.ctx.current_event()
        enabled = event is not None
        for button in (
            self.ui.generateSelectedButton,
            self.ui.generateAllButton,
            self.ui.printButton,
            self.ui.openButton,
            self.ui.revokeButton,
            self.ui.saveTemplateButton,
        ):
            button.setEnabled(enabled)
        if event is None:
            self._show_rows([])
            self.ui.summaryLabel.setText(self.tr("Pilih acara lebih dulu."))
            return
        run_task(lambda: _load_rows(event.id), self._rows_loaded)

    def _rows_loaded(self, rows: list[dict[str, Any]] | None, error: BaseException | None) -> None:
        if not isValid(self) or not isValid(self.canvas):
            return  # the page was closed while the task ran
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
        issued = sum(1 for r in rows if r["status"] == "Diterbitkan")
        revoked = sum(1 for r in rows if r["status"] == "Dicabut")
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
        """Issue missing numbers and write PDFs in the background (progress + cancel)."""
        event = self.ctx.current_event()
        if event is None or self._task is not None:
            return
        chosen = None if everyone else [r["attendee_id"] for r in self.selected_rows()]
        event_id, operator, home_root = event.id, self.ctx.operator, self.ctx.home.root

        def work(progress: Any, cancelled: Any) -> Any:
            from desktop_app.documents.certificates.certificate_batch import generate
            from desktop_app.models import Attendee, Event
            from desktop_app.services.certificates.issuing import active_certificates, issue_missing

            ev = Event.get_by_id(event_id)
            people = (
                None if chosen is None else list(Attendee.select().where(Attendee.id.in_(chosen)))
            )
            issue_missing(ev, operator, people)
            certs = active_certificates(ev)
            if chosen is not None:
                wanted = set(chosen)
                certs = [c for c in certs if c.attendee_id in wanted]
            if not certs:
                return None
            return generate(ev, certs, out, per_attendee, home_root, progress, cancelled)

        self._start_progress()
        self._task = run_task(
            work,
            lambda result, error: self._generated(out, result, error),
            on_progress=self._progress,
        )

    def _start_progress(self) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.cancelButton.show()
        self.ui.cancelButton.setFocus()

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)

    def cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _generated(self, out: Path, result: Any, error: BaseException | None) -> None:
        if not isValid(self) or not isValid(self.canvas):
            return  # the page was closed while the task ran
        self._task = None
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self.last_result = result
        if error is not None:
            QMessageBox.warning(
                self, self.tr("Sertifikat"), self.tr("Sertifikat gagal dibuat: {0}").format(error)
            )
        elif result is None:
            self.ctx.status_message.emit(self.tr("Belum ada peserta yang berhak."))
        elif result.cancelled:
            self.ctx.status_message.emit(self.tr("Pembuatan sertifikat dibatalkan."))
        else:
            self.ctx.status_message.emit(
                self.tr("{0} sertifikat disimpan ke {1}").format(result.count, out)
            )
        self.ctx.notify("certificates")

    # ----- print / open / revoke --------------------------------------------------------
    def print_dialog(self) -> None:
        if not self.selected_rows():
            issued = sum(1 for r in self._rows if r["status"] == "Diterbitkan")
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
        rows = [r for r in (self.selected_rows() or self._rows) if r["status"] == "Diterbitkan"]
        if not rows or self._task is not None:
            self.ctx.status_message.emit(self.tr("Tidak ada sertifikat terbit untuk dicetak."))
            return
        from desktop_app.ui.certificates.certificate_printing import prepare_printer

        prepare_printer(printer)
        ids = [r["certificate_id"] for r in rows]
        operator, home_root = self.ctx.operator, self.ctx.home.root
        self._printer = printer  # kept alive while the worker paints on it

        def work(progress: Any, cancelled: Any) -> int:
            # Qt allows painting on a QPrinter outside the GUI thread.
            from desktop_app.documents.certificates.certificate_batch import certificate_pdf
            from desktop_app.models import Certificate
            from desktop_app.services.certificates.issuing import record_prints
            from desktop_app.ui.certificates.certificate_printing import print_pdfs

            certs = list(Certificate.select().where(Certificate.id.in_(ids)))
            pdfs = []
            for index, cert in enumerate(certs):
                pdfs.append(certificate_pdf(cert, home_root))
                progress(index + 1, len(certs) * 2)
            pages = print_pdfs(printer, pdfs, cancelled)
            record_prints(certs[:pages], operator, copies=max(1, printer.copyCount()))
            return pages

        self._start_progress()
        self._task = run_task(work, self._printed, on_progress=self._progress)

    def _printed(self, pages: Any, error: BaseException | None) -> None:
        if not isValid(self) or not isValid(self.canvas):
            return  # the page was closed while the task ran
        self._task = None
        self.ui.progressBar.hide()
        self.ui.cancelButton.hide()
        self.printed_pages = pages
        if error is not None:
            QMessageBox.warning(
                self, self.tr("Cetak"), self.tr("Pencetakan gagal: {0}").format(error)
            )
        else:
            self.ctx.status_message.emit(self.tr("{0} sertifikat dicetak.").format(pages))
        self.ctx.notify("certificates")

    def open_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r["certificate_id"]]
        if not rows:
            QMessageBox.information(
                self,
                self.tr("Sertifikat"),
                self.tr("Pilih peserta yang sertifikatnya sudah terbit."),
            )
            return
        from desktop_app.documents.certificates.certificate_batch import certificate_pdf, file_name
        from desktop_app.models import Certificate

        cert = Certificate.get_by_id(rows[0]["certificate_id"])
        folder = self.ctx.home.documents / "sertifikat"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / file_name(cert)
        path.write_bytes(certificate_pdf(cert, self.ctx.home.root))  # one page: ~80 ms
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def revoke_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r["status"] == "Diterbitkan"]
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

    def revoke(self, number: str, reason: str) -> bool:
        from desktop_app.services.certificates.issuing import revoke
        from desktop_app.services.common.errors import UserError

        try:
            revoke(number, reason, self.ctx.operator)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cabut sertifikat"), str(exc))
            return False
        self.ctx.notify("certificates")
        return True

    # ----- template editor --------------------------------------------------------------
    def _load_templates(self) -> None:
        from desktop_app.documents.certificates.certificate_templates import template_names

        event = self.ctx.current_event()
        current = event.certificate_template if event is not None else "klasik"
        self.ui.templateCombo.blockSignals(True)
        self.ui.templateCombo.clear()
        for name in template_names(self.ctx.home.root):
            self.ui.templateCombo.addItem(label(name), name)
        index = self.ui.templateCombo.findData(current)
        self.ui.templateCombo.setCurrentIndex(max(0, index))
        self.ui.templateCombo.blockSignals(False)
        self._template_chosen()

    def _template_chosen(self) -> None:
        from desktop_app.documents.certificates.certificate_templates import load_template

        name = self.ui.templateCombo.currentData() or "klasik"
        self.template = load_template(name, self.ctx.home.root).copy()
        self.background_override = None
        self.canvas.set_fields(self.template.fields)
        self.ui.fieldCombo.blockSignals(True)
        self.ui.fieldCombo.clear()
        for f in self.template.fields:
            self.ui.fieldCombo.addItem(f["key"], f["key"])
        self.ui.fieldCombo.blockSignals(False)
        self._field_chosen()
        self.schedule_preview()

    def _current_field(self) -> dict[str, Any] | None:
        key = self.ui.fieldCombo.currentData()
        return self.template.field(key) if self.template is not None and key else None

    def _field_chosen(self) -> None:
        field = self._current_field()
        is_text = field is not None and field.get("type", "text") == "text"
        self.ui.fontCombo.setEnabled(is_text)
        self.ui.sizeSpin.setEnabled(is_text)
        if field is None:
            return
        self.canvas.select(field["key"])
        if is_text:
            for widget in (self.ui.fontCombo, self.ui.sizeSpin):
                widget.blockSignals(True)
            self.ui.fontCombo.setCurrentText(field.get("font", "NotoSans-Regular"))
            self.ui.sizeSpin.setValue(float(field.get("size", 12)))
            for widget in (self.ui.fontCombo, self.ui.sizeSpin):
                widget.blockSignals(False)

    def _canvas_selected(self, key: str) -> None:
        index = self.ui.fieldCombo.findData(key)
        if index >= 0 and index != self.ui.fieldCombo.currentIndex():
            self.ui.fieldCombo.setCurrentIndex(index)

    def _font_changed(self) -> None:
        field = self._current_field()
        if field is not None and field.get("type", "text") == "text":
            field["font"] = self.ui.fontCombo.currentText()
            self.schedule_preview()

    def _size_changed(self, value: float) -> None:
        field = self._current_field()
        if field is not None and field.get("type", "text") == "text":
            field["size"] = value
            field["min_size"] = min(float(field.get("min_size", value)), value)
            self.canvas.update()
            self.schedule_preview()

    def _choose_background(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Gambar latar (A4 melintang)"), "", self.tr("Gambar (*.jpg *.jpeg *.png)")
        )
        if path:
            self.set_background(Path(path))

    def set_background(self, path: Path) -> None:
        self.background_override = path
        self.template.layout["background"] = str(path)
        self.schedule_preview()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo penyelenggara"), "", self.tr("Gambar PNG (*.png)")
        )
        if path:
            self.logo_override = Path(path)
            self.schedule_preview()

    def schedule_preview(self) -> None:
        self._preview_timer.start()

    def preview_values(self) -> dict[str, str]:
        from desktop_app.documents.certificates.certificate_preview import SAMPLE_VALUES

        values = dict(SAMPLE_VALUES)
        event = self.ctx.current_event()
        if event is not None:
            from desktop_app.documents.certificates.certificate_batch import (
                event_values,
                signing_official,
            )

            values.update(event_values(event, signing_official(event)))
        return values

    def render_preview(self) -> None:
        if self.template is None:
            return
        if self._preview_running:
            self._preview_pending = True
            return
        self._preview_running = True
        self.canvas.busy = True
        self.canvas.update()
        template, values = self.template.copy(), self.preview_values()
        logo = self.logo_override or template.logo

        def work() -> Any:
            from desktop_app.documents.certificates.certificate_pdf import Assets
            from desktop_app.documents.certificates.certificate_preview import render_preview

            assets = Assets(logo=logo.read_bytes() if logo else None)
            return render_preview(template, values, assets=assets, dpi=60)

        run_task(work, self._preview_ready)

    def _preview_ready(self, preview: Any, error: BaseException | None) -> None:
        if not isValid(self) or not isValid(self.canvas):
            return  # the page was closed while the task ran
        self._preview_running = False
        self.canvas.busy = False
        if error is None and preview is not None:
            image = QImage(
                preview.rgb,
                preview.width,
                preview.height,
                preview.width * 3,
                QImage.Format.Format_RGB888,
            ).copy()
            self.canvas.set_image(image)
            self.preview_generation = getattr(self, "preview_generation", 0) + 1
        else:
            self.ctx.status_message.emit(self.tr("Pratinjau gagal: {0}").format(error))
        if self._preview_pending:
            self._preview_pending = False
            self.schedule_preview()

    def save_template(self) -> str:
        """Save the edited layout as this event's template (data directory); returns its name."""
        from desktop_app.documents.certificates.certificate_templates import save_template

        event = self.ctx.current_event()
        if event is None or self.template is None:
            return ""
        base = self.template.name.split("-acara-")[0]
        name = f"{base}-acara-{event.code}"
        try:
            saved = save_template(
                self.template,
                name,
                self.ctx.home.root,
                self.background_override,
                self.logo_override,
            )
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                self, self.tr("Templat"), self.tr("Templat tidak dapat disimpan: {0}").format(exc)
            )
            return ""
        event.certificate_template = saved.name
        event.save()
        self.ctx.status_message.emit(
            self.tr("Templat '{0}' disimpan untuk acara ini.").format(saved.name)
        )
        self.ctx.notify("event")
        self._load_templates()
        return saved.name
