"""How identifiers are printed on documents: NIP grouped with spaces, NRP as is, never NIK.

Display only: validation belongs to ``identifiers.py``. A value that does not look like a
NIP is printed unchanged rather than refused, because a finished document must not fail.
"""

from __future__ import annotations

from desktop_app.models import Attendee
from desktop_app.services.people.identifiers import group_nip


def format_identifier(value: str) -> str:
    """``198609142010011003`` → ``19860914 201001 1 003``; PPPK → ``19900913 2025 24 2 014``."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) != 18 or len(digits) != len(value.replace(" ", "")):
        return value.strip()
    return group_nip(digits)


def attendee_identifier(attendee: Attendee) -> str:
    """The identifier printed for an attendee: NIP (formatted) or NRP; NIK is never printed."""
    return identifier_text(attendee.nip, attendee.nrp)


def identifier_text(nip: str, nrp: str) -> str:
    """``attendee_identifier`` from the two columns (for rows read as plain tuples)."""
    if nip:
        return format_identifier(nip)
    if nrp:
        return nrp.strip()
    return ""
