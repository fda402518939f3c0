"""Optional webcam scanner window: camera frames → zxing-cpp (in a worker) → ``code_found``.

QtMultimedia ships in PySide6-Addons, which a desk install may lack, and a laptop may have
no camera: both are reported in the window in plain words instead of failing. Frames are
decoded at most a few times per second and never on the GUI thread; the same code read
again within a few seconds is reported once.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QPixmap
from PySide6.QtWidgets import QWidget

from desktop_app.ui.forms.ui_webcam_scanner import Ui_WebcamScanner
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.ui.webcam")

DECODE_INTERVAL = 0.2  # seconds between decoded frames (~5 per second)
REPEAT_SECONDS = 3.0  # the same code seen again within this time is ignored


def decode_image(image: QImage) -> list[str]:
    """Texts of the QR codes in ``image`` (any format), decoded with zxing-cpp."""
    import zxingcpp
    from PIL import Image

    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())[: stride * height]
    picture = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    results = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text.strip() for r in results if r.text.strip()]


class WebcamScanner(QWidget):
    """A separate window showing the camera and emitting each QR code it reads."""

    code_found = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_WebcamScanner()
        self.ui.setupUi(self)
        self.ui.closeButton.clicked.connect(self.close)
        self.ui.cameraCombo.activated.connect(lambda _i: self.start())
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._decoding = False
        self._last_decode = 0.0
        self._recent: dict[str, float] = {}
        self.set_status(self.tr("Arahkan kode QR undangan ke kamera."))

    def set_status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def start(self) -> bool:
        """Open the chosen (or first) camera; False with a message when impossible."""
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError:
            self.ui.videoLabel.setText(
                self.tr(
                    "Modul kamera (QtMultimedia dari PySide6-Addons) tidak terpasang. "
                    "Gunakan pemindai QR atau ketik kode undangan."
                )
            )
            return False
        devices = QMediaDevices.videoInputs()
        if not devices:
            self.ui.videoLabel.setText(
                self.tr("Tidak ada kamera terdeteksi. Sambungkan kamera, atau gunakan pemindai QR.")
            )
            return False
        combo = self.ui.cameraCombo
        if combo.count() != len(devices):
            combo.clear()
            for device in devices:
                combo.addItem(device.description())
        self.stop()
        device = devices[max(0, combo.currentIndex())]
        self._camera = QCamera(device)
        self._camera.errorOccurred.connect(
            lambda _e, text: self.set_status(self.tr("Kamera bermasalah: %1").replace("%1", text))
        )
        self._session = QMediaCaptureSession()
        self._sink = QVideoSink()
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self.handle_frame)
        self._camera.start()
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._sink = None

    def handle_frame(self, frame: Any) -> None:
        """Show a camera frame and, a few times per second, decode it in a worker."""
        image = frame.toImage()
        if image.isNull():
            return
        self.ui.videoLabel.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.ui.videoLabel.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        self.decode_async(image)

    def decode_async(self, image: QImage) -> None:
        now = time.monotonic()
        if self._decoding or now - self._last_decode < DECODE_INTERVAL:
            return
        self._decoding, self._last_decode = True, now
        copy = image.copy()  # the worker owns its own pixels
        run_task(lambda: decode_image(copy), self._decoded, owner=self)

    def _decoded(self, codes: Any, error: BaseException | None) -> None:
        self._decoding = False
        if error is not None:
            log.warning("QR decode failed: %r", error)
            return
        now = time.monotonic()
        for code in codes or []:
            if now - self._recent.get(code, -REPEAT_SECONDS) < REPEAT_SECONDS:
                continue
            self._recent[code] = now
            self.set_status(self.tr("Kode terbaca: %1").replace("%1", code))
            self.code_found.emit(code)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.stop()
        super().closeEvent(event)
