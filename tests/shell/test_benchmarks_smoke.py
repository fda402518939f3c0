"""Every script under benchmarks/ runs in its ``--smoke`` mode and prints its figures.

A change that breaks a benchmark fails here instead of being found months later; the
figures of a smoke run (tiny sizes, a busy machine) are not checked, only that they are
printed. Full runs stay out of the suite (``python -m benchmarks.NAME``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?"

# Script -> lines its output must contain (regular expressions), and whether it is slow.
EXPECTED: dict[str, tuple[list[str], bool]] = {
    "bundles": (
        [
            rf"export, rows in clear \(baseline\): {NUMBER} s, {NUMBER} MB",
            rf"export, sealed to the organizer: {NUMBER} s \(x{NUMBER} the baseline\), {NUMBER} MB",
            rf"import at the organizer, rows in clear \(baseline\): {NUMBER} s",
            rf"import at the organizer, sealed: {NUMBER} s \(x{NUMBER} the baseline\)",
        ],
        False,
    ),
    "certificates": (
        [
            rf"baseline \(QrCodeWidget.*: +{NUMBER} certificates/s",
            rf"Ikrar, one process \(per CPU second\): +{NUMBER} certificates/s \({NUMBER}x",
            rf"Ikrar, worker processes \+ merge.*\({NUMBER}x the baseline\)",
        ],
        True,
    ),
    "desk": (
        [
            rf"keystroke -> results painted, bare list \(baseline\): p50 +{NUMBER} ms",
            rf"keystroke -> results painted, Ikrar Registrasi: +p50 +{NUMBER} ms +p95 +{NUMBER} ms",
            rf"ratio to baseline: p50 x{NUMBER}, p95 x{NUMBER}",
            rf"scanner Enter -> 'HADIR' painted: +p50 +{NUMBER} ms",
        ],
        True,
    ),
    "documents": (
        [
            rf"certificates, {NUMBER} attendees: naive loop {NUMBER}/s",
            rf"run 1: ikrar certificates \(process, issuing included\) {NUMBER} s "
            rf"= {NUMBER}x the naive loop",
            rf"invitation letters, {NUMBER}: {NUMBER} ms CPU per attendee",
            rf"badges, {NUMBER}: {NUMBER} ms CPU per attendee",
            rf"surat pernyataan, {NUMBER}: {NUMBER} s wall",
            rf"daftar hadir: {NUMBER} pages in {NUMBER} s",
        ],
        True,
    ),
    "hostile": (
        [
            rf"import of a 2-row workbook \(baseline\): exit 0 in {NUMBER} s",
            rf"far cell XFD1048576 \(2 KB\): exit 1 in {NUMBER} s .*peak {NUMBER} MiB",
            rf"one {NUMBER} MiB cell .*: exit 1 in {NUMBER} s",
            rf"bundle inflating to {NUMBER} MiB .*: exit 1 in {NUMBER} s",
            rf"reader, {NUMBER}-row workbook: calamine, worker process \(Ikrar\): {NUMBER} s",
        ],
        False,
    ),
    "hub": (
        [
            rf"1\. SQLite, 1 worker \(baseline\): .* = {NUMBER} rows/s; push latency "
            rf"p50 {NUMBER} ms p95 {NUMBER} ms .*= {NUMBER} MB per 1,000 attendees",
            # Skipped, with its reason, where the PostgreSQL 15 binaries are missing.
            rf"(2\. PostgreSQL 15, {NUMBER} workers: .* = {NUMBER} rows/s; push latency p50 "
            rf"{NUMBER} ms p95 {NUMBER} ms .*= {NUMBER} MB per 1,000 attendees"
            r"|2\. PostgreSQL: skipped \(.+\))",
        ],
        True,
    ),
    "import": (
        [
            rf"read only \(baseline\): +{NUMBER} s",
            rf"full import: +{NUMBER} s",
            rf"import / read: x{NUMBER}",
        ],
        False,
    ),
    "memory": (
        [
            rf"bare PySide6 QMainWindow \(baseline\): +{NUMBER} MB resident",
            rf"Ikrar, every page visited, index built: +{NUMBER} MB resident \(x{NUMBER} the bare",
        ],
        True,
    ),
    "phones": (
        [
            rf"bare round trip /api/health \(baseline\): p50 {NUMBER} ms p95 {NUMBER} ms",
            rf"page load, {NUMBER} phones: p50 {NUMBER} ms p95 {NUMBER} ms "
            rf"\(x{NUMBER} the baseline",
            rf"submit, {NUMBER} phones: p50 {NUMBER} ms p95 {NUMBER} ms \(x{NUMBER} the baseline",
            rf"records: {NUMBER} signatures \({NUMBER} by phone\) for {NUMBER} attendees, "
            rf"duplicates 0, chain intact: yes",
        ],
        True,
    ),
    "search": (
        [
            rf"LIKE '%q%' scan \(baseline\) +p50 +{NUMBER} ms +p95 +{NUMBER} ms",
            rf"in-memory index \(Ikrar\) +p50 +{NUMBER} ms +p95 +{NUMBER} ms",
            rf"baseline / Ikrar: p50 x{NUMBER}, p95 x{NUMBER}",
        ],
        False,
    ),
    "nik_sealing": (
        [
            rf"baseline: keyed hash of a NIK \(HMAC-SHA-256\) +{NUMBER} µs per row",
            rf"sealed, one ephemeral key per session +{NUMBER} µs per row \(x{NUMBER} the hash\)",
            rf"sealed, fresh ECDH per value \(not chosen\) +{NUMBER} µs per row",
            rf"opened at the organizer \(cached session\) +{NUMBER} µs per row",
            rf"import write path, {NUMBER} rows, sealed to the organizer: {NUMBER} µs per row "
            rf"\(x{NUMBER} the baseline\)",
            rf"sealing them when the key becomes known later: {NUMBER} µs per row",
        ],
        False,
    ),
    "key_vault": (
        [
            rf"baseline: load a clear PEM key +median +{NUMBER} µs",
            rf"unlock \(scrypt N=2\^{NUMBER}, r={NUMBER}, .* MiB\): median {NUMBER} ms",
            rf"load a sealed key once unlocked +median +{NUMBER} µs \(x{NUMBER} baseline\)",
            rf"6-digit PIN \(10\^6\) +worst case {NUMBER} core-",
        ],
        False,
    ),
    "signature": (
        [
            rf"baseline QWidget \(ignores events\) +p50 +{NUMBER} µs",
            rf"pad, mouse events +p50 +{NUMBER} µs +p99 +{NUMBER} µs .*\( *{NUMBER}x baseline",
            rf"signed rows, {NUMBER} pages.*\({NUMBER}x baseline wall\)",
        ],
        False,
    ),
    "startup": (
        [
            rf"bare PySide6 QMainWindow +: median +{NUMBER} ms",
            rf"bare \+ fixed costs \(floor\) +: median +{NUMBER} ms .*ratio {NUMBER}x",
            rf"ikrar gui, window painted +: median +{NUMBER} ms .*ratio {NUMBER}x",
        ],
        True,
    ),
    "sync": (
        [
            rf"1\. first sync, .*{NUMBER} rows .* in {NUMBER} s",
            rf"0\. baseline: a bare HTTP round trip to the hub, median {NUMBER} ms",
            rf"3\. no-change sync: median {NUMBER} ms = x{NUMBER} a round trip",
            rf"4\. hub throughput: .*\(x{NUMBER} of baseline\)",
        ],
        True,
    ),
}


def test_every_benchmark_has_a_smoke_test() -> None:
    scripts = {
        p.stem for p in (REPO / "benchmarks").glob("*.py") if p.stem not in ("__init__", "smoke")
    }
    assert scripts == set(EXPECTED)


@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=[pytest.mark.slow] * slow) for n, (_, slow) in EXPECTED.items()],
)
def test_benchmark_smoke_run(name: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IKRAR_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}", "--smoke"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for pattern in EXPECTED[name][0]:
        assert re.search(pattern, result.stdout), f"{pattern!r} not in:\n{result.stdout}"
