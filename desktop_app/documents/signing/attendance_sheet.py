"""Attendance and signature status as a spreadsheet (xlsx via openpyxl, or CSV for Excel).

Identifiers are written as text so Excel never turns a NIP into ``1.98609E+17`` nor drops
an NRP's leading zero (in CSV an all-digit identifier is written ``="0312..."``, the form
Excel reads as text); the NIK is exported only when the caller opened it
(``--with-nik``, where the organizer root is held: ``services/certificates/sealed_niks.py``),
in a last column. Times are real date-time cells in the event's
local time (the zone is in the column title), so they sort and filter; the sheet prints
on A4 landscape, one page wide, with the title rows repeated.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop_app.documents.common.event_records import AttendanceRow, attendance_rows
from desktop_app.documents.common.safe_cells import append_row, csv_value
from desktop_app.models import Event
from desktop_app.models.categories import CATEGORY_LABELS, Category
from desktop_app.services.common.localtime import to_local, zone_abbreviation

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
TIME_COLUMNS = (8, 10)  # 1-based: Waktu Registrasi, Waktu Tanda Tangan
TEXT_COLUMNS = (4, 13)  # 1-based: NIP/NRP and, when exported, NIK
NIK_HEADER = "NIK"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
WIDTHS = [6, 36, 18, 24, 28, 36, 8, 26, 13, 26, 16, 20]


def _category(value: str) -> str:
    try:
        return CATEGORY_LABELS[Category(value)]
    except ValueError:
        return value


Cell = str | int | dt.datetime | None


def _local(instant: dt.datetime | None, tz: str) -> dt.datetime | None:
    """Wall-clock time at the venue without a zone: spreadsheets store no zones."""
    return to_local(instant, tz).replace(tzinfo=None) if instant is not None else None


def headers(event: Event, with_nik: bool = False) -> list[str]:
    zone = zone_abbreviation(event.timezone)
    named = list(HEADERS)
    for column in TIME_COLUMNS:
        named[column - 1] = f"{HEADERS[column - 1]} ({zone})"
    return [*named, NIK_HEADER] if with_nik else named


def sheet_rows(
    event: Event, rows: list[AttendanceRow] | None = None, niks: dict[str, str] | None = None
) -> list[list[Cell]]:
    """Table body: everyone invited or registered, with presence and signature status
    (and the NIK by attendee id when ``niks`` is given)."""
    rows = attendance_rows(event, include_absent=True) if rows is None else rows
    body: list[list[Cell]] = []
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
                _local(row.checked_in_at, event.timezone),
                "Sudah" if sig else "Belum",
                _local(sig.signed_at, event.timezone) if sig else None,
                f"{sig.declaration_text.key} v{sig.declaration_text.version}" if sig else "",
                sig.record_hash[:16] if sig else "",
                *([niks.get(row.attendee_id, "")] if niks is not None else []),
            ]
        )
    return body


def _csv_cell(index: int, value: Cell) -> str | int:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if index + 1 in TEXT_COLUMNS and isinstance(value, str) and value.isdigit():
        return f'="{value}"'  # Excel keeps it as text: an NRP keeps its leading zero
    return csv_value(value)  # a name typed as "=HYPERLINK(...)" stays words


def _print_setup(sheet: Any, rows: int, columns: int) -> None:
    """A4 landscape, all columns on one page wide, title and header rows on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:3"
    sheet.print_area = f"A1:{get_column_letter(columns)}{3 + rows}"
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "Halaman &P dari &N"
    sheet.oddHeader.right.text = "&D"


def write_attendance_sheet(
    event: Event, path: Path, fmt: str, niks: dict[str, str] | None = None
) -> int:
    """Write ``xlsx`` or ``csv`` to ``path``; returns the number of attendee rows.
    ``niks`` (attendee id → clear NIK) adds the NIK column."""
    body = sheet_rows(event, niks=niks)
    titles = headers(event, with_nik=niks is not None)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        # utf-8-sig: Excel on Windows then reads the accented names correctly.
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([csv_value(t) for t in titles])
            writer.writerows([_csv_cell(i, v) for i, v in enumerate(values)] for values in body)
        return len(body)
    book = Workbook()
    sheet = book.active
    sheet.title = "Daftar Hadir"
    append_row(sheet, [event.title])
    append_row(sheet, [f"{event.organizer} · {event.venue}, {event.city} · kode {event.code}"])
    append_row(sheet, titles)
    sheet["A1"].font = Font(bold=True, size=12)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE3EC")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for values in body:
        append_row(sheet, values)
    for column in TEXT_COLUMNS[: 2 if niks is not None else 1]:
        for row in sheet.iter_rows(min_row=4, min_col=column, max_col=column):
            for cell in row:
                cell.number_format = "@"  # text: a NIP must stay 18 exact digits
    for column in TIME_COLUMNS:
        for row in sheet.iter_rows(min_row=4, min_col=column, max_col=column):
            for cell in row:
                cell.number_format = DATETIME_FORMAT
    for index, width in enumerate([*WIDTHS, 20] if niks is not None else WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "C4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(titles))}{3 + len(body)}"
    _print_setup(sheet, len(body), len(titles))
    book.properties.title = f"Daftar Hadir — {event.title}"
    book.properties.creator = event.organizer
    book.properties.subject = f"Daftar hadir dan tanda tangan kegiatan {event.title}"
    book.save(path)
    return len(body)
