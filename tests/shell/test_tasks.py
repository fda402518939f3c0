"""The GUI's background work and its one write path (``ui/tasks.py``), on a real database."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from desktop_app.models import Attendee, Checkin, Event
from desktop_app.services.registration.checkin import check_in
from desktop_app.services.registration.desk_checkin import check_in_attendee
from desktop_app.ui.tasks import run_task, run_write, wait_for_writes

pytestmark = pytest.mark.gui


def test_pool_worker_and_gui_writes_both_land_without_locking(qtbot, demo_event: Event) -> None:  # type: ignore[no-untyped-def]
    """A background writer (as sync applying pulled rows) keeps writing while the desk
    checks people in through the write path: no "database is locked", every row lands,
    and each check-in is committed when its callback says so."""
    owner = QWidget()
    qtbot.addWidget(owner)
    people = list(Attendee.select().where(Attendee.event == demo_event).order_by(Attendee.id))
    background, desk = people[:10], people[10:22]
    errors: list[BaseException] = []
    stop = threading.Event()

    def keep_writing() -> int:
        event = Event.get_by_id(demo_event.id)
        count = 0
        while not stop.is_set() or count < 30:  # at least 30, and for as long as the desk
            check_in(event, background[count % len(background)], "sync", "CLI")
            count += 1
            stop.wait(0.002)  # batch after batch, as sync applies pulled rows
        return count

    written: list[int] = []
    run_task(
        keep_writing,
        lambda count, error: errors.append(error) if error else written.append(count),
        owner=owner,
    )
    saved: list[str] = []

    def on_saved(result, error) -> None:  # type: ignore[no-untyped-def]
        if error is not None:
            errors.append(error)
            return
        # Said "saved" only once the row is committed: another connection sees it.
        assert Checkin.select().where(Checkin.id == result.checkin.id).exists()
        saved.append(result.attendee.id)

    for person in desk:
        run_write(
            lambda pid=person.id: check_in_attendee(demo_event.id, pid, "meja-1"),
            on_saved,
            owner=owner,
        )
    qtbot.waitUntil(lambda: len(saved) + len(errors) >= len(desk), timeout=30_000)
    stop.set()
    qtbot.waitUntil(lambda: bool(written) or bool(errors), timeout=30_000)
    assert errors == []
    assert saved == [p.id for p in desk]  # in the order asked
    desk_rows = Checkin.select().where(Checkin.operator == "meja-1").count()
    background_rows = Checkin.select().where(Checkin.operator == "sync").count()
    assert desk_rows == len(desk) and background_rows == written[0] >= 30


def test_writes_run_in_order_on_one_thread_and_survive_their_owner(qtbot, demo_event) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    threads: list[int] = []
    order: list[int] = []
    reported: list[int] = []
    person = Attendee.select().where(Attendee.event == demo_event).first()

    def write(index: int) -> int:
        threads.append(threading.get_ident())
        order.append(index)
        if index == 9:
            check_in(Event.get_by_id(demo_event.id), person, "closed-page", "CLI")
        return index

    for index in range(10):
        run_write(lambda i=index: write(i), lambda i, _e: reported.append(i), owner=owner)
    shiboken6.delete(owner)  # the page closes while its writes are queued
    qtbot.waitUntil(lambda: len(order) == 10, timeout=10_000)
    assert wait_for_writes()
    assert order == list(range(10))
    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()
    # The write still happened; only reports to the closed owner were dropped.
    assert Checkin.select().where(Checkin.operator == "closed-page").count() == 1
    qtbot.wait(50)  # let any queued report arrive: none may reach the closed owner
    assert reported == []


def test_read_task_of_a_closed_owner_is_cancelled_and_not_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QWidget()
    started = threading.Event()
    seen_cancel = threading.Event()
    reported: list[object] = []

    def slow(progress, cancelled) -> str:  # type: ignore[no-untyped-def]
        started.set()
        for _ in range(500):
            if cancelled():
                seen_cancel.set()
                return "stopped"
            threading.Event().wait(0.01)
        return "finished"

    handle = run_task(
        slow,
        lambda result, _e: reported.append(result),
        owner=owner,
        on_progress=lambda done, total: reported.append((done, total)),
    )
    assert started.wait(5)
    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: handle.finished, timeout=10_000)
    assert seen_cancel.is_set() and reported == []
