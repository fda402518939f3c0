"""The PyInstaller bundle is complete: it runs the CLI and opens the window with no source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--workpath",
            str(build / "work"),
            "--distpath",
            str(build / "dist"),
            str(REPO / "build.spec"),
        ],
        cwd=build,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    suffix = ".exe" if os.name == "nt" else ""
    exe = build / "dist" / "ikrar" / f"ikrar{suffix}"
    assert exe.exists()
    assert (exe.parent / f"ikrar-gui{suffix}").exists()  # the windowed twin for shortcuts
    return exe


def _run(exe: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("IKRAR_HOME", "PYTHONPATH")}
    environment.update(QT_QPA_PLATFORM="offscreen", **env)
    # Run from an empty folder so nothing can come from the source tree.
    return subprocess.run(
        [str(exe), "--home", str(home), *args],
        cwd=home.parent,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def test_frozen_cli_demo_and_events(frozen_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    demo = _run(frozen_app, "demo", "--attendees", "5", home=home)
    assert demo.returncode == 0, demo.stderr
    code = demo.stdout.strip()
    assert len(code) == 6
    listed = _run(frozen_app, "events", "--json", home=home)
    assert listed.returncode == 0, listed.stderr
    events = json.loads(listed.stdout)
    assert [(e["code"], e["attendees"]) for e in events] == [(code, 5)]
    assert events[0]["timezone"] == "Asia/Makassar"  # zone data is bundled
    bad = _run(frozen_app, "events", "--bogus", home=home)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_frozen_gui_opens_with_forms_and_translations(frozen_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert _run(frozen_app, "demo", "--attendees", "3", home=home).returncode == 0
    shown = _run(frozen_app, "gui", "--lang", "en", home=home, IKRAR_EXIT_AFTER_SHOW="1")
    assert shown.returncode == 0, shown.stderr
    assert "ikrar: window shown" in shown.stdout
    log_text = (home / "logs" / "ikrar.log").read_text(encoding="utf-8")
    assert "main window shown (language en)" in log_text
    assert "translation ikrar_en.qm not found" not in log_text
    assert "font not loaded" not in log_text
