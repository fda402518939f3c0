"""``ikrar hub --workers N`` on PostgreSQL: stations pushing at the same time, each from its
own process, lose nothing and double nothing, and the newest version of a row edited on
every station wins, against a real multi-worker hub on loopback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.factories import check_in, first_attendees, sign
from tests.sync.harness import REPO, HubProcess, Station, entity_snapshot

pytestmark = pytest.mark.slow

STATIONS = 6


def _sync_all_at_once(stations: list[Station]) -> None:
    """``ikrar sync`` on every station at the same moment, each a separate process."""
    env = dict(os.environ)
    env.pop("IKRAR_HOME", None)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "--home", str(s.root), "sync", "--json"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for s in stations
    ]
    for station, proc in zip(stations, procs, strict=True):
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, f"{station.name}: {err.decode()[-1500:]}"


def _hub_state(url: str) -> tuple[dict[str, set[tuple[str, str]]], list[tuple[str, int]], str]:
    from playhouse.db_url import connect

    from desktop_app.models import Event, close_db, database_proxy
    from desktop_app.models.sync_state import HubChange

    close_db()
    db = connect(url)
    database_proxy.initialize(db)
    try:
        keys = list(HubChange.select(HubChange.station_id, HubChange.seq).tuples())
        title = Event.select(Event.title).scalar()
        return entity_snapshot(), keys, title
    finally:
        db.close()


def test_concurrent_pushes_to_a_multi_worker_hub_keep_every_row_once(
    pg_url: str, tmp_path: Path
) -> None:
    from desktop_app.models import Change, Event
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.event_store import get_event

    hub = HubProcess(tmp_path / "hub", database=pg_url, workers=3).start()
    try:
        stations = [Station(tmp_path / f"s{i}", f"Meja {i + 1}") for i in range(STATIONS)]
        for station in stations:
            station.enroll(hub)
        with stations[0].active():
            code = create_demo_event(attendees=10 * STATIONS, seed=5, activity=False).code
        stations[0].sync()
        for station in stations[1:]:
            station.sync()
        edits: dict[str, str] = {}
        for index, station in enumerate(stations):
            with station.active():
                event = get_event(code)
                # Each desk its own ten attendees; every desk renames the event (a row all
                # of them update, so workers race on it).
                mine = first_attendees(event, 10 * STATIONS)[index * 10 : (index + 1) * 10]
                for seed, person in enumerate(mine):
                    check_in(event, person)
                    sign(event, person, seed=seed)
                event.title = f"Deklarasi dari {station.name}"
                event.save()
                edits[Event.get_by_id(event.id).hlc] = event.title
        _sync_all_at_once(stations)  # every push at once
        _sync_all_at_once(stations)  # pulls and the pushes they trigger, at once again
        # Conflict records a station writes while pulling travel on its next sync.
        for _round in range(2):
            for station in stations:
                station.sync()

        from desktop_app.models import local_station

        outbox: dict[tuple[str, int], tuple[str, str]] = {}
        for station in stations:
            with station.active():
                me = local_station().id
                for seq, table, row_id in Change.select(
                    Change.seq, Change.table_name, Change.row_id
                ).tuples():
                    outbox[(me, seq)] = (table, row_id)
        snapshot, keys, title = _hub_state(pg_url)
        assert len(set(keys)) == len(keys)  # every change stored at most once...
        assert set(keys) <= set(outbox)
        # ...and every one stored but for copies of a conflict record another desk wrote
        # first (same id, derived from the loser): the hub refuses a second author
        # (sync/authorship), and keeps the first.
        for key in set(outbox) - set(keys):
            table, row_id = outbox[key]
            assert table == "audit_log" and row_id in {i for i, _ in snapshot["audit_log"]}
        assert len(snapshot["checkin"]) == len(snapshot["signature"]) == 10 * STATIONS
        assert title == edits[max(edits)]  # the newest version won on the hub
        for station in stations:
            mine = station.snapshot()
            for table in mine:
                theirs, ours = snapshot[table], mine[table]
                if table == "audit_log":
                    # Known, not the hub's: two desks that notice the same conflict before
                    # seeing each other's record both write it (same id, derived from the
                    # loser) with their own stamp, and each keeps its own (append-only).
                    theirs, ours = {i for i, _ in theirs}, {i for i, _ in ours}
                extra, missing = ours - theirs, theirs - ours
                assert not extra and not missing, (station.name, table, extra, missing)
        assert "Traceback" not in (hub.home / "hub-output.txt").read_text(errors="replace")
    finally:
        hub.kill()


def test_several_workers_need_postgres(tmp_path: Path) -> None:
    result = run_cli("--home", str(tmp_path / "hub"), "hub", "--workers", "2", "--port", "1")
    assert result.returncode == 1
    assert "PostgreSQL" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "hub" / "ikrar.sqlite3").exists() or result.stdout == ""
