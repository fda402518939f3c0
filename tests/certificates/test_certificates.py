"""Certificate services: keys, tokens, numbering across stations, issue, revoke, reprint."""

from __future__ import annotations

import base64
import datetime as dt
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.models import (
    Attendee,
    Certificate,
    Checkin,
    CheckinVoid,
    PrintRecord,
    SigningKey,
    Station,
    close_db,
    init_db,
)
from desktop_app.services.certificates import issuing as C
from desktop_app.services.certificates.signing_keys import (
    active_key,
    export_keys,
    import_keys,
    key_id_bytes,
    known_public_keys,
    public_raw,
    rotate_key,
)
from desktop_app.services.certificates.token import (
    Claims,
    decode_token,
    extract_token,
    sign_token,
    token_url,
    verify_token,
)
from desktop_app.services.certificates.verification import view_token
from desktop_app.services.common.errors import UserError
from tests.factories import attend, certify


@pytest.fixture
def issued(cert_event):  # type: ignore[no-untyped-def]
    attend(cert_event, 12)
    return cert_event, certify(cert_event)


def test_issue_is_idempotent_and_only_for_eligible(cert_event) -> None:  # type: ignore[no-untyped-def]
    signed = attend(cert_event, 5, signed=True)
    unsigned = attend(cert_event, 8, signed=False)[5:]  # present, did not sign
    first = C.issue_missing(cert_event)
    assert {c.attendee_id for c in first} == {a.id for a in signed}
    assert C.issue_missing(cert_event) == []
    with pytest.raises(UserError, match="belum hadir"):
        C.issue_certificate(cert_event, unsigned[0])
    cert_event.require_signature_for_certificate = False
    cert_event.save()
    second = C.issue_missing(cert_event)
    assert {c.attendee_id for c in second} == {a.id for a in unsigned}


def test_voided_checkin_is_not_eligible(cert_event) -> None:  # type: ignore[no-untyped-def]
    person = attend(cert_event, 1)[0]
    CheckinVoid.create(checkin=Checkin.get(Checkin.attendee == person), reason="salah orang")
    assert C.issue_missing(cert_event) == []


def test_token_is_compact_alphanumeric_and_has_no_identifiers(issued) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    for cert in certs:
        raw = base64.b32decode(cert.token + "=" * (-len(cert.token) % 8))
        assert 100 <= len(raw) <= 190
        url = token_url(cert.token, event.verify_base_url)
        assert url.startswith("HTTPS://VERIFIKASI.IKRAR.ID/V/")
        assert len(url) <= 311  # QR version 10 at level M, alphanumeric
        attendee = Attendee.get_by_id(cert.attendee_id)
        for secret in (attendee.nik, attendee.nip, attendee.phone, attendee.nrp):
            if secret:
                assert secret.encode() not in raw
        claims, _, _ = decode_token(url.lower())
        assert claims.holder == attendee.full_name
        assert claims.number == cert.number
        assert claims.date == dt.date(2024, 9, 27)


def test_valid_token_and_rejections(issued) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    token = certs[0].token
    ok = verify_token(token_url(token, event.verify_base_url).lower())
    assert ok.ok and ok.code == "valid"
    assert ok.message.startswith("Tanda tangan sah; daftar pencabutan per ")
    assert ok.claims["event_code"] == event.code
    # One changed character anywhere (the last one too, whose low bits are padding):
    # never accepted.
    for pos in [*range(0, len(token), 7), len(token) - 1]:
        swapped = "B" if token[pos] != "B" else "C"
        result = verify_token(token[:pos] + swapped + token[pos + 1 :])
        assert not result.ok
        assert result.code in {"bad_signature", "malformed", "unknown_key"}
    for other in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567":
        if other != token[-1]:
            assert not verify_token(token[:-1] + other).ok
    middle = len(token) // 2
    tampered = token[:middle] + ("Q" if token[middle] != "Q" else "R") + token[middle + 1 :]
    assert verify_token(tampered).code == "bad_signature"
    for junk in ("", "HELLO", "HTTPS://VERIFIKASI.IKRAR.ID/V/1189", token[:40]):
        assert verify_token(junk).code == "malformed"


def test_other_organizer_key_and_forgery(issued) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    stranger = Ed25519PrivateKey.generate()
    raw_id = key_id_bytes(public_raw(stranger.public_key()))
    claims = Claims("999/SERT/X/IX/2024", event.code, "Penyusup", "PESERTA", dt.date(2024, 9, 27))
    assert verify_token(sign_token(claims, stranger, raw_id)).code == "unknown_key"
    # Claiming our key id but signed with another key.
    own_id = key_id_bytes(bytes(SigningKey.get().public_key))
    assert verify_token(sign_token(claims, stranger, own_id)).code == "bad_signature"
    # Explicit key map and revocation callback (no database needed).
    result = verify_token(certs[1].token, keys={}, revoked=lambda n: False)
    assert result.code == "unknown_key"
    result = verify_token(certs[1].token, keys=known_public_keys(), revoked=lambda n: True)
    assert result.code == "revoked"


def test_revocation_and_reissue_never_reuse_numbers(issued) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    with pytest.raises(UserError):
        C.revoke(certs[0].number, "  ")
    C.revoke(certs[0].number, "nama salah ketik", operator="tester")
    result = verify_token(certs[0].token)
    assert result.code == "revoked" and "nama salah ketik" in result.message
    with pytest.raises(UserError, match="sudah dicabut"):
        C.revoke(certs[0].number, "lagi")
    replacement = C.reissue(certs[0].number)
    assert replacement.number not in {c.number for c in certs}
    assert replacement.seq == max(c.seq for c in certs) + 1
    assert verify_token(replacement.token).ok
    assert C.issue_missing(event) == []  # revoked holder is not silently re-issued


def test_reprint_keeps_number_and_is_logged(issued) -> None:  # type: ignore[no-untyped-def]
    _, certs = issued
    first = C.record_prints(certs[:3], operator="desk")
    assert [r.reprint for r in first] == [False] * 3
    again = C.record_prints(certs[:1], operator="desk", copies=2)
    assert again[0].reprint and again[0].copies == 2
    assert Certificate.get_by_id(certs[0].id).number == certs[0].number
    assert PrintRecord.select().where(PrintRecord.certificate == certs[0]).count() == 2


def test_key_rotation_export_import(issued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    old = active_key(event.organizer)
    new = rotate_key(event.organizer)
    assert new.key_id != old.key_id
    assert verify_token(certs[0].token).ok  # old tokens still verify
    attend(event, 14)
    fresh = C.issue_missing(event)
    assert fresh and all(c.key_id == new.key_id for c in fresh)
    exported = export_keys("json")
    pem = export_keys("pem")
    assert pem.count("BEGIN PUBLIC KEY") == 2
    key_files = sorted(
        p.name
        for p in (Path(tmp_path) / "home" / "keys").glob("*.pem")
        if p.name != "station_ed25519.pem"  # the station's own key (evidence, sync)
    )
    assert key_files == sorted([f"{old.key_id}.pem", f"{new.key_id}.pem"])
    mode = (Path(tmp_path) / "home" / "keys" / key_files[0]).stat().st_mode & 0o777
    assert mode == 0o600
    close_db()
    other = tmp_path / "other.sqlite3"
    init_db(other)
    try:
        assert verify_token(certs[0].token).code == "unknown_key"
        imported = import_keys(exported)
        assert {k.key_id for k in imported} == {old.key_id, new.key_id}
        assert verify_token(certs[0].token).ok
        assert all(not k.new for k in import_keys(pem, organizer="X"))
        with pytest.raises(UserError):
            import_keys("not a key")
    finally:
        close_db()


def _as_other_laptop(path: Path, name: str, code: str) -> None:
    """Turn a copied database file into another laptop's: its own station id and name."""
    import sqlite3
    import uuid

    con = sqlite3.connect(path)
    con.execute(
        "UPDATE station SET id = ?, name = ?, code = ? WHERE is_local = 1",
        (str(uuid.uuid4()), name, code),
    )
    con.commit()
    con.close()


def test_numbering_conflict_free_across_offline_stations(cert_event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.certificates import numbering

    attend(cert_event, 40)
    # At set-up the organizer's laptop (which created the event) gives "Meja B" a block.
    block = numbering.allocate_block(cert_event, "Meja B", size=50)
    assert (block.first_seq, block.last_seq) == (1, 50)
    db_path = Path(Station._meta.database.database)
    close_db()
    laptops = {"A": db_path, "B": tmp_path / "b.sqlite3", "C": tmp_path / "c.sqlite3"}
    shutil.copyfile(db_path, laptops["B"])
    shutil.copyfile(db_path, laptops["C"])
    _as_other_laptop(laptops["B"], "Meja B", "B7K2")
    _as_other_laptop(laptops["C"], "Meja C", "C9Q4")  # never got a block
    numbers: dict[str, list[str]] = {}
    for name, path in laptops.items():  # all three issue offline, none sees the others
        init_db(path)
        event = type(cert_event).get_by_id(cert_event.id)
        numbers[name] = [c.number for c in C.issue_missing(event)]
        close_db()
    init_db(db_path)
    a, b, c = numbers["A"], numbers["B"], numbers["C"]
    assert len(a) == len(b) == len(c) == 40
    assert len(set(a) | set(b) | set(c)) == 120  # no number printed twice
    # A and B drew from blocks of one allocator: plain numbers, no station prefix.
    assert b[0] == "001/SERT/BAWASLU-KPG/IX/2024" and b[-1] == "040/SERT/BAWASLU-KPG/IX/2024"
    assert a[0] == "051/SERT/BAWASLU-KPG/IX/2024"  # its own first block starts after B's
    # C had no block and is not the allocator: its numbers carry its station code.
    assert all(n.startswith("C9Q4.") for n in c) and c[0] == "C9Q4.001/SERT/BAWASLU-KPG/IX/2024"


def test_a_station_alone_numbers_plainly_and_takes_its_next_block(cert_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import CertificateNumberBlock
    from desktop_app.services.certificates import numbering

    assert numbering.preview_next(cert_event).number == "001/SERT/BAWASLU-KPG/IX/2024"
    attend(cert_event, 40)
    original = numbering.BLOCK_SIZE
    numbering.BLOCK_SIZE = 15  # small blocks: 40 certificates need three
    try:
        certs = C.issue_missing(cert_event)
    finally:
        numbering.BLOCK_SIZE = original
    assert [c.number.split("/")[0] for c in certs] == [f"{i:03d}" for i in range(1, 41)]
    blocks = [(b.first_seq, b.last_seq) for b in numbering.all_blocks(cert_event)]
    assert blocks == [(1, 15), (16, 30), (31, 45)]
    assert numbering.preview_next(cert_event).number == "041/SERT/BAWASLU-KPG/IX/2024"
    with pytest.raises(PermissionError):  # blocks are evidence of who may print what
        block = CertificateNumberBlock.select().first()
        block.last_seq = 99
        block.save()


def test_number_format_errors_are_clear(cert_event) -> None:  # type: ignore[no-untyped-def]
    cert_event.certificate_number_format = "{nope}"
    cert_event.save()
    attend(cert_event, 3)
    with pytest.raises(UserError, match="Format nomor"):
        C.issue_missing(cert_event)
    from desktop_app.services.certificates import numbering

    with pytest.raises(UserError, match="Nama stasiun"):
        numbering.allocate_block(cert_event, "  ")
    with pytest.raises(UserError, match="Ukuran blok"):
        numbering.allocate_block(cert_event, "Meja 2", size=0)


def test_extract_token_accepts_any_case() -> None:
    assert extract_token("  https://verifikasi.ikrar.id/v/abc234 \n") == "ABC234"
    assert extract_token("abc234") == "ABC234"


def test_very_long_name_is_shortened_in_token_but_shown_in_full(cert_event) -> None:  # type: ignore[no-untyped-def]
    person = attend(cert_event, 1)[0]
    person.full_name = (
        "Prof. Dr. Drs. H. Muhammad Yohanes Fransiskus Bernardus Nggadas-Tanesib, "
        "S.H., S.Sos., M.Si., M.M., M.Pd."
    )
    person.save()
    cert = C.issue_missing(cert_event)[0]
    url = token_url(cert.token, cert_event.verify_base_url)
    assert len(url) <= 311
    result = verify_token(url)
    assert result.ok and result.claims["holder"].endswith("…")
    assert person.full_name.startswith(result.claims["holder"][:-1])
    view = view_token(url)  # what the CLI, the Verifikasi page and the hub show
    assert view.ok and view.holder == person.full_name and view.number == cert.number


def test_demo_activity_issues_for_eligible_only(cert_event) -> None:  # type: ignore[no-untyped-def]
    import random

    from desktop_app.services.demo.certificates import issue_demo_certificates
    from desktop_app.services.demo.demo_event import demo_activity

    assert demo_activity()[-1] is issue_demo_certificates  # runs after check-ins/signatures
    issue_demo_certificates(cert_event, random.Random(1))
    assert Certificate.select().count() == 0  # nobody present yet: nothing, no key made
    assert SigningKey.select().count() == 0
    attend(cert_event, 4)
    issue_demo_certificates(cert_event, random.Random(1))
    assert Certificate.select().count() == 4


def test_two_events_of_one_organizer_in_one_month_never_share_a_number(home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import Certificate
    from desktop_app.services.demo.demo_event import create_demo_event

    first = create_demo_event(attendees=20, seed=1)
    second = create_demo_event(attendees=20, seed=2)  # same organizer, same date
    numbers = [c.number for c in Certificate.select()]
    assert Certificate.select().where(Certificate.event == first).count() > 5
    assert Certificate.select().where(Certificate.event == second).count() > 5
    assert len(numbers) == len(set(numbers))


def test_number_format_validation_is_the_rendering_rule(cert_event) -> None:  # type: ignore[no-untyped-def]
    """Every placeholder numbering offers passes the event form's check, and the check
    refuses exactly what rendering refuses."""
    import datetime as dt

    from desktop_app.services.events.certificate_number_format import PLACEHOLDERS, validate_format
    from desktop_app.services.events.event_store import EventInput

    offered = "-".join(PLACEHOLDERS.split(", "))
    assert "{event}" in offered
    validate_format(offered)
    data = EventInput(
        title="Deklarasi",
        organizer="Bawaslu Kota Kupang",
        starts_local=dt.datetime(2024, 9, 27, 8),
        ends_local=dt.datetime(2024, 9, 27, 12),
        certificate_number_format=offered,
    )
    data.validate()
    for bad in ("{nope}", "{seq:xyz}", "{", "x" * 90):
        with pytest.raises(UserError, match="(?i)format|nomor"):
            validate_format(bad)
        data.certificate_number_format = bad
        with pytest.raises(UserError):
            data.validate()


def test_issue_and_render_use_case(cert_event, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The one issue-then-render workflow (CLI and Sertifikat page): bad requests are refused
    before any number is issued; chosen attendees only; the render step reads plain ids."""
    import subprocess

    from desktop_app.documents.certificates.issue_and_render import (
        issue_and_render,
        issue_for_rendering,
        render_issued,
    )

    with pytest.raises(UserError, match="Belum ada peserta yang berhak"):
        issue_for_rendering(cert_event, "test")
    people = attend(cert_event, 4)
    with pytest.raises(UserError, match="Templat 'tidak-ada' tidak ada"):
        issue_and_render(cert_event, tmp_path / "x.pdf", operator="t", template="tidak-ada")
    a_file = tmp_path / "a-file.pdf"
    a_file.write_bytes(b"x")
    with pytest.raises(UserError, match="bukan folder"):
        issue_and_render(cert_event, a_file, operator="t", per_attendee=True)
    assert Certificate.select().count() == 0  # nothing issued by refused requests

    chosen = [people[1].id, people[3].id]
    issued = issue_for_rendering(cert_event, "meja-1", chosen)
    assert issued.new_count == 2 and len(issued.certificate_ids) == 2
    assert Certificate.select().count() == 2
    batch = render_issued(issued, tmp_path / "two.pdf", home_root=home)
    assert batch.count == 2 and not batch.cancelled
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "two.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert people[1].full_name.split(",")[0] in text and people[0].full_name not in text

    run = issue_and_render(cert_event, tmp_path / "each", operator="cli", per_attendee=True)
    assert run.new_count == 2 and run.batch.count == 4  # the two earlier ones keep numbers
    assert len(list((tmp_path / "each").glob("*.pdf"))) == 4


def test_verification_view_shows_claims_only_when_signed(issued, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """One view for CLI, page and hub: fields for valid and revoked codes, none for forged
    ones; a file without a QR code is a ``file`` view, not an exception."""
    from PIL import Image

    from desktop_app.services.certificates.token import VerificationCode
    from desktop_app.services.certificates.verification import view_file, view_input

    event, certs = issued
    cert = certs[0]
    good = view_token(token_url(cert.token, event.verify_base_url).lower())
    assert good.ok and good.code is VerificationCode.VALID and good.shows_claims
    assert (good.number, good.holder, good.event_code) == (
        cert.number,
        cert.holder_name,
        event.code,
    )
    assert good.event_label == f"{event.title} ({event.code})" and good.role_label == "Peserta"
    assert good.date_label.endswith("2024") and good.key_id == cert.key_id
    middle = len(cert.token) // 2
    forged = (
        cert.token[:middle] + ("Q" if cert.token[middle] != "Q" else "R") + cert.token[middle + 1 :]
    )
    bad = view_token(forged)
    assert not bad.ok and not bad.shows_claims and bad.holder == "" and bad.number == ""
    assert view_token("XYZ").code is VerificationCode.MALFORMED
    C.revoke(cert.number, "nama salah", "test")
    revoked = view_input(cert.token)[0]
    assert not revoked.ok and revoked.code is VerificationCode.REVOKED
    assert revoked.holder == cert.holder_name and "nama salah" in revoked.message
    blank = tmp_path / "blank.png"
    Image.new("L", (200, 200), 255).save(blank)
    empty = view_file(blank)
    assert empty.code is VerificationCode.FILE and "Tidak ada kode QR" in empty.message
    with pytest.raises(UserError, match="Tidak ada kode QR"):
        view_input(str(blank))


def test_two_events_may_print_the_same_plain_number(cert_event) -> None:  # type: ignore[no-untyped-def]
    """Plain numbers repeat across events (two organizers, or one in two months): they are
    unique per event, and a number shared by two events needs the event to be named."""
    import random

    from desktop_app.models import stamp_and_log_many
    from desktop_app.services.certificates.revocations import revocation_reason
    from desktop_app.services.demo.demo_event import demo_event_input, generate_attendees
    from desktop_app.services.events.event_store import create_event

    attend(cert_event, 2)
    first = C.issue_missing(cert_event)
    other = create_event(demo_event_input())
    stamp_and_log_many(Attendee, generate_attendees(other, 3, random.Random(5)))
    # Another station numbered it (same organizer code, same month): insert its row as a
    # sync would, with the same plain number.
    attend(other, 1)
    theirs = C.issue_missing(other)[0]
    Certificate.update(number=first[0].number).where(Certificate.id == theirs.id).execute()
    with pytest.raises(UserError, match="beberapa acara"):
        C.revoke(first[0].number, "salah ketik")
    revoked = C.revoke(first[0].number, "salah ketik", event_code=other.code)
    assert revoked.certificate.id == theirs.id
    assert revocation_reason(first[0].number, cert_event.code) is None
    assert "salah ketik" in str(revocation_reason(first[0].number, other.code) or "")
