"""Where an attendee's certificate stands, as a code (the UI and CLI put it into words)."""

from __future__ import annotations

from enum import StrEnum


class CertificateStatus(StrEnum):
    NOT_ISSUED = "not_issued"
    ISSUED = "issued"
    REVOKED = "revoked"
