"""The NIK sealed to the organizer (models/nik_sealing.py): bound to its row, opened only
with the root, written on every save once the key is known, and never clear in an audit
copy or a received row. Real SQLite data folders; the organizer root made as
``ikrar root init`` makes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.models.nik_sealing import NikOpener, Refusal, SealedNikError, seal_nik

NIK = "5301045409860003"
EVENT, OTHER_EVENT = "e0000000-0000-4000-8000-000000000001", "e0000000-0000-4000-8000-0000000002"
ROW, OTHER_ROW = "a0000000-0000-4000-8000-000000000001", "a0000000-0000-4000-8000-0000000002"


def key_pair() -> tuple[X25519PrivateKey, bytes]:
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return private, public


def refusal(opener: NikOpener, sealed: str, event: str = EVENT, row: str = ROW) -> Refusal:
    with pytest.raises(SealedNikError) as caught:
        opener.open(sealed, event, row)
    return caught.value.reason


def test_a_sealed_nik_opens_only_for_its_own_row_with_the_organizer_key() -> None:
    private, public = key_pair()
    sealed = seal_nik(public, EVENT, ROW, NIK)
    opener = NikOpener({public: private})
    assert opener.open(sealed, EVENT, ROW) == NIK
    assert NIK not in sealed and sealed.startswith("n1.") and len(sealed) < 130
    assert seal_nik(public, EVENT, ROW, NIK) != sealed  # a fresh nonce every time
    # Moved to another attendee, or to the same attendee id in another event: refused.
    assert refusal(opener, sealed, row=OTHER_ROW) is Refusal.NOT_THIS_ROW
    assert refusal(opener, sealed, event=OTHER_EVENT) is Refusal.NOT_THIS_ROW
    # Any changed character of the ciphertext (not the last one: base64 without padding may
    # leave its low bits unused, so another last character can decode to the same bytes).
    middle = len(sealed) - 10
    altered = sealed[:middle] + ("A" if sealed[middle] != "A" else "B") + sealed[middle + 1 :]
    assert refusal(opener, altered) is Refusal.NOT_THIS_ROW
    # Another organizer's key cannot open it, and says so.
    stranger_private, stranger_public = key_pair()
    assert refusal(NikOpener({stranger_public: stranger_private}), sealed) is Refusal.OTHER_KEY
    for damaged in ("", "5301045409860003", "n2" + sealed[2:], sealed + "." + sealed, "n1.x"):
        assert refusal(opener, damaged) in (Refusal.DAMAGED, Refusal.OTHER_KEY)
    kid = sealed.split(".")[1]
    assert refusal(opener, f"n1.{kid}.AAAA") is Refusal.DAMAGED
    assert refusal(opener, f"n1.{kid}.{'A' * 300}") is Refusal.DAMAGED


def organizer_keys(home: Path) -> NikOpener:
    from desktop_app.paths import DataDir
    from desktop_app.services.certificates.organizer_encryption import root_encryption_keys

    return NikOpener(root_encryption_keys([DataDir(home).keys]))


def test_nik_typed_before_the_key_is_known_is_sealed_when_it_becomes_known(home: Path) -> None:
    from desktop_app.models import Attendee, Change
    from desktop_app.paths import DataDir
    from desktop_app.services.certificates.station_certification import init_root
    from tests.factories import add_attendee, plain_event

    event = plain_event(attendees=0)
    person = add_attendee(event, "Agustina Seran", "NIKTAMU1", nik=NIK)
    assert Attendee.get_by_id(person.id).nik_sealed == ""  # no organizer key yet
    outbox = Change.select().where(Change.row_id == person.id).count()
    init_root(DataDir(home).keys)  # `ikrar root init`: this laptop holds the root
    row = Attendee.get_by_id(person.id)
    assert organizer_keys(home).open(row.nik_sealed, event.id, row.id) == NIK
    assert Change.select().where(Change.row_id == person.id).count() == outbox + 1
    sent = json.loads(Change.select().order_by(Change.seq.desc()).first().payload)
    assert sent["nik"] == "" and sent["nik_sealed"] == row.nik_sealed and sent["hlc"] == row.hlc

    # From now on every write seals: a corrected NIK travels sealed too.
    row.nik = "5301045409860011"
    row.save()
    assert organizer_keys(home).open(row.nik_sealed, event.id, row.id) == "5301045409860011"
    # A row typed at another desk (no clear NIK here) keeps the value that came with it.
    other = add_attendee(event, "Yosef Tefa", "NIKTAMU2", nik_sealed=row.nik_sealed)
    other.institution = "Diubah di meja ini"
    other.save()
    assert Attendee.get_by_id(other.id).nik_sealed == row.nik_sealed


def test_conflict_copies_and_received_rows_never_hold_a_clear_nik(home: Path) -> None:
    from desktop_app.models import Attendee, AuditLog
    from desktop_app.models.base import row_payload
    from desktop_app.sync.apply import apply_rows
    from desktop_app.sync.authorship import authorize_rows
    from tests.factories import add_attendee, plain_event

    event = plain_event(attendees=0)
    person = add_attendee(event, "Agustina Seran", "NIKTAMU1", nik=NIK)
    # An older version from elsewhere that carries a clear NIK (an old or hostile station)
    # and differs from ours: the losing copy is audited, without the NIK.
    older = row_payload(person) | {
        "hlc": "0000000000001-0000-other",
        "institution": "Versi lama",
        "nik": NIK,
    }
    result = apply_rows([("attendee", older)], pending_after_seq=0)
    assert result.conflicts == 1
    audit = AuditLog.get(AuditLog.action == "sync.conflict")
    assert NIK not in audit.details
    assert json.loads(audit.details)["losing_values"]["nik"] == ""
    assert Attendee.get_by_id(person.id).nik == NIK  # ours stays home
    # Such a row is not accepted for storing or relaying at all.
    _, refused = authorize_rows([("attendee", older)], lambda _s: None, fallback_writer="st")
    assert [r.reason for r in refused] == [
        "attendee row carries personal data that never leaves its station"
    ]
