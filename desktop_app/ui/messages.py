"""Service messages and codes shown in the interface language.

Services hand the UI codes and :class:`~desktop_app.services.common.messages.Message`
objects (code, Indonesian template marked for lupdate, parameters). This is the one place
that turns them into words: the template is translated in its context, then filled.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.common.messages import Message, render
from desktop_app.services.common.settings import SyncState


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def message_text(msg: Message) -> str:
    """``msg`` filled, in the interface language."""
    return render(msg, _translate)


def sync_state_label(state: SyncState) -> str:
    """ "Tersinkron" / "Synced" …: a sync state code as the Sinkronisasi page shows it."""
    return _translate("SyncState", state.label)
