"""Attacks on sync trust (issue 11), tried with a real hub process and real stations.

Station E is enrolled but rogue: it edits its own database and pushes whatever it likes.
Each test failed on the version before authorship rules (rows applied whatever their
author) and passes now.
"""

from __future__ import annotations

import base64
import json
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.factories import attend, certify, plain_event
from tests.sync.harness import HubProcess, Station


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def stations(tmp_path: Path, hub: HubProcess, *names: str) -> list[Station]:
    made = [Station(tmp_path / name.lower(), f"Meja {name}") for name in names]
    for station in made:
        station.enroll(hub)
    return made


def hub_rows(hub: HubProcess, model_name: str) -> int:
    import desktop_app.models as models

    with Station(hub.home, "hub").active():
        return int(getattr(models, model_name).select().count())


def test_key_swap_by_push_is_refused_and_forgery_stays_invalid(
    tmp_path: Path, hub: HubProcess
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.models import Certificate, SigningKey
    from desktop_app.services.certificates.signing_keys import key_id_bytes, public_raw
    from desktop_app.services.certificates.token import Claims, decode_token, sign_token

    a, e, c = stations(tmp_path, hub, "A", "E", "C")
    with a.active():
        event = plain_event(attendees=4)
        attend(event, 2)
        certify(event)
        cert = Certificate.select().first()
        genuine, key_id = cert.token, cert.key_id
        genuine_public = bytes(SigningKey.get(SigningKey.key_id == key_id).public_key)
    a.sync()
    e.sync()
    forger = Ed25519PrivateKey.generate()
    with e.active():
        # E replaces A's public key in its copy of A's key row and pushes it.
        row = SigningKey.get(SigningKey.key_id == key_id)
        row.public_key = public_raw(forger.public_key())
        row.save()
        claims, _, _ = decode_token(genuine)
        fake = Claims("999/SERT/PALSU", claims.event_code, "PENIPU", "PESERTA", claims.date)
        forged = sign_token(fake, forger, key_id_bytes(genuine_public))
    e.sync()
    c.sync()
    for token, verdict in ((genuine, "SAH — sertifikat valid"), (forged, "TIDAK SAH")):
        page = httpx.get(f"{hub.url}/v/{token}", timeout=10).text
        assert verdict in page
    from desktop_app.services.certificates.token import verify_token

    with c.active():
        assert verify_token(genuine).ok
        assert not verify_token(forged).ok
        assert bytes(SigningKey.get(SigningKey.key_id == key_id).public_key) == genuine_public
    a.sync()
    with a.active():
        assert bytes(SigningKey.get(SigningKey.key_id == key_id).public_key) == genuine_public


def test_key_row_under_a_new_id_cannot_claim_a_key_id(tmp_path: Path, hub: HubProcess) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.models import Certificate, SigningKey
    from desktop_app.services.certificates.signing_keys import known_public_keys, public_raw

    a, e, c = stations(tmp_path, hub, "A", "E", "C")
    with a.active():
        event = plain_event(attendees=3)
        attend(event, 1)
        certify(event)
        key_id = Certificate.select().first().key_id
    a.sync()
    forger = Ed25519PrivateKey.generate()
    with e.active():
        # E's own row (its author is E) naming A's key id over E's key: id not bound to key.
        SigningKey(
            key_id="ZZZZZZZ", organizer="Palsu", public_key=public_raw(forger.public_key())
        ).save()
    e.sync()
    c.sync()
    with c.active():
        assert "ZZZZZZZ" not in known_public_keys()
        assert SigningKey.select().where(SigningKey.key_id == "ZZZZZZZ").count() == 0
        assert key_id in known_public_keys()
    with e.active():
        # A row hand-edited in a database is not trusted there either.
        assert "ZZZZZZZ" not in known_public_keys()


def test_takeover_by_enrolment_is_refused_and_rekey_is_explicit(
    tmp_path: Path, hub: HubProcess
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.models import local_station
    from desktop_app.sync.identity import public_bytes

    (a,) = stations(tmp_path, hub, "A")
    with a.active():
        a_id = local_station().id
    a.sync()

    def enrol(code: str, station_id: str) -> httpx.Response:
        intruder = public_bytes(Ed25519PrivateKey.generate())
        body = {
            "code": code,
            "station_id": station_id,
            "name": "Penyusup",
            "public_key": base64.b64encode(intruder).decode(),
        }
        return httpx.post(f"{hub.url}/api/enroll", json=body, timeout=10)

    refused = enrol(hub.pair_code(), a_id)
    assert refused.status_code == 409
    listed = json.loads(hub.cli("stations", "--json").stdout)
    assert [s["name"] for s in listed if s["id"] == a_id] == ["Meja A"]
    assert a.sync() is not None  # A still authenticates with its own key
    # Re-keying is the organizer's explicit action: a code made for that one station.
    made = hub.cli("pair", "--rekey", a_id, "--url", hub.url, "--no-qr")
    assert made.returncode == 0, made.stderr
    assert "ikrar enroll" in made.stdout
    code = made.stdout.splitlines()[0].split(":", 1)[1].strip()
    assert enrol(code, "00000000-0000-4000-8000-000000000000").status_code == 403
    made = hub.cli("pair", "--rekey", a_id, "--url", hub.url, "--no-qr")
    code = made.stdout.splitlines()[0].split(":", 1)[1].strip()
    assert enrol(code, a_id).status_code == 200
    from desktop_app.sync.client import SyncError

    with pytest.raises(SyncError):
        a.sync()  # the old key no longer works after the re-key
    unknown = hub.cli("pair", "--rekey", "tidak-ada", "--no-qr")
    assert unknown.returncode == 1 and "tidak ditemukan" in unknown.stderr


def forge_signature(owner_id: str, attendee: Any, event: Any) -> Any:
    """A signature record in ``owner_id``'s chain, made by someone without its key."""
    import hashlib

    from desktop_app.models import DeclarationText, Signature
    from desktop_app.services.signing.signature_evidence import (
        CONSENT_TEXT,
        _hash_inputs,
        record_hash,
    )
    from tests.factories import _handwriting

    head = (
        Signature.select()
        .where(Signature.station_id == owner_id)
        .order_by(Signature.chain_seq.desc())
        .first()
    )
    text = DeclarationText.select().where(DeclarationText.event == event).first()
    strokes, png = _handwriting(99)
    sig = Signature(
        event=event,
        attendee=attendee,
        declaration_text=text,
        signer_name=attendee.full_name,
        text_signed=text.body,
        text_sha256=hashlib.sha256(text.body.encode()).hexdigest(),
        strokes=strokes.compressed(),
        strokes_sha256=strokes.sha256(),
        image_png=png,
        consent=True,
        consent_text=CONSENT_TEXT,
        operator="x",
        station_id=owner_id,
        chain_seq=head.chain_seq + 1,
        prev_hash=head.record_hash,
    )
    sig.record_hash = record_hash(_hash_inputs(sig, hashlib.sha256(png).hexdigest(), 1))
    sig.save(force_insert=True)
    return sig


def test_foreign_evidence_insertion_is_refused(tmp_path: Path, hub: HubProcess) -> None:
    from desktop_app.models import Attendee, Event, Signature, local_station
    from desktop_app.services.signing.signature_evidence import verify_chain

    a, e, c = stations(tmp_path, hub, "A", "E", "C")
    with a.active():
        event = plain_event(attendees=5)
        signers = {p.id for p in attend(event, 2)}
        a_id = local_station().id
    a.sync()
    e.sync()
    with e.active():
        event = Event.get()
        victim = Attendee.select().where(Attendee.id.not_in(signers)).first()
        forge_signature(a_id, victim, event)
        # The plain hash chain alone cannot tell; the signed chain (A's key) can.
        report = verify_chain(event)
        assert [b.reason for b in report.broken] == [
            "catatan tidak ada dalam rantai bertanda tangan (disisipkan)"
        ]
    e.sync()
    c.sync()
    assert hub_rows(hub, "Signature") == 2
    with c.active():
        event = Event.get()
        assert Signature.select().count() == 2
        assert not Signature.select().where(Signature.attendee == victim.id).exists()
        assert verify_chain(event).ok


def test_evidence_relayed_through_a_bundle_keeps_its_author(
    tmp_path: Path, hub: HubProcess
) -> None:
    """A station with network carries a colleague's bundle to the hub; its seal proves A."""
    from desktop_app.models import Signature
    from desktop_app.sync.bundle import export_bundle, import_bundle

    a, b, c = stations(tmp_path, hub, "A", "B", "C")
    with a.active() as home:
        event = plain_event(attendees=4)
        attend(event, 2)
        # Plain on purpose: bundles are sealed to the organizer by default, so a colleague
        # can carry one to the hub only when the sender opts out (or shares a password).
        export_bundle(home, event.code, tmp_path / "a.ikrar", plain=True)
    b.sync()  # learns A's key from the hub
    with b.active() as home:
        import_bundle(home, tmp_path / "a.ikrar")
    b.sync()
    c.sync()
    assert hub_rows(hub, "Signature") == 2
    with c.active():
        assert Signature.select().count() == 2


def test_hub_witnesses_chain_heads_so_truncation_after_sync_shows(
    tmp_path: Path, hub: HubProcess
) -> None:
    import sqlite3

    from tests.conftest import run_cli

    a, b = stations(tmp_path, hub, "A", "B")
    with a.active():
        event = plain_event(attendees=6)
        attend(event, 3)
        code = event.code
    a.sync()
    b.sync()
    intact = run_cli("verify-log", code, home=a.root)
    assert intact.returncode == 0 and "Saksi hub" in intact.stdout, intact.stderr
    assert "Tidak ada saksi" not in intact.stdout
    # The hub's own data folder verifies every station's chain with the enrolled keys.
    on_hub = run_cli("verify-log", code, "--offline", home=hub.home)
    assert on_hub.returncode == 0 and "utuh" in on_hub.stdout, on_hub.stderr
    assert "tidak dikenal" not in on_hub.stdout
    # Whoever holds A's laptop removes the newest signature and its link.
    con = sqlite3.connect(a.root / "ikrar.sqlite3")
    link_id, record_id = con.execute(
        "SELECT id, record_id FROM evidence_link ORDER BY chain_seq DESC LIMIT 1"
    ).fetchone()
    con.execute("DELETE FROM evidence_link WHERE id = ?", (link_id,))
    con.execute("DELETE FROM signature WHERE id = ?", (record_id,))
    con.commit()
    con.close()
    # Even offline: A kept the head the hub signed (organizer root) when A last pushed.
    offline = run_cli("verify-log", code, "--offline", home=a.root)
    assert offline.returncode == 1 and "dihapus" in offline.stderr, offline.stdout
    caught = run_cli("verify-log", code, home=a.root)
    assert caught.returncode == 1 and "dihapus" in caught.stderr, caught.stdout
    # Another station's copy is a witness too: B still has the whole chain.
    with b.active():
        from desktop_app.models import EvidenceLink

        assert EvidenceLink.select().count() >= 6


NIK = "5301014309860003"


def files_containing(root: Path, needle: bytes) -> list[str]:
    """Every file under ``root`` (database, WAL, logs, backups...) whose bytes hold ``needle``."""
    return [str(p) for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_nik_stays_home(tmp_path: Path, hub: HubProcess) -> None:
    from desktop_app.models import Attendee, AuditLog
    from desktop_app.models.nik_keys import event_key
    from desktop_app.models.personal_data import nik_hash
    from desktop_app.services.people.identity_display import printed_identity
    from desktop_app.sync.bundle import export_bundle
    from tests.factories import add_attendee

    a, b = stations(tmp_path, hub, "A", "B")
    with a.active():
        event = plain_event(attendees=3)
        person = add_attendee(event, "Yohana Bria", "NIKTAMU1", nik=NIK, category="UMUM")
        code, person_id = event.code, person.id
    a.sync()
    b.sync()
    # Both desks edit the guest before syncing again: a conflict, audited with the losing
    # values on both sides.
    with a.active():
        guest = Attendee.get_by_id(person_id)
        guest.institution = "Ditulis meja A"
        guest.save()
    with b.active():
        guest = Attendee.get_by_id(person_id)
        guest.institution = "Ditulis meja B"
        guest.save()
    a.sync()
    b.sync()
    a.sync()
    with a.active() as home:
        conflicts = AuditLog.select().where(AuditLog.action == "sync.conflict").count()
        assert conflicts >= 1  # the losing values were audited (and synced)
        # Plain, to read its rows here (by default it is sealed to the organizer).
        export_bundle(home, code, tmp_path / "acara.ikrar", plain=True)
        assert Attendee.get_by_id(person_id).nik == NIK  # still here, where it was typed
        key = event_key(event.id)
        assert key is not None
    with b.active():
        copy = Attendee.get_by_id(person_id)
        assert copy.nik == "" and copy.nik_hash == nik_hash(key, NIK)
        assert printed_identity(copy, with_nik=True).line().endswith("5301********0003")
        found = Attendee.select().where(Attendee.nik_hash == nik_hash(key, NIK)).count()
        assert found == 1  # exact search across desks by the keyed hash
    needle = NIK.encode()
    assert files_containing(hub.home, needle) == []
    assert files_containing(b.root, needle) == []
    with zipfile.ZipFile(tmp_path / "acara.ikrar") as bundle:
        assert all(needle not in bundle.read(name) for name in bundle.namelist())
        assert b"5301********0003" in bundle.read("rows.jsonl")
    assert files_containing(a.root, needle)  # the check can find it where it is


def test_only_keys_certified_by_the_organizer_root_verify(tmp_path: Path, hub: HubProcess) -> None:
    from desktop_app.models import Certificate, SigningKey
    from desktop_app.sync.bundle import export_bundle, import_bundle
    from tests.conftest import run_cli

    a, c = stations(tmp_path, hub, "A", "C")
    with a.active():
        event = plain_event(attendees=3)
        attend(event, 1)
        certify(event)
        genuine = Certificate.get().token
        assert SigningKey.get().endorsement  # A's key is vouched for by A, certified by root
    a.sync()
    # Laptop X never paired with this organizer's hub: its keys chain to no trusted root.
    x = Station(tmp_path / "x", "Laptop X")
    with x.active() as home:
        event = plain_event(attendees=3)
        attend(event, 1)
        certify(event)
        foreign = Certificate.get().token
        export_bundle(home, event.code, tmp_path / "x.ikrar")
    c.sync()
    with c.active() as home:
        import_bundle(home, tmp_path / "x.ikrar", trust=True)  # the rows are X's own
    refused = run_cli("verify", foreign, home=c.root)
    assert refused.returncode == 1 and "tidak disertifikasi" in refused.stderr, refused.stdout
    accepted = run_cli("verify", genuine, home=c.root)
    assert accepted.returncode == 0, accepted.stderr
    assert "TIDAK SAH" in httpx.get(f"{hub.url}/v/{foreign}", timeout=10).text
    assert "SAH — sertifikat valid" in httpx.get(f"{hub.url}/v/{genuine}", timeout=10).text
    # A laptop that trusts no root yet (hub-less event) keeps verifying its own.
    own = run_cli("verify", foreign, home=x.root)
    assert own.returncode == 0, own.stderr


def test_revoking_a_station_revokes_trust_in_its_certificate_keys(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models import Certificate, local_station
    from tests.conftest import run_cli

    a, c = stations(tmp_path, hub, "A", "C")
    with a.active():
        event = plain_event(attendees=3)
        attend(event, 1)
        certify(event)
        token, a_id = Certificate.get().token, local_station().id
    a.sync()
    c.sync()
    assert run_cli("verify", token, home=c.root).returncode == 0
    revoked = hub.cli("revoke", a_id)
    assert revoked.returncode == 0, revoked.stderr
    assert "TIDAK SAH" in httpx.get(f"{hub.url}/v/{token}", timeout=10).text
    c.sync()
    refused = run_cli("verify", token, home=c.root)
    assert refused.returncode == 1 and "sudah dicabut" in refused.stderr
