"""The audit trail: one call records who did what to which record."""

from __future__ import annotations

import json
from typing import Any

from desktop_app.models import AuditLog


def log_action(
    action: str,
    entity: str = "",
    entity_id: str = "",
    operator: str = "",
    **details: Any,
) -> AuditLog:
    """Append an audit record (inside the caller's transaction when there is one)."""
    return AuditLog.create(
        action=action,
        entity=entity,
        entity_id=entity_id,
        operator=operator,
        details=json.dumps(details, ensure_ascii=False, default=str, sort_keys=True),
    )
