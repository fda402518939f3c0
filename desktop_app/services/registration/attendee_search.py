"""Search-as-you-type over an event's attendees: bare name, NIP/NRP, institution, code.

An in-memory index per event, chosen over SQLite FTS5 by ``benchmarks/search.py``: the
desk needs results ordered by name within a frame on every keystroke, and ordering FTS
matches for a one- or two-letter prefix means sorting thousands of rows per query.

The index keeps every attendee's words (bare name without titles, institution words,
NIP, NRP, code) in one sorted list, so each query word is a prefix range found by
bisection. Entries are kept in name order; people whose bare name starts with the typed
text come first (one contiguous block), then other matches by name.

Freshness: writers in this process call ``invalidate(event_id)``; changes made by other
processes (sync) are noticed by a cheap fingerprint query at most every few seconds.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
import time
from dataclasses import dataclass

from peewee import fn

from desktop_app.models import Attendee, Event
from desktop_app.services.common.query_rows import fk, rows_of
from desktop_app.services.people.names import bare_name, fold

RECHECK_SECONDS = 2.0
SHORT_PREFIX = 3
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SearchEntry:
    """What the result list shows for one attendee (no NIK: it is never displayed)."""

    attendee_id: str
    code: str
    full_name: str
    sort_name: str
    position: str
    institution: str
    category: str
    nip: str
    nrp: str


def query_tokens(query: str) -> list[str]:
    """Words of a typed query: titles dropped, case and accents folded, NIP spaces joined."""
    folded = fold(query)
    compact = re.sub(r"[\s.\-/]", "", folded)
    if compact.isdigit():
        return [compact]  # "19860914 201001 1 003" is one number
    # bare_name drops leading titles ("dr", "hj") when something follows and degree suffixes.
    return _TOKEN.findall(bare_name(folded) or folded)


def _entry_words(entry: SearchEntry) -> set[str]:
    words = set(_TOKEN.findall(entry.sort_name))
    words.update(_TOKEN.findall(fold(entry.institution)))
    for value in (entry.nip, entry.nrp, entry.code.lower()):
        if value:
            words.add(value)
    return words


def _matches(entry: SearchEntry, tokens: list[str], query: str) -> bool:
    if entry.code == query.strip().upper():
        return True
    words = _entry_words(entry)
    return bool(tokens) and all(any(w.startswith(t) for w in words) for t in tokens)


class AttendeeIndex:
    """An immutable search index over one event's attendees."""

    def __init__(self, entries: list[SearchEntry]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.sort_name, e.code))
        self.sort_names = [e.sort_name for e in self.entries]
        self.by_code = {e.code: i for i, e in enumerate(self.entries)}
        self.entry_words: list[tuple[str, ...]] = []
        pairs: list[tuple[str, int]] = []
        for rank, entry in enumerate(self.entries):
            words = _entry_words(entry)
            self.entry_words.append(tuple(words))
            pairs.extend((w, rank) for w in words)
        pairs.sort()
        self.words = [w for w, _ in pairs]
        self.owners = [r for _, r in pairs]
        # Short prefixes match thousands of people: keep their matches in name order, so
        # the first screenful is read off directly instead of sorting the matches.
        self.short: dict[str, list[int]] = {}
        for rank, own_words in enumerate(self.entry_words):
            for prefix in {w[:n] for w in own_words for n in range(1, SHORT_PREFIX + 1)}:
                self.short.setdefault(prefix, []).append(rank)
        # Attendees added or edited after the build: few, scanned linearly.
        self.overlay: dict[str, SearchEntry] = {}
        self.hidden: set[str] = set()

    def __len__(self) -> int:
        return len(self.entries)

    def _range(self, token: str) -> tuple[int, int]:
        lo = bisect.bisect_left(self.words, token)
        hi = bisect.bisect_left(self.words, token + "\uffff", lo)
        return lo, hi

    def search(self, query: str, limit: int = 30) -> list[SearchEntry]:
        """Attendees matching every word of ``query`` as a word prefix, best first."""
        if not self.overlay and not self.hidden:
            return self._search_base(query, limit)
        # Base results (minus replaced entries) merged with the few changed since the build.
        base = [
            e
            for e in self._search_base(query, limit + len(self.hidden))
            if e.attendee_id not in self.hidden
        ]
        tokens = query_tokens(query)
        extra = [e for e in self.overlay.values() if _matches(e, tokens, query)]
        phrase = " ".join(tokens)
        merged = sorted(
            base + extra,
            key=lambda e: (
                e.code != query.strip().upper(),
                not e.sort_name.startswith(phrase),
                e.sort_name,
            ),
        )
        return merged[:limit]

    def upsert(self, entry: SearchEntry | None, attendee_id: str) -> None:
        """Add or replace one attendee (None: remove) without rebuilding the index."""
        self.hidden.add(attendee_id)
        self.overlay.pop(attendee_id, None)
        if entry is not None:
            self.overlay[attendee_id] = entry

    def _search_base(self, query: str, limit: int) -> list[SearchEntry]:
        tokens = query_tokens(query)
        if not tokens:
            return []
        picked: list[int] = []
        code = query.strip().upper()
        if code in self.by_code:
            picked.append(self.by_code[code])
        # People whose bare name starts with the text typed: contiguous in name order.
        phrase = " ".join(tokens)
        start = bisect.bisect_left(self.sort_names, phrase)
        stop = bisect.bisect_left(self.sort_names, phrase + "\uffff", start)
        for rank in range(start, min(stop, start + limit)):
            if rank not in picked:
                picked.append(rank)
        if len(picked) >= limit:
            return [self.entries[r] for r in picked[:limit]]
        ranked = sorted(tokens, key=lambda t: self._range(t)[1] - self._range(t)[0])
        if len(ranked[0]) <= SHORT_PREFIX:
            taken = set(picked)
            for rank in self.short.get(ranked[0], ()):
                if rank in taken or not all(
                    any(w.startswith(t) for w in self.entry_words[rank]) for t in ranked[1:]
                ):
                    continue
                picked.append(rank)
                if len(picked) >= limit:
                    break
            return [self.entries[r] for r in picked]
        lo, hi = self._range(ranked[0])
        if lo == hi:
            return [self.entries[r] for r in picked]
        candidates = set(self.owners[lo:hi])
        for token in ranked[1:]:
            candidates = {
                r for r in candidates if any(w.startswith(token) for w in self.entry_words[r])
            }
        candidates.difference_update(picked)
        picked.extend(heapq.nsmallest(limit - len(picked), candidates))
        return [self.entries[r] for r in picked]


_COLUMNS = (
    Attendee.id,
    Attendee.code,
    Attendee.full_name,
    Attendee.sort_name,
    Attendee.position,
    Attendee.institution,
    Attendee.category,
    Attendee.nip,
    Attendee.nrp,
)
OVERLAY_LIMIT = 300


def build_index(event_id: str) -> AttendeeIndex:
    """Read the event's (not removed) attendees and index them."""
    rows = Attendee.select(*_COLUMNS).where((Attendee.event == event_id) & ~Attendee.removed)
    return AttendeeIndex([SearchEntry(*row) for row in rows_of(rows)])


def _fingerprint(event_id: str) -> tuple[int, str]:
    count, latest = next(
        iter(
            rows_of(
                Attendee.select(fn.COUNT(Attendee.id), fn.MAX(Attendee.hlc)).where(
                    Attendee.event == event_id
                )
            )
        )
    )
    return int(count or 0), str(latest or "")


@dataclass
class _Cached:
    index: AttendeeIndex
    fingerprint: tuple[int, str]
    checked_at: float


_cache: dict[str, _Cached] = {}
_lock = threading.Lock()


_building: set[str] = set()


def index_for(event: Event | str) -> AttendeeIndex:
    """The (cached) index of an event, rebuilt when its attendees changed.

    The first call per event builds the index where it is called (the GUI does that in a
    worker when an event is chosen). Later changes made elsewhere (sync) are picked up by
    a rebuild on a background thread while the previous index keeps answering, so typing
    never waits for a rebuild of a large event.
    """
    event_id = event if isinstance(event, str) else event.id
    now = time.monotonic()
    with _lock:
        cached = _cache.get(event_id)
        if cached is not None and now - cached.checked_at < RECHECK_SECONDS:
            return cached.index
        fingerprint = _fingerprint(event_id)
        if cached is not None:
            cached.checked_at = now
            if cached.fingerprint != fingerprint and event_id not in _building:
                _building.add(event_id)
                threading.Thread(
                    target=_rebuild,
                    args=(event_id, fingerprint),
                    daemon=True,
                    name="ikrar-search-index",
                ).start()
            return cached.index
        index = build_index(event_id)
        _cache[event_id] = _Cached(index, fingerprint, now)
        return index


def _rebuild(event_id: str, fingerprint: tuple[int, str]) -> None:
    from desktop_app.models import close_db

    try:
        index = build_index(event_id)
        with _lock:
            _cache[event_id] = _Cached(index, fingerprint, time.monotonic())
    finally:
        with _lock:
            _building.discard(event_id)
        close_db()  # this thread's own SQLite connection


def invalidate(event_id: str | None = None) -> None:
    """Forget cached indexes (after this process added or edited attendees)."""
    with _lock:
        if event_id is None:
            _cache.clear()
        else:
            _cache.pop(event_id, None)


def refresh_attendee(attendee: Attendee) -> None:
    """Bring one added or edited attendee into its event's cached index (walk-ins, edits).

    Cheaper than a rebuild on a 50,000-person event; after many changes the next search
    rebuilds instead.
    """
    event_id = fk(attendee, "event")
    with _lock:
        cached = _cache.get(event_id)
        if cached is None:
            return
        if len(cached.index.overlay) >= OVERLAY_LIMIT:
            _cache.pop(event_id, None)
            return
        entry = (
            None
            if attendee.removed
            else SearchEntry(*(getattr(attendee, f.name) for f in _COLUMNS))
        )
        cached.index.upsert(entry, attendee.id)
        cached.fingerprint = _fingerprint(event_id)


def search_attendees(event: Event | str, query: str, limit: int = 30) -> list[SearchEntry]:
    """Attendees of ``event`` matching ``query`` (name without titles, NIP/NRP, institution,
    code), people whose name starts with the query first, then by name."""
    return index_for(event).search(query, limit)
