"""Duplicate detection by id, canonical URL, content fingerprint and MinHash near-duplicates."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from streams.neardup import DEFAULT_THRESHOLD, NearKeys, similarity, unpack
from streams.records import DuplicateMethod

# A claim is stored as [kept_id, first_seen_epoch_s]: a JSON list keeps the changelog small.
# Near-duplicate state: "nb:<band>" -> [[kept_id, seen], ...] (LSH bucket) and
# "ns:<kept_id>" -> [signature (base64), seen].
Claim = list[Any]
MAX_BUCKET = 32  # newest entries kept per LSH bucket: bounds the work a hot bucket can cause


@dataclass(frozen=True, slots=True)
class Unique:
    """The article is new: these claims must be recorded once its outputs are durable."""

    claims: dict[str, Claim]


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The article repeats one already kept."""

    method: DuplicateMethod
    duplicate_of: str
    similarity: float = 1.0


Decision = Unique | Duplicate


def claim_keys(
    article_id: str, canonical_url: str | None, fingerprint: str
) -> list[tuple[DuplicateMethod, str]]:
    """The store keys an article claims, in the order they are checked."""
    keys: list[tuple[DuplicateMethod, str]] = [("id", "id:" + article_id)]
    if canonical_url:
        keys.append(("url", "url:" + canonical_url))
    keys.append(("content", "fp:" + fingerprint))
    return keys


def decide(
    article_id: str,
    canonical_url: str | None,
    fingerprint: str,
    store: Mapping[str, Claim],
    now: float,
    window_s: float,
    near: NearKeys | None = None,
    near_threshold: float = DEFAULT_THRESHOLD,
) -> Decision:
    """Judge one article against the claims in `store`; claims older than the window are ignored."""
    keys = claim_keys(article_id, canonical_url, fingerprint)
    for method, key in keys:
        claim = store.get(key)
        if claim is not None and now - float(claim[1]) <= window_s:
            return Duplicate(method=method, duplicate_of=str(claim[0]))
    seen = round(now)  # whole seconds: the window is days long, and digits cost state bytes
    claims: dict[str, Claim] = {key: [article_id, seen] for _, key in keys}
    if near is None:
        return Unique(claims=claims)
    best: tuple[float, str] | None = None
    compared: set[str] = set()
    for band in near.bands:
        live = [e for e in store.get("nb:" + band) or () if now - float(e[1]) <= window_s]
        for kept_id, _ in live:
            if kept_id in compared:
                continue
            compared.add(kept_id)
            kept = store.get("ns:" + kept_id)
            if kept is None or now - float(kept[1]) > window_s:
                continue
            score = similarity(near.signature, unpack(kept[0]))
            if score >= near_threshold and (best is None or score > best[0]):
                best = (score, kept_id)
        claims["nb:" + band] = [*live[-(MAX_BUCKET - 1):], [article_id, seen]]
    if best is not None:
        return Duplicate(method="near", duplicate_of=best[1], similarity=round(best[0], 3))
    claims["ns:" + article_id] = [near.packed(), seen]
    return Unique(claims=claims)


class Overlay(Mapping[str, Claim]):
    """A read-through view: claims decided in this batch over the durable store beneath."""

    def __init__(self, base: Mapping[str, Claim]) -> None:
        self.base = base
        self.pending: dict[str, Claim] = {}

    def __getitem__(self, key: str) -> Claim:
        if key in self.pending:
            return self.pending[key]
        return self.base[key]

    def get(self, key: str, default: Any = None) -> Any:
        value = self.pending.get(key)
        if value is not None:
            return value
        return self.base.get(key, default)

    def __iter__(self) -> Any:
        yield from self.pending
        yield from (k for k in self.base if k not in self.pending)

    def __len__(self) -> int:
        return len(self.pending) + sum(1 for k in self.base if k not in self.pending)

    def record(self, decision: Decision) -> None:
        """Remember a batch-local Unique decision so later articles in the batch see it."""
        if isinstance(decision, Unique):
            self.pending.update(decision.claims)

    def flush_into(self, store: MutableMapping[str, Claim]) -> int:
        """Write the batch's claims to the durable store; return how many were written."""
        count = len(self.pending)
        for key, claim in self.pending.items():
            store[key] = claim
        self.pending.clear()
        return count


def expired(
    items: Iterable[tuple[str, Claim]], now: float, window_s: float
) -> tuple[list[str], dict[str, Claim]]:
    """Keys whose claims all lie outside the window, and buckets to rewrite without old entries."""
    deletes: list[str] = []
    rewrites: dict[str, Claim] = {}
    for key, value in items:
        if key.startswith("nb:"):
            live = [e for e in value if now - float(e[1]) <= window_s]
            if not live:
                deletes.append(key)
            elif len(live) < len(value):
                rewrites[key] = live
        elif value is not None and now - float(value[1]) > window_s:
            deletes.append(key)
    return deletes, rewrites
