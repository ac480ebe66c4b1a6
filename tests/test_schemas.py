"""The JSON Schemas, their examples, the sample feed, parse.py and the codec all agree."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import fields
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import orjson
import pytest
from jsonschema import Draft202012Validator, FormatChecker

from streams import codec
from streams.errors import NotJsonError, SchemaError, StageError
from streams.parse import KNOWN_FIELDS, MAX_ID_CHARS, MAX_SHORT_FIELD_CHARS, parse_raw
from streams.records import (
    Classification,
    DuplicateNotice,
    EnrichedArticle,
    Language,
    Rejected,
)

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_DIR = ROOT / "schemas"
EXAMPLE_DIR = SCHEMA_DIR / "examples"
SAMPLE_DIR = ROOT / "streams" / "samples"
SCHEMA_NAMES = ("raw-article", "enriched-article", "duplicate-notice", "rejected")
SAMPLE_HOSTS = frozenset({"example.org", "example.com", "example.net"})
TRACKING_SUFFIX = "?utm_source=rss&utm_medium=feed"

# RFC 3339 section 5.6 date-time, checked with the calendar (leap second allowed). Registered
# on our own FormatChecker so that `format: date-time` is asserted whether or not the optional
# rfc3339-validator package is installed (without it jsonschema silently skips the check).
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?"
    r"(?:[Zz]|[+-]([0-9]{2}):([0-9]{2}))"
)


def _is_rfc3339(value: object) -> bool:
    """Tell whether a string is an RFC 3339 date-time; other types are not this format's concern."""
    if not isinstance(value, str):
        return True
    match = _RFC3339.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    offset_hours, offset_minutes = (int(g or 0) for g in match.groups()[7:])
    try:
        datetime(year, month, day, hour, minute)
    except ValueError:
        return False
    return second <= 60 and offset_hours <= 23 and offset_minutes <= 59


FORMAT_CHECKER = FormatChecker()
FORMAT_CHECKER.checks("date-time")(_is_rfc3339)


@cache
def _schema(name: str) -> dict[str, Any]:
    """Load schemas/<name>.v1.json."""
    doc: dict[str, Any] = orjson.loads((SCHEMA_DIR / f"{name}.v1.json").read_bytes())
    return doc


@cache
def _validator(name: str, formats: bool = True) -> Any:
    """A 2020-12 validator for one schema, asserting `format` unless told not to."""
    checker = FORMAT_CHECKER if formats else None
    return Draft202012Validator(_schema(name), format_checker=checker)


def _examples(kind: str) -> list[Path]:
    """The example files under schemas/examples/<kind>/, sorted."""
    return sorted((EXAMPLE_DIR / kind).glob("*.json"))


def _load(path: Path) -> Any:
    """Decode one JSON file."""
    return orjson.loads(path.read_bytes())


def _parser_accepts(payload: Any) -> bool:
    """Tell whether streams.parse.parse_raw accepts the JSON encoding of payload."""
    try:
        parse_raw(orjson.dumps(payload))
    except StageError:
        return False
    return True


VALID_EXAMPLES = [(name, path) for name in SCHEMA_NAMES for path in _examples(name)]
INVALID_RAW_EXAMPLES = _examples("invalid/raw-article")
MIN_EXAMPLES = {"raw-article": 3, "enriched-article": 2, "duplicate-notice": 2, "rejected": 1}

# --- the schemas themselves ----------------------------------------------------------------


def _undescribed(schema: Mapping[str, Any], where: str) -> Iterator[str]:
    """Yield the paths of properties (nested ones included) that have no description."""
    for name, sub in schema.get("properties", {}).items():
        if "description" not in sub:
            yield f"{where}.{name}"
        yield from _undescribed(sub, f"{where}.{name}")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    """Each schema is itself valid and carries its identity and documentation."""
    schema = _schema(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:news-streams:schema:{name}:v1"
    assert schema["title"] and schema["description"]
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is True, "v1 grows by adding fields"
    assert list(_undescribed(schema, name)) == []


@pytest.mark.parametrize(
    ("name", "record"),
    [("enriched-article", EnrichedArticle), ("duplicate-notice", DuplicateNotice)],
)
def test_schema_properties_match_the_record(name: str, record: type) -> None:
    """Every record field is a schema property and vice versa."""
    assert set(_schema(name)["properties"]) == {f.name for f in fields(record)}


def test_rejected_schema_matches_the_record() -> None:
    """Rejected's fields are exactly the rejected schema's properties."""
    assert set(_schema("rejected")["properties"]) == {f.name for f in fields(Rejected)}


def test_raw_schema_mirrors_the_parser_constants() -> None:
    """The raw schema's known fields and length limits are parse.py's."""
    props = _schema("raw-article")["properties"]
    assert set(props) == KNOWN_FIELDS
    assert props["id"]["maxLength"] == MAX_ID_CHARS
    for name in ("url", "source", "published_at", "language"):
        assert props[name]["maxLength"] == MAX_SHORT_FIELD_CHARS


def test_format_checker_asserts_date_time() -> None:
    """The checker used below really checks date-time (it is optional in jsonschema)."""
    assert FORMAT_CHECKER.conforms("2025-12-06T09:00:00Z", "date-time")
    assert FORMAT_CHECKER.conforms("2016-12-31T23:59:60.5+00:00", "date-time")
    for bad in ("2025-02-30T09:00:00Z", "2025-12-06 09:00:00Z", "2025-12-06T09:00:00", "nope"):
        assert not FORMAT_CHECKER.conforms(bad, "date-time"), bad


# --- examples ---------------------------------------------------------------------------------


def test_every_example_directory_is_known() -> None:
    """Examples live only in a directory named after a schema (or invalid/raw-article)."""
    dirs = {p.relative_to(EXAMPLE_DIR).as_posix() for p in EXAMPLE_DIR.rglob("*") if p.is_dir()}
    assert dirs == {*SCHEMA_NAMES, "invalid", "invalid/raw-article"}
    for name, minimum in MIN_EXAMPLES.items():
        assert len(_examples(name)) >= minimum, name
    assert len(INVALID_RAW_EXAMPLES) >= 6


@pytest.mark.parametrize(("name", "path"), VALID_EXAMPLES, ids=lambda v: getattr(v, "stem", v))
def test_example_is_valid(name: str, path: Path) -> None:
    """Each example validates against its schema, formats included."""
    _validator(name).validate(_load(path))


@pytest.mark.parametrize("path", INVALID_RAW_EXAMPLES, ids=lambda p: p.stem)
def test_invalid_raw_example_is_invalid(path: Path) -> None:
    """Each invalid raw example fails the schema, even without format assertion."""
    assert not _validator("raw-article").is_valid(_load(path))
    assert not _validator("raw-article", formats=False).is_valid(_load(path))


@pytest.mark.parametrize("path", _examples("raw-article"), ids=lambda p: p.stem)
def test_parser_accepts_valid_raw_example(path: Path) -> None:
    """parse_raw accepts every valid raw example and keeps its unknown fields."""
    doc = _load(path)
    article = parse_raw(path.read_bytes())
    assert article.id == doc["id"]
    assert article.extra == {k: v for k, v in doc.items() if k not in KNOWN_FIELDS}


@pytest.mark.parametrize("path", INVALID_RAW_EXAMPLES, ids=lambda p: p.stem)
def test_parser_rejects_invalid_raw_example(path: Path) -> None:
    """parse_raw refuses every invalid raw example with a StageError."""
    with pytest.raises(StageError):
        parse_raw(path.read_bytes())


# --- schema and parser agree on edge cases ----------------------------------------------------


def _article(**fields_: Any) -> dict[str, Any]:
    """A valid raw article with some fields replaced (a value of ... removes the field)."""
    doc: dict[str, Any] = {"id": "edge-0001", "title": "Ceasefire talks resume"}
    doc.update(fields_)
    return {k: v for k, v in doc.items() if v is not ...}


AGREEMENT: list[tuple[str, Any, bool]] = [
    (
        "all-optional-null",
        _article(title=None, body="b", url=None, source=None, published_at=None, language=None),
        True,
    ),
    ("whitespace-only-id", _article(id=" \n\t "), False),
    ("unicode-space-only-id", _article(id="\u00a0\u2003\u3000"), False),
    ("id-with-inner-spaces", _article(id=" a b "), True),
    ("empty-id", _article(id=""), False),
    ("boolean-id", _article(id=True), False),
    ("null-id", _article(id=None), False),
    ("id-512-chars", _article(id="é" * 512), True),
    ("id-513-chars", _article(id="é" * 513), False),
    ("unknown-fields-kept", _article(tags=["a", "b"], score=3, flag=False), True),
    (
        "nested-extra-object",
        _article(meta={"feed": {"name": "rss", "seq": [1, {"x": None}]}}),
        True,
    ),
    ("extra-field-named-like-schema-words", _article(type="x", extra={"a": 1}), True),
    ("title-null-body-blank", _article(title=None, body=" \n "), False),
    ("title-nbsp-only", _article(title="\u00a0"), False),
    ("title-zero-width-space", _article(title="\u200b"), True),
    ("title-blank-body-text", _article(title="  ", body="b"), True),
    ("no-title-no-body", _article(title=..., url="https://example.org/x"), False),
    ("body-a-list", _article(title=..., body=["b"]), False),
    ("url-a-number", _article(url=5), False),
    ("language-an-object", _article(language={"code": "en"}), False),
    ("url-8192-chars", _article(url="u" * 8192), True),
    ("source-8193-chars", _article(source="s" * 8193), False),
    ("published-at-utc", _article(published_at="2025-12-06T09:00:00Z"), True),
    ("published-at-offset", _article(published_at="2025-03-30T02:30:00+02:00"), True),
    ("published-at-negative-offset", _article(published_at="2025-12-31T23:59:59-05:00"), True),
    ("published-at-fraction-9", _article(published_at="2025-03-30T02:30:00.123456789Z"), True),
    ("published-at-fraction-10", _article(published_at="2025-03-30T02:30:00.1234567890Z"), False),
    ("published-at-lowercase", _article(published_at="2025-03-30t02:30:00.5z"), True),
    ("published-at-no-seconds", _article(published_at="2025-03-30T02:30Z"), False),
    ("published-at-date-only", _article(published_at="2025-03-30"), False),
    ("published-at-offset-24h", _article(published_at="2025-03-30T02:30:00+24:00"), False),
    ("published-at-trailing-newline", _article(published_at="2025-03-30T02:30:00Z\n"), False),
    ("published-at-empty", _article(published_at=""), False),
    ("published-at-epoch-number", _article(published_at=1764999000), False),
    ("not-an-object-string", "Ceasefire talks resume", False),
    ("not-an-object-null", None, False),
]


@pytest.mark.parametrize(
    ("payload", "valid"), [c[1:] for c in AGREEMENT], ids=[c[0] for c in AGREEMENT]
)
def test_schema_and_parser_agree(payload: Any, valid: bool) -> None:
    """Schema (with or without format) and parse_raw agree; unknown fields land in extra."""
    assert _validator("raw-article").is_valid(payload) is valid
    assert _validator("raw-article", formats=False).is_valid(payload) is valid
    assert _parser_accepts(payload) is valid
    if valid:
        extra = {k: v for k, v in payload.items() if k not in KNOWN_FIELDS}
        assert parse_raw(orjson.dumps(payload)).extra == extra


# Values the parser's rule accepts but RFC 3339 proper refuses: the schema's `pattern` is the
# parser's rule (so pattern-only validation agrees with parse_raw), its `format` is RFC 3339.
CALENDAR_EDGES = [
    "2025-02-30T10:00:00Z",
    "2025-04-31T10:00:00+02:00",
    "2025-06-30 10:00:00Z",
    "0000-01-01T00:00:00Z",
]


@pytest.mark.parametrize("value", [*CALENDAR_EDGES, "2016-12-31T23:59:60Z"])
def test_published_at_pattern_is_the_parser_rule(value: str) -> None:
    """Without format assertion the schema's pattern and parse_raw agree on tricky date-times."""
    payload = _article(published_at=value)
    assert _validator("raw-article", formats=False).is_valid(payload) is _parser_accepts(payload)


@pytest.mark.parametrize("value", CALENDAR_EDGES)
def test_published_at_format_is_stricter_than_the_pattern(value: str) -> None:
    """A validator that asserts format refuses dates that do not exist or lack the T."""
    assert not _validator("raw-article").is_valid(_article(published_at=value))


# --- codec helpers ------------------------------------------------------------------------------

Event = EnrichedArticle | DuplicateNotice | Rejected
DECODERS: dict[str, Callable[[Mapping[str, Any]], Event]] = {
    "enriched-article": codec.enriched_from_dict,
    "duplicate-notice": codec.duplicate_from_dict,
    "rejected": codec.rejected_from_dict,
}
DECODED_EXAMPLES = [(name, path) for name in DECODERS for path in _examples(name)]


@pytest.mark.parametrize(("name", "path"), DECODED_EXAMPLES, ids=lambda v: getattr(v, "stem", v))
def test_example_round_trips_through_its_record(name: str, path: Path) -> None:
    """Example -> record -> codec.dumps gives a valid event equal to the example where it speaks."""
    example = _load(path)
    record = DECODERS[name](example)
    again = orjson.loads(codec.dumps(record))
    _validator(name).validate(again)
    assert set(again) == {f.name for f in fields(record)}
    assert {key: again[key] for key in example} == example
    assert DECODERS[name](again) == record


@pytest.mark.parametrize(("name", "path"), DECODED_EXAMPLES, ids=lambda v: getattr(v, "stem", v))
def test_decoder_ignores_unknown_fields(name: str, path: Path) -> None:
    """A later v1 producer may add fields; today's decoder ignores them."""
    example = _load(path)
    assert DECODERS[name]({**example, "added_in_v1_1": {"any": [1, 2]}}) == DECODERS[name](example)


@pytest.mark.parametrize(
    ("name", "key"), [(name, key) for name in DECODERS for key in _schema(name)["required"]]
)
def test_decoder_requires_what_the_schema_requires(name: str, key: str) -> None:
    """Removing any required field makes the decoder raise KeyError."""
    example = _load(_examples(name)[0])
    del example[key]
    with pytest.raises(KeyError):
        DECODERS[name](example)


def _enriched_example() -> dict[str, Any]:
    """A fresh copy of the seed's enriched example."""
    doc: dict[str, Any] = _load(EXAMPLE_DIR / "enriched-article" / "seed-both-labels.json")
    return doc


@pytest.mark.parametrize(
    "path",
    [
        ("language", "code"),
        ("classification", "abstained"),
        ("classification", "scores", "diplomacy"),
        ("classification", "evidence", "military_strike"),
    ],
)
def test_decoder_requires_nested_fields(path: tuple[str, ...]) -> None:
    """Nested required fields are required by the decoder too (KeyError)."""
    doc = _enriched_example()
    parent: dict[str, Any] = doc
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    with pytest.raises(KeyError):
        codec.enriched_from_dict(doc)


def _set(doc: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """Return doc with the value at path replaced."""
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "error"),
    [
        (("id",), 5, TypeError),
        (("title",), None, TypeError),
        (("url",), 1, TypeError),
        (("language",), "en", TypeError),
        (("language", "confidence"), True, TypeError),
        (("language", "confidence"), "0.9", TypeError),
        (("classification", "labels"), "diplomacy", TypeError),
        (("classification", "labels"), ["sports"], ValueError),
        (("classification", "scores", "diplomacy"), None, TypeError),
        (("classification", "evidence", "diplomacy"), [1], TypeError),
        (("classification", "abstained"), 0, TypeError),
        (("classification", "reason"), 1, TypeError),
        (("extra",), [], TypeError),
        (("type",), "news.article.duplicate.v1", ValueError),
    ],
)
def test_enriched_decoder_rejects_wrong_fields(
    path: tuple[str, ...], value: Any, error: type[Exception]
) -> None:
    """Wrong types raise TypeError, wrong constants or enum values ValueError."""
    with pytest.raises(error):
        codec.enriched_from_dict(_set(_enriched_example(), path, value))


@pytest.mark.parametrize(
    ("name", "key", "value", "error"),
    [
        ("duplicate-notice", "method", "fuzzy", ValueError),
        ("duplicate-notice", "similarity", "1.0", TypeError),
        ("duplicate-notice", "url", 3, TypeError),
        ("duplicate-notice", "duplicate_of", None, TypeError),
        ("rejected", "stage", "unknown", ValueError),
        ("rejected", "id", 7, TypeError),
        ("rejected", "error_class", None, TypeError),
        ("rejected", "type", "news.article.enriched.v1", ValueError),
    ],
)
def test_notice_decoders_reject_wrong_fields(
    name: str, key: str, value: Any, error: type[Exception]
) -> None:
    """The duplicate and rejected decoders are as strict as the enriched one."""
    example = _load(_examples(name)[0])
    with pytest.raises(error):
        DECODERS[name]({**example, key: value})


def test_decoders_refuse_non_objects() -> None:
    """A JSON array or string is not an event."""
    for decode in DECODERS.values():
        with pytest.raises(TypeError):
            decode([])  # type: ignore[arg-type]


def test_optional_fields_default_when_absent() -> None:
    """Absent optional fields decode to the record defaults."""
    notice = codec.duplicate_from_dict(
        {
            "type": "news.article.duplicate.v1",
            "id": "b",
            "duplicate_of": "a",
            "method": "near",
            "similarity": 1,
        }
    )
    assert (notice.url, notice.detected_at, notice.similarity) == (None, None, 1.0)
    rejected = codec.rejected_from_dict(
        {"type": "news.article.rejected.v1", "id": None, "error": "e", "stage": "parse"}
    )
    assert rejected.error_class == ""


# --- records built in code validate ------------------------------------------------------------


def test_records_built_in_code_validate() -> None:
    """codec.dumps of freshly built records satisfies each schema."""
    enriched = EnrichedArticle(
        id="t-1",
        url="https://example.org/a?utm_source=x",
        canonical_url="https://example.org/a",
        source="example.org",
        title="Talks and strikes",
        body="Missiles hit the port as envoys met for talks.",
        published_at="2025-12-06T09:00:00Z",
        fingerprint="0123456789abcdef0123456789abcdef",
        language=Language(code="en", confidence=0.98),
        classification=Classification(
            labels=["military_strike", "diplomacy"],
            scores={"military_strike": 0.9, "diplomacy": 0.7},
            evidence={"military_strike": ["Missiles hit the port"], "diplomacy": ["talks"]},
        ),
        processed_at="2025-12-06T09:00:01.250000+00:00",
        pipeline_version="0.1.0",
        extra={"section": "world"},
    )
    notice = DuplicateNotice(id="t-2", duplicate_of="t-1", method="content", similarity=1.0)
    rejected = Rejected(id=None, error="not JSON", stage="parse", error_class="NotJsonError")
    for name, record in (
        ("enriched-article", enriched),
        ("duplicate-notice", notice),
        ("rejected", rejected),
    ):
        _validator(name).validate(orjson.loads(codec.dumps(record)))
        assert DECODERS[name](orjson.loads(codec.dumps(record))) == record


# --- the sample feed ------------------------------------------------------------------------


@cache
def _sample_lines() -> tuple[bytes, ...]:
    """The lines of streams/samples/articles.jsonl, without their newlines."""
    data = (SAMPLE_DIR / "articles.jsonl").read_bytes()
    assert data.endswith(b"\n")
    return tuple(data[:-1].split(b"\n"))


def _accepted_samples() -> list[dict[str, Any]]:
    """The decoded sample lines that parse_raw accepts."""
    accepted = []
    for line in _sample_lines():
        try:
            parse_raw(line)
        except StageError:
            continue
        accepted.append(orjson.loads(line))
    return accepted


def test_seed_article_is_the_first_sample() -> None:
    """Line 1 is the seed article, compact, byte for byte what orjson makes of the file."""
    seed = _load(SAMPLE_DIR / "seed-article.json")
    first = _sample_lines()[0]
    assert first == orjson.dumps(seed)
    assert orjson.loads(first) == seed


def test_every_sample_is_accepted_or_deliberately_malformed() -> None:
    """All lines but the last two parse; those two are refused, as JSON and as schema."""
    lines = _sample_lines()
    assert len(lines) >= 16
    refused: list[tuple[int, StageError]] = []
    for number, line in enumerate(lines, 1):
        try:
            parse_raw(line)
        except StageError as exc:
            refused.append((number, exc))
            continue
        _validator("raw-article").validate(orjson.loads(line))
    assert [n for n, _ in refused] == [len(lines) - 1, len(lines)]
    assert [type(e) for _, e in refused] == [NotJsonError, SchemaError]
    assert not _validator("raw-article").is_valid(orjson.loads(lines[-1]))
    for _, error in refused:
        event = Rejected(
            id=error.article_id,
            error=error.message,
            stage=error.stage,
            error_class=type(error).__name__,
        )
        _validator("rejected").validate(orjson.loads(codec.dumps(event)))


def test_samples_use_example_hosts_and_2025_dates() -> None:
    """Sample URLs and sources are example.* hosts; every article is dated 2025."""
    for doc in _accepted_samples():
        assert urlsplit(doc["url"]).hostname in SAMPLE_HOSTS, doc["id"]
        assert doc["source"] in SAMPLE_HOSTS, doc["id"]
        assert doc["published_at"].startswith("2025-"), doc["id"]


def test_samples_contain_the_promised_duplicates() -> None:
    """The feed holds one id, one URL and one content duplicate of earlier lines."""
    lines = _sample_lines()
    docs = _accepted_samples()
    resent = [line for i, line in enumerate(lines) if line in lines[:i]]
    assert len(resent) == 1, "exactly one line is re-sent byte for byte (id duplicate)"
    ids = [d["id"] for d in docs]
    assert len(ids) - len(set(ids)) == 1
    seen_text: dict[tuple[str, str], dict[str, Any]] = {}
    seen_url: dict[str, dict[str, Any]] = {}
    content_dups, url_dups = [], []
    for doc in docs:
        kept = seen_text.get((doc["title"], doc["body"]))
        if kept is not None and kept["id"] != doc["id"]:
            assert kept["url"] != doc["url"]
            content_dups.append(doc["id"])
        base = seen_url.get(doc["url"].removesuffix(TRACKING_SUFFIX))
        if doc["url"].endswith(TRACKING_SUFFIX) and base is not None:
            assert base["id"] != doc["id"] and base["body"] != doc["body"]
            url_dups.append(doc["id"])
        seen_text.setdefault((doc["title"], doc["body"]), doc)
        seen_url.setdefault(doc["url"], doc)
    assert len(content_dups) == 1
    assert len(url_dups) == 1
