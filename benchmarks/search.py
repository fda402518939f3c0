"""Search-as-you-type latency over 50,000 attendees (goal: p95 < 5 ms per keystroke).

Simulates operators typing names, NIPs/NRPs, institutions and codes one key at a time
and times every intermediate query against:
  * the in-memory index Ikrar uses (services/registration/attendee_search.py),
  * a plain SQLite ``LIKE '%q%'`` scan (the baseline),
  * an SQLite FTS5 prefix query ordered by name (the alternative considered).
Run: python -m benchmarks.search [--attendees N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.smoke import parse_args  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def keystrokes(
    rng: random.Random, people: list[tuple[str, str, str, str, str]], samples: int
) -> list[str]:
    """Every prefix an operator types while looking up ``samples`` people."""
    queries: list[str] = []
    for full_name, nip, nrp, institution, code in rng.sample(people, samples):
        kind = rng.random()
        if kind < 0.55:
            target = full_name.split(",")[0]  # typed with or without titles
        elif kind < 0.75 and (nip or nrp):
            target = (nip or nrp)[:10]
        elif kind < 0.9:
            target = institution.split()[0] + " " + full_name.split()[-1]
        else:
            target = code
        queries.extend(target[:n] for n in range(1, min(len(target), 12) + 1))
    return [q for q in queries if q.strip()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=150)
    args = parse_args(parser, {"attendees": 2000, "samples": 10})

    from desktop_app.models import Attendee, init_db, stamp_and_log_many
    from desktop_app.services.demo.demo_event import demo_event_input, generate_attendees
    from desktop_app.services.events.event_store import create_event
    from desktop_app.services.registration import attendee_search

    with tempfile.TemporaryDirectory() as tmp:
        db = init_db(Path(tmp) / "bench.sqlite3")
        rng = random.Random(42)
        started = time.perf_counter()
        with db.atomic():
            event = create_event(demo_event_input())
            stamp_and_log_many(Attendee, generate_attendees(event, args.attendees, rng))
        print(f"{args.attendees} attendees created in {time.perf_counter() - started:.1f} s")
        people = list(
            Attendee.select(
                Attendee.full_name, Attendee.nip, Attendee.nrp, Attendee.institution, Attendee.code
            ).tuples()
        )
        queries = keystrokes(rng, people, args.samples)

        started = time.perf_counter()
        attendee_search.index_for(event)
        print(
            f"index build: {(time.perf_counter() - started) * 1000:.0f} ms "
            f"(once per event, then on change)"
        )

        def run(label: str, fn) -> list[float]:  # type: ignore[no-untyped-def]
            times = []
            for query in queries:
                t0 = time.perf_counter()
                fn(query)
                times.append((time.perf_counter() - t0) * 1000)
            print(
                f"{label:<34} p50 {statistics.median(times):7.3f} ms   "
                f"p95 {percentile(times, 0.95):7.3f} ms   max {max(times):7.2f} ms"
            )
            return times

        print(f"{len(queries)} keystroke queries, 30 results each, ordered by name\n")
        ours = run("in-memory index (Ikrar)", lambda q: attendee_search.search_attendees(event, q))

        like_sql = (
            (
                "SELECT id FROM attendee WHERE event_id = ? AND removed = 0 AND "
                "(sort_name LIKE ?1 OR nip LIKE ?1 OR nrp LIKE ?1 OR institution LIKE ?1 "
                "OR code LIKE ?1) ORDER BY sort_name LIMIT 30"
            )
            .replace("?1", "?2")
            .replace("event_id = ?", "event_id = ?1")
        )

        def like(query: str) -> None:
            pattern = "%" + " ".join(attendee_search.query_tokens(query)) + "%"
            db.execute_sql(like_sql, (event.id, pattern)).fetchall()

        base = run("LIKE '%q%' scan (baseline)", like)

        db.execute_sql("CREATE VIRTUAL TABLE temp.bench_fts USING fts5(words, prefix='1 2 3')")
        rows = db.execute_sql(
            "SELECT rowid, sort_name, institution, nip, nrp, code FROM attendee"
        ).fetchall()
        db.execute_sql("BEGIN")
        for rowid, sort_name, institution, nip, nrp, code in rows:
            db.execute_sql(
                "INSERT INTO temp.bench_fts(rowid, words) VALUES (?, ?)",
                (rowid, f"{sort_name} {institution} {nip} {nrp} {code}"),
            )
        db.execute_sql("COMMIT")

        def fts(query: str) -> None:
            tokens = attendee_search.query_tokens(query)
            match = " AND ".join(f'"{t}"*' for t in tokens)
            db.execute_sql(
                "SELECT a.id FROM temp.bench_fts f JOIN attendee a ON a.rowid = f.rowid "
                "WHERE f.bench_fts MATCH ? ORDER BY a.sort_name LIMIT 30",
                (match,),
            ).fetchall()

        alt = run("FTS5 prefix + ORDER BY name", fts)
        print(
            f"\nbaseline / ours: p50 x{statistics.median(base) / statistics.median(ours):.0f}, "
            f"p95 x{percentile(base, 0.95) / percentile(ours, 0.95):.0f};  "
            f"FTS5 / ours: p95 x{percentile(alt, 0.95) / percentile(ours, 0.95):.1f}"
        )
        goal = percentile(ours, 0.95) < 5
        print(f"goal p95 < 5 ms: {'MET' if goal else 'NOT MET'}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
