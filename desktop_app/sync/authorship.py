"""Who may write which replicated row: the same rules for the hub (on push) and for a
station (on pull and bundle import), so neither a rogue station nor a hub is trusted blindly.

- Every row names its author (``station_id``, set when the row is created); a new row is
  written by its author, and the author of an existing row never changes.
- The writer of a row version is proven by its seal (``sync/row_seal.py``); a bundle's
  unsealed rows are written by the station that signed the bundle.
- Evidence, keys, certificates and audit rows are written only by their author. Others
  affect them only through their own authored rows (a void, a revocation, a new text
  version). Organizer data (events, officials, declaration texts, attendees) may be edited
  by any trusted station; the newer version wins and losing versions are audited.
- A signing key's id is derived from its public key, and a key row's key never changes.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.models import SigningKey
from desktop_app.services.certificates.signing_keys import key_id_for
from desktop_app.sync.apply import MODELS_BY_TABLE, RowError, column_by_id
from desktop_app.sync.row_seal import KeyLookup, SealError, verify_seal

# Tables every trusted station may edit (last writer wins); all others are author-only.
SHARED_TABLES = frozenset({"event", "official", "declaration_text", "attendee"})

Row = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class Refusal:
    """A row that was not applied, and why (English, for logs and the hub's answer)."""

    table: str
    row_id: str
    reason: str

    def as_dict(self) -> dict[str, str]:
        return {"table": self.table, "row_id": self.row_id, "reason": self.reason}


def _existing_owners(table: str, ids: list[str]) -> dict[str, str]:
    return column_by_id(MODELS_BY_TABLE[table], "station_id", ids)


def _public_key_of(payload: dict[str, Any]) -> bytes | None:
    value = payload.get("public_key")
    if not isinstance(value, dict) or not isinstance(value.get("b64"), str):
        return None
    try:
        return base64.b64decode(value["b64"], validate=True)
    except (ValueError, binascii.Error):
        return None


def _key_row_problem(payload: dict[str, Any]) -> str | None:
    public = _public_key_of(payload)
    if public is None or len(public) != 32:
        return "signing key row without a 32-byte public key"
    key_id = payload.get("key_id")
    if key_id != key_id_for(public):
        return "key id does not belong to its public key"
    for row in SigningKey.select().where(
        (SigningKey.key_id == key_id) | (SigningKey.id == payload["id"])
    ):
        if row.id != payload["id"] or row.key_id != key_id or bytes(row.public_key) != public:
            return "signing keys are immutable; this key id or row already holds another key"
    return None


def authorize_rows(
    rows: Iterable[Row], key_for: KeyLookup, *, fallback_writer: str | None = None
) -> tuple[list[Row], list[Refusal]]:
    """Split ``rows`` into those their writer may write and refusals (nothing is stored).

    ``key_for`` gives trusted stations' public keys for seals; ``fallback_writer`` is the
    writer of unsealed rows (the signer of a verified bundle), None where seals are required.
    """
    listed = list(rows)
    by_table: dict[str, list[str]] = {}
    for table, payload in listed:
        if table not in MODELS_BY_TABLE:
            raise RowError(f"unknown table {table!r}")
        if not isinstance(payload, dict) or not isinstance(payload.get("id"), str):
            raise RowError("row without id")
        by_table.setdefault(table, []).append(payload["id"])
    owners = {table: _existing_owners(table, ids) for table, ids in by_table.items()}
    accepted: list[Row] = []
    refused: list[Refusal] = []
    for table, payload in listed:
        reason = _problem(table, payload, key_for, fallback_writer, owners[table])
        if reason is None:
            accepted.append((table, payload))
            owners[table].setdefault(payload["id"], payload["station_id"])
        else:
            refused.append(Refusal(table, payload["id"], reason))
    return accepted, refused


def _problem(
    table: str,
    payload: dict[str, Any],
    key_for: KeyLookup,
    fallback_writer: str | None,
    owners: dict[str, str],
) -> str | None:
    if "_seal" in payload or fallback_writer is None:
        try:
            writer = verify_seal(payload, key_for)
        except SealError as exc:
            return str(exc)
    else:
        writer = fallback_writer
    owner = payload.get("station_id")
    if not isinstance(owner, str) or not owner:
        return "row without author station"
    known_owner = owners.get(payload["id"])
    if known_owner is not None and known_owner != owner:
        return "the author of an existing row cannot change"
    if known_owner is None and writer != owner:
        return "a new row must be written by its author"
    if table not in SHARED_TABLES and writer != owner:
        return f"only its author may write this {table} row"
    if any(payload.get(name) for name in MODELS_BY_TABLE[table].home_only_fields):
        # Personal data that stays home (the clear NIK) must not be stored or relayed here.
        return f"{table} row carries personal data that never leaves its station"
    if table == "signing_key":
        return _key_row_problem(payload)
    return None
