"""Sertifikat › Templat: move fields on a live preview, pick fonts, background and logo,
and save the layout as this event's template.

Previews render on the worker pool (coalesced: one at a time, the latest edit wins);
saving writes the template folder and the event's choice on the GUI's write path.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.ui.certificates.certificate_canvas import TemplateCanvas
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.certificates.ui_template_editor import Ui_TemplateEditor
from desktop_app.ui.labels import label
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.certificates")


class TemplateEditor(QWidget):
    template_saved = Signal(str)  # the saved template's name, after the commit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TemplateEditor()
        self.ui.setupUi(self)
        self.canvas = TemplateCanvas(self)
        self.ui.previewHolder.addWidget(self.canvas)
        self.template: Any = None
        self.background_override: Path | None = None
        self.logo_override: Path | None = None
        self.preview_generation = 0  # counts rendered previews (tests wait on it)
        self._preview_running = False
        self._preview_pending = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self.render_preview)
        ui = self.ui
        ui.templateCombo.currentIndexChanged.connect(self._template_chosen)
        ui.fieldCombo.currentIndexChanged.connect(self._field_chosen)
        ui.fontCombo.currentIndexChanged.connect(self._font_changed)
        ui.sizeSpin.valueChanged.connect(self._size_changed)
        ui.backgroundButton.clicked.connect(self._choose_background)
        ui.logoButton.clicked.connect(self._choose_logo)
        ui.saveTemplateButton.clicked.connect(lambda: self.save_template())
        self.canvas.field_selected.connect(self._canvas_selected)
        self.canvas.field_moved.connect(lambda *_: self.schedule_preview())
        ctx.event_changed.connect(lambda _id: self._load_templates())

        from desktop_app.documents.certificates.certificate_templates import font_names

        ui.fontCombo.addItems(font_names())
        self._load_templates()

    def _load_templates(self) -> None:
        from desktop_app.documents.certificates.certificate_templates import template_names

        event = self.ctx.current_event()
        self.ui.saveTemplateButton.setEnabled(event is not None)
        current = event.certificate_template if event is not None else "klasik"
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        combo.clear()
        for name in template_names(self.ctx.home.root):
            combo.addItem(label(name), name)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
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

    # ----- preview ----------------------------------------------------------------------
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

        run_task(work, self._preview_ready, owner=self)

    def _preview_ready(self, preview: Any, error: BaseException | None) -> None:
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
            self.preview_generation += 1
        else:
            self.ctx.status_message.emit(self.tr("Pratinjau gagal: {0}").format(error))
        if self._preview_pending:
            self._preview_pending = False
            self.schedule_preview()

    # ----- save -------------------------------------------------------------------------
    def save_template(self) -> None:
        """Save the edited layout as this event's template (data directory) on the write
        path; ``template_saved(name)`` follows the commit."""
        from desktop_app.documents.certificates.certificate_templates import save_template
        from desktop_app.models import Event

        event = self.ctx.current_event()
        if event is None or self.template is None:
            return
        base = self.template.name.split("-acara-")[0]
        name = f"{base}-acara-{event.code}"
        template, home_root, event_id = self.template.copy(), self.ctx.home.root, event.id
        background, logo = self.background_override, self.logo_override

        def work() -> str:
            saved = save_template(template, name, home_root, background, logo)
            event = Event.get_by_id(event_id)
            event.certificate_template = saved.name
            event.save()  # a synced change, like any other edit of the event
            return str(saved.name)

        self.ui.saveTemplateButton.setEnabled(False)
        run_write(work, self._template_saved, owner=self)

    def _template_saved(self, name: str | None, error: BaseException | None) -> None:
        self.ui.saveTemplateButton.setEnabled(True)
        if error is not None or name is None:
            if not isinstance(error, OSError | ValueError):
                log.error("saving the template failed: %r", error)
            QMessageBox.warning(
                self, self.tr("Templat"), self.tr("Templat tidak dapat disimpan: {0}").format(error)
            )
            return
        self.ctx.status_message.emit(
            self.tr("Templat '{0}' disimpan untuk acara ini.").format(name)
        )
        self.ctx.notify("event")
        self._load_templates()
        self.template_saved.emit(name)
