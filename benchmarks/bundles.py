"""What sealing a USB bundle to the organizer costs, against the same bundle in clear.

  python benchmarks/bundles.py [--attendees 1000]

One desk (certified offline by an organizer laptop, as ``ikrar root`` does) with N attendees,
each checked in and signed. Measured in the same run:
  1. export with the rows in clear (``--plain``, the baseline) and sealed to the organizer
     (X25519 + HKDF + AES-GCM over the deflated rows): seconds and file size;
  2. import of each on the organizer's laptop (a fresh data folder holding the root).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402
from tests.sync.harness import Station  # noqa: E402


def _organizer_folder(template: Path, target: Path) -> Station:
    """A fresh organizer laptop holding the same root (its keys folder copied)."""
    shutil.copytree(template / "keys", target / "keys")
    laptop = Station(target, "Laptop penyelenggara")
    from desktop_app.services.certificates.station_certification import init_root

    with laptop.active() as home:
        init_root(home.keys)  # trusts the root it finds (never makes another)
    return laptop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--attendees", type=int, default=1000)
    args = parse_args(parser, {"attendees": 20})
    from desktop_app.services.certificates.station_certification import (
        accept_station_certificate,
        certification_request,
        certify_request,
        init_root,
    )
    from desktop_app.sync.bundle import export_bundle, import_bundle
    from tests.factories import attend, plain_event

    with tempfile.TemporaryDirectory(prefix="ikrar-bench-bundles-") as tmp:
        root = Path(tmp)
        organizer, desk = Station(root / "o", "Penyelenggara"), Station(root / "d", "Meja 1")
        with organizer.active() as home:
            init_root(home.keys)
        with desk.active():
            request, _ = certification_request()
        with organizer.active() as home:
            certificate, _ = certify_request(home.keys, request)
        with desk.active():
            accept_station_certificate(certificate)
            event = plain_event(attendees=args.attendees)
            attend(event, args.attendees)
            code = event.code

        files = {"plain": root / "plain.ikrar", "sealed": root / "sealed.ikrar"}
        exported: dict[str, float] = {}
        sizes: dict[str, float] = {}
        with desk.active() as home:  # warm-up (imports, caches), not measured
            export_bundle(home, code, root / "warm.ikrar")
        for kind, path in files.items():
            with desk.active() as home:
                start = time.perf_counter()
                export_bundle(home, code, path, plain=kind == "plain")
                exported[kind] = time.perf_counter() - start
            sizes[kind] = path.stat().st_size / 2**20
        imported: dict[str, float] = {}
        for kind, path in files.items():
            laptop = _organizer_folder(organizer.root, root / f"import-{kind}")
            with laptop.active() as home:
                start = time.perf_counter()
                result = import_bundle(home, path)
                imported[kind] = time.perf_counter() - start
                assert result.applied == result.rows

    print(f"bundle of {args.attendees} attendees, each checked in and signed")
    print(f"export, rows in clear (baseline): {exported['plain']:.2f} s, {sizes['plain']:.2f} MB")
    ratio = exported["sealed"] / exported["plain"]
    print(
        f"export, sealed to the organizer: {exported['sealed']:.2f} s "
        f"(x{ratio:.2f} the baseline), {sizes['sealed']:.2f} MB"
    )
    print(f"import at the organizer, rows in clear (baseline): {imported['plain']:.2f} s")
    ratio = imported["sealed"] / imported["plain"]
    print(
        f"import at the organizer, sealed: {imported['sealed']:.2f} s (x{ratio:.2f} the baseline)"
    )


if __name__ == "__main__":
    main()
