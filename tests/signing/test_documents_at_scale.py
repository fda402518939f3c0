"""The page rules hold for whole events: 300 and 1,000 attendees with the demo's activity
and the edge cases, every document generated and read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.models import Attendee, Certificate
from tests.document_cases import add_edge_people
from tests.pdf_layout import assert_fonts_embedded, pages

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("size", [300, 1000])
def test_every_document_keeps_its_rules(home: Path, size: int) -> None:
    from desktop_app.documents.certificates.certificate_batch import generate
    from desktop_app.documents.registration.invitations_pdf import write_invitations
    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf
    from desktop_app.documents.signing.statements_pdf import write_statements_pdf
    from desktop_app.services.certificates.issuing import active_certificates, issue_missing
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=size, seed=size)
    add_edge_people(event)
    # Statements: exactly one page each.
    statements = home / "sp.pdf"
    count = write_statements_pdf(event, statements)
    read = pages(statements)
    assert len(read) == count > 0.6 * size
    assert all(p.has("Halaman 1 dari 1") and p.has("Yang membuat pernyataan,") for p in read)
    # Daftar hadir: columns on every page, rows on the last one, with the sign-off.
    attendance = home / "dh.pdf"
    total = write_attendance_pdf(event, attendance)
    dh = pages(attendance)
    assert len(dh) == total
    for page in dh:
        assert page.has("No Nama NIP/NRP Jabatan Instansi/Unit Kerja Tanda Tangan")
    last = dh[-1]
    rows = [w for w in last.words if w.text.endswith(".") and w.text[:-1].isdigit()]
    assert rows and last.find("Mengetahui,")[0].top > rows[0].top
    # Badges: every name whole.
    badges = home / "badges.pdf"
    people = list(Attendee.select().where(Attendee.event == event))
    write_invitations(event, badges, people, "badge")
    text = " ".join(p.text for p in pages(badges))
    assert "…" not in text
    for person in people:
        for part in person.full_name.replace(",", " ").split():
            assert part in text, person.full_name
    # Certificates: plain numbers, all different.
    issue_missing(event)
    certs = active_certificates(event)
    numbers = [c.number for c in Certificate.select()]
    assert len(set(numbers)) == len(numbers)
    assert all(n.split("/")[0].isdigit() for n in numbers)
    out = home / "sertifikat.pdf"
    generate(event, certs, out)
    assert len(pages(out)) == len(certs)
    for path in (statements, attendance, badges, out):
        assert_fonts_embedded(path)
