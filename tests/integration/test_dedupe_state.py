"""Dedupe state on a real broker: copies spread over partitions and workers, and expiry."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from pathlib import Path

from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings
from streams.topics import ensure_topics
from tests.support import (
    SEED,
    Collector,
    http_get,
    produce,
    start_process,
    stop_process,
    wait_for,
    wait_ready,
    worker_env,
)

TOPICS = Settings().topics
SEED_DOC = json.loads(SEED.read_text())


def copies(prefix: str, n: int) -> list[tuple[bytes, bytes]]:
    """The seed text under n new ids and URLs (keys spread over every partition)."""
    return [(f"{prefix}-{i}".encode(),
             json.dumps(SEED_DOC | {"id": f"{prefix}-{i}",
                                    "url": f"https://example.net/{prefix}/{i}"}).encode())
            for i in range(n)]


def test_copies_on_different_partitions_and_workers_are_caught(tmp_path: Path) -> None:
    with EmbeddedBroker(log_file=tmp_path / "tansu.log") as broker:
        asyncio.run(ensure_topics(Settings().with_overrides(bootstrap_servers=broker.bootstrap)))
        workers = []
        try:
            for name in ("a", "b"):
                port = free_port()
                log = tmp_path / f"{name}.log"
                env = worker_env(broker.bootstrap, port, tmp_path / name)
                workers.append((start_process(["worker"], env, log), port, log))
                wait_ready(port, workers[-1][0], log)
            # Both workers consume raw partitions: wait until the group has settled on both.
            wait_for(lambda: all(http_get(f"http://127.0.0.1:{p}/readyz")[0] == 200
                                 for _, p, _ in workers), 60, "both workers ready")
            produce(broker.bootstrap, TOPICS.raw, copies("spread", 12))
            c = Collector(broker.bootstrap, [TOPICS.enriched, TOPICS.duplicates])
            c.until(lambda r: len(r[TOPICS.enriched]) + len(r[TOPICS.duplicates]) >= 12, 60)
            assert len(c.records[TOPICS.enriched]) == 1
            kept = c.values(TOPICS.enriched)[0]["id"]
            notices = c.values(TOPICS.duplicates)
            assert len(notices) == 11
            assert {(n["duplicate_of"], n["method"]) for n in notices} == {(kept, "content")}
            partitions = {r.partition for r in _raw_records(broker)}
            assert len(partitions) > 1  # the copies really were spread over partitions
        finally:
            for proc, _, _ in workers:
                stop_process(proc)


def _raw_records(broker: EmbeddedBroker) -> list[object]:
    c = Collector(broker.bootstrap, [TOPICS.raw])
    c.until(lambda r: len(r[TOPICS.raw]) >= 12, 30)
    return c.records[TOPICS.raw]


def test_claims_expire_after_the_window(tmp_path: Path) -> None:
    with EmbeddedBroker(log_file=tmp_path / "tansu.log") as broker:
        port = free_port()
        log = tmp_path / "w.log"
        env = worker_env(broker.bootstrap, port, tmp_path / "data",
                         STREAMS_DEDUPE_WINDOW="2s", STREAMS_DEDUPE_PURGE_INTERVAL="1s",
                         STREAMS_BATCH_WITHIN="0.2")
        proc = start_process(["worker"], env, log)
        try:
            wait_ready(port, proc, log)
            produce(broker.bootstrap, TOPICS.raw, copies("first", 1))
            Collector(broker.bootstrap, [TOPICS.enriched]).until(
                lambda r: len(r[TOPICS.enriched]) == 1, 60)

            def entries() -> float:
                text = http_get(f"http://127.0.0.1:{port}/metrics")[1].decode()
                m = re.search(r"^newsstreams_dedupe_state_entries (\S+)$", text, re.M)
                return float(m.group(1)) if m else -1.0

            assert entries() == 28  # id, url, content, 24 LSH buckets and the signature
            # The purge runs after a funnel batch once its interval has passed: feed short
            # articles (two claims each: id and content; they only add entries) until the
            # gauge falls below the first article's 28, which only a purge can do.
            for i in range(60):
                filler = {"id": f"filler-{i}", "title": f"Short note number {i}"}
                produce(broker.bootstrap, TOPICS.raw, [(None, json.dumps(filler).encode())])
                if purged(entries):
                    break
            assert entries() < 28 and entries() % 2 == 0
            produce(broker.bootstrap, TOPICS.raw, copies("second", 1))
            c = Collector(broker.bootstrap, [TOPICS.enriched, TOPICS.duplicates])
            c.until(lambda r: any(x.key == b"second-0" for x in r[TOPICS.enriched]), 60)
            assert c.records[TOPICS.duplicates] == []  # the old claims were gone
        finally:
            stop_process(proc)


def purged(entries: Callable[[], float]) -> bool:
    """True once the gauge is below the first article's 28 entries (checked for a second)."""
    try:
        wait_for(lambda: 0 <= entries() < 28, 1.0, "expired claims purged")
    except AssertionError:
        return False
    return True
