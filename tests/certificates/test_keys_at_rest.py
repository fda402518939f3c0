"""Private keys at rest (issue 11): a copied data folder of a protected station cannot sign.

Real SQLite files, real key files, the real ``ikrar`` process; the raw files of the data
folder (database and WAL included) are scanned byte for byte for the private keys.
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.models import Checkin, close_db
from desktop_app.services.common import key_vault
from desktop_app.services.common.errors import UserError
from tests.conftest import REPO, run_cli
from tests.factories import check_in, first_attendees, plain_event

PASSPHRASE = "kopi tubruk pagi 2024"


@pytest.fixture(autouse=True)
def _fresh_vault() -> Iterator[None]:
    key_vault.forget_unlocked()
    key_vault.set_passphrase_source(None)
    yield
    key_vault.forget_unlocked()
    key_vault.set_passphrase_source(None)


def _secrets(key: Ed25519PrivateKey) -> list[bytes]:
    """Every form the private key could sit in a file: raw seed, PKCS#8 DER, PEM body."""
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    der = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return [raw, der, base64.b64encode(der), base64.b64encode(raw)]


def _files_holding(folder: Path, secrets: list[bytes]) -> list[str]:
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.name}" for secret in secrets if secret in data]
    return hits


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.glob("*"))
        if p.is_file()
    }


def _station_with_keys(home: Path) -> tuple[list[Ed25519PrivateKey], object]:
    """A station that checked people in and issued a certificate key, and a hub root."""
    from desktop_app.services.certificates.organizer_root import load_or_create_root
    from desktop_app.services.certificates.signing_keys import active_key
    from desktop_app.services.common.station_key import station_key

    event = plain_event(attendees=6)
    for person in first_attendees(event, 3):
        check_in(event, person)
    cert_key = active_key(event.organizer).private_key
    root = load_or_create_root(home / "keys")
    return [station_key(), cert_key, root], event


def test_unprotected_station_keeps_clear_pem_keys(home: Path) -> None:
    from desktop_app.services.common.station_key import load_or_create_key

    keys, _event = _station_with_keys(home)
    folder = home / "keys"
    assert not key_vault.is_protected(folder) and key_vault.is_unlocked(folder)
    files = key_vault.private_key_files(folder)
    assert [p.name for p in files] == sorted(p.name for p in files) and len(files) == 3
    for path in files:
        assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert not (folder / key_vault.MARKER_FILE).exists()
    again = load_or_create_key(folder)
    assert _secrets(again)[0] == _secrets(keys[0])[0]


def test_copied_folder_of_protected_station_cannot_sign(home: Path, tmp_path: Path) -> None:
    from desktop_app.bootstrap import open_home
    from desktop_app.services.certificates.signing_keys import active_key
    from desktop_app.services.common.station_key import station_key

    keys, event = _station_with_keys(home)
    secrets = [s for key in keys for s in _secrets(key)]
    assert _files_holding(home, secrets)  # the scan finds clear keys before protection
    assert key_vault.protect(home / "keys", PASSPHRASE) == 3
    close_db()  # the laptop is switched off: database closed, WAL checkpointed or not
    assert _files_holding(home, secrets) == []
    copy = tmp_path / "copied"
    shutil.copytree(home, copy)
    key_vault.forget_unlocked()  # the thief's process never saw the passphrase

    open_home(copy)
    assert _files_holding(copy, secrets) == []
    with pytest.raises(UserError) as locked:
        station_key()
    assert locked.value.code == "keys.locked"
    with pytest.raises(UserError) as locked_cert:
        active_key(event.organizer)  # must not quietly make a new key either
    assert locked_cert.value.code == "keys.locked"
    before = Checkin.select().count()
    person = first_attendees(event, 5)[4]
    with pytest.raises(UserError):
        check_in(event, person)
    assert Checkin.select().count() == before
    assert sorted(p.name for p in (copy / "keys").glob("*.pem")) == sorted(
        p.name for p in (home / "keys").glob("*.pem")
    )


def test_wrong_passphrase_is_refused_and_changes_nothing(home: Path) -> None:
    _station_with_keys(home)
    folder = home / "keys"
    key_vault.protect(folder, PASSPHRASE)
    key_vault.forget_unlocked()
    before = _digests(folder)
    for attempt in (key_vault.unlock, key_vault.unprotect, key_vault.protect):
        with pytest.raises(UserError) as wrong:
            attempt(folder, "bukan frasa sandinya")
        assert wrong.value.code == "keys.wrong_passphrase"
    assert _digests(folder) == before
    assert not key_vault.is_unlocked(folder)


def test_right_passphrase_unlocks_signing_until_the_process_ends(home: Path) -> None:
    from desktop_app.services.common.station_key import station_key
    from desktop_app.services.signing.signature_evidence import verify_chain

    keys, event = _station_with_keys(home)
    key_vault.protect(home / "keys", PASSPHRASE)
    key_vault.forget_unlocked()
    key_vault.unlock(home / "keys", PASSPHRASE)
    assert _secrets(station_key())[0] == _secrets(keys[0])[0]
    check_in(event, first_attendees(event, 4)[3])  # a new signed record
    assert verify_chain(event).ok


def test_unprotect_restores_clear_keys(home: Path) -> None:
    from desktop_app.services.common.station_key import load_or_create_key

    keys, _event = _station_with_keys(home)
    folder = home / "keys"
    key_vault.protect(folder, PASSPHRASE)
    key_vault.forget_unlocked()
    assert key_vault.unprotect(folder, PASSPHRASE) == 3
    assert not key_vault.is_protected(folder)
    key_vault.forget_unlocked()
    assert _secrets(load_or_create_key(folder))[0] == _secrets(keys[0])[0]
    assert all(
        p.read_bytes().startswith(b"-----BEGIN") for p in key_vault.private_key_files(folder)
    )
    assert list(folder.glob("*.tmp")) == [] and list(folder.glob("*.wipe")) == []


def test_new_keys_of_a_protected_station_are_sealed(home: Path) -> None:
    from desktop_app.services.certificates.signing_keys import rotate_key

    keys, event = _station_with_keys(home)
    folder = home / "keys"
    key_vault.protect(folder, PASSPHRASE)
    new = rotate_key(event.organizer)
    path = folder / f"{new.key_id}.pem"
    assert json.loads(path.read_text())["format"] == key_vault.SEALED_FORMAT
    assert _files_holding(home, _secrets(new.private_key)) == []


def test_short_passphrase_is_refused(home: Path) -> None:
    _station_with_keys(home)
    before = _digests(home / "keys")
    with pytest.raises(UserError) as short:
        key_vault.protect(home / "keys", "pendek")
    assert short.value.code == "keys.passphrase_too_short"
    assert _digests(home / "keys") == before


def test_tampered_or_hostile_sealed_files_are_refused(home: Path) -> None:
    from desktop_app.services.common.station_key import load_or_create_key

    _station_with_keys(home)
    folder = home / "keys"
    key_vault.protect(folder, PASSPHRASE)
    path = folder / "station_ed25519.pem"
    document = json.loads(path.read_text())
    cipher = bytearray(base64.b64decode(document["ciphertext"]))
    cipher[5] ^= 1
    document["ciphertext"] = base64.b64encode(bytes(cipher)).decode()
    path.write_text(json.dumps(document))
    with pytest.raises(UserError) as damaged:
        load_or_create_key(folder)
    assert damaged.value.code == "keys.sealed_unreadable"
    # A marker asking scrypt for gigabytes is refused before deriving anything.
    marker = json.loads((folder / key_vault.MARKER_FILE).read_text())
    marker["kdf"]["n"] = 2**30
    (folder / key_vault.MARKER_FILE).write_text(json.dumps(marker))
    key_vault.forget_unlocked()
    with pytest.raises(UserError) as hostile:
        key_vault.unlock(folder, PASSPHRASE)
    assert hostile.value.code == "keys.sealed_unreadable"


def test_clear_key_left_in_a_protected_folder_is_sealed_when_unlocked(home: Path) -> None:
    from desktop_app.services.common.station_key import load_or_create_key

    folder = home / "keys"
    key = load_or_create_key(folder)
    pem = (folder / "station_ed25519.pem").read_bytes()
    key_vault.protect(folder, PASSPHRASE)
    (folder / "station_ed25519.pem").write_bytes(pem)  # e.g. an interrupted protect
    assert _secrets(load_or_create_key(folder))[0] == _secrets(key)[0]
    assert _files_holding(home, _secrets(key)) == []


# --- the real command line ------------------------------------------------------------------


def _event_code(root: Path) -> str:
    listed = run_cli("events", "--json", home=root, check=True)
    return str(json.loads(listed.stdout)[0]["code"])


def _checkins(root: Path) -> int:
    import sqlite3

    with sqlite3.connect(root / "ikrar.sqlite3") as db:
        return int(db.execute("select count(*) from checkin").fetchone()[0])


def _uncheckedin(root: Path, n: int) -> list[str]:
    import sqlite3

    with sqlite3.connect(root / "ikrar.sqlite3") as db:
        rows = db.execute(
            "select code from attendee a where not exists "
            "(select 1 from checkin c where c.attendee_id = a.id) order by code limit ?",
            (n,),
        ).fetchall()
    return [r[0] for r in rows]


@pytest.mark.slow
def test_cli_protect_then_sign_only_with_the_passphrase(tmp_path: Path) -> None:
    root = tmp_path / "station"
    good, bad = tmp_path / "frasa.txt", tmp_path / "salah.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bad.write_text("frasa sandi yang keliru\n", encoding="utf-8")
    run_cli("demo", home=root, check=True)
    event = _event_code(root)
    first, second, third = _uncheckedin(root, 3)

    protected = run_cli("keys", "protect", "--passphrase-file", str(good), home=root)
    assert protected.returncode == 0, protected.stderr
    again = run_cli("keys", "protect", "--passphrase-file", str(bad), home=root)
    assert again.returncode == 1 and "salah" in again.stderr
    status = run_cli("keys", "status", home=root, check=True)
    assert "dilindungi frasa sandi" in status.stdout

    before = _checkins(root)
    locked = run_cli("checkin", event, first, home=root)  # stdin is not a terminal here
    assert locked.returncode == 1
    assert locked.stderr.strip().splitlines() == [locked.stderr.strip()]
    assert locked.stderr.startswith("ikrar: Kunci stasiun terkunci:")
    wrong = run_cli("checkin", event, first, "--passphrase-file", str(bad), home=root)
    assert wrong.returncode == 1 and "Frasa sandi kunci salah" in wrong.stderr
    assert _checkins(root) == before

    # Reading and verifying need no passphrase.
    assert run_cli("events", "--json", home=root).returncode == 0
    assert run_cli("verify-log", event, "--offline", home=root).returncode == 0

    by_option = run_cli("checkin", event, first, "--passphrase-file", str(good), home=root)
    assert by_option.returncode == 0, by_option.stderr
    by_global = run_cli("--passphrase-file", str(good), "checkin", event, second, home=root)
    assert by_global.returncode == 0, by_global.stderr
    env = {"IKRAR_PASSPHRASE_FILE": str(good)}
    by_env = _run_with_env(["checkin", event, third], root, env)
    assert by_env.returncode == 0, by_env.stderr
    assert _checkins(root) == before + 3
    assert run_cli("verify-log", event, "--offline", home=root).returncode == 0

    refused = run_cli("keys", "unprotect", "--passphrase-file", str(bad), home=root)
    assert refused.returncode == 1
    undone = run_cli("keys", "unprotect", "--passphrase-file", str(good), home=root)
    assert undone.returncode == 0, undone.stderr
    (fourth,) = _uncheckedin(root, 1)
    assert run_cli("checkin", event, fourth, home=root).returncode == 0  # as before


def _run_with_env(
    args: list[str], root: Path, extra: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "IKRAR_HOME": str(root), **extra}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )


def test_cli_protect_without_a_passphrase_source_changes_nothing(tmp_path: Path) -> None:
    root = tmp_path / "station"
    short = tmp_path / "pendek.txt"
    short.write_text("pendek\n", encoding="utf-8")
    no_source = run_cli("keys", "protect", home=root)  # no terminal, no file
    assert no_source.returncode == 1 and "Frasa sandi diperlukan" in no_source.stderr
    too_short = run_cli("keys", "protect", "--passphrase-file", str(short), home=root)
    assert too_short.returncode == 1 and "minimal 10 karakter" in too_short.stderr
    assert not (root / "keys" / key_vault.MARKER_FILE).exists()


@pytest.mark.slow
def test_hub_with_a_protected_root_needs_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from desktop_app.services.certificates.organizer_root import (
        load_or_create_root,
        station_statement,
    )
    from desktop_app.services.common.station_key import public_bytes
    from tests.sync.harness import HubProcess

    hub_home = tmp_path / "hub"
    root = load_or_create_root(hub_home / "keys")
    key_vault.protect(hub_home / "keys", PASSPHRASE)
    assert _files_holding(hub_home, _secrets(root)) == []
    monkeypatch.delenv("IKRAR_PASSPHRASE_FILE", raising=False)

    refused = run_cli("--home", str(hub_home), "hub", "--port", "0")
    assert refused.returncode == 1
    assert refused.stderr.startswith("ikrar: Kunci stasiun terkunci:")
    assert "berjalan" not in refused.stdout

    bad = tmp_path / "salah.txt"
    bad.write_text("frasa sandi yang keliru\n", encoding="utf-8")
    wrong = run_cli("--home", str(hub_home), "hub", "--passphrase-file", str(bad))
    assert wrong.returncode == 1 and "Frasa sandi kunci salah" in wrong.stderr

    good = tmp_path / "frasa.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setenv("IKRAR_PASSPHRASE_FILE", str(good))
    hub = HubProcess(hub_home).start()
    try:
        import httpx

        assert httpx.get(f"{hub.url}/api/health", timeout=5).json()["ok"] is True
        # Enrolment needs the unlocked root: the hub certifies the station key with it.
        pairing = run_cli("--home", str(hub_home), "hub", "pair", "--json", "--no-qr")
        assert pairing.returncode == 0, pairing.stderr
        code = json.loads(pairing.stdout)["code"]
        station = tmp_path / "station"
        monkeypatch.delenv("IKRAR_PASSPHRASE_FILE")
        enrolled = run_cli("enroll", hub.url, code, home=station)
        assert enrolled.returncode == 0, enrolled.stderr
        with sqlite3.connect(station / "ikrar.sqlite3") as db:
            stored = db.execute(
                "select value from setting where key = 'trust.station_certificate'"
            ).fetchone()
            station_id = db.execute("select id from station where is_local = 1").fetchone()[0]
        certificate = json.loads(stored[0])
        assert base64.b64decode(certificate["root"]) == public_bytes(root)
        station_public = key_vault.load_public_key(station / "keys" / "station_ed25519.pem")
        Ed25519PublicKey.from_public_bytes(public_bytes(root)).verify(
            base64.b64decode(certificate["sig"]), station_statement(station_id, station_public)
        )
    finally:
        hub.kill()
    assert _files_holding(hub_home, _secrets(root)) == []


def test_data_folder_protection_covers_the_window_hub_root(home: Path) -> None:
    from desktop_app.services.certificates.organizer_root import load_or_create_root

    keys, _event = _station_with_keys(home)
    window_hub_root = load_or_create_root(home / "hub" / "keys")
    secrets = [s for key in [*keys, window_hub_root] for s in _secrets(key)]
    assert key_vault.protect_data_folder(home, PASSPHRASE) == 4
    assert key_vault.is_protected(home / "hub" / "keys")
    close_db()
    assert _files_holding(home, secrets) == []
    key_vault.forget_unlocked()
    before = {**_digests(home / "keys"), **_digests(home / "hub" / "keys")}
    with pytest.raises(UserError):
        key_vault.unprotect_data_folder(home, "bukan frasa sandinya")
    assert {**_digests(home / "keys"), **_digests(home / "hub" / "keys")} == before
    key_vault.unlock_data_folder(home, PASSPHRASE)
    assert key_vault.is_unlocked(home / "hub" / "keys")
    assert key_vault.unprotect_data_folder(home, PASSPHRASE) == 4
    assert not key_vault.is_protected(home / "hub" / "keys")


def test_protect_refuses_a_foreign_key_file_and_changes_nothing(home: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec

    _station_with_keys(home)
    folder = home / "keys"
    foreign = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    (folder / "dropped-here.pem").write_bytes(foreign)
    before = _digests(folder)
    with pytest.raises(UserError) as refused:
        key_vault.protect(folder, PASSPHRASE)
    assert refused.value.code == "keys.sealed_unreadable" and "dropped-here.pem" in str(
        refused.value
    )
    assert _digests(folder) == before and not key_vault.is_protected(folder)


def test_passphrase_and_password_files_are_read_only_as_far_as_a_line(tmp_path: Path) -> None:
    # Before: the whole file was read, so a path pointed at a huge file (or /dev/zero) filled
    # the memory before anything was said.
    huge = tmp_path / "besar.bin"
    with huge.open("wb") as stream:
        stream.truncate(64 * 1024 * 1024)  # 64 MiB of zero bytes, no line end
    with pytest.raises(UserError) as refused:
        key_vault.read_passphrase_file(huge)
    assert refused.value.params["reason"] == "> 4096 B"
    not_text = tmp_path / "biner.bin"
    not_text.write_bytes(b"\xff\xfe\x00rahasia\n")
    with pytest.raises(UserError):
        key_vault.read_passphrase_file(not_text)
    good = tmp_path / "sandi.txt"
    good.write_bytes(b"frasa sandi panjang\r\nbaris lain\n" + b"x" * 100_000)
    assert key_vault.read_passphrase_file(good) == "frasa sandi panjang"
    assert key_vault.read_secret_line(good) == "frasa sandi panjang"
    # The bundle commands read their password file the same way: one clear line, exit 1.
    made = run_cli(
        "bundle",
        "export",
        "TIDAKADA",
        "--out",
        str(tmp_path / "b.ikrar"),
        "--password-file",
        str(huge),
        home=tmp_path / "home",
    )
    assert made.returncode == 1 and "tidak dapat dibaca" in made.stderr, made.stderr
    assert "Traceback" not in made.stderr


def _make_key_in(folder: str, start_at: float = 0.0) -> bytes:
    import time

    from desktop_app.services.common.station_key import load_or_create_key, public_bytes

    time.sleep(max(0.0, start_at - time.time()))  # every process imported: start together
    return public_bytes(load_or_create_key(Path(folder), "organizer_root.pem"))


def test_processes_creating_one_key_together_all_get_the_same_key(tmp_path: Path) -> None:
    # Hub workers (`ikrar hub --workers N`) start side by side on a folder with no root yet:
    # one of them makes it, the others must load that one, never a second key of their own.
    import multiprocessing

    keys = tmp_path / "keys"
    keys.mkdir()
    import time

    with multiprocessing.get_context("spawn").Pool(8) as pool:
        start_at = time.time() + 8.0
        made = pool.starmap(_make_key_in, [(str(keys), start_at)] * 8)
    on_disk = _make_key_in(str(keys))
    assert set(made) == {on_disk}
    assert sorted(p.name for p in keys.iterdir()) == ["organizer_root.pem"]  # no temporaries
