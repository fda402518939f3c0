"""The Sertifikat list: one row per person entitled to a certificate, filtered in place.

A model over the loaded rows instead of one QStandardItem per cell: at 50,000 attendees the
items alone took ~200 MB and the status filter hid rows one call at a time on the GUI thread.
Rows carry codes (role, ``CertificateStatus``); the words are chosen here, at display.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from desktop_app.services.certificates.status import CertificateStatus
from desktop_app.ui.labels import role_label
from desktop_app.ui.list_table_model import ListTableModel

TRANSLATION_CONTEXT = "CertificateList"  # of the headers and statuses (CertificateList)
STATUS_COLUMN = 2
# Certificate status codes (services) → the words the list shows for them.
STATUS_LABELS = {
    CertificateStatus.NOT_ISSUED: QT_TRANSLATE_NOOP("CertificateList", "Belum diterbitkan"),
    CertificateStatus.ISSUED: QT_TRANSLATE_NOOP("CertificateList", "Diterbitkan"),
    CertificateStatus.REVOKED: QT_TRANSLATE_NOOP("CertificateList", "Dicabut"),
}
STATUS_COLORS = {
    CertificateStatus.REVOKED: QColor(Qt.GlobalColor.darkRed),
    CertificateStatus.ISSUED: QColor(Qt.GlobalColor.darkGreen),
}
ANY_STATUS = ""  # the filter's "Semua"


def status_text(status: CertificateStatus) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, STATUS_LABELS[status])


class CertificateRowsModel(ListTableModel[dict[str, Any]]):
    """Rows as ``load_rows`` makes them: name, role, status, number, prints, institution."""

    CONTEXT = TRANSLATION_CONTEXT

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.HEADERS = tuple(headers)

    def cell_text(self, row: dict[str, Any], column: int) -> str:
        if column == 0:
            return str(row["name"])
        if column == 1:
            return role_label(row["role"])
        if column == STATUS_COLUMN:
            return status_text(row["status"])
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
    """Rows whose text holds the typed words (any column, any case) and, unless every status
    is wanted, whose status code is the one chosen."""

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
