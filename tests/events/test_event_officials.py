"""Editing an event's signing officials: update, add, mark removed, never delete."""

from __future__ import annotations

import json

import pytest

from desktop_app.models import AuditLog, Official
from desktop_app.services.common.errors import UserError
from desktop_app.services.events.officials import OfficialInput, active_officials, set_officials

VALID_NIP = "19860914 201001 1 003"


def _inputs(event):  # type: ignore[no-untyped-def]
    return [
        OfficialInput(name=o.name, position=o.position, nip=o.nip, signs=o.signs, id=o.id)
        for o in active_officials(event)
    ]


def test_set_officials_updates_adds_and_marks_removed(demo_event) -> None:  # type: ignore[no-untyped-def]
    before = active_officials(demo_event)
    assert len(before) >= 2
    rows = _inputs(demo_event)
    rows[0].position = "Ketua Bawaslu Kabupaten Kupang (Plt.)"
    dropped = rows.pop(1)
    rows.append(
        OfficialInput(
            name="Dr. Maria Tefa, S.H., M.H.",
            position="Sekretaris Daerah",
            nip=VALID_NIP,
            signs="deklarasi, SERTIFIKAT",
        )
    )

    result = set_officials(demo_event, rows, operator="Rina")

    assert [o.name for o in result] == [o.name for o in active_officials(demo_event)]
    assert active_officials(demo_event)[0].position == "Ketua Bawaslu Kabupaten Kupang (Plt.)"
    new = active_officials(demo_event)[-1]
    assert new.nip == "198609142010011003"
    assert new.signs == "SERTIFIKAT,DEKLARASI"  # normalised, in document order
    gone = Official.get_by_id(dropped.id)
    assert gone.removed is True  # kept for the signatures that may point at it
    assert Official.select().where(Official.event == demo_event).count() == len(before) + 1
    audit = AuditLog.select().where(AuditLog.action == "event.officials").get()
    details = json.loads(audit.details)
    assert audit.operator == "Rina"
    assert details["removed"] == [dropped.name]
    assert details["added"] == ["Dr. Maria Tefa, S.H., M.H."]
    assert len(details["changed"]) >= 1


def test_unchanged_officials_write_nothing(demo_event) -> None:  # type: ignore[no-untyped-def]
    rows = _inputs(demo_event)
    set_officials(demo_event, rows)
    assert not AuditLog.select().where(AuditLog.action == "event.officials").exists()


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (OfficialInput(name="", position="Ketua"), "wajib diisi"),
        (OfficialInput(name="Budi", position="Ketua", nip="12345"), "NIP"),
        (OfficialInput(name="Budi", position="Ketua", signs="KWITANSI"), "tidak dikenal"),
    ],
)
def test_bad_official_changes_nothing(demo_event, row, message) -> None:  # type: ignore[no-untyped-def]
    rows = _inputs(demo_event)
    names_before = [o.name for o in active_officials(demo_event)]
    rows[0].name = "Nama Baru"
    with pytest.raises(UserError, match=message):
        set_officials(demo_event, [*rows, row])
    assert [o.name for o in active_officials(demo_event)] == names_before


def test_preferences_round_trip(home) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.services.common import preferences

    assert preferences.language() == "id"
    preferences.set_language("en")
    preferences.set_operator("  Rina   Ndun ")
    preferences.set_station_name("Meja 2")
    assert preferences.language() == "en"
    assert preferences.operator() == "Rina Ndun"
    assert preferences.station_name() == "Meja 2"
    with pytest.raises(UserError):
        preferences.set_language("fr")
    with pytest.raises(UserError):
        preferences.set_station_name("   ")
    assert preferences.language() == "en"


def test_at_most_four_officials_sign_certificates(home) -> None:  # type: ignore[no-untyped-def]
    """A certificate has room for four signatory columns: a fifth is refused, and nothing
    changes."""
    import pytest

    from desktop_app.services.common.errors import UserError
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.officials import OfficialInput, active_officials, set_officials

    event = create_demo_event(attendees=0)
    before = [(o.name, o.signs) for o in active_officials(event)]
    many = [OfficialInput(name=f"Pejabat {i}", position="Anggota") for i in range(5)]
    with pytest.raises(UserError, match="paling banyak 4"):
        set_officials(event, many)
    assert [(o.name, o.signs) for o in active_officials(event)] == before
    set_officials(event, many[:4])
    assert len(active_officials(event)) == 4
