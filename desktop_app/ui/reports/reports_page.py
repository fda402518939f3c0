"""Laporan page: live dashboard — invited, present, signed, certificates; per category and
institution. Recomputed in the background whenever attendees, check-ins, signatures or
certificates change (``ctx.data_changed``)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.reports.recap_xlsx import export_recap_xlsx
from desktop_app.models import Event
from desktop_app.services.common.errors import UserError
from desktop_app.services.reports.attendance_summary import (
    AttendanceSummary,
    RecapRow,
    attendance_summary,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.reports.ui_reports_page import Ui_ReportsPage
from desktop_app.ui.labels import label
from desktop_app.ui.local_time import format_time
from desktop_app.ui.messages import error_text
from desktop_app.ui.tasks import run_task

log = logging.getLogger("ikrar.ui.reports")

TOPICS = ("attendees", "checkins", "signatures", "certificates", "event", "sync")
COLUMNS = (
    QT_TRANSLATE_NOOP("ReportsPage", "Kelompok"),
    QT_TRANSLATE_NOOP("ReportsPage", "Diundang"),
    QT_TRANSLATE_NOOP("ReportsPage", "Hadir"),
    QT_TRANSLATE_NOOP("ReportsPage", "% hadir"),
    QT_TRANSLATE_NOOP("ReportsPage", "Tanda tangan"),
    QT_TRANSLATE_NOOP("ReportsPage", "Sertifikat"),
)


class StatCard(QFrame):
    """One big number with its label."""

    def __init__(self, label: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setStyleSheet(
            f"QFrame#statCard {{ background: white; border: 1px solid #d5dde6; "
            f"border-left: 6px solid {color}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(self)
        self.value = QLabel("—")
        self.value.setStyleSheet(f"font-size: 24pt; font-weight: bold; color: {color};")
        self.caption = QLabel(label)
        self.caption.setStyleSheet("color: #3b4c60; font-size: 10pt;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.summary: AttendanceSummary | None = None
        self._pending = False
        self._again = False
        self.cards = {
            "invited": StatCard(self.tr("Diundang"), "#1d4d8c"),
            "present": StatCard(self.tr("Hadir"), "#1e6b2a"),
            "signed": StatCard(self.tr("Tanda tangan"), "#7a5200"),
            "certificates": StatCard(self.tr("Sertifikat dicetak"), "#6a2c8a"),
        }
        for card in self.cards.values():
            self.ui.cardsLayout.addWidget(card)
        for table in (self.ui.categoryTable, self.ui.institutionTable):
            table.setColumnCount(len(COLUMNS))
            table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
            table.verticalHeader().hide()
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for column in range(1, len(COLUMNS)):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.exportButton.clicked.connect(lambda: self.export())
        ctx.event_changed.connect(lambda _id: self.refresh())
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _on_data_changed(self, topic: str) -> None:
        if topic in TOPICS:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the dashboard in the background (coalescing bursts of changes)."""
        event_id = self.ctx.event_id
        self.ui.exportButton.setEnabled(bool(event_id))
        if not event_id:
            self.summary = None
            self.ui.updatedLabel.setText(self.tr("Pilih acara lebih dulu."))
            return
        if self._pending:
            self._again = True  # one more pass after the running one, not one per change
            return
        self._pending, self._again = True, False

        def work() -> tuple[AttendanceSummary, str]:
            event = Event.get_by_id(event_id)
            return attendance_summary(event), event.timezone

        run_task(work, self._show, owner=self)

    def _show(self, result: Any, error: BaseException | None) -> None:
        self._pending = False
        if self._again:
            self.refresh()
        if error is not None:
            log.error("dashboard failed: %r", error)
            return
        summary, tz_name = result
        self.summary = summary
        total = summary.total
        self.cards["invited"].set(
            str(total.invited),
            self.tr("Diundang (%1 datang langsung)").replace("%1", str(summary.walk_ins)),
        )
        self.cards["present"].set(
            f"{total.present}", self.tr("Hadir · %1%").replace("%1", f"{total.present_percent:.0f}")
        )
        self.cards["signed"].set(str(total.signed))
        self.cards["certificates"].set(
            str(total.printed),
            self.tr("Sertifikat dicetak (%1 diterbitkan)").replace("%1", str(total.certificates)),
        )
        self._fill(self.ui.categoryTable, summary.by_category, total, translate=True)
        self._fill(self.ui.institutionTable, summary.by_institution, total)
        last = summary.last_checkin_at
        self.ui.updatedLabel.setText(
            self.tr("Registrasi terakhir %1").replace("%1", format_time(last, tz_name))
            if last
            else self.tr("Belum ada registrasi.")
        )

    def _fill(
        self, table: QTableWidget, rows: list[RecapRow], total: RecapRow, translate: bool = False
    ) -> None:
        """``translate``: the row labels are category labels (institution names are not)."""
        table.setRowCount(len(rows) + 1)
        for index, row in enumerate([*rows, total]):
            shown = label(row.label) if translate or row is total else row.label
            values = [
                shown,
                str(row.invited),
                str(row.present),
                f"{row.present_percent:.0f}%",
                str(row.signed),
                str(row.certificates),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row is total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, column, item)
        if table is self.ui.categoryTable:  # show every category without a scroll bar
            table.resizeRowsToContents()
            height = (
                table.horizontalHeader().height()
                + 2 * table.frameWidth()
                + sum(table.rowHeight(r) for r in range(table.rowCount()))
            )
            table.setFixedHeight(height)

    def export(self, path: Path | None = None) -> Path | None:
        event = self.ctx.current_event()
        if event is None or self.summary is None:
            return None
        if path is None:
            suggested = str(self.ctx.home.documents / f"rekap-{event.code}.xlsx")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Simpan rekap"), suggested, self.tr("Excel (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            saved = export_recap_xlsx(event, self.summary, path)
        except UserError as exc:
            self.ctx.status_message.emit(error_text(exc))
            return None
        self.ctx.status_message.emit(self.tr("Rekap disimpan: %1").replace("%1", str(saved)))
        return saved
