"""Service messages and codes shown in the interface language.

Services hand the UI codes and :class:`~desktop_app.services.common.messages.Message`
objects (code, Indonesian template marked for lupdate, parameters). This is the one place
that turns them into words: the template is translated in its context, then filled.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from desktop_app.services.common.errors import UserError
from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, Message, message, render
from desktop_app.services.common.settings import SyncState

log = logging.getLogger("ikrar.ui")


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def message_text(msg: Message) -> str:
    """``msg`` filled, in the interface language."""
    return render(msg, _translate)


def unexpected_error(error: BaseException) -> Message:
    """The one plain sentence for an error that is not a ``UserError``."""
    return message(
        "unexpected",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Terjadi kesalahan tak terduga ({error}). Rincian ada di log."
        ),
        error=type(error).__name__,
    )


def error_text(error: BaseException) -> str:
    """What the user reads about ``error``: a ``UserError``'s message in the interface
    language, or one plain sentence for anything unexpected (whose details go to the log)."""
    if isinstance(error, UserError):
        return message_text(error.message)
    log.error("unexpected error shown to the user: %r", error, exc_info=error)
    return message_text(unexpected_error(error))


def sync_state_label(state: SyncState) -> str:
    """A sync state code as the Sinkronisasi page words it ("Tersinkron", "Synced")."""
    return _translate("SyncState", state.label)
