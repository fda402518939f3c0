"""Certificate number blocks handed out by a real hub: two laptops that synced once print
plain numbers offline that never collide; a station that runs low gets its next block;
workers allocating at the same moment never hand out overlapping ranges."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import check_in, first_attendees, sign
from tests.sync.harness import REPO, HubProcess, Station

pytestmark = pytest.mark.slow


def _issue(station: Station, code: str, people: slice) -> list[str]:
    """Check in, sign and certify ``people`` (by name order) on ``station``; the numbers."""
    from desktop_app.services.certificates.issuing import issue_missing
    from desktop_app.services.events.event_store import get_event

    with station.active() as home:
        event = get_event(code)
        chosen = first_attendees(event, 200)[people]
        for seed, person in enumerate(chosen):
            check_in(event, person)
            sign(event, person, seed=seed)
        issued = issue_missing(event, attendees=chosen, keys_folder=home.keys)
        return [c.number for c in issued]


def _blocks(station: Station, code: str) -> list[tuple[int, int, str]]:
    from desktop_app.services.certificates import numbering
    from desktop_app.services.events.event_store import get_event

    with station.active():
        event = get_event(code)
        return [(b.first_seq, b.last_seq, b.holder_station) for b in numbering.all_blocks(event)]


def test_two_laptops_get_hub_blocks_and_never_print_the_same_number(tmp_path: Path) -> None:
    from desktop_app.models import Certificate, local_station
    from desktop_app.services.certificates import numbering
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.event_store import get_event

    hub = HubProcess(tmp_path / "hub").start()
    try:
        a, b = Station(tmp_path / "a", "Meja Utama"), Station(tmp_path / "b", "Meja 2")
        a.enroll(hub)
        b.enroll(hub)
        with a.active():
            code = create_demo_event(attendees=150, seed=3, activity=False).code
            a_id = local_station().id
        # The organizer had given a desk a block before the hub existed: the hub starts after.
        with a.active():
            numbering.allocate_block(get_event(code), "Meja Lama", size=10)
        a.sync()  # hands the numbers over, and A takes its first block from the hub
        b.sync()  # B pairs: its first sync brings the event and its own block
        with b.active():
            b_id = local_station().id
        blocks_a = [x for x in _blocks(a, code) if x[2] == a_id]
        blocks_b = [x for x in _blocks(b, code) if x[2] == b_id]
        assert blocks_a == [(11, 110, a_id)] and blocks_b == [(111, 210, b_id)]
        with a.active():
            assert not numbering.is_allocator(get_event(code))  # the hub allocates now

        hub.kill()  # the venue's network is down: both laptops print offline
        numbers_a = _issue(a, code, slice(0, 30))
        numbers_b = _issue(b, code, slice(30, 60))
        assert numbers_a[0].startswith("011/SERT/") and numbers_b[0].startswith("111/SERT/")
        assert not set(numbers_a) & set(numbers_b)

        # B runs low (fewer than LOW_WATER free numbers) and asks for its next block.
        assert len(_issue(b, code, slice(60, 60 + 100 - 30 - numbering.LOW_WATER + 1))) == 51
        hub.start()
        b.sync()
        a.sync()
        b.sync()
        assert [x[:2] for x in _blocks(b, code) if x[2] == b_id] == [(111, 210), (211, 310)]
        with a.active():
            numbers = [n for (n,) in Certificate.select(Certificate.number).tuples()]
            assert len(numbers) == 30 + 30 + 51 and len(set(numbers)) == len(numbers)
            assert not any(n.startswith(local_station().code) for n in numbers)
        with b.active():
            assert numbering.preview_next(get_event(code)).number.startswith("192/SERT/")
    finally:
        hub.kill()


def test_without_a_hand_over_the_hub_allocates_nothing(tmp_path: Path) -> None:
    """A station whose organizer never synced with this hub keeps the offline rules."""
    from desktop_app.services.certificates import numbering
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.event_store import get_event
    from desktop_app.sync.bundle import export_bundle, import_bundle

    hub = HubProcess(tmp_path / "hub").start()
    try:
        organizer, desk = Station(tmp_path / "o", "Penyelenggara"), Station(tmp_path / "d", "Meja")
        bundle = tmp_path / "acara.ikrar"
        with organizer.active() as home:
            code = create_demo_event(attendees=20, seed=4, activity=False).code
            export_bundle(home, code, bundle)
        with desk.active() as home:
            import_bundle(home, bundle, trust=True)
        desk.enroll(hub)
        desk.sync()
        assert _blocks(desk, code) == []
        with desk.active():
            assert numbering.preview_next(get_event(code)).fallback
    finally:
        hub.kill()


def test_workers_allocating_at_once_hand_out_disjoint_blocks(pg_url: str, tmp_path: Path) -> None:
    from desktop_app.services.demo.demo_event import create_demo_event

    hub = HubProcess(tmp_path / "hub", database=pg_url, workers=3).start()
    try:
        organizer = Station(tmp_path / "o", "Penyelenggara")
        organizer.enroll(hub)
        with organizer.active():
            code = create_demo_event(attendees=10, seed=6, activity=False).code
        organizer.sync()
        desks = [Station(tmp_path / f"d{i}", f"Meja {i}") for i in range(6)]
        for desk in desks:
            desk.enroll(hub)
        env = dict(os.environ)
        env.pop("IKRAR_HOME", None)
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "desktop_app", "--home", str(d.root), "sync"],
                cwd=REPO,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            for d in desks
        ]
        for proc in procs:
            _, err = proc.communicate(timeout=180)
            assert proc.returncode == 0, err.decode()[-1500:]
        organizer.sync()
        ranges = sorted(x[:2] for x in _blocks(organizer, code) if x[2] != "hub")
        assert len(ranges) == 1 + len(desks)  # the organizer's and one per desk
        assert all(prev[1] < nxt[0] for prev, nxt in zip(ranges, ranges[1:], strict=False))
    finally:
        hub.kill()
