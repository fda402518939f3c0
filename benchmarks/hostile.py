"""Crafted input is refused fast and small (issue 12's figures), and how workbooks are read.

Each refusal runs as a real ``ikrar`` process (its peak RSS includes the reader's worker),
against a baseline measured in the same run: the same command on a small good file.
Goals: far cell and 200 MiB cell refused in < 5 s; a 1 GiB-inflating bundle in < 2 s;
no crafted input above 512 MiB; the hub grows < 50 MiB refusing a 300 MiB body.
Reader choice: a 10,000-row workbook read by calamine in the worker (what Ikrar does),
calamine in this process, and openpyxl's read-only mode.
Run: python -m benchmarks.hostile [--cell-mib 200] [--bundle-mib 1024] [--body-mib 300]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.smoke import parse_args  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
_MEASURE = """
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"rc": done.returncode, "err": done.stderr.strip(),
                  "s": time.perf_counter() - t0,
                  "peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def ikrar(home: Path, *args: str) -> dict[str, object]:
    """Run one command; its wall time, exit code, stderr and process-tree peak RSS."""
    env = dict(os.environ, IKRAR_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=True,
    )
    return dict(json.loads(done.stdout))


def line(label: str, result: dict[str, object], baseline: dict[str, object]) -> str:
    seconds, peak = float(str(result["s"])), float(str(result["peak_mib"]))
    ratio = seconds / max(float(str(baseline["s"])), 1e-6)
    return (
        f"{label}: exit {result['rc']} in {seconds:.2f} s (x{ratio:.1f} the baseline), "
        f"peak {peak:.0f} MiB  [{str(result['err'])[:70]}]"
    )


def hub_growth(tmp: Path, body_mib: int) -> tuple[float, float, str]:
    """Hub RSS before and after refusing an unauthenticated body of ``body_mib`` MiB."""
    from tests.sync.harness import HubProcess

    def rss_mib(pid: int) -> float:
        for row in Path(f"/proc/{pid}/status").read_text().splitlines():
            if row.startswith("VmRSS:"):
                return int(row.split()[1]) / 1024
        return 0.0

    hub = HubProcess(tmp / "hub").start()
    try:
        assert hub.proc is not None
        before = rss_mib(hub.proc.pid)
        with socket.create_connection(("127.0.0.1", hub.port), timeout=60) as sock:
            head = f"POST /api/push HTTP/1.1\r\nHost: x\r\nContent-Length: {body_mib * MIB}\r\n\r\n"
            sock.sendall(head.encode())
            try:
                for _ in range(body_mib):
                    sock.sendall(b"x" * MIB)
            except OSError:
                pass  # answered and closed before the body was sent: the point
            sock.settimeout(10)
            try:
                status = sock.recv(200).split(b"\r\n")[0].decode()
            except OSError:
                status = "(connection closed)"
        return before, rss_mib(hub.proc.pid), status
    finally:
        hub.kill()


def reader_choice(tmp: Path, rows: int) -> list[str]:
    import importlib

    make_workbook = importlib.import_module("benchmarks.import").make_workbook  # a keyword
    from desktop_app.services.registration.spreadsheet_limits import DEFAULT_LIMITS
    from desktop_app.services.registration.workbook_reader import read_workbook
    from desktop_app.services.registration.workbook_worker import read_workbook_isolated

    book = tmp / "undangan.xlsx"
    make_workbook(book, rows)
    timings = {}
    t0 = time.perf_counter()
    read_workbook(book, None, DEFAULT_LIMITS)
    timings["calamine, this process (baseline)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    read_workbook_isolated(book, None, DEFAULT_LIMITS)
    timings["calamine, worker process (Ikrar)"] = time.perf_counter() - t0
    import openpyxl

    t0 = time.perf_counter()
    workbook = openpyxl.load_workbook(book, read_only=True, data_only=True)
    sum(1 for _ in workbook.active.iter_rows(values_only=True))
    workbook.close()
    timings["openpyxl read-only, this process"] = time.perf_counter() - t0
    base = timings["calamine, this process (baseline)"]
    return [
        f"reader, {rows}-row workbook: {name}: {s:.2f} s (x{s / base:.1f})"
        for name, s in timings.items()
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cell-mib", type=int, default=200)
    parser.add_argument("--bundle-mib", type=int, default=1024)
    parser.add_argument("--body-mib", type=int, default=300)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parse_args(parser, {"cell_mib": 4, "bundle_mib": 300, "body_mib": 20, "rows": 300})

    from tests.conftest import run_cli
    from tests.hostile_files import far_cell_xlsx, giant_cell_xlsx, plain_xlsx, signed_bundle

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        home = tmp / "home"
        code = run_cli("demo", "--attendees", "0", home=home, check=True).stdout.strip()
        baseline = ikrar(home, "import", code, str(plain_xlsx(tmp / "ok.xlsx")), "--dry-run")
        print(line("import of a 2-row workbook (baseline)", baseline, baseline))
        far = far_cell_xlsx(tmp / "far.xlsx")
        print(line("far cell XFD1048576 (2 KB)", ikrar(home, "import", code, str(far)), baseline))
        giant = giant_cell_xlsx(tmp / "giant.xlsx", mib=args.cell_mib)
        print(
            line(
                f"one {args.cell_mib} MiB cell ({giant.stat().st_size / MIB:.1f} MB file)",
                ikrar(home, "import", code, str(giant)),
                baseline,
            )
        )

        good = signed_bundle(tmp / "good.ikrar", (b'{"table":"x","payload":{}}\n', 1))
        bundle_base = ikrar(home, "bundle", "import", str(good), "--trust")
        print(line("a one-row bundle, read to its last step (baseline)", bundle_base, bundle_base))
        bomb = signed_bundle(tmp / "bomb.ikrar", (b" " * MIB, args.bundle_mib))
        print(
            line(
                f"bundle inflating to {args.bundle_mib} MiB "
                f"({bomb.stat().st_size / MIB:.1f} MB file)",
                ikrar(home, "bundle", "import", str(bomb), "--trust"),
                bundle_base,
            )
        )

        if sys.platform == "linux":
            before, after, status = hub_growth(tmp, args.body_mib)
            print(
                f"hub refusing an unauthenticated {args.body_mib} MiB body: {status}; "
                f"RSS {before:.0f} -> {after:.0f} MiB (+{after - before:.0f} MiB)"
            )
        for row in reader_choice(tmp, args.rows):
            print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
