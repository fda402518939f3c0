"""Invitation-list import: every pitfall of real sheets, with generated files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest

from desktop_app.documents.registration.import_report_xlsx import export_report_xlsx
from desktop_app.models import Attendee, AuditLog, Change, Event
from desktop_app.services.common.errors import UserError
from desktop_app.services.registration.attendee_import import RowStatus, import_attendees
from desktop_app.services.registration.column_mapping import (
    guess_field,
    guess_mapping,
    remembered_mapping,
)
from desktop_app.services.registration.spreadsheet_reader import read_spreadsheet
from tests.factories import new_event

NIP_PNS = "198609142010011003"
NIP_PNS_2 = "197512312000032001"
NIP_PPPK = "199009132025242014"
NIK = "5301045409860003"
NRP_POLRI = "86090123"

HEADER = ["No", "Nama Lengkap", "NIP", "Jabatan", "Unit Kerja", "No. HP"]
ROWS = [
    [
        1,
        "Drs. Yohanes B. Nggadas, M.Si.",
        NIP_PNS,
        "Kepala Bidang",
        "BKPSDM Kab. Kupang",
        "081234567890",
    ],
    [
        2,
        "Hj. Siti Aminah, S.Pd., M.M.",
        NIP_PNS_2,
        "Guru Ahli Muda",
        "SMPN 1 Kupang Tengah",
        "085212345678",
    ],
    [
        3,
        "Maria Theresia Bria, S.Kep., Ns.",
        NIP_PPPK,
        "Perawat Ahli Pertama",
        "Dinas Kesehatan",
        "",
    ],
]


@pytest.fixture
def event(home: Path) -> Event:
    return new_event(
        title="Sosialisasi Netralitas",
        organizer="Bawaslu Kabupaten Kupang",
        timezone="Asia/Makassar",
    )


def write_xlsx(
    path: Path, rows: list[list[object]], *, title_rows: int = 0, text_ids: bool = True
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Undangan"
    for index in range(title_rows):
        sheet.append([f"DAFTAR UNDANGAN SOSIALISASI {index + 1}"])
    for row in rows:
        sheet.append(row)
    if text_ids:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.isdigit():
                    cell.number_format = "@"
    workbook.save(path)
    return path


def write_csv(
    path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8"
) -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def db_fingerprint() -> tuple[int, int, int, str]:
    rows = sorted(tuple(r) for r in Attendee.select().tuples())
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()
    return Attendee.select().count(), Change.select().count(), AuditLog.select().count(), digest


def statuses(report, status: RowStatus) -> list[int]:  # type: ignore[no-untyped-def]
    return [line.row for line in report.lines if line.status is status]


# --- reading -----------------------------------------------------------------------------


def test_xlsx_with_title_rows_imports_and_infers_categories(event: Event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "undangan.xlsx", [HEADER, *ROWS], title_rows=3)
    report = import_attendees(event, path, operator="ani")
    assert (report.imported, report.rejected, report.header_row) == (3, 0, 4)
    assert statuses(report, RowStatus.IMPORTED) == [5, 6, 7]
    people = {a.nip: a for a in Attendee.select().where(Attendee.event == event)}
    assert people[NIP_PNS].full_name == "Drs. Yohanes B. Nggadas, M.Si."
    assert people[NIP_PNS].sort_name == "yohanes b nggadas"
    assert people[NIP_PNS].category == "ASN"
    assert people[NIP_PPPK].category == "PPPK"  # NI PPPK shape, not rejected
    assert people[NIP_PNS].institution == "BKPSDM Kab. Kupang"
    assert people[NIP_PNS].phone == "081234567890"
    assert len({a.code for a in people.values()}) == 3
    assert all(len(a.code) == 8 for a in people.values())
    assert AuditLog.select().where(AuditLog.action == "attendee.import").count() == 1


def test_merged_two_row_header_is_recognised(event: Event, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR HADIR PESERTA"])
    sheet.append([])
    sheet.append(["No", "Nama", "Identitas", None, "Jabatan", "Instansi"])
    sheet.append([None, None, "NIP", "NIK", None, None])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("C3:D3")
    sheet.merge_cells("E3:E4")
    sheet.merge_cells("F3:F4")
    sheet.append([1, "Yosef Tefa", NIP_PNS, "", "Camat", "Kantor Camat Taebenu"])
    sheet.append([2, "Agustina Seran", "", NIK, "Kepala Desa", "Desa Oelnasi"])
    for row in sheet.iter_rows(min_row=5):
        for cell in row:
            cell.number_format = "@"
    workbook.save(tmp_path / "merged.xlsx")
    report = import_attendees(event, tmp_path / "merged.xlsx")
    assert report.imported == 2, report.lines
    assert report.header_row == 4
    kades = Attendee.get(Attendee.nik == NIK)
    assert kades.category == "KEPALA_DESA"
    assert kades.institution == "Desa Oelnasi"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ";"),
        ("cp1252", ";"),
        ("cp1252", ","),
    ],
)
def test_csv_encodings_and_delimiters(
    event: Event, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    rows = [
        ["Nama", "NIP", "Jabatan", "Instansi"],
        ["José Fernandes Ximenes, S.E.", NIP_PNS, "Analis", "Sekretariat Daerah"],
        ["Fransiska Ndun", NIP_PNS_2, "Bidan Terampil", "Puskesmas Oesao"],
    ]
    path = write_csv(tmp_path / "daftar.csv", rows, delimiter=delimiter, encoding=encoding)
    data = read_spreadsheet(path)
    assert data.delimiter == delimiter
    report = import_attendees(event, path)
    assert report.imported == 2
    assert Attendee.get(Attendee.nip == NIP_PNS).full_name == "José Fernandes Ximenes, S.E."


def test_bom_csv_header_is_found(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bom.csv", [["Nama", "NIP"], ["A B", NIP_PNS]], encoding="utf-8-sig"
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    data = read_spreadsheet(path)
    assert data.rows[0][0] == "Nama"
    assert data.encoding == "utf-8-sig"


def test_empty_rows_and_row_numbers_only_are_ignored(event: Event, tmp_path: Path) -> None:
    rows = [HEADER, ROWS[0], [], [None] * 6, [2, None, None, None, None, None], ROWS[1]]
    report = import_attendees(event, write_xlsx(tmp_path / "gaps.xlsx", rows))
    assert report.imported == 2
    assert report.rejected == 0
    assert statuses(report, RowStatus.IMPORTED) == [2, 6]


# --- Excel damage ---------------------------------------------------------------------------


def test_scientific_and_float_nips_are_rejected_with_excel_fix(
    event: Event, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "NIP", "Instansi"])
    sheet.append(["Petrus Manafe", 198609142010011003, "Dinas Pertanian"])  # number cell
    sheet.append(["Daniel Lay", 1.98609142010011e17, "Dinas Pertanian"])  # float
    sheet.append(["Simon Riwu", "1.98609E+17", "Dinas Pertanian"])  # text as displayed
    sheet.append(["Paulus Kase", "198609142010011000", "Dinas Pertanian"])  # zeros at the end
    sheet.append(["Markus Pah", NIP_PNS, "Dinas Pertanian"])
    sheet["B6"].number_format = "@"
    workbook.save(tmp_path / "rusak.xlsx")
    report = import_attendees(event, tmp_path / "rusak.xlsx")
    assert (report.imported, report.rejected) == (1, 4)
    rejected = [line for line in report.lines if line.status is RowStatus.REJECTED]
    assert [line.row for line in rejected] == [2, 3, 4, 5]
    for line in rejected:
        assert line.column == "NIP"
        assert "Format Cells → Text" in line.reason
    assert "angka ilmiah" in rejected[2].reason
    assert "000" in rejected[3].reason
    assert Attendee.select().count() == 1


def test_invalid_identifiers_rejected_others_kept(event: Event, tmp_path: Path) -> None:
    rows = [
        ["Nama", "NIP/NRP", "Jabatan", "Kesatuan"],
        ["Bripka Andreas Lobo", NRP_POLRI, "Bripka", "Polres Kupang"],
        ["Serka Hendrik Nope", "31234567", "Serka", "Kodim 1604/Kupang"],
        ["Nama Salah", "19861314201001100", "Staf", "Dinas"],  # 17 digits
        ["", NIP_PNS, "Staf", "Dinas"],
    ]
    report = import_attendees(event, write_xlsx(tmp_path / "nrp.xlsx", rows))
    assert (report.imported, report.rejected) == (2, 2)
    assert Attendee.get(Attendee.nrp == NRP_POLRI).category == "POLRI"
    assert Attendee.get(Attendee.nrp == "31234567").category == "TNI"
    reasons = {line.row: line for line in report.lines if line.status is RowStatus.REJECTED}
    assert reasons[4].column == "NIP/NRP"
    assert reasons[5].reason == "Nama kosong."


# --- duplicates, idempotence -------------------------------------------------------------------


def test_duplicates_inside_the_file(event: Event, tmp_path: Path) -> None:
    rows = [
        HEADER,
        ROWS[0],
        ROWS[1],
        [9, *ROWS[0][1:]],  # exact duplicate of row 2
        [10, "Yohanes Nggadas", NIP_PNS, "Kabid", "BKPSDM", ""],  # same NIP, other data
        [11, "Budi Santoso", "", "Ketua", "KNPI Kabupaten Kupang", ""],
        [12, "Budi Santoso", "", "Ketua", "KNPI Kabupaten Kupang", ""],
    ]
    report = import_attendees(event, write_xlsx(tmp_path / "dup.xlsx", rows))
    assert report.imported == 3
    assert statuses(report, RowStatus.SKIPPED) == [4, 7]
    assert statuses(report, RowStatus.REJECTED) == [5]
    rejected = next(line for line in report.lines if line.status is RowStatus.REJECTED)
    assert "baris 2" in rejected.reason and rejected.column == "NIP"


def test_same_identifier_updates_and_same_name_warns(event: Event, tmp_path: Path) -> None:
    import_attendees(event, write_xlsx(tmp_path / "a.xlsx", [HEADER, *ROWS]))
    code_before = Attendee.get(Attendee.nip == NIP_PNS).code
    rows = [
        HEADER,
        [
            1,
            "Drs. Yohanes B. Nggadas, M.Si.",
            NIP_PNS,
            "Sekretaris Badan",
            "BKPSDM Kab. Kupang",
            "081234567890",
        ],  # position changed
        [
            2,
            "Hj. Siti Aminah, S.Pd., M.M.",
            "197512312000032002",
            "Guru",
            "SMPN 1 Kupang Tengah",
            "",
        ],
    ]  # same name + institution, other NIP
    report = import_attendees(event, write_xlsx(tmp_path / "b.xlsx", rows))
    assert (report.imported, report.updated) == (1, 1)
    updated = Attendee.get(Attendee.nip == NIP_PNS)
    assert updated.position == "Sekretaris Badan"
    assert updated.code == code_before
    warning = next(line for line in report.lines if line.status is RowStatus.WARNING)
    assert warning.row == 3 and "nama dan instansi sama" in warning.reason.lower()
    assert Attendee.select().count() == 4


def test_reimport_is_idempotent(event: Event, tmp_path: Path) -> None:
    rows = [HEADER, *ROWS, [4, "Budi Santoso", "", "Ketua", "KNPI", ""]]
    path = write_xlsx(tmp_path / "same.xlsx", rows)
    first = import_attendees(event, path)
    assert first.imported == 4
    before = db_fingerprint()
    second = import_attendees(event, path)
    assert (second.imported, second.updated, second.skipped) == (0, 0, 4)
    after = db_fingerprint()
    assert after[0] == before[0] and after[1] == before[1] and after[3] == before[3]


def test_dry_run_writes_nothing(event: Event, tmp_path: Path) -> None:
    before = db_fingerprint()
    report = import_attendees(event, write_xlsx(tmp_path / "d.xlsx", [HEADER, *ROWS]), dry_run=True)
    assert report.imported == 3 and report.dry_run
    assert "Uji coba" in report.summary()
    assert db_fingerprint() == before
    assert remembered_mapping(event.id) == {}


# --- unreadable files leave the database untouched ---------------------------------------------


@pytest.mark.parametrize(
    "kind", ["pdf", "encrypted", "truncated", "binary_csv", "empty", "no_header", "missing"]
)
def test_unreadable_files_are_user_errors_and_change_nothing(
    event: Event, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "bad.xlsx"
    if kind == "pdf":
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" * 20)
    elif kind == "encrypted":
        # Password-protected workbooks are OLE compound files, not zip archives.
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    elif kind == "truncated":
        good = write_xlsx(tmp_path / "good.xlsx", [HEADER, *ROWS])
        path.write_bytes(good.read_bytes()[:900])
    elif kind == "binary_csv":
        path = tmp_path / "foto.csv"
        path.write_bytes(bytes(range(256)) * 20)
    elif kind == "empty":
        path = tmp_path / "kosong.csv"
        path.write_bytes(b"")
    elif kind == "no_header":
        path = write_csv(tmp_path / "angka.csv", [["1", "2"], ["3", "4"]])
    else:
        path = tmp_path / "tidak-ada.xlsx"
    before = db_fingerprint()
    with pytest.raises(UserError) as caught:
        import_attendees(event, path)
    message = str(caught.value)
    assert message and "Traceback" not in message
    if kind == "encrypted":
        assert "kata sandi" in message
    assert db_fingerprint() == before


def test_failure_midway_rolls_back_everything(
    event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.services.registration.attendee_import as module

    import_attendees(event, write_xlsx(tmp_path / "a.xlsx", [HEADER, ROWS[0]]))
    before = db_fingerprint()

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(module, "log_action", boom)
    with pytest.raises(RuntimeError):
        import_attendees(event, write_xlsx(tmp_path / "b.xlsx", [HEADER, *ROWS]))
    assert db_fingerprint() == before


# --- mapping -------------------------------------------------------------------------------


def test_header_recognition_with_confidence() -> None:
    assert guess_field("Nama Lengkap") == ("full_name", 1.0)
    assert guess_field("NIP / NRP") == ("identifier", 1.0)
    assert guess_field("No. HP / WA") == ("phone", 1.0)
    assert guess_field("Instansi / Unit Kerja") == ("institution", 1.0)
    assert guess_field("Nama Instansi")[0] == "institution"
    field, confidence = guess_field("Nama Peserta (dengan gelar)")
    assert field == "full_name" and confidence < 0.9
    assert guess_field("Full Name") == ("full_name", 1.0)
    assert guess_field("Warna Favorit") == (None, 0.0)
    mapping = guess_mapping([["Nama Peserta (dengan gelar)", "NIP", "Warna"]])
    assert mapping is not None and mapping.needs_review
    sure = guess_mapping([["Nama", "NIP", "Jabatan"]])
    assert sure is not None and not sure.needs_review


def test_confirmed_mapping_is_remembered_per_event(event: Event, tmp_path: Path) -> None:
    rows = [["Peserta", "Nomor Pegawai", "Tempat Tugas"], ["Yosef Tefa", NIP_PNS, "Dinas X"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    with pytest.raises(UserError, match="judul kolom"):
        import_attendees(event, path)
    data = read_spreadsheet(path)
    mapping = guess_mapping([["Nama", "NIP", "Instansi"], *data.rows[1:]])
    assert mapping is not None
    mapping.columns[0].header, mapping.columns[1].header, mapping.columns[2].header = rows[0]
    import_attendees(event, path, mapping=mapping)
    assert remembered_mapping(event.id) == {
        "peserta": "full_name",
        "nomor pegawai": "nip",
        "tempat tugas": "institution",
    }


# --- report export --------------------------------------------------------------------------


def test_report_exports_to_xlsx_with_fix_sheet(event: Event, tmp_path: Path) -> None:
    rows = [HEADER, ROWS[0], [2, "Simon Riwu", "1.98609E+17", "Staf", "Dinas", ""]]
    report = import_attendees(event, write_xlsx(tmp_path / "r.xlsx", rows))
    out = export_report_xlsx(report, tmp_path / "laporan.xlsx")
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["Ringkasan", "Rincian", "Perbaiki"]
    details = list(workbook["Rincian"].iter_rows(values_only=True))
    assert details[0] == ("Baris", "Status", "Kolom", "Alasan", "Nama")
    assert (details[2][0], details[2][1], details[2][2]) == (3, "Ditolak", "NIP")
    fix = list(workbook["Perbaiki"].iter_rows(values_only=True))
    assert fix[0][:3] == ("Alasan ditolak", "Baris asal", "No")
    assert fix[1][1] == 3 and fix[1][3] == "Simon Riwu" and "Excel" in fix[1][0]


@pytest.mark.parametrize("institution", ["Dinas Pendidikan", "Kantor Camat", "Unit Layanan"])
def test_first_attendee_is_not_swallowed_as_a_second_header_row(
    event: Event, tmp_path: Path, institution: str
) -> None:
    # Before: "Dinas …" in the first data row made it a "sub-header"; 1 of 2 imported.
    path = tmp_path / "dua.csv"
    path.write_text(
        f"Nama,Instansi\nBudi Santoso,{institution}\nAni Lestari,Dinas Kesehatan\n",
        encoding="utf-8",
    )
    report = import_attendees(event, path)
    assert report.imported == 2, report.lines
    assert report.header_row == 1
    names = {a.full_name for a in Attendee.select().where(Attendee.event == event)}
    assert names == {"Budi Santoso", "Ani Lestari"}
    assert not [line for line in report.lines if line.status is RowStatus.NOT_READ]


def test_rows_read_as_header_or_above_it_appear_in_the_report(event: Event, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DAFTAR HADIR"])  # a title: one cell, passed over
    sheet.append(["Disusun oleh", "Sekretariat"])  # two cells above the header: reported
    sheet.append(["Nama", "Identitas", None, "Instansi"])
    sheet.append([None, "NIP", "NIK", None])
    sheet.append(["Yosef Tefa", NIP_PNS, None, "Kantor Camat Taebenu"])
    workbook.save(tmp_path / "judul.xlsx")
    report = import_attendees(event, tmp_path / "judul.xlsx")
    assert report.imported == 1
    header_lines = {
        line.row: line.reason for line in report.lines if line.status is RowStatus.NOT_READ
    }
    assert set(header_lines) == {2, 4}
    assert "tidak dibaca sebagai peserta" in header_lines[2]
    assert "judul kolom kedua (NIP, NIK)" in header_lines[4]


def test_row_with_text_only_in_ignored_columns_is_reported_not_dropped(
    event: Event, tmp_path: Path
) -> None:
    path = tmp_path / "catatan.csv"
    path.write_text(
        "No,Nama,Instansi,Tanda Tangan\n1,Budi Santoso,Dinas,\n2,,,Ani Lestari (titip)\n3,,,\n",
        encoding="utf-8",
    )
    report = import_attendees(event, path)
    assert report.imported == 1
    unread = [line for line in report.lines if line.status is RowStatus.NOT_READ]
    assert [(u.row, "Ani Lestari (titip)" in u.reason) for u in unread] == [(3, True)]


def test_nip_column_holding_police_and_army_numbers_is_read_as_mixed(
    event: Event, tmp_path: Path
) -> None:
    from desktop_app.services.common.messages import render
    from desktop_app.services.registration.column_mapping import guess_mapping

    rows = [
        ["No", "Nama", "NIP", "Jabatan", "Instansi"],
        [1, "Drs. Yohanes B. Nggadas, M.Si.", NIP_PNS, "Kepala Bidang", "BKPSDM"],
        [2, "Bripka Andreas Lobo", NRP_POLRI, "Bripka", "Polres Kupang"],
        [3, "Serka Hendrik Nope", "31234567", "Serka", "Kodim 1604/Kupang"],
    ]
    path = write_xlsx(tmp_path / "campuran.xlsx", rows)
    mapping = guess_mapping(read_spreadsheet(path).rows)
    assert mapping is not None
    nip_column = mapping.columns[2]
    assert nip_column.field == "identifier" and nip_column.note is not None
    assert "2 nomor 8–14 digit" in render(nip_column.note)
    report = import_attendees(event, path)
    assert (report.imported, report.rejected) == (3, 0)
    assert Attendee.get(Attendee.nrp == NRP_POLRI).category == "POLRI"
    assert Attendee.get(Attendee.nip == NIP_PNS).category == "ASN"
    # A plain NIP column stays NIP, and wrong NIPs there are still wrong NIPs.
    plain = guess_mapping([rows[0], rows[1], [2, "X", "19861314201001100", "", ""]])
    assert plain is not None and plain.columns[2].field == "nip" and plain.columns[2].note is None
