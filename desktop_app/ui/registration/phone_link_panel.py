"""The one-time QR the desk shows after a check-in: the attendee scans it with the phone's
own camera and signs on the phone (the venue hub serves the page).

Shown only on a desk enrolled with a hub, for an attendee who has not signed. The link is
made in the background (it reads the desk's key file); the panel says "signed" as soon as
a sync brings the phone's signature back, and asks the window's sync runner for a sync
right away so the hub has the check-in before the phone asks for it.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.documents.common.qr_codes import QUIET_ZONE, qr_matrix
from desktop_app.services.common.errors import UserError
from desktop_app.services.common.localtime import format_time
from desktop_app.sync.phone_links import PhoneLinkOffer, offer_phone_link
from desktop_app.ui.context import AppContext
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.ui.checkin")

QR_PIXELS = 264
# While a QR is shown, sync this often so the desk says "signed" moments after the phone.
POLL_MS = 2000


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """``text`` as a QR code ``pixels`` wide, quiet zone included, crisp modules."""
    from PIL import Image

    side, packed = qr_matrix(text)
    symbol = Image.frombytes("1", (side, side), packed)
    framed = Image.new("1", (side + 2 * QUIET_ZONE, side + 2 * QUIET_ZONE), 1)
    framed.paste(symbol, (QUIET_ZONE, QUIET_ZONE))
    scale = max(1, pixels // framed.width)
    big = framed.resize((framed.width * scale, framed.height * scale), Image.Resampling.NEAREST)
    data = io.BytesIO()
    big.save(data, "PNG")
    pixmap = QPixmap()
    pixmap.loadFromData(data.getvalue(), "PNG")
    return pixmap


class PhoneLinkPanel(QFrame):
    """QR + caption; hidden until ``offer_for`` finds something to offer."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("phoneLinkPanel")
        self.setStyleSheet(
            "QFrame#phoneLinkPanel { background: #ffffff; border: 2px solid #c5d0dc; "
            "border-radius: 8px; }"
        )
        self.attendee_id = ""
        self.url = ""
        self.qr = QLabel(self)
        self.qr.setObjectName("phoneQr")
        self.qr.setFixedSize(QR_PIXELS, QR_PIXELS)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("phoneTitle")
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.title.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("phoneDetail")
        self.detail.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Tutup"), self)
        self.close_button.setObjectName("phoneClose")
        self.close_button.clicked.connect(self.dismiss)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.detail)
        text.addStretch(1)
        text.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.addWidget(self.qr)
        row.addLayout(text, 1)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.expires_at: dt.datetime | None = None
        ctx.data_changed.connect(self._on_data_changed)
        self.hide()

    def offer_for(self, event_id: str, attendee_id: str) -> None:
        """Make a link for a just-checked-in attendee and show it (or stay hidden)."""
        home = self.ctx.home
        self.attendee_id = attendee_id

        def work() -> PhoneLinkOffer | None:
            return offer_phone_link(home, event_id, attendee_id)

        def done(result: Any, error: BaseException | None) -> None:
            if attendee_id != self.attendee_id:
                return  # another attendee was checked in meanwhile
            if error is not None:
                if isinstance(error, UserError):
                    self._show_text(self.tr("Tanda tangan di ponsel"), error_text(error))
                else:
                    log.error("phone link failed: %r", error)
                    self.dismiss()
                return
            if result is None:
                self.dismiss()
                return
            self._show_offer(result)
            self.ctx.notify("sync_request")  # get the check-in to the hub now
            self.poll.start()

        run_task(work, done, owner=self)

    def _poll(self) -> None:
        if self.expires_at is not None and dt.datetime.now(dt.UTC) > self.expires_at:
            self._show_text(
                self.tr("Kode QR sudah kedaluwarsa"),
                self.tr("Registrasikan ulang peserta untuk kode baru, atau pakai pad."),
            )
            return
        self.ctx.notify("sync_request")

    def _show_offer(self, offer: PhoneLinkOffer) -> None:
        self.url = offer.url
        self.expires_at = offer.expires_at
        self.qr.setPixmap(qr_pixmap(offer.url))
        self.qr.show()
        self.title.setText(
            self.tr("Tanda tangan di ponsel — %1").replace("%1", offer.attendee_name)
        )
        self.detail.setText(
            self.tr(
                "Peserta memindai kode ini dengan kamera ponselnya, membaca naskah, lalu "
                "menandatangani di layar ponsel. Sekali pakai, berlaku sampai %1."
            ).replace("%1", format_time(offer.expires_at, offer.timezone))
        )
        self.show()

    def _show_text(self, title: str, detail: str) -> None:
        self.poll.stop()
        self.url = ""
        self.qr.clear()
        self.qr.hide()
        self.title.setText(title)
        self.detail.setText(detail)
        self.show()

    def dismiss(self) -> None:
        self.poll.stop()
        self.attendee_id = ""
        self.url = ""
        self.hide()

    def _on_data_changed(self, topic: str) -> None:
        if topic != "signatures" or not self.attendee_id or not self.url:
            return
        attendee_id = self.attendee_id
        event_id = self.ctx.event_id

        def work() -> bool:
            from desktop_app.models import Attendee, Event
            from desktop_app.services.signing.signature_evidence import signature_for

            event = Event.get_by_id(event_id)
            return signature_for(event, Attendee.get_by_id(attendee_id)) is not None

        def done(signed: Any, error: BaseException | None) -> None:
            if error is None and signed and attendee_id == self.attendee_id:
                self._show_text(
                    self.tr("✓ Sudah ditandatangani di ponsel"),
                    self.tr("Tanda tangan dari ponsel sudah tersimpan dan tersinkron."),
                )

        run_task(work, done, owner=self)
