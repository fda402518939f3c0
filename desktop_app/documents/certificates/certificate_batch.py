"""From database rows to certificate PDFs: the values printed, the assets, the files."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.documents.certificates.certificate_pdf import (
    Assets,
    BatchResult,
    Cancelled,
    CertificateJob,
    CertificateSignatory,
    Progress,
    render_batch_files,
    render_batch_pdf,
    render_one,
)
from desktop_app.documents.certificates.certificate_templates import Template, load_template
from desktop_app.documents.common.event_records import official_blocks
from desktop_app.models import Certificate, Event, Official
from desktop_app.services.certificates.issuing import role_label_for
from desktop_app.services.certificates.token import token_url
from desktop_app.services.common.localtime import format_date
from desktop_app.services.people.identity_display import format_identifier, number_label
from desktop_app.services.people.names import bare_name


def signing_official(event: Event) -> Official | None:
    """The first official who signs certificates (``SERTIFIKAT`` in ``signs``)."""
    for official in (
        Official.select()
        .where((Official.event == event) & ~Official.removed)
        .order_by(Official.sort_order)
    ):
        if "SERTIFIKAT" in official.signs.upper():
            return official
    return None


def event_values(event: Event, official: Official | None) -> dict[str, str]:
    """Values shared by every certificate of the event."""
    return {
        "event_title": event.title,
        "event_code": event.code,
        "organizer": event.organizer,
        "venue": event.venue or event.city,
        "city": event.city or event.venue,
        "date": format_date(event.starts_at, event.timezone),
        "official_name": official.name if official else "",
        "official_nip": format_identifier(official.nip) if official else "",
        "official_id_label": number_label(official.nip) if official else "NIP",
        "official_position": official.position if official else "",
    }


def certificate_signatories(event: Event) -> list[CertificateSignatory]:
    """Every official ticked for certificates, each with a signature image only when they
    signed the certificates on the pad (else the space stays for wet ink): the signatory
    blocks every document prints (``event_records.official_blocks``)."""
    return [
        CertificateSignatory(
            name=block.name,
            position=block.position,
            number_label=block.nip_label,
            number=block.nip,
            signature_png=block.signature_png,
        )
        for block in official_blocks(event, "SERTIFIKAT")
    ]


def job_for(event: Event, cert: Certificate, shared: dict[str, str]) -> CertificateJob:
    values = dict(shared)
    values.update(holder=cert.holder_name, number=cert.number, role=role_label_for(cert.role))
    return CertificateJob(values, token_url(cert.token, event.verify_base_url), file_name(cert))


def file_name(cert: Certificate) -> str:
    """``<station>-<seq>-<bare name>.pdf``: sortable and safe on every file system."""
    name = unicodedata.normalize("NFKD", bare_name(cert.holder_name))
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name.encode("ascii", "ignore").decode()).strip("-")
    return f"{cert.station_prefix}-{cert.seq:04d}-{slug[:60] or 'sertifikat'}.pdf"


def template_for(event: Event, home_root: Path | None) -> Template:
    return load_template(event.certificate_template or "klasik", home_root)


def assets_for(template: Template, official: Official | None, event: Event | None = None) -> Assets:
    """The template's logo and the event's signatories (of ``event``, else of the event
    ``official`` belongs to)."""
    logo = template.logo.read_bytes() if template.logo is not None else None
    if event is None and official is not None:
        event = official.event
    signatories = certificate_signatories(event) if event is not None else []
    return Assets(logo=logo, signatories=signatories)


def certificate_pdf(cert: Certificate, home_root: Path | None = None) -> bytes:
    """One certificate as PDF bytes (what the GUI opens or prints on demand)."""
    event = cert.event
    official = signing_official(event)
    template = template_for(event, home_root)
    job = job_for(event, cert, event_values(event, official))
    return render_one(template, job, assets_for(template, official, event))


def generate(
    event: Event,
    certs: Sequence[Certificate],
    out: Path,
    per_attendee: bool = False,
    home_root: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> BatchResult:
    """Certificates of ``certs`` into one PDF at ``out`` or one PDF each in folder ``out``.
    ``meanwhile`` runs while they render (``batch_render.render_pdf``)."""
    official = signing_official(event)
    template = template_for(event, home_root)
    shared = event_values(event, official)
    jobs = [job_for(event, cert, shared) for cert in certs]
    assets = assets_for(template, official, event)
    if per_attendee:
        if meanwhile is not None:
            meanwhile()
        return render_batch_files(template, jobs, out, assets, progress, cancelled, processes)
    out.parent.mkdir(parents=True, exist_ok=True)
    return render_batch_pdf(template, jobs, out, assets, progress, cancelled, processes, meanwhile)
