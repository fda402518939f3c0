"""Certificates read back with positions: the "Nomor:" label and plain number, the
caption clear of the QR code, signatories in columns with signatures only where signed,
metadata, fonts, and small per-attendee files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.units import mm

from desktop_app.documents.certificates.certificate_batch import certificate_pdf, generate
from desktop_app.documents.certificates.certificate_templates import load_template
from desktop_app.documents.common.qr_codes import QUIET_ZONE, qr_matrix
from desktop_app.services.certificates import issuing
from desktop_app.services.certificates.token import token_url
from tests.document_cases import set_many_officials
from tests.factories import attend, plain_event
from tests.pdf_layout import assert_fonts_embedded, check_pdf, info, pages


@pytest.fixture
def issued(home: Path):  # type: ignore[no-untyped-def]
    event = plain_event()
    attend(event, 6)
    return event, issuing.issue_missing(event)


@pytest.mark.parametrize("template", ["klasik", "modern"])
def test_number_label_caption_and_metadata(issued, home: Path, template: str) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    event.certificate_template = template
    event.save()
    out = home / f"{template}.pdf"
    out.write_bytes(certificate_pdf(certs[0]))
    check_pdf(out)
    assert_fonts_embedded(out)
    meta = info(out)
    assert meta["Author"] == event.organizer and certs[0].number in meta["Title"]
    page = pages(out)[0]
    assert page.has("Nomor: 001/SERT/BAWASLU-KPG/IX/2024")  # plain, no station prefix
    assert "Ikrar" not in page.text
    # The caption sits below the QR code's white quiet zone, not under it.
    layout = load_template(template)
    qr = layout.field("qr")
    assert qr is not None
    side = qr_matrix(token_url(certs[0].token, event.verify_base_url))[0]
    box_bottom = (qr["y"] + qr["size"] + QUIET_ZONE * qr["size"] / side) * mm
    caption = page.find("Pindai untuk verifikasi")
    assert caption and caption[0].top > box_bottom, (caption[0].top, box_bottom)


def test_modern_background_leaves_the_signatories_clear() -> None:
    """The dot pattern no longer runs behind the signatory area."""
    layout = load_template("modern")
    area = layout.layout["signatories"]
    background = layout.background
    assert background is not None
    with Image.open(background) as image:
        px = image.width / 297
        crop = image.convert("L").crop(
            (int(area["left"] * px), int(140 * px), int(area["right"] * px), int(200 * px))
        )
        darkest = crop.getextrema()[0]
    assert darkest > 235  # plain paper under every signatory column


def test_two_officials_in_columns_signature_only_where_signed(issued, home: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    officials = set_many_officials(event, 2, signing=1)  # the second signs nothing on the pad
    out = home / "two.pdf"
    out.write_bytes(certificate_pdf(certs[0]))
    page = pages(out)[0]
    first = page.find(officials[0].name.split()[0])
    second = page.find(officials[1].name.split()[0])
    assert first and second and second[0].x0 > first[0].x1  # side by side
    assert abs(first[0].bottom - second[0].bottom) < 2
    assert page.has("NIP 19680412 199303 1 007")
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    inks = [line for line in listing if line.split()[2:5] == ["image", "1", "1"]]
    assert len(inks) == 1  # the first official's pad signature; the second's is wet ink


def test_per_attendee_files_are_small(issued, home: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = issued
    folder = home / "each"
    result = generate(event, certs, folder, per_attendee=True, processes=1)
    assert result.count == len(certs)
    single = home / "one.pdf"
    single.write_bytes(certificate_pdf(certs[0]))
    for path in result.paths:
        check_pdf(path)
        assert_fonts_embedded(path)
        assert path.stat().st_size < 140_000, path.stat().st_size
        assert path.stat().st_size < 0.6 * single.stat().st_size
        assert info(path)["Author"] == event.organizer
