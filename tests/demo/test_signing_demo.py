"""Demo signatures: most present attendees sign after they arrive; officials sign the text."""

from __future__ import annotations

from desktop_app.models import Checkin, Signature
from desktop_app.services.demo import demo_event as demo
from desktop_app.services.signing.signature_evidence import verify_chain


def test_demo_signs_present_attendees_after_they_arrive(home) -> None:  # type: ignore[no-untyped-def]
    event = demo.create_demo_event(attendees=30, seed=3)
    present = Checkin.select(Checkin.attendee).distinct().count()
    signed = Signature.select().where(Signature.attendee.is_null(False))
    assert present > 15
    assert 0.75 * present <= signed.count() <= present
    for sig in signed:
        checkin = Checkin.get(Checkin.attendee == sig.attendee)
        assert sig.signed_at > checkin.checked_in_at  # signed after arriving
        assert "2024" in sig.text_signed and sig.operator == "demo"
    officials = list(Signature.select().where(Signature.official.is_null(False)))
    by_text = sorted(s.declaration_text.key for s in officials)
    # Both officials sign the collective text; the Ketua alone signs the daftar hadir and
    # the certificates, each as its own act.
    assert by_text == ["DAFTAR_HADIR", "KOLEKTIF", "KOLEKTIF", "SERTIFIKAT"]
    assert verify_chain(event).ok


def test_both_demo_desks_sign_their_evidence_in_chains_of_their_own(home) -> None:  # type: ignore[no-untyped-def]
    # Meja 2's check-ins pretend to have arrived by sync: signed in Meja 2's own chain with a
    # key this station knows, so verify-log on the demo reports no unsigned record.
    from desktop_app.models import EvidenceLink, local_station
    from desktop_app.services.signing.evidence_chain import verify_links

    event = demo.create_demo_event(attendees=40, seed=5)
    report = verify_links(event)
    assert not report.problems and report.unsigned == 0 and report.unsigned_texts == 0
    desks = {row.station_id for row in Checkin.select(Checkin.station_id)}
    chains = {row.station_id for row in EvidenceLink.select(EvidenceLink.station_id)}
    assert len(desks) == 2 and desks <= chains
    assert report.checked == EvidenceLink.select().count()
    # Meja 2's links are not this station's to push.
    from desktop_app.models import Change

    theirs = [
        r.id for r in EvidenceLink.select().where(EvidenceLink.station_id != local_station().id)
    ]
    assert theirs and not Change.select().where(Change.row_id.in_(theirs)).exists()
