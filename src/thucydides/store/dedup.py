"""Near-duplicate articles (wire copies): MinHash signatures and LSH bands kept in the database.

The signature of each document is stored (documents.minhash) with its LSH band hashes
(minhash_bands), so a later ingest, in any process, finds earlier copies with one indexed query,
and the bands can be rebuilt from the signatures alone (`rebuild_bands`).
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from thucydides.extract import normalise_text

# 128 permutations give a Jaccard estimate within about +-0.09 (2 sigma); a copy and its source
# are compared on the estimate only after LSH made them candidates.
NUM_PERM = 128
# 32 bands of 4 rows: a pair with Jaccard 0.6 becomes a candidate with p = 0.99 (0.5: p = 0.87),
# a pair at 0.12 with p < 0.01; the signature comparison below then decides.
BANDS = 32
ROWS = NUM_PERM // BANDS
# Word 3-shingles, Jaccard >= 0.5. Measured on Wikinews 2019 (shared/corpus, 171 articles): an
# article against a wire-style copy of itself (new dateline, byline added, last paragraph dropped)
# scores 0.52-1.00 (median 0.88); the 14,535 pairs of distinct articles score at most 0.12.
SHINGLE = 3
NEAR_DUPLICATE_JACCARD = 0.5
# Most candidates a new document is compared with; boilerplate-heavy pages could match many.
MAX_CANDIDATES = 200
_SEED = 1
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = _WORD.findall(normalise_text(text).lower())
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return np.asarray(minhash.hashvalues, dtype="<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


def band_hashes(hashvalues: np.ndarray) -> list[int]:
    """One signed 64-bit hash per band; the band number is hashed in, so equal hash = same band."""
    values = np.asarray(hashvalues, dtype="<u8")
    result = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk, digest_size=8).digest()
        result.append(int.from_bytes(digest, "little", signed=True))
    return result


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)
