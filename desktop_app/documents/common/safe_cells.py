"""Cells Ikrar writes into spreadsheets: always text where text was stored, never a formula.

Names, positions and institutions come from invitation lists and from other stations;
``=HYPERLINK(...)`` or ``=cmd|' /C calc'!A0`` typed into one must come out as the words it
is. In xlsx, openpyxl would store such a string as a live formula, and it refuses control
characters (one BEL in a name failed the whole export): ``append_row`` writes text cells
and drops control characters. In CSV there is no cell type, so ``csv_value`` applies the
OWASP rule: a leading apostrophe before ``=``, ``+``, ``-``, ``@``, tab and CR.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop_app.services.common.text_hygiene import formula_safe, strip_control


def xlsx_value(value: Any) -> Any:
    return strip_control(value) if isinstance(value, str) else value


def append_row(sheet: Any, values: Iterable[Any]) -> None:
    """``sheet.append`` with every string cell stored as text, whatever it starts with."""
    sheet.append([xlsx_value(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if cell.data_type == "f":  # openpyxl took a leading "=" for a formula
            cell.data_type = "s"


def csv_value(value: Any) -> Any:
    return formula_safe(strip_control(value)) if isinstance(value, str) else value
