"""The rows a spreadsheet reader hands over, whatever the format."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.services.common.cells import CellValue


@dataclass
class SheetData:
    """The rows of one sheet (or the CSV), with what is known about where they came from."""

    rows: list[list[CellValue]]
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only


def trim_rows(rows: list[list[CellValue]]) -> list[list[CellValue]]:
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
