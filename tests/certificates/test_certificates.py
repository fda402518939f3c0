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
    key_files = sorted(p.name for p in (Path(tmp_path) / "home" / "keys").glob("*.pem"))
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


def test_numbering_conflict_free_across_offline_stations(cert_event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    attend(cert_event, 30)
    db_path = Path(Station._meta.database.database)
    close_db()
    second = tmp_path / "station-b.sqlite3"
    shutil.copyfile(db_path, second)
    numbers: dict[str, list[str]] = {}
    for name, path in (("A", db_path), ("B", second)):
        init_db(path)
        if name == "B":  # the copied file is another laptop: give it its own station
            Station.update(code="B7K2").where(Station.is_local == True).execute()  # noqa: E712
        event = type(cert_event).get_by_id(cert_event.id)
        issued = C.issue_missing(event)
        numbers[name] = [c.number for c in issued]
        close_db()
    init_db(db_path)
    a, b = numbers["A"], numbers["B"]
    assert len(a) == len(b) == 30
    assert len(set(a) | set(b)) == 60  # no collision although both issued all 30 offline
    assert all(n.startswith("B7K2.") for n in b)
    assert b[0] == "B7K2.001/SERT/BAWASLU-KPG/IX/2024"  # roman month and year of the event


def test_format_without_station_gets_prefix(cert_event) -> None:  # type: ignore[no-untyped-def]
    cert_event.certificate_number_format = "{seq:03d}/SERT/{org}/{month_roman}/{year}"
    cert_event.save()
    attend(cert_event, 2)
    certs = C.issue_missing(cert_event)
    station = Station.get(Station.is_local == True).code  # noqa: E712
    assert certs[0].number == f"{station}.001/SERT/BAWASLU-KPG/IX/2024"
    cert_event.certificate_number_format = "{nope}"
    cert_event.save()
    attend(cert_event, 3)
    with pytest.raises(UserError, match="Format nomor"):
        C.issue_missing(cert_event)


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
