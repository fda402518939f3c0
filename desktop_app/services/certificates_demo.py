"""Demo activity: certificates for demo attendees who are present (and signed, if required).

It must run after the check-in and signature demo activity of the other services, so
``demo.py`` imports this module last; with no present/signed rows it issues nothing.
"""

from __future__ import annotations

import random

from desktop_app.models import Event

from .certificates import issue_missing
from .demo import DEMO_ACTIVITY


def issue_demo_certificates(event: Event, rng: random.Random) -> None:
    """Issue certificates for every eligible demo attendee (uses this station's key)."""
    del rng  # deterministic: eligibility alone decides
    issue_missing(event, operator="demo")


DEMO_ACTIVITY.append(issue_demo_certificates)
