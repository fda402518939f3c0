"""Row seals: the writing station's Ed25519 signature on one replicated row version.

A station seals each row it wrote when it pushes it (or exports it in a bundle); the seal
travels inside the payload as ``"_seal": {"by": station_id, "sig": base64}`` and is checked
by the hub and by every station that applies the row, so a row relayed by someone else
still proves who wrote it. The signed bytes are the payload without ``_seal`` as compact,
key-sorted JSON, so any change to any column breaks the seal.

A push seals its rows in groups (``seal_texts``): one signature over the Merkle root of up
to ``GROUP_ROWS`` rows (RFC 9162 hashing: leaves and inner nodes domain-separated), and each
row carries its own inclusion proof, ``{"by", "sig", "i", "n", "path"}``. Each row still
verifies on its own, wherever it is relayed: its hash, walked up its proof, must give the
root the writer signed. A root already verified (same key, root and signature) is not
verified again, so checking a push costs one Ed25519 verification per group, not per row.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SEAL = "_seal"
# Rows under one signature when sealed together: 5 proof hashes each (~260 bytes of seal).
GROUP_ROWS = 32
GROUP_ROWS_MAX = 4096  # what a verifier accepts (other writers may group differently)
MAX_PROOF_HASHES = 12  # enough for GROUP_ROWS_MAX rows: a longer proof is crafted
ROOT_CONTEXT = b"ikrar row seal group v1\n"  # a row's sealed bytes start with "{"


def group_statement(size: int, root: bytes) -> bytes:
    """What the writer signs for a group: its size (a proof does not bind it) and root."""
    return ROOT_CONTEXT + size.to_bytes(4, "big") + root


# The public key of an enrolled/trusted station by id, or None when it is unknown.
KeyLookup = Callable[[str], bytes | None]


class SealError(ValueError):
    """A row whose seal is missing, malformed or does not verify."""


def sealed_bytes(payload: dict[str, Any]) -> bytes:
    data = {k: v for k, v in payload.items() if k != SEAL}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def seal(payload: dict[str, Any], writer: str, key: Ed25519PrivateKey) -> dict[str, Any]:
    """``payload`` with this writer's seal (a new dict; an older seal is replaced)."""
    sig = key.sign(sealed_bytes(payload))
    return {**payload, SEAL: {"by": writer, "sig": base64.b64encode(sig).decode("ascii")}}


def seal_text(payload_text: str, writer: str, key: Ed25519PrivateKey) -> str:
    """An outbox payload sealed by ``writer`` unless it already carries a seal (a relay).
    One signature for this row alone; ``seal_texts`` seals many rows at a time."""
    payload = json.loads(payload_text)
    if isinstance(payload, dict) and SEAL in payload:
        return payload_text
    if not isinstance(payload, dict) or not payload:
        raise SealError("only a row (a non-empty JSON object) can be sealed")
    signed = sealed_bytes(payload)
    mark = json.dumps(
        {"by": writer, "sig": base64.b64encode(key.sign(signed)).decode("ascii")},
        separators=(",", ":"),
    )
    # The signed text itself with the seal appended as one more key: one serialisation.
    return signed.decode()[:-1] + f',"{SEAL}":{mark}}}'


def _leaf_hash(signed: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + signed).digest()


def _node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _tree(leaves: Sequence[bytes]) -> tuple[bytes, list[list[bytes]]]:
    """RFC 9162 Merkle tree hash of ``leaves`` and every leaf's inclusion proof."""
    if len(leaves) == 1:
        return leaves[0], [[]]
    split = 1 << ((len(leaves) - 1).bit_length() - 1)  # largest power of two below n
    left, left_proofs = _tree(leaves[:split])
    right, right_proofs = _tree(leaves[split:])
    return _node_hash(left, right), [
        *(proof + [right] for proof in left_proofs),
        *(proof + [left] for proof in right_proofs),
    ]


def root_from_proof(leaf: bytes, index: int, size: int, proof: Sequence[bytes]) -> bytes:
    """The root an inclusion proof leads to (RFC 9162 section 2.1.3.2); ``SealError``
    when the proof cannot belong to a tree of ``size`` leaves."""
    if not 0 <= index < size:
        raise SealError("seal proof index outside its group")
    fn, sn, node = index, size - 1, leaf
    for sibling in proof:
        if sn == 0:
            raise SealError("seal proof longer than its group")
        if fn & 1 or fn == sn:
            node = _node_hash(sibling, node)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            node = _node_hash(node, sibling)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise SealError("seal proof shorter than its group")
    return node


def seal_texts(payload_texts: Sequence[str], writer: str, key: Ed25519PrivateKey) -> list[str]:
    """Outbox payloads sealed by ``writer`` in groups of ``GROUP_ROWS`` (one signature
    each); payloads that already carry a seal (relays) are returned as they are."""
    sealed = list(payload_texts)
    todo: list[tuple[int, bytes]] = []
    for position, text in enumerate(payload_texts):
        payload = json.loads(text)
        if isinstance(payload, dict) and SEAL in payload:
            continue
        if not isinstance(payload, dict) or not payload:
            raise SealError("only a row (a non-empty JSON object) can be sealed")
        todo.append((position, sealed_bytes(payload)))
    for start in range(0, len(todo), GROUP_ROWS):
        group = todo[start : start + GROUP_ROWS]
        root, proofs = _tree([_leaf_hash(signed) for _, signed in group])
        sig = base64.b64encode(key.sign(group_statement(len(group), root))).decode("ascii")
        for index, ((position, signed), proof) in enumerate(zip(group, proofs, strict=True)):
            mark = json.dumps(
                {
                    "by": writer,
                    "sig": sig,
                    "i": index,
                    "n": len(group),
                    "path": base64.b64encode(b"".join(proof)).decode("ascii"),
                },
                separators=(",", ":"),
            )
            # The signed text itself with the seal appended as one more key.
            sealed[position] = signed.decode()[:-1] + f',"{SEAL}":{mark}}}'
    return sealed


def writer_of(payload: dict[str, Any]) -> str | None:
    """The station named in the seal (unverified), or None without a seal."""
    found = payload.get(SEAL)
    if isinstance(found, dict) and isinstance(found.get("by"), str):
        return str(found["by"])
    return None


@lru_cache(maxsize=256)
def _public_key(public: bytes) -> Ed25519PublicKey:
    """Parsed once per key: every row of a push names the same writer."""
    return Ed25519PublicKey.from_public_bytes(public)


# Group statements whose signature verified, by (public key, statement, signature): the
# other rows of the same group need only their own hash and proof checked. Bounded; cleared
# when full.
_VERIFIED_ROOTS: set[tuple[bytes, bytes, bytes]] = set()
_VERIFIED_ROOTS_MAX = 65536


def _verify_root(public: bytes, statement: bytes, sig: bytes) -> None:
    entry = (public, statement, sig)
    if entry in _VERIFIED_ROOTS:
        return
    _public_key(public).verify(sig, statement)
    if len(_VERIFIED_ROOTS) >= _VERIFIED_ROOTS_MAX:
        _VERIFIED_ROOTS.clear()
    _VERIFIED_ROOTS.add(entry)


def verify_seal(payload: dict[str, Any], key_for: KeyLookup) -> str:
    """The id of the station that sealed ``payload``; ``SealError`` when it cannot be shown."""
    found = payload.get(SEAL)
    if not isinstance(found, dict):
        raise SealError("row is not sealed by its writer")
    writer, sig_text = found.get("by"), found.get("sig")
    if not isinstance(writer, str) or not isinstance(sig_text, str):
        raise SealError("malformed seal")
    public = key_for(writer)
    if public is None:
        raise SealError(f"writer {writer[:8]} is not a known station")
    try:
        sig = base64.b64decode(sig_text, validate=True)
        if "n" in found:
            _verify_group_seal(found, public, sig, sealed_bytes(payload))
        else:
            _public_key(public).verify(sig, sealed_bytes(payload))
    except (InvalidSignature, ValueError, binascii.Error):
        raise SealError(f"seal of {writer[:8]} does not verify") from None
    return writer


def _verify_group_seal(found: dict[str, Any], public: bytes, sig: bytes, signed: bytes) -> None:
    index, size, path = found.get("i"), found.get("n"), found.get("path")
    if type(index) is not int or type(size) is not int or not isinstance(path, str):
        raise SealError("malformed seal")
    if not 0 < size <= GROUP_ROWS_MAX:
        raise SealError("malformed seal")
    hashes = base64.b64decode(path, validate=True)
    if len(hashes) % 32 or len(hashes) > 32 * MAX_PROOF_HASHES:
        raise SealError("malformed seal")
    proof = [hashes[i : i + 32] for i in range(0, len(hashes), 32)]
    root = root_from_proof(_leaf_hash(signed), index, size, proof)
    _verify_root(public, group_statement(size, root), sig)
