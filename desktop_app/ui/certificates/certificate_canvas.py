"""The template editor's live preview: a rendered sample certificate with draggable fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PAGE_W_MM, PAGE_H_MM = 297.0, 210.0
PT_TO_MM = 25.4 / 72


def field_rect_mm(field: dict[str, Any]) -> QRectF:
    """The area a field occupies on the page, in mm (for drawing handles and hit-testing)."""
    x, y = float(field.get("x", 0)), float(field.get("y", 0))
    kind = field.get("type", "text")
    if kind == "qr":
        size = float(field.get("size", 32))
        return QRectF(x, y, size, size)
    if kind == "image":
        return QRectF(x, y, float(field.get("width", 20)), float(field.get("height", 15)))
    width = float(field.get("width", 100))
    height = float(field.get("size", 12)) * PT_TO_MM * 1.25 * int(field.get("max_lines", 1))
    align = field.get("align", "left")
    left = x - width / 2 if align == "center" else (x - width if align == "right" else x)
    top = y - float(field.get("size", 12)) * PT_TO_MM
    return QRectF(left, top, width, height)


class TemplateCanvas(QWidget):
    """Shows the preview image scaled to fit; fields can be selected and dragged (mouse)
    or nudged with the arrow keys (keyboard, 0.5 mm; with Shift 5 mm)."""

    field_selected = Signal(str)
    field_moved = Signal(str, float, float)  # key, new x mm, new y mm (drag finished)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 300)
        self.setAccessibleName(self.tr("Pratinjau sertifikat"))
        self._image: QImage | None = None
        self._fields: list[dict[str, Any]] = []
        self.selected = ""
        self._drag_origin: QPointF | None = None
        self._drag_start: tuple[float, float] = (0.0, 0.0)
        self.busy = False

    def sizeHint(self) -> QSize:
        return QSize(720, 510)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.update()

    def set_fields(self, fields: list[dict[str, Any]]) -> None:
        self._fields = fields
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page is drawn in widget pixels (aspect kept, centred)."""
        scale = min(self.width() / PAGE_W_MM, self.height() / PAGE_H_MM)
        w, h = PAGE_W_MM * scale, PAGE_H_MM * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_widget(self, rect_mm: QRectF) -> QRectF:
        page = self.page_rect()
        s = page.width() / PAGE_W_MM
        return QRectF(
            page.left() + rect_mm.left() * s,
            page.top() + rect_mm.top() * s,
            rect_mm.width() * s,
            rect_mm.height() * s,
        )

    def mm_per_pixel(self) -> float:
        return PAGE_W_MM / self.page_rect().width()

    def field_at(self, point: QPointF) -> str:
        # Topmost (last drawn) first; small fields win over big boxes they sit in.
        hits = [f for f in self._fields if self.to_widget(field_rect_mm(f)).contains(point)]
        if not hits:
            return ""
        return min(hits, key=lambda f: field_rect_mm(f).width() * field_rect_mm(f).height())["key"]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#D9DDE3"))
        page = self.page_rect()
        if self._image is not None:
            painter.drawImage(page, self._image)
        else:
            painter.fillRect(page, QColor("white"))
        for f in self._fields:
            rect = self.to_widget(field_rect_mm(f))
            chosen = f.get("key") == self.selected
            pen = QPen(QColor("#D97706" if chosen else "#2563EB"))
            pen.setStyle(Qt.PenStyle.SolidLine if chosen else Qt.PenStyle.DashLine)
            pen.setWidthF(2 if chosen else 1)
            painter.setPen(pen)
            painter.drawRect(rect)
        if self.busy:
            painter.setPen(QColor("#475569"))
            painter.drawText(
                page.adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                self.tr("Memperbarui pratinjau…"),
            )
        painter.end()

    def _field(self, key: str) -> dict[str, Any] | None:
        return next((f for f in self._fields if f.get("key") == key), None)

    def select(self, key: str) -> None:
        if key != self.selected:
            self.selected = key
            self.field_selected.emit(key)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        key = self.field_at(event.position())
        self.select(key)
        field = self._field(key)
        if field is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_origin = event.position()
            self._drag_start = (float(field["x"]), float(field["y"]))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        field = self._field(self.selected)
        if self._drag_origin is None or field is None:
            return
        delta = event.position() - self._drag_origin
        factor = self.mm_per_pixel()
        field["x"] = round(min(PAGE_W_MM, max(0.0, self._drag_start[0] + delta.x() * factor)), 1)
        field["y"] = round(min(PAGE_H_MM, max(0.0, self._drag_start[1] + delta.y() * factor)), 1)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        field = self._field(self.selected)
        if self._drag_origin is not None and field is not None:
            self._drag_origin = None
            if (field["x"], field["y"]) != self._drag_start:
                self.field_moved.emit(self.selected, field["x"], field["y"])

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        field = self._field(self.selected)
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if field is None or event.key() not in steps:
            super().keyPressEvent(event)
            return
        step = 5.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 0.5
        dx, dy = steps[event.key()]
        field["x"] = round(float(field["x"]) + dx * step, 1)
        field["y"] = round(float(field["y"]) + dy * step, 1)
        self.update()
        self.field_moved.emit(self.selected, field["x"], field["y"])
