"""The signing queue as a table model over the service's light lines.

One row per ``QueuedAttendee`` behind a model instead of one table item per cell: at 50,000
attendees (20,000 waiting) the items took ~100 MB and were refilled on every keystroke of
the search.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.signing.signing_queue import QueuedAttendee
from desktop_app.ui.list_table_model import ListTableModel


class SigningQueueModel(ListTableModel[QueuedAttendee]):
    """Name, NIP/NRP, position, institution, declaration text key."""

    CONTEXT = "SigningQueueTab"

    def data(  # noqa: N802 (Qt override)
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        line = self.items[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return line.attendee_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            line.full_name,
            line.identifier,
            line.position,
            line.institution,
            line.declaration_key,
        )[index.column()]
