"""Walk an .xlsx zip once, streaming, and refuse it before any reader builds its grid.

calamine (Rust) builds a dense grid from the furthest cell it sees and holds every cell
of a sheet at once: one cell at XFD1048576 asks for 512 GB and aborts the process, and a
gigabyte cell is read whole before anything can say no. This scan inflates every part in
64 KB pieces (counting decompressed bytes and time), and runs the worksheets and the
shared strings through expat, which only reports where each cell is and how long its text
grows. Only a workbook that stays inside ``ReadLimits`` is handed to calamine.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any
from xml.parsers import expat

from desktop_app.services.registration.spreadsheet_limits import Budget, too_large

CHUNK = 64 * 1024
MAX_PARTS = 10_000
_CELL_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})$")


class DamagedWorkbook(Exception):
    """The zip or the XML inside it is broken (the caller words the message)."""


def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n


def _local(name: str) -> str:
    return name if ":" not in name else name.rpartition(":")[2]  # "x:c" in some writers


class _SheetWatcher:
    """expat callbacks for one worksheet: positions of cells and length of their text.

    Called for every element of a sheet (a 10,000-row list has ~300,000): kept lean.
    """

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.max_rows = budget.limits.max_rows
        self.max_columns = budget.limits.max_columns
        self.max_chars = budget.limits.max_cell_chars
        self.row = 0
        self.column = 0
        self.text = 0
        self.in_cell = False  # whitespace between cells is no cell's text
        self.max_row = 0
        self.max_column = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "c" or (":" in name and _local(name) == "c"):
            self.text = 0
            self.in_cell = True
            ref = _CELL_REF.match(attrs.get("r", ""))
            if ref:
                self.column = column_number(ref.group(1))
                self.row = int(ref.group(2))
            else:  # cells may leave out r: they follow the previous one
                self.column += 1
            if self.row > self.max_row or self.column > self.max_column:
                self._grow()
        elif name == "row" or (":" in name and _local(name) == "row"):
            r = attrs.get("r", "")
            self.row = int(r) if r.isdigit() else self.row + 1
            self.column = 0
            self.budget.check_position(self.row, 1)

    def _grow(self) -> None:
        self.budget.check_position(self.row, self.column)
        self.max_row = max(self.max_row, self.row)
        self.max_column = max(self.max_column, self.column)
        self.budget.check_extent(self.max_row, self.max_column)

    def end(self, name: str) -> None:
        if name == "c" or (":" in name and _local(name) == "c"):
            self.in_cell = False

    def characters(self, data: str) -> None:
        if self.in_cell:
            self.text += len(data)
            if self.text > self.max_chars:
                self.budget.check_text(self.text)


class _SharedStringsWatcher:
    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.max_chars = budget.limits.max_cell_chars
        self.text = 0
        self.in_cell = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "si":
            self.text = 0
            self.in_cell = True

    def end(self, name: str) -> None:
        if _local(name) == "si":
            self.in_cell = False

    def characters(self, data: str) -> None:
        if self.in_cell:
            self.text += len(data)
            if self.text > self.max_chars:
                self.budget.check_text(self.text)


def _refuse_doctype(*_: Any) -> None:
    raise DamagedWorkbook("DTD in a workbook part")  # entities are an attack, never Excel


def _parser(watcher: _SheetWatcher | _SharedStringsWatcher) -> Any:
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = watcher.start
    parser.EndElementHandler = watcher.end
    parser.CharacterDataHandler = watcher.characters
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    return parser


def scan_xlsx(path: Path, budget: Budget) -> None:
    """Raise a limit ``UserError`` or ``DamagedWorkbook``; return when the file is safe."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise DamagedWorkbook("too many parts")
            # The sizes the zip declares: a bomb that admits its size is refused at once.
            if sum(info.file_size for info in infos) > budget.limits.max_bytes:
                raise too_large(budget.limits)
            for info in infos:
                name = info.filename.lower()
                watcher: _SheetWatcher | _SharedStringsWatcher | None = None
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    watcher = _SheetWatcher(budget)
                elif name.endswith("sharedstrings.xml"):
                    watcher = _SharedStringsWatcher(budget)
                parser = _parser(watcher) if watcher is not None else None
                # Sizes are counted as inflated, not as declared: a zip may lie.
                with archive.open(info) as part:
                    while chunk := part.read(CHUNK):
                        budget.take_bytes(len(chunk))
                        if parser is not None:
                            parser.Parse(chunk, False)
                if parser is not None:
                    parser.Parse(b"", True)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        expat.ExpatError,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        RuntimeError,
        NotImplementedError,
    ) as exc:  # a damaged zip, deflate stream or XML part; encrypted or odd compression
        raise DamagedWorkbook(f"{type(exc).__name__}: {exc}") from exc
