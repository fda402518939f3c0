"""Search-as-you-type over an event's attendees: bare name, NIP/NRP, institution, code.

Results come in tiers, each in name order (bare name, then code):

0. exact: the invitation code, or a whole NIP/NRP;
1. the bare name starts with the text typed ("yohanes ngg");
2. every word typed starts a word of the name, the institution, the NIP/NRP or the code;
3. as 2, except that a number of three or more digits may also sit inside a NIP or NRP
   ("201001": the appointment date in the middle of a NIP).

NIK is not indexed: a person is never found by the digits of their national ID.

An in-memory index per event, chosen over SQLite FTS5 (trigram and prefix) by
``benchmarks/search.py``. Each tier is read off a list kept in name order and stops after
``limit`` hits, so a keystroke costs about the same whether it matches 5 or 30,000 people:

* words: every (word, rank) pair sorted by word, so a typed word is a prefix range found by
  bisection. Prefixes shared by more than ``FREQUENT_PREFIX`` entries have their owners
  stored in name order (found along the trie of words, pruned where prefixes turn rare);
  rarer ones are sorted when typed.
* digits inside a NIP/NRP: posting lists in name order for every trigram of those numbers;
  the rarest trigram of the typed number gives the candidates, each checked by a substring
  test.
* the other words of a query are checked per candidate against one string per entry
  (" word word ..."), which is a C-level substring search.

Freshness: writers in this process call ``invalidate(event_id)``; changes made by other
processes (sync) are noticed by a cheap fingerprint query at most every few seconds.
"""

from __future__ import annotations

import bisect
import logging
import re
import threading
import time
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from peewee import DatabaseError, fn

from desktop_app.models import Attendee, Event
from desktop_app.services.common.query_rows import fk, rows_of
from desktop_app.services.people.names import bare_name, fold

log = logging.getLogger("ikrar.search")

RECHECK_SECONDS = 2.0
FREQUENT_PREFIX = 128
INFIX_DIGITS = 3
_TOKEN = re.compile(r"[a-z0-9]+")
_SEPARATORS = re.compile(r"[\s.\-/]")
_LAST = "\uffff"  # sorts after every indexed character: ``w < p + _LAST`` for every w with prefix p

# take(tier, ranks in name order) -> True once enough results are found
_Take = Callable[[int, Iterable[int]], bool]


@dataclass(frozen=True, slots=True)
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
    compact = _SEPARATORS.sub("", folded)
    if compact.isdigit():
        return [compact]  # "19860914 201001 1 003" is one number
    # bare_name drops leading titles ("dr", "hj") when something follows and degree suffixes.
    return _TOKEN.findall(bare_name(folded) or folded)


def _words(entry: SearchEntry, folded: dict[str, list[str]] | None = None) -> list[str]:
    """The words a typed word may start: name, institution, NIP, NRP, code (each once).

    ``folded`` caches the words of each institution (a few hundred for 50,000 people)."""
    institution = None if folded is None else folded.get(entry.institution)
    if institution is None:
        institution = _TOKEN.findall(fold(entry.institution))
        if folded is not None:
            folded[entry.institution] = institution
    words = _TOKEN.findall(entry.sort_name) + institution
    words += [v for v in (entry.nip, entry.nrp, entry.code.lower()) if v]
    return list(dict.fromkeys(words))


def _identifiers(entry: SearchEntry) -> list[str]:
    """The numbers searched inside (NIP, NRP), as digits only."""
    return [_SEPARATORS.sub("", v) for v in (entry.nip, entry.nrp) if v]


def _infix_token(token: str) -> bool:
    return len(token) >= INFIX_DIGITS and token.isdigit()


def _trigrams(text: str) -> set[str]:
    return {text[i : i + 3] for i in range(len(text) - 2)}


def is_exact(entry: SearchEntry, query: str) -> bool:
    """Whether ``query`` is this attendee's whole code, NIP or NRP (tier 0)."""
    return _is_exact(entry, query_tokens(query), query.strip().upper())


def _is_exact(entry: SearchEntry, tokens: list[str], code: str) -> bool:
    if entry.code == code:
        return True
    return len(tokens) == 1 and tokens[0].isdigit() and tokens[0] in _identifiers(entry)


def entry_tier(entry: SearchEntry, query: str) -> int | None:
    """The tier in which ``entry`` answers ``query`` (see the module notes), None if not."""
    return tier_for_tokens(entry, query_tokens(query), query.strip().upper())


def tier_for_tokens(entry: SearchEntry, tokens: list[str], code: str) -> int | None:
    """``entry_tier`` for a query already split by ``query_tokens`` (``code``: the query
    trimmed and upper-cased)."""
    if not tokens:
        return None
    if _is_exact(entry, tokens, code):
        return 0
    if entry.sort_name.startswith(" ".join(tokens)):
        return 1
    hay = " " + " ".join(_words(entry))
    if all(" " + t in hay for t in tokens):
        return 2
    idents = "\x00".join(_identifiers(entry))
    if all(" " + t in hay or (_infix_token(t) and t in idents) for t in tokens):
        return 3
    return None


class AttendeeIndex:
    """An immutable search index over one event's attendees (plus a small overlay)."""

    def __init__(self, entries: list[SearchEntry]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.sort_name, e.code))
        self.sort_names = [e.sort_name for e in self.entries]
        self.by_code = {e.code: rank for rank, e in enumerate(self.entries)}
        # NIP/NRP -> its owner; the rare number two people share (a typo) -> all of them.
        self.by_identifier: dict[str, int] = {}
        self.shared_identifiers: dict[str, list[int]] = {}
        self.hay: list[str] = []
        self.idents: list[str] = []
        # A word's owners: its one rank (most words: codes, NIPs), or a list of ranks.
        owners_of: dict[str, int | list[int]] = {}
        self.grams: dict[str, array[int]] = {}
        folded: dict[str, list[str]] = {}
        for rank, entry in enumerate(self.entries):
            words = _words(entry, folded)
            self.hay.append(" " + " ".join(words))
            for word in words:
                ranks = owners_of.setdefault(word, rank)
                if isinstance(ranks, list):
                    ranks.append(rank)  # ranks ascend: name order
                elif ranks != rank:
                    owners_of[word] = [ranks, rank]
            numbers = _identifiers(entry)
            self.idents.append("\x00".join(numbers))
            for number in numbers:
                owner = self.by_identifier.setdefault(number, rank)
                if owner != rank:
                    self.shared_identifiers.setdefault(number, [owner]).append(rank)
            for gram in set().union(*map(_trigrams, numbers)) if numbers else ():
                self.grams.setdefault(gram, array("i")).append(rank)
        # Distinct words in order; the owners of words[i] are owners[starts[i]:starts[i + 1]].
        self.words = sorted(owners_of)
        self.owners = array("i")
        self.starts = array("i", [0])
        for word in self.words:
            ranks = owners_of[word]
            if isinstance(ranks, list):
                self.owners.extend(ranks)
            else:
                self.owners.append(ranks)
            self.starts.append(len(self.owners))
        del owners_of
        self.frequent: dict[str, array[int]] = {}
        self._store_frequent("", 0, len(self.words))
        # Attendees added or edited after the build: few, checked one by one.
        self.overlay: dict[str, SearchEntry] = {}
        self.hidden: set[str] = set()

    def _store_frequent(self, prefix: str, first: int, stop: int) -> array[int] | None:
        """Owners in name order of every prefix owned more than FREQUENT_PREFIX times
        (``words[first:stop]`` are the words with this prefix); returns this prefix's."""
        lo, hi = self.starts[first], self.starts[stop]
        if hi - lo <= FREQUENT_PREFIX:
            return None
        words, depth = self.words, len(prefix)
        children = []
        i = bisect.bisect_right(words, prefix, first, stop)  # past the word equal to prefix
        while i < stop:
            j = bisect.bisect_left(words, words[i][: depth + 1] + _LAST, i, stop)
            children.append((words[i][: depth + 1], i, j))
            i = j
        stored = [self._store_frequent(*child) for child in children]
        if len(children) == 1 and children[0][1] == first and stored[0] is not None:
            owners = stored[0]  # "kabu" has the very owners of "kabup": share the array
        else:
            owners = array("i", sorted(set(self.owners[lo:hi])))
        if prefix:
            self.frequent[prefix] = owners
        return owners

    def __len__(self) -> int:
        return len(self.entries)

    def _prefix_range(self, token: str) -> tuple[int, int]:
        """The slice of ``owners`` belonging to words that start with ``token``."""
        first = bisect.bisect_left(self.words, token)
        stop = bisect.bisect_left(self.words, token + _LAST, first)
        return self.starts[first], self.starts[stop]

    def _prefix_owners(self, token: str, lo: int, hi: int) -> Sequence[int]:
        if hi - lo > FREQUENT_PREFIX:
            return self.frequent[token]
        return sorted(set(self.owners[lo:hi]))

    def _infix_candidates(self, token: str) -> Sequence[int]:
        """Entries holding the rarest trigram of ``token`` in a NIP/NRP, in name order."""
        postings = [self.grams.get(g) for g in _trigrams(token)]
        present = [p for p in postings if p is not None]
        if len(present) < len(postings):
            return ()  # a trigram nobody has: no NIP/NRP holds the number
        return min(present, key=len)

    def search(self, query: str, limit: int = 30) -> list[SearchEntry]:
        """Attendees matching ``query``, best tier first, each tier in name order."""
        if not self.overlay and not self.hidden:
            return [self.entries[r] for _, r in self._search_base(query, limit)]
        # Base results (minus replaced entries) merged with the few changed since the build.
        ranked = [
            (tier, self.entries[r])
            for tier, r in self._search_base(query, limit + len(self.hidden))
            if self.entries[r].attendee_id not in self.hidden
        ]
        tokens, code = query_tokens(query), query.strip().upper()
        for entry in self.overlay.values():
            tier = tier_for_tokens(entry, tokens, code)
            if tier is not None:
                ranked.append((tier, entry))
        ranked.sort(key=lambda pair: (pair[0], pair[1].sort_name, pair[1].code))
        return [entry for _, entry in ranked[:limit]]

    def upsert(self, entry: SearchEntry | None, attendee_id: str) -> None:
        """Add or replace one attendee (None: remove) without rebuilding the index."""
        self.hidden.add(attendee_id)
        self.overlay.pop(attendee_id, None)
        if entry is not None:
            self.overlay[attendee_id] = entry

    def _search_base(self, query: str, limit: int) -> list[tuple[int, int]]:
        """(tier, rank) of the best ``limit`` matches among the indexed entries."""
        tokens = query_tokens(query)
        if not tokens or limit <= 0:
            return []
        found: list[tuple[int, int]] = []
        seen: set[int] = set()

        def take(tier: int, ranks: Iterable[int]) -> bool:
            """Add unseen ``ranks``; True once ``limit`` results are found."""
            for rank in ranks:
                if rank not in seen:
                    seen.add(rank)
                    found.append((tier, rank))
                    if len(found) >= limit:
                        return True
            return False

        exact = []
        code = query.strip().upper()
        if code in self.by_code:
            exact.append(self.by_code[code])
        if len(tokens) == 1 and tokens[0].isdigit():
            number = tokens[0]
            if number in self.shared_identifiers:
                exact.extend(self.shared_identifiers[number])
            elif number in self.by_identifier:
                exact.append(self.by_identifier[number])
        if take(0, sorted(exact)):
            return found
        phrase = " ".join(tokens)
        lo = bisect.bisect_left(self.sort_names, phrase)
        hi = bisect.bisect_left(self.sort_names, phrase + _LAST, lo)
        if take(1, range(lo, min(hi, lo + limit + len(seen)))):
            return found
        if self._take_word_matches(tokens, take) or not any(map(_infix_token, tokens)):
            return found
        self._take_infix_matches(tokens, take)
        return found

    def _take_word_matches(self, tokens: list[str], take: _Take) -> bool:
        """Tier 2: entries where every token starts a word, driven by the rarest token."""
        ranges = {t: self._prefix_range(t) for t in tokens}
        driver = min(ranges, key=lambda t: ranges[t][1] - ranges[t][0])
        lo, hi = ranges[driver]
        if lo == hi:
            return False
        others = [" " + t for t in tokens if t != driver]
        hay = self.hay
        candidates: Iterable[int] = self._prefix_owners(driver, lo, hi)
        if others:  # a generator: take() stops reading once it has enough
            candidates = (r for r in candidates if all(o in hay[r] for o in others))
        return take(2, candidates)

    def _take_infix_matches(self, tokens: list[str], take: _Take) -> bool:
        """Tier 3: a number typed sits inside a NIP/NRP; every other token matches too."""
        numbers = [t for t in tokens if _infix_token(t)]
        by_size = {t: self._infix_candidates(t) for t in numbers}
        driver = min(by_size, key=lambda t: len(by_size[t]))
        hay, idents = self.hay, self.idents
        others = [t for t in tokens if t != driver]

        def matches(rank: int) -> bool:
            if driver not in idents[rank]:
                return False
            return all(
                " " + t in hay[rank] or (_infix_token(t) and t in idents[rank]) for t in others
            )

        return take(3, filter(matches, by_size[driver]))


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
    query = Attendee.select(*_COLUMNS).where((Attendee.event == event_id) & ~Attendee.removed)
    rows: Iterable[tuple[str, ...]] = query.tuples().iterator()  # one at a time, not cached
    # Positions, institutions and categories repeat thousands of times: one string each
    # (10 MB of 50,000 entries).
    shared: dict[str, str] = {}
    entries = []
    for attendee_id, code, name, sort_name, position, institution, category, nip, nrp in rows:
        position, institution, category = (
            shared.setdefault(v, v) for v in (position, institution, category)
        )
        entries.append(
            SearchEntry(
                attendee_id, code, name, sort_name, position, institution, category, nip, nrp
            )
        )
    return AttendeeIndex(entries)


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
_checking: set[str] = set()  # events whose fingerprint a background thread is checking
_build_locks: dict[str, threading.Lock] = {}
_generation: dict[str, int] = {}  # bumped by invalidate(): a build begun before is stale


def index_for(event: Event | str, wait: bool = True) -> AttendeeIndex | None:
    """The (cached) index of an event, rebuilt when its attendees changed.

    Without a cached index, the call builds one where it is made (the GUI does that in a
    worker when an event is chosen), or returns None at once when ``wait`` is False (the
    GUI thread, which must never wait for a 50,000-person build). Changes made elsewhere
    (sync) are looked for on a background thread at most every RECHECK_SECONDS and picked
    up by a rebuild there while the previous index keeps answering, so a keystroke never
    waits for a database query or a rebuild.
    """
    event_id = event if isinstance(event, str) else event.id
    now = time.monotonic()
    with _lock:
        cached = _cache.get(event_id)
        if cached is not None:
            if now - cached.checked_at >= RECHECK_SECONDS and event_id not in _checking:
                cached.checked_at = now
                _checking.add(event_id)
                threading.Thread(
                    target=_recheck,
                    args=(event_id, cached.fingerprint),
                    daemon=True,
                    name="ikrar-search-index",
                ).start()
            return cached.index
    return _build(event_id) if wait else None


def _build(event_id: str) -> AttendeeIndex:
    """Build and cache the index; concurrent callers wait for one build."""
    with _lock:
        build_lock = _build_locks.setdefault(event_id, threading.Lock())
    with build_lock:
        with _lock:
            cached = _cache.get(event_id)
            if cached is not None:
                return cached.index  # built by the caller we waited for
            generation = _generation.get(event_id, 0)
        fingerprint = _fingerprint(event_id)
        index = build_index(event_id)
        with _lock:
            if _generation.get(event_id, 0) == generation:
                _cache[event_id] = _Cached(index, fingerprint, time.monotonic())
        return index


def _recheck(event_id: str, fingerprint: tuple[int, str]) -> None:
    """Background thread: rebuild when the event's attendees changed since ``fingerprint``."""
    from desktop_app.models import close_db

    try:
        with _lock:
            generation = _generation.get(event_id, 0)
        latest = _fingerprint(event_id)
        if latest != fingerprint:
            index = build_index(event_id)
            with _lock:
                if _generation.get(event_id, 0) == generation:
                    _cache[event_id] = _Cached(index, latest, time.monotonic())
    except DatabaseError:
        # The database was closed or switched while the check ran (shutdown, another data
        # folder): the index in hand keeps answering and the next check tries again.
        log.debug("search index check of event %s skipped", event_id, exc_info=True)
    finally:
        with _lock:
            _checking.discard(event_id)
        close_db()  # this thread's own SQLite connection


def invalidate(event_id: str | None = None) -> None:
    """Forget cached indexes (after this process added or edited attendees)."""
    with _lock:
        everything = set(_cache) | set(_build_locks) | set(_checking)
        for key in everything if event_id is None else [event_id]:
            _cache.pop(key, None)
            _generation[key] = _generation.get(key, 0) + 1


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
    code), best tier first (see the module notes); builds the index if needed."""
    index = index_for(event)
    assert index is not None  # wait=True always returns one
    return index.search(query, limit)
