"""USB bundles sealed to the organizer's key by default (issue 11).

A real hub on loopback certifies stations A and B at pairing and hands them the organizer's
encryption key; A's bundle is then readable only where the organizer root is kept (the hub's
data folder, or a laptop running the hub in ``<data>/hub``). Everything runs through the real
CLI on real data folders.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.factories import add_attendee, attend, plain_event
from tests.sync.harness import HubProcess, Station

NAME = "Kornelia Tandiarrang"


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def _paired_with_event(tmp_path: Path, hub: HubProcess) -> tuple[Station, Station, str]:
    a, b = Station(tmp_path / "a", "Meja A"), Station(tmp_path / "b", "Meja B")
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        event = plain_event(attendees=3)
        add_attendee(event, NAME, "UNDANGAN-KT")
        attend(event, 2)
        code = event.code
    return a, b, code


def _count(database: Path) -> int:
    with sqlite3.connect(database) as db:
        return int(
            db.execute("SELECT COUNT(*) FROM attendee WHERE full_name = ?", (NAME,)).fetchone()[0]
        )


def _tampered(source: Path, target: Path) -> None:
    """The same bundle with one byte of the sealed rows changed (manifest and signature kept)."""
    with zipfile.ZipFile(source) as original:
        members = {info.filename: original.read(info) for info in original.infolist()}
    sealed = bytearray(members["rows.sealed"])
    sealed[len(sealed) // 2] ^= 0x01
    members["rows.sealed"] = bytes(sealed)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    target.write_bytes(buffer.getvalue())


def test_bundle_is_sealed_to_the_organizer_and_opens_only_there(
    tmp_path: Path, hub: HubProcess
) -> None:
    a, b, code = _paired_with_event(tmp_path, hub)
    bundle = tmp_path / "meja-a.ikrar"
    made = run_cli("bundle", "export", code, "--out", str(bundle), home=a.root)
    assert made.returncode == 0, made.stderr
    assert "terenkripsi untuk penyelenggara" in made.stdout
    assert "belum mengenal kunci penyelenggara" not in made.stderr

    # No attendee name in clear anywhere: not in the raw bytes, not in any zip member.
    raw = bundle.read_bytes()
    assert NAME.encode() not in raw
    with zipfile.ZipFile(bundle) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "manifest.sig", "rows.sealed"]
        assert all(NAME.encode() not in archive.read(n) for n in archive.namelist())

    # Another station of the same event cannot read it: exit 1, one clear line, nothing stored.
    before = b.snapshot()
    refused = run_cli("bundle", "import", str(bundle), home=b.root)
    assert refused.returncode == 1
    assert "Bundel ini terenkripsi untuk penyelenggara" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert b.snapshot() == before
    english = run_cli("--lang", "en", "bundle", "import", str(bundle), home=b.root)
    assert english.returncode == 1 and "encrypted for the organizer" in english.stderr

    # A changed byte of the ciphertext is "bundel rusak" even where the key is.
    hub_db = hub.home / "ikrar.sqlite3"
    assert _count(hub_db) == 0
    broken = tmp_path / "rusak.ikrar"
    _tampered(bundle, broken)
    damaged = run_cli("bundle", "import", str(broken), home=hub.home)
    assert damaged.returncode == 1
    assert "Bundel rusak" in damaged.stderr and "Traceback" not in damaged.stderr
    assert _count(hub_db) == 0
    # Intact ciphertext of another bundle under this bundle's signed manifest: rusak too.
    second = tmp_path / "kedua.ikrar"
    run_cli("bundle", "export", code, "--out", str(second), home=a.root, check=True)
    moved = tmp_path / "pindah.ikrar"
    with (
        zipfile.ZipFile(bundle) as first,
        zipfile.ZipFile(second) as other,
        zipfile.ZipFile(moved, "w") as out,
    ):
        out.writestr("manifest.json", first.read("manifest.json"))
        out.writestr("manifest.sig", first.read("manifest.sig"))
        out.writestr("rows.sealed", other.read("rows.sealed"))
    swapped = run_cli("bundle", "import", str(moved), home=hub.home)
    assert swapped.returncode == 1 and "Bundel rusak" in swapped.stderr
    assert _count(hub_db) == 0

    # The hub's data folder holds the organizer root: it opens the bundle, and trusts A
    # without --trust because the root certified A's key.
    opened = run_cli("bundle", "import", str(bundle), home=hub.home)
    assert opened.returncode == 0, opened.stderr
    assert _count(hub_db) == 1


def test_organizer_laptop_running_the_hub_in_its_data_folder_opens_it(
    tmp_path: Path, hub: HubProcess
) -> None:
    """The window's "Jadikan laptop ini hub" keeps the hub in <data>/hub: the desk there
    opens bundles sealed to that hub's root."""
    a, _, code = _paired_with_event(tmp_path, hub)
    bundle = tmp_path / "meja-a.ikrar"
    run_cli("bundle", "export", code, "--out", str(bundle), home=a.root, check=True)
    hub.kill()
    laptop = tmp_path / "laptop"
    shutil.copytree(hub.home / "keys", laptop / "hub" / "keys")
    # A fresh desk that never saw A: it asks for trust (its own settings trust no root),
    # but it can decrypt.
    untrusted = run_cli("bundle", "import", str(bundle), home=laptop)
    assert untrusted.returncode == 1 and "belum dikenal" in untrusted.stderr
    opened = run_cli("bundle", "import", str(bundle), "--trust", home=laptop)
    assert opened.returncode == 0, opened.stderr
    assert _count(laptop / "ikrar.sqlite3") == 1


def test_plain_and_password_are_explicit_choices(tmp_path: Path, hub: HubProcess) -> None:
    a, b, code = _paired_with_event(tmp_path, hub)
    b.sync()  # B learns A's key from the hub, so A's bundles need no --trust there

    plain = tmp_path / "terbuka.ikrar"
    made = run_cli("bundle", "export", code, "--out", str(plain), "--plain", home=a.root)
    assert made.returncode == 0 and "terenkripsi" not in made.stdout
    with zipfile.ZipFile(plain) as archive:
        assert NAME.encode() in archive.read("rows.jsonl")

    secret = tmp_path / "sandi.txt"
    secret.write_text("sandi-meja-a\n", encoding="utf-8")
    locked = tmp_path / "sandi.ikrar"
    run_cli(
        "bundle",
        "export",
        code,
        "--out",
        str(locked),
        "--password-file",
        str(secret),
        home=a.root,
        check=True,
    )
    assert NAME.encode() not in locked.read_bytes()
    imported = run_cli("bundle", "import", str(locked), "--password-file", str(secret), home=b.root)
    assert imported.returncode == 0, imported.stderr
    assert _count(b.root / "ikrar.sqlite3") == 1

    both = run_cli(
        "bundle",
        "export",
        code,
        "--out",
        str(plain),
        "--plain",
        "--password-file",
        str(secret),
        home=a.root,
    )
    assert both.returncode == 2  # one or the other


def test_unpaired_station_still_exports_plain_and_says_so(tmp_path: Path) -> None:
    lone = Station(tmp_path / "x", "Laptop X")
    with lone.active():
        code = plain_event(attendees=2).code
    bundle = tmp_path / "x.ikrar"
    made = run_cli("bundle", "export", code, "--out", str(bundle), home=lone.root)
    assert made.returncode == 0, made.stderr
    assert "belum mengenal kunci penyelenggara" in made.stderr
    with zipfile.ZipFile(bundle) as archive:
        assert "rows.jsonl" in archive.namelist()


def _sealed_bomb(path: Path, organizer_home: Path, rows_mib: int) -> Path:
    """A stranger's bundle sealed to the organizer (its key is public) whose rows deflate
    from a few hundred KB to ``rows_mib`` MB: only the cap while inflating can stop it."""
    import base64
    import hashlib
    import json
    import zlib

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from desktop_app.services.certificates.organizer_encryption import (
        encryption_private_key,
    )
    from desktop_app.services.certificates.organizer_root import load_or_create_root
    from desktop_app.sync.bundle_sealing import new_envelope
    from desktop_app.sync.identity import public_bytes

    root = load_or_create_root(organizer_home / "keys")
    recipient = encryption_private_key(root).public_key().public_bytes_raw()
    envelope = new_envelope(recipient, public_bytes(root))
    stranger = Ed25519PrivateKey.generate()
    manifest = json.dumps(
        {
            "format": "ikrar-bundle/1",
            "event_id": "e",
            "event_code": "BOMB",
            "station_id": "stranger",
            "station_name": "Orang asing",
            "public_key": base64.b64encode(public_bytes(stranger)).decode(),
            "rows": 1,
            "rows_sha256": "0" * 64,
            "encryption": envelope.header,
        }
    ).encode()
    deflater, compressed = zlib.compressobj(1), bytearray()
    chunk = b" " * (1024 * 1024)
    for _ in range(rows_mib):
        compressed.extend(deflater.compress(chunk))
    compressed.extend(deflater.flush())
    sealed = AESGCM(envelope.key).encrypt(
        envelope.nonce, bytes(compressed), hashlib.sha256(manifest).digest()
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", manifest)
        archive.writestr("manifest.sig", base64.b64encode(stranger.sign(manifest)))
        archive.writestr("rows.sealed", sealed)
    return path


def test_sealed_rows_stop_inflating_at_the_cap(tmp_path: Path) -> None:
    from desktop_app.paths import DataDir
    from desktop_app.services.common.errors import UserError
    from desktop_app.sync.bundle import read_bundle
    from desktop_app.sync.bundle_limits import MAX_ROWS_BYTES

    organizer = tmp_path / "penyelenggara"
    bomb = _sealed_bomb(tmp_path / "bom.ikrar", organizer, MAX_ROWS_BYTES // 2**20 + 8)
    assert bomb.stat().st_size < 2 * 2**20
    with pytest.raises(UserError) as refused:
        read_bundle(bomb, home=DataDir(organizer))
    assert refused.value.code == "bundle.rows_too_large"
    # Elsewhere it is not even decrypted: the organizer's message, before any inflating.
    with pytest.raises(UserError) as elsewhere:
        read_bundle(bomb, home=DataDir(tmp_path / "meja"))
    assert elsewhere.value.code == "bundle.sealed_for_organizer"
