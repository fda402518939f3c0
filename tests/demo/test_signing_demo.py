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
