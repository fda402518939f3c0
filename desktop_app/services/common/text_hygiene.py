"""Characters a name must not carry, and text made safe for terminals and spreadsheets.

- Control characters (BEL, ESC sequences like ``\\x1b[31m``) have no place in a name:
  they ring bells and recolour terminals, and openpyxl refuses to write them, so one bad
  name broke the xlsx export of the whole event. They are refused at the door.
- Invisible format characters (zero-width space/joiner, BOM, soft hyphen, bidi
  overrides) make two equal names differ and a search miss; they are removed before
  storing, and matching ignores them in text stored before this rule existed.
- A cell that starts with ``=``, ``+``, ``-``, ``@``, tab or CR is run as a formula by
  spreadsheet programs (OWASP "CSV injection"); exports neutralise it.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls but tab/newline/CR (whitespace a cell may hold), DEL, and the C1 block.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unicode "format" characters (category Cf): zero-width, bidi controls, BOM, soft hyphen.
_FORMAT = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def control_characters(text: str) -> list[str]:
    """The control characters in ``text`` as ``U+001B`` codes (empty when clean)."""
    return sorted({f"U+{ord(ch):04X}" for ch in _CONTROL.findall(text)})


def has_invisible(text: str) -> bool:
    return not text.isascii() and _FORMAT.search(text) is not None


def strip_invisible(text: str) -> str:
    """``text`` without invisible format characters, in Unicode NFC."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _FORMAT.sub("", text))


def strip_control(text: str) -> str:
    """``text`` without control characters (for writers that must never fail)."""
    return _CONTROL.sub("", text)


def terminal_safe(text: str) -> str:
    """Control and bidi characters shown as ``\\u001b``, so a name cannot drive a terminal.

    The escape is JSON's, so ``--json`` output stays valid JSON with the same value.
    """
    if text.isascii() and not _CONTROL.search(text):
        return text

    def escape(match: re.Match[str]) -> str:
        return f"\\u{ord(match.group(0)):04x}"

    return _FORMAT.sub(escape, _CONTROL.sub(escape, text))


def formula_safe(value: str) -> str:
    """A text cell a spreadsheet shows as text: a leading apostrophe before formula starts."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value
