"""The settings registry: typed values round-trip, old encodings still read, one home for keys."""

from __future__ import annotations

import datetime as dt
import re
import tokenize
from pathlib import Path

import pytest

from desktop_app.models import Setting
from desktop_app.services.common import settings
from desktop_app.services.common.messages import QT_TRANSLATE_NOOP, message, plain
from desktop_app.services.common.settings import REGISTRY, SettingFamily, SyncState

REPO = Path(__file__).resolve().parents[2]
REGISTRY_FILE = REPO / "desktop_app" / "services" / "common" / "settings.py"
# Schema steps are frozen history: they name keys and values as the version they upgrade
# from wrote them, and must not change when the registry does.
FROZEN = {REPO / "desktop_app" / "models" / "migrations.py"}


def test_typed_values_round_trip(home: Path) -> None:
    assert settings.SYNC_AUTO.get() is False  # the default before anything is stored
    settings.SYNC_AUTO.set(True)
    assert settings.SYNC_AUTO.get() is True
    settings.PUSHED_SEQ.set(1234)
    assert settings.PUSHED_SEQ.get() == 1234
    instant = dt.datetime(2024, 9, 27, 1, 30, tzinfo=dt.UTC)
    settings.SYNC_LAST_SUCCESS.set(instant)
    assert settings.SYNC_LAST_SUCCESS.get() == instant
    settings.SYNC_STATE.set(SyncState.FAILED)
    assert settings.SYNC_STATE.get() is SyncState.FAILED
    mapping = settings.IMPORT_MAPPINGS.of("event-1")
    mapping.set({"nama lengkap": "full_name", "nip/nrp": "identifier"})
    assert settings.IMPORT_MAPPINGS.of("event-1").get() == {
        "nama lengkap": "full_name",
        "nip/nrp": "identifier",
    }
    assert settings.IMPORT_MAPPINGS.of("event-2").get() == {}
    error = message(
        "sync.hub_unreachable",
        QT_TRANSLATE_NOOP("ServiceMessages", "Hub tidak dapat dihubungi ({url})."),
        url="http://hub",
    )
    settings.SYNC_LAST_ERROR.set(error)
    assert settings.SYNC_LAST_ERROR.get() == error
    settings.LANGUAGE.set("en")
    assert settings.LANGUAGE.get() == "en"
    with pytest.raises(ValueError):
        settings.LANGUAGE.set("fr")
    assert settings.LANGUAGE.get() == "en"  # the refused value was not stored


def test_values_stored_by_earlier_versions_read_the_same(home: Path) -> None:
    """Same keys, same encodings: a database written before the registry keeps working."""
    for key, raw in {
        "sync.auto": "1",
        "sync.pushed_seq": "77",
        "sync.pull_cursor": "",
        "sync.last_success": "2024-09-27T01:30:00+00:00",
        "sync.last_error": "Hub tidak dapat dihubungi (http://10.0.0.2:8765).",
        "ui.language": "en",
        "import.mapping.e1": '{"nama": "full_name"}',
    }.items():
        Setting.set_value(key, raw)
    assert settings.SYNC_AUTO.get() is True
    assert settings.PUSHED_SEQ.get() == 77
    assert settings.PULL_CURSOR.get() == 0
    assert settings.SYNC_LAST_SUCCESS.get() == dt.datetime(2024, 9, 27, 1, 30, tzinfo=dt.UTC)
    assert settings.SYNC_LAST_ERROR.get() == plain(
        "Hub tidak dapat dihubungi (http://10.0.0.2:8765)."
    )
    assert (
        str(settings.SYNC_LAST_ERROR.get()) == "Hub tidak dapat dihubungi (http://10.0.0.2:8765)."
    )
    assert settings.LANGUAGE.get() == "en"
    assert settings.IMPORT_MAPPINGS.of("e1").get() == {"nama": "full_name"}
    # What this version writes is what earlier versions wrote.
    settings.SYNC_AUTO.set(False)
    settings.PUSHED_SEQ.set(78)
    settings.SYNC_LAST_SUCCESS.set(dt.datetime(2024, 9, 27, 9, 30, tzinfo=dt.UTC))
    assert Setting.get_value("sync.auto") == "0"
    assert Setting.get_value("sync.pushed_seq") == "78"
    assert Setting.get_value("sync.last_success") == "2024-09-27T09:30:00+00:00"


def test_undecodable_values_read_as_the_default(home: Path) -> None:
    for key in ("sync.auto", "sync.pushed_seq", "sync.last_success", "sync.state", "ui.language"):
        Setting.set_value(key, "rusak?")
    Setting.set_value("import.mapping.e1", "[1, 2]")
    assert settings.SYNC_AUTO.get() is False
    assert settings.PUSHED_SEQ.get() == 0
    assert settings.SYNC_LAST_SUCCESS.get() is None
    assert settings.SYNC_STATE.get() is None
    assert settings.LANGUAGE.get() == "id"
    assert settings.IMPORT_MAPPINGS.of("e1").get() == {}


def test_a_key_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        settings.BoolSetting("sync.auto", False)
    with pytest.raises(ValueError, match="declared twice"):
        SettingFamily("import.mapping.")


def _python_files() -> list[Path]:
    roots = [REPO / "desktop_app", REPO / "tools", REPO / "benchmarks"]
    return [
        p
        for root in roots
        for p in sorted(root.rglob("*.py"))
        if p != REGISTRY_FILE and p not in FROZEN and "forms" not in p.relative_to(REPO).parts
    ]


def test_no_setting_key_is_named_outside_the_registry() -> None:
    keys = sorted(REGISTRY)
    assert "sync.state" in keys and "import.mapping." in keys
    pattern = re.compile("|".join(re.escape(k) for k in keys))
    found = []
    for path in _python_files():
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                if token.type == tokenize.STRING and pattern.search(token.string):
                    found.append(f"{path.relative_to(REPO)}:{token.start[0]}: {token.string}")
    assert found == []


def test_only_the_registry_reads_and_writes_the_setting_table() -> None:
    access = re.compile(r"\bSetting\.(get_value|set_value|get_or_none|select|insert|delete|update)")
    found = [
        f"{path.relative_to(REPO)}: {match.group(0)}"
        for path in _python_files()
        if path.name != "base.py"  # where Setting itself is defined
        for match in access.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("stored", "state"),
    [
        ("Terdaftar di hub", SyncState.ENROLLED),
        ("Menyinkronkan…", SyncState.RUNNING),
        ("Tersinkron", SyncState.OK),
        ("Gagal sinkron", SyncState.FAILED),
    ],
)
def test_migration_turns_stored_sync_words_into_codes(
    tmp_path: Path, stored: str, state: SyncState
) -> None:
    """Version 41 stored the status bar's words as the sync state; 50 stores the code."""
    import sqlite3

    from desktop_app.models import close_db, init_db
    from tests.events.test_migrations import build_at_version

    path = tmp_path / "old.sqlite3"
    build_at_version(path, 41)
    with sqlite3.connect(path) as con:  # as version 41 wrote them
        con.executemany(
            'INSERT INTO "setting" ("key", "value") VALUES (?, ?)',
            [("sync.state", stored), ("sync.last_error", "Hub tidak dapat dihubungi.")],
        )
    con.close()
    init_db(path, backup_dir=tmp_path / "backups")
    try:
        assert Setting.get_value("sync.state") == state.value
        assert settings.SYNC_STATE.get() is state
        assert str(settings.SYNC_LAST_ERROR.get()) == "Hub tidak dapat dihubungi."
    finally:
        close_db()


def test_peek_reads_the_file_without_opening_it_for_work(home: Path, tmp_path: Path) -> None:
    """What the window reads before its first paint: the stored value, straight from the
    file; the default when there is no file, no table or no value, and never a new file."""
    from desktop_app.paths import DataDir

    database = DataDir(home).database
    assert settings.LANGUAGE.peek(database) == "id"  # never written: the default
    settings.LANGUAGE.set("en")
    settings.WINDOW_GEOMETRY.set("AdnQywADAAA=")
    assert settings.LANGUAGE.peek(database) == "en"
    assert settings.WINDOW_GEOMETRY.peek(database) == "AdnQywADAAA="
    Setting.set_value("ui.language", "fr")  # not a choice: read as the default, as get()
    assert settings.LANGUAGE.peek(database) == "id"
    missing = tmp_path / "nowhere" / "ikrar.sqlite3"
    assert settings.LANGUAGE.peek(missing) == "id"
    assert not missing.exists() and not missing.parent.exists()
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    assert settings.LANGUAGE.peek(garbage) == "id"
    assert garbage.read_bytes() == b"not a database" * 100
    import sqlite3

    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()  # a database without the setting table
    assert settings.SYNC_AUTO.peek(empty) is False
