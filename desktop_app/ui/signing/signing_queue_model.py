"""The signing queue: present attendees who have not signed yet, one light row each.

Rows are plain tuples behind a table model: at 50,000 attendees (20,000 waiting) the model
objects and one table item per cell took ~100 MB, refilled on every keystroke of the search.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.people.identity_display import attendee_identifier
from desktop_app.services.people.names import fold
from desktop_app.services.signing.declarations import declaration_key_for
from desktop_app.ui.list_table_model import ListTableModel


class QueueRow(NamedTuple):
    """What the queue shows of one attendee (the fields its identifier and text key need)."""

    id: str
    full_name: str
    nip: str
    nrp: str
    category: str
    position: str
    institution: str

    def haystack(self) -> str:
        """The text the queue's search box looks in."""
        return fold(" ".join((self.full_name, self.nip, self.nrp, self.institution, self.position)))


class SigningQueueModel(ListTableModel[QueueRow]):
    """Name, NIP/NRP, position, institution, declaration text key."""

    CONTEXT = "DeclarationPage"

    def data(  # noqa: N802 (Qt override)
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        row = self.items[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.full_name
        if column == 1:
            return attendee_identifier(row)  # type: ignore[arg-type]  # reads nip and nrp
        if column == 2:
            return row.position
        if column == 3:
            return row.institution
        return declaration_key_for(row)  # type: ignore[arg-type]  # reads the category
