"""Declaration text versions are links of their own kind in the station's signed chain
(issue 11, "signed, witnessed evidence"): a text edited by hand in the database is named
by ``verify-log``; texts made before version 170 are unsigned, not tampered.

The database is edited with plain sqlite3 (as an attacker would), then ``ikrar verify-log``
runs as a real process.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from tests.conftest import run_cli
from tests.factories import attend, plain_event

NEW_BODY = (
    "Saya, {nama}, menyatakan tetap netral dalam penyelenggaraan pemilihan umum dan tidak "
    "memihak peserta mana pun.\n"
)


def verify_log(home: Path, code: str) -> Any:
    return run_cli("verify-log", code, "--offline", home=home)


def text_links(home: Path) -> list[tuple[int, str, str]]:
    con = sqlite3.connect(home / "ikrar.sqlite3")
    rows = con.execute(
        "SELECT chain_seq, record_id, record_digest FROM evidence_link WHERE kind = 'text' "
        "ORDER BY chain_seq"
    ).fetchall()
    con.close()
    return [(int(seq), str(rid), str(digest)) for seq, rid, digest in rows]


def test_creating_editing_and_superseding_texts_appends_signed_links(home: Path) -> None:
    from desktop_app.models import DeclarationText, close_db
    from desktop_app.services.signing.declarations import (
        current_text,
        declaration_key_for,
        edit_text,
    )
    from tests.factories import first_attendees

    event = plain_event(attendees=6)
    texts = list(DeclarationText.select().where(DeclarationText.event == event))
    created = text_links(home)
    assert {rid for _, rid, _ in created} == {t.id for t in texts} and len(created) == len(texts)
    key = declaration_key_for(first_attendees(event, 1)[0])
    umum = current_text(event, key)
    assert umum.version == 1
    # Unsigned: edited in place, one more link for the same version.
    edited = edit_text(event, key, umum.title, NEW_BODY)
    assert edited.id == umum.id and edited.version == 1
    attend(event, 1)  # the first attendee signs this text
    # Signed: a new version, a link of its own; the old version keeps its words.
    newer = edit_text(event, key, umum.title, NEW_BODY.replace("tetap netral", "netral"))
    assert newer.id != umum.id and newer.version == 2
    code = event.code
    close_db()
    links = text_links(home)
    assert [rid for _, rid, _ in links].count(umum.id) == 2
    assert [rid for _, rid, _ in links][-1] == newer.id
    result = verify_log(home, code)
    assert result.returncode == 0, result.stderr
    assert "utuh" in result.stdout and "tanpa tanda tangan" not in result.stdout


def _edit_by_hand(home: Path, text_id: str, column: str, value: str) -> None:
    con = sqlite3.connect(home / "ikrar.sqlite3")
    con.execute(f"UPDATE declaration_text SET {column} = ? WHERE id = ?", (value, text_id))
    if column == "body":  # as an attacker would: the stored hash matches the new words
        digest = hashlib.sha256(value.encode()).hexdigest()
        con.execute("UPDATE declaration_text SET body_sha256 = ? WHERE id = ?", (digest, text_id))
    con.commit()
    con.close()


def test_text_edited_by_hand_is_named(home: Path) -> None:
    from desktop_app.models import close_db
    from desktop_app.services.signing.declarations import current_text

    event = plain_event(attendees=6)
    attend(event, 2)
    text = current_text(event, "UMUM")
    code, text_id, body, title = event.code, text.id, str(text.body), str(text.title)
    close_db()
    assert verify_log(home, code).returncode == 0
    _edit_by_hand(home, text_id, "body", body + "Kecuali untuk calon nomor urut 2.\n")
    broken = verify_log(home, code)
    assert broken.returncode == 1, broken.stdout
    assert text_id in broken.stderr and "naskah 'UMUM' versi 1 diubah" in broken.stderr
    assert "Traceback" not in broken.stderr
    _edit_by_hand(home, text_id, "body", body)  # put back: intact again
    assert verify_log(home, code).returncode == 0
    _edit_by_hand(home, text_id, "title", title + " (palsu)")
    assert text_id in verify_log(home, code).stderr


def test_text_typed_into_the_database_is_inserted(home: Path) -> None:
    from desktop_app.models import close_db

    event = plain_event(attendees=4)
    code = event.code
    close_db()
    con = sqlite3.connect(home / "ikrar.sqlite3")
    row = con.execute(
        "SELECT event_id, station_id, title FROM declaration_text WHERE key = 'UMUM'"
    ).fetchone()
    forged = "bbbbbbbb-0000-4000-8000-000000000002"
    con.execute(
        "INSERT INTO declaration_text (id, created_at, updated_at, station_id, hlc, event_id, "
        "key, version, title, body, body_sha256, superseded) VALUES "
        "(?, '2999-01-01 00:00:00', '2999-01-01 00:00:00', ?, 'x', ?, 'UMUM', 9, ?, ?, ?, 0)",
        (forged, row[1], row[0], row[2], NEW_BODY, hashlib.sha256(NEW_BODY.encode()).hexdigest()),
    )
    con.commit()
    con.close()
    result = verify_log(home, code)
    assert result.returncode == 1 and forged in result.stderr
    assert "disisipkan" in result.stderr


def test_texts_made_before_version_170_are_unsigned_not_tampered(home: Path) -> None:
    """A database from before text links: its texts (and older records) have no links;
    what the upgraded station does next is linked, texts included."""
    from desktop_app.models import DeclarationText, close_db, database_proxy
    from desktop_app.services.signing.declarations import (
        current_text,
        declaration_key_for,
        edit_text,
    )
    from tests.factories import first_attendees

    event = plain_event(attendees=6)
    attend(event, 2)
    count = DeclarationText.select().where(DeclarationText.event == event).count()
    database_proxy.execute_sql("DELETE FROM evidence_link")  # as made before any link
    # After the upgrade: new evidence and a new version of a signed text are links.
    attend(event, 4)
    key = declaration_key_for(first_attendees(event, 1)[0])
    signed_text = current_text(event, key)
    newer = edit_text(event, key, signed_text.title, NEW_BODY)
    assert newer.version == 2
    code = event.code
    close_db()
    result = verify_log(home, code)
    assert result.returncode == 0, result.stderr
    assert f"{count} versi naskah tanpa tanda tangan stasiun (dibuat sebelum versi 170)" in (
        result.stdout
    )
    assert [rid for _, rid, _ in text_links(home)] == [newer.id]
    # An old (unlinked) text edited by hand cannot be proven; the linked one can.
    _edit_by_hand(home, newer.id, "body", NEW_BODY.replace("tetap netral", "berpihak"))
    broken = verify_log(home, code)
    assert broken.returncode == 1 and newer.id in broken.stderr
