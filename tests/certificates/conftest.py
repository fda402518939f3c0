"""Certificate tests start from a plain event: the demo's people, none of its activity."""

from __future__ import annotations

import pytest

from desktop_app.models import Event


@pytest.fixture
def cert_event(demo_event: Event) -> Event:
    """The event each certificate test marks present and signed itself (``factories.attend``)."""
    return demo_event
