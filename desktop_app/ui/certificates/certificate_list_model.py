"""The Sertifikat page's list: one row per person entitled to a certificate, filtered in place.

A model over the loaded rows instead of one QStandardItem per cell: at 50,000 attendees the
items alone took ~200 MB and the status filter hid rows one call at a time on the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.ui.labels import label
from desktop_app.ui.list_table_model import ListTableModel

CONTEXT = "CertificatesPage"  # translation context of the headers and statuses
STATUS_COLUMN = 2
STATUS_COLORS = {
    "Dicabut": QColor(Qt.GlobalColor.darkRed),
    "Diterbitkan": QColor(Qt.GlobalColor.darkGreen),
}
ANY_STATUS = "Semua"


class CertificateRowsModel(ListTableModel[dict[str, Any]]):
    """Rows as ``_load_rows`` makes them: name, role, status, number, prints, institution."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(headers)

    def headerData(  # noqa: N802 (Qt override)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def cell_text(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return str(row["name"])
        if column == 1:
            return label(row["role"])
        if column == STATUS_COLUMN:
            return QCoreApplication.translate(CONTEXT, row["status"])
        if column == 3:
            return str(row["number"])
        if column == 4:
            return str(row["prints"])
        return str(row["institution"])

    def data(  # noqa: N802 (Qt override)
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        row = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            if column == 0:
                return row["attendee_id"]
            if column == STATUS_COLUMN:
                return row["status"]
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS_COLUMN:
            return STATUS_COLORS.get(row["status"])
        return None


class CertificateRowsFilter(QSortFilterProxyModel):
    """Rows whose text holds the typed words (any column, any case) and, unless "Semua",
    whose status is the one chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.status = ANY_STATUS

    def set_filter(self, text: str, status: str | None) -> None:
        self.beginFilterChange()
        self.needle = text.strip().casefold()
        self.status = status or ANY_STATUS
        self.endFilterChange()

    def filterAcceptsRow(  # noqa: N802 (Qt override)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CertificateRowsModel)
        row = model.items[source_row]
        if self.status != ANY_STATUS and row["status"] != self.status:
            return False
        if not self.needle:
            return True
        return any(
            self.needle in model.cell_text(row, column).casefold()
            for column in range(len(model.HEADERS))
        )
