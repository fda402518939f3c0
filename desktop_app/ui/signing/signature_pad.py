"""The signature pad: smooth ink from mouse, touch (synthesised mouse) and pen (QTabletEvent).

Each pen event draws one short quadratic segment into a backing ``QImage`` and schedules a
repaint of just that rectangle, so the cost per event stays flat however long the
signature gets (no full repaint of all strokes). The image has the screen's device pixels
(logical size x devicePixelRatio), so ink is crisp on high-DPI screens; the saved PNG is
re-rendered from the vectors at 2x or more. Points are recorded in logical pixels with a time in ms
since the first touch and a pressure (0.5 for a mouse, which has none).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.services.signing.signature_strokes import Point, StrokeData

INK = QColor(20, 40, 110)
GUIDE = QColor(150, 160, 180)
MIN_WIDTH, MAX_WIDTH = 1.2, 4.2
MOUSE_PRESSURE = 0.5
PNG_SCALE = 2.0  # the stored PNG is rendered from the vectors at >= 2x, whatever the screen


class SignaturePad(QWidget):
    """A drawing surface for one signature. Emits ``changed`` when strokes change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 160)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Kotak tanda tangan"))
        self._strokes: list[list[Point]] = []
        self._widths: list[list[float]] = []  # drawn width at each point (for redraws)
        self._t0: int | None = None
        self._drawing = False
        self._tablet_active = False
        self._last_width = (MIN_WIDTH + MAX_WIDTH) / 2
        self._scale = 2.0
        self._image = QImage()
        self._new_image()

    # --- public API -------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not self._strokes

    def stroke_data(self) -> StrokeData:
        """The strokes in logical pixels, with the pad size they were drawn on."""
        return StrokeData(
            width=float(self.width()),
            height=float(self.height()),
            strokes=[list(s) for s in self._strokes],
        )

    def clear(self) -> None:
        self._strokes.clear()
        self._widths.clear()
        self._t0 = None
        self._redraw_all()
        self.changed.emit()

    def undo_last_stroke(self) -> None:
        if not self._strokes:
            return
        self._strokes.pop()
        self._widths.pop()
        if not self._strokes:
            self._t0 = None
        self._redraw_all()
        self.changed.emit()

    def to_png(self, margin: int = 12) -> bytes:
        """The ink cropped to the drawing (transparent background) as PNG bytes."""
        data = self.stroke_data()
        if not self._strokes:
            return b""
        min_x, min_y, max_x, max_y = data.bounding_box()
        pad = margin + MAX_WIDTH
        rect = QRectF(min_x - pad, min_y - pad, max_x - min_x + 2 * pad, max_y - min_y + 2 * pad)
        scale = max(PNG_SCALE, self._scale)
        image = QImage(
            max(1, math.ceil(rect.width() * scale)),
            max(1, math.ceil(rect.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-rect.x(), -rect.y())
        for stroke, widths in zip(self._strokes, self._widths, strict=True):
            self._paint_stroke(painter, stroke, widths)
        painter.end()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(array.data())

    # --- events -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._tablet_active:
            self._begin(event.position(), int(event.timestamp()), MOUSE_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drawing and not self._tablet_active:
            self._extend(event.position(), int(event.timestamp()), None)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drawing and not self._tablet_active:
            self._end(event.position(), int(event.timestamp()))
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        # Accepting the tablet event stops Qt from also sending a synthesised mouse event.
        pressure = float(event.pressure())
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            event.accept()
            return
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._tablet_active = True
            self._begin(event.position(), int(event.timestamp()), pressure)
        elif kind == QTabletEvent.Type.TabletMove and self._drawing:
            self._extend(event.position(), int(event.timestamp()), pressure)
        elif kind == QTabletEvent.Type.TabletRelease and self._drawing:
            self._end(event.position(), int(event.timestamp()))
            self._tablet_active = False
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.devicePixelRatioF() != self._scale:  # moved to a screen with another DPR
            self._new_image()
        painter = QPainter(self)
        rect = event.rect()
        painter.fillRect(rect, QColor(255, 255, 255))
        baseline = int(self.height() * 0.72)
        if rect.bottom() >= baseline - 1 and rect.top() <= baseline + 1:
            painter.setPen(QPen(GUIDE, 1, Qt.PenStyle.DashLine))
            painter.drawLine(24, baseline, self.width() - 24, baseline)
        if not self._strokes:
            painter.setPen(GUIDE)
            font = painter.font()
            font.setPointSizeF(max(font.pointSizeF(), 10) * 1.3)
            painter.setFont(font)
            painter.drawText(
                QRect(0, 0, self.width(), baseline - 8),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Tanda tangan di sini"),
            )
        source = QRectF(
            rect.x() * self._scale,
            rect.y() * self._scale,
            rect.width() * self._scale,
            rect.height() * self._scale,
        )
        painter.drawImage(QRectF(rect), self._image, source)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._new_image()

    # --- drawing ----------------------------------------------------------------------

    def _new_image(self) -> None:
        # Device pixels exactly: painting the backing image is then a plain blit.
        self._scale = float(self.devicePixelRatioF())
        size = self.size()
        self._image = QImage(
            max(1, math.ceil(size.width() * self._scale)),
            max(1, math.ceil(size.height() * self._scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        self._redraw_all()

    def _redraw_all(self) -> None:
        self._image.fill(Qt.GlobalColor.transparent)
        painter = self._painter()
        for stroke, widths in zip(self._strokes, self._widths, strict=True):
            self._paint_stroke(painter, stroke, widths)
        painter.end()
        self.update()

    def _painter(self) -> QPainter:
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(self._scale, self._scale)
        return painter

    @staticmethod
    def _paint_stroke(painter: QPainter, stroke: list[Point], widths: list[float]) -> None:
        if len(stroke) == 1:
            x, y, _, _ = stroke[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            r = widths[0] / 2
            painter.drawEllipse(QPointF(x, y), r, r)
            return
        for i in range(1, len(stroke)):
            SignaturePad._paint_segment(painter, stroke, widths, i)

    @staticmethod
    def _paint_segment(
        painter: QPainter, stroke: list[Point], widths: list[float], i: int
    ) -> QRectF:
        """Quadratic smoothing: from the midpoint before point i-1 to the midpoint after it,
        with point i-1 as control, so corners of the raw polyline become curves."""
        x0, y0 = stroke[i - 1][0], stroke[i - 1][1]
        x1, y1 = stroke[i][0], stroke[i][1]
        if i >= 2:
            xp, yp = stroke[i - 2][0], stroke[i - 2][1]
            start = QPointF((xp + x0) / 2, (yp + y0) / 2)
        else:
            start = QPointF(x0, y0)
        end = QPointF((x0 + x1) / 2, (y0 + y1) / 2)
        path = QPainterPath(start)
        path.quadTo(QPointF(x0, y0), end)
        if i == len(stroke) - 1:
            path.lineTo(x1, y1)
        pen = QPen(
            INK,
            widths[i],
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        w = widths[i] + 2
        return path.boundingRect().adjusted(-w, -w, w, w)

    def _width_for(
        self, stroke: list[Point], x: float, y: float, t: int, pressure: float | None
    ) -> float:
        if pressure is not None:  # a pen: width follows pressure
            target = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * min(max(pressure, 0.0), 1.0)
        else:  # a mouse or finger: fast strokes get thinner, like ink from a real pen
            px, py, pt, _ = stroke[-1]
            speed = math.hypot(x - px, y - py) / max(t - pt, 1)  # logical px per ms
            target = MAX_WIDTH - (MAX_WIDTH - MIN_WIDTH) * min(speed / 2.5, 1.0)
        self._last_width = 0.65 * self._last_width + 0.35 * target
        return self._last_width

    def _time(self, timestamp: int) -> int:
        if self._t0 is None:
            self._t0 = timestamp
        return max(0, timestamp - self._t0)

    def _begin(self, pos: QPointF, timestamp: int, pressure: float) -> None:
        self._drawing = True
        t = self._time(timestamp)
        self._last_width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * (
            pressure if self._tablet_active else 0.6
        )
        self._strokes.append([(round(pos.x(), 1), round(pos.y(), 1), t, round(pressure, 3))])
        self._widths.append([self._last_width])
        painter = self._painter()
        self._paint_stroke(painter, self._strokes[-1], self._widths[-1])
        painter.end()
        r = MAX_WIDTH + 2
        self.update(QRectF(pos.x() - r, pos.y() - r, 2 * r, 2 * r).toAlignedRect())

    def _extend(self, pos: QPointF, timestamp: int, pressure: float | None) -> None:
        stroke = self._strokes[-1]
        x, y = round(pos.x(), 1), round(pos.y(), 1)
        if (x, y) == (stroke[-1][0], stroke[-1][1]):
            return
        t = self._time(timestamp)
        width = self._width_for(stroke, x, y, t, pressure)
        stored_pressure = MOUSE_PRESSURE if pressure is None else pressure
        stroke.append((x, y, t, round(stored_pressure, 3)))
        self._widths[-1].append(width)
        painter = self._painter()
        dirty = self._paint_segment(painter, stroke, self._widths[-1], len(stroke) - 1)
        painter.end()
        self.update(dirty.toAlignedRect())

    def _end(self, pos: QPointF, timestamp: int) -> None:
        self._extend(pos, timestamp, None if not self._tablet_active else self._strokes[-1][-1][3])
        self._drawing = False
        self.changed.emit()
