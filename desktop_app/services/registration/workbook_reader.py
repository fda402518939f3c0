"""Read one .xlsx or .xls workbook with python-calamine, inside ``ReadLimits``.

Runs in the worker process of ``workbook_worker``; an .xlsx is scanned first
(``xlsx_scan``) so calamine never sees a far cell, a giant cell or a zip bomb.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from desktop_app.services.common.cells import CellValue
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.registration.sheet_data import SheetData, trim_rows
from desktop_app.services.registration.spreadsheet_limits import (
    DEFAULT_LIMITS,
    Budget,
    ReadLimits,
    too_large,
)
from desktop_app.services.registration.xlsx_scan import DamagedWorkbook, scan_xlsx

log = logging.getLogger("ikrar.import")

ZIP_MAGIC = b"PK\x03\x04"


def _damaged(path: Path) -> UserError:
    return UserError(
        "spreadsheet.damaged",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "File '{file}' rusak atau bukan buku kerja Excel (.xlsx). "
            "Buka dan simpan ulang di Excel, lalu impor lagi.",
        ),
        file=path.name,
    )


def read_workbook(path: Path, sheet: str | None, limits: ReadLimits = DEFAULT_LIMITS) -> SheetData:
    """Read a workbook in this process (``read_workbook_isolated`` runs it in a worker)."""
    budget = Budget(limits)
    with path.open("rb") as fh:
        is_zip = fh.read(4) == ZIP_MAGIC
    if is_zip:
        try:
            scan_xlsx(path, budget)
        except DamagedWorkbook as exc:
            log.info("damaged workbook %s: %s", path, exc)
            raise _damaged(path) from None
    elif path.stat().st_size > limits.max_bytes:  # .xls is not compressed: its size is its size
        raise too_large(limits)
    # calamine (Rust) reads a 10,000-row workbook ~15x faster than openpyxl's read-only
    # mode, which is the difference between a 3-second and a 10-second import at the desk.
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # CalamineError and zip/XML errors of a damaged file
        log.info("cannot open workbook %s: %s", path, exc)
        raise _damaged(path) from exc
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
            if not is_zip:  # .xls had no scan: check what calamine built (memory is capped)
                _check_built(rows, budget)
            if any(v not in (None, "") for row in rows[:50] for v in row):
                break  # the first sheet with data, unless one was named
        cells = cast(list[list[CellValue]], [list(r) for r in rows])
        return SheetData(rows=trim_rows(cells), sheet_name=chosen or names[0], sheet_names=names)
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


def _check_built(rows: Sequence[Sequence[object]], budget: Budget) -> None:
    budget.check_extent(len(rows), max((len(r) for r in rows), default=0))
    for row in rows:
        for value in row:
            if isinstance(value, str):
                budget.check_text(len(value))
