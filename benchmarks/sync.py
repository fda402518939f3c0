"""Sync benchmark against a real hub process on loopback.

  python benchmarks/sync.py [--attendees 1000] [--stations 20]

Measures (goals from issue 7), each also as a multiple of one bare HTTP round trip to the same
hub measured first (the baseline):
  1. first sync (push, then pull) of N attendees with a check-in and a signature each, every
     record signed (evidence link) and every row sealed and verified          goal < 2 s
     plus the cost per record of signing and verifying, and the machine's load then
  2. the same data pulled by a second station (first pull)
  3. a no-change sync (push + pull, nothing to do), median of 20             goal < 100 ms
  4. hub push throughput with S stations pushing at once (separate processes), compared
     with one station pushing the same amount per station alone (baseline).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402
from desktop_app.sync.row_seal import GROUP_ROWS  # noqa: E402
from tests.sync.harness import HubProcess, Station  # noqa: E402

PUSHER = """
import sys, time, json
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from desktop_app.bootstrap import open_home
from desktop_app.sync.client import client_for, push_pending
home = open_home(Path(sys.argv[1]))
client = client_for(home)
start_at = float(sys.argv[2])
time.sleep(max(0.0, start_at - time.time()))
t0 = time.time()
pushed = push_pending(client)
print(json.dumps({"start": t0, "end": time.time(), "pushed": pushed}))
"""


def fill_station(station: Station, attendees: int, seed: int) -> int:
    """Demo event with a check-in and a signature (PNG-sized blob) per attendee."""
    from desktop_app.models import (
        Attendee,
        Change,
        Checkin,
        DeclarationText,
        Signature,
        database_proxy,
        stamp_and_log_many,
    )
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.signing.evidence_chain import append_links

    with station.active():
        # No demo activity: this function writes the one check-in and signature per person
        # itself (the demo's own signatures would collide with this signature chain).
        event = create_demo_event(attendees=attendees, seed=seed, activity=False)
        text = DeclarationText.select().where(DeclarationText.event == event).first()
        people = list(Attendee.select().where(Attendee.event == event))
        with database_proxy.atomic():
            checkins = [Checkin(event=event, attendee=p, method="SCANNER") for p in people]
            stamp_and_log_many(Checkin, checkins)
            signatures = []
            prev = "0" * 64
            for i, person in enumerate(people, start=1):
                strokes = zlib.compress(
                    json.dumps([[[x, x * 2 % 300, x * 16, 0.5] for x in range(120)]]).encode()
                )
                image = os.urandom(6000)  # a signature PNG is already compressed: ~6 KB
                record = hashlib.sha256(f"{prev}{person.id}{i}".encode()).hexdigest()
                signatures.append(
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
                        chain_seq=i,
                        prev_hash=prev,
                        record_hash=record,
                    )
                )
                prev = record
            stamp_and_log_many(Signature, signatures)
            # Every record a link of the station's signed evidence chain, as the services do.
            t0 = time.perf_counter()
            append_links([*checkins, *signatures])
            LINK_SECONDS.append((time.perf_counter() - t0) / (len(checkins) + len(signatures)))
        return int(Change.select().count())


LINK_SECONDS: list[float] = []


def seal_costs(station: Station, limit: int = 2000) -> dict[str, float]:
    """Seconds per row to seal (sign) and to check a seal (verify) on this station's outbox:
    sealed as a push seals them (``seal_texts``: one signature per group of rows) and, for
    comparison, one signature per row (``seal``). Verification starts with no group
    verified yet, as on a hub or station that sees the rows for the first time."""
    from desktop_app.models import Change
    from desktop_app.services.common.station_key import public_bytes, station_key
    from desktop_app.sync import row_seal

    with station.active():
        key = station_key()
        public = public_bytes(key)
        texts = [p for (p,) in Change.select(Change.payload).limit(limit).tuples()]
    rows = [json.loads(t) for t in texts]
    costs: dict[str, float] = {"rows": len(rows)}
    t0 = time.perf_counter()
    grouped = [json.loads(t) for t in row_seal.seal_texts(texts, "me", key)]
    costs["group_sign"] = (time.perf_counter() - t0) / len(rows)
    row_seal._VERIFIED_ROOTS.clear()
    t0 = time.perf_counter()
    for row in grouped:
        row_seal.verify_seal(row, lambda _: public)
    costs["group_verify"] = (time.perf_counter() - t0) / len(rows)
    t0 = time.perf_counter()
    single = [row_seal.seal(row, "me", key) for row in rows]
    costs["row_sign"] = (time.perf_counter() - t0) / len(rows)
    t0 = time.perf_counter()
    for row in single:
        row_seal.verify_seal(row, lambda _: public)
    costs["row_verify"] = (time.perf_counter() - t0) / len(rows)
    return costs


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (Linux ``/proc``), or -1."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError, AttributeError):
        return -1.0


def machine_load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.1f}, {five:.1f}, {fifteen:.1f}"
    except (AttributeError, OSError):  # Windows has no load average
        return "load average unknown"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument(
        "--per-station", type=int, default=100, help="attendees per station in the throughput test"
    )
    parser.add_argument(
        "--gun", type=float, default=3.0, help="seconds for the pushers to start before they push"
    )
    args = parse_args(parser, {"attendees": 30, "stations": 2, "per_station": 10, "gun": 1.5})
    tmp = Path(tempfile.mkdtemp(prefix="ikrar-bench-"))
    hub = HubProcess(tmp / "hub").start()
    try:
        # Baseline, same run: one bare HTTP round trip to the same hub on loopback.
        import httpx

        with httpx.Client(base_url=hub.url) as bare:
            bare.get("/api/health")
            trips = []
            for _ in range(20):
                t0 = time.perf_counter()
                bare.get("/api/health").raise_for_status()
                trips.append(time.perf_counter() - t0)
        trip = statistics.median(trips)
        print(f"0. baseline: a bare HTTP round trip to the hub, median {trip * 1000:.2f} ms")
        a = Station(tmp / "a", "Meja A")
        a.enroll(hub)
        fill_station(a, args.attendees, 1)
        hub_cpu = process_cpu_seconds(hub.proc.pid if hub.proc else 0)
        t0, station_cpu = time.perf_counter(), time.process_time()
        report = a.sync()
        first_push = time.perf_counter() - t0
        station_cpu = time.process_time() - station_cpu
        hub_cpu = (
            process_cpu_seconds(hub.proc.pid if hub.proc else 0) - hub_cpu if hub_cpu >= 0 else -1
        )
        with a.active():
            from desktop_app.models import Change

            size = sum(len(p) for (p,) in Change.select(Change.payload).tuples())
        print(
            f"1. first sync, {args.attendees} attendees + check-ins + signatures: "
            f"{report.pushed} rows ({size / 1e6:.1f} MB JSON) in {first_push:.2f} s "
            f"= {report.pushed / first_push:,.0f} rows/s = x{first_push / trip:,.0f} a round trip"
            f"  (goal < 2 s with every row sealed and checked: {first_push / 2:.0%} of budget; "
            f"{machine_load()})"
        )
        print(
            f"   CPU time: station {station_cpu:.2f} s, hub {hub_cpu:.2f} s (the two overlap: "
            "the station prepares the next batch while the hub stores the last one)"
            if hub_cpu >= 0
            else f"   CPU time: station {station_cpu:.2f} s, hub not measurable on this system"
        )
        costs = seal_costs(a)
        print(
            f"   per record: evidence link signed {LINK_SECONDS[0] * 1e3:.3f} ms when written; "
            f"row seal as pushed (one signature per {GROUP_ROWS} rows) "
            f"{costs['group_sign'] * 1e3:.3f} ms to sign, {costs['group_verify'] * 1e3:.3f} ms "
            f"to verify; one signature per row {costs['row_sign'] * 1e3:.3f} ms to sign, "
            f"{costs['row_verify'] * 1e3:.3f} ms to verify (mean over {costs['rows']:.0f} "
            "outbox rows; the hub and each pulling station verify every row)"
        )
        b = Station(tmp / "b", "Meja B")
        b.enroll(hub)
        t0 = time.perf_counter()
        pulled = b.sync()
        first_pull = time.perf_counter() - t0
        print(
            f"2. first pull of the same data by a second station: {pulled.pulled} rows in "
            f"{first_pull:.2f} s = {pulled.pulled / first_pull:,.0f} rows/s "
            f"= x{first_pull / trip:,.0f} a round trip"
        )
        if pulled.pulled < report.pushed:  # a refused row never reaches the second station
            print(f"   ERROR: {report.pushed - pulled.pulled} pushed rows did not arrive")
            return 1
        times = []
        with a.active() as home:
            from desktop_app.sync.client import sync_once

            sync_once(home)
            for _ in range(20):
                t0 = time.perf_counter()
                sync_once(home)
                times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        print(
            f"3. no-change sync: median {median * 1000:.1f} ms = x{median / trip:.1f} a round "
            f"trip, max {max(times) * 1000:.1f} ms over 20 (goal < 100 ms: {median / 0.1:.0%} "
            "of budget)"
        )

        # 4. Throughput: one station alone (baseline), then S stations at once.
        def prepare(n: int, prefix: str) -> list[Path]:
            roots = []
            for i in range(n):
                st = Station(tmp / f"{prefix}{i}", f"Meja {prefix}{i}")
                st.enroll(hub)
                fill_station(st, args.per_station, 100 + i)
                roots.append(st.root)
            return roots

        def run_all(roots: list[Path]) -> tuple[float, int]:
            start_at = time.time() + args.gun  # every process imported and opened first
            procs = [
                subprocess.Popen(
                    [sys.executable, "-c", PUSHER, str(r), str(start_at), str(REPO)],
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for r in roots
            ]
            results = [json.loads(p.communicate(timeout=300)[0]) for p in procs]
            wall = max(r["end"] for r in results) - min(r["start"] for r in results)
            return wall, sum(r["pushed"] for r in results)

        solo_wall, solo_rows = run_all(prepare(1, "solo"))
        many_wall, many_rows = run_all(prepare(args.stations, "s"))
        solo_rate, many_rate = solo_rows / solo_wall, many_rows / many_wall
        print(
            f"4. hub throughput: 1 station alone {solo_rows} rows in {solo_wall:.2f} s = "
            f"{solo_rate:,.0f} rows/s (baseline); {args.stations} stations at once "
            f"{many_rows} rows in {many_wall:.2f} s = {many_rate:,.0f} rows/s "
            f"(x{many_rate / solo_rate:.2f} of baseline)"
        )
    finally:
        hub.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
