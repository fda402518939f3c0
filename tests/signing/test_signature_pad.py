"""The signature pad driven with real (offscreen) Qt mouse and tablet events."""

from __future__ import annotations

import io
import math

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from desktop_app.services.common.errors import UserError
from desktop_app.ui.signing.signature_pad import SignaturePad

pytestmark = pytest.mark.gui


def _draw(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y), delay=1)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def _loop(cx: int, cy: int, n: int = 30) -> list[tuple[int, int]]:
    return [
        (int(cx + 60 * i / n + 25 * math.cos(i / 3)), int(cy + 30 * math.sin(i / 3)))
        for i in range(n)
    ]


def test_mouse_strokes_png_undo_clear(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(640, 240)
    pad.show()
    qtbot.waitExposed(pad)
    with qtbot.waitSignal(pad.changed):
        _draw(qtbot, pad, _loop(120, 120))
    _draw(qtbot, pad, _loop(300, 110))
    data = pad.stroke_data()
    assert len(data.strokes) == 2 and data.point_count >= 40
    assert (data.width, data.height) == (640.0, 240.0)
    times = [p[2] for s in data.strokes for p in s]
    assert times == sorted(times) and times[0] == 0
    data.validate()  # a real signature passes the size checks
    png = pad.to_png()
    image = Image.open(io.BytesIO(png))
    assert image.mode == "RGBA" and image.width > image.height > 40
    alpha = image.getchannel("A")
    assert alpha.getextrema() == (0, 255)  # transparent background, opaque ink
    # Ink landed on the widget too.
    grab = pad.grab().toImage()
    x, y = int(data.strokes[0][5][0]), int(data.strokes[0][5][1])
    dark = [grab.pixelColor(x + dx, y + dy).value() for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
    assert min(dark) < 160
    with qtbot.waitSignal(pad.changed):
        pad.undo_last_stroke()
    assert len(pad.stroke_data().strokes) == 1
    pad.clear()
    assert pad.is_empty() and pad.to_png() == b""
    with pytest.raises(UserError, match="kosong"):
        pad.stroke_data().validate()


def test_tiny_scribble_rejected(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(640, 240)
    pad.show()
    _draw(qtbot, pad, [(100 + i % 3, 100 + i % 2) for i in range(20)])
    with pytest.raises(UserError, match="terlalu kecil"):
        pad.stroke_data().validate()


_PEN: list[QPointingDevice] = []


def _pen() -> QPointingDevice:
    """A stylus device owned by the test module (kept alive for the whole session)."""
    if not _PEN:
        caps = QInputDevice.Capability.Position | QInputDevice.Capability.Pressure
        _PEN.append(
            QPointingDevice(
                "test pen",
                4242,
                QInputDevice.DeviceType.Stylus,
                QPointingDevice.PointerType.Pen,
                caps,
                1,
                3,
            )
        )
    return _PEN[0]


def test_tablet_pressure_recorded(qtbot) -> None:  # type: ignore[no-untyped-def]
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(640, 240)
    pad.show()
    device = _pen()
    kinds = (
        [QTabletEvent.Type.TabletPress]
        + [QTabletEvent.Type.TabletMove] * 20
        + [QTabletEvent.Type.TabletRelease]
    )
    for i, kind in enumerate(kinds):
        pos = QPointF(100 + 10 * i, 120 + 20 * math.sin(i / 2))
        pressure = 0.2 + 0.03 * i
        event = QTabletEvent(
            kind,
            device,
            pos,
            pad.mapToGlobal(pos),
            pressure,
            0,
            0,
            0,
            0,
            0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        event.setTimestamp(1000 + 8 * i)
        QApplication.sendEvent(pad, event)
    (stroke,) = pad.stroke_data().strokes
    assert len(stroke) >= 20
    assert stroke[0][3] == pytest.approx(0.2) and stroke[10][3] == pytest.approx(0.5)
    assert stroke[10][2] == 80
