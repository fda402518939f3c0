"""The NIK hash key is a secret of the event (issue 11, "NIK stays home").

A real hub process on loopback and real stations: station A creates the event (and its
key) and imports a guest with a NIK; station B learns the key from the hub and finds the
guest by the whole NIK, and refuses a walk-in with it as a duplicate. Someone holding only
synced rows and the event id (the hub's change log, a ``--plain`` bundle, another station's
folder) cannot confirm a guessed NIK: the old derivation from the event id matches nothing.
"""

from __future__ import annotations

import base64
import json
import re
import zipfile
from pathlib import Path

import httpx
import openpyxl
import pytest

from tests.conftest import run_cli
from tests.factories import plain_event
from tests.sync.harness import HubProcess, Station

NIK = "5301014309860003"
GUEST = "Yohana Bria"


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def enrolled(tmp_path: Path, hub: HubProcess, *names: str) -> list[Station]:
    made = [Station(tmp_path / name.lower(), f"Meja {name}") for name in names]
    for station in made:
        station.enroll(hub)
    return made


def guest_sheet(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["No", "Nama", "NIK", "Instansi"])
    sheet.append([1, GUEST, NIK, "Tokoh masyarakat"])
    workbook.save(path)
    return path


def files_containing(root: Path, needle: bytes) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


HEX_HASH = re.compile(rb"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")


def hashes_in(root: Path) -> set[str]:
    """Every SHA-256-sized hex string in any file under ``root`` (database, WAL, logs...)."""
    found: set[str] = set()
    for path in root.rglob("*"):
        if path.is_file():
            found.update(m.decode() for m in HEX_HASH.findall(path.read_bytes()))
    return found


def guessed_niks() -> list[str]:
    """What an attacker tries: every birth date of one year in one sub-district, numbers
    0001-0009 (the real NIK is among them)."""
    guesses = []
    for day in range(1, 72):  # women: day + 40
        for month in range(1, 13):
            for number in range(1, 10):
                guesses.append(f"530101{day:02d}{month:02d}86{number:04d}")
    assert NIK in guesses
    return guesses


def post_keys(station: Station, body: dict[str, object]) -> dict[str, object]:
    """A signed ``POST /api/nik-keys`` from ``station`` (as its sync would send it)."""
    from desktop_app.sync.client import client_for

    with station.active() as home, client_for(home) as client:
        response = client.request(
            "POST", "/api/nik-keys", json.dumps(body).encode(), {"Content-Type": "application/json"}
        )
    assert response.status_code == 200, response.text
    return dict(response.json())


def hub_key(hub: HubProcess, event_id: str) -> bytes | None:
    from desktop_app.models.nik_keys import event_key

    with Station(hub.home, "hub").active():
        return event_key(event_id)


@pytest.mark.slow  # a hub process, two stations, real CLI processes
def test_stations_share_the_secret_key_and_synced_rows_do_not_confirm_a_nik(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models import Attendee, Event
    from desktop_app.models.nik_keys import KeyOrigin, NikHashKey, event_key
    from desktop_app.models.personal_data import legacy_nik_key, nik_hash
    from desktop_app.services.people.nik_lookup import attendees_with_nik
    from desktop_app.services.registration.walk_in import (
        DuplicateAttendeeError,
        WalkInInput,
        register_walk_in,
    )

    a, b = enrolled(tmp_path, hub, "A", "B")
    with a.active():
        event = plain_event(attendees=3)
        event_id, code = event.id, event.code
        key = event_key(event_id)
        assert key is not None and len(key) == 32 and key != legacy_nik_key(event_id)
        assert NikHashKey.get_by_id(event_id).origin == KeyOrigin.CREATED
    imported = run_cli("import", code, str(guest_sheet(tmp_path / "tamu.xlsx")), home=a.root)
    assert imported.returncode == 0 and "1 diimpor" in imported.stdout, imported.stderr
    with a.active():
        guest = Attendee.get(Attendee.full_name == GUEST)
        guest_id = guest.id
        assert guest.nik == NIK and guest.nik_hash == nik_hash(key, NIK)
    a.sync()
    assert hub_key(hub, event_id) == key  # the author's key, kept by the hub
    with b.active():
        assert event_key(event_id) is None  # B has not synced yet
    b.sync()
    with b.active():
        assert event_key(event_id) == key
        assert NikHashKey.get_by_id(event_id).origin == KeyOrigin.HUB
        event = Event.get_by_id(event_id)
        # Exact NIK search across desks: the clear NIK never came here, its hash did.
        found = attendees_with_nik(event, NIK)
        assert [(x.id, x.nik) for x in found] == [(guest_id, "")]
        assert attendees_with_nik(event, "5301014309860004") == []
        with pytest.raises(DuplicateAttendeeError) as duplicate:
            register_walk_in(event, WalkInInput(full_name="Yohana B.", nik=NIK))
        assert duplicate.value.attendee.id == guest_id
    export_plain = tmp_path / "b-plain.ikrar"
    # Once every key is where it belongs, a sync asks nothing more about keys.
    paths: list[str] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            paths.append(request.url.path)
            return super().handle_request(request)

    a.sync()
    b.sync(Recording())
    assert "/api/pull" in paths and "/api/nik-keys" not in paths
    # The CLI contract: the same walk-in at B is refused with one line, exit 1.
    walkin = run_cli("walkin", code, "--name", "Yohana B.", "--nik", NIK, home=b.root)
    assert walkin.returncode == 1 and "sudah terdaftar" in walkin.stderr, walkin.stdout
    made = run_cli("bundle", "export", code, "--out", str(export_plain), "--plain", home=b.root)
    assert made.returncode == 0, made.stderr

    # An attacker holds the synced rows and the event id: the old derivation from the event
    # id (and a brute force of likely NIKs under it) matches nothing anywhere outside A.
    old_scheme = {nik_hash(legacy_nik_key(event_id), guess) for guess in guessed_niks()}
    keyed = nik_hash(key, NIK).encode()
    with zipfile.ZipFile(export_plain) as bundle:
        rows = bundle.read("rows.jsonl")
        assert b"nik_hash_key" not in rows and base64.b64encode(key) not in rows
        synced = [json.loads(line)["payload"] for line in rows.splitlines() if line.strip()]
    attendee_hashes = {p["nik_hash"] for p in synced if "nik_hash" in p and p["nik_hash"]}
    assert attendee_hashes == {keyed.decode()}  # the row does travel, with its keyed hash
    assert not attendee_hashes & old_scheme
    for folder in (hub.home, b.root):
        assert files_containing(folder, NIK.encode()) == []
        stored = hashes_in(folder)
        assert keyed.decode() in stored  # the scan finds a hash where there is one
        assert not stored & old_scheme


@pytest.mark.slow
def test_hub_takes_a_key_only_from_the_events_author_and_keeps_the_first(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models.nik_keys import event_key
    from desktop_app.sync.nik_keys import key_item

    a, b = enrolled(tmp_path, hub, "A", "B")
    with a.active():
        event = plain_event(attendees=2)
        event_id = event.id
        genuine = event_key(event_id)
        assert genuine is not None
    # A pushes the event; before A offers its key, B (not the author) offers one of its own.
    from desktop_app.sync.client import client_for, push_pending

    with a.active() as home, client_for(home) as client:
        push_pending(client)
    forged = b"\x01" * 32
    answer = post_keys(b, {"offer": [key_item(event_id, forged)], "want": []})
    assert answer["held"] == []
    assert answer["refused"] == [
        {"event_id": event_id, "reason": "not the event's author", "final": True}
    ]
    assert hub_key(hub, event_id) is None
    # A key for an event the hub does not hold is not kept either.
    unknown = post_keys(a, {"offer": [key_item("tidak-ada", forged)], "want": ["tidak-ada"]})
    assert unknown["held"] == [] and unknown["keys"] == []
    assert unknown["refused"][0]["reason"] == "unknown event"  # type: ignore[index]
    a.sync()  # A offers its key: the first one the hub gets for the event
    assert hub_key(hub, event_id) == genuine
    second = post_keys(a, {"offer": [key_item(event_id, forged)], "want": [event_id]})
    assert second["refused"] == [
        {"event_id": event_id, "reason": "the event has another key", "final": True}
    ]
    assert second["keys"] == [key_item(event_id, genuine)]
    assert hub_key(hub, event_id) == genuine
    # Garbled requests are refused whole, nothing stored.
    from desktop_app.sync.client import client_for as client_of

    with b.active() as home, client_of(home) as client:
        for body in (b"[]", b'{"offer": [{"event_id": 5}]}', b'{"want": "x"}'):
            refused = client.request("POST", "/api/nik-keys", body)
            assert refused.status_code == 400, refused.text
    b.sync()
    with b.active():
        assert event_key(event_id) == genuine


@pytest.mark.slow
def test_a_station_never_replaces_its_key_and_hashes_waiting_niks_when_it_arrives(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models import Attendee, Event
    from desktop_app.models.nik_keys import KeyOrigin, event_key
    from desktop_app.models.personal_data import nik_hash
    from desktop_app.services.people.nik_lookup import attendees_with_nik
    from desktop_app.services.registration.walk_in import (
        DuplicateAttendeeError,
        WalkInInput,
        register_walk_in,
    )
    from desktop_app.sync.bundle import export_bundle, import_bundle
    from desktop_app.sync.nik_keys import accept_keys, key_item

    a, b = enrolled(tmp_path, hub, "A", "B")
    with a.active() as home:
        event = plain_event(attendees=2)
        event_id, code = event.id, event.code
        key = event_key(event_id)
        export_bundle(home, code, tmp_path / "a.ikrar", plain=True)
    # B gets the event by a plain bundle, without the key: a walk-in's NIK is kept in clear
    # here with an empty hash (nothing to match elsewhere yet).
    with b.active() as home:
        import_bundle(home, tmp_path / "a.ikrar", trust=True)
        assert event_key(event_id) is None
        event = Event.get_by_id(event_id)
        walked = register_walk_in(event, WalkInInput(full_name="Marthen Sabu", nik=NIK)).attendee
        walked_id = walked.id
        assert Attendee.get_by_id(walked_id).nik_hash == ""
    a.sync()
    b.sync()  # the key arrives; B hashes the waiting NIK and pushes it as an update
    with b.active():
        assert event_key(event_id) == key
        assert Attendee.get_by_id(walked_id).nik_hash == nik_hash(key, NIK)
        # A key from anywhere else never replaces it.
        assert accept_keys([key_item(event_id, b"\x02" * 32)], KeyOrigin.HUB) == []
        assert event_key(event_id) == key
    a.sync()
    with a.active():
        event = Event.get_by_id(event_id)
        assert [x.id for x in attendees_with_nik(event, NIK)] == [walked_id]
        with pytest.raises(DuplicateAttendeeError):
            register_walk_in(event, WalkInInput(full_name="Marthen S.", nik=NIK))


@pytest.mark.slow
def test_a_sealed_bundle_carries_the_authors_key_to_the_organizer_only(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models.nik_keys import event_key
    from desktop_app.sync.bundle import export_bundle

    (a,) = enrolled(tmp_path, hub, "A")
    with a.active() as home:
        event = plain_event(attendees=2)
        event_id, code = event.id, event.code
        key = event_key(event_id)
        assert key is not None
        export_bundle(home, code, tmp_path / "sealed.ikrar")
        export_bundle(home, code, tmp_path / "plain.ikrar", plain=True)
    with zipfile.ZipFile(tmp_path / "plain.ikrar") as plain:
        assert b"nik_hash_key" not in plain.read("rows.jsonl")
    sealed = (tmp_path / "sealed.ikrar").read_bytes()
    assert base64.b64encode(key) not in sealed and key not in sealed
    # A never synced: the hub learns the event and its key from the sealed bundle alone.
    opened = run_cli("bundle", "import", str(tmp_path / "sealed.ikrar"), home=hub.home)
    assert opened.returncode == 0, opened.stderr
    assert hub_key(hub, event_id) == key


@pytest.mark.slow
def test_a_station_paired_with_another_hub_offers_its_keys_there_too(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models.nik_keys import event_key

    (a,) = enrolled(tmp_path, hub, "A")
    with a.active():
        event_id = plain_event(attendees=2).id
        key = event_key(event_id)
    a.sync()
    assert hub_key(hub, event_id) == key
    other = HubProcess(tmp_path / "hub2").start()
    try:
        a.enroll(other)
        a.sync()
        assert hub_key(other, event_id) == key
    finally:
        other.kill()
