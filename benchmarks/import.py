"""Import of a 10,000-row invitation workbook (goal: < 3 s), against reading it alone.

The workbook looks like a real one: two title rows, a header, identifiers as text.
Times: reading the sheet (baseline: the floor any import pays; openpyxl's read-only mode
shown for comparison), the full import
into an empty event, and the idempotent re-import of the same file.
Run: python -m benchmarks.import [--rows N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.smoke import parse_args  # noqa: E402


def make_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    from desktop_app.models.categories import Category
    from desktop_app.services.demo.demo_event import CATEGORY_WEIGHTS, _person

    rng = random.Random(7)
    # A normal workbook: shared strings, as Excel writes them (write-only mode would use
    # inline strings, which read several times slower and no organizer's file has).
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Undangan"
    sheet.append(["DAFTAR UNDANGAN SOSIALISASI DAN DEKLARASI NETRALITAS"])
    sheet.append(["Kabupaten Kupang, 27 September 2024"])
    sheet.append(
        [
            "No",
            "Nama Lengkap",
            "NIP",
            "NIK",
            "NRP",
            "Jabatan",
            "Instansi / Unit Kerja",
            "Kategori",
            "No. HP",
        ]
    )
    categories = [c for c, _ in CATEGORY_WEIGHTS]
    weights = [w for _, w in CATEGORY_WEIGHTS]
    for number in range(1, rows + 1):
        category: Category = rng.choices(categories, weights)[0]
        p = _person(rng, category)
        values = [
            number,
            p["full_name"],
            p.get("nip", ""),
            p.get("nik", ""),
            p.get("nrp", ""),
            p["position"],
            p["institution"],
            category.label,
            p["phone"],
        ]
        sheet.append(values)
        for cell in sheet[sheet.max_row][2:5]:
            cell.number_format = "@"  # identifiers typed into Text columns
    workbook.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parse_args(parser, {"rows": 200})

    from desktop_app.models import Attendee, init_db
    from desktop_app.services.demo.demo_event import demo_event_input
    from desktop_app.services.events.event_store import create_event
    from desktop_app.services.registration.attendee_import import import_attendees
    from desktop_app.services.registration.spreadsheet_reader import read_spreadsheet

    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "undangan.xlsx"
        make_workbook(book, args.rows)
        init_db(Path(tmp) / "bench.sqlite3")
        event = create_event(demo_event_input())

        t0 = time.perf_counter()
        read_spreadsheet(book)
        read = time.perf_counter() - t0

        import openpyxl

        t0 = time.perf_counter()
        workbook = openpyxl.load_workbook(book, read_only=True, data_only=True)
        sum(1 for _ in workbook.active.iter_rows(values_only=True))
        workbook.close()
        openpyxl_read = time.perf_counter() - t0

        t0 = time.perf_counter()
        first = import_attendees(event, book)
        full = time.perf_counter() - t0

        t0 = time.perf_counter()
        second = import_attendees(event, book)
        again = time.perf_counter() - t0

        print(f"{args.rows}-row workbook ({book.stat().st_size / 1e6:.1f} MB)")
        print(f"read only (baseline):  {read:6.2f} s  (python-calamine)")
        print(
            f"openpyxl read-only:    {openpyxl_read:6.2f} s  (the reader it replaced: "
            f"x{openpyxl_read / read:.0f} slower)"
        )
        print(f"full import:           {full:6.2f} s  ({first.summary()})")
        print(f"re-import (no change): {again:6.2f} s  ({second.summary()})")
        print(f"import / read: x{full / read:.1f};  attendees stored: {Attendee.select().count()}")
        print(f"goal < 3 s: {'MET' if full < 3 else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
