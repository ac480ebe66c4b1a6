"""Near-duplicate fingerprints: MinHash signatures of word shingles, and LSH band keys."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

NUM_PERM = 64
BANDS = 24  # 24 bands of 2 rows (48 of the 64 values): a pair with Jaccard 0.3 becomes a
ROWS = 2  # candidate 90% of the time, 0.47 (half an article dropped) 99.7%, 0.05 only 6%
SHINGLE = 3  # words per shingle
# Estimated Jaccard at which a pair counts as the same story. A copy that keeps half the
# article has a true Jaccard near 0.47, and a 64-value estimate wanders by about +-0.06;
# independent reports of the same event stay below 0.13 on tests/neardup (`make eval`).
DEFAULT_THRESHOLD = 0.3
MIN_WORDS = 25  # shorter texts share too few shingles for a meaningful estimate

_rng = np.random.RandomState(20251206)  # fixed: signatures must agree across processes
# Multiply-add hashing in wrapping 32-bit arithmetic (odd multipliers): a universal family
# that is several times cheaper in numpy than the classic (a*x + b) mod prime.
_A = (_rng.randint(0, 1 << 31, NUM_PERM).astype(np.uint32) << np.uint32(1)) | np.uint32(1)
_B = _rng.randint(0, 1 << 31, NUM_PERM).astype(np.uint32)
_M1 = np.uint32(0x9E3779B1)
_M2 = np.uint32(0x85EBCA77)

_BAND_MIX = np.array([0x9E3779B97F4A7C15 >> i * 7 | 1 for i in range(ROWS)], dtype=np.uint64)
MAX_BYTES = 1 << 16  # the first 64 KB of a body's words say whether it is a copy
_POLY = 0x01000193  # odd, so it has an inverse modulo 2**32
_POWERS = np.concatenate(
    ([1], np.cumprod(np.full(MAX_BYTES, _POLY, dtype=np.uint32), dtype=np.uint32))
).astype(np.uint32)  # P^0, P^1, ... (wrapping)
_INV_POWERS = np.concatenate(
    ([1], np.cumprod(np.full(MAX_BYTES, pow(_POLY, -1, 1 << 32), dtype=np.uint32),
                     dtype=np.uint32))
).astype(np.uint32)  # P^0, P^-1, ...

Signature = npt.NDArray[np.uint32]


@dataclass(frozen=True, slots=True)
class NearKeys:
    """An article's MinHash signature and the LSH band keys it is filed under."""

    signature: Signature
    bands: tuple[str, ...]

    def encode(self) -> bytes:
        """The signature as raw little-endian bytes (a Kafka header value)."""
        return self.signature.astype("<u4").tobytes()

    def packed(self) -> str:
        """The signature as base64 text (a JSON table value)."""
        return base64.b64encode(self.encode()).decode()

    @classmethod
    def decode(cls, data: bytes) -> NearKeys:
        """Rebuild from `encode()` output."""
        return from_signature(_checked(np.frombuffer(data, dtype="<u4").astype(np.uint32)))


def _checked(sig: Signature) -> Signature:
    """Refuse a signature of the wrong size (a corrupt header or table value)."""
    if len(sig) != NUM_PERM:
        raise ValueError(f"a signature has {NUM_PERM} values, not {len(sig)}")
    return sig


def unpack(text: str) -> Signature:
    """A signature from `NearKeys.packed()` text."""
    return _checked(np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32))


def signature(tokens: str) -> Signature | None:
    """MinHash signature of the word 3-shingles of space-separated tokens (None if too few)."""
    h = word_hashes(tokens)
    if len(h) < MIN_WORDS:
        return None
    # Wrap-around multiplication is the point (numpy array arithmetic wraps silently).
    # Combine neighbouring word hashes into shingle hashes without hashing each shingle.
    shingles = (h[:-2] * _M1) ^ (h[1:-1] * _M2) ^ h[2:]
    perms = shingles[:, None] * _A
    perms += _B
    result: Signature = perms.min(axis=0)
    return result


def word_hashes(tokens: str) -> npt.NDArray[np.uint32]:
    """A 32-bit polynomial hash of every word, all at once in numpy (no per-word Python call).

    With prefix sums C[k] of b[j] * P^-j, a word's bytes b[s:e] hash to
    P^s * (C[e] - C[s]) = sum b[j] * P^-(j - s): the same wherever the word stands.
    """
    data = tokens.encode("utf-8", "surrogatepass")[:MAX_BYTES]
    if not data.strip():
        return np.zeros(0, dtype=np.uint32)
    b = np.frombuffer(data, dtype=np.uint8)
    prefix = np.zeros(len(b) + 1, dtype=np.uint32)
    np.cumsum(b * _INV_POWERS[: len(b)], dtype=np.uint32, out=prefix[1:])
    spaces = np.flatnonzero(b == 32)
    starts = np.concatenate(([0], spaces + 1))
    ends = np.concatenate((spaces, [len(b)]))
    hashes: npt.NDArray[np.uint32] = (prefix[ends] - prefix[starts]) * _POWERS[starts]
    return hashes


def from_signature(sig: Signature) -> NearKeys:
    """File a signature under its LSH bands."""
    rows = sig[: BANDS * ROWS].reshape(BANDS, ROWS).astype(np.uint64)
    hashes = (rows * _BAND_MIX).sum(axis=1) & np.uint64(0xFFFFFFFF)
    return NearKeys(sig, tuple(f"{i}:{int(h):08x}" for i, h in enumerate(hashes)))


def near_keys(tokens: str) -> NearKeys | None:
    """Signature and band keys for space-separated tokens, or None when too short to judge."""
    sig = signature(tokens)
    return None if sig is None else from_signature(sig)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)
