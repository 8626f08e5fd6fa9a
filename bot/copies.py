"""Copies of one story (a wire story republished, a syndicated summary): MinHash signatures of word shingles.

An article's body is cut into overlapping runs of SHINGLE_WORDS words (case and punctuation folded), and
each run hashed; PERMUTATIONS random hash functions keep their smallest value, so two signatures agree in
about the share of positions that the two bodies' shingle sets share (their Jaccard similarity). Banded
LSH makes the lookup cheap: the signature is cut into BANDS bands of ROWS values and each band hashed to a
bucket key; articles meeting in any bucket are candidates, found by an index whatever the archive's size.

The decision is made on containment, not on Jaccard alone: a syndicated summary that keeps half of the
story is mostly the story's text (its shingles are contained in the story's) though it shares only half of
the story. Two bodies are copies when most of the shorter one is in the longer (CONTAINED) and the shared
text is a fair part of the longer one too (COVERED), so an article that quotes a short statement whole
among its own reporting is not a copy of that statement.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from bot.model import ParsedArticle

SHINGLE_WORDS = 5  # long enough that two unrelated articles on the same story rarely share a run
# Three rows a band keep unrelated articles apart (two on the same story share about 1% of their shingles: a
# bucket in common once in 10,000 pairs), twenty bands find a story that shares half its text nine times in ten.
ROWS = 3
BANDS = 20
PERMUTATIONS = ROWS * BANDS  # 60: a Jaccard estimate within about 0.065 either way
SEED = 14  # the hash functions are drawn once from this seed: signatures stored today match tomorrow's
CONTAINED = 0.7  # at least this share of the shorter body's shingles are in the longer one
COVERED = 0.3  # and the shared shingles are at least this share of the longer body's
_PRIME = 4_294_967_311  # the first prime above 2**32: (a * x + b) % p stays within 64 bits for 32-bit a, b, x
_CHUNK = 4_096  # shingles hashed against every permutation at once: bounds the memory of a huge article
_WORD = re.compile(r"\w+")
_draws = np.random.default_rng(SEED)
_A = _draws.integers(1, 2**32, size=(PERMUTATIONS, 1), dtype=np.uint64)
_B = _draws.integers(0, 2**32, size=(PERMUTATIONS, 1), dtype=np.uint64)


@dataclass(frozen=True)
class Fingerprint:
    """An article body's size in shingles and its MinHash signature: PERMUTATIONS minima, each kept to 16 bits
    (a chance agreement once in 65,536 barely moves an estimate, and the index stays small)."""

    shingles: int
    signature: bytes

    def bucket_keys(self) -> list[int]:
        """One key per band, a signed 32-bit integer (four bytes in SQLite): equal bands, equal keys."""
        width = ROWS * 2
        return [
            int.from_bytes(
                hashlib.blake2b(
                    self.signature[band * width : (band + 1) * width], digest_size=4, person=bytes([band])
                ).digest(),
                "big",
                signed=True,
            )
            for band in range(BANDS)
        ]


def fingerprint_of(texts: Iterable[str]) -> Fingerprint:
    """The fingerprint of a body given as its sentences or paragraphs (a body shorter than a shingle is one)."""
    words = _WORD.findall(" ".join(texts).casefold())
    width = min(SHINGLE_WORDS, len(words)) or 1
    shingles = {" ".join(words[i : i + width]) for i in range(max(1, len(words) - width + 1))}
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "big") for s in shingles),
        dtype=np.uint64,
        count=len(shingles),
    )
    minima = np.full(PERMUTATIONS, _PRIME, dtype=np.uint64)
    for start in range(0, len(hashes), _CHUNK):
        permuted = (_A * hashes[start : start + _CHUNK] + _B) % _PRIME
        minima = np.minimum(minima, permuted.min(axis=1))
    return Fingerprint(len(shingles), (minima & 0xFFFF).astype(">u2").tobytes())


def article_fingerprint(article: ParsedArticle) -> Fingerprint:
    """The fingerprint of an article's cleaned body (its sentences as parsed: no furniture, no title)."""
    return fingerprint_of(sentence.text for sentence in article.sentences)


def shared_shingles(a: Fingerprint, b: Fingerprint) -> float:
    """About how many shingles two bodies share: from the Jaccard estimate J and the sizes, J(|A|+|B|)/(1+J)."""
    agree = np.count_nonzero(np.frombuffer(a.signature, ">u2") == np.frombuffer(b.signature, ">u2"))
    jaccard = agree / PERMUTATIONS
    return jaccard * (a.shingles + b.shingles) / (1 + jaccard)


def is_copy(a: Fingerprint, b: Fingerprint) -> bool:
    """Whether two bodies are one story: most of the shorter is in the longer, and that is a fair part of it."""
    shared = shared_shingles(a, b)
    shorter, longer = sorted((a.shingles, b.shingles))
    return shared >= CONTAINED * shorter and shared >= COVERED * longer
