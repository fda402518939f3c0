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
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from desktop_app.services.common.cells import CellValue
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

log = logging.getLogger("ikrar.import")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and legacy .xls
ZIP_MAGIC = b"PK\x03\x04"
MAX_ROWS = 200_000


@dataclass
class SheetData:
    """The rows of one sheet (or the CSV), with what is known about where they came from."""

    rows: list[list[CellValue]]
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only


def read_spreadsheet(path: Path, sheet: str | None = None) -> SheetData:
    """Read ``path`` into rows; raise ``UserError`` (Indonesian) for anything unreadable."""
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
            return _read_xlsx(path, sheet)
        except UserError:
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
        return _read_xlsx(path, sheet)
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
    return _read_csv(path)


def _read_xlsx(path: Path, sheet: str | None) -> SheetData:
    # calamine (Rust) reads a 10,000-row workbook ~15x faster than openpyxl's read-only
    # mode, which is the difference between a 3-second and a 10-second import at the desk.
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # CalamineError and zip/XML errors of a damaged file
        log.info("cannot open workbook %s: %s", path, exc)
        raise UserError(
            "spreadsheet.damaged",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "File '{file}' rusak atau bukan buku kerja Excel (.xlsx). "
                "Buka dan simpan ulang di Excel, lalu impor lagi.",
            ),
            file=path.name,
        ) from exc
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise UserError(
                "spreadsheet.no_sheets",
                QT_TRANSLATE_NOOP("ServiceMessages", "Buku kerja '{file}' tidak berisi lembar."),
                file=path.name,
            )
        if sheet is not None and sheet not in names:
            raise UserError(
                "spreadsheet.unknown_sheet",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Lembar '{sheet}' tidak ada. Lembar yang tersedia: {sheets}."
                ),
                field="sheet",
                sheet=sheet,
                sheets=", ".join(names),
            )
        chosen, rows = None, []
        for name in [sheet] if sheet is not None else names:
            # skip_empty_area=False keeps row 1 as index 0, so row numbers match Excel's.
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            chosen = name
            if any(v not in (None, "") for row in rows[:50] for v in row):
                break  # the first sheet with data, unless one was named
        if len(rows) > MAX_ROWS:
            raise UserError(
                "spreadsheet.too_many_rows",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages", "Lembar terlalu besar (lebih dari {max} baris)."
                ),
                max=MAX_ROWS,
            )
        cells = cast(list[list[CellValue]], [list(r) for r in rows])
        return SheetData(rows=_trim(cells), sheet_name=chosen or names[0], sheet_names=names)
    except UserError:
        raise
    except Exception as exc:  # malformed XML inside a zip that looked fine
        log.exception("failed reading workbook %s", path)
        raise UserError(
            "spreadsheet.unreadable_content",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Isi file '{file}' tidak dapat dibaca ({error}). "
                "Simpan ulang dari Excel sebagai .xlsx atau CSV.",
            ),
            file=path.name,
            error=type(exc).__name__,
        ) from exc


def _trim(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    """Strip whitespace-only cells to None and drop trailing empty columns."""
    cleaned: list[list[CellValue]] = []
    width = 0
    for row in rows:
        out: list[CellValue] = []
        for value in row:
            if isinstance(value, str):
                value = value.replace("\u00a0", " ").strip() or None
            elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
                value = int(value)  # calamine hands every number over as float
            out.append(value)
        while out and out[-1] is None:
            out.pop()
        width = max(width, len(out))
        cleaned.append(out)
    return [row + [None] * (width - len(row)) for row in cleaned]


def decode_csv_bytes(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes as UTF-8 (with or without BOM), falling back to Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV (dipisahkan koma)" in the ANSI code page.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _read_csv(path: Path) -> SheetData:
    data = path.read_bytes()
    if not data.strip():
        raise UserError(
            "spreadsheet.empty",
            QT_TRANSLATE_NOOP("ServiceMessages", "File '{file}' kosong."),
            file=path.name,
        )
    text, encoding = decode_csv_bytes(data)
    if "\x00" in text or _looks_binary(text):
        raise UserError(
            "spreadsheet.not_a_spreadsheet",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "File '{file}' bukan lembar kerja (.xlsx) atau CSV. "
                "Pilih file daftar undangan dari Excel.",
            ),
            file=path.name,
        )
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows: list[list[CellValue]] = [list(r) for r in reader]
    except csv.Error as exc:
        raise UserError(
            "spreadsheet.bad_csv",
            QT_TRANSLATE_NOOP("ServiceMessages", "File CSV '{file}' tidak dapat dibaca: {reason}."),
            file=path.name,
            reason=str(exc),
        ) from exc
    return SheetData(
        rows=_trim(rows),
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
