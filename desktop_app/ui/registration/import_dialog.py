"""Import dialog: confirm the recognised columns, try or run the import, read and save the report.

Step 1 shows every column of the sheet with sample values and the field it will fill;
columns the recognition is unsure about are amber and must be looked at. "Uji coba"
runs the whole import without saving; "Impor" saves it (one transaction). Step 2 is the
report — counts, then each row's outcome with the Indonesian reason — which can be saved
as an Excel workbook whose "Perbaiki" sheet the organizer fixes and imports again.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.documents.registration.import_report_xlsx import STATUS_FILLS, export_report_xlsx
from desktop_app.models import Event
from desktop_app.services.common.errors import UserError
from desktop_app.services.people.attendee_validation import cell_text
from desktop_app.services.registration.attendee_import import (
    ImportReport,
    ReportLine,
    RowStatus,
    import_attendees,
    mapping_for,
    read_for_import,
    require_name_column,
)
from desktop_app.services.registration.column_mapping import (
    FIELD_LABELS,
    IGNORE,
    REVIEW_BELOW,
    ColumnMapping,
)
from desktop_app.services.registration.spreadsheet_reader import SheetData
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.registration.ui_import_dialog import Ui_ImportDialog
from desktop_app.ui.labels import label
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.tasks import run_task, run_write

log = logging.getLogger("ikrar.ui.import")

UNSURE = QColor("#fff1c7")
SAMPLES = 3
FILTERS = (  # label, statuses shown
    (
        QT_TRANSLATE_NOOP("ImportDialog", "Perlu perhatian (ditolak, peringatan, tidak dibaca)"),
        {RowStatus.REJECTED, RowStatus.WARNING, RowStatus.NOT_READ},
    ),
    (QT_TRANSLATE_NOOP("ImportDialog", "Semua baris"), set(RowStatus)),
    (QT_TRANSLATE_NOOP("ImportDialog", "Ditolak"), {RowStatus.REJECTED}),
    (QT_TRANSLATE_NOOP("ImportDialog", "Peringatan"), {RowStatus.WARNING}),
    (QT_TRANSLATE_NOOP("ImportDialog", "Diimpor"), {RowStatus.IMPORTED}),
    (QT_TRANSLATE_NOOP("ImportDialog", "Diperbarui"), {RowStatus.UPDATED}),
    (QT_TRANSLATE_NOOP("ImportDialog", "Dilewati"), {RowStatus.SKIPPED}),
)


class ReportModel(ListTableModel[ReportLine]):
    """The report lines of one status filter, for a QTableView (fast with 10,000 rows)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReportModel", "Baris"),
        QT_TRANSLATE_NOOP("ReportModel", "Status"),
        QT_TRANSLATE_NOOP("ReportModel", "Kolom"),
        QT_TRANSLATE_NOOP("ReportModel", "Alasan"),
        QT_TRANSLATE_NOOP("ReportModel", "Nama"),
    )

    @property
    def lines(self) -> list[ReportLine]:
        return self.items

    def set_lines(self, lines: list[ReportLine]) -> None:
        self.replace_items(lines)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (line.row, label(line.status.label), line.column, line.reason, line.name)
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 1:
            return QColor("#" + STATUS_FILLS[line.status])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return line.reason
        return None


class ImportDialog(QDialog):
    """Emits ``loaded`` when the file is read and ``finished_import(report)`` after each run."""

    loaded = Signal()
    finished_import = Signal(object)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.data: SheetData | None = None
        self.mapping: ColumnMapping | None = None
        self.report: ImportReport | None = None
        self.busy = False
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.fileLabel.setText(self.path.name)
        ui.errorLabel.hide()
        ui.progressBar.hide()
        ui.mappingTable.verticalHeader().hide()
        header = ui.mappingTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.model = ReportModel(self)
        ui.reportTable.setModel(self.model)
        ui.reportTable.verticalHeader().hide()
        report_header = ui.reportTable.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            report_header.setSectionResizeMode(column, mode)
        report_header.resizeSection(4, 220)
        for text, _statuses in FILTERS:
            ui.filterCombo.addItem(self.tr(text))
        ui.filterCombo.currentIndexChanged.connect(self._apply_filter)
        ui.sheetCombo.activated.connect(self._sheet_chosen)
        ui.dryRunButton.clicked.connect(lambda: self.run_import(dry_run=True))
        ui.importButton.clicked.connect(lambda: self.run_import(dry_run=False))
        ui.exportButton.clicked.connect(lambda: self.export_report())
        ui.backButton.clicked.connect(self.show_mapping)
        ui.closeButton.clicked.connect(self.accept)
        self._set_buttons()
        self.load()

    # -- reading -----------------------------------------------------------------------------
    def load(self, sheet: str | None = None) -> None:
        """Read the file and recognise its columns in the background."""
        event_id, path = self.ctx.event_id, self.path
        self._busy(True, self.tr("Membaca file…"))

        def work() -> tuple[SheetData, ColumnMapping]:
            data = read_for_import(path, sheet)
            return data, mapping_for(Event.get_by_id(event_id), data)

        run_task(work, self._loaded, owner=self)

    def _loaded(self, result: Any, error: BaseException | None) -> None:
        self._busy(False)
        if error is not None:
            self._show_error(error)
            self.ui.dryRunButton.setEnabled(False)
            self.ui.importButton.setEnabled(False)
            return
        self.data, self.mapping = result
        self.ui.errorLabel.hide()
        combo = self.ui.sheetCombo
        combo.clear()
        combo.addItems(self.data.sheet_names)
        combo.setCurrentText(self.data.sheet_name)
        self.ui.sheetCombo.setEnabled(len(self.data.sheet_names) > 1)
        self._fill_mapping()
        self.show_mapping()
        self.loaded.emit()

    def _sheet_chosen(self, index: int) -> None:
        name = self.ui.sheetCombo.itemText(index)
        if self.data is not None and name != self.data.sheet_name:
            self.load(name)

    def _fill_mapping(self) -> None:
        assert self.data is not None and self.mapping is not None
        table = self.ui.mappingTable
        table.setRowCount(len(self.mapping.columns))
        data_rows = self.data.rows[self.mapping.header_row + 1 :]
        unsure = 0
        notes: list[str] = []
        for row, column in enumerate(self.mapping.columns):
            header = column.header or self.tr("(kolom %1 tanpa judul)").replace(
                "%1", str(column.index + 1)
            )
            samples = [
                cell_text(r[column.index])
                for r in data_rows
                if column.index < len(r) and r[column.index] is not None
            ][:SAMPLES]
            header_item = QTableWidgetItem(header)
            sample_item = QTableWidgetItem(" | ".join(samples))
            for item in (header_item, sample_item):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            combo = QComboBox()
            combo.addItem(self.tr("(abaikan)"), IGNORE)
            for field, text in FIELD_LABELS.items():
                combo.addItem(label(text), field)
            combo.setCurrentIndex(max(0, combo.findData(column.field or IGNORE)))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._field_changed(r))
            doubtful = (column.field is None and bool(column.header)) or (
                bool(column.field) and column.confidence < REVIEW_BELOW
            )
            if doubtful:
                unsure += 1
                header_item.setBackground(UNSURE)
                sample_item.setBackground(UNSURE)
                combo.setToolTip(self.tr("Tidak yakin: periksa kolom ini"))
            if column.note is not None:  # e.g. a "NIP" column read as mixed NIP/NRP
                notes.append(message_text(column.note))
                for item in (header_item, sample_item):
                    item.setToolTip(notes[-1])
            table.setItem(row, 0, header_item)
            table.setItem(row, 1, sample_item)
            table.setCellWidget(row, 2, combo)
        header_row = self.mapping.header_row + 1
        first_row = self.mapping.first_header_row + 1
        rows_text = str(first_row) if first_row == header_row else f"{first_row}–{header_row}"
        text = (
            self.tr("Judul kolom ditemukan di baris %1 (dikenali: %3); %2 baris data.")
            .replace("%1", rows_text)
            .replace("%3", ", ".join(self.mapping.recognised_headers()) or "-")
            .replace("%2", str(len([r for r in data_rows if any(v is not None for v in r)])))
        )
        if unsure:
            text += " " + self.tr(
                "<b>%1 kolom bertanda kuning perlu diperiksa</b> — pilih isinya atau (abaikan)."
            ).replace("%1", str(unsure))
        else:
            text += " " + self.tr("Semua kolom dikenali. Ubah pilihan bila perlu.")
        for note in notes:
            text += "<br>" + html.escape(note)
        self.ui.hintLabel.setText(text)

    def _field_changed(self, row: int) -> None:
        """A field chosen by hand; another column holding the same field is set to ignore."""
        table = self.ui.mappingTable
        combo = table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        chosen = combo.currentData()
        for other in range(table.rowCount()):
            widget = table.cellWidget(other, 2)
            if (
                other != row
                and isinstance(widget, QComboBox)
                and chosen
                and widget.currentData() == chosen
            ):
                widget.blockSignals(True)
                widget.setCurrentIndex(0)
                widget.blockSignals(False)
        for column in (0, 1):
            item = table.item(row, column)
            if item is not None:
                item.setBackground(QColor("transparent"))

    def chosen_mapping(self) -> ColumnMapping:
        """The mapping as shown in the table (recognised + chosen by hand)."""
        assert self.mapping is not None
        fields: dict[int, str | None] = {}
        for row, column in enumerate(self.mapping.columns):
            widget = self.ui.mappingTable.cellWidget(row, 2)
            if isinstance(widget, QComboBox):
                fields[column.index] = widget.currentData() or IGNORE
        return self.mapping.with_fields(fields)

    def set_field(self, header: str, field: str) -> None:
        """Choose the field of the column titled ``header`` (tests and keyboard users)."""
        assert self.mapping is not None
        for row, column in enumerate(self.mapping.columns):
            if column.header == header:
                widget = self.ui.mappingTable.cellWidget(row, 2)
                assert isinstance(widget, QComboBox)
                widget.setCurrentIndex(widget.findData(field))
                return
        raise KeyError(header)

    # -- importing ---------------------------------------------------------------------------
    def run_import(self, dry_run: bool) -> None:
        if self.busy or self.data is None:
            return
        mapping = self.chosen_mapping()
        try:
            require_name_column(mapping)
        except UserError as exc:
            self._show_error(exc)
            return
        event_id, path, data, operator = self.ctx.event_id, self.path, self.data, self.ctx.operator
        self._busy(True, self.tr("Memeriksa…") if dry_run else self.tr("Mengimpor…"))

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return import_attendees(
                Event.get_by_id(event_id),
                path,
                mapping=mapping,
                data=data,
                dry_run=dry_run,
                operator=operator,
                progress=progress,
            )

        # A trial run only reads; the real import is a write and takes the write path.
        start = run_task if dry_run else run_write
        start(work, self._imported, owner=self, on_progress=self._progress)

    def _imported(self, report: Any, error: BaseException | None) -> None:
        self._busy(False)
        if error is not None:
            self._show_error(error)
            return
        self.ui.errorLabel.hide()
        self.report = report
        if not report.dry_run:
            self.ctx.notify("attendees")
        self.show_report(report)
        self.finished_import.emit(report)

    def show_report(self, report: ImportReport) -> None:
        counts = [
            (RowStatus.IMPORTED, report.imported),
            (RowStatus.UPDATED, report.updated),
            (RowStatus.SKIPPED, report.skipped),
            (RowStatus.REJECTED, report.rejected),
            (RowStatus.WARNING, report.warnings),
        ]
        chips = " ".join(
            f"<span style='background:#{STATUS_FILLS[s]}; padding:2px 8px;'>&nbsp;"
            f"{label(s.label)}: <b>{n}</b>&nbsp;</span>"
            for s, n in counts
        )
        title = (
            self.tr("Uji coba — belum ada yang disimpan.")
            if report.dry_run
            else self.tr("Impor selesai dan tersimpan.")
        )
        advice = ""
        if report.rejected:
            advice = "<br>" + self.tr(
                "Baris yang ditolak tidak diimpor. Simpan laporan ke Excel, perbaiki baris di "
                "lembar <i>Perbaiki</i>, lalu impor file itu lagi; baris yang sudah masuk "
                "tidak akan terduplikasi."
            )
        self.ui.summaryLabel.setText(
            f"<p style='font-size:12pt'><b>{title}</b> "
            f"{report.total_rows} {self.tr('baris')}</p><p>{chips}</p>{advice}"
        )
        self.ui.filterCombo.setCurrentIndex(0 if report.rejected or report.warnings else 1)
        self._apply_filter()
        self.ui.stack.setCurrentWidget(self.ui.reportPage)
        self._set_buttons()

    def _apply_filter(self) -> None:
        if self.report is None:
            return
        statuses = FILTERS[max(0, self.ui.filterCombo.currentIndex())][1]
        self.model.set_lines([line for line in self.report.lines if line.status in statuses])
        self.ui.reportTable.resizeRowsToContents()

    def show_mapping(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.mappingPage)
        self._set_buttons()

    def export_report(self, path: Path | None = None) -> Path | None:
        """Save the report as .xlsx (asks where when ``path`` is None)."""
        if self.report is None:
            return None
        if path is None:
            suggested = str(self.ctx.home.documents / f"laporan-impor-{self.path.stem}.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan laporan impor"), suggested, self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            saved = export_report_xlsx(self.report, path)
        except UserError as exc:
            self._show_error(exc)
            return None
        self.ctx.status_message.emit(
            self.tr("Laporan impor disimpan: %1").replace("%1", str(saved))
        )
        return saved

    # -- state ---------------------------------------------------------------------------------
    def _set_buttons(self) -> None:
        on_report = self.ui.stack.currentWidget() is self.ui.reportPage
        dry = self.report is not None and self.report.dry_run
        self.ui.backButton.setVisible(on_report)
        self.ui.dryRunButton.setVisible(not on_report)
        self.ui.importButton.setVisible(not on_report or dry)
        self.ui.importButton.setText(self.tr("&Impor sekarang") if on_report else self.tr("&Impor"))

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for button in (self.ui.dryRunButton, self.ui.importButton, self.ui.backButton):
            button.setEnabled(not busy)
        self.ui.progressBar.setVisible(busy)
        self.ui.progressBar.setRange(0, 0)
        if text:
            self.ctx.status_message.emit(text)

    def _progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            text = error_text(error)
        else:
            log.error("import failed: %r", error)
            text = self.tr(
                "Impor gagal karena kesalahan tak terduga; tidak ada yang diubah. "
                "Rincian ada di log."
            )
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
