"""Who still has to sign: present attendees without a signature, and the officials of the
collective declaration with their status. Read off the GUI thread by the Deklarasi page.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import Attendee, Event, Signature
from desktop_app.services.common.errors import UserError
from desktop_app.services.common.query_rows import fk, rows_of
from desktop_app.services.events.presence import present_attendee_ids
from desktop_app.services.people.identity_display import identifier_text
from desktop_app.services.people.names import fold
from desktop_app.services.signing.declarations import (
    current_text,
    declaration_key_of,
    declaration_officials,
)
from desktop_app.services.signing.document_signing import (
    SIGNED_DOCUMENTS,
    document_signatures,
    officials_for,
)


@dataclass(frozen=True, slots=True)
class QueuedAttendee:
    """One line of the queue, as plain data (crosses threads). Light: at 50,000 attendees
    20,000 may be waiting, and model objects per line took ~100 MB."""

    attendee_id: str
    full_name: str
    identifier: str  # NIP (spaced) or NRP; never NIK
    position: str
    institution: str
    declaration_key: str  # which text they sign: ASN, DESA, TNI_POLRI, UMUM
    search_text: str  # folded name, identifiers, institution, position

    def matches(self, needle: str) -> bool:
        """Whether a folded search needle occurs in this line."""
        return needle in self.search_text


@dataclass(frozen=True)
class OfficialStatus:
    """One official and one text they sign on the pad: the collective declaration
    (``KOLEKTIF``) or a document they are ticked for (``document_signing``)."""

    official_id: str
    name: str
    position: str
    signed: bool  # has signed it (the current version, for the collective text)
    document: str = "KOLEKTIF"


@dataclass(frozen=True)
class SigningQueue:
    attendees: tuple[QueuedAttendee, ...]
    officials: tuple[OfficialStatus, ...]

    def filtered(self, query: str) -> list[QueuedAttendee]:
        """The attendees whose line contains ``query`` (case and accents ignored)."""
        needle = fold(query.strip())
        return [a for a in self.attendees if not needle or a.matches(needle)]


def unsigned_present(event: Event) -> list[QueuedAttendee]:
    """Present (non-voided check-in), not removed, no signature yet; by bare name."""
    signed = Signature.select(Signature.attendee).where(
        (Signature.event == event) & Signature.attendee.is_null(False)
    )
    query = (
        Attendee.select(
            Attendee.id,
            Attendee.full_name,
            Attendee.nip,
            Attendee.nrp,
            Attendee.category,
            Attendee.position,
            Attendee.institution,
        )
        .where(
            (Attendee.event == event)
            & ~Attendee.removed
            & Attendee.id.in_(present_attendee_ids(event))
            & Attendee.id.not_in(signed)
        )
        .order_by(Attendee.sort_name)
    )
    shared: dict[str, str] = {}  # positions and institutions repeat: one string each
    lines = []
    # Only the columns shown, as plain tuples: no model objects.
    for attendee_id, name, nip, nrp, category, position, institution in rows_of(query):
        lines.append(
            QueuedAttendee(
                attendee_id=attendee_id,
                full_name=name,
                identifier=identifier_text(nip, nrp),
                position=shared.setdefault(position, position),
                institution=shared.setdefault(institution, institution),
                declaration_key=declaration_key_of(category),
                search_text=fold(" ".join((name, nip, nrp, institution, position))),
            )
        )
    return lines


def officials_status(event: Event) -> list[OfficialStatus]:
    """What each official signs on the pad and whether they did: the collective
    declaration's current version (when the event has one), then the daftar hadir,
    certificates and letters they are ticked for, each its own act."""
    statuses = []
    try:
        collective = current_text(event, "KOLEKTIF")
    except UserError:
        collective = None
    if collective is not None:
        signed = {
            fk(s, "official")
            for s in Signature.select(Signature.official).where(
                Signature.declaration_text == collective
            )
        }
        statuses += [
            OfficialStatus(official.id, official.name, official.position, official.id in signed)
            for official in declaration_officials(event)
        ]
    for document in SIGNED_DOCUMENTS:
        done = document_signatures(event, document)
        statuses += [
            OfficialStatus(o.id, o.name, o.position, o.id in done, document)
            for o in officials_for(event, document)
        ]
    return statuses


def signing_queue(event_id: str) -> SigningQueue:
    """The whole queue of the event (an id, so a worker thread can call it)."""
    event = Event.get_by_id(event_id)
    return SigningQueue(tuple(unsigned_present(event)), tuple(officials_status(event)))
