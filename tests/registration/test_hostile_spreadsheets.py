"""Crafted spreadsheets are refused with one clear message, never a crash (issue 12)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.services.common.errors import UserError
from desktop_app.services.registration.spreadsheet_limits import ReadLimits
from desktop_app.services.registration.spreadsheet_reader import read_spreadsheet
from tests.hostile_files import (
    CORPUS,
    corrupt_deflate,
    doctype_xlsx,
    far_cell_xlsx,
    giant_cell_xlsx,
    padded_xlsx,
    plain_xlsx,
)


def refusal(path: Path, limits: ReadLimits | None = None) -> UserError:
    with pytest.raises(UserError) as info:
        if limits is None:
            read_spreadsheet(path)
        else:
            read_spreadsheet(path, limits=limits)
    return info.value


def test_plain_crafted_workbook_still_reads(tmp_path: Path) -> None:
    data = read_spreadsheet(plain_xlsx(tmp_path / "ok.xlsx"))
    assert data.rows == [["Nama", "Instansi"], ["Budi Santoso", "Dinas Pendidikan"]]


def test_cell_at_the_last_excel_position_is_refused_not_allocated(tmp_path: Path) -> None:
    # Before: calamine asked for 512 GB and aborted the process (SIGABRT).
    error = refusal(far_cell_xlsx(tmp_path / "far.xlsx"))
    assert error.code == "spreadsheet.too_many_rows"
    assert str(error) == "Berkas terlalu besar: lebih dari 200000 baris."


def test_far_column_is_refused(tmp_path: Path) -> None:
    # Before: XFD3000 took 1.96 GB and 26 s.
    error = refusal(far_cell_xlsx(tmp_path / "wide.xlsx", "XFD3000"))
    assert error.code == "spreadsheet.too_many_columns"


def test_far_cell_inside_row_and_column_limits_is_refused_by_grid_size(tmp_path: Path) -> None:
    error = refusal(far_cell_xlsx(tmp_path / "grid.xlsx", "IV150000"))
    assert error.code == "spreadsheet.too_many_cells"


def test_giant_cell_is_refused_while_inflating(tmp_path: Path) -> None:
    # Before: a 200 MiB cell took 26 s and 2 GB; this one is refused after 32 KB of it.
    error = refusal(giant_cell_xlsx(tmp_path / "giant.xlsx", mib=50))
    assert error.code == "spreadsheet.cell_too_long"
    assert "32767" in str(error)


def test_inflating_sheet_is_refused_at_the_byte_limit(tmp_path: Path) -> None:
    book = padded_xlsx(tmp_path / "bomb.xlsx", mib=8)
    assert book.stat().st_size < 100_000
    error = refusal(book, ReadLimits(max_bytes=4 * 1024 * 1024))
    assert error.code == "spreadsheet.too_large"
    assert str(error) == "Berkas terlalu besar: isinya lebih dari 4 MB."


def test_corrupted_deflate_data_is_a_damaged_file(tmp_path: Path) -> None:
    book = padded_xlsx(tmp_path / "bomb.xlsx", mib=1)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(corrupt_deflate(book.read_bytes(), "xl/worksheets/sheet1.xml"))
    assert refusal(broken).code == "spreadsheet.damaged"


def test_entity_declarations_are_refused(tmp_path: Path) -> None:
    assert refusal(doctype_xlsx(tmp_path / "dtd.xlsx")).code == "spreadsheet.damaged"


def test_time_limit_is_checked_while_reading(tmp_path: Path) -> None:
    error = refusal(plain_xlsx(tmp_path / "ok.xlsx"), ReadLimits(max_seconds=0))
    assert error.code == "spreadsheet.too_slow"


@pytest.mark.skipif(sys.platform == "win32", reason="address-space cap is POSIX only")
def test_a_dying_reader_becomes_a_message_and_this_process_goes_on(tmp_path: Path) -> None:
    # Inside every limit, but calamine's grid (4.8 million cells) does not fit the worker's
    # memory: the Rust allocator aborts the worker, exactly as the far cell aborted the app.
    book = far_cell_xlsx(tmp_path / "grid.xlsx", "IV19000")
    error = refusal(book, ReadLimits(worker_memory_bytes=120 << 20))
    assert error.code == "spreadsheet.reader_failed"
    assert "grid.xlsx" in str(error)
    assert read_spreadsheet(plain_xlsx(tmp_path / "again.xlsx")).rows[1][0] == "Budi Santoso"


@pytest.mark.skipif(sys.platform == "win32", reason="address-space cap is POSIX only")
def test_xls_whose_far_cell_aborts_calamine_is_a_message(tmp_path: Path) -> None:
    # calamine builds the dense grid of an .xls before anything can check it: 512 MB for
    # one cell at IV65536, and a failed allocation aborts the process it runs in.
    error = refusal(CORPUS / "far-cell-IV65536.xls", ReadLimits(worker_memory_bytes=400 << 20))
    assert error.code == "spreadsheet.reader_failed"
    assert read_spreadsheet(plain_xlsx(tmp_path / "ok.xlsx")).rows[1][0] == "Budi Santoso"


# -- the same limit says the same words in every format --------------------------------


def _csv(path: Path, rows: int, columns: int = 2, cell: str = "x") -> Path:
    lines = ["Nama,Instansi" + ",K" * (columns - 2)]
    lines += [",".join([cell] * columns) for _ in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_row_limit_message_is_identical_for_csv_and_xlsx(tmp_path: Path) -> None:
    limits = ReadLimits(max_rows=100)
    from openpyxl import Workbook

    workbook = Workbook()
    for i in range(150):
        workbook.active.append([f"Orang {i}", "Dinas"])
    workbook.save(tmp_path / "rows.xlsx")
    from_csv = refusal(_csv(tmp_path / "rows.csv", 150), limits)
    from_xlsx = refusal(tmp_path / "rows.xlsx", limits)
    assert from_csv.code == from_xlsx.code == "spreadsheet.too_many_rows"
    assert str(from_csv) == str(from_xlsx) == "Berkas terlalu besar: lebih dari 100 baris."


def test_csv_has_the_same_row_cap_as_xlsx(tmp_path: Path) -> None:
    # Before: 300,000 CSV rows were accepted (1.3 GB) while xlsx stopped at 200,000.
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Nama,Instansi\n")
        fh.writelines("Orang,Dinas\n" for _ in range(200_001))
    assert refusal(path).code == "spreadsheet.too_many_rows"


def test_csv_giant_cell_and_wide_rows_are_refused(tmp_path: Path) -> None:
    assert refusal(_csv(tmp_path / "cell.csv", 2, cell="A" * 40_000)).code == (
        "spreadsheet.cell_too_long"
    )
    assert refusal(_csv(tmp_path / "wide.csv", 2, columns=300)).code == (
        "spreadsheet.too_many_columns"
    )
    big = tmp_path / "big.csv"
    big.write_bytes(b"Nama,Instansi\n" + b"Budi Santoso,Dinas Pendidikan\n" * 200_000)
    assert refusal(big, ReadLimits(max_bytes=1024 * 1024)).code == "spreadsheet.too_large"


def test_cp1252_csv_still_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes("Nama;Instansi\nJosé Ramos;Dinas Pendidikan\n".encode("cp1252"))
    data = read_spreadsheet(path)
    assert data.encoding == "cp1252"
    assert data.rows[1] == ["José Ramos", "Dinas Pendidikan"]
