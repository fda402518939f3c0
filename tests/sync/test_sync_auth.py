"""The hub refuses unknown, revoked, stale, replayed and garbled requests and stores nothing."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.sync.auth import HEADER_STATION, sign_request
from tests.sync.harness import HubProcess, Station, entity_snapshot


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path_factory.mktemp("authhub") / "hub").start()
    yield process
    process.kill()


@pytest.fixture(scope="module")
def station(hub: HubProcess, tmp_path_factory: pytest.TempPathFactory) -> Station:
    st = Station(tmp_path_factory.mktemp("authst") / "a", "Meja A")
    st.enroll(hub)
    return st


def stored(hub: HubProcess) -> tuple[int, int, dict[str, int]]:
    from desktop_app.models.sync_state import HubChange, HubStation

    with Station(hub.home, "hub").active():
        seq = sum(s.pushed_seq for s in HubStation.select())
        return HubChange.select().count(), seq, {t: len(r) for t, r in entity_snapshot().items()}


def push_body(station: Station) -> tuple[bytes, str, Ed25519PrivateKey]:
    """A real push body with this station's pending outbox rows, and its key."""
    from desktop_app.models import Change, local_station
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.sync.identity import load_or_create_key

    with station.active() as home:
        create_demo_event(attendees=3, seed=int(time.time() * 1000) % 10000)
        rows = [
            {"seq": c.seq, "table": c.table_name, "payload": c.payload}
            for c in Change.select().order_by(Change.seq)
        ]
        key = load_or_create_key(home.keys)
        station_id = local_station().id
    body = gzip.compress(json.dumps({"after": 0, "changes": rows}).encode())
    return body, station_id, key


def post(hub: HubProcess, body: bytes, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(
        f"{hub.url}/api/push",
        content=body,
        headers={**headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )


def test_refusals_store_nothing(hub: HubProcess, station: Station) -> None:
    body, station_id, key = push_body(station)
    before = stored(hub)
    stranger = Ed25519PrivateKey.generate()
    cases = {
        "no headers": ({}, body, 401),
        "unknown station": (sign_request(stranger, "a1b2c3", "POST", "/api/push", body), body, 401),
        "wrong key": (sign_request(stranger, station_id, "POST", "/api/push", body), body, 401),
        "stale timestamp": (
            sign_request(key, station_id, "POST", "/api/push", body, now=time.time() - 3600),
            body,
            401,
        ),
        "body swapped after signing": (
            sign_request(key, station_id, "POST", "/api/push", b"other"),
            body,
            401,
        ),
        "path swapped": (sign_request(key, station_id, "POST", "/api/pull", body), body, 401),
    }
    for name, (headers, sent, status) in cases.items():
        response = post(hub, sent, headers)
        assert response.status_code == status, name
    garbled = b"\x1f\x8b\x08garbage-not-gzip"
    response = post(hub, garbled, sign_request(key, station_id, "POST", "/api/push", garbled))
    assert response.status_code == 400
    bad_rows = gzip.compress(
        json.dumps(
            {
                "after": 0,
                "changes": [
                    {"seq": 1, "table": "attendee", "payload": json.dumps({"id": "x", "hlc": "1"})},
                    {"seq": 2, "table": "no_such_table", "payload": "{}"},
                ],
            }
        ).encode()
    )
    response = post(hub, bad_rows, sign_request(key, station_id, "POST", "/api/push", bad_rows))
    assert response.status_code == 400 and "unknown table" in response.json()["error"]
    not_json = gzip.compress(b"[1, 2")
    response = post(hub, not_json, sign_request(key, station_id, "POST", "/api/push", not_json))
    assert response.status_code == 400
    assert stored(hub) == before


def test_replayed_request_is_refused_and_repeat_is_idempotent(
    hub: HubProcess, station: Station
) -> None:
    body, station_id, key = push_body(station)
    headers = sign_request(key, station_id, "POST", "/api/push", body)
    first = post(hub, body, headers)
    assert first.status_code == 200, first.text
    after_first = stored(hub)
    replay = post(hub, body, headers)  # byte-for-byte the same request, same nonce
    assert replay.status_code == 401 and "nonce" in replay.json()["error"]
    again = post(hub, body, sign_request(key, station_id, "POST", "/api/push", body))
    assert again.status_code == 200
    assert again.json()["stored"] == 0 and again.json()["duplicates"] > 0
    assert stored(hub) == after_first


def test_revoked_station_gets_403(hub: HubProcess, tmp_path: Path) -> None:
    from desktop_app.models import local_station
    from desktop_app.sync.client import SyncError

    other = Station(tmp_path / "b", "Meja B")
    other.enroll(hub)
    other.sync()
    with other.active():
        other_id = local_station().id
    result = hub.cli("revoke", other_id)
    assert result.returncode == 0, result.stderr
    with pytest.raises(SyncError, match="dicabut"):
        other.sync()
    listing = hub.cli("stations", "--json")
    revoked = {s["id"]: s["revoked"] for s in json.loads(listing.stdout)}
    assert revoked[other_id] is True


def test_pairing_code_is_one_time_and_expires(hub: HubProcess, tmp_path: Path) -> None:
    import datetime as dt

    from desktop_app.models.sync_state import HubPairingCode
    from desktop_app.sync.client import SyncError, enroll

    code = hub.pair_code()
    first = Station(tmp_path / "c", "Meja C")
    with first.active() as home:
        enroll(home, hub.url, code.lower().replace("-", " "))  # typed loosely: still accepted
    with (
        Station(tmp_path / "d", "Meja D").active() as home,
        pytest.raises(SyncError, match="sudah dipakai"),
    ):
        enroll(home, hub.url, code)
    expired = hub.pair_code()
    with Station(hub.home, "hub").active():
        HubPairingCode.update(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)).where(
            HubPairingCode.used_at.is_null()
        ).execute()
    with (
        Station(tmp_path / "e", "Meja E").active() as home,
        pytest.raises(SyncError, match="kedaluwarsa"),
    ):
        enroll(home, hub.url, expired)


def test_headers_name_the_station() -> None:
    key = Ed25519PrivateKey.generate()
    headers = sign_request(key, "station-1", "GET", "/api/pull?after=0", b"")
    assert headers[HEADER_STATION] == "station-1"
    assert headers != sign_request(key, "station-1", "GET", "/api/pull?after=0", b"")
