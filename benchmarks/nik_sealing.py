"""Sealing the NIK to the organizer: what it adds to every imported row.

Baseline: the keyed hash every row with a NIK already gets (``nik_hash``, HMAC-SHA-256).
Then sealing with Ikrar's choice (one ephemeral X25519 key per process and organizer key,
AES-256-GCM with a fresh nonce per value), the alternative of a fresh ECDH per value, and
opening at the organizer (one ECDH per sealing session). Last, the whole write path of an
import (``stamp_and_log_many`` into a real SQLite file) with and without a known organizer
key, which is what a 50,000-row import pays.

    python -m benchmarks.nik_sealing [--values 20000] [--rows 5000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402

NIK = "5301014309860003"


def _per_value(fn: Callable[[int], object], count: int) -> float:
    started = time.perf_counter()
    for i in range(count):
        fn(i)
    return (time.perf_counter() - started) / count


def _fresh_ecdh_seal(recipient: bytes, event_id: str, attendee_id: str, nik: str) -> str:
    """The alternative not taken: a new ephemeral key (and ECDH) for every value."""
    from desktop_app.models import nik_sealing

    nik_sealing._sessions.pop(recipient, None)
    return nik_sealing.seal_nik(recipient, event_id, attendee_id, nik)


def _import_seconds(root: Path, rows: int, key_first: bool) -> tuple[float, float]:
    """Seconds to write ``rows`` imported attendees into a real data folder, with the
    organizer's key known before (``key_first``) or after (then also the seconds to seal
    the waiting rows when it becomes known, as ``ikrar root init`` or a sync does)."""
    from desktop_app.bootstrap import open_home
    from desktop_app.models import Attendee, close_db, database_proxy
    from desktop_app.models.base import stamp_and_log_many
    from desktop_app.services.certificates.station_certification import init_root
    from desktop_app.services.demo.demo_event import create_demo_event

    close_db()
    home = open_home(root)
    if key_first:
        init_root(home.keys)
    event = create_demo_event(attendees=0, activity=False)
    made = [
        Attendee(
            event=event,
            code=f"K{i:07d}",
            full_name=f"Peserta {i}",
            sort_name=f"peserta {i}",
            nik=f"5301{i:012d}",
        )
        for i in range(rows)
    ]
    started = time.perf_counter()
    with database_proxy.atomic():
        stamp_and_log_many(Attendee, made)
    seconds = time.perf_counter() - started
    filling = 0.0
    if not key_first:
        assert Attendee.select().where(Attendee.nik_sealed != "").count() == 0
        started = time.perf_counter()
        init_root(home.keys)
        filling = time.perf_counter() - started
    sealed = Attendee.select().where(Attendee.nik_sealed != "").count()
    assert sealed == rows, sealed
    close_db()
    return seconds, filling


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--values", type=int, default=20000)
    parser.add_argument("--rows", type=int, default=5000)
    args = parse_args(parser, {"values": 300, "rows": 200})

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from desktop_app.models import nik_sealing
    from desktop_app.models.personal_data import new_nik_key, nik_hash

    organizer = X25519PrivateKey.generate()
    recipient = organizer.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    event_id = "6f1c2d3e-0000-4000-8000-000000000001"
    ids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(args.values)]
    n = args.values

    hash_key = new_nik_key()
    hashing = _per_value(lambda i: nik_hash(hash_key, NIK), n)
    print(f"baseline: keyed hash of a NIK (HMAC-SHA-256)   {hashing * 1e6:8.1f} µs per row")
    nik_sealing.seal_nik(recipient, event_id, ids[0], NIK)  # the session's one ECDH
    session = _per_value(lambda i: nik_sealing.seal_nik(recipient, event_id, ids[i], NIK), n)
    print(
        f"sealed, one ephemeral key per session          {session * 1e6:8.1f} µs per row "
        f"(x{session / hashing:,.1f} the hash)"
    )
    fresh = _per_value(lambda i: _fresh_ecdh_seal(recipient, event_id, ids[i], NIK), n)
    print(
        f"sealed, fresh ECDH per value (not chosen)      {fresh * 1e6:8.1f} µs per row "
        f"(x{fresh / hashing:,.1f} the hash)"
    )
    sealed = [nik_sealing.seal_nik(recipient, event_id, ids[i], NIK) for i in range(n)]
    opener = nik_sealing.NikOpener({recipient: organizer})
    opening = _per_value(lambda i: opener.open(sealed[i], event_id, ids[i]), n)
    print(f"opened at the organizer (cached session)       {opening * 1e6:8.1f} µs per row")
    print(
        f"for 50,000 rows: hash {hashing * 5e4:.2f} s, sealing {session * 5e4:.2f} s "
        f"(fresh ECDH each: {fresh * 5e4:.2f} s)"
    )

    # Alternating runs, the best of each: the first run of a process also pays warm-up.
    runs: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    with tempfile.TemporaryDirectory() as tmp:
        for turn in range(4):
            key_first = bool(turn % 2)
            folder = Path(tmp) / f"run{turn}"
            runs[key_first].append(_import_seconds(folder, args.rows, key_first))
    clear = min(seconds for seconds, _ in runs[False])
    filling = min(fill for _, fill in runs[False])
    with_key = min(seconds for seconds, _ in runs[True])
    per_row = 1e6 / args.rows
    print(
        f"import write path, {args.rows:,} rows, no organizer key (baseline): "
        f"{clear * per_row:,.0f} µs per row"
    )
    print(
        f"import write path, {args.rows:,} rows, sealed to the organizer: "
        f"{with_key * per_row:,.0f} µs per row (x{with_key / clear:,.2f} the baseline)"
    )
    print(
        f"sealing them when the key becomes known later: {filling * per_row:,.0f} µs per row "
        f"(x{filling / clear:,.2f} the baseline)"
    )


if __name__ == "__main__":
    main()
