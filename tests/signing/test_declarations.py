"""Declaration texts: rendering for a signer, edits in place vs. new versions once signed."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.models import DeclarationText, Signature
from desktop_app.services.common.errors import UserError
from desktop_app.services.signing.declarations import (
    current_text,
    edit_text,
    event_region,
    render_text,
)
from tests.factories import check_in_first, sign


def test_render_fills_signer_and_local_date(demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.models import Attendee

    asn = Attendee.select().where((Attendee.event == demo_event) & (Attendee.nip != "")).first()
    text = current_text(demo_event, "ASN")
    # 23:30 UTC on 26 Sep is already 27 Sep in Kupang (WITA, UTC+8).
    when = dt.datetime(2024, 9, 26, 23, 30, tzinfo=dt.UTC)
    rendered = render_text(text, demo_event, when, attendee=asn)
    assert asn.full_name in rendered
    assert (
        f"{asn.nip[:8]} {asn.nip[8:14]}" in rendered or f"{asn.nip[:8]} {asn.nip[8:12]}" in rendered
    )
    assert "Kupang, 27 September 2024" in rendered
    assert "{" not in rendered
    assert event_region(demo_event) == "Kabupaten Kupang"
    collective = render_text(current_text(demo_event, "KOLEKTIF"), demo_event, when)
    assert "wilayah Kabupaten Kupang" in collective


def test_unsigned_text_is_edited_in_place(demo_event) -> None:  # type: ignore[no-untyped-def]
    before = current_text(demo_event, "UMUM")
    body = before.body.replace("melaporkan", "melaporkan segera")
    after = edit_text(demo_event, "UMUM", before.title, body, operator="uji")
    assert after.id == before.id and after.version == before.version
    assert "melaporkan segera" in DeclarationText.get_by_id(before.id).body


def test_signed_text_is_frozen_and_superseded(demo_event) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.signing.declarations import declaration_key_for

    person = check_in_first(demo_event, 1)[0]
    sig = sign(demo_event, person)
    key = declaration_key_for(person)
    old = current_text(demo_event, key)
    new = edit_text(demo_event, key, old.title, old.body + "\nTambahan kalimat.", operator="uji")
    assert new.version == old.version + 1 and new.id != old.id
    assert DeclarationText.get_by_id(old.id).superseded
    assert DeclarationText.get_by_id(old.id).body == old.body  # old words kept
    assert Signature.get_by_id(sig.id).declaration_text_id == old.id
    assert current_text(demo_event, key).id == new.id
    # Signing with the superseded version is refused.
    from desktop_app.services.signing.signature_evidence import record_signature

    other = check_in_first(demo_event, 2)[1]
    import random

    from desktop_app.services.demo.handwriting import synthetic_signature
    from desktop_app.services.signing.signature_render import render_png

    strokes = synthetic_signature(random.Random(4))
    with pytest.raises(UserError, match="versi baru"):
        record_signature(
            demo_event,
            DeclarationText.get_by_id(old.id),
            strokes,
            render_png(strokes),
            consent=True,
            attendee=other,
        )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("Saya {nama} berjanji {alamat} untuk selalu netral.", "tidak dikenal"),
        ("Saya {nama berjanji untuk selalu netral dan jujur.", "kurung"),
        ("pendek", "terlalu pendek"),
    ],
)
def test_bad_edits_refused_and_nothing_changes(demo_event, body, message) -> None:  # type: ignore[no-untyped-def]
    before = current_text(demo_event, "ASN")
    with pytest.raises(UserError, match=message):
        edit_text(demo_event, "ASN", before.title, body)
    assert current_text(demo_event, "ASN").body == before.body


def test_signing_queue_is_present_and_not_signed(demo_event) -> None:  # type: ignore[no-untyped-def]
    """The queue the Deklarasi page shows, computed off the GUI thread by one service."""
    import random

    from desktop_app.models import Checkin
    from desktop_app.services.demo.handwriting import synthetic_signature
    from desktop_app.services.people.identity_display import attendee_identifier
    from desktop_app.services.registration.checkin import undo_checkin
    from desktop_app.services.signing.declarations import declaration_officials
    from desktop_app.services.signing.document_signing import SIGNED_DOCUMENTS, officials_for
    from desktop_app.services.signing.signature_evidence import record_signature
    from desktop_app.services.signing.signature_render import render_png
    from desktop_app.services.signing.signing_queue import (
        OfficialStatus,
        SigningQueue,
        signing_queue,
    )

    people = check_in_first(demo_event, 5)
    sign(demo_event, people[0])
    voided = Checkin.get(Checkin.attendee == people[4])
    undo_checkin(voided, "uji", "salah pilih")
    queue = signing_queue(demo_event.id)
    assert [a.attendee_id for a in queue.attendees] == [p.id for p in people[1:4]]
    line = queue.attendees[0]
    assert line.full_name == people[1].full_name and line.declaration_key in {
        "ASN",
        "DESA",
        "TNI_POLRI",
        "UMUM",
    }
    assert line.identifier == attendee_identifier(people[1])  # NIP or NRP, never NIK
    surname = people[2].full_name.split(",")[0].split()[-1]
    assert people[2].id in {a.attendee_id for a in queue.filtered(surname.upper())}
    assert queue.filtered("") == list(queue.attendees)
    officials = declaration_officials(demo_event)

    def collective(q: SigningQueue) -> list[OfficialStatus]:
        return [o for o in q.officials if o.document == "KOLEKTIF"]

    assert [o.official_id for o in collective(queue)] == [o.id for o in officials]
    # Then each document an official is ticked for, each its own act (document_signing).
    documents = [(o.official_id, o.document) for o in queue.officials if o.document != "KOLEKTIF"]
    assert documents == [
        (o.id, document)
        for document in SIGNED_DOCUMENTS
        for o in officials_for(demo_event, document)
    ]
    assert documents  # the demo's Ketua signs the daftar hadir and the certificates
    assert not any(o.signed for o in queue.officials)
    strokes = synthetic_signature(random.Random(3))
    record_signature(
        demo_event,
        current_text(demo_event, "KOLEKTIF"),
        strokes,
        render_png(strokes),
        consent=True,
        official=officials[0],
    )
    after = signing_queue(demo_event.id)
    assert [o.signed for o in collective(after)] == [True] + [False] * (len(officials) - 1)
    # Signing the collective text signs no document.
    assert not any(o.signed for o in after.officials if o.document != "KOLEKTIF")
