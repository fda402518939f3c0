"""Read the cells of an invitation list: ``.xlsx`` (python-calamine) or ``.csv``.

Organizers send whatever their office produced: Excel workbooks with title rows and
merged headers, CSV exported by Excel on Windows (Windows-1252, semicolons in the
Indonesian locale) or by other tools (UTF-8, with or without BOM). This module only
turns a file into rows of cell values; recognising the header is ``column_mapping``'s job.
"""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.services.common.cells import CellValue
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.registration.sheet_data import SheetData, trim_rows
from desktop_app.services.registration.spreadsheet_limits import (
    DEFAULT_LIMITS,
    Budget,
    ReadLimits,
    cell_too_long,
    too_many_rows,
)
from desktop_app.services.registration.workbook_worker import read_workbook_isolated

__all__ = ["SheetData", "read_spreadsheet", "sniff_delimiter"]

log = logging.getLogger("ikrar.import")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and legacy .xls
ZIP_MAGIC = b"PK\x03\x04"
SNIFF_BYTES = 64 * 1024


def read_spreadsheet(
    path: Path, sheet: str | None = None, limits: ReadLimits = DEFAULT_LIMITS
) -> SheetData:
    """Read ``path`` into rows; raise ``UserError`` (Indonesian) for anything unreadable.

    Every format is read within ``limits`` (rows, columns, cell length, bytes, time),
    checked while reading. Workbooks are read in a worker process: whatever a crafted
    file does to the native reader, this process only sees a clear error.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise UserError(
            "file.not_found",
            QT_TRANSLATE_NOOP("ServiceMessages", "File '{path}' tidak ditemukan."),
            path=str(path),
        ) from None
    except OSError as exc:
        raise UserError(
            "file.cannot_open",
            QT_TRANSLATE_NOOP("ServiceMessages", "File '{file}' tidak dapat dibuka ({reason})."),
            file=path.name,
            reason=str(exc.strerror),
        ) from exc
    if head.startswith(OLE_MAGIC):
        # Either a legacy .xls (readable) or a password-protected workbook (encrypted).
        try:
            return read_workbook_isolated(path, sheet, limits)
        except UserError as exc:
            if exc.code != "spreadsheet.damaged":
                raise
            raise UserError(
                "spreadsheet.encrypted",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "File '{file}' terkunci kata sandi atau rusak. Buka di Excel, hapus "
                    "kata sandinya (File → Info → Lindungi Buku Kerja → Enkripsi dengan Kata "
                    "Sandi, kosongkan) dan simpan sebagai 'Buku Kerja Excel (.xlsx)', lalu "
                    "impor lagi.",
                ),
                file=path.name,
            ) from None
    if head.startswith(ZIP_MAGIC):
        return read_workbook_isolated(path, sheet, limits)
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm", ".xls", ".ods"}:
        raise UserError(
            "spreadsheet.unreadable_workbook",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "File '{file}' bukan buku kerja Excel yang dapat dibaca (rusak atau "
                "formatnya lain). Simpan ulang dari Excel sebagai .xlsx atau CSV.",
            ),
            file=path.name,
        )
    return _read_csv(path, limits)


def _csv_encoding(head: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 by BOM; ``_read_csv`` falls back to cp1252."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return "utf-8"


class _CountedFile(io.RawIOBase):
    """A binary file that charges every byte read to the budget (refusal mid-read)."""

    def __init__(self, raw: BinaryIO, budget: Budget) -> None:
        self._raw = raw
        self._budget = budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._raw.read(len(buffer))
        self._budget.take_bytes(len(data))
        buffer[: len(data)] = data
        return len(data)


def _read_csv(path: Path, limits: ReadLimits) -> SheetData:
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise UserError(
            "spreadsheet.empty",
            QT_TRANSLATE_NOOP("ServiceMessages", "File '{file}' kosong."),
            file=path.name,
        )
    encoding = _csv_encoding(head)
    try:
        return _read_csv_as(path, encoding, head, limits)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise _not_a_spreadsheet(path) from None
        # Excel on Windows saves "CSV (dipisahkan koma)" in the ANSI code page.
        return _read_csv_as(path, "cp1252", head, limits)


def _not_a_spreadsheet(path: Path) -> UserError:
    return UserError(
        "spreadsheet.not_a_spreadsheet",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "File '{file}' bukan lembar kerja (.xlsx) atau CSV. "
            "Pilih file daftar undangan dari Excel.",
        ),
        file=path.name,
    )


def _read_csv_as(path: Path, encoding: str, head: bytes, limits: ReadLimits) -> SheetData:
    """Stream the rows, checking every limit as each row arrives."""
    sample = head.decode(encoding, errors="replace")
    if "\x00" in sample or _looks_binary(sample):
        raise _not_a_spreadsheet(path)
    delimiter = sniff_delimiter(sample)
    budget = Budget(limits)
    rows: list[list[CellValue]] = []
    width = 0
    with path.open("rb") as raw:
        errors = "replace" if encoding == "cp1252" else "strict"
        counted = io.BufferedReader(_CountedFile(raw, budget), buffer_size=SNIFF_BYTES)
        text = io.TextIOWrapper(counted, encoding=encoding, errors=errors, newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            for row in reader:
                if len(rows) >= limits.max_rows:
                    raise too_many_rows(limits)
                if len(row) > width:
                    width = len(row)
                    budget.check_extent(len(rows) + 1, width)
                for value in row:
                    budget.check_text(len(value))
                rows.append(list(row))
                if len(rows) % 1000 == 0:
                    budget.take_bytes(0)  # the time limit
                    budget.check_extent(len(rows), width)
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise cell_too_long(limits) from None
            if "NUL" in str(exc):
                raise _not_a_spreadsheet(path) from None
            raise UserError(
                "spreadsheet.bad_csv",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "File CSV '{file}' tidak dapat dibaca: {reason}."
                ),
                file=path.name,
                reason=str(exc),
            ) from exc
    budget.check_extent(len(rows), width)
    return SheetData(
        rows=trim_rows(rows),
        sheet_name=path.stem,
        sheet_names=[path.stem],
        encoding=encoding,
        delimiter=delimiter,
    )


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return controls > max(3, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", -1.0
    for candidate in (";", ",", "\t", "|"):
        counts = [len(next(csv.reader([line], delimiter=candidate))) - 1 for line in lines]
        counts = [c for c in counts if c > 0]
        if not counts:
            continue
        # Many lines split the same way beat one line with many separators.
        common = max(set(counts), key=counts.count)
        score = counts.count(common) * 10 + common
        if score > best_score:
            best, best_score = candidate, score
    return best
