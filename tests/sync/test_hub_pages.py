"""The hub's web pages: events overview and certificate verification (injected verifier)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from desktop_app.hub.app import create_app


@dataclass
class FakeResult:
    ok: bool
    code: str
    message: str
    claims: dict[str, Any] = field(default_factory=dict)


def fake_verifier(token: str) -> FakeResult:
    token = token.upper()
    if token == "GOOD":
        return FakeResult(
            True,
            "valid",
            "Sertifikat sah.",
            {
                "number": "001/SERT/BAWASLU-KPG/IX/2024",
                "event_code": "KPG924",
                "holder": "Drs. Yohanes Tefa",
                "role": "NARASUMBER",
                "date": "2024-09-27",
                "key_id": "AB12CD34",
            },
        )
    if token == "REVOKED":
        return FakeResult(
            False,
            "revoked",
            "Sertifikat telah dicabut.",
            {"number": "002/SERT/BAWASLU-KPG/IX/2024", "holder": "Maria Bria"},
        )
    return FakeResult(
        False, "bad_signature", "Tanda tangan kode tidak sah.", {"holder": "Pemalsu <script>"}
    )


@pytest.fixture
def client(tmp_path: Path):  # type: ignore[no-untyped-def]
    from desktop_app.models import close_db

    app = create_app(tmp_path / "hub", verifier=fake_verifier)
    with TestClient(app) as test_client:
        yield test_client
    close_db()


@pytest.mark.parametrize("prefix", ["/V/", "/v/"])
def test_valid_token_shows_only_its_claims(client: TestClient, prefix: str) -> None:
    page = client.get(f"{prefix}good")
    assert page.status_code == 200
    assert "SAH" in page.text and "001/SERT/BAWASLU-KPG/IX/2024" in page.text
    assert "Drs. Yohanes Tefa" in page.text and "Nomor sertifikat" in page.text
    assert "Narasumber" in page.text and "27 September 2024" in page.text
    assert "KPG924" in page.text and "AB12CD34" in page.text
    assert "<script" not in page.text.lower()


def test_revoked_and_invalid_tokens(client: TestClient) -> None:
    revoked = client.get("/V/REVOKED")
    assert "DICABUT" in revoked.text and "Maria Bria" in revoked.text
    forged = client.get("/V/forged")
    assert "TIDAK SAH" in forged.text
    assert "Pemalsu" not in forged.text  # claims of an invalid token are never shown


def test_index_lists_events_with_counts_per_station(client: TestClient) -> None:
    from desktop_app.models import Attendee, local_station
    from desktop_app.models.sync_state import HubStation
    from desktop_app.services.demo.demo_event import create_demo_event

    event = create_demo_event(attendees=12, seed=2)
    HubStation.create(id=local_station().id, name="Meja Depan", public_key=b"k" * 32)
    page = client.get("/")
    assert page.status_code == 200
    assert event.title in page.text and "Meja Depan" in page.text
    assert Attendee.select().count() == 12 and "<td class=n>12</td>" in page.text
    assert client.get("/api/health").json()["ok"] is True
