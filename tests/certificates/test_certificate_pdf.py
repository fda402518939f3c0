"""Certificate PDFs parsed back with independent tools: zbarimg, pdftoppm, qpdf, pdffonts."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from desktop_app.documents.certificates.certificate_batch import certificate_pdf, generate
from desktop_app.documents.certificates.certificate_pdf import ensure_font, fit_text
from desktop_app.documents.certificates.certificate_templates import load_template, template_names
from desktop_app.services.certificates.token import extract_token, verify_token
from tests.conftest import run_cli
from tests.factories import attend, certify

LONG_NAME = (
    "Prof. Dr. Drs. H. Muhammad Yohanes Fransiskus Bernardus Nggadas-Tanesib, "
    "S.H., S.Sos., M.Si., M.M., M.Pd."
)


@pytest.fixture
def twenty(cert_event):  # type: ignore[no-untyped-def]
    attend(cert_event, 20)
    return cert_event, certify(cert_event)


def _zbar(folder: Path) -> list[str]:
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", *sorted(map(str, folder.glob("*.pgm")))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if line]


@pytest.mark.slow
def test_every_qr_in_a_batch_decodes_and_verifies(twenty, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = twenty
    out = tmp_path / "batch.pdf"
    result = generate(event, certs, out, processes=2)  # exercise the worker-process path
    assert result.count == 20 and out.exists()
    # PGM output: PNG compression would dominate the test time.
    subprocess.run(["pdftoppm", "-r", "150", "-gray", str(out), str(tmp_path / "p")], check=True)
    urls = _zbar(tmp_path)
    assert len(urls) == 20
    numbers = set()
    for url in urls:
        assert url.startswith("HTTPS://VERIFIKASI.IKRAR.ID/V/")
        check = verify_token(extract_token(url))
        assert check.ok, check.message
        numbers.add(check.claims["number"])
    assert numbers == {c.number for c in certs}
    qpdf = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert qpdf.returncode == 0, qpdf.stdout + qpdf.stderr
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)  # every font embedded
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "27 September 2024" in text and "SERTIFIKAT" in text


def test_per_attendee_files_and_cancel(twenty, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = twenty
    seen: list[tuple[int, int]] = []
    result = generate(
        event,
        certs[:5],
        tmp_path / "each",
        per_attendee=True,
        progress=lambda d, t: seen.append((d, t)),
        processes=1,
    )
    assert result.count == 5 and len(list((tmp_path / "each").glob("*.pdf"))) == 5
    assert seen[-1] == (5, 5)
    cancelled = generate(event, certs, tmp_path / "c.pdf", cancelled=lambda: True, processes=1)
    assert cancelled.cancelled and not (tmp_path / "c.pdf").exists()
    assert not (tmp_path / "c.pdf.part").exists()


@pytest.mark.parametrize("name", ["klasik", "modern"])
def test_long_names_shrink_to_their_box(name: str) -> None:
    template = load_template(name)
    box = template.field("holder")
    assert box is not None
    font = ensure_font(box["font"])
    fitted = fit_text(
        LONG_NAME,
        font,
        box["size"],
        box["width"] * mm,
        box["min_size"],
        box["max_lines"],
        box["fit"],
    )
    assert fitted.size < box["size"]
    assert len(fitted.lines) <= box["max_lines"]
    assert " ".join(fitted.lines) == LONG_NAME  # nothing cut off
    for line in fitted.lines:
        assert pdfmetrics.stringWidth(line, font, fitted.size) <= box["width"] * mm + 0.01
    title = template.field("title")
    assert title is not None
    long_title = "Sosialisasi dan Deklarasi Netralitas " * 8
    fitted = fit_text(
        long_title.strip(),
        ensure_font(title["font"]),
        title["size"],
        title["width"] * mm,
        title["min_size"],
        title["max_lines"],
        "wrap",
    )
    assert len(fitted.lines) <= title["max_lines"]
    for line in fitted.lines:
        width = pdfmetrics.stringWidth(line, title["font"], fitted.size)
        assert width <= title["width"] * mm + 0.01


def test_single_certificate_with_long_name_renders(twenty, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = twenty
    cert = certs[0]
    cert.holder_name = LONG_NAME
    for template in template_names():
        event.certificate_template = template
        event.save()
        pdf = tmp_path / f"{template}.pdf"
        pdf.write_bytes(certificate_pdf(cert))
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Nggadas-Tanesib" in " ".join(text.split())
        assert cert.number in text


@pytest.mark.slow
def test_cli_certificates_and_verify_exit_codes(twenty, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    event, certs = twenty
    out = tmp_path / "all.pdf"
    done = run_cli("certificates", event.code, "--out", str(out), home=home)
    assert done.returncode == 0, done.stderr
    assert "20 sertifikat" in done.stdout
    token = certs[3].token
    ok = run_cli("verify", token, home=home)
    assert ok.returncode == 0 and certs[3].holder_name in ok.stdout and certs[3].number in ok.stdout
    url = f"https://verifikasi.ikrar.id/v/{token.lower()}"
    assert run_cli("verify", url, home=home).returncode == 0
    subprocess.run(
        ["pdftoppm", "-r", "120", "-png", "-f", "2", "-l", "2", str(out), str(tmp_path / "page")],
        check=True,
    )
    png = next(tmp_path.glob("page*.png"))
    assert run_cli("verify", str(png), home=home).returncode == 0
    single = tmp_path / "one.pdf"
    single.write_bytes(certificate_pdf(certs[5]))
    assert run_cli("verify", str(single), home=home).returncode == 0
    # Changed in the middle: the last characters may carry unused bits of the Base32 code,
    # where a change reads as a non-canonical spelling (malformed), not a bad signature.
    middle = len(token) // 2
    changed = "AAA" if token[middle : middle + 3] != "AAA" else "BBB"
    bad = run_cli("verify", token[:middle] + changed + token[middle + 3 :], home=home)
    assert bad.returncode == 1 and "bad_signature" in bad.stderr
    assert bad.stdout == ""  # nothing of a forged token reads like a certificate
    assert run_cli("verify", "XYZ", home=home).returncode == 1
    revoked = run_cli("revoke", certs[5].number, "--reason", "duplikat", home=home)
    assert revoked.returncode == 0, revoked.stderr
    gone = run_cli("verify", str(single), home=home)
    assert gone.returncode == 1 and "DICABUT" in gone.stderr
    missing = run_cli("verify", str(tmp_path / "nothing.png"), home=home)
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr
    keys = run_cli("keys", "export", "--out", str(tmp_path / "keys.json"), home=home)
    assert keys.returncode == 0 and (tmp_path / "keys.json").exists()


def test_signature_only_with_evidence(twenty, home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io

    from PIL import Image

    from desktop_app.documents.certificates.certificate_batch import signing_official
    from desktop_app.documents.certificates.certificate_templates import save_template
    from tests.factories import sign_document

    event, certs = twenty
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 120), (20, 30, 120, 255)).save(buffer, "PNG")
    official = signing_official(event)
    assert official is not None and "SERTIFIKAT" in official.signs
    official.signature_png = buffer.getvalue()  # an uploaded image signs nothing
    official.save()
    logo = tmp_path / "logo.png"
    Image.new("RGBA", (100, 100), (200, 0, 0, 255)).save(logo)
    saved = save_template(load_template("modern"), "modern-acara-X", home, logo=logo)
    event.certificate_template = saved.name
    event.save()

    def image_sizes() -> set[tuple[int, int]]:
        pdf = tmp_path / "images.pdf"
        pdf.write_bytes(certificate_pdf(certs[0], home))
        listing = subprocess.run(
            ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        rows = [ln.split() for ln in listing]
        return {(int(r[3]), int(r[4])) for r in rows if r[2] == "image"}

    before = image_sizes()
    assert (1754, 1241) in before and (100, 100) in before  # background, logo
    assert len(before) == 2  # no signature: the space is left for wet ink
    sign_document(event, official, "SERTIFIKAT")
    after = image_sizes()
    assert len(after) == 3  # now the pad signature, with its transparency (an smask)
