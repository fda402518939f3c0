"""Property: whoever lacks a station's key cannot change that station's rows unnoticed.

Station A's real rows (evidence, keys, certificates, organizer data) are sealed as A pushes
them; a party E with its own trusted key mutates one row in any way it likes. Each mutation
is refused by ``authorize_rows`` (the rule the hub and every station apply), or, where any
trusted station may edit (organizer data), accepted only as E's own write, never as A's.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import attend, certify, plain_event

MUTATIONS = ["edit", "author", "unseal", "reseal_as_e", "claim_a_with_e_key", "replay_other_id"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.bootstrap import open_home
    from desktop_app.models import Change, close_db, local_station
    from desktop_app.sync.identity import load_or_create_key, public_bytes
    from desktop_app.sync.row_seal import seal, seal_texts

    close_db()
    home = open_home(tmp_path_factory.mktemp("authorship") / "a")
    event = plain_event(attendees=4)
    attend(event, 2)
    certify(event)
    a_id = local_station().id
    a_key = load_or_create_key(home.keys)
    rows = [
        (c.table_name, seal(json.loads(c.payload), a_id, a_key))
        for c in Change.select().order_by(Change.seq)
    ]
    # The same rows sealed as a push seals them: a signature per group, a proof per row.
    changes = list(Change.select().order_by(Change.seq))
    texts = seal_texts([c.payload for c in changes], a_id, a_key)
    grouped = [(c.table_name, json.loads(t)) for c, t in zip(changes, texts, strict=True)]
    e_key = Ed25519PrivateKey.generate()
    keys = {a_id: public_bytes(a_key), "e-station": public_bytes(e_key)}
    yield {"rows": rows, "grouped": grouped, "a": a_id, "e_key": e_key, "keys": keys}
    close_db()


def mutate(world: Any, row: dict[str, Any], how: str, column: str, value: Any) -> dict[str, Any]:
    from desktop_app.sync.row_seal import SEAL, seal

    changed = dict(row)
    if how in ("edit", "reseal_as_e", "claim_a_with_e_key"):
        changed[column] = value
    if how == "author":
        changed["station_id"] = "e-station"
    if how == "unseal":
        changed.pop(SEAL)
        changed[column] = value
    if how == "reseal_as_e":
        changed = seal(changed, "e-station", world["e_key"])
    if how == "claim_a_with_e_key":
        changed = seal(changed, world["a"], world["e_key"])
    if how == "replay_other_id":
        changed["id"] = "11111111-2222-4333-8444-555555555555"
        changed = seal(changed, "e-station", world["e_key"])
    return changed


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_changes_without_the_authors_key_are_refused(world: Any, data: st.DataObject) -> None:
    from desktop_app.sync.authorship import SHARED_TABLES, authorize_rows
    from desktop_app.sync.row_seal import SEAL, verify_seal

    table, row = data.draw(st.sampled_from(world[data.draw(st.sampled_from(["rows", "grouped"]))]))
    how = data.draw(st.sampled_from(MUTATIONS))
    columns = sorted(k for k in row if k not in ("id", SEAL))
    column = data.draw(st.sampled_from(columns))
    value = data.draw(st.one_of(st.text(max_size=20), st.integers(), st.none()))
    if row.get(column) == value and how in ("edit", "unseal"):
        value = f"{value}-x"
    changed = mutate(world, row, how, column, value)
    accepted, refused = authorize_rows([(table, changed)], world["keys"].get)
    if refused:
        return
    # Accepted only as E's own write: an edit of organizer data every trusted station may
    # edit (A stays its author), or a new row whose author is E. Never as A's write.
    writer = verify_seal(accepted[0][1], world["keys"].get)
    assert writer == "e-station"
    if changed["station_id"] == world["a"]:
        assert table in SHARED_TABLES and how != "replay_other_id"
    else:
        assert changed["station_id"] == "e-station" and how == "replay_other_id"


def test_the_authors_own_rows_are_accepted(world: Any) -> None:
    from desktop_app.sync.authorship import authorize_rows

    for rows in (world["rows"], world["grouped"]):
        accepted, refused = authorize_rows(rows, world["keys"].get)
        assert not refused and len(accepted) == len(rows) > 20
    assert len({row["_seal"]["sig"] for _, row in world["grouped"]}) < len(world["grouped"])
