"""Short random codes people read aloud and retype: events, attendees, pairing."""

from __future__ import annotations

import secrets

# Crockford-style alphabet: no I, L, O, U, so codes survive being read aloud and retyped.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def random_code(length: int) -> str:
    """A random code from an unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
