"""Error messages of the CLI in English (``ikrar --lang en ...``), without loading Qt.

The English catalogue's source, ``resources/translations/ikrar_en.ts``, ships with the app;
its ``ServiceMessages`` entries are read here into a plain lookup that
:func:`desktop_app.services.common.messages.render` can use like Qt's ``translate``.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from functools import cache

from desktop_app.resources import resource_path
from desktop_app.services.common.messages import Translate

log = logging.getLogger("ikrar.cli")


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = resource_path("translations", f"ikrar_{language}.ts")
    try:
        root = ET.parse(path).getroot()  # our own file, shipped with the app
    except (OSError, ET.ParseError):
        log.warning("no %s catalogue at %s; messages stay Indonesian", language, path)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, item.findtext("source") or "")] = translation.text
    return found


def translator(language: str) -> Translate | None:
    """A ``(context, source) -> text`` lookup for ``language``; None for Indonesian."""
    if language == "id":
        return None
    catalogue = _catalogue(language)
    return lambda context, source: catalogue.get((context, source), source)
