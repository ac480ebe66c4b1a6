"""Agents: wire topics to the pipeline stages, bump metrics and send. No stage logic lives here."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Sequence
from typing import Any

import faust

from streams import codec, pipeline
from streams.dedupe import Duplicate, Overlay, expired
from streams.dlq import dlq_headers
from streams.errors import StageError
from streams.neardup import NearKeys
from streams.pipeline import StageFailure
from streams.records import LABELS

log = logging.getLogger(__name__)

NEAR_HEADER = "newsstreams.minhash"  # internal topic only: the signature rides beside the event


def wire(app: faust.App, w: Any) -> None:
    """Register the two agents: enrich (parallel, per raw partition) and dedupe (the funnel)."""
    s = w.settings

    @app.agent(w.raw, name="enrich")
    async def enrich_agent(stream: Any) -> None:
        async for events in stream.take_events(s.batch_size, within=s.batch_within_s):
            for event in events:
                await _enrich_one(w, event)

    @app.agent(w.candidates, name="dedupe")
    async def dedupe_agent(stream: Any) -> None:
        next_purge = 0.0  # purge (and count the table) at the first batch after start-up
        async for events in stream.take_events(s.batch_size, within=s.batch_within_s):
            claims = await _dedupe_batch(w, events)
            # Table writes need the stream's current event (for its partition); after awaiting
            # the acks faust no longer has one set, so name the batch's last event.
            stream._set_current_event(events[-1])
            w.metrics.dedupe_entries.inc(claims.flush_into(w.claims))
            if time.time() >= next_purge:
                _purge(w)
                next_purge = time.time() + s.dedupe_purge_interval_s


async def _enrich_one(w: Any, event: Any) -> None:
    """Enrich one raw record and pass it to the dedupe funnel, or send it to the DLQ."""
    message = event.message
    w.metrics.consumed.labels(message.topic).inc()
    value: bytes | None = event.value
    try:
        candidate = pipeline.enrich(
            value or b"",
            max_bytes=w.settings.max_message_bytes,
            thresholds=w.settings.thresholds,
            observe=w.metrics.observe_stage,
        )
    except StageError as err:
        await _to_dlq(w, event, err)
        return
    article = candidate.article
    headers = [(NEAR_HEADER, candidate.near.encode())] if candidate.near is not None else None
    await w.candidates.send(key=article.id.encode(), value=codec.dumps(article), headers=headers)


async def _dedupe_batch(w: Any, events: Sequence[Any]) -> Overlay:
    """Judge a batch in order and publish; return its claims once every output is durable."""
    claims = Overlay(w.claims)
    now = time.time()
    detected_at = pipeline.utc_now_iso()
    pending: list[Awaitable[Any]] = []
    for event in events:
        w.metrics.consumed.labels(event.message.topic).inc()
        started = time.perf_counter()
        try:
            article = codec.loads(event.value)
            near = _near_keys(event.message.headers)
            verdict = pipeline.judge(article, claims, now, w.settings.dedupe_window_s, near,
                                     w.settings.near_threshold)
        except Exception as exc:  # a corrupt internal record must not stop the funnel
            await _to_dlq(w, event, StageFailure("dedupe", exc))
            continue
        w.metrics.observe_stage("dedupe", time.perf_counter() - started)
        key = event.key
        if isinstance(verdict, Duplicate):
            notice = pipeline.duplicate_notice(article, verdict, detected_at)
            pending.append(await _send(w, w.duplicates, key, codec.dumps(notice)))
            w.metrics.duplicates.labels(verdict.method).inc()
            continue
        claims.record(verdict)
        pending.append(await _send(w, w.enriched, key, event.value))
        labels = article["classification"]["labels"]
        for label in labels:
            if label in LABELS:
                pending.append(await _send(w, w.label_topics()[label], key, event.value))
                w.metrics.labels.labels(label).inc()
        w.metrics.count_language(article["language"]["code"])
    if pending:
        # Claims go to the table only after every output is acknowledged: a crash before this
        # point reprocesses the batch and republishes, it never leaves a gap.
        await asyncio.gather(*pending)
    return claims


def _purge(w: Any) -> None:
    """Drop claims older than the dedupe window, so state stays bounded by the window."""
    started = time.perf_counter()
    items = list(w.claims.items())
    deletes, rewrites = expired(items, time.time(), w.settings.dedupe_window_s)
    for key in deletes:
        del w.claims[key]
    for key, value in rewrites.items():
        w.claims[key] = value
    w.metrics.dedupe_entries.set(len(items) - len(deletes))
    log.info("dedupe purge: %d entries, %d expired, %d trimmed in %.3f s",
             len(items), len(deletes), len(rewrites), time.perf_counter() - started)


def _near_keys(headers: Any) -> NearKeys | None:
    """The MinHash signature the enrich agent attached, if the article was long enough."""
    items = headers.items() if isinstance(headers, dict) else headers or ()
    for key, value in items:
        if key == NEAR_HEADER:
            return NearKeys.decode(value)
    return None


async def _send(w: Any, topic: Any, key: bytes | None, value: bytes) -> Awaitable[Any]:
    """Send one record and count it; returns the delivery future."""
    future = await topic.send(key=key, value=value)
    w.metrics.produced.labels(topic.get_topic_name()).inc()
    return future  # type: ignore[no-any-return]


async def _to_dlq(w: Any, event: Any, err: StageError) -> None:
    """Publish the original bytes, unchanged, with error headers; count it by stage and class."""
    message = event.message
    error_class = getattr(err, "cause_class", type(err).__name__)
    headers = dlq_headers(
        message.headers, err, error_class, message.topic, message.partition, message.offset
    )
    await w.dlq.send(key=message.key, value=event.value, headers=headers)
    w.metrics.produced.labels(w.dlq.get_topic_name()).inc()
    w.metrics.dlq.labels(err.stage, error_class).inc()
    log.warning(
        "dlq: id=%s stage=%s error=%s topic=%s partition=%s offset=%s",
        err.article_id, err.stage, error_class, message.topic, message.partition, message.offset,
    )
