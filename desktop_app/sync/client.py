"""The station side of the protocol: enrol, push the outbox, pull other stations' rows.

Push: outbox rows with ``seq`` above the acknowledged one, in batches of at most
``BATCH_ROWS`` rows or ``BATCH_BYTES`` of JSON, gzip-compressed; the hub answers with the
highest seq it holds, which becomes the new acknowledgement (a lost answer just means
the same rows are sent again and ignored). Pull: pages after a hub cursor; each page is
applied and the cursor advanced in one local transaction.
"""

from __future__ import annotations

import gzip
import json
import logging
import time
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import astuple, dataclass
from typing import Any, cast
from urllib.parse import urlencode, urlparse

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from peewee import IntegrityError

from desktop_app.models import Change, database_proxy, local_station
from desktop_app.models.fields import utcnow
from desktop_app.models.sync_state import StationKey
from desktop_app.paths import DataDir
from desktop_app.services.certificates.organizer_encryption import remember_encryption_key
from desktop_app.services.certificates.organizer_root import (
    remember_revoked,
    remember_witnessed_head,
    root_certifies,
    station_statement,
    store_station_certificate,
    trusted_roots,
)
from desktop_app.services.certificates.sealed_niks import seal_waiting_niks
from desktop_app.services.certificates.station_revocations import accept_lists_quietly
from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError
from desktop_app.services.common.messages import Message, message
from desktop_app.services.common.settings import (
    HUB_CERT_PEM,
    HUB_URL,
    ORGANIZER_ENCRYPTION,
    PULL_CURSOR,
    PUSHED_SEQ,
    STATION_CERTIFICATE,
    SYNC_LAST_ERROR,
    SYNC_LAST_SUCCESS,
    SYNC_STATE,
    SyncState,
)
from desktop_app.services.signing.evidence_chain import ChainHead
from desktop_app.sync import nik_keys, number_blocks
from desktop_app.sync.apply import RowError, apply_rows
from desktop_app.sync.auth import sign_request
from desktop_app.sync.authorship import authorize_rows
from desktop_app.sync.identity import b64, load_or_create_key, public_bytes, unb64
from desktop_app.sync.pairing_uri import parse_pairing_uri
from desktop_app.sync.pinning import PinningError, check_pin, fetch_certificate, pinned_context
from desktop_app.sync.row_seal import seal_texts

log = logging.getLogger("ikrar.sync")

BATCH_ROWS = 500
BATCH_BYTES = 2 * 1024 * 1024
PULL_LIMIT = 500
SEAL_BYTES = 400  # a row's seal and its place in the batch, counted towards BATCH_BYTES
TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class SyncError(UserError):
    """A sync that did not complete; the message is one line for the user."""


def _unreachable(url: str) -> SyncError:
    return SyncError(
        "sync.hub_unreachable",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Hub tidak dapat dihubungi ({url}). Periksa jaringan dan alamat hub."
        ),
        url=url,
    )


def _unreadable_answer() -> SyncError:
    return SyncError(
        "sync.unreadable_answer",
        QT_TRANSLATE_NOOP("ServiceMessages", "Jawaban hub tidak dapat dibaca. Periksa alamat hub."),
    )


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    conflicts: int = 0
    seconds: float = 0.0

    def summary_message(self) -> Message:
        return message(
            "sync.done",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Sinkronisasi selesai: {pushed} perubahan dikirim, {pulled} diterima "
                "({applied} baru/berubah, {conflicts} konflik dicatat).",
            ),
            pushed=self.pushed,
            pulled=self.pulled,
            applied=self.applied,
            conflicts=self.conflicts,
        )

    def summary(self) -> str:
        return str(self.summary_message())


def pending_count() -> int:
    """Local changes not yet acknowledged by the hub."""
    return int(Change.select().where(Change.seq > PUSHED_SEQ.get()).count())


def is_enrolled() -> bool:
    return bool(HUB_URL.get())


# -- transport ------------------------------------------------------------------------


def tls_verify(url: str, cert_pem: str) -> Any:
    """The pinned context for HTTPS; for plain HTTP (loopback) no TLS context at all,
    which also spares loading the system CA bundle (~50 ms) on every sync."""
    if cert_pem:
        return pinned_context(cert_pem)
    return url.startswith("https")


class HubClient:
    """Signed requests to one hub; ``transport`` lets tests inject faults."""

    def __init__(
        self,
        base_url: str,
        station_id: str,
        home: DataDir,
        cert_pem: str = "",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.station_id = station_id
        self.key = load_or_create_key(home.keys)
        verify = tls_verify(self.base_url, cert_pem)
        self.http = httpx.Client(
            base_url=self.base_url, timeout=TIMEOUT, verify=verify, transport=transport
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> httpx.Response:
        prefix = urlparse(self.base_url).path.rstrip("/")
        signed = sign_request(self.key, self.station_id, method, prefix + path, body)
        try:
            response = self.http.request(
                method, path, content=body or None, headers={**signed, **(headers or {})}
            )
        except httpx.ConnectError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                raise SyncError(
                    "sync.certificate_changed",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Sertifikat hub berbeda dari yang disematkan saat pemasangan. "
                        "Hubungi pengelola hub sebelum melanjutkan.",
                    ),
                ) from exc
            raise _unreachable(self.base_url) from exc
        except httpx.TimeoutException as exc:
            raise SyncError(
                "sync.hub_timeout",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Hub tidak menjawab tepat waktu ({url}). Coba lagi sebentar lagi.",
                ),
                url=self.base_url,
            ) from exc
        except httpx.HTTPError as exc:
            raise SyncError(
                "sync.connection_lost",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Hubungan ke hub terputus ({error}). "
                    "Coba lagi; tidak ada data yang terkirim dua kali.",
                ),
                error=type(exc).__name__,
            ) from exc
        if response.status_code == 401:
            raise SyncError(
                "sync.credentials_refused",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Hub menolak kredensial stasiun ini. Daftarkan ulang stasiun "
                    "dengan kode pemasangan baru dari hub.",
                ),
            )
        if response.status_code == 403:
            raise SyncError(
                "sync.station_revoked",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Stasiun ini telah dicabut di hub. "
                    "Minta kode pemasangan baru kepada pengelola hub.",
                ),
            )
        if response.status_code >= 500:
            raise SyncError(
                "sync.hub_error",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Hub sedang bermasalah (HTTP {status}). Coba lagi sebentar lagi.",
                ),
                status=response.status_code,
            )
        return response


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise _unreadable_answer() from exc
    if not isinstance(data, dict):
        raise _unreadable_answer()
    return data


def client_for(home: DataDir, transport: httpx.BaseTransport | None = None) -> HubClient:
    url = HUB_URL.get()
    if not url:
        raise SyncError(
            "sync.not_enrolled",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Stasiun ini belum terdaftar di hub. Daftarkan dulu dengan "
                "'ikrar enroll ALAMAT KODE' atau dari halaman Sinkronisasi.",
            ),
        )
    return HubClient(url, local_station().id, home, HUB_CERT_PEM.get(), transport)


# -- enrolment ------------------------------------------------------------------------


def enroll(
    home: DataDir,
    url: str,
    code: str,
    name: str = "",
    fingerprint: str = "",
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Enrol this station at the hub with a one-time pairing code."""
    scanned = parse_pairing_uri(url) or parse_pairing_uri(code)
    if scanned is not None:
        url, code, fingerprint = scanned[0], scanned[1], fingerprint or scanned[2]
    url = url.strip().rstrip("/")
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise SyncError(
            "sync.bad_hub_url",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Alamat hub tidak valid: '{url}'. Contoh: https://192.168.1.10:8765",
            ),
            field="url",
            url=url,
        )
    cert_pem = ""
    if parsed.scheme == "https":
        try:
            cert_pem = fetch_certificate(url)
            actual = check_pin(cert_pem, fingerprint)
        except PinningError as exc:
            raise SyncError.from_message(exc.message, field="fingerprint") from exc
        except OSError as exc:
            raise _unreachable(url) from exc
        log.info("pinned hub certificate %s", actual)
    station = local_station()
    if name.strip() and name.strip() != station.name:
        station.name = name.strip()[:100]
        station.save()
    key = load_or_create_key(home.keys)
    body = json.dumps(
        {
            "code": code,
            "station_id": station.id,
            "name": station.name,
            "station_code": station.code,
            "public_key": b64(public_bytes(key)),
        }
    )
    try:
        with httpx.Client(
            timeout=TIMEOUT, verify=tls_verify(url, cert_pem), transport=transport
        ) as http:
            response = http.post(
                f"{url}/api/enroll", content=body, headers={"Content-Type": "application/json"}
            )
    except httpx.HTTPError as exc:
        raise _unreachable(url) from exc
    if response.status_code == 403:
        raise SyncError(
            "sync.pairing_code_refused",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Kode pemasangan tidak dikenal, sudah dipakai, atau kedaluwarsa. "
                "Minta kode baru dengan 'ikrar hub pair' di hub.",
            ),
            field="code",
        )
    if response.status_code == 409:
        raise SyncError(
            "sync.station_already_enrolled",
            QT_TRANSLATE_NOOP(
                "ServiceMessages",
                "Stasiun ini sudah terdaftar di hub. Mengganti kuncinya perlu kode khusus dari "
                "hub: 'ikrar hub pair --rekey {station}'.",
            ),
            field="code",
            station=station.id,
        )
    if response.status_code != 200:
        raise SyncError(
            "sync.enrolment_refused",
            QT_TRANSLATE_NOOP("ServiceMessages", "Hub menolak pendaftaran (HTTP {status})."),
            status=response.status_code,
        )
    data = _json(response)
    with database_proxy.atomic():
        previous_url = HUB_URL.get()
        HUB_URL.set(url)
        HUB_CERT_PEM.set(cert_pem)
        # The hub tells how far it already has this station (re-enrolment resumes there).
        PUSHED_SEQ.set(int(data.get("pushed_seq", 0)))
        if previous_url != url:
            PULL_CURSOR.set(0)
            nik_keys.offer_again()  # a new hub has none of this station's event keys
        SYNC_STATE.set(SyncState.ENROLLED)
        accept_certificate(data, public_bytes(key))
    return {
        "url": url,
        "station": station.name,
        "fingerprint": (check_pin(cert_pem, "") if cert_pem else ""),
    }


# -- push / pull ----------------------------------------------------------------------


@dataclass
class PushBatch:
    """Outbox rows after ``after``, sealed and gzip-compressed, ready to send."""

    after: int
    last_seq: int
    rows: int
    body: bytes


def prepare_batch(client: HubClient, after: int) -> PushBatch | None:
    """The next batch after ``after`` (at most ``BATCH_ROWS`` rows or ``BATCH_BYTES`` of
    JSON), each row sealed by this station; None when nothing is left."""
    batch: list[dict[str, Any]] = []
    size = 0
    query = (
        Change.select(Change.seq, Change.table_name, Change.payload)
        .where(Change.seq > after)
        .order_by(Change.seq)
        .limit(BATCH_ROWS)
        .tuples()
    )
    for seq, table, payload in cast(Iterable[tuple[int, str, str]], query):
        if batch and size + len(payload) > BATCH_BYTES:
            break
        batch.append({"seq": seq, "table": table, "payload": payload})
        size += len(payload) + SEAL_BYTES
    if not batch:
        return None
    # Sealed by this station as its writer, a group of rows per signature (row_seal.py);
    # relayed rows keep their writer's seal.
    sealed = seal_texts([c["payload"] for c in batch], client.station_id, client.key)
    for change, text in zip(batch, sealed, strict=True):
        change["payload"] = text
    body = gzip.compress(
        json.dumps({"after": after, "changes": batch}, separators=(",", ":")).encode("utf-8"),
        compresslevel=1,
    )
    return PushBatch(after, int(batch[-1]["seq"]), len(batch), body)


def push_pending(client: HubClient, progress: Any = None) -> int:
    """Send every unacknowledged outbox row; returns how many rows the hub acknowledged.

    One batch is in flight at a time (the hub takes a station's batches in order); while
    the hub works on it, this station seals and compresses the next one and stores the
    previous answer, so the two machines' work (and their disk syncs) overlap instead of
    taking turns. A batch prepared on an assumption the answer proves wrong (the hub has
    more, or less) is dropped and prepared again. An acknowledgement stored late only means
    rows are sent again after a crash, and the hub ignores what it already has.
    """
    acked = PUSHED_SEQ.get()
    sent = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ikrar-push") as sender:

        def send(batch: PushBatch) -> Future[httpx.Response]:
            return sender.submit(
                client.request,
                "POST",
                "/api/push",
                batch.body,
                {"Content-Type": "application/json", "Content-Encoding": "gzip"},
            )

        current = prepare_batch(client, acked)
        answer = send(current) if current is not None else None
        while current is not None and answer is not None:
            upcoming = prepare_batch(client, current.last_seq)
            response = answer.result()
            data = _json(response)
            if response.status_code == 409 and isinstance(data.get("pushed_seq"), int):
                # The hub has less than we thought (restored from backup): resend from there.
                log.warning("hub asks to resend after seq %s", data["pushed_seq"])
                acked = int(data["pushed_seq"])
                PUSHED_SEQ.set(acked)
                current = prepare_batch(client, acked)
                answer = send(current) if current is not None else None
                continue
            if response.status_code != 200 or not isinstance(data.get("pushed_seq"), int):
                raise SyncError(
                    "sync.push_refused",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Hub menolak kiriman data ({reason}). Rincian ada di log.",
                    ),
                    reason=str(data.get("error", response.status_code)),
                )
            new_acked = int(data["pushed_seq"])
            if new_acked < current.last_seq:
                raise SyncError(
                    "sync.push_incomplete",
                    QT_TRANSLATE_NOOP(
                        "ServiceMessages",
                        "Hub tidak menyimpan semua perubahan yang dikirim. Coba lagi.",
                    ),
                )
            if upcoming is None or upcoming.after != new_acked:
                # Also rows written while the batch was on its way: none are left behind.
                upcoming = prepare_batch(client, new_acked)
            answer = send(upcoming) if upcoming is not None else None
            # The hub works on the next batch while this one's answer is stored.
            for refusal in data.get("refused") or []:
                log.warning("hub refused a row: %s", refusal)
            if "witness" in data and not remember_witnessed_head(data["witness"]):
                log.warning("hub's signed chain head does not verify; not kept")
            sent += current.rows
            acked = new_acked
            PUSHED_SEQ.set(acked)
            if progress is not None:
                progress(sent, sent + pending_count())
            current = upcoming
    return sent


def pull_all(client: HubClient) -> tuple[int, int, int]:
    """Fetch and apply other stations' rows; returns (received, applied, conflicts)."""
    cursor = PULL_CURSOR.get()
    received = applied = conflicts = 0
    pushed_seq = PUSHED_SEQ.get()
    while True:
        path = "/api/pull?" + urlencode({"after": cursor, "limit": PULL_LIMIT})
        response = client.request("GET", path)
        data = _json(response)
        if response.status_code != 200 or not isinstance(data.get("next"), int):
            reason = data.get("error", response.status_code)
            raise SyncError(
                "sync.pull_refused",
                QT_TRANSLATE_NOOP("ServiceMessages", "Hub menolak permintaan data ({reason})."),
                reason=str(reason),
            )
        try:
            rows = [(c["table"], json.loads(c["payload"])) for c in data.get("changes", [])]
            with database_proxy.atomic():
                # The hub is not trusted blindly: the same authorship rules as on the hub.
                accepted, refused = authorize_rows(rows, trusted_station_keys(client).get)
                for refusal in refused:
                    log.warning("refused pulled row %s %s: %s", *astuple(refusal))
                result = apply_rows(accepted, pending_after_seq=pushed_seq)
                # Same transaction: the cursor moves only if the rows are really stored.
                PULL_CURSOR.set(int(data["next"]))
                hub_has = data.get("pushed_seq")
                if isinstance(hub_has, int) and 0 <= hub_has < PUSHED_SEQ.get():
                    # The hub was restored from a backup: send it our changes again.
                    log.warning("hub has our changes only up to %s: resending", hub_has)
                    PUSHED_SEQ.set(hub_has)
        except (RowError, IntegrityError, KeyError, TypeError, ValueError) as exc:
            log.exception("cannot apply pulled rows after cursor %s", cursor)
            raise SyncError(
                "sync.pull_not_applied",
                QT_TRANSLATE_NOOP(
                    "ServiceMessages",
                    "Data dari hub tidak dapat disimpan di stasiun ini ({error}); "
                    "tidak ada yang berubah. Rincian ada di log.",
                ),
                error=type(exc).__name__,
            ) from exc
        received += len(rows)
        applied += result.inserted + result.updated
        conflicts += result.conflicts
        cursor = int(data["next"])
        if not data.get("more"):
            return received, applied, conflicts


def accept_certificate(data: dict[str, Any], own_public: bytes) -> bool:
    """Store the organizer root's certificate of this station if it really certifies this
    station's key; its certificate keys are then endorsed (organizer_root.py)."""
    root, certificate = data.get("organizer_root"), data.get("station_certificate")
    if not isinstance(root, str) or not isinstance(certificate, str):
        return False
    try:
        root_public = unb64(root)
        Ed25519PublicKey.from_public_bytes(root_public).verify(
            unb64(certificate), station_statement(local_station().id, own_public)
        )
    except (InvalidSignature, ValueError):
        log.warning("hub sent a station certificate that does not verify; ignored")
        return False
    store_station_certificate(root_public, certificate)
    remember_encryption_key(data.get("organizer_encryption"))
    return True


def fetch_certificate_once(client: HubClient) -> None:
    """Stations enrolled before their hub had an organizer root ask for the certificate."""
    if STATION_CERTIFICATE.get() and ORGANIZER_ENCRYPTION.get():
        return
    response = client.request("GET", "/api/certificate")
    if response.status_code == 200:
        accept_certificate(_json(response), public_bytes(client.key))


def trusted_station_keys(client: HubClient) -> dict[str, bytes]:
    """Public keys whose seals this station accepts: its own and the stations it trusts."""
    keys = {row.station_id: bytes(row.public_key) for row in StationKey.select()}
    keys[client.station_id] = public_bytes(client.key)
    return keys


def refresh_station_keys(client: HubClient) -> None:
    """Remember enrolled stations' public keys so their offline bundles are trusted."""
    response = client.request("GET", "/api/stations")
    if response.status_code != 200:
        return
    me = local_station().id
    known = {row.station_id: bytes(row.public_key) for row in StationKey.select()}
    answer = _json(response)
    listed = answer.get("stations", [])
    roots = trusted_roots()
    with database_proxy.atomic():
        # The organizer's signed revocation lists: kept when newer and from a trusted root.
        accept_lists_quietly(answer.get("revocations"), "hub")
        # Certificates keys of revoked stations stop verifying here too (organizer_root.py).
        remember_revoked({str(item.get("id")) for item in listed if item.get("revoked")})
        for item in listed:
            if item.get("id") == me or item.get("revoked"):
                continue
            public = unb64(item["public_key"])
            if roots and not root_certifies(roots, item["id"], public, item.get("certificate")):
                # A key the organizer root never certified: the hub's database was changed
                # or the hub lies. Its seals are not believed (the key known before stays).
                log.warning("hub lists an uncertified key for station %s; ignored", item["id"])
                continue
            if known.get(item["id"]) == public:
                continue  # nothing to write: a no-change sync stays read-only here
            StationKey.insert(
                station_id=item["id"],
                name=item.get("name", ""),
                public_key=unb64(item["public_key"]),
                source="hub",
                trusted_at=utcnow(),
            ).on_conflict_replace().execute()


def sync_once(
    home: DataDir, transport: httpx.BaseTransport | None = None, progress: Any = None
) -> SyncReport:
    """Push then pull once. Records the outcome in settings; raises ``SyncError``."""
    started = time.perf_counter()
    report = SyncReport()
    try:
        with client_for(home, transport) as client:
            fetch_certificate_once(client)  # before pushing: it endorses this station's keys
            seal_waiting_niks()  # NIKs typed before the organizer's key was known
            number_blocks.hand_over_events()  # pushed with the rest, after earlier blocks
            report.pushed = push_pending(client, progress)
            # Keys first: pulled rows are accepted only under a known writer's seal.
            refresh_station_keys(client)
            report.pulled, report.applied, report.conflicts = pull_all(client)
            # After the pull (events are known); NIKs hashed now are pushed just below.
            nik_keys.exchange_keys(client)
            if report.conflicts or pending_count():
                # The conflict records the pull just wrote belong to everyone, and a hub
                # restored from a backup lacks what it lost: send them now.
                report.pushed += push_pending(client, progress)
            if number_blocks.request_blocks(client):
                report.pushed += push_pending(client, progress)  # our new blocks, for all
    except SyncError as exc:
        record_outcome(exc.message)
        raise
    report.seconds = time.perf_counter() - started
    record_outcome()
    return report


def record_running() -> None:
    """A sync has started (the status bar says so until ``record_outcome``)."""
    SYNC_STATE.set(SyncState.RUNNING)


def record_outcome(error: Message | None = None) -> None:
    """Write the state the status bar shows: success (and when), or why it failed."""
    with database_proxy.atomic():
        if error is None:
            SYNC_STATE.set(SyncState.OK)
            SYNC_LAST_SUCCESS.set(utcnow())
            SYNC_LAST_ERROR.clear()
        else:
            SYNC_STATE.set(SyncState.FAILED)
            SYNC_LAST_ERROR.set(error)


def fetch_chain_heads(home: DataDir) -> list[ChainHead] | None:
    """The evidence chain heads the hub witnessed, or None when not enrolled or unreachable."""
    if not is_enrolled():
        return None
    try:
        with client_for(home) as client:
            response = client.request("GET", "/api/heads")
    except SyncError:
        log.warning("hub unreachable: chain heads not checked against it")
        return None
    if response.status_code != 200:
        return None
    heads = _json(response).get("heads")
    if not isinstance(heads, dict):
        return None
    return [
        ChainHead(str(station), int(item["count"]), str(item["head"]), source="hub")
        for station, item in heads.items()
        if isinstance(item, dict) and isinstance(item.get("count"), int)
    ]
