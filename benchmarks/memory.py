"""Memory of the window with a 50,000-attendee event open (goal: < 300 MB resident).

Builds an event with 50,000 invited attendees (~80 % checked in, half of those signed with
their signature image, certificates for the signed), then starts the real window on it in a
fresh process, visits every page in turn, lets each finish its background loading (the
Registrasi page's search index included) and reads the process's resident memory (now and
its peak). Baseline, same run: a bare PySide6 QMainWindow process, measured the same way.

Run: python -m benchmarks.memory [--attendees 50000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402

GOAL_MB = 300
SCREEN = (1366, 768)

# The child: the real window (same start as ``run_app``), every page visited, then memory.
CHILD = """
import json, sys
from pathlib import Path
from desktop_app.bootstrap import open_home
from desktop_app.ui.app import create_application, install_translations
from desktop_app.ui.context import AppContext
from desktop_app.ui.fonts import apply_ui_font
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.page_registry import PAGES
from benchmarks.memory import memory_mb, settle

home = open_home(Path(sys.argv[1]))
app = create_application()
apply_ui_font(app)
install_translations(app, "id")
window = MainWindow(AppContext(home))
window.resize(1366, 768)
window.show()
settle(app)
shown = {"first page": memory_mb()}
for spec in PAGES:
    window.show_page(spec.key)
    settle(app)
    shown[spec.key] = memory_mb()
if "--index" in sys.argv:  # the Registrasi page's search index, built in the background
    from desktop_app.services.registration import attendee_search
    assert window.ctx.event_id in attendee_search._cache
print("MEMORY " + json.dumps({"pages": shown, "final": memory_mb()}))
"""

BARE = """
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from benchmarks.memory import memory_mb, settle
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
settle(app)
print("MEMORY " + json.dumps({"pages": {}, "final": memory_mb()}))
"""


def memory_mb() -> dict[str, float]:
    """Resident memory now and at its peak (Linux /proc), in MB."""
    status = Path("/proc/self/status").read_text().splitlines()
    values = {line.split(":")[0]: int(line.split()[1]) for line in status if "kB" in line}
    return {"rss": values.get("VmRSS", 0) / 1024, "peak": values.get("VmHWM", 0) / 1024}


def settle(app: Any, seconds: float = 0.3) -> None:
    """Run the event loop until background tasks are done and nothing is pending."""
    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + 120
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since > seconds:
            return
        time.sleep(0.01)


def build_event(home: Path, attendees: int) -> dict[str, int]:
    """The event: attendees, check-ins (demo arrivals), signatures for half of the present
    (a real signature image, the same one: its size is what matters), their certificates."""
    from desktop_app.bootstrap import open_home
    from desktop_app.models import (
        Attendee,
        DeclarationText,
        Signature,
        database_proxy,
        local_station,
        stamp_and_log_many,
    )
    from desktop_app.services.certificates.issuing import issue_missing
    from desktop_app.services.demo.checkins import add_demo_checkins
    from desktop_app.services.demo.demo_event import demo_event_input, generate_attendees
    from desktop_app.services.demo.handwriting import synthetic_signature
    from desktop_app.services.events.event_store import create_event
    from desktop_app.services.events.presence import present_attendee_ids
    from desktop_app.services.signing.signature_render import render_png

    open_home(home)
    rng = random.Random(3)
    with database_proxy.atomic():
        event = create_event(demo_event_input(), operator="bench")
        stamp_and_log_many(Attendee, generate_attendees(event, attendees, rng))
    add_demo_checkins(event, rng)
    present = sorted({c.attendee_id for c in present_attendee_ids(event)})
    signers = set(rng.sample(present, len(present) // 2))
    text = DeclarationText.select().where(DeclarationText.event == event).first()
    shape = synthetic_signature(rng)
    image = render_png(shape)
    strokes = shape.compressed()
    station = local_station().id
    rows, previous = [], "0" * 64
    people = Attendee.select().where(Attendee.id.in_(list(signers)))
    for seq, person in enumerate(people, start=1):
        record = hashlib.sha256(f"{previous}{person.id}{seq}".encode()).hexdigest()
        rows.append(
            Signature(
                event=event,
                attendee=person,
                declaration_text=text,
                signer_name=person.full_name,
                text_signed=text.body,
                text_sha256=text.body_sha256,
                strokes=strokes,
                strokes_sha256=hashlib.sha256(strokes).hexdigest(),
                image_png=image,
                consent=True,
                chain_seq=seq,
                prev_hash=previous,
                record_hash=record,
                station_id=station,
            )
        )
        previous = record
    with database_proxy.atomic():
        stamp_and_log_many(Signature, rows)
    issued = issue_missing(event)
    return {
        "attendees": attendees,
        "present": len(present),
        "signed": len(rows),
        "certificates": len(issued),
    }


def run_child(script: str, home: Path, *extra: str) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    result = subprocess.run(
        [sys.executable, "-c", script, str(home), *extra],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    for line in result.stdout.splitlines():
        if line.startswith("MEMORY "):
            return json.loads(line.removeprefix("MEMORY "))  # type: ignore[no-any-return]
    raise SystemExit(f"no memory figure from the child:\n{result.stdout}\n{result.stderr}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--attendees", type=int, default=50_000)
    parser.add_argument("--keep", metavar="DIR", help="build the event in DIR and keep it")
    args = parse_args(parser, {"attendees": 300})
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(args.keep) if args.keep else Path(tmp) / "home"
        started = time.perf_counter()
        built = build_event(home, args.attendees)
        size = sum(p.stat().st_size for p in home.glob("ikrar.sqlite3*")) / 1e6
        print(
            f"event: {built['attendees']} attendees, {built['present']} present, "
            f"{built['signed']} signed, {built['certificates']} certificates; database "
            f"{size:.0f} MB; built in {time.perf_counter() - started:.0f} s"
        )
        bare = run_child(BARE, home)["final"]
        ours = run_child(CHILD, home, "--index")
        print(f"bare PySide6 QMainWindow (baseline): {bare['rss']:6.0f} MB resident")
        for page, figure in ours["pages"].items():
            print(f"  after {page:<14} {figure['rss']:6.0f} MB resident")
        final = ours["final"]
        print(
            f"Ikrar, every page visited, index built: {final['rss']:6.0f} MB resident "
            f"(x{final['rss'] / bare['rss']:.1f} the bare window), peak {final['peak']:.0f} MB"
        )
        print(
            f"goal < {GOAL_MB} MB: {'MET' if final['peak'] < GOAL_MB else 'NOT MET'} "
            f"(peak {final['peak']:.0f} MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
