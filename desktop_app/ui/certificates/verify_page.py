"""Verifikasi page: check a certificate from a scanned/pasted code or a PDF/PNG file, offline."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QWidget

from desktop_app.services.certificates.token import VerificationCode
from desktop_app.services.certificates.verification import (
    CertificateView,
    view_files,
    view_token,
)
from desktop_app.services.common.messages import plain
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.certificates.ui_verify_page import Ui_VerifyPage
from desktop_app.ui.messages import message_text
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.certificates")

GOOD = "background:#15803D; color:white; font-size:22pt; font-weight:700; padding:14px;"
BAD = "background:#B91C1C; color:white; font-size:22pt; font-weight:700; padding:14px;"
IDLE = "color:#475569; font-size:14pt; padding:14px;"


class VerifyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_VerifyPage()
        self.ui.setupUi(self)
        self.ui.verdictLabel.setStyleSheet(IDLE)
        self.ui.verdictLabel.setAccessibleName(self.tr("Hasil verifikasi"))
        self.ui.tokenEdit.returnPressed.connect(self.check_text)
        self.ui.checkButton.clicked.connect(self.check_text)
        self.ui.openFileButton.clicked.connect(self._choose_file)
        self.last: CertificateView | None = None
        # A file with several certificates (a batch PDF): one line per certificate.
        self.file_views: list[CertificateView] = []
        self.filesSummary = QLabel(self)
        self.filesSummary.setObjectName("filesSummary")
        self.filesSummary.setWordWrap(True)
        self.filesSummary.hide()
        self.filesList = QListWidget(self)
        self.filesList.setObjectName("filesList")
        self.filesList.setAccessibleName(self.tr("Sertifikat dalam berkas"))
        self.filesList.hide()
        self.filesList.currentRowChanged.connect(self._file_view_chosen)
        at = self.ui.pageLayout.indexOf(self.ui.resultFrame) + 1
        self.ui.pageLayout.insertWidget(at, self.filesSummary)
        self.ui.pageLayout.insertWidget(at + 1, self.filesList, 1)
        self.ui.tokenEdit.setFocus()

    def check_text(self) -> None:
        text = self.ui.tokenEdit.text().strip()
        if not text:
            return
        self._busy()
        run_task(lambda: view_token(text), self._show, owner=self)

    def verify_scanned(self, text: str) -> None:
        """A code from the scanner (caught application-wide): show it and check it."""
        self.ui.tokenEdit.setText(text.strip())
        self.check_text()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka sertifikat"),
            str(self.ctx.home.documents),
            self.tr("Sertifikat (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path:
            self.check_file(Path(path))

    def check_file(self, path: Path) -> None:
        """Every certificate in the file: a batch PDF lists them all, each one selectable."""
        self._busy()
        self.filesList.clear()
        self.filesList.hide()
        run_task(lambda: view_files(path), self._show_files, owner=self)

    def _show_files(self, views: list[CertificateView] | None, error: BaseException | None) -> None:
        if error is not None or not views:
            self._show(None, error or RuntimeError("no view"))
            return
        self.file_views = list(views)
        if len(views) > 1:
            valid = sum(1 for v in views if v.ok)
            self.filesList.blockSignals(True)
            self.filesList.clear()
            for view in views:
                mark = "✔" if view.ok else "✘"
                number, holder = view.number or "—", view.holder or "—"
                self.filesList.addItem(f"{mark} {number} · {holder}")
            self.filesList.blockSignals(False)
            self.filesList.show()
            self.filesSummary.setText(
                self.tr("%1 sertifikat dalam berkas ini: %2 sah. Pilih satu untuk rinciannya.")
                .replace("%1", str(len(views)))
                .replace("%2", str(valid))
            )
            self.filesSummary.show()
        else:
            self.filesSummary.hide()
        self.filesList.setCurrentRow(0)
        self._show(views[0], None)

    def _file_view_chosen(self, row: int) -> None:
        if 0 <= row < len(self.file_views):
            self._show(self.file_views[row], None)

    def _busy(self) -> None:
        self.ui.verdictLabel.setStyleSheet(IDLE)
        self.ui.verdictLabel.setText(self.tr("Memeriksa…"))

    def _show(self, view: CertificateView | None, error: BaseException | None) -> None:
        if error is not None or view is None:
            view = CertificateView(
                False,
                VerificationCode.FILE,
                plain(self.tr("Pemeriksaan gagal; rincian ada di log.")),
            )
        self.last = view
        self.ui.verdictLabel.setStyleSheet(GOOD if view.ok else BAD)
        verdicts = {
            VerificationCode.VALID: self.tr("✔ SERTIFIKAT SAH"),
            VerificationCode.REVOKED: self.tr("✘ TIDAK SAH — DICABUT"),
            VerificationCode.BAD_SIGNATURE: self.tr("✘ TIDAK SAH — PALSU ATAU DIUBAH"),
            VerificationCode.UNKNOWN_KEY: self.tr("✘ TIDAK SAH — PENERBIT TIDAK DIKENAL"),
            VerificationCode.MALFORMED: self.tr("✘ TIDAK SAH — KODE RUSAK"),
        }
        self.ui.verdictLabel.setText(verdicts.get(view.code, self.tr("✘ TIDAK SAH")))
        self.ui.holderValue.setText(view.holder or "—")
        self.ui.roleValue.setText(view.role_label or "—")
        self.ui.eventValue.setText(view.event_label or "—")
        self.ui.numberValue.setText(view.number or "—")
        self.ui.dateValue.setText(view.date_label or "—")
        self.ui.messageLabel.setText(message_text(view.detail))
        # Ready for the next scan: the scanner types into the field and presses Enter.
        self.ui.tokenEdit.selectAll()
        self.ui.tokenEdit.setFocus()
