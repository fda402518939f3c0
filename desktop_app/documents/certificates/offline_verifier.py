"""``ikrar verifier --out FILE.html``: one HTML file that verifies certificates with no server.

The file carries everything it needs: the organizer's public keys (exactly the set
``signing_keys.known_public_keys()`` trusts, so whatever that module decides is trusted is
what the file trusts), the revocation list as of export, the page's script and a vendored
QR decoder (jsQR, Apache-2.0, its licence shown in the page). A Content-Security-Policy in
the file forbids every request, so it works from a USB stick, as an e-mail attachment or
from any static web host, and cannot leak what it checks.
"""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.models import Event
from desktop_app.models.categories import Role
from desktop_app.resources import resource_path
from desktop_app.services.certificates.revocations import (
    revocation_list_as_of,
    revocations_for_export,
)
from desktop_app.services.certificates.signing_keys import known_public_keys
from desktop_app.services.common.errors import file_write_error
from desktop_app.services.common.query_rows import rows_of

JSQR_VERSION = "1.4.0"
ROLE_ENGLISH = {"PESERTA": "Participant", "NARASUMBER": "Speaker", "PANITIA": "Committee"}
_PLACEHOLDER = re.compile(r"\{(version|jsqr_version|jsqr_licence|data|jsqr|app)\}")
_SCRIPT_END = re.compile(r"</script", re.IGNORECASE)


@dataclass(frozen=True)
class VerifierExport:
    path: Path
    keys: int
    revocations: int
    as_of: str


def verifier_data() -> dict[str, Any]:
    """What the page embeds: keys, revocations, words, event titles (no personal data)."""
    keys = {
        key_id: base64.b64encode(raw).decode("ascii") for key_id, raw in known_public_keys().items()
    }
    return {
        "keys": keys,
        "revocations": revocations_for_export(),
        "as_of": revocation_list_as_of(),
        "events": {
            str(code): str(title) for code, title in rows_of(Event.select(Event.code, Event.title))
        },
        "roles": {role.value: {"id": role.label, "en": ROLE_ENGLISH[role.value]} for role in Role},
        "text": json.loads(resource_path("verifier", "texts.json").read_text(encoding="utf-8")),
    }


def _inline_script(text: str, name: str) -> str:
    if _SCRIPT_END.search(text):  # would end the <script> element early
        raise ValueError(f"{name} cannot be inlined: it contains '</script'")
    return text


def verifier_html(data: dict[str, Any]) -> str:
    """The page with ``data``, its script and the vendored decoder inlined."""
    template = resource_path("verifier", "verifier.html").read_text(encoding="utf-8")
    # JSON inside <script>: escaping "<" keeps "</script>" (or "<!--") out of it.
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    values = {
        "version": html.escape(__version__),
        "jsqr_version": JSQR_VERSION,
        "jsqr_licence": html.escape(
            resource_path("verifier", "vendor", "jsQR.LICENSE").read_text(encoding="utf-8")
        ),
        "data": payload,
        "jsqr": _inline_script(
            resource_path("verifier", "vendor", "jsQR.js").read_text(encoding="utf-8"), "jsQR.js"
        ),
        "app": _inline_script(
            resource_path("verifier", "verifier.js").read_text(encoding="utf-8"), "verifier.js"
        ),
    }
    # One pass: text put in is never scanned for placeholders again.
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def write_verifier(out: Path) -> VerifierExport:
    """Write the verifier file; ``UserError`` when it cannot be written."""
    data = verifier_data()
    text = verifier_html(data)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(out.name + ".part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(out)
    except OSError as exc:
        raise file_write_error(out, exc) from exc
    return VerifierExport(out, len(data["keys"]), len(data["revocations"]), str(data["as_of"]))
