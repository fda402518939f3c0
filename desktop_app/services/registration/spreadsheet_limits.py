"""How much of a spreadsheet Ikrar agrees to read, and the one message per limit.

An invitation list is a few thousand rows of short text. A crafted file can claim a
cell at XFD1048576 (the reader then builds a 17-billion-cell grid), hold one cell of a
gigabyte or inflate a 2 KB zip to gigabytes. Every reader (xlsx, xls, csv) checks these
limits *while* it reads and refuses with the same words, whatever the format.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError


@dataclass(frozen=True)
class ReadLimits:
    max_rows: int = 200_000
    max_columns: int = 256
    # Rows × columns of the used range: the size of the grid a reader builds in memory.
    max_cells: int = 5_000_000
    max_cell_chars: int = 32_767  # Excel's own limit for one cell
    max_bytes: int = 128 * 1024 * 1024  # decompressed workbook parts, or the CSV file
    max_seconds: float = 60.0
    # Address space of the worker process that runs the native reader (POSIX only): the
    # scan keeps calamine's grid small; this is the backstop for what it cannot see
    # (.xls). An interpreter with calamine loaded maps ~200 MB before reading anything.
    worker_memory_bytes: int = 1024 * 1024 * 1024


DEFAULT_LIMITS = ReadLimits()


def too_many_rows(limits: ReadLimits) -> UserError:
    return UserError(
        "spreadsheet.too_many_rows",
        QT_TRANSLATE_NOOP("ServiceMessages", "Berkas terlalu besar: lebih dari {max} baris."),
        max=limits.max_rows,
    )


def too_many_columns(limits: ReadLimits) -> UserError:
    return UserError(
        "spreadsheet.too_many_columns",
        QT_TRANSLATE_NOOP("ServiceMessages", "Berkas terlalu lebar: lebih dari {max} kolom."),
        max=limits.max_columns,
    )


def too_many_cells(limits: ReadLimits) -> UserError:
    return UserError(
        "spreadsheet.too_many_cells",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Berkas terlalu besar: area berisi data lebih dari {max} sel (ada isian jauh "
            "di bawah atau di kanan daftar?).",
        ),
        max=limits.max_cells,
    )


def cell_too_long(limits: ReadLimits) -> UserError:
    return UserError(
        "spreadsheet.cell_too_long",
        QT_TRANSLATE_NOOP("ServiceMessages", "Sel terlalu panjang: lebih dari {max} karakter."),
        max=limits.max_cell_chars,
    )


def too_large(limits: ReadLimits) -> UserError:
    return UserError(
        "spreadsheet.too_large",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Berkas terlalu besar: isinya lebih dari {max_mb} MB."
        ),
        max_mb=limits.max_bytes // (1024 * 1024),
    )


def too_slow(limits: ReadLimits) -> UserError:
    return UserError(
        "spreadsheet.too_slow",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Berkas terlalu lama dibaca (lebih dari {seconds} detik)."
        ),
        seconds=int(limits.max_seconds),
    )


def reader_failed(file: str) -> UserError:
    return UserError(
        "spreadsheet.reader_failed",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Pembaca lembar kerja berhenti saat membaca '{file}': berkas rusak atau terlalu "
            "besar. Simpan ulang dari Excel sebagai .xlsx atau CSV, lalu impor lagi.",
        ),
        file=file,
    )


class Budget:
    """Counts what a reader has taken so far and refuses the moment a limit is passed."""

    def __init__(self, limits: ReadLimits) -> None:
        self.limits = limits
        self.bytes = 0
        self.deadline = time.monotonic() + limits.max_seconds

    def take_bytes(self, n: int) -> None:
        self.bytes += n
        if self.bytes > self.limits.max_bytes:
            raise too_large(self.limits)
        if time.monotonic() > self.deadline:
            raise too_slow(self.limits)

    def check_position(self, row: int, column: int) -> None:
        """1-based position of a cell that holds something."""
        if row > self.limits.max_rows:
            raise too_many_rows(self.limits)
        if column > self.limits.max_columns:
            raise too_many_columns(self.limits)

    def check_extent(self, rows: int, columns: int) -> None:
        self.check_position(rows, columns)
        if rows * columns > self.limits.max_cells:
            raise too_many_cells(self.limits)

    def check_text(self, length: int) -> None:
        if length > self.limits.max_cell_chars:
            raise cell_too_long(self.limits)
