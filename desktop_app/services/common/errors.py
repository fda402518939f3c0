"""Errors a user can act on. Their message is Indonesian and shown as is (CLI: exit 1)."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a request that cannot be done; the message says what to do."""


class NotFoundError(UserError):
    """Something named by the user does not exist."""
