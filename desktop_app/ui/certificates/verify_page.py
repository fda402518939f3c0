"""Verifikasi page: check a certificate from a scanned/pasted code or a PDF/PNG file, offline."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget
from shiboken6 import isValid

from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.certificates.ui_verify_page import Ui_VerifyPage
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.certificates")

GOOD = "background:#15803D; color:white; font-size:22pt; font-weight:700; padding:14px;"
BAD = "background:#B91C1C; color:white; font-size:22pt; font-weight:700; padding:14px;"
IDLE = "color:#475569; font-size:14pt; padding:14px;"


def _check(text: str = "", path: str = "") -> dict[str, Any]:
    """Worker: verify a code or the first QR in a file; plain data back to the GUI."""
    from desktop_app.models import Event
    from desktop_app.services.certificates.issuing import (
        claim_date_label,
        full_holder_name,
        role_label_for,
    )
    from desktop_app.services.certificates.qr_scan import qr_texts_from_file
    from desktop_app.services.certificates.token import verify_token
    from desktop_app.services.common.errors import UserError

    if path:
        try:
            found = qr_texts_from_file(Path(path))
        except UserError as exc:
            return {"ok": False, "code": "file", "message": str(exc), "claims": {}}
        if not found:
            return {
                "ok": False,
                "code": "file",
                "claims": {},
                "message": "Tidak ada kode QR yang terbaca di berkas ini.",
            }
        text = found[0]
    result = verify_token(text)
    # A forged or unknown-key token shows no details: they are whatever its author typed.
    genuine = result.ok or result.code == "revoked"
    claims = dict(result.claims) if genuine else {}
    if claims:
        event = Event.get_or_none(Event.code == claims["event_code"])
        claims["event"] = f"{event.title} ({event.code})" if event else claims["event_code"]
        claims["role_label"] = role_label_for(claims["role"])
        claims["date_label"] = claim_date_label(claims["date"])
        claims["holder"] = full_holder_name(
            claims["number"], claims["holder"], claims["event_code"]
        )
    return {"ok": result.ok, "code": result.code, "message": result.message, "claims": claims}


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
        self.last: dict[str, Any] | None = None
        self.ui.tokenEdit.setFocus()

    def check_text(self) -> None:
        text = self.ui.tokenEdit.text().strip()
        if not text:
            return
        self._busy()
        run_task(lambda: _check(text=text), self._show)

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
        self._busy()
        run_task(lambda: _check(path=str(path)), self._show)

    def _busy(self) -> None:
        self.ui.verdictLabel.setStyleSheet(IDLE)
        self.ui.verdictLabel.setText(self.tr("Memeriksa…"))

    def _show(self, result: dict[str, Any] | None, error: BaseException | None) -> None:
        if not isValid(self):
            return  # the page was closed while the task ran
        if error is not None or result is None:
            result = {
                "ok": False,
                "code": "error",
                "claims": {},
                "message": self.tr("Pemeriksaan gagal; rincian ada di log."),
            }
        self.last = result
        claims = result["claims"]
        self.ui.verdictLabel.setStyleSheet(GOOD if result["ok"] else BAD)
        verdicts = {
            "valid": self.tr("✔ SERTIFIKAT SAH"),
            "revoked": self.tr("✘ TIDAK SAH — DICABUT"),
            "bad_signature": self.tr("✘ TIDAK SAH — PALSU ATAU DIUBAH"),
            "unknown_key": self.tr("✘ TIDAK SAH — PENERBIT TIDAK DIKENAL"),
            "malformed": self.tr("✘ TIDAK SAH — KODE RUSAK"),
        }
        self.ui.verdictLabel.setText(verdicts.get(result["code"], self.tr("✘ TIDAK SAH")))
        self.ui.holderValue.setText(claims.get("holder", "—"))
        self.ui.roleValue.setText(claims.get("role_label", "—"))
        self.ui.eventValue.setText(claims.get("event", "—"))
        self.ui.numberValue.setText(claims.get("number", "—"))
        self.ui.dateValue.setText(claims.get("date_label", "—"))
        self.ui.messageLabel.setText(result["message"])
        # Ready for the next scan: the scanner types into the field and presses Enter.
        self.ui.tokenEdit.selectAll()
        self.ui.tokenEdit.setFocus()
