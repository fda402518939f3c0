"""The organizer's signed revocation list travels with sync and outlives the hub's word.

A real hub on loopback, real stations, the real CLI. The organizer revokes desk A on the
hub's data folder (``ikrar root revoke``); desk B syncs and ``ikrar verify`` refuses A's
certificate with the reason; A itself is refused by the hub. Someone who then puts the hub's
database back (A no longer revoked, no list) cannot make B trust A again: B keeps the
highest list it saw. ``ikrar hub revoke`` goes on the signed list as well.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest

from desktop_app.sync.auth import sign_request
from tests.conftest import run_cli
from tests.factories import attend, certify, plain_event
from tests.sync.harness import HubProcess, Station

REASON = "laptop dicuri dari meja"


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def _desk(root: Path, name: str, hub: HubProcess) -> tuple[Station, str, str]:
    from desktop_app.models import Certificate, local_station

    desk = Station(root, name)
    desk.enroll(hub)
    with desk.active():
        event = plain_event(attendees=2)
        attend(event, 1)
        certify(event)
        return desk, local_station().id, str(Certificate.get().token)


def _verify(token: str, desk: Station) -> tuple[int, str]:
    result = run_cli("verify", token, home=desk.root)
    return result.returncode, result.stdout + result.stderr


def test_a_revocation_list_reaches_stations_by_sync_and_stays(
    tmp_path: Path, hub: HubProcess
) -> None:
    a, a_id, token = _desk(tmp_path / "a", "Meja A", hub)
    b = Station(tmp_path / "b", "Meja B")
    b.enroll(hub)
    a.sync()
    b.sync()
    assert _verify(token, b)[0] == 0

    done = run_cli("root", "revoke", a_id, "--reason", REASON, home=hub.home)
    assert done.returncode == 0, done.stderr
    b.sync()
    code, out = _verify(token, b)
    assert code == 1 and "stasiun sudah dicabut" in out and REASON in out
    page = httpx.get(f"{hub.url}/v/{token}", timeout=10)
    assert "stasiun sudah dicabut" in page.text and REASON in page.text

    # The hub refuses A at once.
    from desktop_app.sync.identity import load_or_create_key

    with a.active() as home:
        key = load_or_create_key(home.keys)
    headers = sign_request(key, a_id, "GET", "/api/pull?after=0", b"")
    refused = httpx.get(hub.url + "/api/pull?after=0", headers=headers, timeout=10)
    assert refused.status_code == 403

    # The hub's database put back as before: A not revoked, no list. B keeps its list.
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute("UPDATE hub_station SET revoked_at = NULL")
        db.execute("DELETE FROM setting WHERE key = 'trust.station_revocations'")
    b.sync()
    code, out = _verify(token, b)
    assert code == 1 and REASON in out


def test_a_station_revoked_on_the_hub_goes_on_the_signed_list(
    tmp_path: Path, hub: HubProcess
) -> None:
    a, a_id, token = _desk(tmp_path / "a", "Meja A", hub)
    b = Station(tmp_path / "b", "Meja B")
    b.enroll(hub)
    a.sync()
    b.sync()
    result = hub.cli("revoke", a_id)
    assert result.returncode == 0, result.stderr
    b.sync()
    assert _verify(token, b)[0] == 1
    # Even when the hub later lets A back in by its database alone, B keeps the revocation.
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute("UPDATE hub_station SET revoked_at = NULL")
    b.sync()
    code, out = _verify(token, b)
    assert code == 1 and "dicabut di hub" in out


def test_a_list_from_a_foreign_root_served_by_the_hub_is_ignored(
    tmp_path: Path, hub: HubProcess
) -> None:
    a, a_id, token = _desk(tmp_path / "a", "Meja A", hub)
    b = Station(tmp_path / "b", "Meja B")
    b.enroll(hub)
    a.sync()
    b.sync()
    # A foreign root's list put into the hub's database (as whoever holds it could).
    foreign = tmp_path / "asing"
    assert run_cli("root", "init", home=foreign).returncode == 0
    assert run_cli("root", "revoke", a_id, "--reason", "palsu", home=foreign).returncode == 0
    with sqlite3.connect(foreign / "ikrar.sqlite3") as db:
        (value,) = db.execute(
            "SELECT value FROM setting WHERE key = 'trust.station_revocations'"
        ).fetchone()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute(
            "INSERT INTO setting (key, value) VALUES ('trust.station_revocations', ?)", (value,)
        )
    b.sync()
    assert _verify(token, b)[0] == 0
