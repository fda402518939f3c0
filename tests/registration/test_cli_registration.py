"""CLI contract of the registration commands: output and exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import run_cli


def make_sheet(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR UNDANGAN"])
    sheet.append(["No", "Nama", "NIP", "Jabatan", "Instansi"])
    sheet.append([1, "Drs. Yohanes B. Nggadas, M.Si.", "198609142010011003", "Kabid", "BKPSDM"])
    sheet.append([2, "Simon Riwu", "1.98609E+17", "Staf", "Dinas Pertanian"])
    sheet.append([3, "Maria Bria", "199009132025242014", "Perawat", "Dinas Kesehatan"])
    workbook.save(path)
    return path


@pytest.mark.slow  # eleven real `ikrar` processes
def test_import_checkin_walkin_invitations(tmp_path: Path) -> None:
    home = tmp_path / "h"
    code = run_cli("demo", "--attendees", "0", home=home, check=True).stdout.strip()
    sheet = make_sheet(tmp_path / "undangan.xlsx")

    dry = run_cli("import", code, str(sheet), "--dry-run", home=home)
    assert dry.returncode == 0, dry.stderr
    assert "Uji coba" in dry.stdout and "2 diimpor" in dry.stdout

    report = tmp_path / "laporan.xlsx"
    done = run_cli("import", code, str(sheet), "--report", str(report), home=home)
    assert done.returncode == 0, done.stderr
    assert "2 diimpor" in done.stdout and "1 ditolak" in done.stdout
    assert "baris 4 [NIP] ditolak" in done.stdout
    assert openpyxl.load_workbook(report).sheetnames == ["Ringkasan", "Rincian", "Perbaiki"]

    again = run_cli("import", code, str(sheet), home=home)
    assert "0 diimpor, 0 diperbarui, 2 dilewati" in again.stdout

    first = run_cli("checkin", code, "yohanes", home=home)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("HADIR: Drs. Yohanes B. Nggadas, M.Si. tercatat hadir")
    repeat = run_cli("checkin", code, "198609142010011003", home=home)
    assert repeat.returncode == 0 and repeat.stdout.startswith("SUDAH HADIR")

    walk = run_cli("walkin", code, "--name", "Yosef Tefa", "--institution", "Pers", home=home)
    assert walk.returncode == 0, walk.stderr
    walk_code = walk.stdout.split()[0]
    assert run_cli("checkin", code, walk_code, home=home).stdout.startswith("SUDAH HADIR")
    dup = run_cli("walkin", code, "--name", "X", "--nip", "198609142010011003", home=home)
    assert dup.returncode == 1 and "sudah terdaftar" in dup.stderr

    pdf = tmp_path / "kartu.pdf"
    inv = run_cli("invitations", code, "--out", str(pdf), home=home)
    assert inv.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")

    events = json.loads(run_cli("events", "--json", home=home, check=True).stdout)
    assert (events[0]["attendees"], events[0]["present"]) == (3, 2)
    for result in (dry, done, again, first, repeat, walk, dup, inv):
        assert "Traceback" not in result.stderr


def test_checkin_ambiguous_or_missing_exits_1(tmp_path: Path) -> None:
    home = tmp_path / "h"
    code = run_cli("demo", "--attendees", "60", home=home, check=True).stdout.strip()
    ambiguous = run_cli("checkin", code, "a", home=home)
    assert ambiguous.returncode == 1
    assert "cocok" in ambiguous.stderr and len(ambiguous.stderr.splitlines()) > 2
    missing = run_cli("checkin", code, "qqqqzzzz", home=home)
    assert missing.returncode == 1 and "tidak ada peserta" in missing.stderr
    unknown_event = run_cli("checkin", "NOPE42", "a", home=home)
    assert unknown_event.returncode == 1 and "tidak ditemukan" in unknown_event.stderr
    unreadable = tmp_path / "x.xlsx"
    unreadable.write_bytes(b"not a spreadsheet at all")
    bad = run_cli("import", code, str(unreadable), home=home)
    assert bad.returncode == 1 and bad.stderr.startswith("ikrar:")
    usage = run_cli("import", code, home=home)
    assert usage.returncode == 2
    for result in (ambiguous, missing, unknown_event, bad, usage):
        assert "Traceback" not in result.stderr


def test_checkin_by_a_whole_nrp_held_inside_another_nip(tmp_path: Path) -> None:
    """Search also finds digits inside a NIP; a whole NRP still names exactly one person."""
    home = tmp_path / "h"
    code = run_cli("demo", "--attendees", "0", home=home, check=True).stdout.strip()
    pns = ("--name", "Maria Tefa", "--nip", "198609012010011003", "--no-checkin")
    assert run_cli("walkin", code, *pns, home=home).returncode == 0
    police = ("--name", "Bripka Andreas Lobo", "--nrp", "09012010", "--no-checkin")
    assert run_cli("walkin", code, *police, home=home).returncode == 0
    inside = run_cli("checkin", code, "0901201", home=home)  # both hold these digits
    assert inside.returncode == 1 and "Maria Tefa" in inside.stderr
    whole = run_cli("checkin", code, "09012010", home=home)
    assert whole.returncode == 0, whole.stderr
    assert whole.stdout.startswith("HADIR: Bripka Andreas Lobo")
