"""The event data model: events, officials, declaration texts, attendees and what happens to them.

Every class here is a ``SyncedModel``; those marked ``append_only`` are evidence and
are never updated (a mistaken check-in is voided by a new record, not edited away).
"""

from __future__ import annotations

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from desktop_app.models.base import BaseModel, SyncedModel
from desktop_app.models.fields import UtcDateTimeField, utcnow
from desktop_app.models.nik_keys import create_key, event_key
from desktop_app.models.nik_sealing import sealed_for_row
from desktop_app.models.personal_data import mask_digits, nik_digits, nik_hash


class Station(BaseModel):
    """An installation (desk laptop or hub). Exactly one row has ``is_local`` on a station."""

    id = CharField(primary_key=True, max_length=36)
    name = CharField(max_length=100)
    # Short prefix printed in certificate numbers so offline stations never collide.
    code = CharField(max_length=8)
    is_local = BooleanField(default=False)
    created_at = UtcDateTimeField(default=utcnow)


# Plain numbers ("001/SERT/BAWASLU-KPG/IX/2024"): sequence numbers come from blocks handed out
# by one allocator, so offline stations never collide without a station prefix
# (services/certificates/numbering; format rules in services/events/certificate_number_format).
DEFAULT_CERTIFICATE_NUMBER_FORMAT = "{seq:03d}/SERT/{org}/{month_roman}/{year}"


class Event(SyncedModel):
    code = CharField(max_length=16, unique=True)
    title = CharField(max_length=300)
    organizer = CharField(max_length=200)
    # Short organizer code used in certificate numbers, e.g. BAWASLU-KPG.
    organizer_code = CharField(max_length=40, default="")
    level = CharField(max_length=16, default="KABUPATEN")
    venue = CharField(max_length=200, default="")
    city = CharField(max_length=100, default="")
    timezone = CharField(max_length=40, default="Asia/Jakarta")
    starts_at = UtcDateTimeField()
    ends_at = UtcDateTimeField()
    certificate_number_format = CharField(max_length=120, default=DEFAULT_CERTIFICATE_NUMBER_FORMAT)
    certificate_template = CharField(max_length=60, default="klasik")
    require_signature_for_certificate = BooleanField(default=True)
    verify_base_url = CharField(max_length=200, default="https://verifikasi.ikrar.id")
    notes = TextField(default="")
    archived = BooleanField(default=False)
    # Kop surat (letterhead) for invitation letters and the daftar hadir header.
    kop_agency = TextField(default="")  # agency name, one line per printed line
    kop_address = CharField(max_length=300, default="")
    kop_phone = CharField(max_length=60, default="")
    kop_email = CharField(max_length=120, default="")
    kop_website = CharField(max_length=120, default="")
    kop_logo = BlobField(null=True)  # PNG, checked and scaled down when uploaded
    # The invitation letter (surat dinas): Nomor, Sifat, Lampiran, Hal, date, Tembusan.
    letter_number = CharField(max_length=120, default="")
    letter_nature = CharField(max_length=40, default="Biasa")
    letter_attachment = CharField(max_length=80, default="-")
    letter_subject = CharField(max_length=200, default="")
    letter_date = CharField(max_length=10, default="")  # ISO date; empty: not yet dated
    letter_copies = TextField(default="")  # Tembusan, one recipient per line
    # When the organizer let attendees download their certificates on their phones (None: not).
    certificates_released_at = UtcDateTimeField(null=True)

    def created_here(self) -> None:
        # The creating station makes the event's NIK hash key (models/nik_keys.py).
        create_key(self.id)


class CertificateNumberBlock(SyncedModel):
    """A range of certificate sequence numbers handed to one station for one event.

    Blocks are never changed: a station that uses up its block takes its next one. The
    allocator (``station_id`` of the row: the station that wrote it, later the hub) never
    hands out two overlapping ranges, so stations that got their blocks from it never
    print the same number, even offline (services/certificates/numbering.py).
    """

    append_only = True

    event = ForeignKeyField(Event, backref="number_blocks", on_delete="CASCADE")
    first_seq = IntegerField()
    last_seq = IntegerField()
    holder_name = CharField(max_length=100, default="")  # the station name it is for
    holder_station = CharField(max_length=36, default="")  # its id, when known

    class Meta:
        indexes = ((("event", "first_seq"), False),)


class Official(SyncedModel):
    """A signing official: signs the collective declaration, attendance list or certificates."""

    event = ForeignKeyField(Event, backref="officials", on_delete="CASCADE")
    name = CharField(max_length=200)
    nip = CharField(max_length=32, default="")
    position = CharField(max_length=200)
    # Comma-separated documents this official signs: SERTIFIKAT, DAFTAR_HADIR, DEKLARASI.
    signs = CharField(max_length=100, default="SERTIFIKAT,DAFTAR_HADIR,DEKLARASI")
    sort_order = IntegerField(default=0)
    signature_png = BlobField(null=True)
    removed = BooleanField(default=False)


class DeclarationText(SyncedModel):
    """One version of a declaration text. Once signed it is frozen; edits make a new version."""

    event = ForeignKeyField(Event, backref="declaration_texts", on_delete="CASCADE")
    key = CharField(max_length=16)  # see categories.DECLARATION_KEYS
    version = IntegerField(default=1)
    title = CharField(max_length=200)
    body = TextField()
    body_sha256 = CharField(max_length=64)
    superseded = BooleanField(default=False)

    class Meta:
        # Not unique: two desks offline may both make "version 2" of a text; both are kept
        # (signatures store the exact text they signed) and the later HLC counts as current.
        indexes = ((("event", "key", "version"), False),)


class Attendee(SyncedModel):
    event = ForeignKeyField(Event, backref="attendees", on_delete="CASCADE")
    # Opaque code printed on invitations and badges; carries no personal data.
    code = CharField(max_length=16, unique=True)
    full_name = CharField(max_length=200)  # as written, with titles
    sort_name = CharField(max_length=200, index=True)  # bare name, lower case, for sorting/search
    category = CharField(max_length=20, default="UMUM")
    nip = CharField(max_length=18, default="", index=True)
    nik = CharField(max_length=16, default="", index=True)  # clear: on this station only
    nrp = CharField(max_length=20, default="", index=True)
    position = CharField(max_length=200, default="")
    institution = CharField(max_length=200, default="")
    phone = CharField(max_length=30, default="")
    role = CharField(max_length=16, default="PESERTA")
    source = CharField(max_length=16, default="UNDANGAN")
    notes = TextField(default="")
    removed = BooleanField(default=False)
    # What travels instead of the NIK (models/personal_data.py).
    nik_hash = CharField(max_length=64, default="", index=True)
    nik_masked = CharField(max_length=24, default="")
    # The clear NIK sealed to the organizer (models/nik_sealing.py); empty until known.
    nik_sealed = TextField(default="")

    home_only_fields = frozenset({"nik"})

    def prepare_for_sync(self) -> None:
        nik = str(self.__data__.get("nik") or "")
        if nik:  # an empty NIK here may be one typed at another desk: keep its hash
            # Without the event's key yet the hash stays empty; it is filled in (and synced
            # as an update) when the key arrives (services/people/nik_lookup.py).
            key = event_key(str(self.__data__.get("event") or ""))
            self.nik_hash = nik_hash(key, nik) if key is not None else ""
            self.nik_masked = mask_digits(nik_digits(nik))
        self.nik_sealed = sealed_for_row(
            str(self.__data__.get("event") or ""), str(self.id), nik, self.nik_sealed or ""
        )


class Checkin(SyncedModel):
    """One arrival at a desk. The earliest non-voided one counts; later ones are repeats."""

    append_only = True

    event = ForeignKeyField(Event, backref="checkins", on_delete="CASCADE")
    attendee = ForeignKeyField(Attendee, backref="checkins", on_delete="CASCADE")
    checked_in_at = UtcDateTimeField(default=utcnow, index=True)
    operator = CharField(max_length=100, default="")
    method = CharField(max_length=16, default="SEARCH")  # SEARCH, SCANNER, WEBCAM, CLI, WALK_IN

    class Meta:
        # The desk's "latest arrivals" list reads an event's newest check-ins (migration 80).
        indexes = ((("event", "checked_in_at"), False),)


class CheckinVoid(SyncedModel):
    """Undo of a mistaken check-in, kept as its own record so the history stays intact."""

    append_only = True

    # Not unique: two desks may both void the same check-in while offline; both are kept.
    checkin = ForeignKeyField(Checkin, backref="voids", on_delete="CASCADE")
    voided_at = UtcDateTimeField(default=utcnow)
    operator = CharField(max_length=100, default="")
    reason = CharField(max_length=300, default="")


class Signature(SyncedModel):
    """Evidence of one signature on one exact declaration text, chained per station."""

    append_only = True

    event = ForeignKeyField(Event, backref="signatures", on_delete="CASCADE")
    attendee = ForeignKeyField(Attendee, backref="signatures", null=True, on_delete="CASCADE")
    official = ForeignKeyField(Official, backref="signatures", null=True, on_delete="CASCADE")
    declaration_text = ForeignKeyField(DeclarationText, backref="signatures")
    signer_name = CharField(max_length=200)
    text_signed = TextField()
    text_sha256 = CharField(max_length=64)
    strokes = BlobField()  # zlib-compressed JSON of strokes: [[x, y, t_ms, pressure], ...]
    strokes_sha256 = CharField(max_length=64)
    image_png = BlobField()
    consent = BooleanField(default=False)
    consent_text = TextField(default="")
    signed_at = UtcDateTimeField(default=utcnow)
    timezone = CharField(max_length=40, default="Asia/Jakarta")
    operator = CharField(max_length=100, default="")
    chain_seq = IntegerField()
    prev_hash = CharField(max_length=64)
    record_hash = CharField(max_length=64)
    method = CharField(max_length=16, default="pad")  # SignatureMethod
    user_agent = CharField(max_length=400, default="")  # the phone's browser, for "phone"

    class Meta:
        indexes = ((("station_id", "chain_seq"), True),)


class SigningKey(SyncedModel):
    """An Ed25519 public key that signs certificate tokens. Private halves live in keys/."""

    key_id = CharField(max_length=16, unique=True)
    organizer = CharField(max_length=200)
    public_key = BlobField()
    retired_at = UtcDateTimeField(null=True)
    # JSON: the station key that vouches for this key, that station key's certificate by the
    # organizer root, and the station's signature (services/certificates/organizer_root.py).
    endorsement = TextField(default="")


class Certificate(SyncedModel):
    event = ForeignKeyField(Event, backref="certificates", on_delete="CASCADE")
    attendee = ForeignKeyField(Attendee, backref="certificates", on_delete="CASCADE")
    # Unique within an event: two organizers' events may both print "001/SERT/...".
    number = CharField(max_length=80, index=True)
    seq = IntegerField()
    station_prefix = CharField(max_length=8, default="")
    holder_name = CharField(max_length=200)
    role = CharField(max_length=16, default="PESERTA")
    issued_at = UtcDateTimeField(default=utcnow)
    key_id = CharField(max_length=16)
    token = TextField()

    class Meta:
        indexes = ((("event", "number"), True),)


class CertificateRevocation(SyncedModel):
    append_only = True

    certificate = ForeignKeyField(Certificate, backref="revocations", on_delete="CASCADE")
    revoked_at = UtcDateTimeField(default=utcnow)
    reason = CharField(max_length=300, default="")
    operator = CharField(max_length=100, default="")


class PrintRecord(SyncedModel):
    append_only = True

    certificate = ForeignKeyField(Certificate, backref="prints", on_delete="CASCADE")
    printed_at = UtcDateTimeField(default=utcnow)
    operator = CharField(max_length=100, default="")
    copies = IntegerField(default=1)
    reprint = BooleanField(default=False)


class EvidenceLink(SyncedModel):
    """One link of a station's evidence chain: a check-in, void or signature that station
    made, bound by its digest to the previous link and signed with the station's key
    (services/signing/evidence_chain.py). Links are authored by their station only."""

    append_only = True

    chain_seq = IntegerField()
    kind = CharField(max_length=16)  # checkin, void, signature
    record_id = CharField(max_length=36)
    event_id = CharField(max_length=36, default="")  # no FK: a link outlives nothing
    record_digest = CharField(max_length=64)
    prev_hash = CharField(max_length=64)
    link_hash = CharField(max_length=64)
    station_sig = CharField(max_length=100)  # base64 Ed25519 signature of link_hash

    class Meta:
        indexes = ((("station_id", "chain_seq"), True), (("record_id",), False))


class AuditLog(SyncedModel):
    """Who did what, when. Append-only; details are JSON."""

    append_only = True

    at = UtcDateTimeField(default=utcnow, index=True)
    operator = CharField(max_length=100, default="")
    action = CharField(max_length=60)
    entity = CharField(max_length=60, default="")
    entity_id = CharField(max_length=36, default="")
    details = TextField(default="{}")
