"""Group seals (one signature over a Merkle root, an inclusion proof per row): every row
still verifies on its own, and nothing about a row or its proof can change unnoticed, even
after its group's root was verified once (the root cache)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.sync import row_seal
from desktop_app.sync.row_seal import (
    GROUP_ROWS,
    SEAL,
    SealError,
    _leaf_hash,
    _tree,
    root_from_proof,
    seal_texts,
    verify_seal,
)

KEY = Ed25519PrivateKey.generate()
PUBLIC = KEY.public_key().public_bytes_raw()
KEYS = {"station-a": PUBLIC}


def rows(count: int) -> list[str]:
    return [
        json.dumps({"id": f"row-{i}", "hlc": f"{i:08d}", "name": f"Nama {i}", "n": i})
        for i in range(count)
    ]


def sealed(count: int) -> list[dict[str, Any]]:
    return [json.loads(text) for text in seal_texts(rows(count), "station-a", KEY)]


@pytest.fixture(autouse=True)
def fresh_root_cache() -> None:
    row_seal._VERIFIED_ROOTS.clear()


@pytest.mark.parametrize("size", [*range(1, 40), 64, 65, 100])
def test_every_leaf_proves_the_tree_root(size: int) -> None:
    leaves = [_leaf_hash(f"leaf {i}".encode()) for i in range(size)]
    root, proofs = _tree(leaves)
    assert len(proofs) == size
    for index, proof in enumerate(proofs):
        assert root_from_proof(leaves[index], index, size, proof) == root
        if size > 1:  # another leaf, index or size does not lead to the same root
            other = leaves[(index + 1) % size]
            assert _root_or_none(other, index, size, proof) != root
            assert _root_or_none(leaves[index], (index + 1) % size, size, proof) != root


def _root_or_none(leaf: bytes, index: int, size: int, proof: list[bytes]) -> bytes | None:
    try:
        return root_from_proof(leaf, index, size, proof)
    except SealError:
        return None


def test_group_seals_verify_row_by_row_with_one_signature_per_group() -> None:
    payloads = sealed(GROUP_ROWS * 2 + 5)
    signatures = {p[SEAL]["sig"] for p in payloads}
    assert len(signatures) == 3  # 32 + 32 + 5 rows
    for payload in payloads:
        assert verify_seal(payload, KEYS.get) == "station-a"
        row_seal._VERIFIED_ROOTS.clear()
        assert verify_seal(payload, KEYS.get) == "station-a"  # alone, without the cache
    assert len(row_seal._VERIFIED_ROOTS) == 1


def test_relayed_rows_keep_their_writers_seal() -> None:
    first = seal_texts(rows(3), "station-a", KEY)
    other = Ed25519PrivateKey.generate()
    again = seal_texts([*first, rows(4)[3]], "station-b", other)
    assert again[:3] == first
    assert json.loads(again[3])[SEAL]["by"] == "station-b"


def edit(payload: dict[str, Any], how: str, other: dict[str, Any]) -> dict[str, Any]:
    changed = json.loads(json.dumps(payload))
    mark = changed[SEAL]
    if how == "column":
        changed["name"] = "Nama palsu"
    elif how == "new_column":
        changed["extra"] = 1
    elif how == "borrow_seal":
        changed[SEAL] = other[SEAL]
    elif how == "index":
        mark["i"] = (mark["i"] + 1) % mark["n"]
    elif how == "size":
        mark["n"] += 1
    elif how == "huge_size":
        mark["n"] = 2**62
    elif how == "bool_index":
        mark["i"] = True
    elif how == "truncate_path":
        mark["path"] = base64.b64encode(base64.b64decode(mark["path"])[32:]).decode()
    elif how == "extend_path":
        mark["path"] = base64.b64encode(base64.b64decode(mark["path"]) + b"\0" * 32).decode()
    elif how == "odd_path":
        mark["path"] = base64.b64encode(base64.b64decode(mark["path"])[1:]).decode()
    elif how == "signature_of_other_group":
        mark["sig"] = other[SEAL]["sig"]
    elif how == "claimed_by_other":
        mark["by"] = "station-b"
    return changed


HOW = [
    "column",
    "new_column",
    "borrow_seal",
    "index",
    "size",
    "huge_size",
    "bool_index",
    "truncate_path",
    "extend_path",
    "odd_path",
    "signature_of_other_group",
    "claimed_by_other",
]


@settings(max_examples=200, deadline=None)
@given(
    how=st.sampled_from(HOW),
    index=st.integers(0, GROUP_ROWS * 2 + 4),
    other_index=st.integers(0, GROUP_ROWS * 2 + 4),
    warm=st.booleans(),
)
def test_any_change_to_a_group_sealed_row_is_refused(
    how: str, index: int, other_index: int, warm: bool
) -> None:
    payloads = sealed(GROUP_ROWS * 2 + 5)
    row_seal._VERIFIED_ROOTS.clear()
    if warm:  # every group's root already verified: the cache must not vouch for changes
        for payload in payloads:
            verify_seal(payload, KEYS.get)
    target, other = payloads[index], payloads[other_index]
    if how == "borrow_seal" and other[SEAL] == target[SEAL]:
        other = payloads[(index + 1) % len(payloads)]
    if how == "signature_of_other_group" and other[SEAL]["sig"] == target[SEAL]["sig"]:
        other = payloads[(index + GROUP_ROWS) % len(payloads)]
    if how in ("index", "truncate_path") and target[SEAL]["n"] == 1:
        return  # a group of one row has no other index and no path to cut
    keys = {**KEYS, "station-b": Ed25519PrivateKey.generate().public_key().public_bytes_raw()}
    with pytest.raises(SealError):
        verify_seal(edit(target, how, other), keys.get)


def test_a_root_verified_under_one_key_is_not_trusted_for_another() -> None:
    payload = sealed(3)[1]
    assert verify_seal(payload, KEYS.get) == "station-a"
    stranger = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(SealError):
        verify_seal(payload, {"station-a": stranger}.get)
