"""A self-signed certificate for a hub that listens beyond loopback (stations pin it)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.sync.pinning import fingerprint_of_pem

CERT_FILE = "hub-tls.crt"
KEY_FILE = "hub-tls.key"


def is_loopback(host: str) -> bool:
    if host in {"localhost", ""}:
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _alt_names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
    ]
    hostname = socket.gethostname()
    if hostname:
        names.append(x509.DNSName(hostname))
    try:
        names.append(x509.IPAddress(ipaddress.ip_address(host)))
    except ValueError:
        if host and host != hostname:
            names.append(x509.DNSName(host))
    return list(dict.fromkeys(names))


def ensure_certificate(keys_dir: Path, host: str) -> tuple[Path, Path, str]:
    """(cert path, key path, SHA-256 fingerprint); created on first use, kept afterwards
    so paired stations stay paired across restarts."""
    cert_path, key_path = keys_dir / CERT_FILE, keys_dir / KEY_FILE
    if not (cert_path.exists() and key_path.exists()):
        keys_dir.mkdir(parents=True, exist_ok=True)
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name(
            [
                x509.NameAttribute(NameOID.COMMON_NAME, "Ikrar Hub"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ikrar"),
            ]
        )
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName(_alt_names(host)), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_path, key_path, fingerprint_of_pem(cert_path.read_text("ascii"))


def existing_fingerprint(keys_dir: Path) -> str:
    cert_path = keys_dir / CERT_FILE
    return fingerprint_of_pem(cert_path.read_text("ascii")) if cert_path.exists() else ""
