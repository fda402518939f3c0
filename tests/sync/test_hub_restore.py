"""A PostgreSQL hub restored from a pg_dump (docs/hub.md): after ``ikrar hub restored``,
stations resend what the hub lost and every station gets every change again, including a
station that had pulled past the point of the dump."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.factories import check_in, first_attendees, sign
from tests.sync.harness import HubProcess, Station
from tests.sync.pg_cluster import PG_BIN

pytestmark = pytest.mark.slow


def _recreate(cluster_url: str, name: str) -> None:
    import psycopg2

    con = psycopg2.connect(cluster_url)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            cur.execute(f'CREATE DATABASE "{name}"')
    finally:
        con.close()


def test_restore_from_pg_dump_loses_nothing_a_station_still_has(
    pg_cluster: str, pg_url: str, tmp_path: Path
) -> None:
    from desktop_app.models import Checkin, close_db
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.event_store import get_event

    hub = HubProcess(tmp_path / "hub", database=pg_url).start()
    try:
        a, b, d = (Station(tmp_path / n, f"Meja {n.upper()}") for n in ("a", "b", "d"))
        for station in (a, b, d):
            station.enroll(hub)
        with a.active():
            code = create_demo_event(attendees=20, seed=8, activity=False).code
        for station in (a, b, d):
            station.sync()
        dump = tmp_path / "hub.dump"
        subprocess.run(
            [str(PG_BIN / "pg_dump"), "--format=custom", f"--file={dump}", pg_url],
            check=True,
            capture_output=True,
        )
        # After the dump: D's desk keeps working, B pulls it (B's position moves past the dump).
        with d.active():
            event = get_event(code)
            for seed, person in enumerate(first_attendees(event, 5)):
                check_in(event, person)
                sign(event, person, seed=seed)
        d.sync()
        b.sync()
        with b.active():
            assert Checkin.select().count() == 5

        hub.kill()  # the server is lost; the dump is restored on a new one
        close_db()
        _recreate(pg_cluster, pg_url.rsplit("/", 1)[1])
        subprocess.run(
            [str(PG_BIN / "pg_restore"), "--no-owner", f"--dbname={pg_url}", str(dump)],
            check=True,
            capture_output=True,
        )
        restored = hub.cli("restored")
        assert restored.returncode == 0, restored.stderr
        hub.start()
        # A checks someone in and syncs first: without `hub restored` its arrival would be
        # numbered below B's position and B would never pull it.
        with a.active():
            event = get_event(code)
            check_in(event, first_attendees(event, 6)[5])
        a.sync()
        for station in (b, d, a, b, d):  # D resends what the hub lost
            station.sync()
        hub_snapshot = _hub_snapshot(pg_url)
        assert a.snapshot() == b.snapshot() == d.snapshot() == hub_snapshot
        assert len(hub_snapshot["checkin"]) == 6 and len(hub_snapshot["signature"]) == 5
    finally:
        hub.kill()


def _hub_snapshot(url: str) -> dict[str, set[tuple[str, str]]]:
    from playhouse.db_url import connect

    from desktop_app.models import close_db, database_proxy
    from tests.sync.harness import entity_snapshot

    close_db()
    db = connect(url)
    database_proxy.initialize(db)
    try:
        return entity_snapshot()
    finally:
        db.close()


def test_restored_is_for_postgres_hubs(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    result = run_cli("--home", str(tmp_path / "hub"), "hub", "restored")
    assert result.returncode == 1 and "PostgreSQL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
