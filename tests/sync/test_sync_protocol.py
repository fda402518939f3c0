"""Sync end to end against a real hub process on loopback: two stations, faults, conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.factories import attend, check_in, sign
from tests.sync.harness import HubProcess, Station, entity_snapshot, event_summaries


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def hub_counts(hub: HubProcess) -> tuple[int, dict[str, int]]:
    """(rows in hub_change, rows per entity table) read from the hub's own database file."""
    from desktop_app.models.sync_state import HubChange

    with Station(hub.home, "hub").active():
        snapshot = entity_snapshot()
        return HubChange.select().count(), {t: len(rows) for t, rows in snapshot.items()}


def setup_two_stations(tmp_path: Path, hub: HubProcess) -> tuple[Station, Station, str]:
    """Station A creates the event and syncs; station B enrols and pulls it."""
    from desktop_app.services.demo.demo_event import create_demo_event

    a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        event = create_demo_event(attendees=30, seed=3, activity=False)
        code = event.code
    a.sync()
    report = b.sync()
    assert report.pulled > 30
    return a, b, code


def offline_work(station: Station, code: str, attendee_index: int) -> None:
    from desktop_app.models import Attendee
    from desktop_app.services.events.event_store import get_event

    with station.active():
        event = get_event(code)
        attendees = list(
            Attendee.select().where(Attendee.event == event).order_by(Attendee.sort_name)
        )
        same = attendees[0]  # both desks check in and sign the same person
        check_in(event, same)
        sign(event, same)
        other = attendees[attendee_index]
        check_in(event, other)
        sign(event, other)


@pytest.mark.slow
@pytest.mark.parametrize("order", ["ab", "ba"])
def test_two_stations_converge_in_either_order(tmp_path: Path, hub: HubProcess, order: str) -> None:
    a, b, code = setup_two_stations(tmp_path, hub)
    offline_work(a, code, 5)
    offline_work(b, code, 9)
    first, second = (a, b) if order == "ab" else (b, a)
    first.sync()
    second.sync()
    first.sync()
    snap_a, snap_b, snap_hub = a.snapshot(), b.snapshot(), Station(hub.home, "hub").snapshot()
    assert snap_a == snap_b == snap_hub
    assert len(snap_a["checkin"]) == 4 and len(snap_a["signature"]) == 4
    with a.active():
        summary_a = event_summaries()
        from desktop_app.models import Checkin
        from desktop_app.services.events.event_store import get_event
        from desktop_app.services.events.presence import present_attendee_ids

        event = get_event(code)
        present = {row.attendee_id for row in present_attendee_ids(event)}
        attempts = Checkin.select().where(Checkin.event == event).count()
    assert len(present) == 3 and attempts == 4  # one person twice: both kept, one attendance
    hub_json = run_cli("events", "--json", home=hub.home, check=True)
    b_json = run_cli("events", "--json", home=b.root, check=True)
    assert json.loads(hub_json.stdout) == json.loads(b_json.stdout) == summary_a
    assert summary_a[0]["present"] == 3 and summary_a[0]["signed"] == 3
    # Pulled rows were not written to B's outbox, so nothing goes back up.
    with b.active():
        from desktop_app.sync.client import pending_count

        assert pending_count() == 0


def test_pulled_rows_are_not_pushed_back(tmp_path: Path, hub: HubProcess) -> None:
    a, b, code = setup_two_stations(tmp_path, hub)
    hub_before, _ = hub_counts(hub)
    report = b.sync()
    assert report.pushed == 0 and report.pulled == 0
    assert hub_counts(hub)[0] == hub_before


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["push.before_commit", "push.after_commit"])
def test_hub_killed_mid_push_gives_exactly_once(
    tmp_path: Path, hub: HubProcess, fault: str
) -> None:
    from desktop_app.models import Change
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.sync.client import SyncError

    a = Station(tmp_path / "a", "Meja A")
    a.enroll(hub)
    with a.active():
        create_demo_event(attendees=40, seed=4)
    hub.restart(fault=fault)
    with pytest.raises(SyncError):
        a.sync()
    assert hub.wait_dead() == 17  # the hub really died at that point
    with a.active():
        # Counted once the sync began: it first hands the event's numbers to the hub.
        outbox = Change.select().count()
    stored_during_crash = hub_counts(hub)[0]
    assert stored_during_crash == (0 if fault == "push.before_commit" else outbox)
    hub.start()
    report = a.sync()
    with a.active():
        outbox = Change.select().count()  # and the number block the hub gave A
    changes, tables = hub_counts(hub)
    assert changes == outbox  # every change stored exactly once
    assert tables["attendee"] == 40
    assert report.pushed == (outbox if fault == "push.before_commit" else outbox)
    with a.active():
        from desktop_app.sync.client import pending_count

        assert pending_count() == 0


def test_lost_response_and_repeated_push_store_once(tmp_path: Path, hub: HubProcess) -> None:
    from desktop_app.models import Change
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.sync.client import SyncError

    a = Station(tmp_path / "a", "Meja A")
    a.enroll(hub)
    with a.active():
        create_demo_event(attendees=10, seed=5)
    hub.restart(fault="push.after_commit@1:error")  # commits, then the answer is lost
    with pytest.raises(SyncError, match="bermasalah"):
        a.sync()
    with a.active():
        outbox = Change.select().count()  # with the hand-over of the numbers to the hub
    assert hub_counts(hub)[0] == outbox
    report = a.sync()  # the same rows again: the hub ignores what it has
    with a.active():
        outbox = Change.select().count()  # and the number block the hub gave A
    assert report.pushed == outbox
    assert hub_counts(hub)[0] == outbox


@pytest.mark.slow
def test_hub_killed_mid_pull_resumes_without_duplicates(
    tmp_path: Path, hub: HubProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.models import Attendee, Change
    from desktop_app.services.common.settings import PULL_CURSOR
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.sync import client
    from desktop_app.sync.client import SyncError

    a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        # The demo's own activity includes "Meja 2" rows no station can prove; A's own work.
        attend(create_demo_event(attendees=60, seed=6, activity=False), 12)
    a.sync()
    monkeypatch.setattr(client, "PULL_LIMIT", 20)
    hub.restart(fault="pull.after_read@3")  # dies before answering the third page
    with pytest.raises(SyncError):
        b.sync()
    with b.active():
        partial = Attendee.select().count()
        cursor = PULL_CURSOR.get()
        outbox_b = Change.select().count()
    assert 0 < partial < 60 and cursor > 0  # two pages applied and their cursor committed
    hub.start()
    b.sync()
    a.sync()  # A learns the number block the hub gave B
    assert a.snapshot() == b.snapshot()
    with b.active():
        # Nothing pulled went into B's outbox (only the number block it asked the hub for).
        own = Change.select().where(Change.table_name != "certificate_number_block")
        assert own.count() == outbox_b


def test_conflicting_edits_last_writer_wins_and_loser_is_audited(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.models import Attendee, AuditLog

    a, b, code = setup_two_stations(tmp_path, hub)
    with a.active():
        target = Attendee.select().order_by(Attendee.code).first()
        target_id = target.id
        target.institution = "Dinas A (ditulis meja A)"
        target.save()
    with b.active():
        target = Attendee.get_by_id(target_id)
        target.institution = "Dinas B (ditulis meja B, lebih baru)"
        target.save()
    a.sync()
    b.sync()
    a.sync()
    b.sync()
    for station in (a, b):
        with station.active():
            assert Attendee.get_by_id(target_id).institution.startswith("Dinas B")
            audits = list(
                AuditLog.select().where(
                    (AuditLog.action == "sync.conflict") & (AuditLog.entity_id == target_id)
                )
            )
            assert len(audits) == 1
            details = json.loads(audits[0].details)
            assert details["losing_values"]["institution"] == "Dinas A (ditulis meja A)"
    assert a.snapshot() == b.snapshot() == Station(hub.home, "hub").snapshot()


@pytest.mark.slow  # six real `ikrar` processes and a hub
def test_cli_errors_are_one_clear_line(tmp_path: Path, hub: HubProcess) -> None:
    fresh = tmp_path / "fresh"
    result = run_cli("sync", home=fresh)
    assert result.returncode == 1
    assert "belum terdaftar" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    code = hub.pair_code()
    enrolled = run_cli("enroll", hub.url, code, "--name", "Meja CLI", home=fresh)
    assert enrolled.returncode == 0, enrolled.stderr
    reuse = run_cli("enroll", hub.url, code, home=tmp_path / "other")
    assert reuse.returncode == 1 and "sudah dipakai" in reuse.stderr
    ok = run_cli("sync", home=fresh)
    assert ok.returncode == 0 and "Sinkronisasi selesai" in ok.stdout
    hub.kill()
    down = run_cli("sync", home=fresh)
    assert down.returncode == 1
    assert "tidak dapat dihubungi" in down.stderr and "Traceback" not in down.stderr
    status = run_cli("sync", "--status", "--json", home=fresh)
    assert json.loads(status.stdout)["state"] == "Gagal sinkron"


@pytest.mark.slow
def test_same_undo_and_same_new_text_version_on_two_offline_desks(
    tmp_path: Path, hub: HubProcess
) -> None:
    """Both desks void one check-in and both make "version 2" of a signed text offline:
    nothing stalls, both records are kept and every copy agrees on the current text."""
    from desktop_app.models import Attendee, CheckinVoid, DeclarationText
    from desktop_app.services.events.event_store import get_event
    from desktop_app.services.registration.checkin import undo_checkin
    from desktop_app.services.signing.declarations import current_text, edit_text

    a, b, code = setup_two_stations(tmp_path, hub)
    with a.active():
        event = get_event(code)
        person = Attendee.select().where(Attendee.event == event).first()
        arrival = check_in(event, person)
        key = sign(event, person).declaration_text.key
        checkin_id = arrival.id
    a.sync()
    b.sync()
    for station, desk in ((a, "A"), (b, "B")):
        with station.active():
            from desktop_app.models import Checkin

            undo_checkin(Checkin.get_by_id(checkin_id), f"operator {desk}", "salah orang")
            event = get_event(code)
            edit_text(event, key, f"Naskah meja {desk}", f"Isi naskah yang diubah di meja {desk}.")
    for station in (a, b, a):
        station.sync()  # raises if the hub refused a batch
    currents = []
    for station in (a, b, Station(hub.home, "hub")):
        with station.active():
            event = get_event(code)
            assert CheckinVoid.select().where(CheckinVoid.checkin == checkin_id).count() == 2
            versions = DeclarationText.select().where(
                (DeclarationText.event == event)
                & (DeclarationText.key == key)
                & (DeclarationText.version == 2)
            )
            assert versions.count() == 2
            currents.append(current_text(event, key).id)
    assert len(set(currents)) == 1
    assert a.snapshot() == b.snapshot() == Station(hub.home, "hub").snapshot()


@pytest.mark.parametrize("fault", ["push.after_commit@3:error", "push.before_commit@4"])
def test_pipelined_push_in_many_batches_stores_every_row_once(
    tmp_path: Path, hub: HubProcess, fault: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of 7 rows (groups of seals smaller than a batch and spanning none), the next
    one prepared while the hub stores the last: an answer lost, or the hub dying, in the
    middle still leaves every row on the hub exactly once, and a second station gets them."""
    from desktop_app.models import Change
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.sync import client
    from desktop_app.sync.client import SyncError, pending_count

    monkeypatch.setattr(client, "BATCH_ROWS", 7)
    a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        event = create_demo_event(attendees=12, seed=6, activity=False)
        attend(event, 8)
    hub.restart(fault=fault)
    with pytest.raises(SyncError):
        a.sync()
    stored = hub_counts(hub)[0]
    with a.active():
        outbox = Change.select().count()
    assert 0 < stored < outbox  # some batches in, the rest not
    if hub.proc is None or hub.wait_dead(0.1) is not None:
        hub.start()
    else:
        hub.restart()
    a.sync()
    with a.active():
        outbox = Change.select().count()  # and the number block the hub gave A
        assert pending_count() == 0
        mine = entity_snapshot()
    assert hub_counts(hub)[0] == outbox > 7 * 6  # every change stored exactly once
    b.sync()
    theirs = b.snapshot()
    assert all(rows <= theirs.get(table, set()) for table, rows in mine.items())
    assert sum(len(rows) for rows in mine.values()) > 7 * 6
