"""Every local setting of this station, declared once: key, type, default and label.

Settings live in the ``Setting`` key/value table of the local database (never synced; the
hub keeps its own). Nothing else in the tree names a key or reads the table: callers use
the typed objects below (``SYNC_AUTO.get()`` is a ``bool``, ``PUSHED_SEQ.set(12)`` takes an
``int``). A label is Indonesian and marked for translation when a person sees the setting,
a short English note when only the program does (as Vorta's "internal" settings).

Encodings are those earlier versions wrote (booleans ``"1"``/``"0"``, integers in
decimal, instants in ISO 8601), so an existing database reads the same; a stored value that
cannot be decoded reads as the default instead of failing.

``tests/shell/test_settings_registry.py`` checks that no key string appears elsewhere.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, Message, message_from_json

if TYPE_CHECKING:
    from desktop_app.models import Setting as SettingModel

T = TypeVar("T")


def _table() -> type[SettingModel]:
    # Imported on first use: the window reads its language and geometry with ``peek``
    # before peewee and the models are loaded (start-up time).
    from desktop_app.models import Setting

    return Setting


E = TypeVar("E", bound=StrEnum)

# Every declared key (families by their prefix), in declaration order.
REGISTRY: dict[str, SettingKey[Any] | SettingFamily] = {}


def _register(key: str, item: SettingKey[Any] | SettingFamily) -> None:
    if key in REGISTRY:
        raise ValueError(f"setting {key!r} declared twice")
    REGISTRY[key] = item


class SettingKey(Generic[T]):
    """One stored value: ``get()`` decodes it (or gives ``default``), ``set()`` encodes it."""

    def __init__(self, key: str, default: T, label: str = "", *, register: bool = True) -> None:
        self.key = key
        self.default = default
        self.label = label  # see the module docstring: shown words, or a note for readers
        if register:
            _register(key, self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r})"

    def raw(self) -> str | None:
        """The stored text, or None when the key was never written."""
        table = _table()
        row = table.get_or_none(table.key == self.key)
        return None if row is None else str(row.value)

    def get(self) -> T:
        return self._decoded(self.raw())

    def peek(self, database: Path) -> T:
        """The value stored in the SQLite file ``database``, read before it is opened for
        work: read-only, without peewee, the models or migrations (what the window needs
        before its first paint). The default when the file, the table or the key is
        missing or unreadable; the real opening reports any problem with the file."""
        try:
            connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        except (sqlite3.Error, OSError, ValueError):
            return self.default
        try:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = ?", (self.key,)
            ).fetchone()
        except sqlite3.Error:
            row = None
        finally:
            connection.close()
        return self._decoded(None if row is None or row[0] is None else str(row[0]))

    def _decoded(self, raw: str | None) -> T:
        if raw is None:
            return self.default
        try:
            return self.decode(raw)
        except (ValueError, TypeError):
            return self.default

    def set(self, value: T) -> None:
        _table().set_value(self.key, self.encode(value))

    def clear(self) -> None:
        table = _table()
        table.delete().where(table.key == self.key).execute()

    def decode(self, raw: str) -> T:
        raise NotImplementedError

    def encode(self, value: T) -> str:
        raise NotImplementedError


class TextSetting(SettingKey[str]):
    """Free text; with ``choices``, anything else stored reads as the default."""

    def __init__(
        self,
        key: str,
        default: str = "",
        label: str = "",
        *,
        choices: tuple[str, ...] = (),
        register: bool = True,
    ) -> None:
        super().__init__(key, default, label, register=register)
        self.choices = choices

    def decode(self, raw: str) -> str:
        if self.choices and raw not in self.choices:
            raise ValueError(raw)
        return raw

    def encode(self, value: str) -> str:
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return str(value)


class BoolSetting(SettingKey[bool]):
    """Stored as ``"1"`` / ``"0"``."""

    def decode(self, raw: str) -> bool:
        if raw not in ("1", "0"):
            raise ValueError(raw)
        return raw == "1"

    def encode(self, value: bool) -> str:
        return "1" if value else "0"


class IntSetting(SettingKey[int]):
    """A decimal integer; "" (as earlier versions sometimes stored) reads as the default."""

    def decode(self, raw: str) -> int:
        return int(raw) if raw.strip() else self.default

    def encode(self, value: int) -> str:
        return str(int(value))


class InstantSetting(SettingKey[dt.datetime | None]):
    """An aware instant in ISO 8601 (UTC as written); None when unset."""

    def __init__(self, key: str, label: str = "") -> None:
        super().__init__(key, None, label)

    def decode(self, raw: str) -> dt.datetime | None:
        if not raw:
            return None
        instant = dt.datetime.fromisoformat(raw)
        return instant if instant.tzinfo else instant.replace(tzinfo=dt.UTC)

    def encode(self, value: dt.datetime | None) -> str:
        return value.astimezone(dt.UTC).isoformat(timespec="seconds") if value else ""


class EnumSetting(SettingKey[E | None], Generic[E]):
    """A ``StrEnum`` code; None when unset or not one of the enum's codes."""

    def __init__(self, key: str, enum: type[E], label: str = "") -> None:
        super().__init__(key, None, label)
        self.enum = enum

    def decode(self, raw: str) -> E | None:
        return self.enum(raw) if raw else None

    def encode(self, value: E | None) -> str:
        return self.enum(value).value if value is not None else ""


class MessageSetting(SettingKey[Message | None]):
    """A user-facing message kept for later display, as JSON (code, template, params).

    Earlier versions stored the filled Indonesian text; such a value reads back as a
    message that shows that text as it is.
    """

    def __init__(self, key: str, label: str = "") -> None:
        super().__init__(key, None, label)

    def decode(self, raw: str) -> Message | None:
        return message_from_json(raw) if raw else None

    def encode(self, value: Message | None) -> str:
        return value.to_json() if value is not None else ""


class JsonMapSetting(SettingKey[dict[str, str]]):
    """A JSON object of text to text."""

    def __init__(self, key: str, label: str = "", *, register: bool = True) -> None:
        super().__init__(key, {}, label, register=register)

    def get(self) -> dict[str, str]:
        return dict(super().get())  # a copy: the default is shared

    def decode(self, raw: str) -> dict[str, str]:
        data = json.loads(raw) if raw else {}
        if not isinstance(data, dict):
            raise ValueError(raw)
        return {str(k): str(v) for k, v in data.items()}

    def encode(self, value: dict[str, str]) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)


class SettingFamily:
    """JSON-map keys sharing a prefix, one per item (``IMPORT_MAPPINGS.of(event_id)``)."""

    def __init__(self, prefix: str, label: str = "") -> None:
        self.prefix = prefix
        self.label = label
        _register(prefix, self)

    def __repr__(self) -> str:
        return f"SettingFamily({self.prefix!r})"

    def of(self, item: str) -> JsonMapSetting:
        return JsonMapSetting(self.prefix + item, self.label, register=False)


class SyncState(StrEnum):
    """What the last sync attempt of this station came to (shown in the status bar)."""

    ENROLLED = "enrolled"
    RUNNING = "running"
    OK = "ok"
    FAILED = "error"

    @property
    def label(self) -> str:
        """Indonesian label (CLI; the UI translates it in the ``SyncState`` context)."""
        return SYNC_STATE_LABELS[self]


SYNC_STATE_LABELS = {
    SyncState.ENROLLED: QT_TRANSLATE_NOOP("SyncState", "Terdaftar di hub"),
    SyncState.RUNNING: QT_TRANSLATE_NOOP("SyncState", "Menyinkronkan…"),
    SyncState.OK: QT_TRANSLATE_NOOP("SyncState", "Tersinkron"),
    SyncState.FAILED: QT_TRANSLATE_NOOP("SyncState", "Gagal sinkron"),
}

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

# -- this desk ----------------------------------------------------------------------------
LANGUAGE = TextSetting(
    "ui.language",
    "id",
    QT_TRANSLATE_NOOP("Settings", "Bahasa antarmuka"),
    choices=tuple(LANGUAGES),
)
OPERATOR = TextSetting("ui.operator", "", QT_TRANSLATE_NOOP("Settings", "Nama operator"))
OPERATOR_DAY = TextSetting("ui.operator_day", "", "the day (YYYY-MM-DD) the desk was last opened")
WINDOW_GEOMETRY = TextSetting("ui.geometry", "", "main window geometry (Qt, base64)")
LAST_EVENT = TextSetting("ui.last_event", "", "id of the event open last")
ORGANIZER_PIN_HASH = TextSetting("organizer_pin", "", "scrypt$N$r$p$salt$hash of the PIN")
IMPORT_MAPPINGS = SettingFamily(
    "import.mapping.", "header text → field confirmed for an event's imports"
)

# -- sync (station side) ------------------------------------------------------------------
HUB_URL = TextSetting("sync.hub_url", "", QT_TRANSLATE_NOOP("Settings", "Alamat hub"))
HUB_CERT_PEM = TextSetting("sync.hub_cert_pem", "", "hub TLS certificate pinned at enrolment")
PUSHED_SEQ = IntSetting("sync.pushed_seq", 0, "highest outbox seq the hub acknowledged")
PULL_CURSOR = IntSetting("sync.pull_cursor", 0, "hub change-log position pulled up to")
SYNC_STATE = EnumSetting("sync.state", SyncState, "outcome of the last sync attempt")
SYNC_LAST_SUCCESS = InstantSetting("sync.last_success", "when a sync last completed")
SYNC_LAST_ERROR = MessageSetting("sync.last_error", "why the last sync failed")
SYNC_AUTO = BoolSetting(
    "sync.auto", False, QT_TRANSLATE_NOOP("Settings", "Sinkronkan otomatis di latar belakang")
)
BUNDLE_EXPORTED_SEQ = IntSetting(
    "sync.bundle_exported_seq", 0, "highest outbox seq already in an exported USB bundle"
)
BUNDLE_EXPORTED_AT = InstantSetting("sync.bundle_exported_at", "when a USB bundle was exported")

# -- hub ----------------------------------------------------------------------------------
# -- trust (organizer root; services/certificates/organizer_root.py) ---------------------
ORGANIZER_ROOTS = TextSetting(
    "trust.organizer_roots", "", "trusted organizer root public keys (base64, comma-separated)"
)
REVOKED_STATIONS = TextSetting(
    "trust.revoked_stations", "", "stations the hub revoked (comma-separated ids)"
)
STATION_REVOCATIONS = TextSetting(
    "trust.station_revocations",
    "",
    "per organizer root, the root-signed list of revoked stations with the highest serial (JSON)",
)
WITNESSED_HEAD = TextSetting(
    "trust.witnessed_head", "", "this station's evidence chain head as the hub signed it (JSON)"
)
STATION_CERTIFICATE = TextSetting(
    "trust.station_certificate", "", "this station's key certified by the organizer root (JSON)"
)
ORGANIZER_ENCRYPTION = TextSetting(
    "trust.organizer_encryption",
    "",
    "the organizer's X25519 key that bundles are sealed to, signed by its root (JSON)",
)
HUB_PUBLIC_URL = TextSetting("hub.url", "", "the hub's own address, printed with pairing codes")

# -- phones at the venue ------------------------------------------------------------------
PHONE_LINK_MINUTES = IntSetting(
    "phone.link_minutes",
    15,
    QT_TRANSLATE_NOOP("Settings", "Masa berlaku tautan tanda tangan di ponsel (menit)"),
)
PHONE_PASS_SECRET = TextSetting(
    "phone.pass_secret", "", "the hub's HMAC key for certificate passes (hex; made on first use)"
)
