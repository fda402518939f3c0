"""Evidence records: consent, size checks, the per-station hash chain and its verification."""

from __future__ import annotations

import random
import sqlite3

import pytest

from desktop_app.models import Signature, close_db
from desktop_app.services.common.errors import UserError
from desktop_app.services.demo.handwriting import synthetic_signature
from desktop_app.services.signing.declarations import current_text, declaration_key_for
from desktop_app.services.signing.organizer_access import set_organizer_pin
from desktop_app.services.signing.signature_evidence import (
    GENESIS_HASH,
    read_strokes,
    record_signature,
    verify_chain,
)
from desktop_app.services.signing.signature_render import render_png
from desktop_app.services.signing.signature_strokes import StrokeData
from tests.conftest import run_cli
from tests.factories import check_in_first, sign


def test_chain_links_and_stores_exact_text(demo_event) -> None:  # type: ignore[no-untyped-def]
    people = check_in_first(demo_event, 3)
    sigs = [sign(demo_event, p, seed=i) for i, p in enumerate(people)]
    first = Signature.select().where(Signature.chain_seq == 1).get()
    assert first.prev_hash == GENESIS_HASH and first.id == sigs[0].id
    assert [s.chain_seq for s in sigs] == [1, 2, 3]
    assert sigs[1].prev_hash == sigs[0].record_hash
    assert sigs[2].prev_hash == sigs[1].record_hash
    stored = Signature.get_by_id(sigs[0].id)
    assert people[0].full_name in stored.text_signed
    assert "{" not in stored.text_signed
    assert stored.consent is True and "Pelindungan Data Pribadi" in stored.consent_text
    report = verify_chain(demo_event)
    assert report.ok and report.checked == 3, report.message()


def test_consent_is_required_and_nothing_is_stored(demo_event) -> None:  # type: ignore[no-untyped-def]
    person = check_in_first(demo_event, 1)[0]
    strokes = synthetic_signature(random.Random(1))
    text = current_text(demo_event, declaration_key_for(person))
    with pytest.raises(UserError, match="Persetujuan"):
        record_signature(
            demo_event, text, strokes, render_png(strokes), consent=False, attendee=person
        )
    assert Signature.select().where(Signature.attendee.is_null(False)).count() == 0


@pytest.mark.parametrize(
    "strokes",
    [
        StrokeData(640, 240, []),
        StrokeData(640, 240, [[(100.0, 100.0, 0, 0.5)]]),
        # Enough points but all within a few pixels: a scribbled dot.
        StrokeData(640, 240, [[(100.0 + i % 3, 100.0 + i % 2, i * 8, 0.5) for i in range(40)]]),
    ],
)
def test_empty_or_tiny_signature_rejected(demo_event, strokes) -> None:  # type: ignore[no-untyped-def]
    person = check_in_first(demo_event, 1)[0]
    text = current_text(demo_event, declaration_key_for(person))
    png = render_png(synthetic_signature(random.Random(2)))
    with pytest.raises(UserError, match="kosong|terlalu kecil"):
        record_signature(demo_event, text, strokes, png, consent=True, attendee=person)
    assert Signature.select().where(Signature.attendee.is_null(False)).count() == 0


def test_absent_attendee_and_double_signing_refused(demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import Attendee

    present = check_in_first(demo_event, 1)[0]
    absent = Attendee.select().where(Attendee.id != present.id).first()
    with pytest.raises(UserError, match="belum registrasi"):
        sign(demo_event, absent)
    sign(demo_event, present)
    with pytest.raises(UserError, match="sudah menandatangani"):
        sign(demo_event, present, seed=5)
    assert Signature.select().where(Signature.attendee.is_null(False)).count() == 1


def test_strokes_only_for_organizer(demo_event) -> None:  # type: ignore[no-untyped-def]
    person = check_in_first(demo_event, 1)[0]
    sig = sign(demo_event, person, seed=3)
    with pytest.raises(UserError, match="belum diatur"):
        read_strokes(sig, "123456")
    set_organizer_pin("246810")
    with pytest.raises(UserError, match="salah"):
        read_strokes(sig, "000000")
    strokes = read_strokes(sig, "246810")
    assert strokes.sha256() == sig.strokes_sha256
    assert strokes.point_count == synthetic_signature(random.Random(3)).point_count
    with pytest.raises(UserError):
        set_organizer_pin("999999", current_pin="wrong1")


def _flip_byte(value: object) -> object:
    if isinstance(value, bytes):
        middle = len(value) // 2
        return value[:middle] + bytes([value[middle] ^ 0x01]) + value[middle + 1 :]
    if isinstance(value, int):
        return value ^ 0x10
    text = str(value)
    middle = len(text) // 2
    replacement = "X" if text[middle] != "X" else "Y"
    return text[:middle] + replacement + text[middle + 1 :]


EVIDENCE_COLUMNS = [
    "id",
    "created_at",
    "station_id",
    "event_id",
    "attendee_id",
    "declaration_text_id",
    "signer_name",
    "text_signed",
    "text_sha256",
    "strokes",
    "strokes_sha256",
    "image_png",
    "consent",
    "consent_text",
    "signed_at",
    "timezone",
    "operator",
    "chain_seq",
    "prev_hash",
    "record_hash",
]


@pytest.mark.parametrize("column", EVIDENCE_COLUMNS)
def test_tampering_any_column_breaks_chain_at_that_record(home, demo_event, column) -> None:  # type: ignore[no-untyped-def]
    people = check_in_first(demo_event, 4)
    sigs = [sign(demo_event, p, seed=i) for i, p in enumerate(people)]
    target = sigs[1]  # a middle record: the break must be reported here, not later
    close_db()
    db_file = home / "ikrar.sqlite3"
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA foreign_keys = OFF")
    (value,) = con.execute(f"SELECT {column} FROM signature WHERE id = ?", (target.id,)).fetchone()
    if column == "consent":
        tampered: object = 0  # withdrawn consent, the one edit that matters for a boolean
    else:
        tampered = _flip_byte(value)
    con.execute(f"UPDATE signature SET {column} = ? WHERE id = ?", (tampered, target.id))
    con.commit()
    con.close()
    from desktop_app.bootstrap import open_home

    open_home(home)
    report = verify_chain(demo_event)
    assert not report.ok, f"tampering {column} went unnoticed"
    expected_id = tampered if column == "id" else target.id
    assert report.broken[0].signature_id == expected_id, report.message()
    assert expected_id in report.message()


def test_removed_record_breaks_link(home, demo_event) -> None:  # type: ignore[no-untyped-def]
    people = check_in_first(demo_event, 3)
    sigs = [sign(demo_event, p, seed=i) for i, p in enumerate(people)]
    close_db()
    con = sqlite3.connect(home / "ikrar.sqlite3")
    con.execute("DELETE FROM signature WHERE id = ?", (sigs[1].id,))
    con.commit()
    con.close()
    from desktop_app.bootstrap import open_home

    open_home(home)
    report = verify_chain(demo_event)
    assert not report.ok
    assert report.broken[0].signature_id == sigs[2].id
    assert f"seharusnya {sigs[1].chain_seq}" in report.message()


@pytest.mark.parametrize("column", ["image_png", "strokes"])
def test_blob_holding_text_names_the_record(home, demo_event, column: str) -> None:  # type: ignore[no-untyped-def]
    # Before: text in image_png gave "kesalahan tak terduga" without naming the record.
    people = check_in_first(demo_event, 2)
    sigs = [sign(demo_event, p, seed=i) for i, p in enumerate(people)]
    close_db()
    con = sqlite3.connect(home / "ikrar.sqlite3")
    con.execute(f"UPDATE signature SET {column} = 'bukan gambar' WHERE id = ?", (sigs[1].id,))
    con.commit()
    con.close()
    result = run_cli("verify-log", demo_event.code, home=home)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and sigs[1].id in lines[0], result.stderr
    assert "tak terduga" not in result.stderr
