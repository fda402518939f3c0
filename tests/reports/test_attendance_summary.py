"""Dashboard numbers agree with the records: present, signed, issued and printed certificates."""

from __future__ import annotations

from desktop_app.models import Certificate
from desktop_app.services.certificates.issuing import record_prints, revoke
from desktop_app.services.events.event_counts import event_counts
from desktop_app.services.reports.attendance_summary import attendance_summary


def test_issued_and_printed_certificates_are_counted_apart(home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=40, seed=3)
    certificates = list(
        Certificate.select().where(Certificate.event == event).order_by(Certificate.seq)
    )
    assert len(certificates) > 10
    summary = attendance_summary(event)
    counts = event_counts(event)
    assert (summary.total.present, summary.total.signed) == (counts.present, counts.signed)
    assert summary.total.certificates == len(certificates) and summary.total.printed == 0

    record_prints(certificates[:3])
    record_prints(certificates[:1])  # a reprint is still one printed certificate
    revoke(certificates[2].number, reason="salah nama")
    summary = attendance_summary(event)
    assert summary.total.printed == 2
    assert summary.total.certificates == len(certificates) - 1
    assert sum(row.printed for row in summary.by_category) == 2
