"""Certificates printed through a real spooler: the GUI's print path (QPrinter + PDFium,
``ui/certificates/certificate_printing.py``) into CUPS with a virtual PDF printer.

What comes out of the spooler must be what a hotel's lent printer would put on paper: A4
in landscape, at full scale (the QR code 34 mm wide where the template puts it, not
shrunk to the printer's margins), one sheet per certificate, each QR readable by zbar.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import print_spooler
from tests.conftest import REPO
from tests.factories import attend, plain_event

pytestmark = pytest.mark.slow

PRINT_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
app = QApplication([])
info = QPrinterInfo.printerInfo(sys.argv[1])
if info.isNull():
    raise SystemExit("printer not visible to Qt: " + sys.argv[1])
printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
printer.setDocName(sys.argv[2])
from desktop_app.ui.certificates.certificate_printing import prepare_printer, print_pdfs
prepare_printer(printer)
print(print_pdfs(printer, [Path(p).read_bytes() for p in sys.argv[3:]]))
"""


@pytest.fixture(scope="module")
def spooler() -> Iterator[print_spooler.Spooler]:
    reason = print_spooler.why_not_available()
    if reason is not None:
        pytest.skip(f"no private CUPS spooler: {reason}")
    # Not under pytest's tmp_path: its parents are private to root, and the filters run as lp.
    root = Path(tempfile.mkdtemp(prefix="ikrar-cups-"))
    try:
        spooler = print_spooler.start(root)
    except RuntimeError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"cupsd could not start: {exc}")
    try:
        yield spooler
    finally:
        spooler.stop()
        shutil.rmtree(root, ignore_errors=True)


def _page_sizes(pdf: Path) -> list[str]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [line for line in info.splitlines() if line.startswith("Page") and "size" in line]


def test_certificates_through_cups_come_out_a4_landscape_full_scale(
    spooler: print_spooler.Spooler, home: Path, tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image

    from desktop_app.documents.certificates.certificate_batch import certificate_pdf
    from desktop_app.services.certificates import issuing
    from desktop_app.services.certificates.token import token_url

    event = plain_event()
    attend(event, 3)
    certs = issuing.issue_missing(event)
    files = []
    for cert in certs:
        path = tmp_path / f"{cert.seq}.pdf"
        path.write_bytes(certificate_pdf(cert))
        files.append(str(path))
    title = f"ikrarUji{uuid.uuid4().hex[:8]}"
    printed = subprocess.run(
        [sys.executable, "-c", PRINT_SCRIPT, spooler.printer, title, *files],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**spooler.env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == "3"
    out = spooler.wait_for_output(title)
    try:
        sizes = _page_sizes(out)
        assert len(sizes) == 3, sizes  # one sheet per certificate
        for line in sizes:
            assert "(A4)" in line, line
        dpi = 100
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(out), str(tmp_path / "p")], check=True
        )
        pages = sorted(tmp_path.glob("p-*.png"))
        assert len(pages) == 3
        urls = {token_url(c.token, event.verify_base_url) for c in certs}
        seen = set()
        for page in pages:
            with Image.open(page) as image:
                sheet = image.convert("L")
            # The spooler feeds A4 portrait: a landscape design comes out turned a quarter,
            # like on paper from a real printer. Turned back, it must read as designed.
            assert sheet.height > sheet.width
            placements = []
            for turn in (-90, 90):
                upright = sheet.rotate(turn, expand=True)
                found = zxingcpp.read_barcodes(upright)
                assert len(found) == 1
                code = found[0]
                xs = [p.x for p in (code.position.top_left, code.position.bottom_right)]
                ys = [p.y for p in (code.position.top_left, code.position.bottom_right)]
                placements.append(
                    (
                        code.text,
                        (max(xs) - min(xs)) / dpi * 25.4,
                        min(xs) / dpi * 25.4,
                        min(ys) / dpi * 25.4,
                    )
                )
            # Full scale: the 34 mm QR code where the klasik template puts it (27 mm from
            # the left, 148 mm from the top), not shrunk or shifted to fit printer margins.
            matching = [
                p
                for p in placements
                if abs(p[1] - 34) < 1.5 and abs(p[2] - 27) < 2 and abs(p[3] - 148) < 2
            ]
            assert len(matching) == 1, placements
            seen.add(matching[0][0])
        assert seen == urls
        subprocess.run(
            ["pdftoppm", "-r", "200", "-gray", str(out), str(tmp_path / "z")], check=True
        )
        zbar = subprocess.run(
            ["zbarimg", "-q", "--raw", *map(str, sorted(tmp_path.glob("z-*.pgm")))],
            capture_output=True,
            text=True,
        )
        assert set(zbar.stdout.split()) == urls  # an independent reader agrees
    finally:
        out.unlink(missing_ok=True)
