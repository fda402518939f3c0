"""Check-in: search, first vs repeat, undo, scanned codes, walk-ins, invitations, demo data."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from desktop_app.models import Attendee, AuditLog, Checkin, CheckinVoid, Event, Station
from desktop_app.services.common.errors import UserError
from desktop_app.services.common.localtime import to_local
from desktop_app.services.events.event_counts import event_counts
from desktop_app.services.registration import attendee_search
from desktop_app.services.registration.attendee_search import query_tokens, search_attendees
from desktop_app.services.registration.checkin import (
    Outcome,
    ScanStatus,
    check_in,
    first_checkin,
    first_checkin_times,
    first_checkins,
    lookup_code,
    recent_checkins,
    undo_checkin,
)
from desktop_app.services.registration.walk_in import (
    DuplicateAttendeeError,
    WalkInInput,
    register_walk_in,
)
from tests.factories import add_attendee, new_event


@pytest.fixture
def event(home: Path) -> Event:
    event = new_event(timezone="Asia/Makassar", venue="Hotel Aston", city="Kupang")
    add_attendee(
        event,
        "Drs. Yohanes B. Nggadas, M.Si.",
        "AAAA1111",
        nip="198609142010011003",
        institution="BKPSDM Kabupaten Kupang",
        category="ASN",
    )
    add_attendee(
        event,
        "Hj. Siti Aminah, S.Pd., M.M.",
        "BBBB2222",
        nip="197512312000032001",
        institution="Dinas Pendidikan",
        category="ASN",
    )
    add_attendee(
        event,
        "Bripka Andreas Lobo",
        "CCCC3333",
        nrp="86090123",
        institution="Polres Kupang",
        category="POLRI",
    )
    add_attendee(
        event, "Yohana Tefa", "DDDD4444", institution="Desa Oelnasi", category="KEPALA_DESA"
    )
    attendee_search.invalidate()
    return event


def names(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.full_name for h in hits]


def test_search_ignores_titles_and_case(event: Event) -> None:
    assert names(search_attendees(event, "yohanes"))[0] == "Drs. Yohanes B. Nggadas, M.Si."
    assert names(search_attendees(event, "DRS YOHANES")) == ["Drs. Yohanes B. Nggadas, M.Si."]
    assert names(search_attendees(event, "siti")) == ["Hj. Siti Aminah, S.Pd., M.M."]
    assert names(search_attendees(event, "aminah")) == ["Hj. Siti Aminah, S.Pd., M.M."]
    # "yoh" matches Yohanes and Yohana by first name; the order is by bare name.
    assert names(search_attendees(event, "yoh")) == [
        "Yohana Tefa",
        "Drs. Yohanes B. Nggadas, M.Si.",
    ]
    assert names(search_attendees(event, "yoh tef")) == ["Yohana Tefa"]
    assert search_attendees(event, "zzz") == []
    assert query_tokens("Hj. Siti") == ["siti"]


def test_search_by_digits_institution_and_code(event: Event) -> None:
    assert names(search_attendees(event, "19860914")) == ["Drs. Yohanes B. Nggadas, M.Si."]
    assert names(search_attendees(event, "19860914 201001 1 003")) == [
        "Drs. Yohanes B. Nggadas, M.Si."
    ]
    # The NRP starts with 8609; the NIP 19860914... holds it in the middle: prefix first.
    assert names(search_attendees(event, "8609")) == [
        "Bripka Andreas Lobo",
        "Drs. Yohanes B. Nggadas, M.Si.",
    ]
    assert names(search_attendees(event, "86")) == ["Bripka Andreas Lobo"]  # 2 digits: no infix
    assert names(search_attendees(event, "polres")) == ["Bripka Andreas Lobo"]
    assert names(search_attendees(event, "dinas pend")) == ["Hj. Siti Aminah, S.Pd., M.M."]
    assert names(search_attendees(event, "cccc3333")) == ["Bripka Andreas Lobo"]


def test_search_finds_digits_inside_a_nip_or_nrp(event: Event) -> None:
    # 19860914 201001 1 003: the appointment date and the sequence number, typed alone.
    assert names(search_attendees(event, "201001")) == ["Drs. Yohanes B. Nggadas, M.Si."]
    assert names(search_attendees(event, "2010 011")) == ["Drs. Yohanes B. Nggadas, M.Si."]
    assert names(search_attendees(event, "1003")) == ["Drs. Yohanes B. Nggadas, M.Si."]
    assert names(search_attendees(event, "0901 23")) == ["Bripka Andreas Lobo"]  # in the NRP
    # Digits inside a number combine with words: the other word must match too.
    assert names(search_attendees(event, "yohanes 2010")) == ["Drs. Yohanes B. Nggadas, M.Si."]
    assert search_attendees(event, "siti 2010") == []
    assert search_attendees(event, "777") == []


def test_search_ranks_exact_then_name_then_word_then_inside(event: Event) -> None:
    add_attendee(
        event, "Maria Yohana", "EEEE5555", nip="198609012300011001", institution="Desa Oelnasi"
    )
    attendee_search.invalidate()
    # Whole NRP: its owner first; a NIP that holds the same digits comes after.
    assert names(search_attendees(event, "86090123")) == ["Bripka Andreas Lobo", "Maria Yohana"]
    assert attendee_search.is_exact(search_attendees(event, "86090123")[0], "86090123")
    # Names starting with the text before people with a later word starting with it.
    assert names(search_attendees(event, "yoh")) == [
        "Yohana Tefa",
        "Drs. Yohanes B. Nggadas, M.Si.",
        "Maria Yohana",
    ]
    # An exact code first, whatever its owner's name.
    assert names(search_attendees(event, "eeee5555")) == ["Maria Yohana"]
    assert names(search_attendees(event, "desa"))[:2] == ["Maria Yohana", "Yohana Tefa"]


def test_search_never_finds_a_nik(event: Event) -> None:
    add_attendee(event, "Gabriel Kolo", "FFFF6666", nik="5301011509860003", institution="Warga")
    attendee_search.invalidate()
    assert names(search_attendees(event, "gabriel")) == ["Gabriel Kolo"]
    assert search_attendees(event, "5301011509860003") == []
    assert search_attendees(event, "150986") == []
    assert search_attendees(event, "5301") == []


def test_search_sees_new_attendees_after_invalidate(event: Event) -> None:
    assert search_attendees(event, "marthen") == []
    register_walk_in(event, WalkInInput(full_name="Marthen Sabu", institution="Pers"))
    assert names(search_attendees(event, "marthen")) == ["Marthen Sabu"]


def test_first_then_repeat_then_undo(event: Event) -> None:
    person = Attendee.get(Attendee.code == "AAAA1111")
    first = check_in(event, person, operator="ani", method="SEARCH")
    assert first.outcome is Outcome.FIRST
    assert "tercatat hadir" in first.message(event.timezone)
    second = check_in(event, person, operator="budi", method="SCANNER")
    assert second.outcome is Outcome.REPEAT
    assert second.first.id == first.checkin.id
    assert second.first_station == Station.get(Station.is_local == True).name  # noqa: E712
    assert "sudah hadir sejak" in second.message(event.timezone)
    assert "WITA" in second.message(event.timezone)
    assert Checkin.select().where(Checkin.attendee == person).count() == 2
    assert event_counts(event).present == 1
    assert first_checkin_times(event) == {person.id: first.checkin.checked_in_at}  # earliest

    with pytest.raises(UserError, match="Alasan"):
        undo_checkin(first.checkin, "ani", "   ")
    undo_checkin(first.checkin, "ani", "salah orang")
    with pytest.raises(UserError, match="sudah dibatalkan"):
        undo_checkin(first.checkin, "ani", "lagi")
    # The repeat is now the valid arrival; nothing was deleted.
    assert first_checkin(event, person).id == second.checkin.id
    # The same rule for a result list and for the whole event at once.
    assert first_checkins(event, [person.id])[person.id].hlc == second.checkin.hlc
    assert first_checkin_times(event) == {person.id: second.checkin.checked_in_at}
    undo_checkin(second.checkin, "ani", "belum datang")
    assert first_checkin(event, person) is None
    assert first_checkins(event, [person.id]) == {} and first_checkin_times(event) == {}
    assert event_counts(event).present == 0
    assert Checkin.select().count() == 2 and CheckinVoid.select().count() == 2
    audit = AuditLog.select().where(AuditLog.action == "checkin.void").order_by(AuditLog.at)
    assert [a.entity_id for a in audit] == [first.checkin.id, second.checkin.id]
    recent = recent_checkins(event)
    assert [r.voided for r in recent] == [True, True]
    with pytest.raises(PermissionError):
        first.checkin.save()


def test_scanned_codes(event: Event) -> None:
    other = new_event(title="Acara Lain", organizer="Bawaslu NTT")
    add_attendee(other, "Orang Lain", "ZZZZ9999")
    found = lookup_code(event, " bbbb2222\n")
    assert found.status is ScanStatus.FOUND and found.attendee.code == "BBBB2222"
    wrong = lookup_code(event, "ZZZZ9999")
    assert wrong.status is ScanStatus.WRONG_EVENT
    assert "Acara Lain" in wrong.message
    assert lookup_code(event, "NOPE0000").status is ScanStatus.NOT_FOUND
    with pytest.raises(UserError, match="acara lain"):
        check_in(event, wrong.attendee)


def test_walk_in_validates_and_refuses_duplicates(event: Event) -> None:
    result = register_walk_in(
        event,
        WalkInInput(
            full_name="Kornelis Boimau, S.Sos.",
            nip="19800101 200501 1 002",
            institution="Kantor Camat Kupang Tengah",
            position="Sekretaris Camat",
        ),
        operator="ani",
    )
    assert result.attendee.category == "ASN"
    assert result.attendee.source == "WALK_IN"
    assert result.attendee.nip == "198001012005011002"
    assert result.checkin is not None and result.checkin.outcome is Outcome.FIRST
    assert result.checkin.checkin.method == "WALK_IN"
    with pytest.raises(DuplicateAttendeeError) as dup:
        register_walk_in(event, WalkInInput(full_name="K. Boimau", nip="198001012005011002"))
    assert dup.value.attendee.id == result.attendee.id
    with pytest.raises(UserError, match="angka ilmiah"):
        register_walk_in(event, WalkInInput(full_name="Simon", nip="1.98609E+17"))
    with pytest.raises(UserError, match="Nama kosong"):
        register_walk_in(event, WalkInInput(full_name="  "))
    count = Attendee.select().count()
    warned = register_walk_in(
        event, WalkInInput(full_name="Yohana Tefa", institution="Desa Oelnasi")
    )
    assert any("sama" in str(w) for w in warned.warnings)
    assert Attendee.select().count() == count + 1


def test_invitation_badges_carry_only_the_code(event: Event, tmp_path: Path) -> None:
    from desktop_app.documents.registration.invitations_pdf import write_invitations

    for layout in ("badge", "letter"):
        pdf = tmp_path / f"{layout}.pdf"
        assert write_invitations(event, pdf, layout=layout) == 4
        fonts = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert "NotoSans" in fonts
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "150",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf),
                str(tmp_path / layout),
            ],
            check=True,
        )
        png = next(tmp_path.glob(f"{layout}*.png"))
        decoded = subprocess.run(
            ["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True
        ).stdout.split()
        if layout == "badge":
            assert sorted(decoded) == ["AAAA1111", "BBBB2222", "CCCC3333", "DDDD4444"]
        else:
            # One letter per page, sorted by bare name: "Bripka Andreas Lobo" comes first.
            assert decoded == ["CCCC3333"]


def test_demo_event_has_realistic_checkins(home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.demo.demo_event import create_demo_event

    demo_event = create_demo_event(attendees=40, seed=7)
    counts = event_counts(demo_event)
    assert counts.attendees == 40
    assert counts.present == 32
    checkins = list(Checkin.select().where(Checkin.event == demo_event))
    locals_ = [to_local(c.checked_in_at, demo_event.timezone).time() for c in checkins]
    assert min(locals_) >= dt.time(7, 30) and max(locals_) <= dt.time(10, 15)
    stations = {Station.get_by_id(c.station_id).name for c in checkins}
    assert "Meja 2" in stations and len(stations) == 2
    assert CheckinVoid.select().count() == 1
    per_person: dict[str, int] = {}
    for c in checkins:
        per_person[c.attendee_id] = per_person.get(c.attendee_id, 0) + 1
    assert len(checkins) == 33 + sum(n - 1 for n in per_person.values())


def test_index_overlay_replaces_edited_and_removed_attendees(event: Event) -> None:
    from desktop_app.services.people.names import bare_name
    from desktop_app.services.registration.attendee_search import refresh_attendee

    assert names(search_attendees(event, "andreas")) == ["Bripka Andreas Lobo"]
    person = Attendee.get(Attendee.code == "CCCC3333")
    person.full_name = "Bripka Andreas Lobo Riwu"
    person.sort_name = bare_name(person.full_name)
    person.save()
    refresh_attendee(person)
    assert names(search_attendees(event, "andreas")) == ["Bripka Andreas Lobo Riwu"]
    assert names(search_attendees(event, "riwu")) == ["Bripka Andreas Lobo Riwu"]
    # Changed entries keep the tiers: prefix of the NRP first, digits inside a NIP after.
    assert names(search_attendees(event, "8609")) == [
        "Bripka Andreas Lobo Riwu",
        "Drs. Yohanes B. Nggadas, M.Si.",
    ]
    walk_in = add_attendee(event, "Maria Yohana", "EEEE5555", institution="Pers")
    refresh_attendee(walk_in)
    assert names(search_attendees(event, "yoh")) == [
        "Yohana Tefa",
        "Drs. Yohanes B. Nggadas, M.Si.",
        "Maria Yohana",
    ]
    person.removed = True
    person.save()
    refresh_attendee(person)
    assert search_attendees(event, "andreas") == []
    assert names(search_attendees(event, "yoh")) == [
        "Yohana Tefa",
        "Drs. Yohanes B. Nggadas, M.Si.",
        "Maria Yohana",
    ]


def test_changes_from_elsewhere_are_picked_up_in_the_background(event: Event, monkeypatch) -> None:
    import time

    monkeypatch.setattr(attendee_search, "RECHECK_SECONDS", 0.0)
    assert search_attendees(event, "gabriel") == []
    # Another process (sync) adds someone: no invalidate() call reaches this process.
    add_attendee(event, "Gabriel Kolo", "EEEE5555")
    deadline = time.monotonic() + 5
    while not search_attendees(event, "gabriel") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert names(search_attendees(event, "gabriel")) == ["Gabriel Kolo"]


def test_desk_checkin_by_code_query_and_pick(event: Event) -> None:
    """The one lookup-then-check-in path (CLI, Registrasi page, scanners)."""
    from desktop_app.services.registration.desk_checkin import (
        check_in_attendee,
        check_in_code,
        check_in_query,
    )

    other = new_event(
        title="Acara Lain",
        organizer="Bawaslu NTT",
        starts_local=dt.datetime(2024, 10, 1, 8),
        ends_local=dt.datetime(2024, 10, 1, 12),
    )
    stranger = add_attendee(other, "Yohanes Lain", "ZZZZ9999")
    scanned = check_in_code(event, "bbbb2222", "meja-1")
    assert scanned.checked_in and scanned.result.outcome is Outcome.FIRST
    assert scanned.result.checkin.method == "SCANNER"
    wrong = check_in_code(event, "ZZZZ9999", "meja-1")
    assert not wrong.checked_in and wrong.scan.status is ScanStatus.WRONG_EVENT
    # A code of another event is never searched for, although a name would match here.
    assert check_in_query(event, "ZZZZ9999", "cli").scan.status is ScanStatus.WRONG_EVENT
    assert not Checkin.select().where(Checkin.attendee == stranger).exists()
    several = check_in_query(event, "yoh", "cli")
    assert not several.checked_in and len(several.candidates) == 2
    assert check_in_query(event, "qqqqzzzz", "cli").candidates == ()
    one = check_in_query(event, "nggadas", "cli")
    assert one.checked_in and one.result.checkin.method == "CLI"
    again = check_in_query(event, "AAAA1111", "cli")
    assert again.result.outcome is Outcome.REPEAT
    picked = check_in_attendee(event.id, one.result.attendee.id, "meja-2")
    assert picked.outcome is Outcome.REPEAT and picked.checkin.method == "SEARCH"
    assert Checkin.select().where(Checkin.event == event).count() == 4
