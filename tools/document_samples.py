"""Render one page of every document for ``docs/documents.md``.

``python -m tools.document_samples [--out docs/img/documents]`` builds the demo event (300
attendees, check-ins, signatures) plus the edge cases the tests use (long names with many
titles, PPPK, a NIK-only guest, accented names, a 14-digit NRP, eight officials), writes
every document and saves one page of each as PNG with pdftoppm.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _png(pdf: Path, page: int, out: Path, dpi: int = 70) -> None:
    stem = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    print(out.relative_to(REPO) if out.is_relative_to(REPO) else out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(REPO / "docs" / "img" / "documents"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO))
    from desktop_app.bootstrap import open_home
    from desktop_app.documents.certificates.certificate_batch import certificate_pdf
    from desktop_app.documents.registration.invitations_pdf import write_invitations
    from desktop_app.documents.signing.attendance_pdf import write_attendance_pdf
    from desktop_app.documents.signing.statements_pdf import (
        write_declaration_pdf,
        write_statements_pdf,
    )
    from desktop_app.models import Attendee, Certificate, close_db
    from desktop_app.services.demo.demo_event import create_demo_event
    from tests.document_cases import add_edge_people, set_many_officials

    with tempfile.TemporaryDirectory(prefix="ikrar-samples-") as tmp:
        root = Path(tmp)
        open_home(root)
        event = create_demo_event(attendees=300, seed=2024)
        edge = add_edge_people(event)
        # Officials: the demo's two, then six more; six sign everything on the pad.
        set_many_officials(event, 8, signing=6)
        attendance = root / "daftar-hadir.pdf"
        pages = write_attendance_pdf(event, attendance)
        _png(attendance, 1, out / "daftar-hadir-halaman-1.png")
        _png(attendance, pages, out / "daftar-hadir-halaman-akhir.png")
        statements = root / "surat-pernyataan.pdf"
        write_statements_pdf(event, statements, attendee_ids=[edge[0].id, edge[1].id])
        _png(statements, 1, out / "surat-pernyataan-asn-nama-panjang.png")
        _png(statements, 2, out / "surat-pernyataan-pppk.png")
        declaration = root / "naskah-deklarasi.pdf"
        write_declaration_pdf(event, declaration)
        _png(declaration, 1, out / "naskah-deklarasi-8-pejabat.png")
        letters = root / "undangan.pdf"
        write_invitations(event, letters, [edge[0]], "letter")
        _png(letters, 1, out / "surat-undangan.png")
        badges = root / "kartu.pdf"
        others = list(Attendee.select().where(Attendee.event == event).limit(2))
        write_invitations(event, badges, [*edge, *others], "badge")
        _png(badges, 1, out / "kartu-peserta.png")
        from desktop_app.services.certificates.issuing import issue_missing

        issue_missing(event, attendees=[edge[0]])
        cert = Certificate.get(Certificate.attendee == edge[0])
        for template in ("klasik", "modern"):
            event.certificate_template = template
            event.save()
            pdf = root / f"sertifikat-{template}.pdf"
            pdf.write_bytes(certificate_pdf(Certificate.get_by_id(cert.id)))  # fresh event
            _png(pdf, 1, out / f"sertifikat-{template}.png", dpi=60)
        close_db()


if __name__ == "__main__":
    main()
