"""The search index answers exactly as a plain scan that ranks every attendee would.

The index takes shortcuts (prefix lists kept in name order, trigram postings for digits
inside a NIP/NRP, a small overlay for changed people); a brute-force reference built on
``entry_tier`` says what the answer must be. ``FREQUENT_PREFIX`` is lowered so that a few
hundred synthetic attendees exercise the stored-prefix path as 50,000 would.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.models.categories import Category
from desktop_app.services.common.codes import random_code
from desktop_app.services.demo.demo_event import CATEGORY_WEIGHTS, _person
from desktop_app.services.people.names import bare_name
from desktop_app.services.registration import attendee_search
from desktop_app.services.registration.attendee_search import (
    AttendeeIndex,
    SearchEntry,
    query_tokens,
    tier_for_tokens,
)


def synthetic_entries(count: int, seed: int) -> list[SearchEntry]:
    rng = random.Random(seed)
    categories = [c for c, _ in CATEGORY_WEIGHTS]
    weights = [w for _, w in CATEGORY_WEIGHTS]
    entries = []
    for index in range(count):
        category: Category = rng.choices(categories, weights)[0]
        p = _person(rng, category)
        entries.append(
            SearchEntry(
                attendee_id=f"id-{index}",
                code=random_code(8),
                full_name=p["full_name"],
                sort_name=bare_name(p["full_name"]),
                position=p["position"],
                institution=p["institution"],
                category=category.value,
                nip=p.get("nip", ""),
                nrp=p.get("nrp", ""),
            )
        )
    return entries


def reference(entries: list[SearchEntry], query: str, limit: int) -> list[str]:
    """Every entry's tier (``entry_tier``), sorted: the answer the index must give."""
    tokens, code = query_tokens(query), query.strip().upper()
    ranked = []
    for entry in entries:
        tier = tier_for_tokens(entry, tokens, code)
        if tier is not None:
            ranked.append((tier, entry.sort_name, entry.code, entry.attendee_id))
    return [r[3] for r in sorted(ranked)[:limit]]


ENTRIES = synthetic_entries(700, seed=3)


@pytest.fixture(autouse=True)
def _words_computed_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The reference asks for every entry's words per query; compute them once (speed)."""
    words = attendee_search._words
    cached = functools.cache(words)
    monkeypatch.setattr(
        attendee_search,
        "_words",
        lambda entry, *folded: words(entry, *folded) if folded else cached(entry),
    )
    monkeypatch.setattr(
        attendee_search, "_identifiers", functools.cache(attendee_search._identifiers)
    )
    yield


@pytest.fixture(scope="module")
def index() -> AttendeeIndex:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(attendee_search, "FREQUENT_PREFIX", 6)
        built = AttendeeIndex(ENTRIES)
    assert len(built.frequent) > 50  # the stored-prefix path is really exercised
    return built


def typed_queries(rng: random.Random) -> list[str]:
    """What people type: every prefix of names, numbers, institutions and codes, digits
    from the middle of a NIP, and mixtures."""
    queries = []
    for entry in rng.sample(ENTRIES, 10):
        for target in (
            entry.full_name,
            entry.sort_name.split()[-1],
            entry.institution,
            entry.code,
            entry.nip or entry.nrp,
            (entry.nip or entry.nrp)[5:13],
            f"{entry.sort_name.split()[0]} {(entry.nip or entry.nrp)[8:12]}",
        ):
            queries.extend(target[:n] for n in range(1, len(target) + 1))
    return queries


def test_index_agrees_with_a_full_scan_on_typed_queries(index: AttendeeIndex) -> None:
    queries = typed_queries(random.Random(8))
    assert len(queries) > 400
    for query in queries:
        expected = reference(ENTRIES, query, len(ENTRIES))
        for limit in (1, 30, 1000):
            got = [e.attendee_id for e in index.search(query, limit)]
            assert got == expected[:limit], (query, limit)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    query=st.text(alphabet="0123456789 abdegiknorsuy.-", min_size=1, max_size=12),
    limit=st.sampled_from([1, 5, 30, 1000]),
)
def test_index_agrees_with_a_full_scan_on_any_text(
    index: AttendeeIndex, query: str, limit: int
) -> None:
    expected = reference(ENTRIES, query, limit)
    assert [e.attendee_id for e in index.search(query, limit)] == expected


def test_overlay_entries_take_their_tier_among_the_indexed(index: AttendeeIndex) -> None:
    changed = AttendeeIndex(ENTRIES[:-20])
    extra = ENTRIES[-20:]
    for entry in extra:
        changed.upsert(entry, entry.attendee_id)
    renamed = ENTRIES[0]
    moved = SearchEntry(
        **{**_fields(renamed), "sort_name": "zz renamed", "full_name": "Zz Renamed"}
    )
    changed.upsert(moved, renamed.attendee_id)
    current = [moved, *ENTRIES[1:]]
    for query in typed_queries(random.Random(9))[::3]:
        expected = reference(current, query, 30)
        assert [e.attendee_id for e in changed.search(query, 30)] == expected, query


def _fields(entry: SearchEntry) -> dict[str, str]:
    return {name: getattr(entry, name) for name in SearchEntry.__dataclass_fields__}


def test_a_number_two_people_share_finds_both_first() -> None:
    """A typo in an invitation list can give two people one NIP: both are exact matches."""
    shared = "198609142010011003"
    one = SearchEntry(**{**_fields(ENTRIES[0]), "nip": shared, "nrp": ""})
    two = SearchEntry(**{**_fields(ENTRIES[1]), "nip": shared, "nrp": ""})
    entries = [one, *ENTRIES[2:60], two]
    found = AttendeeIndex(entries).search(shared, 30)
    assert {e.attendee_id for e in found[:2]} == {one.attendee_id, two.attendee_id}
    assert all(attendee_search.is_exact(e, shared) for e in found[:2])
    assert [e.attendee_id for e in found] == reference(entries, shared, 30)
