"""Who still has to sign: present attendees without a signature, and the officials of the
collective declaration with their status. Read off the GUI thread by the Deklarasi page.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import Attendee, Event, Signature
from desktop_app.services.common.errors import UserError
from desktop_app.services.common.query_rows import fk
from desktop_app.services.events.presence import present_attendee_ids
from desktop_app.services.people.identity_display import attendee_identifier
from desktop_app.services.people.names import fold
from desktop_app.services.signing.declarations import (
    current_text,
    declaration_key_for,
    declaration_officials,
)


@dataclass(frozen=True)
class QueuedAttendee:
    """One line of the queue, as plain data (crosses threads)."""

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
    official_id: str
    name: str
    position: str
    signed: bool  # has signed the current collective text


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
        Attendee.select()
        .where(
            (Attendee.event == event)
            & ~Attendee.removed
            & Attendee.id.in_(present_attendee_ids(event))
            & Attendee.id.not_in(signed)
        )
        .order_by(Attendee.sort_name)
    )
    return [
        QueuedAttendee(
            attendee_id=attendee.id,
            full_name=attendee.full_name,
            identifier=attendee_identifier(attendee),
            position=attendee.position,
            institution=attendee.institution,
            declaration_key=declaration_key_for(attendee),
            search_text=fold(
                " ".join(
                    (
                        attendee.full_name,
                        attendee.nip,
                        attendee.nrp,
                        attendee.institution,
                        attendee.position,
                    )
                )
            ),
        )
        for attendee in query
    ]


def officials_status(event: Event) -> list[OfficialStatus]:
    """The officials who sign the collective declaration, and whether each has signed its
    current version (none when the event has no collective text)."""
    try:
        collective = current_text(event, "KOLEKTIF")
    except UserError:
        return []
    signed = {
        fk(s, "official")
        for s in Signature.select(Signature.official).where(
            Signature.declaration_text == collective
        )
    }
    return [
        OfficialStatus(official.id, official.name, official.position, official.id in signed)
        for official in declaration_officials(event)
    ]


def signing_queue(event_id: str) -> SigningQueue:
    """The whole queue of the event (an id, so a worker thread can call it)."""
    event = Event.get_by_id(event_id)
    return SigningQueue(tuple(unsigned_present(event)), tuple(officials_status(event)))
