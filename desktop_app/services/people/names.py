"""Indonesian personal names: titles stay as written, sorting and search use the bare name."""

from __future__ import annotations

import re
import unicodedata

from desktop_app.services.common.text_hygiene import strip_invisible

# Academic, religious, military and honorific titles seen on invitation lists.
_PREFIX_TITLES = {
    "dr",
    "drs",
    "dra",
    "ir",
    "prof",
    "h",
    "hj",
    "hc",
    "kh",
    "ust",
    "ustadz",
    "ustazah",
    "ns",
    "apt",
    "drg",
    "drh",
    "rm",
    "pdt",
    "pr",
    "rd",
    "sr",
    "bpk",
    "bapak",
    "ibu",
    "sdr",
    "sdri",
    "tn",
    "ny",
    "nn",
    "raden",
    "r",
    "ra",
    "andi",
    "letkol",
    "kolonel",
    "mayor",
    "kapten",
    "lettu",
    "letda",
    "serka",
    "sertu",
    "serda",
    "kopda",
    "praka",
    "akbp",
    "kompol",
    "akp",
    "iptu",
    "ipda",
    "aiptu",
    "aipda",
    "bripka",
    "brigpol",
    "briptu",
    "bripda",
    "brigadir",
    "pelda",
    "peltu",
}
# Anything after the first comma is a degree list (", S.Pd., M.M."), dropped for sorting.
_SUFFIX_RE = re.compile(r",.*$")
_TOKEN_RE = re.compile(r"[\w']+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for matching."""
    if text.isascii():  # nothing to decompose (most names; every keystroke of a search)
        return " ".join(text.lower().split())
    # Invisible characters (zero-width, bidi) must not make equal names differ.
    decomposed = unicodedata.normalize("NFKD", strip_invisible(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def bare_name(full_name: str) -> str:
    """The name without titles, folded: ``Drs. Yohanes B. Nggadas, M.Si.`` → ``yohanes b nggadas``.

    ``andi`` and ``raden`` are kept when they are the whole name.
    """
    core = _SUFFIX_RE.sub("", full_name)
    tokens = _TOKEN_RE.findall(fold(core))
    i = 0
    # A prefix title is only a title when something follows it.
    while i < len(tokens) - 1 and tokens[i].rstrip(".") in _PREFIX_TITLES:
        i += 1
    return " ".join(tokens[i:]) if tokens else ""


def is_prefix_title(word: str) -> bool:
    """Whether ``word`` (``Dr.``, ``Hj.``, ``Prof.``, ``Kapten``) is a title written before
    a name."""
    return fold(word).rstrip(".") in _PREFIX_TITLES


def clean_full_name(raw: str) -> str:
    """Tidy whitespace of a name as typed or imported, keeping titles and capitals as written."""
    return " ".join(str(raw).replace("\u00a0", " ").split())
