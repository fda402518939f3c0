"""User-facing messages as data: a stable code, an Indonesian template and its parameters.

Services never import Qt, yet their messages must reach the English catalogue. The template
is written where the message is made, inside :func:`QT_TRANSLATE_NOOP` — a plain function
that returns its argument, whose *name* ``pyside6-lupdate`` recognises in any Python file, so
the template lands in ``resources/translations/ikrar_en.ts`` under its context. At display
time the UI translates the template in that context and then fills the parameters
(:func:`render` with Qt's ``translate``); the CLI and documents fill the Indonesian template.

Templates use ``str.format`` fields by name (``"NIP {nip} sudah terdaftar."``); a literal
brace is doubled (``"{{seq:03d}}"``). Translations must keep the same field names.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

log = logging.getLogger("ikrar.messages")

# The lupdate context of every message written outside the UI (errors, summaries).
CONTEXT: Final = "ServiceMessages"

# (context, source) -> text in the interface language; Qt's QCoreApplication.translate fits.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (lupdate's name)
    """Mark ``source`` for ``pyside6-lupdate`` under ``context``; returns it unchanged.

    Both arguments must be string literals (lupdate reads the source, not the values).
    """
    return source


def _untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Message:
    """One message: ``code`` for programs, ``template`` + ``params`` for people."""

    code: str
    template: str
    params: Mapping[str, Param] = field(default_factory=dict)
    context: str = CONTEXT

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def __str__(self) -> str:
        return render(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # The read-only params view cannot be pickled; rebuild from a plain dict.
        return (Message, (self.code, self.template, dict(self.params), self.context))

    def to_json(self) -> str:
        """The message as JSON, to be shown later in any language (``message_from_json``)."""
        return json.dumps(_to_data(self), ensure_ascii=False, sort_keys=True)


# A value a template field may take. A nested message is translated with its parent; a
# sequence of messages is joined with spaces (several problems of one form).
Param = str | int | float | Message | Sequence[Message]


def message(code: str, template: str, /, **params: Param) -> Message:
    """A message in the ``ServiceMessages`` context (``template`` marked for lupdate)."""
    return Message(code, template, params)


def render(msg: Message, translate: Translate = _untranslated) -> str:
    """The filled text of ``msg``; with ``translate``, in the interface language.

    A translation whose fields do not match the template (a translator's slip) falls back
    to the Indonesian template rather than failing: a message is always shown.
    """
    values = {name: _param_text(value, translate) for name, value in msg.params.items()}
    template = translate(msg.context, msg.template) or msg.template
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        if template == msg.template:
            raise
        log.warning("translation of %r does not fit its fields; shown untranslated", msg.code)
        return msg.template.format_map(values)


def _param_text(value: Param, translate: Translate) -> str | int | float:
    if isinstance(value, Message):
        return render(value, translate)
    if isinstance(value, (str, int, float)):
        return value
    return " ".join(render(item, translate) for item in value)


def _to_data(value: Param) -> Any:
    if isinstance(value, Message):
        params = {k: _to_data(v) for k, v in value.params.items()}
        return {"code": value.code, "template": value.template, "params": params}
    if isinstance(value, (str, int, float)):
        return value
    return [_to_data(item) for item in value]


def _from_data(data: Any) -> Param:
    if isinstance(data, dict):
        params = {str(k): _from_data(v) for k, v in dict(data.get("params") or {}).items()}
        return Message(str(data["code"]), str(data["template"]), params)
    if isinstance(data, list):
        return [m for m in (_from_data(item) for item in data) if isinstance(m, Message)]
    if isinstance(data, (str, int, float)) and not isinstance(data, bool):
        return data
    raise ValueError(f"not a message parameter: {data!r}")


def message_from_json(text: str) -> Message:
    """Read back ``Message.to_json``; other text (as stored before messages had codes) is
    kept as a message that shows exactly that text."""
    if text.startswith("{"):
        try:
            data = json.loads(text)
            if isinstance(data, dict):
                found = _from_data(data)
                if isinstance(found, Message):
                    return found
        except (ValueError, KeyError, TypeError):
            pass
    return plain(text)


def plain(text: str) -> Message:
    """A message that is already text (nothing to translate): shown exactly as given."""
    return Message("text", "{text}", {"text": text})
