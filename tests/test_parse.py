"""Parse + validate: what is accepted, and the error class and stage of what is refused."""

from __future__ import annotations

import pytest

from streams.errors import NotJsonError, SchemaError, StageError, TooLargeError
from streams.parse import parse_raw


@pytest.mark.parametrize(
    ("data", "error", "stage"),
    [
        (b"", NotJsonError, "parse"),
        (b"{", NotJsonError, "parse"),
        (b"\xff\xfe{}", NotJsonError, "parse"),
        (b'{"id": "a", "title": "\xed\xa0\x80"}', NotJsonError, "parse"),  # lone surrogate
        (b"[" * 5000 + b"]" * 5000, NotJsonError, "parse"),  # nesting beyond orjson's limit
        (b"[]", SchemaError, "validate"),
        (b'"text"', SchemaError, "validate"),
        (b"null", SchemaError, "validate"),
        (b'{"title": "t"}', SchemaError, "validate"),
        (b'{"id": 7, "title": "t"}', SchemaError, "validate"),
        (b'{"id": true, "title": "t"}', SchemaError, "validate"),
        (b'{"id": "  ", "title": "t"}', SchemaError, "validate"),
        (b'{"id": "a"}', SchemaError, "validate"),
        (b'{"id": "a", "title": " ", "body": "\\n"}', SchemaError, "validate"),
        (b'{"id": "a", "title": ["t"]}', SchemaError, "validate"),
        (b'{"id": "a", "title": "t", "url": 5}', SchemaError, "validate"),
        (b'{"id": "a", "title": "t", "published_at": "yesterday"}', SchemaError, "validate"),
        (b'{"id": "a", "title": "t", "published_at": "2025-13-01T00:00:00Z"}', SchemaError,
         "validate"),
        (b'{"id": "a", "title": "t", "published_at": "2025-12-06"}', SchemaError, "validate"),
    ],
)
def test_refused(data: bytes, error: type[StageError], stage: str) -> None:
    with pytest.raises(error) as info:
        parse_raw(data)
    assert info.value.stage == stage
    assert info.value.message


def test_too_large_is_checked_before_decoding() -> None:
    with pytest.raises(TooLargeError) as info:
        parse_raw(b'{"id": "a", "title": "' + b"x" * 2000 + b'"}', max_bytes=1024)
    assert "limit is 1024" in info.value.message


def test_schema_error_names_the_article_when_known() -> None:
    with pytest.raises(SchemaError) as info:
        parse_raw(b'{"id": "a-1", "title": 3}')
    assert info.value.article_id == "a-1"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"id": "a", "title": "T"}', {"id": "a", "title": "T", "body": ""}),
        (b'{"id": "a", "body": "B", "title": null, "url": null}', {"title": "", "body": "B"}),
        (b'{"id": "a", "title": "T", "published_at": "2025-12-06T09:00:00.123+02:00"}',
         {"published_at": "2025-12-06T09:00:00.123+02:00"}),
        (b'{"id": "a", "title": "T", "language": "uk", "tags": ["x"], "meta": {"n": 1}}',
         {"language": "uk", "extra": {"tags": ["x"], "meta": {"n": 1}}}),
    ],
)
def test_accepted(data: bytes, expected: dict[str, object]) -> None:
    article = parse_raw(data)
    for name, value in expected.items():
        assert getattr(article, name) == value
