"""Start-up time: process start -> main window painted, vs a bare PySide6 QMainWindow.

Both run as fresh processes, alternating, several times, from compiled bytecode (as
installed); each prints a marker on its first paint and quits. Ikrar's first paint is its
real main window (frame, page list, a "Memuat…" page); its first page is built with its
data right after, before the window takes input ("first page ready", also printed).
Prints the medians and the ratio (goal: <= 1.5x).
Offscreen by default; ``--platform xcb`` under ``xvfb-run -a`` paints a real X window.

    python -m benchmarks.startup [--runs 7] [--attendees 300] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402

MARKER = "ikrar: window shown"
PAGE_MARKER = "ikrar: first page ready"

BARE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Shown(QObject):
    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            obj.removeEventFilter(self)
            print({MARKER!r}, flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 760)
shown = Shown(window)
window.installEventFilter(shown)
window.show()
sys.exit(app.exec())
"""

# The bare window plus what any Ikrar window pays before its first paint whatever its pages
# do: the bundled interface fonts, and reading the language from the database file with
# the standard library (peewee, the models and the database opening come after the first
# paint since the window paints "Memuat…" first). Its ratio to the bare window is the part
# of the goal no page or import order can win back.
FLOOR = BARE.replace(
    "app = QApplication(sys.argv[:1])",
    """from desktop_app.paths import resolve_home
from desktop_app.services.common.settings import LANGUAGE
LANGUAGE.peek(resolve_home(None).database)
from desktop_app.ui.fonts import apply_ui_font
app = QApplication(sys.argv[:1])
apply_ui_font(app)""",
)


def time_process(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawning ``command`` until it prints the shown marker and the page marker
    (a process without pages reports the same moment twice), and the CPU seconds it used
    (user + system; less sensitive than wall time to other work on a busy machine)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    shown = page = 0.0
    for line in process.stdout:
        if MARKER in line:
            shown = time.perf_counter() - start
        elif PAGE_MARKER in line:
            page = time.perf_counter() - start
            break
    cpu = float("nan")
    if hasattr(os, "wait4"):  # POSIX: the child's own resource usage
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = 0
        cpu = usage.ru_utime + usage.ru_stime
    else:
        process.wait(timeout=30)
    if not shown:
        error = process.stderr.read() if process.stderr else ""
        raise SystemExit(f"no window from {command}: {error}")
    return shown, page or shown, cpu


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--attendees", type=int, default=300)
    parser.add_argument("--platform", choices=["offscreen", "xcb"], default="offscreen")
    args = parse_args(parser, {"runs": 1, "attendees": 20})
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=args.platform,
            IKRAR_HOME=str(home),
            IKRAR_EXIT_AFTER_SHOW="1",
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
        )
        # Installed apps run from compiled bytecode; a developer shell that forbids writing it
        # would make every run recompile Ikrar's modules (and not the bare script's).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "demo", "--attendees", str(args.attendees)],
            cwd=REPO,
            env=env,
            check=True,
            capture_output=True,
        )
        ikrar_cmd = [sys.executable, "-m", "desktop_app", "gui"]
        bare_cmd = [sys.executable, "-c", BARE]
        floor_cmd = [sys.executable, "-c", FLOOR]
        # One untimed run of each warms the OS file cache for all alike.
        time_process(ikrar_cmd, env)
        time_process(bare_cmd, env)
        time_process(floor_cmd, env)
        ikrar, ikrar_page, bare, floor, ikrar_cpu, bare_cpu = [], [], [], [], [], []
        for _ in range(args.runs):
            shown, _, cpu = time_process(bare_cmd, env)
            bare.append(shown)
            bare_cpu.append(cpu)
            floor.append(time_process(floor_cmd, env)[0])
            shown, page, cpu = time_process(ikrar_cmd, env)
            ikrar.append(shown)
            ikrar_page.append(page)
            ikrar_cpu.append(cpu)
    bare_median = statistics.median(bare)
    print(
        f"runs: {args.runs} each, demo event with {args.attendees} attendees, "
        f"platform {args.platform}"
    )
    print(
        f"bare PySide6 QMainWindow       : median {bare_median * 1000:7.1f} ms "
        f"(min {min(bare) * 1000:.1f})"
    )
    for label, values in (
        ("bare + fixed costs (floor)", floor),
        ("ikrar gui, window painted", ikrar),
        ("ikrar gui, first page ready", ikrar_page),
    ):
        median = statistics.median(values)
        print(
            f"{label:31s}: median {median * 1000:7.1f} ms (min {min(values) * 1000:.1f})"
            f"  ratio {median / bare_median:.2f}x"
        )
    print(f"{'ratio of minimum wall times':31s}: {min(ikrar) / min(bare):.2f}x (window painted)")
    cpu_bare, cpu_ikrar = statistics.median(bare_cpu), statistics.median(ikrar_cpu)
    print(
        f"{'CPU per process (to exit)':31s}: bare {cpu_bare * 1000:.0f} ms, ikrar "
        f"{cpu_ikrar * 1000:.0f} ms, ratio {cpu_ikrar / cpu_bare:.2f}x"
    )
    print("goal: window painted <= 1.50x the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
