"""Daftar hadir, surat pernyataan, naskah deklarasi and spreadsheets, parsed back for real."""

from __future__ import annotations

import datetime as dt
import random
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.models import Attendee, Signature, close_db
from desktop_app.services.demo.signatures import add_demo_signatures
from tests.conftest import run_cli
from tests.factories import check_in_first


@pytest.fixture
def signed_event(demo_event):  # type: ignore[no-untyped-def]
    check_in_first(demo_event, 32)
    add_demo_signatures(demo_event, random.Random(11))
    return demo_event


def _pdftext(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(
        [*args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def _assert_valid_pdf(path: Path) -> None:
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts, "no fonts listed"
    for line in fonts:
        assert "NotoSans" in line, line
        assert re.search(r"\byes\s+yes\s+yes\b", line), f"font not embedded: {line}"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    for field in ("Title:", "Author:", "Subject:", "Creator:", "CreationDate:"):
        assert field in info
    assert "Badan Pengawas Pemilihan Umum Kabupaten Kupang" in info


def test_attendance_pdf(signed_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.common.event_records import attendance_rows
    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf

    rows = attendance_rows(signed_event)
    assert len(rows) == 32
    out = home / "dh.pdf"
    pages = write_attendance_pdf(signed_event, out)
    _assert_valid_pdf(out)
    assert _pages(out) == pages >= 2
    text = _pdftext(out)
    assert "DAFTAR HADIR" in text and "Jumat, 27 September 2024" in text
    assert f"Halaman 1 dari {pages}" in text and f"Halaman {pages} dari {pages}" in text
    assert "Marthinus R. Neolaka, S.H." in text  # officials' block
    nips = Attendee.select().where((Attendee.event == signed_event) & (Attendee.nip != ""))
    for attendee in Attendee.select().where(Attendee.event == signed_event):
        assert not attendee.nik or attendee.nik not in text.replace(" ", "")
    assert any(f"{a.nip[:8]} " in text for a in nips)
    # Rows never split: every row's number, name and institution are on one page.
    page_texts = [_pdftext(out, p) for p in range(1, pages + 1)]
    for number, row in enumerate(rows, start=1):
        first_name = row.name.split()[0]
        last_inst = row.institution.split()[-1]
        hits = [
            i
            for i, t in enumerate(page_texts)
            if re.search(rf"^\s*{number}\.\s+.*{re.escape(first_name)}", t, re.M)
        ]
        assert len(hits) == 1, f"row {number} found on pages {hits}"
        assert last_inst in page_texts[hits[0]]
    # Each signed row's image is embedded once, plus the Ketua's: he signed this daftar
    # hadir on the pad (the demo records it as its own evidence).
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    image_lines = [ln.split() for ln in images.splitlines()[2:] if ln.split()[2] == "image"]
    signed_rows = sum(1 for r in rows if r.signature is not None)
    # Signatures are an ink pixel with a soft mask (transparent), the kop logo is 240 px.
    inks = [ln for ln in image_lines if ln[3:5] == ["1", "1"]]
    assert len(inks) == signed_rows + 1
    assert [ln[3:5] for ln in image_lines if ln not in inks] == [["240", "240"]]


def test_statements_and_declaration_pdfs(signed_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.statements_pdf import (
        write_declaration_pdf,
        write_statements_pdf,
    )

    out = home / "sp.pdf"
    count = write_statements_pdf(signed_event, out)
    signed = (
        Signature.select()
        .where((Signature.event == signed_event) & Signature.attendee.is_null(False))
        .count()
    )
    assert count == signed > 0
    _assert_valid_pdf(out)
    assert _pages(out) >= count
    text = _pdftext(out)
    sig = Signature.select().where(Signature.attendee.is_null(False)).first()
    assert sig.signer_name in text
    assert "dengan ini menyatakan dengan sesungguhnya" in text
    assert "Yang membuat pernyataan," in text and "Halaman 1 dari" in text
    decl = home / "nd.pdf"
    assert write_declaration_pdf(signed_event, decl) == 2
    _assert_valid_pdf(decl)
    dtext = _pdftext(decl)
    assert "NASKAH DEKLARASI" in dtext and "Ditetapkan di Kupang" in dtext
    assert "Drs. Alfons L. Tamelab, M.Si." in dtext and "NIP 19680412 199303 1 007" in dtext


def test_spreadsheets_keep_nip_as_text(signed_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.attendance_sheet import write_attendance_sheet

    xlsx = home / "rekap.xlsx"
    assert write_attendance_sheet(signed_event, xlsx, "xlsx") == 40
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[3]]
    assert header[:4] == ["No", "Nama", "Kategori", "NIP/NRP"]
    body = list(sheet.iter_rows(min_row=4, values_only=True))
    assert len(body) == 40
    nips = [r[3] for r in body if r[3] and len(str(r[3]).replace(" ", "")) == 18]
    assert nips and all(isinstance(n, str) for n in nips)
    assert {r[6] for r in body} == {"Ya", "Tidak"}
    # Times are real date-times at the venue (sortable), the zone is in the title.
    assert header[7] == "Waktu Registrasi (WITA)" and header[9] == "Waktu Tanda Tangan (WITA)"
    arrived = [r[7] for r in body if r[6] == "Ya"]
    assert arrived and all(isinstance(t, dt.datetime) for t in arrived)
    from desktop_app.models import Checkin
    from desktop_app.services.common.localtime import to_local

    first = Checkin.select().order_by(Checkin.checked_in_at).first()
    venue_time = to_local(first.checked_in_at, "Asia/Makassar").replace(tzinfo=None)
    assert abs((min(arrived) - venue_time).total_seconds()) < 1  # WITA wall clock
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$1:$3"
    assert (
        sum(1 for r in body if r[8] == "Sudah")
        == Signature.select().where(Signature.attendee.is_null(False)).count()
    )
    csv_path = home / "rekap.csv"
    write_attendance_sheet(signed_event, csv_path, "csv")
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.count("\n") == 41
    # An all-digit NRP is written so Excel keeps it as text (its leading zero too).
    nrps = [a.nrp for a in Attendee.select().where(Attendee.nrp != "")]
    assert nrps and all(f'"=""{n}"""' in text for n in nrps)


@pytest.mark.slow  # seven real `ikrar` processes
def test_cli_export_and_verify_log(signed_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    code = signed_event.code
    out = home / "cli-dh.pdf"
    result = run_cli("export", code, "--what", "attendance", "--out", str(out), home=home)
    assert result.returncode == 0, result.stderr
    assert out.exists() and "halaman" in result.stdout
    result = run_cli("export", code, "--format", "csv", home=home)
    assert result.returncode == 0 and (home / "documents" / f"{code}-daftar-hadir.csv").exists()
    one = Signature.select().where(Signature.attendee.is_null(False)).first().attendee
    single = home / "one.pdf"
    result = run_cli(
        "export",
        code,
        "--what",
        "statements",
        "--attendee",
        one.code,
        "--out",
        str(single),
        home=home,
    )
    assert result.returncode == 0, result.stderr
    assert "1 surat pernyataan" in result.stdout and one.full_name in _pdftext(single)
    bad = run_cli("export", code, "--what", "statements", "--format", "xlsx", home=home)
    assert bad.returncode == 1 and "hanya untuk daftar hadir" in bad.stderr
    assert "Traceback" not in bad.stderr
    assert run_cli("export", "ZZZZZZ", home=home).returncode == 1
    assert run_cli("export", code, "--what", "nonsense", home=home).returncode == 2
    ok = run_cli("verify-log", code, home=home)
    assert ok.returncode == 0 and "utuh" in ok.stdout
    # One changed byte in one stored image: exit 1 naming exactly that record.
    victim = (
        Signature.select()
        .where(Signature.attendee.is_null(False))
        .order_by(Signature.chain_seq)
        .offset(5)
        .first()
    )
    close_db()
    con = sqlite3.connect(home / "ikrar.sqlite3")
    (png,) = con.execute("SELECT image_png FROM signature WHERE id = ?", (victim.id,)).fetchone()
    png = png[:100] + bytes([png[100] ^ 0xFF]) + png[101:]
    con.execute("UPDATE signature SET image_png = ? WHERE id = ?", (png, victim.id))
    con.commit()
    con.close()
    broken = run_cli("verify-log", code, home=home)
    assert broken.returncode == 1
    assert victim.id in broken.stderr and f"#{victim.chain_seq}" in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1


def test_export_use_case_writes_each_document_and_words_failures(signed_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    """The one export function (CLI and Dokumen tab): every kind, its count, its file name,
    and an unwritable target reported as a user error with nothing left behind."""
    from desktop_app.documents.signing.export import (
        DocumentKind,
        FileFormat,
        attendee_by_code,
        export_document,
        output_path,
    )
    from desktop_app.services.common.errors import UserError

    docs = home / "documents"
    code = signed_event.code
    out = output_path(None, docs, code, DocumentKind.ATTENDANCE, FileFormat.PDF)
    assert out == docs / f"{code}-daftar-hadir.pdf"
    result = export_document(signed_event, "attendance", "pdf", out)
    assert result.unit == "pages" and result.count == _pages(out) >= 1
    assert result.summary() == f"{result.count} halaman"
    sheet = export_document(
        signed_event, DocumentKind.ATTENDANCE, FileFormat.XLSX, docs / "rekap.xlsx"
    )
    rows = load_workbook(docs / "rekap.xlsx").active.max_row
    assert sheet.unit == "attendees" and sheet.count == 40 and rows >= 41
    one = Signature.select().where(Signature.attendee.is_null(False)).first().attendee
    assert attendee_by_code(signed_event, one.code.lower()).id == one.id
    single = export_document(
        signed_event, "statements", "pdf", docs / "one.pdf", attendee_ids=[one.id]
    )
    assert single.count == 1 and one.full_name in _pdftext(docs / "one.pdf")
    with pytest.raises(UserError, match="tidak ada pada acara ini"):
        attendee_by_code(signed_event, "NOPE99")
    assert output_path(docs, docs, code, DocumentKind.DECLARATION, FileFormat.PDF) == (
        docs / f"{code}-naskah-deklarasi.pdf"
    )
    not_a_folder = home / "not-a-folder"
    not_a_folder.write_text("x")  # a file where the target's folder should be
    with pytest.raises(UserError, match="tidak dapat ditulis"):
        export_document(signed_event, "attendance", "csv", not_a_folder / "x.csv")
    assert not_a_folder.read_text() == "x"
