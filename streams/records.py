"""Event records: plain frozen dataclasses that mirror the JSON Schemas in `schemas/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ENRICHED_TYPE = "news.article.enriched.v1"
DUPLICATE_TYPE = "news.article.duplicate.v1"
REJECTED_TYPE = "news.article.rejected.v1"

MILITARY_STRIKE = "military_strike"
DIPLOMACY = "diplomacy"
LABELS: tuple[str, ...] = (MILITARY_STRIKE, DIPLOMACY)

DuplicateMethod = Literal["id", "url", "content", "near"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """A raw article that passed parsing and validation (schemas/raw-article.v1.json)."""

    id: str
    title: str = ""
    body: str = ""
    url: str | None = None
    source: str | None = None
    published_at: str | None = None
    language: str | None = None  # optional hint from the producer
    extra: dict[str, Any] = field(default_factory=dict)  # unknown fields, kept as given


@dataclass(frozen=True, slots=True)
class NormalizedArticle:
    """A raw article after cleaning: NFC text, no page furniture, canonical URL, fingerprint."""

    raw: RawArticle
    title: str
    body: str
    canonical_url: str | None
    fingerprint: str
    body_tokens: str = ""  # folded words of the body joined by spaces, for near duplicates


@dataclass(frozen=True, slots=True)
class Language:
    """ISO 639-1 code (or `und`) and the detector's confidence in [0, 1]."""

    code: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Classification:
    """Independent labels with scores in [0, 1] and the phrases that carried each label."""

    labels: list[str]
    scores: dict[str, float]
    evidence: dict[str, list[str]]
    abstained: bool = False
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class EnrichedArticle:
    """The enriched event published for every unique article (schemas/enriched-article.v1.json)."""

    id: str
    url: str | None
    canonical_url: str | None
    source: str | None
    title: str
    body: str
    published_at: str | None
    fingerprint: str
    language: Language
    classification: Classification
    processed_at: str
    pipeline_version: str
    extra: dict[str, Any] = field(default_factory=dict)
    type: str = ENRICHED_TYPE


@dataclass(frozen=True, slots=True)
class DuplicateNotice:
    """Notice that an article repeats one already kept (schemas/duplicate-notice.v1.json)."""

    id: str
    duplicate_of: str
    method: DuplicateMethod
    similarity: float
    url: str | None = None
    detected_at: str | None = None
    type: str = DUPLICATE_TYPE


@dataclass(frozen=True, slots=True)
class Rejected:
    """Why an input was refused (schemas/rejected.v1.json); the DLQ itself keeps the raw bytes."""

    id: str | None
    error: str
    stage: str
    error_class: str
    type: str = REJECTED_TYPE
