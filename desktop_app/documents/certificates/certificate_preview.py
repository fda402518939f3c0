"""A sample certificate rendered to pixels for the template editor (no Qt: runs in a worker)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.documents.certificates.certificate_pdf import Assets, CertificateJob, render_one
from desktop_app.documents.certificates.certificate_templates import Template

SAMPLE_VALUES = {
    "holder": "Dr. Hj. Siti Aminah Nggadas-Tanesib, S.Pd., M.M.",
    "number": "001/SERT/BAWASLU-KPG/IX/2024",
    "role": "Peserta",
    "event_title": "Sosialisasi dan Deklarasi Netralitas ASN, TNI, Polri dan Kepala Desa "
    "pada Pemilihan Serentak Tahun 2024",
    "event_code": "CONTOH",
    "organizer": "Badan Pengawas Pemilihan Umum Kabupaten Kupang",
    "venue": "Ballroom Hotel Aston Kupang",
    "city": "Kupang",
    "date": "27 September 2024",
    "official_name": "Marthinus R. Neolaka, S.H.",
    "official_nip": "19750312 200212 1 004",
    "official_position": "Ketua Bawaslu Kabupaten Kupang",
}
SAMPLE_URL = "HTTPS://VERIFIKASI.IKRAR.ID/V/" + "A" * 220


@dataclass(frozen=True)
class PreviewImage:
    width: int
    height: int
    rgb: bytes  # packed RGB888 rows
    dpi: float


def render_preview(
    template: Template,
    values: dict[str, str] | None = None,
    url: str = SAMPLE_URL,
    assets: Assets | None = None,
    dpi: float = 60,
) -> PreviewImage:
    """Render one certificate with ``values`` (sample data by default) to RGB pixels."""
    import pypdfium2 as pdfium

    pdf = render_one(template, CertificateJob(values or dict(SAMPLE_VALUES), url), assets)
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()
    return PreviewImage(image.width, image.height, image.tobytes(), dpi)
