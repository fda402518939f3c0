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


def write_corpus(directory: Path = CORPUS) -> list[Path]:
    """(Re)write the small crafted files kept in ``tests/data/hostile/``.

    Run ``python -m tests.hostile_files`` after changing a maker; each file stays a few
    kilobytes. What they expand to is in their names. ``far-cell-IV65536.xls`` is not
    made here: it was written once with xlwt (not a dependency) — one cell at the last
    BIFF8 position, which makes calamine ask for 512 MB and abort.
    """
    import gzip
    import random

    directory.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []

    def keep(path: Path) -> None:
        made.append(path)

    keep(far_cell_xlsx(directory / "far-cell-XFD1048576.xlsx"))
    keep(far_cell_xlsx(directory / "far-column-XFD3000.xlsx", "XFD3000"))
    keep(far_cell_xlsx(directory / "grid-IV150000.xlsx", "IV150000"))
    keep(doctype_xlsx(directory / "entity-declarations.xlsx"))
    padded = padded_xlsx(directory / "padded.tmp", mib=1)
    (directory / "corrupt-deflate.xlsx").write_bytes(
        corrupt_deflate(padded.read_bytes(), "xl/worksheets/sheet1.xml")
    )
    keep(directory / "corrupt-deflate.xlsx")
    (directory / "truncated.xlsx").write_bytes(padded.read_bytes()[:700])
    keep(directory / "truncated.xlsx")
    padded.unlink()
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(12).randbytes(3000)
    (directory / "ole-garbage.xls").write_bytes(ole)
    keep(directory / "ole-garbage.xls")

    texts = {
        "nul-bytes.csv": b"Nama,Instansi\nBudi\x00Santoso,Dinas\n",
        "binary-garbage.csv": random.Random(7).randbytes(4000),
        "control-characters.csv": (
            b"Nama,Instansi\nBudi\x07 Santoso,Dinas\nAni \x1b[31mLestari,Dinas\n"
        ),
        "formulas.csv": (
            b'Nama,Jabatan,Instansi\n"=HYPERLINK(""http://evil.example"",""Klik"")",Staf,Dinas\n'
            b"Budi Santoso,=cmd|' /C calc'!A0,@SUM(1+1)\n"
        ),
        "header-swallow.csv": (
            b"Nama,Instansi\nBudi Santoso,Dinas Pendidikan\nAni Lestari,Dinas Kesehatan\n"
        ),
        "wide-300-columns.csv": (
            ",".join(["Nama"] + [f"K{i}" for i in range(299)]) + "\n"
        ).encode(),
        "giant-cell-40k.csv": b"Nama,Instansi\n" + b"A" * 40_000 + b",Dinas\n",
        "zero-width-and-bidi.csv": (
            "Nama,Instansi\nBu\u200bdi Santoso,Dinas\n\u202eAni,Dinas\n".encode()
        ),
        "utf16-odd.csv": "Nama;Instansi\n\ud7ff;\ufffe\n".encode("utf-16", "surrogatepass"),
    }
    for name, data in texts.items():
        (directory / name).write_bytes(data)
        keep(directory / name)

    rows = b'{"table":"event","payload":{"id":"e","hlc":"1"}}\n' * 200
    good = signed_bundle(directory / "bundle.tmp", (rows, 1)).read_bytes()
    (directory / "bundle.tmp").unlink()
    bundles = {
        "bundle-corrupt-deflate.ikrar": corrupt_deflate(good, "rows.jsonl"),
        "bundle-truncated.ikrar": good[: len(good) // 2],
        "bundle-encrypted-garbage.ikrar": b"IKRAR-BUNDLE-AESGCM-1\n" + b"\x00" * 64,
    }
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    forged = dict(parts, **{"manifest.json": parts["manifest.json"].replace(b"BOMB", b"BOOM")})
    extra = dict(parts, **{"../../evil.txt": b"x"})
    for name, members in {
        "bundle-forged-manifest.ikrar": forged,
        "bundle-unknown-member.ikrar": extra,
    }.items():
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        bundles[name] = out.getvalue()
    count = signed_bundle(directory / "bundle.tmp", (b"\n", 1), declared_rows=10**12)
    bundles["bundle-absurd-row-count.ikrar"] = count.read_bytes()
    count.unlink()
    for name, data in bundles.items():
        (directory / name).write_bytes(data)
        keep(directory / name)

    hub_bodies = {
        "hub-deep-nesting.json": b'{"code": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        "hub-not-json.json": b"\xff\xfe{{{",
        "hub-huge-number.json": b'{"code": 1' + b"0" * 4000 + b"}",
        "hub-wrong-types.json": json_bytes({"code": ["x"], "public_key": {"a": 1}}),
        "hub-gzip-bomb.json.gz": gzip.compress(b" " * (8 * 1024 * 1024), 9),
        "hub-bad-key.json": json_bytes(
            {"code": "AAAA-BBBB", "station_id": "s", "name": "n", "public_key": "!!"}
        ),
    }
    for name, data in hub_bodies.items():
        (directory / name).write_bytes(data)
        keep(directory / name)
    return made


def json_bytes(value: object) -> bytes:
    import json

    return json.dumps(value).encode()


if __name__ == "__main__":
    for written in write_corpus():
        print(f"{written.stat().st_size:>8}  {written.relative_to(CORPUS.parent.parent.parent)}")
