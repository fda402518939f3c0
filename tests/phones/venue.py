"""A venue for phone tests: a real hub process, one desk enrolled with it, an event whose
first attendees are checked in and synced, and one-time links made by that desk."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.sync.harness import HubProcess, Station

PAGE_DATA = re.compile(r'<script type="application/json" id="page-data">(.*?)</script>', re.S)


@dataclass
class Venue:
    hub: HubProcess
    desk: Station
    event_id: str
    attendee_ids: list[str]

    def link(self, index: int = 0, **options: Any) -> str:
        """A one-time link the desk makes for attendee ``index`` (``options``: minutes, now)."""
        from desktop_app.models import Attendee, Event
        from desktop_app.services.signing.declarations import current_text, declaration_key_for
        from desktop_app.sync.phone_links import make_phone_link

        with self.desk.active() as home:
            event = Event.get_by_id(self.event_id)
            attendee = Attendee.get_by_id(self.attendee_ids[index])
            text = current_text(event, declaration_key_for(attendee))
            url, _ = make_phone_link(home, event, attendee, text, hub_url=self.hub.url, **options)
        return url

    def hub_signatures(self) -> list[tuple[str, str, str]]:
        """(attendee id, method, user agent) of every signature in the hub's database."""
        with sqlite3.connect(f"file:{self.hub.home / 'ikrar.sqlite3'}?mode=ro", uri=True) as db:
            return list(db.execute("SELECT attendee_id, method, user_agent FROM signature"))


def open_venue(root: Path, present: int = 3) -> Venue:
    from desktop_app.models import Attendee
    from tests.factories import check_in_first, plain_event

    hub = HubProcess(root / "hub").start()
    desk = Station(root / "desk", "Meja 1")
    desk.enroll(hub)
    with desk.active():
        event = plain_event(attendees=12)
        people: list[Attendee] = check_in_first(event, present)
        ids = [str(person.id) for person in people]
        event_id = str(event.id)
    desk.sync()
    return Venue(hub, desk, event_id, ids)


def page_data(html: str) -> dict[str, Any]:
    found = PAGE_DATA.search(html)
    assert found is not None, html[:500]
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def finger_strokes(seed: int = 1, width: float = 360.0, height: float = 220.0) -> dict[str, Any]:
    """A handwritten-looking signature as the phone page sends it."""
    from desktop_app.services.demo.handwriting import synthetic_signature

    strokes = synthetic_signature(random.Random(seed))
    sx, sy = width / strokes.width, height / strokes.height
    return {
        "w": width,
        "h": height,
        "strokes": [
            [[round(x * sx, 1), round(y * sy, 1), t, round(p, 3)] for x, y, t, p in stroke]
            for stroke in strokes.strokes
        ],
    }


def submit_form(data: dict[str, Any], strokes: dict[str, Any], **changes: Any) -> dict[str, Any]:
    form = {
        "consent": True,
        "text_id": data["text_id"],
        "text_sha256": data["text_sha256"],
        "shown_at": data["shown_at"],
        "strokes": strokes,
    }
    return form | changes


def minutes_ago(minutes: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes)
