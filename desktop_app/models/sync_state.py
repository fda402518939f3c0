"""Tables of the sync protocol that never travel themselves.

Hub side: enrolled stations, one-time pairing codes, every received change in arrival
order (the ``hub_seq`` is the pull cursor), nonces already used. Station side: the
public keys of stations whose offline bundles this station trusts.
The same models serve a hub on SQLite (migration 40) and on PostgreSQL (created directly).
"""

from __future__ import annotations

from peewee import AutoField, BlobField, CharField, IntegerField, TextField

from desktop_app.models.base import BaseModel
from desktop_app.models.fields import UtcDateTimeField, utcnow


class HubStation(BaseModel):
    """A station enrolled at this hub; it signs every request with its Ed25519 key."""

    id = CharField(primary_key=True, max_length=36)  # the station's own id
    name = CharField(max_length=100)
    code = CharField(max_length=8, default="")
    public_key = BlobField()  # raw 32-byte Ed25519 public key; the hub keeps no secret
    enrolled_at = UtcDateTimeField(default=utcnow)
    revoked_at = UtcDateTimeField(null=True)
    last_seen_at = UtcDateTimeField(null=True)
    # Highest outbox seq of this station the hub has stored; pushes continue after it.
    pushed_seq = IntegerField(default=0)
    # The organizer root's certificate of public_key, made when the key was enrolled (base64;
    # "" on a hub without a root): stations check listed keys against it, so a key changed
    # in the hub's database alone is not believed (migration 130).
    root_certificate = TextField(default="")


class HubPairingCode(BaseModel):
    """A one-time enrolment code; only its SHA-256 is stored."""

    code_sha256 = CharField(primary_key=True, max_length=64)
    created_at = UtcDateTimeField(default=utcnow)
    expires_at = UtcDateTimeField()
    used_at = UtcDateTimeField(null=True)
    used_by = CharField(max_length=36, default="")


class HubChange(BaseModel):
    """Every change the hub accepted, in arrival order; ``hub_seq`` orders pulls."""

    hub_seq = AutoField()
    station_id = CharField(max_length=36)  # the pushing station
    seq = IntegerField()  # the pushing station's outbox seq
    table_name = CharField(max_length=64)
    row_id = CharField(max_length=36)
    hlc = CharField(max_length=40)
    payload = TextField()
    received_at = UtcDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("station_id", "seq"), True),)


class HubNonce(BaseModel):
    """Nonces of accepted requests, kept for the timestamp window to refuse replays."""

    id = AutoField()
    station_id = CharField(max_length=36)
    nonce = CharField(max_length=64)
    seen_at = UtcDateTimeField(default=utcnow, index=True)

    class Meta:
        indexes = ((("station_id", "nonce"), True),)


class StationKey(BaseModel):
    """A station whose offline bundles this station accepts (learnt from the hub or --trust)."""

    station_id = CharField(primary_key=True, max_length=36)
    name = CharField(max_length=100, default="")
    public_key = BlobField()
    source = CharField(max_length=16, default="hub")  # hub, bundle, root, local
    trusted_at = UtcDateTimeField(default=utcnow)


class WitnessedHead(BaseModel):
    """The highest head of another station's evidence chain this folder has been shown,
    signed by that station outside sync (an imported bundle's manifest): a later copy with
    fewer links was truncated (services/signing/witnessed_heads.py). Migration 170."""

    station_id = CharField(primary_key=True, max_length=36)
    count = IntegerField()
    head_hash = CharField(max_length=64)
    signature = TextField()  # base64 Ed25519 signature of the station's head statement
    source = CharField(max_length=16, default="bundle")
    seen_at = UtcDateTimeField(default=utcnow)


# Created by migration 40 (later tables of this module have their own step).
SYNC_STATE_MODELS: list[type[BaseModel]] = [
    HubStation,
    HubPairingCode,
    HubChange,
    HubNonce,
    StationKey,
]
