"""The hub on PostgreSQL 15 (a throwaway cluster started for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import check_in, sign
from tests.sync.harness import HubProcess, Station, entity_snapshot

pytestmark = pytest.mark.slow


def pg_state(url: str) -> tuple[dict[str, set[tuple[str, str]]], list[dict[str, object]], int]:
    """Entity rows, event summaries and stored change count, read from PostgreSQL."""
    from playhouse.db_url import connect

    from desktop_app.models import close_db, database_proxy
    from desktop_app.models.sync_state import HubChange
    from tests.sync.harness import event_summaries

    close_db()
    db = connect(url)
    database_proxy.initialize(db)
    try:
        return entity_snapshot(), event_summaries(), HubChange.select().count()
    finally:
        db.close()


def test_postgres_hub_two_stations_converge_exactly_once(pg_url: str, tmp_path: Path) -> None:
    from desktop_app.models import Attendee, Change
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.event_store import get_event
    from desktop_app.sync.client import SyncError
    from tests.sync.harness import event_summaries

    hub = HubProcess(tmp_path / "hub", database=pg_url).start()
    try:
        a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
        a.enroll(hub)
        b.enroll(hub)
        with a.active():
            code = create_demo_event(attendees=25, seed=21, activity=False).code
        a.sync()
        b.sync()
        for station in (a, b):
            with station.active():
                event = get_event(code)
                first = (
                    Attendee.select()
                    .where(Attendee.event == event)
                    .order_by(Attendee.sort_name)
                    .first()
                )
                check_in(event, first)
                sign(event, first)
        hub.restart(fault="push.after_commit@1:error")  # B's answer is lost after commit
        with pytest.raises(SyncError):
            b.sync()
        hub.restart()
        b.sync()
        a.sync()
        b.sync()
        with a.active():
            outbox_a = Change.select().count()
            summary_a = event_summaries()
        with b.active():
            outbox_b = Change.select().count()
        snapshot, summary_hub, changes = pg_state(pg_url)
        assert snapshot == a.snapshot() == b.snapshot()
        assert summary_hub == summary_a and summary_a[0]["present"] == 1
        assert summary_a[0]["signed"] == 1 and len(snapshot["checkin"]) == 2
        assert changes == outbox_a + outbox_b  # every change stored exactly once
    finally:
        hub.kill()
