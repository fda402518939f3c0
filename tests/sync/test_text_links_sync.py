"""Declaration text versions travel as links of their station's signed chain: a peer
accepts them through the real hub, verifies them, and an edit made at another desk is a
link of that desk's chain (texts are organizer data any trusted station may edit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.factories import attend, plain_event
from tests.sync.harness import HubProcess, Station

NEW_BODY = (
    "Saya, {nama}, menyatakan tetap netral dalam penyelenggaraan pemilihan umum dan tidak "
    "memihak peserta mana pun.\n"
)


@pytest.fixture
def hub(tmp_path: Path):  # type: ignore[no-untyped-def]
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.kill()


def text_link_authors(station: Station, text_id: str) -> list[str]:
    from desktop_app.models import EvidenceLink

    with station.active():
        query = EvidenceLink.select(EvidenceLink.station_id).where(
            (EvidenceLink.kind == "text") & (EvidenceLink.record_id == text_id)
        )
        return sorted(str(link.station_id) for link in query)


def test_text_links_sync_and_verify_on_every_station(tmp_path: Path, hub: HubProcess) -> None:
    from desktop_app.models import local_station
    from desktop_app.services.signing.declarations import current_text, edit_text

    a, b = (Station(tmp_path / n, f"Meja {n}") for n in ("a", "b"))
    a.enroll(hub)
    b.enroll(hub)
    with a.active():
        event = plain_event(attendees=6)
        attend(event, 2)
        code, a_id = event.code, local_station().id
        umum_id = current_text(event, "UMUM").id
    a.sync()
    b.sync()
    assert text_link_authors(b, umum_id) == [a_id]
    # B edits A's unsigned text (shared organizer data): the edit is a link of B's chain.
    with b.active():
        from desktop_app.models import Event

        edited = edit_text(Event.get(Event.code == code), "UMUM", "Pernyataan Umum", NEW_BODY)
        assert edited.id == umum_id
        b_id = local_station().id
    b.sync()
    a.sync()
    assert text_link_authors(a, umum_id) == sorted([a_id, b_id])
    with a.active():
        from desktop_app.models import Event

        assert current_text(Event.get(Event.code == code), "UMUM").body == NEW_BODY
    for home in (a.root, b.root, hub.home):
        result = run_cli("verify-log", code, "--offline", home=home)
        assert result.returncode == 0, (home, result.stderr)
        assert "versi naskah tanpa tanda tangan" not in result.stdout
