"""Attacks on stored evidence by someone who holds the database but not the station key
(issue 11, attack 4): each was passed by ``verify-log`` before the signed evidence chain.

The database is edited with plain sqlite3 (as an attacker would), then ``ikrar verify-log``
runs as a real process.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli
from tests.factories import attend, check_in_first, plain_event


@pytest.fixture
def signed(home: Path) -> dict[str, Any]:
    from desktop_app.models import Signature, close_db, local_station
    from desktop_app.services.signing.evidence_chain import head_of

    event = plain_event(attendees=8)
    attend(event, 4)
    check_in_first(event, 6)  # two more arrivals without a signature
    station = local_station().id
    info = {
        "code": event.code,
        "station": station,
        "head": head_of(station).text(),
        "signatures": [s.id for s in Signature.select().order_by(Signature.chain_seq)],
    }
    close_db()
    return info


def database(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "ikrar.sqlite3")


def verify_log(home: Path, code: str, *extra: str) -> Any:
    return run_cli("verify-log", code, "--offline", *extra, home=home)


def test_intact_chain_passes_and_says_what_it_cannot_prove(home: Path, signed: Any) -> None:
    result = verify_log(home, signed["code"])
    assert result.returncode == 0, result.stderr
    assert "utuh" in result.stdout and "Tidak ada saksi" in result.stdout
    assert "tanpa tanda tangan stasiun" not in result.stdout  # everything here is signed
    witnessed = verify_log(home, signed["code"], "--head", signed["head"])
    assert witnessed.returncode == 0 and "Tidak ada saksi" not in witnessed.stdout
    bad = verify_log(home, signed["code"], "--head", "bukan-kepala")
    assert bad.returncode == 1 and "tidak dikenali" in bad.stderr


@pytest.mark.parametrize("removed", [1, 2, "all"])
def test_truncation_is_caught_against_a_printed_head(
    home: Path, signed: Any, removed: int | str
) -> None:
    con = database(home)
    links = [
        r[0] for r in con.execute("SELECT id FROM evidence_link ORDER BY chain_seq DESC").fetchall()
    ]
    victims = links if removed == "all" else links[: int(removed)]
    for link_id in victims:
        (record_id,) = con.execute(
            "SELECT record_id FROM evidence_link WHERE id = ?", (link_id,)
        ).fetchone()
        con.execute("DELETE FROM evidence_link WHERE id = ?", (link_id,))
        con.execute("DELETE FROM checkin_void WHERE id = ?", (record_id,))
        con.execute("DELETE FROM signature WHERE id = ?", (record_id,))
        con.execute("DELETE FROM checkin WHERE id = ?", (record_id,))
    con.commit()
    con.close()
    result = verify_log(home, signed["code"], "--head", signed["head"])
    assert result.returncode == 1
    assert "dihapus" in result.stderr and "Traceback" not in result.stderr


def _recompute_legacy_chain(con: sqlite3.Connection) -> None:
    """Recompute every plain SHA-256 of the old signature chain, as anyone can."""
    from desktop_app.models import Signature, close_db
    from desktop_app.services.signing.signature_evidence import _hash_inputs, record_hash

    prev = "0" * 64
    rows = con.execute("SELECT id FROM signature ORDER BY chain_seq").fetchall()
    close_db()
    for (sig_id,) in rows:
        con.execute("UPDATE signature SET prev_hash = ? WHERE id = ?", (prev, sig_id))
        con.commit()
        sig = Signature.get_by_id(sig_id)
        image = hashlib.sha256(bytes(sig.image_png)).hexdigest()
        new_hash = record_hash(_hash_inputs(sig, image, 1))
        con.execute("UPDATE signature SET record_hash = ? WHERE id = ?", (new_hash, sig_id))
        con.commit()
        prev = new_hash


def _recompute_links(con: sqlite3.Connection) -> None:
    """Recompute record digests and link hashes; the station signatures cannot be redone."""
    from desktop_app.models import (
        Checkin,
        CheckinVoid,
        DeclarationText,
        EvidenceLink,
        Signature,
        close_db,
    )
    from desktop_app.services.signing.evidence_chain import link_hash, record_digest

    models = {
        "checkin": Checkin,
        "void": CheckinVoid,
        "signature": Signature,
        "text": DeclarationText,
    }
    prev = "0" * 64
    close_db()
    for link in EvidenceLink.select().order_by(EvidenceLink.chain_seq):
        record = models[link.kind].get_by_id(link.record_id)
        values = {**link.__data__, "record_digest": record_digest(record), "prev_hash": prev}
        digest = link_hash(values)
        con.execute(
            "UPDATE evidence_link SET record_digest = ?, prev_hash = ?, link_hash = ? WHERE id = ?",
            (values["record_digest"], prev, digest, link.id),
        )
        con.commit()
        prev = digest


@pytest.mark.parametrize("edit", ["signer_name", "text_signed"])
def test_recomputed_chain_without_the_key_is_caught(home: Path, signed: Any, edit: str) -> None:
    from desktop_app.bootstrap import open_home

    victim = signed["signatures"][1]
    con = database(home)
    if edit == "signer_name":
        con.execute("UPDATE signature SET signer_name = 'Orang Lain' WHERE id = ?", (victim,))
    else:
        (text,) = con.execute(
            "SELECT text_signed FROM signature WHERE id = ?", (victim,)
        ).fetchone()
        forged = text.replace("menyatakan", "tidak menyatakan", 1)
        assert forged != text
        con.execute(
            "UPDATE signature SET text_signed = ?, text_sha256 = ? WHERE id = ?",
            (forged, hashlib.sha256(forged.encode()).hexdigest(), victim),
        )
    con.commit()
    open_home(home)
    _recompute_legacy_chain(con)
    _recompute_links(con)
    con.close()
    from desktop_app.models import close_db

    close_db()
    result = verify_log(home, signed["code"])
    assert result.returncode == 1, result.stdout
    assert "tanda tangan stasiun tidak cocok" in result.stderr + result.stdout


def test_checkins_and_voids_are_in_the_chain(home: Path, signed: Any) -> None:
    con = database(home)
    (checkin_id,) = con.execute(
        "SELECT record_id FROM evidence_link WHERE kind = 'checkin' ORDER BY chain_seq DESC"
    ).fetchone()
    con.execute("DELETE FROM checkin WHERE id = ?", (checkin_id,))
    con.commit()
    removed = verify_log(home, signed["code"])
    assert removed.returncode == 1 and "dihapus" in removed.stderr
    assert checkin_id in removed.stderr
    # A check-in typed into the database afterwards is not in the signed chain.
    row = con.execute("SELECT event_id, attendee_id, station_id FROM checkin LIMIT 1").fetchone()
    con.execute(
        "INSERT INTO checkin (id, created_at, updated_at, station_id, hlc, event_id, "
        "attendee_id, checked_in_at, operator, method) VALUES "
        "('aaaaaaaa-0000-4000-8000-000000000001', '2999-01-01 00:00:00', "
        "'2999-01-01 00:00:00', ?, 'x', ?, ?, '2999-01-01 00:00:00', 'x', 'SEARCH')",
        (row[2], row[0], row[1]),
    )
    con.execute("DELETE FROM evidence_link WHERE kind = 'checkin' AND record_id = ?", (checkin_id,))
    con.commit()
    con.close()
    inserted = verify_log(home, signed["code"])
    assert inserted.returncode == 1
    assert "disisipkan" in inserted.stderr + inserted.stdout


def test_records_older_than_the_signed_chain_are_unsigned_not_tampered(home: Path) -> None:
    """A database from before version 51: its records have no links at all."""
    from desktop_app.models import close_db

    event = plain_event(attendees=5)
    attend(event, 3)
    code = event.code
    close_db()
    con = database(home)
    con.execute("DELETE FROM evidence_link")
    con.commit()
    con.close()
    result = verify_log(home, code)
    assert result.returncode == 0, result.stderr
    assert "tanpa tanda tangan stasiun (dibuat sebelum versi 51)" in result.stdout


def test_head_printed_on_the_attendance_list_witnesses_truncation(
    home: Path, signed: Any, tmp_path: Path
) -> None:
    import re
    import subprocess

    pdf = tmp_path / "daftar-hadir.pdf"
    made = run_cli("export", signed["code"], "--what", "attendance", "--out", str(pdf), home=home)
    assert made.returncode == 0, made.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    printed = re.findall(r"IKRAR-HEAD:[0-9a-f]{8}:\d+:[0-9a-f]{16}", text)
    assert printed and printed[0].split(":")[2] == signed["head"].split(":")[2]
    statements = tmp_path / "pernyataan.pdf"
    run_cli("export", signed["code"], "--what", "statements", "--out", str(statements), home=home)
    statement_text = subprocess.run(
        ["pdftotext", str(statements), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kepala rantai saat dicetak: IKRAR-HEAD:" in statement_text.replace("\n", " ")
    con = database(home)
    link_id, record_id = con.execute(
        "SELECT id, record_id FROM evidence_link ORDER BY chain_seq DESC LIMIT 1"
    ).fetchone()
    con.execute("DELETE FROM evidence_link WHERE id = ?", (link_id,))
    con.execute("DELETE FROM checkin WHERE id = ?", (record_id,))
    con.commit()
    con.close()
    assert verify_log(home, signed["code"]).returncode == 0  # nothing outside to compare with
    caught = verify_log(home, signed["code"], "--head", printed[0])
    assert caught.returncode == 1 and "dihapus" in caught.stderr
