"""The worker end to end on a real broker: every output topic, the DLQ, restart, parity."""

from __future__ import annotations

import asyncio
import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.dlq import read_headers
from streams.offline import enrich_lines
from streams.settings import Settings
from streams.topics import ensure_topics
from tests.support import (
    SEED,
    Collector,
    http_get,
    produce,
    run_cli,
    start_process,
    stop_process,
    wait_ready,
    worker_env,
)

TOPICS = Settings().topics
OUT = [TOPICS.enriched, TOPICS.military_strike, TOPICS.diplomacy, TOPICS.duplicates, TOPICS.dlq]
SEED_DOC: dict[str, Any] = json.loads(SEED.read_text())
# A syndicated copy: byline added, the third paragraph dropped, other site furniture.
_PARAS = SEED_DOC["body"].split("\n\n")
SYNDICATED = "\n\n".join(["By Staff Writer", *_PARAS[:2], *_PARAS[3:8], "Share this article"])


def variant(**changes: Any) -> bytes:
    """The seed article with some fields changed, as compact JSON."""
    return json.dumps(SEED_DOC | changes).encode()


class Worker:
    """One `python -m streams worker` process and its web port."""

    def __init__(self, broker: EmbeddedBroker, tmp: Path, name: str) -> None:
        self.port = free_port()
        self.log = tmp / f"{name}.log"
        self.env = worker_env(broker.bootstrap, self.port, tmp / "data", STREAMS_STORE="rocksdb://")
        self.proc = start_process(["worker"], self.env, self.log)

    def ready(self) -> Worker:
        wait_ready(self.port, self.proc, self.log)
        return self

    def get(self, path: str) -> tuple[int, bytes]:
        return http_get(f"http://127.0.0.1:{self.port}{path}")


@pytest.fixture(scope="module")
def setup(broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Topics created, one worker ready."""
    tmp = tmp_path_factory.mktemp("worker")
    settings = Settings().with_overrides(bootstrap_servers=broker.bootstrap)
    asyncio.run(ensure_topics(settings))
    worker = Worker(broker, tmp, "worker-1").ready()
    yield broker, worker, tmp
    stop_process(worker.proc)


def test_seed_article_is_enriched_with_both_labels(setup: Any) -> None:
    broker, worker, _ = setup
    assert "the cluster is a Tansu broker" in worker.log.read_text()  # profile auto-detected
    run_cli(["produce", str(SEED)], worker.env)
    c = Collector(broker.bootstrap, OUT)
    c.until(lambda r: len(r[TOPICS.enriched]) >= 1 and len(r[TOPICS.diplomacy]) >= 1
            and len(r[TOPICS.military_strike]) >= 1, timeout=60)
    [event] = c.values(TOPICS.enriched)
    assert event["type"] == "news.article.enriched.v1"
    assert event["id"] == "seed-0001"
    assert event["language"]["code"] == "en"
    assert event["classification"]["labels"] == ["military_strike", "diplomacy"]
    assert event["classification"]["evidence"]["military_strike"]
    assert event["classification"]["evidence"]["diplomacy"]
    assert "Leave a Reply" not in event["body"]
    assert "en_USEnglish" not in event["body"]
    assert event["body"].endswith("power and transport restoration.")
    assert c.values(TOPICS.military_strike)[0]["id"] == "seed-0001"
    assert c.values(TOPICS.diplomacy)[0]["id"] == "seed-0001"
    assert c.records[TOPICS.enriched][0].key == b"seed-0001"
    lines = run_cli(["tail", TOPICS.enriched, "--from-beginning", "--json", "--limit", "1"],
                    worker.env).splitlines()
    assert [json.loads(x)["value"]["id"] for x in lines] == ["seed-0001"]
    readable = run_cli(["tail", TOPICS.enriched, "--from-beginning", "--limit", "1"], worker.env)
    assert readable.startswith("ENRICHED seed-0001") and "military_strike+diplomacy" in readable


def test_duplicates_bad_input_and_health(setup: Any) -> None:
    broker, worker, _ = setup
    oversize = variant(id="big-1", body="x " * 600_000)  # 1.2 MB > 1 MiB default limit
    produce(broker.bootstrap, TOPICS.raw, [
        (b"copy-1", variant(id="copy-1", url="https://example.net/elsewhere")),  # content
        (b"url-1", variant(id="url-1", body="An updated text of the same report.",
                           url=SEED_DOC["url"] + "?utm_source=rss#top")),          # url
        (b"seed-0001", SEED.read_bytes()),                                         # id
        (b"near-1", variant(id="near-1", title="Barrage hits Ukraine during talks",    # near
                            url="https://example.com/n", body=SYNDICATED)),
        (None, b'{"id": "broken-1", "title": '),                                  # not JSON
        (b"schema-1", b'{"title": "no id here", "body": "text"}'),                # schema
        (b"big-1", oversize),                                                      # too large
        (b"other-1", json.dumps({"id": "other-1", "title": "Port workers strike for pay",
                                  "body": "Dock workers walked out over wages."}).encode()),
    ])
    c = Collector(broker.bootstrap, OUT)
    c.until(lambda r: len(r[TOPICS.duplicates]) >= 4 and len(r[TOPICS.dlq]) >= 3
            and len(r[TOPICS.enriched]) >= 2, timeout=60)
    dups = {d["id"]: d for d in c.values(TOPICS.duplicates)}
    assert {k: (v["duplicate_of"], v["method"]) for k, v in dups.items()} == {
        "copy-1": ("seed-0001", "content"),
        "url-1": ("seed-0001", "url"),
        "seed-0001": ("seed-0001", "id"),
        "near-1": ("seed-0001", "near"),
    }
    assert 0.5 <= dups["near-1"]["similarity"] < 1
    assert all(d["type"] == "news.article.duplicate.v1" for d in dups.values())
    # Partitions interleave on the way out: compare as a set, pick events by id.
    assert sorted(e["id"] for e in c.values(TOPICS.enriched)) == ["other-1", "seed-0001"]
    other = next(e for e in c.values(TOPICS.enriched) if e["id"] == "other-1")
    assert other["classification"]["labels"] == []  # a labour strike is not a military one
    dlq = {read_headers(r.headers)["stage"] + "/" + read_headers(r.headers)["exception"]: r
           for r in c.records[TOPICS.dlq]}
    assert set(dlq) == {"parse/NotJsonError", "validate/SchemaError", "parse/TooLargeError"}
    assert dlq["parse/NotJsonError"].value == b'{"id": "broken-1", "title": '  # unchanged
    assert dlq["parse/TooLargeError"].value == oversize
    headers = read_headers(dlq["validate/SchemaError"].headers)
    assert headers["topic"] == TOPICS.raw
    assert int(headers["partition"]) >= 0 and int(headers["offset"]) >= 0
    assert "'id'" in headers["message"]
    assert worker.proc.poll() is None
    assert worker.get("/healthz")[0] == 200
    assert worker.get("/readyz")[0] == 200
    status, metrics = worker.get("/metrics")
    text = metrics.decode()
    assert status == 200
    assert 'newsstreams_duplicates_total{method="content"} 1.0' in text
    assert 'newsstreams_dlq_events_total{error_class="NotJsonError",stage="parse"} 1.0' in text
    assert 'newsstreams_labels_total{label="diplomacy"} 1.0' in text
    assert "newsstreams_stage_duration_seconds_bucket" in text


def test_dedupe_state_survives_a_killed_worker(setup: Any) -> None:
    broker, worker, tmp = setup
    worker.proc.send_signal(signal.SIGKILL)
    worker.proc.wait(timeout=10)
    # A new process with the same data dir and group recovers the table from its changelog.
    again = Worker(broker, tmp, "worker-2").ready()
    try:
        expected = {
            "after-content": "content", "after-near": "near", "after-url": "url",
            "seed-0001": "id",
        }
        produce(broker.bootstrap, TOPICS.raw, [
            (b"after-content", variant(id="after-content", url="https://example.com/x")),
            (b"after-near", variant(id="after-near", url="https://example.com/y",
                                    body=SYNDICATED)),
            (b"after-url", variant(id="after-url", body="Another text entirely.",
                                   url=SEED_DOC["url"].replace("https://", "http://www."))),
            (b"seed-0001", SEED.read_bytes()),
        ])
        c = Collector(broker.bootstrap, [TOPICS.duplicates])
        # The killed worker's uncommitted batch may be reprocessed (at least once), so wait
        # for each new copy by id rather than counting notices.
        c.until(lambda r: {"after-content", "after-near", "after-url"}
                <= {json.loads(x.value)["id"] for x in r[TOPICS.duplicates]}
                and sum(x.key == b"seed-0001" for x in r[TOPICS.duplicates]) >= 2, timeout=60)
        after = {d["id"]: d for d in c.values(TOPICS.duplicates) if d["id"] in expected}
        assert {k: (v["duplicate_of"], v["method"]) for k, v in after.items()} == {
            k: ("seed-0001", m) for k, m in expected.items()}
    finally:
        setup[1].proc = again.proc  # the fixture stops whichever worker is current
        setup[1].port = again.port


def test_offline_enrich_agrees_with_the_worker(setup: Any) -> None:
    """The same input through `enrich` gives the labels, language and verdicts the worker gave."""
    broker, _, _ = setup
    lines = [SEED.read_bytes().replace(b"\n", b" "),
             variant(id="copy-1", url="https://example.net/elsewhere"),
             b'{"id": "broken-1", "title": ']
    offline = [json.loads(x) for x in enrich_lines(lines, Settings())]
    assert [o["type"] for o in offline] == [
        "news.article.enriched.v1", "news.article.duplicate.v1", "news.article.rejected.v1"]
    c = Collector(broker.bootstrap, [TOPICS.enriched, TOPICS.duplicates])
    c.until(lambda r: len(r[TOPICS.enriched]) >= 1 and len(r[TOPICS.duplicates]) >= 1,
            timeout=30)
    live = next(e for e in c.values(TOPICS.enriched) if e["id"] == "seed-0001")
    assert offline[0]["classification"] == live["classification"]
    assert offline[0]["language"] == live["language"]
    assert offline[0]["body"] == live["body"]
    assert offline[0]["fingerprint"] == live["fingerprint"]
    live_copy = next(d for d in c.values(TOPICS.duplicates) if d["id"] == "copy-1")
    assert (offline[1]["duplicate_of"], offline[1]["method"]) == (
        live_copy["duplicate_of"], live_copy["method"])
    assert offline[2]["stage"] == "parse"
