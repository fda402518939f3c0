"""A read-only table model over a Python list, for QTableViews with thousands of rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

Row = TypeVar("Row")
_ROOT = QModelIndex()  # the invisible root: the default "parent" of a table row


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Rows come from ``items``; a subclass names its ``HEADERS`` (marked with
    ``QT_TRANSLATE_NOOP`` under its own class name, translated when shown) and ``data()``."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""  # translation context of the headers; the class name when empty

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Row] = []

    def replace_items(self, items: Sequence[Row]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            context = self.CONTEXT or type(self).__name__
            return QCoreApplication.translate(context, self.HEADERS[section])
        return None
