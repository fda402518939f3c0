"""The Sinkronisasi page driven with real widgets against a real hub process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.factories import check_in, sign
from tests.sync.harness import HubProcess

pytestmark = pytest.mark.gui

STATION_B = """
import sys
from pathlib import Path
from tests.sync.harness import HubProcess, Station
from tests.factories import check_in, sign
from desktop_app.models import Attendee
from desktop_app.services.events.event_store import get_event
b = Station(Path(sys.argv[1]), "Meja B")
with b.active() as home:
    from desktop_app.sync.client import enroll
    enroll(home, sys.argv[2], sys.argv[3], "Meja B")
b.sync()
with b.active():
    event = get_event(sys.argv[4])
    first = Attendee.select().where(Attendee.event == event).order_by(Attendee.sort_name).first()
    check_in(event, first)
    sign(event, first)
b.sync()
"""


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


@pytest.fixture
def page(home: Path, qtbot):  # type: ignore[no-untyped-def]
    from desktop_app.paths import DataDir
    from desktop_app.ui.context import AppContext
    from desktop_app.ui.sync.sync_page import SyncPage

    ctx = AppContext(DataDir(home))
    widget = SyncPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


@pytest.mark.slow
def test_two_station_scenario_through_the_page(
    page, qtbot, hub: HubProcess, home: Path, tmp_path: Path
) -> None:
    from desktop_app.models import Attendee
    from desktop_app.services.common.settings import SYNC_LAST_SUCCESS
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=20, seed=11, activity=False)
    page.ctx.set_event(event.id)
    topics: list[str] = []
    page.ctx.data_changed.connect(topics.append)
    assert not page.ui.syncNowButton.isEnabled()  # nothing to sync with yet
    qtbot.keyClicks(page.ui.hubUrlEdit, hub.url)
    qtbot.keyClicks(page.ui.pairCodeEdit, hub.pair_code())
    qtbot.keyClicks(page.ui.stationNameEdit, "Meja A")
    qtbot.mouseClick(page.ui.pairButton, qtbot_button())
    qtbot.waitUntil(lambda: page.ui.stateValue.text() == "Tersinkron", timeout=15000)
    assert page.ui.pendingValue.text() == "0"
    assert "sync" in topics and SYNC_LAST_SUCCESS.get() is not None
    assert page.ui.lastSuccessValue.text().endswith("WITA")  # event's zone, local time
    # Station B, another process: enrols, pulls the event, checks in and signs.
    script = subprocess.run(
        [
            sys.executable,
            "-c",
            STATION_B,
            str(tmp_path / "b"),
            hub.url,
            hub.pair_code(),
            event.code,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert script.returncode == 0, script.stderr
    first = Attendee.select().order_by(Attendee.sort_name).first()
    check_in(event, first)
    sign(event, first)
    # The check-in, the signature, its audit entry and each one's signed evidence link.
    assert page._pending() == 5
    qtbot.mouseClick(page.ui.syncNowButton, qtbot_button())
    qtbot.waitUntil(lambda: not page.working, timeout=15000)
    assert page.ui.stateValue.text() == "Tersinkron" and page.ui.pendingValue.text() == "0"
    run_cli("sync", home=tmp_path / "b", check=True)
    a_json = json.loads(run_cli("events", "--json", home=home, check=True).stdout)
    b_json = json.loads(run_cli("events", "--json", home=tmp_path / "b", check=True).stdout)
    assert a_json == b_json and a_json[0]["present"] == 1 and a_json[0]["signed"] == 1
    page.grab().save(str(tmp_path / "sync_page.png"))


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_errors_in_plain_words_and_backoff(page, qtbot, tmp_path: Path) -> None:
    from desktop_app.services.common.settings import HUB_URL, SYNC_AUTO
    from desktop_app.ui.sync.sync_runner import backoff_interval, start_background_sync

    assert [backoff_interval(n, 1000, 60_000) for n in range(8)] == [
        1000,
        2000,
        4000,
        8000,
        16000,
        32000,
        60000,
        60000,
    ]
    qtbot.mouseClick(page.ui.pairButton, qtbot_button())
    assert "kode pemasangan" in page.ui.errorLabel.text() and page.ui.errorLabel.isVisible()
    # Enrolled at a hub that is not running: background sync fails and backs off.
    HUB_URL.set("http://127.0.0.1:9")
    page.runner.base_interval_ms = 50
    page.refresh()
    page.ui.autoSyncCheck.setChecked(True)
    qtbot.waitUntil(lambda: page.runner.failures >= 2, timeout=10000)
    qtbot.waitUntil(lambda: not page.working, timeout=10000)
    assert "tidak dapat dihubungi" in page.ui.errorLabel.text()
    assert page.ui.stateValue.text() == "Gagal sinkron"
    assert page.runner.next_attempt_ms() >= 50 * 2**2 or page.runner.busy
    page.ui.autoSyncCheck.setChecked(False)
    assert page.runner.next_attempt_ms() == -1
    qtbot.waitUntil(lambda: SYNC_AUTO.get() is False, timeout=5000)  # stored on the write path
    # A new window resumes background sync at start-up when the user had it on.
    from desktop_app.ui.context import AppContext

    SYNC_AUTO.set(True)
    fresh = AppContext(page.ctx.home)
    runner = start_background_sync(fresh)
    assert runner.timer.isActive() or runner.busy
    qtbot.waitUntil(lambda: runner.failures >= 1 and not runner.busy, timeout=10000)
    runner.set_auto(False)


def test_bundle_buttons_export_and_import_with_trust_question(
    page, qtbot, home: Path, tmp_path: Path
) -> None:
    from desktop_app.models import Attendee
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=5, seed=12)
    page.ctx.set_event(event.id)
    out = tmp_path / "a.ikrar"
    pending = page._pending()
    assert pending > 0 and page.ui.pendingValue.text() == str(pending)
    page.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and not page.working, timeout=10000)
    # The export carried every change so far: the page says so instead of the bare count.
    qtbot.waitUntil(lambda: "sudah ada di bundel" in page.ui.pendingValue.text(), timeout=5000)
    from tests.factories import check_in

    check_in(event, Attendee.select().first())
    page.ctx.notify("checkins")
    made_after = page._pending() - pending  # not enrolled: nothing reached a hub
    assert made_after >= 1
    assert page.ui.pendingValue.text().startswith(f"{made_after} sejak bundel")
    # The bundle goes to a fresh station made by another station's export (own-key bundle is
    # trusted); simulate a foreign one with the CLI on another data dir.
    other = tmp_path / "other"
    assert run_cli("demo", "--attendees", "3", home=other).returncode == 0
    code = run_cli("events", "--json", home=other, check=True)
    foreign = tmp_path / "foreign.ikrar"
    run_cli(
        "bundle",
        "export",
        json.loads(code.stdout)[0]["code"],
        "--out",
        str(foreign),
        home=other,
        check=True,
    )
    asked: list[str] = []
    page.ask_trust = lambda name, fp: asked.append(fp) or True  # type: ignore[method-assign]
    page.import_from(foreign)
    qtbot.waitUntil(lambda: Attendee.select().count() == 8 and not page.working, timeout=10000)
    assert len(asked) == 1 and len(asked[0]) == 19


def test_a_pairing_qr_from_the_camera_pairs(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The camera path: whatever the webcam window decodes reaches the same pairing."""
    from desktop_app.sync.pairing_uri import pairing_uri

    paired: list[str] = []
    monkeypatch.setattr(page, "pair", lambda: paired.append(page.ui.hubUrlEdit.text()))
    from desktop_app.ui.webcam_scanner import WebcamScanner

    monkeypatch.setattr(WebcamScanner, "start", lambda self: False)  # no camera in CI
    page.open_webcam()
    assert page._webcam.isVisible()
    uri = pairing_uri("https://192.168.1.10:8765", "ABCD-1234", "AB" * 32)
    page._webcam.code_found.emit("K7M2QX9A")  # an invitation code is not for this page
    assert paired == []
    page._webcam.code_found.emit(uri)
    assert paired == [uri] and not page._webcam.isVisible()
    assert page.ui.fingerprintEdit.text() == "AB" * 32
