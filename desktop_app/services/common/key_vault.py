"""Private keys at rest: the one place that writes and reads every private key file.

Every Ed25519 private key of a data folder (station key, certificate keys, organizer root)
is a file in its ``keys/`` folder. By default a key file is a clear PKCS#8 PEM, as before.
When the operator turns protection on (``ikrar keys protect`` or the window), a marker
``keys/protection.json`` holds the scrypt parameters, a salt and a check value, and every
key file is rewritten *sealed*: the PKCS#8 bytes encrypted with AES-256-GCM under a key
derived from the passphrase (the file name is authenticated too, so sealed files cannot be
swapped). Whoever copies the folder of a switched-off laptop then holds only ciphertext.

A protected folder is unlocked once per process (``unlock``): the derived key stays in
memory until the process ends, and keys sealed or loaded meanwhile use it. Front ends that
can ask for the passphrase when a key is first needed register a ``PassphraseSource``
(the CLI: a file or a prompt); otherwise a locked folder raises ``keys.locked``.

cryptography is imported inside the functions: the window's first paint does not need it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.services.common.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MARKER_FILE = "protection.json"
MARKER_FORMAT = "ikrar-key-protection"
SEALED_FORMAT = "ikrar-sealed-private-key"
FORMAT_VERSION = 1
KEY_SUFFIX = ".pem"
MIN_PASSPHRASE_LENGTH = 10
# scrypt at 64 MiB: ~0.2-0.3 s on a 2-core laptop (benchmarks/key_vault.py prints it).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
# Hostile files may not make a load derive for minutes or allocate gigabytes.
MAX_SCRYPT_N, MAX_SCRYPT_R, MAX_SCRYPT_P = 2**18, 8, 2  # at most 256 MiB, a few seconds
MAX_FILE_BYTES = 64 * 1024
CHECK_PLAINTEXT = b"ikrar key protection check v1"

PassphraseSource = Callable[[Path], str | None]

_unlocked: dict[Path, bytes] = {}  # resolved keys folder -> derived AES key
_lock = threading.RLock()
_source: PassphraseSource | None = None


def _locked_error() -> UserError:
    return UserError(
        "keys.locked",
        QT_TRANSLATE_NOOP(
            "ServiceMessages",
            "Kunci stasiun terkunci: buka dengan frasa sandinya (--passphrase-file BERKAS, "
            "IKRAR_PASSPHRASE_FILE=BERKAS, atau di jendela Ikrar).",
        ),
    )


def _wrong_passphrase() -> UserError:
    return UserError(
        "keys.wrong_passphrase",
        QT_TRANSLATE_NOOP("ServiceMessages", "Frasa sandi kunci salah; tidak ada yang diubah."),
        field="passphrase",
    )


def _damaged(path: Path) -> UserError:
    return UserError(
        "keys.sealed_unreadable",
        QT_TRANSLATE_NOOP(
            "ServiceMessages", "Berkas kunci '{path}' rusak atau formatnya tidak dikenal."
        ),
        path=str(path),
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, path: Path) -> bytes:
    if not isinstance(value, str):
        raise _damaged(path)
    try:
        return base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise _damaged(path) from exc


def _folder_id(folder: Path) -> Path:
    return folder.resolve()


def set_passphrase_source(source: PassphraseSource | None) -> None:
    """Who answers when a locked folder's key is needed (``None``: nobody, raise locked)."""
    global _source
    _source = source


def is_protected(folder: Path) -> bool:
    """Whether this keys folder keeps its private keys sealed under a passphrase."""
    return (folder / MARKER_FILE).exists()


def is_unlocked(folder: Path) -> bool:
    """Whether keys of this folder can be used now (always true when it is not protected)."""
    return not is_protected(folder) or _folder_id(folder) in _unlocked


def forget_unlocked() -> None:
    """Drop every derived key (tests; a real process simply ends)."""
    with _lock:
        _unlocked.clear()


SECRET_LINE_LIMIT = 4096  # bytes: a passphrase or password line, with room to spare


def read_secret_line(path: Path, limit: int = SECRET_LINE_LIMIT) -> str:
    """The first line of a passphrase or password file, reading no more than ``limit`` + 1
    bytes: a path pointed at a huge file or a device must not fill the memory. Raises
    ``OSError``, ``UnicodeDecodeError`` or ``ValueError`` (a first line over the limit)."""
    with path.expanduser().open("rb") as stream:
        head = stream.read(limit + 1)
    line = head.split(b"\n", 1)[0]
    if len(line) > limit:
        raise ValueError(f"> {limit} B")
    return line.decode("utf-8").rstrip("\r")


def unreadable_reason(exc: Exception) -> str:
    """A short, language-neutral reason for :func:`read_secret_line`'s errors."""
    if isinstance(exc, UnicodeDecodeError):
        return "UTF-8"
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc)


def read_passphrase_file(path: Path) -> str:
    """The first line of the file ``path`` (without its line end)."""
    try:
        return read_secret_line(path)
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise UserError(
            "keys.passphrase_file_unreadable",
            QT_TRANSLATE_NOOP(
                "ServiceMessages", "Berkas frasa sandi '{path}' tidak dapat dibaca ({reason})."
            ),
            path=str(path.expanduser()),
            reason=unreadable_reason(exc),
        ) from exc


def require_unlocked(folder: Path) -> None:
    """Unlock a protected folder now (asking the passphrase source); raise if it cannot be."""
    if is_protected(folder):
        _derived_key(folder)


# --- the marker ---------------------------------------------------------------------------


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _damaged(path) from exc
    if len(data) > MAX_FILE_BYTES:
        raise _damaged(path)
    try:
        parsed = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _damaged(path) from exc
    if not isinstance(parsed, dict):
        raise _damaged(path)
    return parsed


def _kdf_params(section: Any, path: Path) -> tuple[bytes, int, int, int]:
    if not isinstance(section, dict) or section.get("name") != "scrypt":
        raise _damaged(path)
    n, r, p = section.get("n"), section.get("r"), section.get("p")
    valid = (
        isinstance(n, int)
        and isinstance(r, int)
        and isinstance(p, int)
        and 2 <= n <= MAX_SCRYPT_N
        and n & (n - 1) == 0
        and 1 <= r <= MAX_SCRYPT_R
        and 1 <= p <= MAX_SCRYPT_P
    )
    salt = _unb64(section.get("salt"), path)
    if not valid or len(salt) < 16:
        raise _damaged(path)
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    return salt, n, r, p


def _kdf_section(salt: bytes, n: int, r: int, p: int) -> dict[str, Any]:
    return {"name": "scrypt", "n": n, "r": r, "p": p, "salt": _b64(salt)}


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(kind: str, name: str) -> bytes:
    return f"{kind}/{FORMAT_VERSION}/{name}".encode()


def _seal(key: bytes, plaintext: bytes, kind: str, name: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return {
        "nonce": _b64(nonce),
        "ciphertext": _b64(AESGCM(key).encrypt(nonce, plaintext, _aad(kind, name))),
    }


def _open(key: bytes, box: Any, kind: str, name: str, path: Path) -> bytes | None:
    """The plaintext, or None when the key is wrong (or the box was tampered with)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(box, dict):
        raise _damaged(path)
    nonce, ciphertext = _unb64(box.get("nonce"), path), _unb64(box.get("ciphertext"), path)
    if len(nonce) != 12:
        raise _damaged(path)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, _aad(kind, name))
    except InvalidTag:
        return None


def _marker(folder: Path) -> tuple[dict[str, Any], tuple[bytes, int, int, int]]:
    path = folder / MARKER_FILE
    data = _read_json(path)
    if data.get("format") != MARKER_FORMAT or data.get("version") != FORMAT_VERSION:
        raise _damaged(path)
    return data, _kdf_params(data.get("kdf"), path)


def _check_passphrase(folder: Path, passphrase: str) -> bytes:
    """The derived key when ``passphrase`` opens this folder's marker; else wrong passphrase."""
    data, params = _marker(folder)
    key = _derive(passphrase, *params)
    if _open(key, data.get("check"), MARKER_FORMAT, MARKER_FILE, folder / MARKER_FILE) is None:
        raise _wrong_passphrase()
    return key


def unlock(folder: Path, passphrase: str) -> None:
    """Keep this protected folder's keys usable until the process ends (wrong: UserError)."""
    if not is_protected(folder):
        return
    key = _check_passphrase(folder, passphrase)
    with _lock:
        _unlocked[_folder_id(folder)] = key


def _derived_key(folder: Path) -> bytes:
    """The folder's key: unlocked before, or asked of the passphrase source now."""
    with _lock:
        key = _unlocked.get(_folder_id(folder))
        if key is not None:
            return key
        passphrase = _source(folder) if _source is not None else None
        if passphrase is None:
            raise _locked_error()
        unlock(folder, passphrase)
        return _unlocked[_folder_id(folder)]


# --- key files ----------------------------------------------------------------------------


def _pkcs8(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _clear_pem(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _sealed_file(folder_key: bytes, folder: Path, name: str, key: Ed25519PrivateKey) -> bytes:
    _, (salt, n, r, p) = _marker(folder)
    public = _b64(_public_raw(key))
    document = {
        "format": SEALED_FORMAT,
        "version": FORMAT_VERSION,
        "kdf": _kdf_section(salt, n, r, p),
        "cipher": "AES-256-GCM",
        # In clear so a locked station still verifies its own chain; bound by the AEAD.
        "public_key": public,
        **_seal(folder_key, _pkcs8(key), SEALED_FORMAT, f"{name}\n{public}"),
    }
    return (json.dumps(document, indent=1) + "\n").encode("ascii")


def _public_raw(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_public_key(path: Path) -> bytes:
    """The raw public key of the private key in ``path``, without unlocking anything."""
    data = _read_key_file(path)
    if not _is_sealed(data):
        return _public_raw(_from_pkcs8(data, True, path))
    raw = _unb64(_read_json(path).get("public_key"), path)
    if len(raw) != 32:
        raise _damaged(path)
    return raw


def _is_sealed(data: bytes) -> bool:
    return data.lstrip().startswith(b"{")


def _read_key_file(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _damaged(path)
    return data


def _from_pkcs8(data: bytes, pem: bool, path: Path) -> Ed25519PrivateKey:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        loader = serialization.load_pem_private_key if pem else serialization.load_der_private_key
        key = loader(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise ValueError(f"{path} is not a readable private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 key")
    return key


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 key in ``path``, clear or sealed.

    Raises ``OSError`` when the file cannot be read, ``ValueError`` when it is no Ed25519
    key, ``UserError`` (``keys.locked`` / ``keys.wrong_passphrase`` / damaged) for a sealed
    file that cannot be opened. A clear key found in an unlocked protected folder (written
    by an older version, or left by an interrupted ``protect``) is sealed on the spot.
    """
    folder = path.parent
    data = _read_key_file(path)
    if not _is_sealed(data):
        key = _from_pkcs8(data, True, path)
        if is_protected(folder) and _folder_id(folder) in _unlocked:
            store_private_key(path, key)
        return key
    document = _read_json(path)
    if document.get("format") != SEALED_FORMAT or document.get("version") != FORMAT_VERSION:
        raise _damaged(path)
    if not is_protected(folder):
        raise _damaged(path)  # sealed but no marker: the salt and check value are gone
    _, params = _marker(folder)
    if _kdf_params(document.get("kdf"), path) != params:
        raise _damaged(path)
    bound = f"{path.name}\n{document.get('public_key')}"
    plaintext = _open(_derived_key(folder), document, SEALED_FORMAT, bound, path)
    if plaintext is None:
        raise _damaged(path)  # the folder's passphrase opened the marker, not this file
    return _from_pkcs8(plaintext, False, path)


def store_private_key(path: Path, key: Ed25519PrivateKey, *, new: bool = False) -> None:
    """Write ``key`` to ``path``: sealed when the folder is protected, else clear PEM.

    The file is written under a temporary name (owner-only from the start on POSIX; on
    Windows the per-user data folder's ACL protects it) and renamed into place, so a crash
    leaves the old file or the new one. ``new``: refuse to replace an existing file, also
    against another process creating it at the same moment (``FileExistsError``).
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if new and path.exists():
        raise FileExistsError(path)
    if is_protected(folder):
        content = _sealed_file(_derived_key(folder), folder, path.name, key)
    else:
        content = _clear_pem(key)
    if new:
        _create_file(path, content)
    else:
        _replace_file(path, content)


def _written_temporary(path: Path, content: bytes) -> Path:
    # A name of its own per writer: two processes writing the same key file (hub workers
    # starting together) must not write into one temporary file.
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(name)


def _create_file(path: Path, content: bytes) -> None:
    """Put ``content`` at ``path`` complete or not at all, only if nothing is there yet."""
    tmp = _written_temporary(path, content)
    try:
        try:
            os.link(tmp, path)  # atomic, and fails when another writer got there first
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT stick): check, then rename
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _replace_file(path: Path, content: bytes) -> None:
    tmp = _written_temporary(path, content)
    wipe = path.with_name(path.name + ".wipe")
    linked = False
    if path.exists():
        with contextlib.suppress(OSError):  # no hard links (FAT USB stick): rename only
            wipe.unlink(missing_ok=True)
            os.link(path, wipe)
            linked = True
    os.replace(tmp, path)
    if linked:
        _wipe(wipe)
    _sync_folder(path.parent)


def _wipe(path: Path) -> None:
    """Overwrite the replaced version's bytes before unlinking it (best effort: SSDs and
    copy-on-write file systems may keep old blocks; docs/security.md says so)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory to fsync it; NTFS journals the rename
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def private_key_files(folder: Path) -> list[Path]:
    """The private key files of a keys folder (clear PEM or sealed), sorted by name."""
    found = []
    for path in sorted(folder.glob(f"*{KEY_SUFFIX}")):
        try:
            head = _read_key_file(path)
        except OSError:
            continue
        if _is_sealed(head) or b"PRIVATE KEY-----" in head:
            found.append(path)
    return found


def _leftover_wipes(folder: Path) -> None:
    for stale in folder.glob(f"*{KEY_SUFFIX}.wipe"):
        _wipe(stale)  # a crash between rename and wipe left an old copy behind


# --- turning protection on and off --------------------------------------------------------


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(
            "keys.passphrase_too_short",
            QT_TRANSLATE_NOOP("ServiceMessages", "Frasa sandi kunci minimal {minimum} karakter."),
            field="passphrase",
            minimum=MIN_PASSPHRASE_LENGTH,
        )


def protect(folder: Path, passphrase: str) -> int:
    """Seal every private key of ``folder`` under ``passphrase``; returns how many files.

    Run again after an interruption with the same passphrase, it seals what is still clear.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if is_protected(folder):
        unlock(folder, passphrase)  # the same passphrase finishes an interrupted protect
    else:
        check_new_passphrase(passphrase)
        salt = os.urandom(16)
        key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        marker = {
            "format": MARKER_FORMAT,
            "version": FORMAT_VERSION,
            "kdf": _kdf_section(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P),
            "check": _seal(key, CHECK_PLAINTEXT, MARKER_FORMAT, MARKER_FILE),
        }
        # Read every clear key before the marker exists, so a broken file stops us early.
        clear = {}
        for path in private_key_files(folder):
            try:
                clear[path] = load_private_key(path)
            except (OSError, ValueError) as exc:
                raise _damaged(path) from exc
        _replace_file(folder / MARKER_FILE, (json.dumps(marker, indent=1) + "\n").encode())
        with _lock:
            _unlocked[_folder_id(folder)] = key
        for path, private in clear.items():
            store_private_key(path, private)
    sealed = 0
    for path in private_key_files(folder):
        load_private_key(path)  # seals a clear one; proves a sealed one opens
        sealed += 1
    _leftover_wipes(folder)
    return sealed


def unprotect(folder: Path, passphrase: str) -> int:
    """Write every key of ``folder`` back in clear and drop the marker; returns how many."""
    if not is_protected(folder):
        return 0
    unlock(folder, passphrase)
    keys = {path: load_private_key(path) for path in private_key_files(folder)}
    for path, key in keys.items():
        _replace_file(path, _clear_pem(key))
    (folder / MARKER_FILE).unlink()  # last: until here a rerun can still open every file
    _sync_folder(folder)
    return len(keys)


# --- a whole data folder ------------------------------------------------------------------

WINDOW_HUB_FOLDER = "hub"  # the hub "Jadikan laptop ini hub" runs keeps its data here


def data_folder_keys(root: Path) -> list[Path]:
    """The keys folders inside one data folder: the station's, and the window hub's if any.

    The window hub's organizer root lives inside the station's data folder, so a copy of
    that folder would carry it: protecting the station protects it too.
    """
    hub_keys = root / WINDOW_HUB_FOLDER / "keys"
    return [root / "keys"] + ([hub_keys] if hub_keys.is_dir() else [])


def protect_data_folder(root: Path, passphrase: str) -> int:
    """``protect`` every keys folder of the data folder ``root``; returns how many files."""
    check_new_passphrase(passphrase)
    return sum(protect(folder, passphrase) for folder in data_folder_keys(root))


def unprotect_data_folder(root: Path, passphrase: str) -> int:
    """``unprotect`` every keys folder of ``root``, checking the passphrase everywhere first."""
    folders = [f for f in data_folder_keys(root) if is_protected(f)]
    for folder in folders:
        _check_passphrase(folder, passphrase)  # nothing changes unless every one opens
    return sum(unprotect(folder, passphrase) for folder in folders)


def unlock_data_folder(root: Path, passphrase: str) -> None:
    """``unlock`` the station's keys (and the window hub's, when protected alike)."""
    unlock(root / "keys", passphrase)
    for folder in data_folder_keys(root)[1:]:
        with contextlib.suppress(UserError):  # another passphrase there: the hub asks later
            unlock(folder, passphrase)
