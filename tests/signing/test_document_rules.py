"""Page rules of the daftar hadir, surat pernyataan and naskah deklarasi, read back from
the PDFs with word positions (poppler), for the demo mix plus the edge cases."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app.models import Checkin, Signature
from desktop_app.services.demo.signatures import add_demo_signatures
from tests.document_cases import LONGEST_NAME, add_edge_people, set_many_officials
from tests.factories import check_in_first
from tests.pdf_layout import assert_fonts_embedded, check_pdf, info, pages

COLUMNS = ["No", "Nama", "NIP/NRP", "Jabatan", "Instansi/Unit Kerja", "Tanda Tangan"]


@pytest.fixture
def edge_event(demo_event):  # type: ignore[no-untyped-def]
    check_in_first(demo_event, 30)
    add_demo_signatures(demo_event, random.Random(11))
    add_edge_people(demo_event)
    return demo_event


def test_every_statement_is_one_page_with_its_own_label_and_law(edge_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.statements_pdf import write_statements_pdf

    out = home / "sp.pdf"
    count = write_statements_pdf(edge_event, out)
    check_pdf(out)
    assert_fonts_embedded(out)
    read = pages(out)
    assert len(read) == count  # one page per statement, however long the name
    for page in read:
        assert page.has("Yang membuat pernyataan,")
        assert page.has("Halaman 1 dari 1")  # numbered per statement, not per batch
        assert "Ikrar · acara" not in page.text
    for sig in Signature.select().where(Signature.attendee.is_null(False)):
        attendee = sig.attendee
        # The evidence note names the record a page was printed from.
        page = next(p for p in read if f"Bukti #{sig.chain_seq}," in p.text)
        text = page.text
        if attendee.category == "PPPK":
            assert "NI PPPK" in text and "NIP" not in text.replace("NI PPPK", "")
            assert "Nomor 49 Tahun 2018" in text and "Nomor 94 Tahun 2021" not in text
        elif attendee.category == "ASN":
            assert "NIP" in text and "Nomor 94 Tahun 2021" in text
        else:
            assert "NIP" not in text.replace("NI PPPK", "")  # no NIP label on a non-PNS
        if attendee.category in ("TNI", "POLRI"):
            assert "NRP" in text
        if attendee.nik:
            assert attendee.nik not in text.replace(" ", "")  # NIK never in full
    longest = next(p for p in read if p.has("Kusumaningrat"))
    # The name with all its titles is on the page, broken only at title boundaries.
    words = " ".join(w.text for w in longest.words)
    for part in LONGEST_NAME.replace(",", " ").split():
        assert part in words
    assert info(out)["Author"] == edge_event.organizer


def test_statement_titles_have_one_style_and_no_lone_word(edge_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.statements_pdf import write_statements_pdf

    out = home / "sp.pdf"
    write_statements_pdf(edge_event, out)
    seen = set()
    for page in pages(out):
        lines = [" ".join(w.text for w in line) for line in page.lines()[:4]]
        assert lines[0] == "SURAT PERNYATAAN"
        title_lines = []
        for line in lines[1:]:
            if line.upper() != line:
                break
            title_lines.append(line)
        seen.add(tuple(title_lines))
        for line in title_lines:
            assert len(line.split()) > 1, title_lines  # "DESA" never alone on a line
    assert len(seen) >= 3  # ASN, desa, TNI/Polri, umum titles all looked at


def test_daftar_hadir_keeps_columns_notes_unsigned_and_has_no_app_footer(
    edge_event, home: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf

    present = {c.attendee_id for c in Checkin.select(Checkin.attendee)}
    signed = {
        s.attendee_id for s in Signature.select(Signature.attendee) if s.attendee_id is not None
    }
    unsigned = present - signed
    assert len(unsigned) >= 1
    out = home / "dh.pdf"
    total = write_attendance_pdf(edge_event, out)
    check_pdf(out)
    assert_fonts_embedded(out)
    read = pages(out)
    assert len(read) == total
    for page in read:
        header = [w.text for w in page.lines()[0]] if page.number > 1 else []
        assert page.has("No Nama NIP/NRP Jabatan Instansi/Unit Kerja Tanda Tangan")
        assert "Ikrar" not in page.text and f"acara {edge_event.code}" not in page.text
        assert page.has(f"Halaman {page.number} dari {total}")
        del header
    first = read[0]
    assert first.has("BADAN PENGAWAS PEMILIHAN UMUM") and first.has("DAFTAR HADIR")
    everything = " ".join(p.text for p in read)
    assert everything.count("belum tanda tangan") == len(unsigned)
    # Identifiers say what they are when they are not a NIP or NRP.
    assert "NI PPPK:" in everything and "NIK:" in everything and "5301********0003" in everything
    assert "5301014309860003" not in everything.replace(" ", "")
    assert "31970512345678" in everything  # the 14-digit TNI NRP, whole


def test_daftar_hadir_never_ends_with_the_sign_off_alone(demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    """For every attendance from 1 to 60 the last page holds table rows under the block."""
    from desktop_app.documents.common.event_records import attendance_rows
    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf

    set_many_officials(demo_event, 4, signing=2)
    check_in_first(demo_event, 40)
    rows = attendance_rows(demo_event)
    for count in range(1, len(rows) + 1):
        out = home / f"dh-{count}.pdf"
        write_attendance_pdf(demo_event, out, rows=rows[:count])
        last = pages(out)[-1]
        numbers = [w for w in last.words if w.text == f"{count}."]
        assert numbers, f"{count} rows: last page has no table row"
        mengetahui = last.find("Mengetahui,")
        assert mengetahui and mengetahui[0].top > numbers[0].top  # the block under the rows
        assert last.has("Marthinus R. Neolaka, S.H.")


def test_signatures_only_where_signed(demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    """Officials who signed the collective text but not the daftar hadir leave the
    Mengetahui space empty; only a pad signature of the daftar hadir fills it."""
    import subprocess

    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf
    from tests.factories import sign_collective, sign_document

    officials = set_many_officials(demo_event, 3, signing=0)
    for official in officials:  # the collective text only
        sign_collective(demo_event, official, seed=1)

    def inks(path: Path) -> int:
        listing = subprocess.run(
            ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        return sum(1 for line in listing if line.split()[2:5] == ["image", "1", "1"])

    out = home / "dh.pdf"
    write_attendance_pdf(demo_event, out, rows=[])
    assert inks(out) == 0
    sign_document(demo_event, officials[1], "DAFTAR_HADIR")
    write_attendance_pdf(demo_event, out, rows=[])
    assert inks(out) == 1


@pytest.mark.parametrize("count", [1, 2, 4, 7, 8])
def test_naskah_fits_one_page_with_names_on_one_baseline(
    demo_event, home: Path, count: int
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.signing.statements_pdf import write_declaration_pdf

    officials = set_many_officials(demo_event, count, signing=count - 1)
    out = home / "nd.pdf"
    assert write_declaration_pdf(demo_event, out) == count - 1
    check_pdf(out)
    assert_fonts_embedded(out)
    read = pages(out)
    assert len(read) == 1  # up to eight signatories on the one page
    page = read[0]
    baselines: dict[float, list[str]] = {}
    for official in officials:
        words = page.find(" ".join(official.name.split()[:2]))
        assert words, official.name
        line = next((b for b in baselines if abs(b - words[0].baseline) < 0.6), None)
        baselines.setdefault(line if line is not None else words[0].baseline, []).append(
            official.name
        )
    # Names of one row share a baseline: rows of 1-4 signatories, so at most two rows.
    rows = 1 if count <= 3 else 2
    assert len(baselines) == rows, baselines
    if count > 1:
        assert page.has("NIP 19680412 199303 1 007")
