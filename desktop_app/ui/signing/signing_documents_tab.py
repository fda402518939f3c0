"""Deklarasi › Dokumen: daftar hadir, surat pernyataan, naskah deklarasi and the spreadsheet,
written in the background by ``documents/signing/export.export_document`` (the same use
case as ``ikrar export``), with progress and a stop button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.documents.signing.export import (
    DocumentKind,
    ExportResult,
    FileFormat,
    export_document,
    output_path,
)
from desktop_app.models import Event
from desktop_app.services.common.errors import UserError
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.signing.ui_signing_documents_tab import Ui_SigningDocumentsTab
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import TaskHandle, run_task

log = logging.getLogger("ikrar.signing")


class SigningDocumentsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SigningDocumentsTab()
        self.ui.setupUi(self)
        self._export: TaskHandle | None = None
        self._last_export: Path | None = None
        ui = self.ui
        self._jobs: list[tuple[QPushButton, DocumentKind, FileFormat]] = [
            (ui.attendanceButton, DocumentKind.ATTENDANCE, FileFormat.PDF),
            (ui.statementsButton, DocumentKind.STATEMENTS, FileFormat.PDF),
            (ui.declarationButton, DocumentKind.DECLARATION, FileFormat.PDF),
            (ui.spreadsheetButton, DocumentKind.ATTENDANCE, FileFormat.XLSX),
        ]
        for button, kind, fmt in self._jobs:
            button.clicked.connect(self._exporter(kind, fmt))
        ui.cancelExportButton.setEnabled(False)
        ui.cancelExportButton.clicked.connect(self._cancel_export)
        ui.openFolderButton.setEnabled(False)
        ui.openFolderButton.clicked.connect(self.open_folder)

    def _exporter(self, kind: DocumentKind, fmt: FileFormat) -> Callable[[], None]:
        return lambda: self.export(kind, fmt)

    def export(self, kind: DocumentKind | str, fmt: FileFormat | str) -> None:
        """Write one document into the data directory's documents folder, in the background."""
        event = self.ctx.current_event()
        if event is None or self._export is not None:
            return
        kind, fmt = DocumentKind(kind), FileFormat(fmt)
        out = output_path(None, self.ctx.home.documents, event.code, kind, fmt)
        event_id = event.id
        self._set_busy(True)
        self.ui.exportProgress.setRange(0, 0)  # busy until the first progress report
        self.ui.exportStatusLabel.setText(self.tr("Membuat %1…").replace("%1", out.name))

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return export_document(
                Event.get_by_id(event_id), kind, fmt, out, progress=progress, cancelled=cancelled
            )

        self._export = run_task(work, self._done, owner=self, on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.ui.exportProgress.setRange(0, max(total, 1))
        self.ui.exportProgress.setValue(done)

    def _done(self, result: ExportResult | None, error: BaseException | None) -> None:
        from desktop_app.documents.signing.attendance_pdf import ExportCancelled

        self._set_busy(False)
        self.ui.exportProgress.setRange(0, 1)
        if error is not None or result is None:
            self.ui.exportProgress.setValue(0)
            if isinstance(error, ExportCancelled):
                message = self.tr("Pembuatan dokumen dihentikan.")
            elif isinstance(error, UserError):
                message = error_text(error)
            else:
                message = self.tr("Dokumen gagal dibuat. Rincian ada di log.")
            self.ui.exportStatusLabel.setText(message)
            return
        self.ui.exportProgress.setValue(1)
        self._last_export = result.path
        self.ui.openFolderButton.setEnabled(True)
        self.ui.exportStatusLabel.setText(
            self.tr("Selesai: %1 (%2).")
            .replace("%1", str(result.path))
            .replace("%2", self.summary(result))
        )
        self.ctx.status_message.emit(
            self.tr("Dokumen tersimpan: %1").replace("%1", result.path.name)
        )

    def summary(self, result: ExportResult) -> str:
        """What was written, in the user's language (``result.unit`` says what it counted)."""
        texts = {
            "pages": self.tr("%n halaman", "", result.count),
            "attendees": self.tr("%n peserta", "", result.count),
            "statements": self.tr("%n surat pernyataan", "", result.count),
            "officials": self.tr("%n pejabat telah menandatangani", "", result.count),
        }
        return texts[result.unit]

    def _set_busy(self, busy: bool) -> None:
        for button, _kind, _fmt in self._jobs:
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
