"""Issue the missing certificate numbers, then render the PDFs: ``ikrar certificates`` and
the Sertifikat page's "Buat PDF" share this one workflow.

Two steps with one job each, because they cost differently: ``issue_for_rendering`` is a
short database write (numbers, signed tokens) and ``render_issued`` a long read-only
render. The CLI runs them back to back (``issue_and_render``); the GUI runs the first on
its single database writer and the second on the worker pool, so a long batch never
holds up a check-in at the same desk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from desktop_app.documents.certificates.certificate_batch import generate
from desktop_app.documents.certificates.certificate_pdf import BatchResult, Cancelled, Progress
from desktop_app.documents.certificates.certificate_templates import template_names
from desktop_app.models import Attendee, Certificate, CertificateRevocation, Event
from desktop_app.services.certificates.issuing import (
    active_certificate_ids,
    issue_missing,
    prepare_missing,
    store_issued,
)
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError, file_write_error
from desktop_app.services.common.query_rows import fk

PRINTED_COLUMNS = (
    Certificate.id,
    Certificate.holder_name,
    Certificate.number,
    Certificate.role,
    Certificate.token,
    Certificate.station_prefix,
    Certificate.seq,
)


@dataclass(frozen=True)
class IssuedCertificates:
    """What the write step hands to the render step: plain ids, safe across threads."""

    event_id: str
    new_count: int
    certificate_ids: tuple[str, ...]


@dataclass(frozen=True)
class CertificateRun:
    new_count: int
    batch: BatchResult


def check_template(name: str, home_root: Path | None) -> None:
    """``UserError`` naming the choices when ``name`` is no known template."""
    names = template_names(home_root)
    if name not in names:
        raise UserError(
            "certificates.unknown_template",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Templat '{template}' tidak ada. Pilihan: {choices}"
            ),
            template=name,
            choices=", ".join(names),
        )


def check_output(out: Path, per_attendee: bool) -> None:
    """One PDF per attendee needs a folder (made if missing), never an existing file."""
    if per_attendee and out.exists() and not out.is_dir():
        raise UserError(
            "certificates.out_not_folder",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "'{path}' bukan folder; --per-attendee menulis satu PDF per peserta.",
            ),
            path=str(out),
        )


def issue_for_rendering(
    event: Event, operator: str, attendee_ids: Sequence[str] | None = None
) -> IssuedCertificates:
    """Issue numbers to the eligible attendees (all, or ``attendee_ids``) that have none;
    return every valid certificate to render. ``UserError`` when there is none."""
    people = (
        None
        if attendee_ids is None
        else list(Attendee.select().where(Attendee.id.in_(list(attendee_ids))))
    )
    new = issue_missing(event, operator, people)
    certs = active_certificate_ids(event)  # (id, attendee id): rows are read to render
    if attendee_ids is not None:
        wanted = set(attendee_ids)
        certs = [(cert, attendee) for cert, attendee in certs if attendee in wanted]
    if not certs:
        _refuse_none_eligible(event)
    return IssuedCertificates(event.id, len(new), tuple(cert for cert, _ in certs))


def _refuse_none_eligible(event: Event) -> NoReturn:
    if event.require_signature_for_certificate:
        raise UserError(
            "certificates.none_eligible_signed",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Belum ada peserta yang berhak menerima sertifikat (hadir dan bertanda tangan).",
            ),
        )
    raise UserError(
        "certificates.none_eligible",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Belum ada peserta yang berhak menerima sertifikat (hadir)."
        ),
    )


def render_issued(
    issued: IssuedCertificates,
    out: Path,
    *,
    per_attendee: bool = False,
    home_root: Path | None = None,
    template: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
) -> BatchResult:
    """Render the issued certificates into one PDF at ``out`` (or one per attendee in the
    folder ``out``), with the event's template or ``template``."""
    check_output(out, per_attendee)
    event = Event.get_by_id(issued.event_id)
    if template:
        check_template(template, home_root)
        event.certificate_template = template  # this run only; the event keeps its own
    order = {cert_id: index for index, cert_id in enumerate(issued.certificate_ids)}
    # Only the columns a certificate prints and names its file with: building a thousand
    # full rows (and their attendees) cost more than signing a thousand tokens.
    certs = sorted(
        Certificate.select(*PRINTED_COLUMNS).where(
            Certificate.id.in_(list(issued.certificate_ids))
        ),
        key=lambda cert: order[cert.id],
    )
    try:
        return generate(event, certs, out, per_attendee, home_root, progress, cancelled, processes)
    except OSError as exc:
        raise file_write_error(out, exc) from exc


def issue_and_render(
    event: Event,
    out: Path,
    *,
    operator: str,
    attendee_ids: Sequence[str] | None = None,
    per_attendee: bool = False,
    home_root: Path | None = None,
    template: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    processes: int | None = None,
) -> CertificateRun:
    """Both steps in one go (the command line), in one transaction: the new numbers are
    allocated and signed, then rendered while their rows are written (the workers draw
    from memory, this process writes the database), and committed once the PDF is
    complete. A failure anywhere leaves neither new numbers nor a file."""
    # Refuse a bad template or target before any number is issued.
    if template:
        check_template(template, home_root)
    check_output(out, per_attendee)
    people = (
        None
        if attendee_ids is None
        else list(Attendee.select().where(Attendee.id.in_(list(attendee_ids))))
    )
    with Certificate._meta.database.atomic():
        created = prepare_missing(event, operator, people)
        certs = _in_print_order(_active_printed(event) + created)
        if attendee_ids is not None:
            wanted = set(attendee_ids)
            certs = [c for c in certs if fk(c, "attendee") in wanted]
        if not certs:
            _refuse_none_eligible(event)
        if template:
            event.certificate_template = template  # this run only; the event keeps its own
        try:
            batch = generate(
                event,
                certs,
                out,
                per_attendee,
                home_root,
                progress,
                cancelled,
                processes,
                meanwhile=lambda: store_issued(event, created, operator),
            )
        except OSError as exc:
            raise file_write_error(out, exc) from exc
    return CertificateRun(len(created), batch)


def _active_printed(event: Event) -> list[Certificate]:
    """The event's active certificates already stored: printed columns and the holder's
    sort name (``sort_name`` on each), in ``active_certificates`` order."""
    revoked = CertificateRevocation.select(CertificateRevocation.certificate)
    rows = list(
        Certificate.select(*PRINTED_COLUMNS, Certificate.attendee, Attendee.sort_name)
        .join(Attendee, on=(Certificate.attendee == Attendee.id))
        .where((Certificate.event == event) & Certificate.id.not_in(revoked))
        .order_by(Attendee.sort_name)
        .objects()
    )
    return rows


def _in_print_order(certs: list[Certificate]) -> list[Certificate]:
    """By the holder's sort name, as ``active_certificates`` orders them (stable)."""

    def sort_name(cert: Certificate) -> str:
        name = getattr(cert, "sort_name", None)
        return str(name if name is not None else cert.attendee.sort_name)

    return sorted(certs, key=sort_name)
