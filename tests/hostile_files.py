"""Crafted files for the hostile-input tests, built at test time so the repo stays small.

The small ones also live in ``tests/data/hostile/`` (written by ``write_corpus``) so a
person can open them; the ones that expand to hundreds of megabytes are only ever made
here, streamed into a zip without holding their contents in memory.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "hostile"

_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = b"</sheetData></worksheet>"
_HEADER_ROW = (
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Instansi</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>Budi Santoso</t></is></c>'
    b'<c r="B2" t="inlineStr"><is><t>Dinas Pendidikan</t></is></c></row>'
)


def _base_parts() -> dict[str, bytes]:
    """Every part of a one-sheet workbook as openpyxl writes it, but its sheet."""
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {
            i.filename: archive.read(i)
            for i in archive.infolist()
            if i.filename != "xl/worksheets/sheet1.xml"
        }


def _write_xlsx(
    path: Path, sheet_parts: list[bytes], repeat: tuple[bytes, int] | None = None
) -> Path:
    """A minimal workbook; ``repeat`` streams ``chunk`` ``n`` times into the sheet."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in _base_parts().items():
            archive.writestr(name, data)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD)
            for part in sheet_parts[:-1]:
                sheet.write(part)
            if repeat is not None:
                chunk, n = repeat
                for _ in range(n):
                    sheet.write(chunk)
            sheet.write(sheet_parts[-1])
            sheet.write(_SHEET_TAIL)
    return path


def plain_xlsx(path: Path) -> Path:
    return _write_xlsx(path, [_HEADER_ROW, b""])


def far_cell_xlsx(path: Path, ref: str = "XFD1048576") -> Path:
    """2 KB that made calamine allocate 512 GB and abort (issue 12, finding 1)."""
    cell = f'<row r="{ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{ref}"><v>1</v></c></row>'
    return _write_xlsx(path, [_HEADER_ROW + cell.encode("ascii"), b""])


def giant_cell_xlsx(path: Path, mib: int = 200) -> Path:
    """One inline-string cell of ``mib`` MiB (finding 2); ~0.2 MB on disk."""
    opening = _HEADER_ROW + b'<row r="3"><c r="A3" t="inlineStr"><is><t>'
    return _write_xlsx(path, [opening, b"</t></is></c></row>"], repeat=(b"A" * 1024 * 1024, mib))


def padded_xlsx(path: Path, mib: int) -> Path:
    """A sheet that inflates to ``mib`` MiB of whitespace (a zip bomb of sorts)."""
    return _write_xlsx(path, [_HEADER_ROW, b""], repeat=(b" " * 1024 * 1024, mib))


def doctype_xlsx(path: Path) -> Path:
    """Entity declarations inside a sheet: never written by Excel, a classic XML attack."""
    with zipfile.ZipFile(plain_xlsx(path.with_suffix(".tmp.xlsx"))) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    path.with_suffix(".tmp.xlsx").unlink()
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        b"<worksheet",
        b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><worksheet',
        1,
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def corrupt_deflate(data: bytes, member: str) -> bytes:
    """``data`` (a zip) with the compressed bytes of ``member`` scrambled mid-stream."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    # Local header: 30 bytes + name + extra; the payload follows.
    name_len = int.from_bytes(data[info.header_offset + 26 : info.header_offset + 28], "little")
    extra_len = int.from_bytes(data[info.header_offset + 28 : info.header_offset + 30], "little")
    start = info.header_offset + 30 + name_len + extra_len
    middle = start + info.compress_size // 2
    scrambled = bytes(b ^ 0x5A for b in data[middle : middle + 16])
    return data[:middle] + scrambled + data[middle + 16 :]


def signed_bundle(
    path: Path, rows_chunks: tuple[bytes, int], *, declared_rows: int = 1, sha: str = ""
) -> Path:
    """A bundle signed by a throwaway key whose rows.jsonl streams ``chunk`` ``n`` times.

    The signature is genuine (a stranger's station), so only the size checks can stop it.
    """
    import base64
    import hashlib
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    chunk, n = rows_chunks
    digest = hashlib.sha256()
    for _ in range(n):
        digest.update(chunk)
    manifest = json.dumps(
        {
            "format": "ikrar-bundle/1",
            "event_id": "e",
            "event_code": "BOMB",
            "station_id": "stranger",
            "station_name": "Orang asing",
            "public_key": base64.b64encode(public).decode(),
            "rows": declared_rows,
            "rows_sha256": sha or digest.hexdigest(),
        }
    ).encode()
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.sig", base64.b64encode(key.sign(manifest)))
        with archive.open("rows.jsonl", "w", force_zip64=True) as rows:
            for _ in range(n):
                rows.write(chunk)
    return path
