"""A certificate QR opened against the hub: valid after sync, revoked after a synced revocation."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.factories import add_attendee, certify, check_in, sign
from tests.sync.harness import HubProcess, Station


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def _flip(token: str) -> str:
    """The same token with one Base32 character changed."""
    i = len(token) // 2
    return token[:i] + ("A" if token[i] != "A" else "B") + token[i + 1 :]


@pytest.mark.slow
def test_certificate_url_verifies_on_the_hub_and_revocation_syncs(
    tmp_path: Path, hub: HubProcess
) -> None:
    from desktop_app.services.certificates.issuing import revoke
    from desktop_app.services.demo.demo_event import create_demo_event
    from desktop_app.services.events.event_store import get_event

    station = Station(tmp_path / "a", "Meja A")
    station.enroll(hub)
    with station.active() as home:
        event = create_demo_event(attendees=0, seed=5)
        code = event.code
        attendee = add_attendee(
            event,
            "Dra. Maria Bria, M.Si.",
            "HUBTEST1",
            category="ASN",
            institution="Dinas Kesehatan",
        )
        check_in(event, attendee)
        sign(event, attendee)
        (certificate,) = certify(get_event(code), keys_folder=home.keys)
        token, number = certificate.token, certificate.number
    station.sync()

    # The QR holds an uppercase URL; the hub answers it in any letter case.
    for path in (f"/V/{token}", f"/v/{token.lower()}"):
        page = httpx.get(hub.url + path, timeout=10)
        assert page.status_code == 200
        assert "SAH" in page.text and "TIDAK SAH" not in page.text
        assert number in page.text and "Maria Bria" in page.text

    forged = httpx.get(f"{hub.url}/V/{_flip(token)}", timeout=10)
    assert "TIDAK SAH" in forged.text and number not in forged.text

    with station.active():
        revoke(number, reason="Nama salah ketik")
    station.sync()
    revoked = httpx.get(f"{hub.url}/V/{token}", timeout=10)
    assert "DICABUT" in revoked.text
