"""Invitation letters (surat dinas) and badges read back from the PDF: full names with
titles, the parts of a Tata Naskah Dinas letter, QR codes holding only the attendee code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop_app.models import Attendee
from tests.document_cases import LONGEST_NAME, add_edge_people
from tests.pdf_layout import assert_fonts_embedded, check_pdf, info, pages


@pytest.fixture
def people(demo_event):  # type: ignore[no-untyped-def]
    from desktop_app.services.demo.letterhead import DEMO_LETTERHEAD, demo_logo
    from desktop_app.services.events.letterhead import set_letterhead

    set_letterhead(demo_event, DEMO_LETTERHEAD, demo_logo())
    add_edge_people(demo_event)
    return list(Attendee.select().where(Attendee.event == demo_event).order_by(Attendee.sort_name))


def _qr_texts(pdf: Path, folder: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-gray", str(pdf), str(folder / "q")], check=True)
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", *map(str, sorted(folder.glob("q-*.pgm")))],
        capture_output=True,
        text=True,
    ).stdout
    return out.split()


def _words_of(name: str) -> list[str]:
    return name.replace(",", " ").split()


def test_badges_show_every_full_name_and_only_the_code_in_the_qr(
    people, demo_event, home: Path
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.registration.invitations_pdf import write_invitations

    out = home / "badges.pdf"
    assert write_invitations(demo_event, out, people, "badge") == len(people)
    check_pdf(out)
    assert_fonts_embedded(out)
    assert info(out)["Author"] == demo_event.organizer
    read = pages(out)
    assert len(read) == -(-len(people) // 8)
    for index, person in enumerate(people):
        page = read[index // 8]
        column = (index % 8) % 2
        half = page.width / 2
        words = [
            w.text.rstrip(",")
            for w in page.words
            if (w.x0 < half) == (column == 0) and "…" not in w.text
        ]
        for part in _words_of(person.full_name):
            assert part.rstrip(",") in words, (person.full_name, part)
    assert "…" not in " ".join(p.text for p in read)  # no name is cut
    codes = _qr_texts(out, home)
    assert sorted(codes) == sorted(p.code for p in people)


def test_letters_are_surat_dinas_with_the_full_addressee(people, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.registration.invitations_pdf import write_invitations
    from tests.factories import sign_document

    edge = [p for p in people if p.code.startswith("EDGE")]
    out = home / "letters.pdf"
    write_invitations(demo_event, out, edge, "letter")
    check_pdf(out)
    assert_fonts_embedded(out)
    read = pages(out)
    assert len(read) == len(edge)  # one page per letter
    for page, person in zip(read, edge, strict=True):
        assert page.has("BADAN PENGAWAS PEMILIHAN UMUM") and page.has("KABUPATEN KUPANG")
        for label in ("Nomor", "Sifat", "Lampiran", "Hal", "Yth.", "Tembusan:"):
            assert page.find(label), label
        assert page.has("045/PM.00.02/K.NT-05/IX/2024") and page.has("Segera")
        # Place and date on the right, level with Nomor.
        nomor = page.find("Nomor")[0]
        dated = page.find("Kupang, 20 September 2024")
        assert dated and dated[0].x0 > page.width / 2 and abs(dated[0].bottom - nomor.bottom) < 2
        assert page.has("Jumat, 27 September 2024") and page.has("08.00 WITA")
        assert page.has("Ballroom Hotel Aston Kupang")
        assert page.has("Marthinus R. Neolaka, S.H.") and page.has("Ketua Bawaslu Kabupaten")
        words = [w.text.rstrip(",") for w in page.words]
        for part in _words_of(person.full_name):
            assert part.rstrip(",") in words, (person.full_name, part)
        assert "NIK" not in page.text and (not person.nik or person.nik not in page.text)
    assert any(LONGEST_NAME.split()[4] in p.text for p in read)
    assert sorted(_qr_texts(out, home)) == sorted(p.code for p in edge)
    # The signer's signature appears only after the Ketua signed the letters on the pad.
    from desktop_app.services.signing.document_signing import officials_for

    def inks() -> tuple[int, int]:
        """(pages showing a signature, distinct signature images in the file)."""
        listing = subprocess.run(
            ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        rows = [line.split() for line in listing if line.split()[2:5] == ["image", "1", "1"]]
        return len({r[0] for r in rows}), len({r[10] for r in rows})

    assert inks() == (0, 0)
    ketua = officials_for(demo_event, "DAFTAR_HADIR")[0]
    ketua.signs = ketua.signs + ",UNDANGAN"
    ketua.save()
    sign_document(demo_event, ketua, "UNDANGAN")
    write_invitations(demo_event, out, edge, "letter")
    assert inks() == (len(edge), 1)  # one image in the shared form, on every letter


def test_undated_letter_leaves_the_date_for_the_pen(people, demo_event, home: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.documents.registration.invitations_pdf import write_invitations

    demo_event.letter_date = ""
    demo_event.letter_number = ""
    demo_event.save()
    out = home / "letter.pdf"
    write_invitations(demo_event, out, people[:1], "letter")
    page = pages(out)[0]
    assert page.has("Kupang, ....") and "2026" not in page.text
