"""HTTPS with a pinned self-signed certificate: pin logic and a real TLS hub."""

from __future__ import annotations

import shutil
import ssl
from pathlib import Path

import httpx
import pytest

from desktop_app.hub.tls import ensure_certificate, is_loopback
from desktop_app.sync.pinning import (
    PinningError,
    check_pin,
    fingerprint_of_pem,
    fingerprints_match,
    pinned_context,
)
from tests.sync.harness import HubProcess, Station


def test_certificate_is_created_once_and_fingerprint_is_stable(tmp_path: Path) -> None:
    cert, key, fp = ensure_certificate(tmp_path, "192.168.1.10")
    assert cert.exists() and key.exists() and (key.stat().st_mode & 0o077) == 0
    assert ensure_certificate(tmp_path, "192.168.1.10")[2] == fp
    assert fingerprints_match(fp, fp.replace(":", "").lower())
    assert check_pin(cert.read_text(), fp) == fp
    assert check_pin(cert.read_text(), "") == fp  # trust on first use returns what to show
    _, _, other_fp = ensure_certificate(tmp_path / "other", "192.168.1.10")
    with pytest.raises(PinningError, match="tidak sama"):
        check_pin(cert.read_text(), other_fp)
    context = pinned_context(cert.read_text())
    assert context.verify_mode == ssl.CERT_REQUIRED and not context.check_hostname


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


@pytest.mark.slow
def test_tls_hub_is_pinned_and_a_swapped_certificate_is_refused(tmp_path: Path) -> None:
    from desktop_app.sync.client import SyncError, enroll

    hub = HubProcess(tmp_path / "hub", tls=True).start()
    try:
        pem = (hub.home / "keys" / "hub-tls.crt").read_text()
        fp = fingerprint_of_pem(pem)
        station = Station(tmp_path / "a", "Meja A")
        with station.active() as home, pytest.raises(SyncError, match="tidak sama"):
            enroll(home, hub.url, hub.pair_code(), fingerprint="AB" * 32)
        with station.active() as home:
            result = enroll(home, hub.url, hub.pair_code(), fingerprint=fp)
        assert result["fingerprint"] == fp
        station.sync()
        # Plain verification (system CAs) refuses the self-signed hub: only the pin works.
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{hub.url}/api/health")
        # Someone replaces the hub (new certificate on the same address): refused.
        hub.kill()
        shutil.rmtree(hub.home / "keys")
        hub.start()
        assert fingerprint_of_pem((hub.home / "keys" / "hub-tls.crt").read_text()) != fp
        with pytest.raises(SyncError, match="berbeda"):
            station.sync()
    finally:
        hub.kill()
