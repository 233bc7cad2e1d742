"""Near-duplicates and syndication: MinHash over word shingles, banded for LSH.

A TTXVN story republished by ten papers differs by a byline, a photo caption or a
sentence; MinHash (datasketch) estimates the Jaccard similarity of the 5-word
shingles of the clean text, and LSH bands find candidates without comparing every
pair. The bands are plain integers so that the store can keep them in an indexed
table: the index persists between runs and no memory grows with the corpus
(datasketch's own ``MinHashLSH`` lives in memory or in Redis/Cassandra).

With 64 permutations in 8 bands of 8 rows, two texts become candidates with
probability 1-(1-s^8)^8: 0.98 at s=0.8, 0.16 at s=0.5; a candidate is then kept
only when the estimated similarity reaches ``THRESHOLD``.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache

import numpy as np

from hoptac.clean.normalize import fold

NUM_PERM = 64
BANDS = 8
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.8

_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word k-grams of the folded text (the whole text when shorter than k words)."""
    words = _WORD.findall(fold(text))
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


@cache
def _template():  # type: ignore[no-untyped-def]
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")


def signature(text: str) -> bytes | None:
    """The MinHash signature of a text as NUM_PERM little-endian uint32 (None for a text with no words)."""
    sh = shingles(text)
    if not sh:
        return None
    m = _template().copy()
    m.update_batch(sh)
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def bands(sig: bytes) -> list[int]:
    """One signed 64-bit hash per LSH band (fits a BIGINT column)."""
    step = ROWS * 4
    return [
        int.from_bytes(hashlib.blake2b(sig[i * step : (i + 1) * step], digest_size=8).digest(), "little", signed=True)
        for i in range(BANDS)
    ]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    va, vb = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    if va.shape != vb.shape:
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)
