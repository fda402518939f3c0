"""The demo event is realistic: valid identifiers, titles, mixed categories, WITA times."""

from __future__ import annotations

from collections import Counter

from desktop_app.models import Attendee, DeclarationText, Official
from desktop_app.models.categories import Category
from desktop_app.services.common.localtime import format_datetime
from desktop_app.services.people.identifiers import validate_identifier, validate_nik


def test_demo_attendees_have_valid_identifiers_for_their_category(home) -> None:
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=300, seed=11, activity=False)  # identifiers only
    attendees = list(Attendee.select().where(Attendee.event == event))
    assert len(attendees) == 300
    categories = Counter(a.category for a in attendees)
    assert len(categories) >= 6, categories
    for attendee in attendees:
        kind = Category(attendee.category).identifier_kind
        if kind == "NIP" or kind == "NIPPPK":
            result = validate_identifier("NIP", attendee.nip)
            assert result.ok, (attendee.full_name, attendee.nip, result.message)
            assert result.kind == kind
        elif kind == "NRP":
            assert validate_identifier("NRP", attendee.nrp).ok, attendee.nrp
        if attendee.nik:
            assert validate_nik(attendee.nik).ok, attendee.nik
        assert attendee.sort_name and attendee.sort_name == attendee.sort_name.lower()
    assert any("," in a.full_name for a in attendees), "some names carry degree titles"
    assert len({a.code for a in attendees}) == 300


def test_demo_event_details(home) -> None:
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=0)
    assert format_datetime(event.starts_at, event.timezone) == "27 September 2024 08.00 WITA"
    keys = {t.key for t in DeclarationText.select().where(DeclarationText.event == event)}
    # The texts officials sign for the daftar hadir and certificates join on first use.
    assert keys == {"ASN", "DESA", "TNI_POLRI", "UMUM", "KOLEKTIF", "DAFTAR_HADIR", "SERTIFIKAT"}
    assert Official.select().where(Official.event == event).count() == 2
