"""Private keys at rest: what a passphrase costs the desk, and what it costs a thief.

Baseline: reading a clear PEM key (what an unprotected station does). Then the scrypt
derivation with Ikrar's parameters (paid once per app start, off the GUI thread), loading
a sealed key once unlocked (every later load), and from the derivation time the offline
guessing cost for a thief with a copied folder, per passphrase kind, in CPU-core time.

    python -m benchmarks.key_vault [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.smoke import parse_args  # noqa: E402


def _median(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _core_time(seconds: float) -> str:
    if seconds < 86400:
        return f"{seconds / 3600:,.1f} core-hours"
    if seconds < 86400 * 365 * 2:
        return f"{seconds / 86400:,.1f} core-days"
    return f"{seconds / (86400 * 365):,.3g} core-years"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parse_args(parser, {"runs": 2})

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.services.common import key_vault

    passphrase = "contoh frasa sandi panjang"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "keys"
        path = folder / "station_ed25519.pem"
        key_vault.store_private_key(path, Ed25519PrivateKey.generate())
        clear = _median(lambda: key_vault.load_private_key(path), args.runs * 20)
        print(f"baseline: load a clear PEM key            median {clear * 1e6:,.0f} µs")
        key_vault.protect(folder, passphrase)
        key_vault.forget_unlocked()

        def unlock() -> None:
            key_vault.forget_unlocked()
            key_vault.unlock(folder, passphrase)

        unlocking = _median(unlock, args.runs)
        n, r, p = key_vault.SCRYPT_N, key_vault.SCRYPT_R, key_vault.SCRYPT_P
        memory = 128 * n * r // 2**20
        print(
            f"unlock (scrypt N=2^{n.bit_length() - 1}, r={r}, p={p}, {memory} MiB): "
            f"median {unlocking * 1000:,.0f} ms, once per app start"
        )
        sealed = _median(lambda: key_vault.load_private_key(path), args.runs * 20)
        print(
            f"load a sealed key once unlocked           median {sealed * 1e6:,.0f} µs "
            f"(x{sealed / clear:,.1f} baseline)"
        )
    print("offline guessing of a copied folder, one scrypt per guess on one core:")
    spaces = {
        "6-digit PIN (10^6)": 10**6,
        "8 random lowercase letters (26^8)": 26**8,
        "10 random lowercase letters (26^10)": 26**10,
        "4 random words of 2048 (2^44)": 2048**4,
    }
    for name, size in spaces.items():
        print(f"  {name:38} worst case {_core_time(size * unlocking)}")


if __name__ == "__main__":
    main()
