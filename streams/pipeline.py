"""Compose the stages: raw bytes to an enriched article, and an article to its dedupe verdict."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from time import perf_counter

from streams import __version__
from streams.classify import classify
from streams.dedupe import Claim, Decision, Duplicate, decide
from streams.errors import StageError
from streams.language import detect_language
from streams.neardup import DEFAULT_THRESHOLD, NearKeys, near_keys
from streams.normalize import normalize
from streams.parse import parse_raw
from streams.records import DuplicateNotice, EnrichedArticle, Rejected

Observe = Callable[[str, float], None]
"""Called with (stage, seconds) after each stage; the worker feeds a histogram with it."""


class StageFailure(StageError):
    """A stage raised something unexpected: the input goes to the DLQ; the worker goes on."""

    def __init__(self, stage: str, exc: BaseException, article_id: str | None = None) -> None:
        super().__init__(f"{type(exc).__name__}: {exc}", article_id)
        self.stage = stage
        self.cause_class = type(exc).__name__


@dataclass(frozen=True, slots=True)
class Candidate:
    """An enriched article on its way to the dedupe funnel, with its near-duplicate keys."""

    article: EnrichedArticle
    near: NearKeys | None


def utc_now_iso() -> str:
    """The current time as an RFC 3339 string with millisecond precision."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@contextmanager
def _stage(name: str, observe: Observe | None, article_id: str | None = None) -> Iterator[None]:
    """Time one stage and turn unexpected exceptions into a StageFailure naming it."""
    start = perf_counter()
    try:
        yield
    except StageError:
        raise
    except Exception as exc:  # a bug or a hostile input no stage foresaw: never crash
        raise StageFailure(name, exc, article_id) from exc
    finally:
        if observe is not None:
            observe(name, perf_counter() - start)


def enrich(
    data: bytes,
    *,
    max_bytes: int = 1 << 20,
    thresholds: Mapping[str, float] | None = None,
    processed_at: str | None = None,
    observe: Observe | None = None,
) -> Candidate:
    """Parse, validate, normalize, tag the language of and classify one raw record."""
    with _stage("parse", observe):
        raw = parse_raw(data, max_bytes)
    with _stage("normalize", observe, raw.id):
        article = normalize(raw)
    with _stage("language", observe, raw.id):
        language = detect_language(article.title, article.body, raw.language)
    with _stage("classify", observe, raw.id):
        classification = classify(article.title, article.body, language.code, thresholds)
    with _stage("minhash", observe, raw.id):
        near = near_keys(article.body_tokens)
    enriched = EnrichedArticle(
        id=raw.id,
        url=raw.url,
        canonical_url=article.canonical_url,
        source=raw.source,
        title=article.title,
        body=article.body,
        published_at=raw.published_at,
        fingerprint=article.fingerprint,
        language=language,
        classification=classification,
        processed_at=processed_at or utc_now_iso(),
        pipeline_version=__version__,
        extra=raw.extra,
    )
    return Candidate(enriched, near)


def judge(
    article: Mapping[str, object],
    store: Mapping[str, Claim],
    now: float,
    window_s: float,
    near: NearKeys | None = None,
    near_threshold: float = DEFAULT_THRESHOLD,
) -> Decision:
    """Decide whether an enriched article (as decoded JSON) repeats one already kept."""
    canonical = article.get("canonical_url")
    return decide(
        str(article["id"]),
        canonical if isinstance(canonical, str) else None,
        str(article["fingerprint"]),
        store,
        now,
        window_s,
        near,
        near_threshold,
    )


def duplicate_notice(
    article: Mapping[str, object], verdict: Duplicate, detected_at: str
) -> DuplicateNotice:
    """The notice published for a duplicate."""
    url = article.get("url")
    return DuplicateNotice(
        id=str(article["id"]),
        duplicate_of=verdict.duplicate_of,
        method=verdict.method,
        similarity=verdict.similarity,
        url=url if isinstance(url, str) else None,
        detected_at=detected_at,
    )


def rejection(error: StageError) -> Rejected:
    """The offline record for an input that a stage refused."""
    error_class = getattr(error, "cause_class", type(error).__name__)
    return Rejected(
        id=error.article_id, error=error.message, stage=error.stage, error_class=error_class
    )
