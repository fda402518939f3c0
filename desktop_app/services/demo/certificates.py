"""Demo activity: certificates for demo attendees who are present (and signed, if required).

It runs after the demo check-ins and signatures (``demo.demo_activity`` lists the order);
with no present/signed rows it issues nothing.
"""

from __future__ import annotations

import random

from desktop_app.models import Event
from desktop_app.services.certificates.issuing import issue_missing


def issue_demo_certificates(event: Event, rng: random.Random) -> None:
    """Issue certificates for every eligible demo attendee (uses this station's key)."""
    del rng  # deterministic: eligibility alone decides
    issue_missing(event, operator="demo")
