"""Errors a user can act on: a stable code, an Indonesian template and its parameters.

Raise them with the template marked for translation where it is written::

    raise UserError(
        "event.title_required",
        QT_TRANSLATE_NOOP("ServiceMessages", "Judul acara wajib diisi."),
        field="title",
    )

``str(error)`` is the filled Indonesian message (the CLI prints it; exit 1). The UI shows
it in the interface language through ``desktop_app.ui.messages.error_text``. ``field``
names the input the error is about, so a form can put the cursor there; ``code`` lets a
caller react to one error without reading its words.
"""

from __future__ import annotations

from typing import Any, Self

from desktop_app.services.common.messages import (
    CONTEXT,
    QT_TRANSLATE_NOOP,
    Message,
    Param,
    message,
    render,
)

__all__ = [
    "CONTEXT",
    "QT_TRANSLATE_NOOP",
    "Message",
    "NotFoundError",
    "Param",
    "UserError",
    "file_write_error",
    "message",
    "render",
]


class UserError(Exception):
    """Bad input or a request that cannot be done; the message says what to do."""

    def __init__(self, code: str, template: str, /, *, field: str = "", **params: Param) -> None:
        self.message = Message(code, template, params)
        self.field = field
        super().__init__(str(self.message))

    @classmethod
    def from_message(cls, msg: Message, *, field: str = "") -> Self:
        """An error carrying a message made elsewhere (a validation problem, say)."""
        return cls(msg.code, msg.template, field=field, **msg.params)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> Any:
        return self.message.params

    def __reduce__(self) -> Any:
        # Pickle by rebuilding a plain UserError of the same class (e.g. across processes).
        return (_rebuild, (type(self), self.message, self.field))


def _rebuild(cls: type[UserError], msg: Message, field: str) -> UserError:
    error = cls.__new__(cls)
    error.message, error.field = msg, field
    Exception.__init__(error, str(msg))
    return error


class NotFoundError(UserError):
    """Something named by the user does not exist."""


def file_write_error(path: object, error: OSError) -> UserError:
    """The one message for an output file that cannot be written (a document, an export):
    a file held open by another program says so, any other failure gives the system's reason.
    """
    if isinstance(error, PermissionError):
        return UserError(
            "file.in_use",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Berkas '{path}' tidak dapat ditulis (mungkin sedang dibuka di aplikasi lain).",
            ),
            path=str(path),
        )
    return UserError(
        "file.cannot_write_reason",
        QT_TRANSLATE_NOOP("ServiceMessages", "Berkas '{path}' tidak dapat ditulis: {reason}."),
        path=str(path),
        reason=str(error.strerror or error),
    )
