"""What the hub does, without HTTP: authenticate, enrol, accept pushes, serve pulls.

``hub_seq`` values become visible in increasing order, so a pull cursor can never step
over a row committed later: on SQLite every write is serialised (a process lock plus
``BEGIN IMMEDIATE``); on PostgreSQL, with several worker processes, pushes run side by
side and only the numbering of accepted changes is serialised (``hub/concurrency.py``).
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import logging
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from peewee import Database, IntegrityError, fn

from desktop_app.hub.concurrency import is_postgres, retrying, take_order_lock
from desktop_app.hub.pairing import code_hash, rekey_target
from desktop_app.hub.phone_signing import hub_writer
from desktop_app.hub.station_certificates import CertifiedKeys
from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import HubChange, HubNonce, HubPairingCode, HubStation
from desktop_app.services.certificates.organizer_encryption import signed_encryption_key
from desktop_app.services.certificates.organizer_root import certify_station, witness_head
from desktop_app.services.certificates.station_revocations import revoked_by_list
from desktop_app.services.common.station_key import public_bytes
from desktop_app.services.signing.evidence_chain import head_of
from desktop_app.sync.apply import MODELS_BY_TABLE, RowError, apply_rows, insert_rows
from desktop_app.sync.auth import TIMESTAMP_WINDOW_S, AuthError, check_signature, parse_headers
from desktop_app.sync.authorship import Refusal, authorize_rows

log = logging.getLogger("ikrar.hub")

MAX_BODY_BYTES = 64 * 1024 * 1024  # decompressed; a push batch is ≤ 2 MB by protocol
MAX_PULL_LIMIT = 2000
CHANGE_FIELDS = [f for f in HubChange._meta.sorted_fields if f.name != "hub_seq"]


class HubError(Exception):
    """A request the hub refuses (4xx) with a short English reason for logs and clients."""

    def __init__(self, status: int, reason: str, extra: dict[str, Any] | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.extra = extra or {}


FaultHook = Callable[[str], None]


@dataclass
class HubService:
    db: Database
    fault: FaultHook | None = None
    # The organizer root that certifies enrolled stations' keys (None: certifies nothing).
    root: Ed25519PrivateKey | None = None

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._last_purge = 0.0
        # Keys believed only with the root's certificate (hub/station_certificates.py).
        self.certified = CertifiedKeys(self.root)

    # -- plumbing -------------------------------------------------------------------
    def _fault(self, point: str) -> None:
        if self.fault is not None:
            self.fault(point)

    @contextmanager
    def _write(self, ordered: bool = True) -> Iterator[None]:
        """One write transaction. ``ordered``: hold the hub-wide ordering lock from the
        start (PostgreSQL; SQLite serialises every write anyway)."""
        if is_postgres(self.db):
            with self.db.atomic():
                if ordered:
                    take_order_lock(self.db)
                yield
        else:
            with self._lock, self.db.atomic("IMMEDIATE"):
                yield

    def transaction(self, ordered: bool = True) -> Any:
        """A write transaction for hub modules beside this one (``hub/allocation.py``)."""
        return self._write(ordered)

    # -- authentication -------------------------------------------------------------
    def authenticate(self, headers: Any, method: str, path: str, body: bytes) -> HubStation:
        """The station that signed this request; the nonce is burnt only when it passes."""
        req = parse_headers(headers)
        station = HubStation.get_or_none(HubStation.id == req.station_id)
        if station is None:
            raise AuthError(401, "unknown station")
        if station.revoked_at is not None:
            raise AuthError(403, "station revoked")
        if station.id in revoked_by_list():
            # On a signed revocation list this hub keeps (ikrar root revoke / trust-revocations).
            log.warning(
                "station %s (%s): refused: on the organizer's revocation list",
                station.id,
                station.name,
            )
            raise AuthError(403, "station revoked by the organizer's revocation list")
        if not self.certified.of(station):
            # The key stored for this station is not the one the organizer root certified:
            # it was changed in the database (or the certificate removed). Not believed.
            log.warning(
                "station %s (%s): refused: its key in the hub database has no valid "
                "certificate from the organizer root (changed in the database?); "
                "re-key it with 'ikrar hub pair --rekey' if this is expected",
                station.id,
                station.name,
            )
            raise AuthError(401, "station key not certified by the organizer root")
        check_signature(bytes(station.public_key), req, method, path, body)
        now = utcnow()
        with self._write(ordered=False):  # the unique (station, nonce) index decides
            try:
                HubNonce.create(station_id=station.id, nonce=req.nonce, seen_at=now)
            except IntegrityError:
                raise AuthError(401, "nonce already used") from None
            HubStation.update(last_seen_at=now).where(HubStation.id == station.id).execute()
        if time.monotonic() - self._last_purge > 60:
            # Nonces older than twice the timestamp window can never be replayed.
            self._last_purge = time.monotonic()
            HubNonce.delete().where(
                HubNonce.seen_at < now - dt.timedelta(seconds=2 * TIMESTAMP_WINDOW_S)
            ).execute()
        return station

    # -- enrolment ------------------------------------------------------------------
    def enroll(self, body: dict[str, Any]) -> dict[str, Any]:
        code = str(body.get("code") or "")
        station_id = str(body.get("station_id") or "")
        name = str(body.get("name") or "").strip()[:100]
        try:
            public_key = base64.b64decode(str(body.get("public_key") or ""), validate=True)
        except ValueError:
            raise HubError(400, "bad public key") from None
        if len(public_key) != 32 or not (1 <= len(station_id) <= 36) or not name or not code:
            raise HubError(400, "incomplete enrolment request")
        now = utcnow()
        with self._write():
            pairing = HubPairingCode.get_or_none(HubPairingCode.code_sha256 == code_hash(code))
            if pairing is None or pairing.used_at is not None:
                raise HubError(403, "pairing code unknown or already used")
            if pairing.expires_at < now:
                raise HubError(403, "pairing code expired")
            existing = HubStation.get_or_none(HubStation.id == station_id)
            target = rekey_target(pairing)
            if target and target != station_id:
                raise HubError(403, "pairing code is for re-keying another station")
            if existing is not None and not target:
                # A station id is never taken over by a fresh code: re-keying an enrolled
                # station is the organizer's explicit action (ikrar hub pair --rekey).
                raise HubError(409, "station id already enrolled; re-keying needs a re-key code")
            if existing is None and target:
                raise HubError(403, "pairing code is for re-keying an enrolled station")
            pairing.used_at, pairing.used_by = now, station_id
            pairing.save()
            certificate = self._certificate(station_id, public_key)
            if existing is None:
                HubStation.create(
                    id=station_id,
                    name=name,
                    code=str(body.get("station_code") or "")[:8],
                    public_key=public_key,
                    enrolled_at=now,
                    root_certificate=certificate.get("station_certificate", ""),
                )
                pushed_seq = 0
            else:
                # Re-keyed on the organizer's order (new key, or let back in) keeps its progress.
                existing.name, existing.public_key, existing.revoked_at = name, public_key, None
                existing.root_certificate = certificate.get("station_certificate", "")
                existing.save()
                pushed_seq = existing.pushed_seq
        log.info("station %s (%s) enrolled", station_id, name)
        return {"ok": True, "pushed_seq": pushed_seq, **certificate}

    def _certificate(self, station_id: str, public_key: bytes) -> dict[str, Any]:
        if self.root is None:
            return {}
        return {
            "organizer_root": base64.b64encode(public_bytes(self.root)).decode("ascii"),
            "station_certificate": certify_station(self.root, station_id, public_key),
            # The organizer's encryption key, signed by the root: bundles are sealed to it.
            "organizer_encryption": signed_encryption_key(self.root),
        }

    def _witness(self, station_id: str) -> dict[str, Any]:
        # The hub signs the head it now holds of the pusher's evidence chain: the station
        # keeps it, so a later truncation shows even when the hub is out of reach.
        if self.root is None:
            return {}
        head = head_of(station_id)
        return {"witness": witness_head(self.root, station_id, head.count, head.head_hash)}

    def certificate(self, station: HubStation) -> dict[str, Any]:
        """The root's certificate for an enrolled station's key (stations enrolled before
        the hub had a root fetch it on their next sync)."""
        return self._certificate(station.id, bytes(station.public_key))

    # -- push -----------------------------------------------------------------------
    def push(self, station: HubStation, body: bytes, encoding: str) -> dict[str, Any]:
        data = decode_json_body(body, encoding)
        after = data.get("after")
        changes = data.get("changes")
        if not isinstance(after, int) or after < 0 or not isinstance(changes, list):
            raise HubError(400, "push needs integer 'after' and a list of 'changes'")
        parsed = [parse_change(c) for c in changes]
        seqs = [c["seq"] for c in parsed]
        if any(b <= a for a, b in zip(seqs, seqs[1:], strict=False)) or (seqs and seqs[0] <= after):
            raise HubError(400, "change sequence numbers must increase after 'after'")
        try:
            result = retrying(self.db, lambda: self._store_push(station, after, parsed), "push")
        except IntegrityError as exc:
            raise HubError(422, f"row rejected by database: {exc}") from exc
        self._fault("push.after_commit")
        return result

    def _store_push(
        self, station: HubStation, after: int, parsed: list[dict[str, Any]]
    ) -> dict[str, Any]:
        with self._write(ordered=False):
            # One station's pushes one after another (row lock on PostgreSQL).
            current = HubStation.select().where(HubStation.id == station.id)
            if is_postgres(self.db):
                current = current.for_update()
            hub_seq = current.get().pushed_seq
            if after > hub_seq:
                # The hub lost changes (restored from a backup): the station must resend.
                raise HubError(409, "gap in sequence", {"pushed_seq": hub_seq})
            fresh = [c for c in parsed if c["seq"] > hub_seq]
            refused: list[Refusal] = []
            if fresh:
                # Only rows their writer may write are stored and relayed (sync/authorship).
                accepted, refused = authorize_rows(
                    [(c["table"], c["row"]) for c in fresh], self.certified.writers().get
                )
                kept = {id(row) for _, row in accepted}
                stored = [c for c in fresh if id(c["row"]) in kept]
                for refusal in refused:
                    log.warning(
                        "station %s: refused %s %s: %s",
                        station.id[:8],
                        refusal.table,
                        refusal.row_id,
                        refusal.reason,
                    )
                try:
                    apply_rows(accepted, record_conflicts=False)
                except RowError as exc:
                    raise HubError(400, f"bad row: {exc}") from exc
                now = utcnow()
                rows = [
                    {
                        "station_id": station.id,
                        "seq": c["seq"],
                        "table_name": c["table"],
                        "row_id": c["row_id"],
                        "hlc": c["hlc"],
                        "payload": c["payload"],
                        "received_at": now,
                    }
                    for c in stored
                ]
                take_order_lock(self.db)  # held until commit: hub_seq in commit order
                insert_rows(HubChange, CHANGE_FIELDS, rows)
                hub_seq = fresh[-1]["seq"]
                HubStation.update(pushed_seq=hub_seq).where(HubStation.id == station.id).execute()
            self._fault("push.before_commit")
        return {
            **self._witness(station.id),
            "pushed_seq": hub_seq,
            "stored": len(fresh) - len(refused),
            "duplicates": len(parsed) - len(fresh),
            "refused": [r.as_dict() for r in refused[:100]],
            "refused_count": len(refused),
        }

    # -- pull -----------------------------------------------------------------------
    def pull(self, station: HubStation, after: int, limit: int) -> dict[str, Any]:
        limit = max(1, min(limit, MAX_PULL_LIMIT))
        with self.db.atomic():  # one snapshot for the top and the rows below it
            top = HubChange.select(fn.MAX(HubChange.hub_seq)).scalar() or 0
            query = (
                HubChange.select(HubChange.hub_seq, HubChange.table_name, HubChange.payload)
                .where(
                    (HubChange.hub_seq > after)
                    & (HubChange.hub_seq <= top)
                    & (HubChange.station_id != station.id)
                )
                .order_by(HubChange.hub_seq)
                .limit(limit + 1)
                .tuples()
            )
            rows = cast(list[tuple[int, str, str]], list(query))
        more = len(rows) > limit
        rows = rows[:limit]
        nxt = rows[-1][0] if more else max(top, after)
        self._fault("pull.after_read")
        return {
            "changes": [{"table": t, "payload": p} for _, t, p in rows],
            "next": nxt,
            "more": more,
            # How far the hub has this station's changes: less than the station thinks
            # after a restore from a backup, and the station sends the rest again.
            "pushed_seq": station.pushed_seq,
        }

    # -- stations -------------------------------------------------------------------
    def stations(self) -> list[dict[str, Any]]:
        enrolled = [
            {
                "id": s.id,
                "name": s.name,
                "code": s.code,
                "public_key": base64.b64encode(bytes(s.public_key)).decode("ascii"),
                "revoked": s.revoked_at is not None,
                # Made at enrolment: a key changed in the database alone has none that fits.
                "certificate": s.root_certificate,
            }
            for s in HubStation.select().order_by(HubStation.enrolled_at)
        ]
        # The hub writes rows of its own (signatures made on phones, phone_signing.py):
        # stations accept them under the hub's seal, like any other writer's. Its key is
        # in its keys folder beside the root, not in the database: certified here.
        writer = hub_writer()
        if self.root is not None:
            writer["certificate"] = certify_station(
                self.root, writer["id"], base64.b64decode(writer["public_key"])
            )
        return [*enrolled, writer]


def decode_json_body(body: bytes, encoding: str) -> dict[str, Any]:
    """Parse a (possibly gzip-compressed) JSON object body or raise ``HubError(400)``."""
    try:
        if encoding.strip().lower() == "gzip":
            decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
            raw = decompressor.decompress(body, MAX_BODY_BYTES)
            if decompressor.unconsumed_tail:
                raise HubError(413, "body too large")
        else:
            raw = body
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:  # the parser's depth bound: nesting no Ikrar request has
        raise HubError(400, "body nested too deeply") from None
    except (OSError, zlib.error, UnicodeDecodeError, json.JSONDecodeError, EOFError):
        raise HubError(400, "body is not valid (gzip) JSON") from None
    if not isinstance(data, dict):
        raise HubError(400, "body must be a JSON object")
    return data


def parse_change(item: Any) -> dict[str, Any]:
    """Validate one pushed change completely before anything is stored."""
    if not isinstance(item, dict):
        raise HubError(400, "change must be an object")
    seq, table, payload = item.get("seq"), item.get("table"), item.get("payload")
    if not isinstance(seq, int) or not isinstance(table, str) or not isinstance(payload, str):
        raise HubError(400, "change needs seq, table and payload")
    model = MODELS_BY_TABLE.get(table)
    if model is None:
        raise HubError(400, f"unknown table {table!r}")
    try:
        row = json.loads(payload)
    except json.JSONDecodeError as exc:
        raise HubError(400, f"bad payload: {exc}") from None
    except RecursionError:
        raise HubError(400, "bad payload: nested too deeply") from None
    # Column values are checked when the rows are applied (same transaction, rolled back).
    if (
        not isinstance(row, dict)
        or not isinstance(row.get("id"), str)
        or not isinstance(row.get("hlc"), str)
        or not row["hlc"]
    ):
        raise HubError(400, "bad payload: row needs text id and hlc")
    return {
        "seq": seq,
        "table": table,
        "row": row,
        "row_id": row["id"],
        "hlc": row["hlc"],
        "payload": payload,
    }


def gzip_json(data: Any) -> bytes:
    return gzip.compress(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), compresslevel=6
    )
