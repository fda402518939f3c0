"""Stations believe a station key the hub lists only with the organizer root's certificate.

Someone who can write the hub's database (a PostgreSQL server apart from the hub's keys
folder, a copied SQLite file put back) but not its keys folder swaps a station's public
key and adds a row sealed with the new key. Before, the other stations took the listed key
at its word and applied the row; now the listed key has no fitting root certificate and
the row is refused. A real hub process on loopback, real stations.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.factories import add_attendee, plain_event
from tests.sync.harness import HubProcess, Station

FORGED = "Nama Dipalsukan Lewat Basis Data"


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def _attendee_names(station: Station) -> set[str]:
    from desktop_app.models import Attendee

    with station.active():
        return {a.full_name for a in Attendee.select()}


def _event_titles(station: Station) -> set[str]:
    from desktop_app.models import Event

    with station.active():
        return {e.title for e in Event.select()}


def test_key_swapped_in_the_hub_database_is_not_believed(tmp_path: Path, hub: HubProcess) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.sync.identity import public_bytes
    from desktop_app.sync.row_seal import seal_text

    a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        event = plain_event(attendees=2)
        add_attendee(event, "Asli Dari Meja A", "ASLI-1")
        a_id = str(event.station_id)
    a.sync()

    forger = Ed25519PrivateKey.generate()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute(
            "UPDATE hub_station SET public_key = ? WHERE id = ?", (public_bytes(forger), a_id)
        )
        table, payload_text, received = db.execute(
            "SELECT table_name, payload, received_at FROM hub_change "
            "WHERE station_id = ? AND table_name = 'event' ORDER BY hub_seq DESC LIMIT 1",
            (a_id,),
        ).fetchone()
        payload = {k: v for k, v in json.loads(payload_text).items() if k != "_seal"}
        # A whole new event in A's name (it needs no other row to be stored).
        payload.update(id=str(uuid.uuid4()), title=FORGED, code="PALSU1")
        forged = seal_text(json.dumps(payload), a_id, forger)
        top = db.execute(
            "SELECT MAX(seq) FROM hub_change WHERE station_id = ?", (a_id,)
        ).fetchone()[0]
        db.execute(
            "INSERT INTO hub_change (station_id, seq, table_name, row_id, hlc, payload, "
            "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (a_id, top + 1, table, payload["id"], payload["hlc"], forged, received),
        )

    b.sync()  # B meets A's key for the first time, as the hub now lists it
    assert FORGED not in _event_titles(b)
    # A's genuine rows are not believed either: the hub names no key the root certified.
    assert "Asli Dari Meja A" not in _attendee_names(b)


def test_stations_enrolled_before_get_their_certificate_when_the_hub_starts(
    tmp_path: Path, hub: HubProcess
) -> None:
    a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        event = plain_event(attendees=2)
        add_attendee(event, "Asli Dari Meja A", "ASLI-1")
    a.sync()
    hub.kill()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:  # as migration 130 leaves it
        db.execute("UPDATE hub_station SET root_certificate = ''")
    # A hub that never started with this version has no record of its one upgrade pass.
    (hub.home / "keys" / "root_certified_stations.done").unlink()
    hub.start()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        blank = db.execute("SELECT COUNT(*) FROM hub_station WHERE root_certificate = ''")
        assert blank.fetchone()[0] == 0
    b.sync()
    assert "Asli Dari Meja A" in _attendee_names(b)
