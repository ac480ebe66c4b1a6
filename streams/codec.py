"""JSON encoding and decoding of records with orjson, shared by the worker and the offline path."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import orjson

from streams.records import (
    DUPLICATE_TYPE,
    ENRICHED_TYPE,
    LABELS,
    REJECTED_TYPE,
    Classification,
    DuplicateMethod,
    DuplicateNotice,
    EnrichedArticle,
    Language,
    Rejected,
)

Event = EnrichedArticle | DuplicateNotice | Rejected


def dumps(event: Event | dict[str, Any]) -> bytes:
    """Serialize a record (or a plain dict) to compact JSON bytes."""
    return orjson.dumps(event)


def loads(data: bytes | str) -> Any:
    """Parse JSON bytes or text."""
    return orjson.loads(data)


DUPLICATE_METHODS: tuple[str, ...] = ("id", "url", "content", "near")
REJECTED_STAGES: tuple[str, ...] = (
    "parse",
    "validate",
    "normalize",
    "dedupe",
    "language",
    "classify",
    "publish",
)


def enriched_from_dict(d: Mapping[str, Any]) -> EnrichedArticle:
    """Build an EnrichedArticle from a decoded event; KeyError/TypeError/ValueError if invalid."""
    _check_type(d, ENRICHED_TYPE)
    return EnrichedArticle(
        id=_str(d, "id"),
        url=_opt_str(d, "url"),
        canonical_url=_opt_str(d, "canonical_url"),
        source=_opt_str(d, "source"),
        title=_str(d, "title"),
        body=_str(d, "body"),
        published_at=_opt_str(d, "published_at"),
        fingerprint=_str(d, "fingerprint"),
        language=_language(_mapping(d, "language")),
        classification=_classification(_mapping(d, "classification")),
        processed_at=_str(d, "processed_at"),
        pipeline_version=_str(d, "pipeline_version"),
        extra=dict(_mapping(d, "extra")),
    )


def duplicate_from_dict(d: Mapping[str, Any]) -> DuplicateNotice:
    """Build a DuplicateNotice from a decoded event; KeyError/TypeError/ValueError if invalid."""
    _check_type(d, DUPLICATE_TYPE)
    method = _str(d, "method")
    if method not in DUPLICATE_METHODS:
        raise ValueError(f"'method' must be one of {DUPLICATE_METHODS}, got {method!r}")
    return DuplicateNotice(
        id=_str(d, "id"),
        duplicate_of=_str(d, "duplicate_of"),
        method=cast(DuplicateMethod, method),
        similarity=_number(d, "similarity"),
        url=_opt_str(d, "url") if "url" in d else None,
        detected_at=_opt_str(d, "detected_at") if "detected_at" in d else None,
    )


def rejected_from_dict(d: Mapping[str, Any]) -> Rejected:
    """Build a Rejected from a decoded event (absent error_class reads as ""); raise if invalid."""
    _check_type(d, REJECTED_TYPE)
    stage = _str(d, "stage")
    if stage not in REJECTED_STAGES:
        raise ValueError(f"'stage' must be one of {REJECTED_STAGES}, got {stage!r}")
    return Rejected(
        id=_opt_str(d, "id"),
        error=_str(d, "error"),
        stage=stage,
        error_class=_str(d, "error_class") if "error_class" in d else "",
    )


def _check_type(d: Mapping[str, Any], expected: str) -> None:
    """Require a mapping whose `type` field is the expected event type."""
    if not isinstance(d, Mapping):
        raise TypeError(f"event must be a JSON object, got {type(d).__name__}")
    found = _str(d, "type")
    if found != expected:
        raise ValueError(f"'type' must be {expected!r}, got {found!r}")


def _language(d: Mapping[str, Any]) -> Language:
    """Decode the `language` object."""
    return Language(code=_str(d, "code"), confidence=_number(d, "confidence"))


def _classification(d: Mapping[str, Any]) -> Classification:
    """Decode the `classification` object; scores and evidence must cover every known label."""
    labels = _str_list(d, "labels")
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        raise ValueError(f"unknown labels {unknown}; known: {LABELS}")
    scores_in = _mapping(d, "scores")
    evidence_in = _mapping(d, "evidence")
    scores = {name: _number(scores_in, name) for name in (*LABELS, *scores_in)}
    evidence = {name: _str_list(evidence_in, name) for name in (*LABELS, *evidence_in)}
    return Classification(
        labels=labels,
        scores=scores,
        evidence=evidence,
        abstained=_bool(d, "abstained"),
        reason=_opt_str(d, "reason"),
    )


def _str(d: Mapping[str, Any], key: str) -> str:
    """Return d[key], which must be a string."""
    value = d[key]
    if not isinstance(value, str):
        raise TypeError(f"{key!r} must be a string, got {type(value).__name__}")
    return value


def _opt_str(d: Mapping[str, Any], key: str) -> str | None:
    """Return d[key], which must be a string or None."""
    value = d[key]
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{key!r} must be a string or null, got {type(value).__name__}")
    return value


def _number(d: Mapping[str, Any], key: str) -> float:
    """Return d[key], which must be a JSON number (not a boolean), as a float."""
    value = d[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{key!r} must be a number, got {type(value).__name__}")
    return float(value)


def _bool(d: Mapping[str, Any], key: str) -> bool:
    """Return d[key], which must be a boolean."""
    value = d[key]
    if not isinstance(value, bool):
        raise TypeError(f"{key!r} must be a boolean, got {type(value).__name__}")
    return value


def _str_list(d: Mapping[str, Any], key: str) -> list[str]:
    """Return a copy of d[key], which must be a list of strings."""
    value = d[key]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError(f"{key!r} must be a list of strings")
    return list(value)


def _mapping(d: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    """Return d[key], which must be a JSON object."""
    value = d[key]
    if not isinstance(value, Mapping):
        raise TypeError(f"{key!r} must be an object, got {type(value).__name__}")
    return value
