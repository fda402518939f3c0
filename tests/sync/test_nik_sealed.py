"""The clear NIK travels only sealed to the organizer (issue 11), with a real hub process.

A station imports invitations with NIKs and syncs: the hub's folder (database and WAL) and
another station's folder hold no clear NIK, yet the hub's folder, which holds the organizer
root, exports them with ``--with-nik``; a station without the root cannot, and writes
nothing. A station paired after its import seals its NIKs at its next sync.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import run_cli
from tests.factories import new_event, plain_event
from tests.sync.harness import HubProcess, Station

NIKS = {"Agustina Seran": "5301045409860003", "Yosef Tefa": "5301011201790002"}
LATE_NIK = "5371026503920001"


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def files_containing(root: Path, needle: bytes) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def invitation_sheet(path: Path, people: dict[str, str]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["No", "Nama", "NIK", "Jabatan", "Instansi"])
    for number, (name, nik) in enumerate(people.items(), start=1):
        sheet.append([number, name, nik, "Kepala Desa", "Desa Oelnasi"])
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = "@"
    workbook.save(path)
    return path


def nik_column(path: Path) -> dict[str, str]:
    """Name → NIK cell of an exported CSV attendance list."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    assert header[-1] == "NIK"
    return {row[1]: row[-1].removeprefix('="').removesuffix('"') for row in rows[1:]}


def test_nik_travels_sealed_and_only_the_root_opens_it(tmp_path: Path, hub: HubProcess) -> None:
    from desktop_app.models import Attendee, Change
    from desktop_app.models.nik_sealing import sealed_prefix
    from desktop_app.services.certificates.sealed_niks import organizer_recipient

    a = Station(tmp_path / "a", "Meja A")
    b = Station(tmp_path / "b", "Meja B")
    late = Station(tmp_path / "c", "Meja C")  # paired only after its import
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        code = plain_event(attendees=2).code
    imported = run_cli(
        "import", code, str(invitation_sheet(tmp_path / "undangan.xlsx", NIKS)), home=a.root
    )
    assert imported.returncode == 0 and "2 diimpor" in imported.stdout, imported.stderr
    with a.active():
        prefix = sealed_prefix(organizer_recipient() or b"")
        for name, nik in NIKS.items():
            row = Attendee.get(Attendee.full_name == name)
            assert row.nik == nik and row.nik_sealed.startswith(prefix)
            assert nik not in row.nik_sealed
        sent = [c.payload for c in Change.select().where(Change.table_name == "attendee")]
        assert sent and all(nik not in text for text in sent for nik in NIKS.values())

    # Station C imports into its own event while it knows no organizer key yet: nothing
    # sealed, nothing clear in its outbox. Paired later, its next sync seals them.
    with late.active():
        late_code = new_event(title="Apel Siaga").code
    late_sheet = invitation_sheet(tmp_path / "terlambat.xlsx", {"Maria Bria": LATE_NIK})
    done = run_cli("import", late_code, str(late_sheet), home=late.root)
    assert done.returncode == 0 and "1 diimpor" in done.stdout, done.stderr
    with late.active():
        row = Attendee.get(Attendee.full_name == "Maria Bria")
        assert row.nik == LATE_NIK and row.nik_sealed == ""
        before_hlc = row.hlc
    late.enroll(hub)
    late.sync()
    with late.active():
        row = Attendee.get(Attendee.full_name == "Maria Bria")
        assert row.nik_sealed.startswith(prefix) and row.hlc > before_hlc  # an authored update
        versions = [
            c.payload for c in Change.select().where(Change.row_id == row.id).order_by(Change.seq)
        ]
        assert len(versions) == 2 and '"nik_sealed":""' in versions[0]
        assert row.nik_sealed in versions[1] and LATE_NIK not in "".join(versions)
    a.sync()
    b.sync()

    needle_list = [nik.encode() for nik in [*NIKS.values(), LATE_NIK]]
    for needle in needle_list:
        assert files_containing(hub.home, needle) == []  # database, WAL, logs
        assert files_containing(b.root, needle) == []
    with b.active():
        copies = list(Attendee.select().where(Attendee.nik_masked != ""))
        assert len(copies) == 3 and all(c.nik == "" and c.nik_sealed for c in copies)
        assert all(c.nik_sealed.startswith(prefix) for c in copies)

    # The hub's folder holds the root: it opens them.
    out = tmp_path / "dengan-nik.csv"
    opened = run_cli(
        "--home", str(hub.home), "export", code, "--format", "csv", "--with-nik", "--out", str(out)
    )
    assert opened.returncode == 0, opened.stderr
    column = nik_column(out)
    assert {name: column[name] for name in NIKS} == NIKS
    late_out = tmp_path / "terlambat.csv"
    run_cli(
        "--home", str(hub.home), "export", late_code, "--format", "csv", "--with-nik",
        "--out", str(late_out), check=True,
    )  # fmt: skip
    assert nik_column(late_out)["Maria Bria"] == LATE_NIK
    xlsx = tmp_path / "dengan-nik.xlsx"
    run_cli(
        "--home", str(hub.home), "export", code, "--format", "xlsx", "--with-nik",
        "--out", str(xlsx), check=True,
    )  # fmt: skip
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet.cell(3, 13).value == "NIK"
    found = {sheet.cell(r, 2).value: sheet.cell(r, 13).value for r in range(4, sheet.max_row + 1)}
    assert found["Agustina Seran"] == NIKS["Agustina Seran"]
    assert sheet.cell(4, 13).number_format == "@"  # text: no 5.30104E+15

    # Station B has no root: exit 1, one line, nothing written.
    refused_out = tmp_path / "b.csv"
    refused = run_cli(
        "export", code, "--format", "csv", "--with-nik", "--out", str(refused_out), home=b.root
    )
    assert refused.returncode == 1 and not refused_out.exists()
    assert refused.stderr.count("\n") == 1 and "kunci induk penyelenggara" in refused.stderr
    english = run_cli(
        "--lang", "en", "export", code, "--format", "csv", "--with-nik",
        "--out", str(refused_out), home=b.root,
    )  # fmt: skip
    assert english.returncode == 1 and not refused_out.exists()
    assert "can only be opened in a data folder holding the organizer root" in english.stderr
    pdf = run_cli("--home", str(hub.home), "export", code, "--with-nik", "--out", str(tmp_path))
    assert pdf.returncode == 1 and "hanya untuk daftar hadir xlsx/csv" in pdf.stderr
    assert not list(tmp_path.glob("*.pdf"))
    # Without --with-nik nothing changes for scripts: no NIK column.
    plain_out = tmp_path / "biasa.csv"
    run_cli("export", code, "--format", "csv", "--out", str(plain_out), home=b.root, check=True)
    assert "NIK" not in plain_out.read_text(encoding="utf-8-sig").splitlines()[0].split(";")

    # A sealed value moved onto another attendee's row does not open there.
    hub.kill()
    con = sqlite3.connect(hub.home / "ikrar.sqlite3")
    try:
        (agustina,) = con.execute(
            "SELECT nik_sealed FROM attendee WHERE full_name = 'Agustina Seran'"
        ).fetchone()
        con.execute(
            "UPDATE attendee SET nik_sealed = ? WHERE full_name = 'Yosef Tefa'", (agustina,)
        )
        con.commit()
    finally:
        con.close()
    moved = run_cli(
        "--home", str(hub.home), "export", code, "--format", "csv", "--with-nik", "--out", str(out)
    )
    assert moved.returncode == 0, moved.stderr
    assert "tidak dibuka (bukan milik peserta ini" in moved.stderr
    column = nik_column(out)
    assert column["Agustina Seran"] == NIKS["Agustina Seran"] and column["Yosef Tefa"] == ""
