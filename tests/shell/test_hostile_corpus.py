"""Every crafted file in ``tests/data/hostile/`` through the real commands (issue 12).

A command may only succeed (0) or refuse (1 with one line on stderr, no traceback), and
its process tree may not grow past 512 MiB. The hub answers every crafted body with 4xx.
The files are small; ``python -m tests.hostile_files`` rewrites them.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import REPO, run_cli
from tests.hostile_files import CORPUS
from tests.sync.harness import HubProcess

pytestmark = [
    pytest.mark.slow,  # some thirty real `ikrar` processes
    pytest.mark.skipif(sys.platform == "win32", reason="peak memory read with getrusage"),
]

MAX_RSS_MIB = 512
SPREADSHEETS = sorted(p for p in CORPUS.iterdir() if p.suffix in {".xlsx", ".xls", ".csv"})
BUNDLES = sorted(CORPUS.glob("*.ikrar"))
HUB_BODIES = sorted(CORPUS.glob("hub-*"))

# Runs one command and reports the peak RSS of everything it started (worker included).
_MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": done.returncode, "out": done.stdout, "err": done.stderr,
                  "peak_mib": peak_kib / 1024}))
"""


def measured(home: Path, *args: str) -> dict[str, object]:
    env = dict(os.environ, IKRAR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout))


def assert_clean_outcome(result: dict[str, object]) -> None:
    assert result["rc"] in (0, 1), result
    err = str(result["err"])
    assert "Traceback" not in err and "Traceback" not in str(result["out"])
    if result["rc"] == 1:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("ikrar: "), err
    assert float(str(result["peak_mib"])) < MAX_RSS_MIB, result


@pytest.fixture(scope="module")
def event_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    home = tmp_path_factory.mktemp("corpus") / "home"
    code = run_cli("demo", "--attendees", "0", home=home, check=True).stdout.strip()
    return home, code


def test_corpus_is_small_and_complete() -> None:
    assert len(SPREADSHEETS) >= 12 and len(BUNDLES) >= 5 and len(HUB_BODIES) >= 5
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 200_000


@pytest.mark.parametrize("path", SPREADSHEETS, ids=lambda p: p.name)
def test_import_of_crafted_spreadsheet(event_home: tuple[Path, str], path: Path) -> None:
    home, code = event_home
    assert_clean_outcome(measured(home, "import", code, str(path), "--dry-run"))


@pytest.mark.parametrize("path", BUNDLES, ids=lambda p: p.name)
def test_import_of_crafted_bundle(event_home: tuple[Path, str], path: Path) -> None:
    home, _ = event_home
    result = measured(home, "bundle", "import", str(path), "--trust")
    assert result["rc"] == 1  # none of them is a bundle to accept
    assert_clean_outcome(result)


def test_hub_answers_crafted_bodies_with_4xx(tmp_path: Path) -> None:
    hub = HubProcess(tmp_path / "hub").start()
    try:
        for path in HUB_BODIES:
            body = path.read_bytes()
            headers = {"Content-Encoding": "gzip"} if path.suffix == ".gz" else {}
            for route in ("/api/enroll", "/api/push"):
                response = httpx.post(f"{hub.url}{route}", content=body, headers=headers)
                assert 400 <= response.status_code < 500, (path.name, route, response.text)
        gzip_bomb = gzip.decompress((CORPUS / "hub-gzip-bomb.json.gz").read_bytes())
        assert len(gzip_bomb) > 1024 * 1024  # it does inflate: the cap is what stops it
        log = (hub.home / "hub-output.txt").read_text(errors="replace")
        assert "Traceback" not in log
    finally:
        hub.kill()
