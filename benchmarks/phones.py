"""Phones signing at once against one real hub process on loopback.

  python -m benchmarks.phones [--phones 300] [--minutes 10] [--concurrency 20]

A desk checks in every attendee and syncs; it makes one one-time link per attendee; then
simulated phones (each its own HTTP connection) open their page and submit a finger
signature: arriving at random moments over ``--minutes`` (the venue: 300 phones within 10
minutes), or with ``--minutes 0`` all at once, ``--concurrency`` at a time (a stress figure:
the latency is then mostly waiting in line). Printed: p50/p95 of page load and of submit,
each also as a multiple of a bare HTTP round trip to the same hub (``/api/health``, the
baseline measured first); then the records: one signature per attendee, no duplicates, and
the evidence chain intact after the desk pulled them. Goals (issue 15): page p95 < 300 ms,
submit p95 < 500 ms, 300 phones within 10 minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402
from tests.phones.venue import finger_strokes, page_data, submit_form  # noqa: E402
from tests.sync.harness import HubProcess, Station  # noqa: E402


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def prepare(root: Path, phones: int) -> tuple[HubProcess, Station, str, list[str]]:
    from desktop_app.models import Event
    from desktop_app.services.signing.declarations import current_text, declaration_key_for
    from desktop_app.sync.phone_links import make_phone_link
    from tests.factories import check_in_first, plain_event

    hub = HubProcess(root / "hub").start()
    desk = Station(root / "desk", "Meja 1")
    desk.enroll(hub)
    with desk.active() as home:
        event = plain_event(attendees=phones)
        people = check_in_first(event, phones)
        links = []
        for person in people:
            text = current_text(event, declaration_key_for(person))
            url, _ = make_phone_link(home, event, person, text, hub_url=hub.url, minutes=60)
            links.append(url)
        event_id = str(Event.get_by_id(event.id).id)
    desk.sync()
    return hub, desk, event_id, links


def one_phone(url: str, seed: int, start_at: float = 0.0) -> tuple[float, float, int]:
    """(page ms, submit ms, submit status) of one phone, on its own connection, starting at
    ``start_at`` (``time.perf_counter`` value; 0 = now)."""
    time.sleep(max(0.0, start_at - time.perf_counter()))
    with httpx.Client(headers={"User-Agent": f"benchmark-phone/{seed}"}, timeout=30) as http:
        t0 = time.perf_counter()
        page = http.get(url)
        t1 = time.perf_counter()
        if page.status_code != 200:
            return (t1 - t0) * 1000, 0.0, page.status_code
        form = submit_form(page_data(page.text), finger_strokes(seed % 40))
        body = json.dumps(form).encode()
        t2 = time.perf_counter()
        done = http.post(url + "/sign", content=body)
        t3 = time.perf_counter()
    return (t1 - t0) * 1000, (t3 - t2) * 1000, done.status_code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=20)
    args = parse_args(parser, {"phones": 8, "concurrency": 4, "minutes": 0.0})
    with tempfile.TemporaryDirectory(prefix="ikrar-phones-") as tmp:
        hub, desk, event_id, links = prepare(Path(tmp), args.phones)
        try:
            with httpx.Client() as http:
                bare = []
                for _ in range(50):
                    t0 = time.perf_counter()
                    http.get(hub.url + "/api/health")
                    bare.append((time.perf_counter() - t0) * 1000)
            start = time.perf_counter()
            if args.minutes > 0:
                rng = random.Random(15)
                starts = sorted(start + rng.uniform(0, args.minutes * 60) for _ in links)
                workers = len(links)  # each phone waits for its own moment
                how = f"arriving at random over {args.minutes:g} min"
            else:
                starts = [0.0] * len(links)
                workers = args.concurrency
                how = f"all at once, {args.concurrency} at a time"
            with ThreadPoolExecutor(workers) as pool:
                results = list(pool.map(one_phone, links, range(len(links)), starts))
            wall = time.perf_counter() - start
            pages = [r[0] for r in results]
            submits = [r[1] for r in results if r[2] == 200]
            failed = [r[2] for r in results if r[2] != 200]
            base = percentile(bare, 0.95)
            print(
                f"bare round trip /api/health (baseline): p50 {statistics.median(bare):.1f} ms "
                f"p95 {base:.1f} ms"
            )
            print(
                f"page load, {len(pages)} phones: p50 {statistics.median(pages):.1f} ms "
                f"p95 {percentile(pages, 0.95):.1f} ms "
                f"(x{percentile(pages, 0.95) / base:.1f} the baseline p95; goal p95 < 300 ms)"
            )
            if submits:
                print(
                    f"submit, {len(submits)} phones: p50 {statistics.median(submits):.1f} ms "
                    f"p95 {percentile(submits, 0.95):.1f} ms "
                    f"(x{percentile(submits, 0.95) / base:.1f} the baseline p95; "
                    f"goal p95 < 500 ms)"
                )
            print(
                f"wall: {wall:.1f} s for {len(links)} phones, {how} "
                f"(goal: 300 within 600 s); refused: {len(failed)} {sorted(set(failed))}"
            )
            desk.sync()
            with desk.active():
                from desktop_app.models import Event, Signature
                from desktop_app.services.signing.signature_evidence import verify_chain

                event = Event.get_by_id(event_id)
                rows = list(Signature.select(Signature.attendee, Signature.method))
                attendees = {r.__data__["attendee"] for r in rows}
                phone = sum(1 for r in rows if r.method == "phone")
                report = verify_chain(event)
            print(
                f"records: {len(rows)} signatures ({phone} by phone) for {len(attendees)} "
                f"attendees, duplicates {len(rows) - len(attendees)}, chain intact: "
                f"{'yes' if report.ok else 'NO'} ({report.checked} checked)"
            )
            ok = not failed and len(rows) == len(links) == len(attendees) and report.ok
        finally:
            hub.kill()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
