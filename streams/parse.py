"""Parse and validate raw article bytes into a RawArticle (schemas/raw-article.v1.json)."""

from __future__ import annotations

import re
from typing import Any

import orjson

from streams.errors import NotJsonError, SchemaError, TooLargeError
from streams.records import RawArticle

MAX_ID_CHARS = 512
MAX_SHORT_FIELD_CHARS = 8192  # url, source, published_at, language
KNOWN_FIELDS = frozenset({"id", "title", "body", "url", "source", "published_at", "language"})
_OPTIONAL_TEXT_FIELDS = ("title", "body", "url", "source", "published_at", "language")

# RFC 3339 date-time: the schema's "format": "date-time". Bounded, no nested quantifiers.
_RFC3339 = re.compile(  # ASCII digits only, as the schema
    r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:"
    r"([0-5][0-9]|60)(\.[0-9]{1,9})?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"
)


def parse_raw(data: bytes, max_bytes: int = 1 << 20) -> RawArticle:
    """Decode and validate one raw record; raise a StageError naming why it is refused."""
    if len(data) > max_bytes:
        raise TooLargeError(f"record is {len(data)} bytes, limit is {max_bytes}")
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise NotJsonError(f"not valid UTF-8 JSON: {exc}") from None
    return validate(doc)


def validate(doc: Any) -> RawArticle:
    """Check a decoded JSON value against the raw-article contract and build the record."""
    if not isinstance(doc, dict):
        raise SchemaError(f"expected a JSON object, got {_json_type(doc)}")
    article_id = doc.get("id")
    if not isinstance(article_id, str):
        raise SchemaError(f"'id' must be a string, got {_json_type(article_id)}")
    if not article_id.strip() or len(article_id) > MAX_ID_CHARS:
        raise SchemaError(f"'id' must be 1..{MAX_ID_CHARS} characters, not blank")
    for name in _OPTIONAL_TEXT_FIELDS:
        value = doc.get(name)
        if value is not None and not isinstance(value, str):
            raise SchemaError(
                f"'{name}' must be a string or null, got {_json_type(value)}", article_id
            )
    for name in ("url", "source", "published_at", "language"):
        value = doc.get(name)
        if value is not None and len(value) > MAX_SHORT_FIELD_CHARS:
            raise SchemaError(f"'{name}' is longer than {MAX_SHORT_FIELD_CHARS}", article_id)
    title: str = doc.get("title") or ""
    body: str = doc.get("body") or ""
    if not title.strip() and not body.strip():
        raise SchemaError("'title' or 'body' must be non-empty", article_id)
    published_at = doc.get("published_at")
    if published_at is not None and not _RFC3339.fullmatch(published_at):
        raise SchemaError("'published_at' must be an RFC 3339 date-time", article_id)
    extra = {k: v for k, v in doc.items() if k not in KNOWN_FIELDS}
    return RawArticle(
        id=article_id,
        title=title,
        body=body,
        url=doc.get("url"),
        source=doc.get("source"),
        published_at=published_at,
        language=doc.get("language"),
        extra=extra,
    )


def _json_type(value: Any) -> str:
    """Name a decoded JSON value's type as JSON Schema does."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
