"""Open a bundle's zip without trusting it: sizes first, the signed manifest next, rows last.

A 3 MB bundle could inflate to 3 GiB before its signature was looked at, and a damaged
deflate stream surfaced as "kesalahan tak terduga". Here the zip's directory is checked
(known members only, declared sizes under the caps), the small members are inflated with
a cap, and ``inflate_rows`` is called only after the manifest signature has been verified;
it too stops the moment the inflated bytes pass the cap, whatever the zip declared.
Every kind of damage is the one message "bundel rusak".
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

MAX_MANIFEST_BYTES = 64 * 1024
MAX_SIGNATURE_BYTES = 1024
# rows.jsonl inflated: an event of 10,000 attendees with signatures is ~100 MB.
MAX_ROWS_BYTES = 256 * 1024 * 1024
MAX_ROWS = 2_000_000
MEMBERS = {"manifest.json": MAX_MANIFEST_BYTES, "manifest.sig": MAX_SIGNATURE_BYTES}
ROWS_MEMBER = "rows.jsonl"
# The rows sealed to the organizer (sync/bundle_sealing.py): deflated, then encrypted.
SEALED_MEMBER = "rows.sealed"
CHUNK = 1024 * 1024
# What zipfile and zlib raise for damaged archives (found by fuzzing: an unknown zip
# version is NotImplementedError, an "encrypted" flag RuntimeError).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def damaged(detail: str) -> UserError:
    return UserError(
        "bundle.damaged",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Bundel rusak atau bukan bundel Ikrar ({detail}). Salin ulang berkasnya dari "
            "stasiun pengirim. Tidak ada data yang disimpan.",
        ),
        detail=detail,
    )


def too_large() -> UserError:
    return UserError(
        "bundle.rows_too_large",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Isi bundel terlalu besar (lebih dari {max_mb} MB setelah dibuka). "
            "Tidak ada data yang disimpan.",
        ),
        max_mb=MAX_ROWS_BYTES // (1024 * 1024),
    )


@dataclass
class OpenedBundle:
    """The checked zip: small members read, rows still compressed."""

    archive: zipfile.ZipFile
    manifest: bytes
    signature: bytes
    rows_member: str = ROWS_MEMBER

    @property
    def sealed(self) -> bool:
        return self.rows_member == SEALED_MEMBER


def open_bundle_zip(data: bytes) -> OpenedBundle:
    """Check the directory and read manifest and signature (capped)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = {info.filename: info for info in archive.infolist()}
    except _ZIP_ERRORS as exc:
        raise damaged("zip") from exc
    rows_member = SEALED_MEMBER if SEALED_MEMBER in infos else ROWS_MEMBER
    if set(infos) != {*MEMBERS, rows_member}:
        raise damaged("members")
    for name, info in infos.items():
        cap = MEMBERS.get(name, MAX_ROWS_BYTES)
        if info.file_size > cap:
            raise too_large() if name == rows_member else damaged(name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged("compression")
    return OpenedBundle(
        archive,
        bytes(_inflate(archive, "manifest.json", MAX_MANIFEST_BYTES)),
        bytes(_inflate(archive, "manifest.sig", MAX_SIGNATURE_BYTES)),
        rows_member,
    )


def inflate_rows(opened: OpenedBundle) -> tuple[bytearray, str]:
    """rows.jsonl and its SHA-256 (call only once the manifest signature holds)."""
    rows = _inflate(opened.archive, ROWS_MEMBER, MAX_ROWS_BYTES)
    return rows, hashlib.sha256(rows).hexdigest()


def read_sealed_rows(opened: OpenedBundle) -> bytearray:
    """The sealed rows' ciphertext (capped; call only once the manifest signature holds)."""
    return _inflate(opened.archive, SEALED_MEMBER, MAX_ROWS_BYTES)


def check_row_count(declared: object) -> None:
    if not isinstance(declared, int) or not 0 <= declared <= MAX_ROWS:
        raise damaged("manifest.json: rows")


def _inflate(archive: zipfile.ZipFile, name: str, cap: int) -> bytearray:
    out = bytearray()  # grown in place: no second copy of up to MAX_ROWS_BYTES
    try:
        with archive.open(name) as member:
            while chunk := member.read(CHUNK):
                out.extend(chunk)
                if len(out) > cap:
                    raise too_large() if name in (ROWS_MEMBER, SEALED_MEMBER) else damaged(name)
    except _ZIP_ERRORS as exc:
        # CRC mismatch, truncated or scrambled deflate data, a lying size.
        raise damaged(name) from exc
    return out
