"""The hub itself believes a station key only with its organizer root's certificate.

Someone who can write the hub's database but not its keys folder swaps a station's key for
one of their own and signs requests with it. The hub used to authenticate with whatever
key its database held; now it checks the root's certificate of that key first and answers
401, with the reason in its log. Blanking the certificate as well does not help: the hub
certifies stations enrolled before it kept certificates once (recorded in its keys folder),
never again at a later start. A real hub process on loopback, its real SQLite file.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.sync.auth import sign_request
from desktop_app.sync.identity import public_bytes
from tests.factories import add_attendee, plain_event
from tests.sync.harness import HubProcess, Station


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def _station_id(station: Station) -> str:
    from desktop_app.models import local_station

    with station.active():
        return local_station().id


def _get_as(hub: HubProcess, station_id: str, key: Ed25519PrivateKey, path: str) -> httpx.Response:
    headers = sign_request(key, station_id, "GET", path, b"")
    return httpx.get(hub.url + path, headers=headers, timeout=10)


def _station_key(station: Station) -> Ed25519PrivateKey:
    from desktop_app.sync.identity import load_or_create_key

    with station.active() as home:
        return load_or_create_key(home.keys)


def _hub_log(hub: HubProcess) -> str:
    deadline = time.monotonic() + 5
    text = ""
    while time.monotonic() < deadline:
        path = hub.home / "logs" / "ikrar.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        if "no valid certificate from the organizer root" in text:
            break
        time.sleep(0.1)
    return text


def test_a_key_swapped_in_the_hub_database_gets_401(tmp_path: Path, hub: HubProcess) -> None:
    a = Station(tmp_path / "a", "Meja A")
    a.enroll(hub)
    with a.active():
        event = plain_event(attendees=1)
        add_attendee(event, "Peserta Asli", "ASLI-1")
    a.sync()
    a_id, a_key = _station_id(a), _station_key(a)
    assert _get_as(hub, a_id, a_key, "/api/pull?after=0").status_code == 200

    forger = Ed25519PrivateKey.generate()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute(
            "UPDATE hub_station SET public_key = ? WHERE id = ?", (public_bytes(forger), a_id)
        )
    refused = _get_as(hub, a_id, forger, "/api/pull?after=0")
    assert refused.status_code == 401
    assert refused.json()["error"] == "station key not certified by the organizer root"
    assert "no valid certificate from the organizer root" in _hub_log(hub)
    # A push in A's name with the swapped key is refused before any row is read.
    body = b'{"after": 0, "changes": []}'
    headers = sign_request(forger, a_id, "POST", "/api/push", body)
    assert httpx.post(hub.url + "/api/push", content=body, headers=headers).status_code == 401

    # Blanking the certificate as well, then restarting the hub: not certified again.
    hub.kill()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute("UPDATE hub_station SET root_certificate = '' WHERE id = ?", (a_id,))
    hub.start()
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        (cert,) = db.execute(
            "SELECT root_certificate FROM hub_station WHERE id = ?", (a_id,)
        ).fetchone()
    assert cert == ""
    assert _get_as(hub, a_id, forger, "/api/pull?after=0").status_code == 401

    # The organizer re-keys the station on purpose: it is certified again and syncs.
    code = hub.cli("pair", "--url", hub.url, "--no-qr", "--rekey", a_id)
    assert code.returncode == 0, code.stderr
    from desktop_app.sync.client import enroll

    with a.active() as home:
        enroll(home, hub.url, code.stdout.splitlines()[0].split(":", 1)[1].strip(), "Meja A")
    assert _get_as(hub, a_id, a_key, "/api/pull?after=0").status_code == 200


def test_the_genuine_key_with_its_certificate_removed_is_refused_too(
    tmp_path: Path, hub: HubProcess
) -> None:
    a = Station(tmp_path / "a", "Meja A")
    a.enroll(hub)
    a_id, a_key = _station_id(a), _station_key(a)
    with sqlite3.connect(hub.home / "ikrar.sqlite3") as db:
        db.execute("UPDATE hub_station SET root_certificate = 'AAAA' WHERE id = ?", (a_id,))
    assert _get_as(hub, a_id, a_key, "/api/pull?after=0").status_code == 401


def test_a_phone_link_signed_with_a_swapped_key_is_refused(tmp_path: Path) -> None:
    import dataclasses

    from desktop_app.sync.phone_links import read_link, sign_link
    from tests.phones.venue import open_venue

    venue = open_venue(tmp_path, present=1)
    try:
        genuine = venue.link()
        assert httpx.get(genuine, timeout=10).status_code == 200
        link, _, _ = read_link(genuine.rsplit("/", 1)[1])
        forger = Ed25519PrivateKey.generate()
        with sqlite3.connect(venue.hub.home / "ikrar.sqlite3") as db:
            db.execute(
                "UPDATE hub_station SET public_key = ? WHERE id = ?",
                (public_bytes(forger), link.station_id),
            )
        forged = sign_link(dataclasses.replace(link, nonce=b"\x01" * 8), forger)
        page = httpx.get(f"{venue.hub.url}/p/{forged}", timeout=10)
        assert page.status_code != 200 and "Tautan ini tidak sah" in page.text
    finally:
        venue.hub.kill()
