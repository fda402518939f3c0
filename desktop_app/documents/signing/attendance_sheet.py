"""Attendance and signature status as a spreadsheet (xlsx via openpyxl, or CSV for Excel).

Identifiers are written as text so Excel never turns a NIP into ``1.98609E+17``;
NIK is not exported.
"""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop_app.documents.common.event_records import AttendanceRow, attendance_rows
from desktop_app.models import Event
from desktop_app.models.categories import CATEGORY_LABELS, Category
from desktop_app.services.common.localtime import format_datetime

HEADERS = [
    "No",
    "Nama",
    "Kategori",
    "NIP/NRP",
    "Jabatan",
    "Instansi/Unit Kerja",
    "Hadir",
    "Waktu Registrasi",
    "Tanda Tangan",
    "Waktu Tanda Tangan",
    "Naskah",
    "Bukti (hash)",
]
WIDTHS = [6, 36, 18, 24, 28, 36, 8, 26, 13, 26, 16, 20]


def _category(value: str) -> str:
    try:
        return CATEGORY_LABELS[Category(value)]
    except ValueError:
        return value


def sheet_rows(event: Event, rows: list[AttendanceRow] | None = None) -> list[list[str | int]]:
    """Table body: everyone invited or registered, with presence and signature status."""
    rows = attendance_rows(event, include_absent=True) if rows is None else rows
    body: list[list[str | int]] = []
    for number, row in enumerate(rows, start=1):
        sig = row.signature
        body.append(
            [
                number,
                row.name,
                _category(row.category),
                row.identifier,
                row.position,
                row.institution,
                "Ya" if row.checked_in_at else "Tidak",
                format_datetime(row.checked_in_at, event.timezone) if row.checked_in_at else "",
                "Sudah" if sig else "Belum",
                format_datetime(sig.signed_at, event.timezone) if sig else "",
                f"{sig.declaration_text.key} v{sig.declaration_text.version}" if sig else "",
                sig.record_hash[:16] if sig else "",
            ]
        )
    return body


def write_attendance_sheet(event: Event, path: Path, fmt: str) -> int:
    """Write ``xlsx`` or ``csv`` to ``path``; returns the number of attendee rows."""
    body = sheet_rows(event)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        # utf-8-sig: Excel on Windows then reads the accented names correctly.
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(HEADERS)
            writer.writerows(body)
        return len(body)
    book = Workbook()
    sheet = book.active
    sheet.title = "Daftar Hadir"
    sheet.append([event.title])
    sheet.append([f"{event.organizer} · {event.venue}, {event.city} · kode {event.code}"])
    sheet.append(HEADERS)
    sheet["A1"].font = Font(bold=True, size=12)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EC")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for values in body:
        sheet.append(values)
    for row in sheet.iter_rows(min_row=4, min_col=4, max_col=4):
        for cell in row:
            cell.number_format = "@"  # text: a NIP must stay 18 exact digits
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(HEADERS))}{3 + len(body)}"
    book.properties.title = f"Daftar Hadir — {event.title}"
    book.properties.creator = "Ikrar"
    book.save(path)
    return len(body)
