"""Find the person, then check them in: the one path for ``ikrar checkin``, the Registrasi
page (a result picked from the list, or a code typed and Enter) and the scanners.

A scanned or typed invitation code is tried first; the CLI then falls back to a search and
checks in only an unambiguous match. Every function commits before it returns, so a
caller may say "saved" as soon as it has the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.models import Attendee, Event
from desktop_app.services.registration.attendee_search import (
    SearchEntry,
    is_exact,
    search_attendees,
)
from desktop_app.services.registration.checkin import (
    CheckinResult,
    Method,
    ScanResult,
    ScanStatus,
    check_in,
    lookup_code,
)

CANDIDATE_LIMIT = 20


@dataclass(frozen=True)
class DeskCheckin:
    """What a check-in by code or query did.

    ``result`` is set when someone was checked in (first arrival or repeat). Otherwise
    ``scan`` says whether the code belongs to another event or is unknown, and
    ``candidates`` holds the search matches (none, or more than one) for the desk to show.
    """

    scan: ScanResult
    result: CheckinResult | None = None
    candidates: tuple[SearchEntry, ...] = ()

    @property
    def checked_in(self) -> bool:
        return self.result is not None


def check_in_code(
    event: Event, raw: str, operator: str, method: str = Method.SCANNER.value
) -> DeskCheckin:
    """Check in the owner of a scanned/typed invitation or badge code, if it is this event's."""
    scan = lookup_code(event, raw)
    if scan.status is not ScanStatus.FOUND or scan.attendee is None:
        return DeskCheckin(scan)
    return DeskCheckin(scan, check_in(event, scan.attendee, operator, method))


def check_in_query(
    event: Event, query: str, operator: str, method: str = Method.CLI.value
) -> DeskCheckin:
    """A code, else a search (name, NIP/NRP, institution) that must match exactly one
    attendee, or be the whole NIP/NRP of exactly one. A code of another event is never
    searched for."""
    by_code = check_in_code(event, query, operator, method)
    if by_code.checked_in or by_code.scan.status is ScanStatus.WRONG_EVENT:
        return by_code
    hits = search_attendees(event, query, limit=CANDIDATE_LIMIT)
    exact = [hit for hit in hits if is_exact(hit, query)]
    if len(exact) == 1:  # a whole NIP/NRP names one person, even if another NIP holds it
        hits = exact
    if len(hits) != 1:
        return DeskCheckin(by_code.scan, candidates=tuple(hits))
    attendee = Attendee.get_by_id(hits[0].attendee_id)
    return DeskCheckin(by_code.scan, check_in(event, attendee, operator, method))


def check_in_attendee(
    event_id: str, attendee_id: str, operator: str, method: str = Method.SEARCH.value
) -> CheckinResult:
    """Check in an attendee picked from the desk's result list (ids: safe across threads)."""
    return check_in(Event.get_by_id(event_id), Attendee.get_by_id(attendee_id), operator, method)
