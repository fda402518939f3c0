"""The venue day of issue 13 on a real X server, with X-level keys and clicks (xdotool).

Starts its own Xvfb at 1366x768, runs ``tests/shell/venue_day_driver.py`` in it (the window
on the xcb platform), then checks the day's data again from outside: 20 typed and 20
scanned check-ins plus a walk-in, one signature, a certificate whose QR code points at the
event's verification address, and a second desk paired with the hub the window started.
Screenshots of every step are left in ``$IKRAR_VENUE_SHOTS`` (default: the test's tmp dir).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.harness import free_port

REPO = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display"
    return xvfb, f":{number}"


@pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("zbarimg")),
    reason="needs Xvfb, xdotool and zbarimg (IKRAR_SETUP=test bash scripts/setup-env.sh)",
)
def test_a_venue_day_under_xvfb(tmp_path: Path) -> None:
    from desktop_app.bootstrap import open_home
    from desktop_app.models import Attendee, Checkin, Signature, close_db

    shots = Path(os.environ.get("IKRAR_VENUE_SHOTS", tmp_path / "shots"))
    home = tmp_path / "meja-1"
    xvfb, display = _start_xvfb()
    try:
        env = dict(os.environ, DISPLAY=display, VENUE_HUB_PORT=str(free_port()))
        env.pop("QT_QPA_PLATFORM", None)
        run = subprocess.run(
            [sys.executable, "-m", "tests.shell.venue_day_driver", str(home), str(shots)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-6000:]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["lost"] == [] and summary["scanned"] == 20 and summary["typed"] == 20
    assert summary["delays_ms"][0] >= 3 and summary["delays_ms"][1] <= 30
    assert len(list(shots.glob("*.png"))) == len(summary["steps"]) >= 12
    # The day, read back from the desk's database by another process.
    open_home(home)
    try:
        assert Checkin.select().where(Checkin.method == "SCANNER").count() == 20
        assert Checkin.select().where(Checkin.method == "SEARCH").count() == 20
        assert Attendee.select().where(Attendee.source == "WALK_IN").count() == 1
        assert Signature.select().count() == 1
        assert {c.operator for c in Checkin.select()} == {"Rina Manafe"}
    finally:
        close_db()
