"""Search-as-you-type latency over 50,000 attendees (goal: ranked p95 < 1 ms per keystroke).

Simulates operators typing names, NIPs from the start, digits from the middle of a NIP
(the appointment date), NRPs, institutions and codes one key at a time, and times every
intermediate query, 30 results each, ranked (exact code/NIP/NRP, then name prefix, then
word prefix, then digits inside a NIP/NRP; name order within each), against:
  * a plain SQLite ``LIKE '%q%'`` scan ordered by name (the baseline),
  * the in-memory index Ikrar uses (services/registration/attendee_search.py),
  * SQLite FTS5 answering the same tiers (the alternative considered): a trigram table over
    NIP/NRP for the digits inside and a prefix-indexed word table, both with rowids in name
    order so ``ORDER BY rowid LIMIT 30`` stops early.
Run: python -m benchmarks.search [--attendees N] [--samples N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.smoke import parse_args  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def rss_mb() -> float:
    """Resident memory of this process (Linux), for the index's footprint."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return float("nan")
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def keystrokes(
    rng: random.Random, people: list[tuple[str, str, str, str, str]], samples: int
) -> dict[str, list[str]]:
    """Every prefix an operator types while looking up ``samples`` people, by kind."""
    kinds: dict[str, list[str]] = {
        "name": [],
        "NIP from the start": [],
        "NIP middle digits": [],
        "NRP": [],
        "institution + name": [],
        "code": [],
    }
    for full_name, nip, nrp, institution, code in rng.sample(people, samples):
        roll = rng.random()
        if roll < 0.45:
            kind, target = "name", full_name.split(",")[0]  # typed with or without titles
        elif roll < 0.6 and nip:
            kind, target = "NIP from the start", nip[:12]
        elif roll < 0.72 and nip:
            kind, target = "NIP middle digits", nip[8:14]  # the appointment date
        elif roll < 0.8 and nrp:
            kind, target = "NRP", nrp
        elif roll < 0.92:
            kind, target = (
                "institution + name",
                institution.split()[0] + " " + full_name.split()[-1],
            )
        else:
            kind, target = "code", code
        kinds[kind].extend(target[:n] for n in range(1, min(len(target), 14) + 1))
    return {k: [q for q in v if q.strip()] for k, v in kinds.items()}


class Fts5Search:
    """The same ranking answered by SQLite FTS5 (the alternative to the in-memory index)."""

    def __init__(self, db: Any, event_id: str) -> None:
        from desktop_app.services.registration.attendee_search import _identifiers, _words
        from desktop_app.services.registration.attendee_search import build_index as _build

        self.db = db
        entries = _build(event_id).entries  # name order: rowid = rank
        self.ids = [e.attendee_id for e in entries]
        db.execute_sql("CREATE VIRTUAL TABLE temp.w USING fts5(words, prefix='1 2 3')")
        db.execute_sql("CREATE VIRTUAL TABLE temp.t USING fts5(idents, tokenize='trigram')")
        db.execute_sql(
            "CREATE TEMP TABLE r (rank INTEGER PRIMARY KEY, code TEXT, nip TEXT, nrp TEXT, "
            "sort_name TEXT)"
        )
        db.execute_sql("CREATE INDEX temp.r_name ON r(sort_name)")
        db.execute_sql("CREATE INDEX temp.r_code ON r(code)")
        db.execute_sql("CREATE INDEX temp.r_nip ON r(nip)")
        db.execute_sql("CREATE INDEX temp.r_nrp ON r(nrp)")
        with db.atomic():
            for rank, e in enumerate(entries, start=1):
                db.execute_sql(
                    "INSERT INTO temp.w(rowid, words) VALUES (?, ?)", (rank, " ".join(_words(e)))
                )
                db.execute_sql(
                    "INSERT INTO temp.t(rowid, idents) VALUES (?, ?)",
                    (rank, " ".join(_identifiers(e))),
                )
                db.execute_sql(
                    "INSERT INTO temp.r VALUES (?, ?, ?, ?, ?)",
                    (rank, e.code, e.nip, e.nrp, e.sort_name),
                )

    def search(self, query: str, limit: int = 30) -> list[str]:
        from desktop_app.services.registration.attendee_search import _infix_token, query_tokens

        tokens = query_tokens(query)
        if not tokens:
            return []
        found: list[int] = []
        sql = self.db.execute_sql

        def add(rows: Any) -> bool:
            for (rank,) in rows:
                if rank not in found:
                    found.append(rank)
            return len(found) >= limit

        code = query.strip().upper()
        digits = tokens[0] if len(tokens) == 1 and tokens[0].isdigit() else "-"
        exact = sql(
            "SELECT rank FROM r WHERE code = ? OR nip = ? OR nrp = ?", (code, digits, digits)
        )
        if add(exact):
            return [self.ids[rank - 1] for rank in found[:limit]]
        phrase = " ".join(tokens)
        rows = sql(
            "SELECT rank FROM r WHERE sort_name >= ? AND sort_name < ? ORDER BY sort_name, code "
            "LIMIT ?",
            (phrase, phrase + "\uffff", limit + len(found)),
        )
        if add(rows):
            return [self.ids[rank - 1] for rank in found[:limit]]
        words = " AND ".join(f'"{t}"*' for t in tokens)
        rows = sql(
            "SELECT rowid FROM w WHERE w MATCH ? ORDER BY rowid LIMIT ?",
            (words, limit + len(found)),
        )
        if add(rows):
            return [self.ids[rank - 1] for rank in found[:limit]]
        numbers = [t for t in tokens if _infix_token(t)]
        if numbers:
            others = [t for t in tokens if t not in numbers]
            inside = " AND ".join(f'"{t}"' for t in numbers)
            if others:
                rows = sql(
                    "SELECT rowid FROM t WHERE t MATCH ? AND rowid IN (SELECT rowid FROM w "
                    "WHERE w MATCH ?) ORDER BY rowid LIMIT ?",
                    (inside, " AND ".join(f'"{t}"*' for t in others), limit + len(found)),
                )
            else:
                rows = sql(
                    "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid LIMIT ?",
                    (inside, limit + len(found)),
                )
            add(rows)
        return [self.ids[rank - 1] for rank in found[:limit]]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--attendees", type=int, default=50_000)
    parser.add_argument("--samples", type=int, default=150)
    args = parse_args(parser, {"attendees": 2000, "samples": 12})

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
        kinds = keystrokes(rng, people, args.samples)
        queries = [q for qs in kinds.values() for q in qs]

        before = rss_mb()
        started = time.perf_counter()
        index = attendee_search.index_for(event)
        print(
            f"index build: {(time.perf_counter() - started) * 1000:.0f} ms, "
            f"~{rss_mb() - before:.0f} MB resident (once per event, in the background)"
        )
        started = time.perf_counter()
        fts = Fts5Search(db, event.id)
        print(f"FTS5 tables build: {(time.perf_counter() - started) * 1000:.0f} ms")

        def run(fn) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
            times: dict[str, list[float]] = {}
            for kind, typed in kinds.items():
                for query in typed:
                    t0 = time.perf_counter()
                    fn(query)
                    times.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
            return times

        def show(label: str, times: dict[str, list[float]]) -> list[float]:
            every = [t for ts in times.values() for t in ts]
            print(
                f"{label:<36} p50 {statistics.median(every):7.3f} ms   "
                f"p95 {percentile(every, 0.95):7.3f} ms   max {max(every):7.2f} ms"
            )
            return every

        like_sql = (
            "SELECT id FROM attendee WHERE event_id = ?1 AND removed = 0 AND "
            "(sort_name LIKE ?2 OR nip LIKE ?2 OR nrp LIKE ?2 OR institution LIKE ?2 "
            "OR code LIKE ?2) ORDER BY sort_name LIMIT 30"
        )

        def like(query: str) -> None:
            pattern = "%" + " ".join(attendee_search.query_tokens(query)) + "%"
            db.execute_sql(like_sql, (event.id, pattern)).fetchall()

        print(f"\n{len(queries)} keystroke queries, 30 results each, ranked\n")
        base = show("LIKE '%q%' scan (baseline)", run(like))
        ours_by_kind = run(lambda q: index.search(q, 30))
        ours = show("in-memory index (Ikrar)", ours_by_kind)
        alt = show("FTS5 trigram + prefix, same tiers", run(fts.search))
        for kind, times in ours_by_kind.items():
            if times:
                print(
                    f"  Ikrar, {kind + ':':<22} p50 {statistics.median(times):6.3f} ms  "
                    f"p95 {percentile(times, 0.95):6.3f} ms  ({len(times)} keystrokes)"
                )
        agree = sum(
            [e.attendee_id for e in index.search(q, 30)] == fts.search(q, 30) for q in queries
        )
        print(f"  FTS5 and Ikrar return the same 30 in the same order: {agree}/{len(queries)}")
        print(
            f"\nbaseline / Ikrar: p50 x{statistics.median(base) / statistics.median(ours):.0f}, "
            f"p95 x{percentile(base, 0.95) / percentile(ours, 0.95):.0f};  "
            f"FTS5 / Ikrar: p50 x{statistics.median(alt) / statistics.median(ours):.1f}, "
            f"p95 x{percentile(alt, 0.95) / percentile(ours, 0.95):.1f}"
        )
        goal = percentile(ours, 0.95) < 1
        print(f"goal ranked p95 < 1 ms: {'MET' if goal else 'NOT MET'}")
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
