"""Hub load test on loopback: many stations push a whole event each, all at the same moment.

  python -m benchmarks.hub [--stations 100] [--attendees 1000] [--pg-workers 4]

Each simulated station is enrolled at a real hub process with its own Ed25519 key and
pushes the outbox of a real station (``benchmarks/sync.py: fill_station``: a demo event,
one check-in and one signature with a 6 KB image per attendee), its ids, codes and author
rewritten so every station's rows are its own. The pushes are built (JSON, gzip, 2 MB
batches like ``sync/client.py``) before the start signal; then every station sends its
batches one after another, all stations at once. Run twice:

  1. SQLite hub, 1 worker (the baseline: what a laptop hub does);
  2. PostgreSQL 15 hub (a private cluster), ``--workers 4``.

Printed per run: rows/s over the wall time, push latency (p50/p95 of one batch, including
waiting for the hub), and database size per 1,000 attendees (the size grown by the pushes,
divided by stations × attendees / 1,000); then PostgreSQL's rows/s as a multiple of
SQLite's. Every row is checked to have arrived exactly once. The PostgreSQL run is skipped,
with its reason, when the PostgreSQL 15 server binaries are missing.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402
from benchmarks.sync import fill_station  # noqa: E402
from tests.sync.harness import HubProcess, Station  # noqa: E402

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
NAMESPACE = uuid.UUID("0b7c1c7e-8a51-4c55-9a41-1d2f0e3b6a10")
# Columns unique across the hub: every simulated station needs its own values.
UNIQUE_CODES = {"event": "code", "attendee": "code", "signing_key": "key_id"}
TEMPLATE_KEY = "station"  # the simulated station's id in a rewrite mapping


@dataclass
class SimStation:
    station_id: str
    key: Any
    batches: list[tuple[int, bytes, int]]  # (after, gzip body, rows)


def template_outbox(tmp: Path, attendees: int) -> tuple[str, list[tuple[int, str, str]]]:
    """A real station's outbox for one event: (its station id, [(seq, table, payload)])."""
    from desktop_app.models import Change, local_station

    station = Station(tmp / "template", "Template")
    fill_station(station, attendees, 1)
    with station.active():
        rows = list(Change.select(Change.seq, Change.table_name, Change.payload).tuples())
        return local_station().id, rows


def rewrite(
    payload: dict[str, Any], table: str, index: int, mapping: dict[str, str], key: Any
) -> str:
    """The template row as station ``index``'s own: fresh ids, codes and author, sealed
    with its key as its client seals what it pushes (``sync/row_seal.py``)."""
    from desktop_app.sync.row_seal import seal

    out = {}
    for name, value in payload.items():
        if isinstance(value, str) and UUID.match(value):
            value = mapping.setdefault(value, str(uuid.uuid5(NAMESPACE, f"{index}:{value}")))
        out[name] = value
    column = UNIQUE_CODES.get(table)
    if column and isinstance(out.get(column), str):
        suffix = f"{index:04X}"
        out[column] = out[column][: 16 - len(suffix)] + suffix
    return json.dumps(seal(out, mapping[TEMPLATE_KEY], key), separators=(",", ":"))


def build_station(
    index: int, template_id: str, rows: list[tuple[int, str, str]], key: Any
) -> tuple[str, list[tuple[int, bytes, int]]]:
    """Station ``index``'s id and its push batches (split like ``client.push_pending``)."""
    from desktop_app.sync.client import BATCH_BYTES, BATCH_ROWS

    station_id = str(uuid.uuid5(NAMESPACE, f"station:{index}"))
    mapping = {template_id: station_id, TEMPLATE_KEY: station_id}
    batches: list[tuple[int, bytes, int]] = []
    batch: list[dict[str, Any]] = []
    size = 0
    after = 0

    def flush() -> None:
        nonlocal batch, size, after
        body = json.dumps({"after": after, "changes": batch}, separators=(",", ":"))
        batches.append((after, gzip.compress(body.encode("utf-8"), compresslevel=1), len(batch)))
        after = batch[-1]["seq"]
        batch, size = [], 0

    for seq, table, payload in rows:
        text = rewrite(json.loads(payload), table, index, mapping, key)
        if batch and (size + len(text) > BATCH_BYTES or len(batch) >= BATCH_ROWS):
            flush()
        batch.append({"seq": seq, "table": table, "payload": text})
        size += len(text) + 64
    if batch:
        flush()
    return station_id, batches


def enroll_all(hub: HubProcess, stations: list[SimStation]) -> None:
    """Pairing codes written straight into the hub's database, then real enrolments."""
    import httpx

    from desktop_app.hub.database import open_hub_database
    from desktop_app.hub.pairing import create_pairing_code
    from desktop_app.models import close_db
    from desktop_app.paths import DataDir
    from desktop_app.sync.identity import b64, public_bytes

    close_db()
    db = open_hub_database(DataDir(hub.home), hub.database)
    codes = [create_pairing_code(60).code for _ in stations]
    db.close()
    close_db()
    with httpx.Client(base_url=hub.url, timeout=60) as http:
        for station, code in zip(stations, codes, strict=True):
            body = {
                "code": code,
                "station_id": station.station_id,
                "name": f"Meja {station.station_id[:6]}",
                "station_code": station.station_id[:4].upper(),
                "public_key": b64(public_bytes(station.key)),
            }
            http.post("/api/enroll", json=body).raise_for_status()


async def push_all(url: str, stations: list[SimStation]) -> tuple[float, list[float], int]:
    """Every station sends its batches in order, all stations at once: (wall, latencies, rows)."""
    import httpx

    from desktop_app.sync.auth import sign_request

    latencies: list[float] = []
    limits = httpx.Limits(max_connections=len(stations) + 4)
    timeout = httpx.Timeout(1800.0, connect=60.0)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=timeout) as http:
        gun = asyncio.Event()

        async def one(station: SimStation) -> int:
            await gun.wait()
            rows = 0
            for after, body, count in station.batches:
                headers = sign_request(station.key, station.station_id, "POST", "/api/push", body)
                headers |= {"Content-Type": "application/json", "Content-Encoding": "gzip"}
                t0 = time.perf_counter()
                response = await http.post("/api/push", content=body, headers=headers)
                latencies.append(time.perf_counter() - t0)
                if response.status_code != 200:
                    raise RuntimeError(f"push refused: {response.status_code} {response.text}")
                answer = response.json()
                if answer["stored"] != count:
                    raise RuntimeError(f"stored {answer['stored']} of {count} after {after}")
                rows += count
            return rows

        tasks = [asyncio.create_task(one(s)) for s in stations]
        await asyncio.sleep(0.2)  # every task waits at the gun
        t0 = time.perf_counter()
        gun.set()
        counts = await asyncio.gather(*tasks)
        return time.perf_counter() - t0, latencies, sum(counts)


def hub_rows(hub: HubProcess) -> tuple[int, int]:
    """(pushed changes stored, distinct (station, seq) among them), read from the hub."""
    from peewee import fn

    from desktop_app.hub.database import open_hub_database
    from desktop_app.models import close_db
    from desktop_app.models.sync_state import HubChange
    from desktop_app.paths import DataDir

    close_db()
    db = open_hub_database(DataDir(hub.home), hub.database)
    try:
        pushed = HubChange.select().where(HubChange.seq > 0)
        total = pushed.count()
        distinct = pushed.select(
            fn.COUNT(fn.DISTINCT(HubChange.station_id.concat(":").concat(HubChange.seq)))
        ).scalar()
        return total, int(distinct or 0)
    finally:
        db.close()
        close_db()


def sqlite_size(home: Path) -> int:
    import sqlite3

    path = home / "ikrar.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in home.glob("ikrar.sqlite3*"))


def run(
    label: str,
    hub: HubProcess,
    stations: list[SimStation],
    attendees: int,
    size_of: Any,
) -> float:
    enroll_all(hub, stations)
    before = size_of()
    wall, latencies, rows = asyncio.run(push_all(hub.url, stations))
    total, distinct = hub_rows(hub)
    grown = size_of() - before
    if total != rows or distinct != rows:
        raise RuntimeError(f"{label}: {rows} rows pushed, hub stored {total} ({distinct} distinct)")
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
    per_thousand = grown / (len(stations) * attendees / 1000)
    print(
        f"{label}: {len(stations)} stations x {attendees} attendees, {rows:,} rows in "
        f"{wall:.1f} s = {rows / wall:,.0f} rows/s; push latency p50 {p50 * 1000:,.0f} ms "
        f"p95 {p95 * 1000:,.0f} ms ({len(latencies)} batches); database "
        f"{grown / 1e6:,.1f} MB = {per_thousand / 1e6:,.1f} MB per 1,000 attendees",
        flush=True,
    )
    return rows / wall


@contextmanager
def hub_on(tmp: Path, database: str | None, workers: int) -> Iterator[HubProcess]:
    hub = HubProcess(tmp, database=database, workers=workers).start()
    try:
        yield hub
    finally:
        hub.kill()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=100)
    parser.add_argument("--attendees", type=int, default=1000)
    parser.add_argument("--pg-workers", type=int, default=4)
    args = parse_args(parser, {"stations": 4, "attendees": 20, "pg_workers": 2})
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tests.sync.pg_cluster import database_size, missing_reason, postgres_cluster

    tmp = Path(tempfile.mkdtemp(prefix="ikrar-bench-hub-"))
    try:
        template_id, rows = template_outbox(tmp, args.attendees)
        t0 = time.perf_counter()
        stations = []
        for index in range(args.stations):
            key = Ed25519PrivateKey.generate()
            station_id, batches = build_station(index, template_id, rows, key)
            stations.append(SimStation(station_id, key, batches))
        mb = sum(len(b) for s in stations for _, b, _ in s.batches) / 1e6
        print(
            f"prepared {args.stations} stations x {len(rows):,} rows ({mb:,.0f} MB gzip) "
            f"in {time.perf_counter() - t0:.1f} s; machine: {os.cpu_count()} CPUs",
            flush=True,
        )
        with hub_on(tmp / "hub-sqlite", None, 1) as hub:
            base = run(
                "1. SQLite, 1 worker (baseline)",
                hub,
                stations,
                args.attendees,
                lambda: sqlite_size(hub.home),
            )
        reason = missing_reason()
        if reason:
            print(f"2. PostgreSQL: skipped ({reason})")
            return 0
        with postgres_cluster() as url, hub_on(tmp / "hub-pg", url, args.pg_workers) as hub:
            rate = run(
                f"2. PostgreSQL 15, {args.pg_workers} workers",
                hub,
                stations,
                args.attendees,
                lambda: database_size(url),
            )
        print(f"PostgreSQL ({args.pg_workers} workers) / SQLite (1 worker): x{rate / base:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
