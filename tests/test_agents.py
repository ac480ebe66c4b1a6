"""Agent wiring without a broker: what each handler sends where, and when claims are written."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import orjson

from streams import agents
from streams.app import Wiring
from streams.dlq import read_headers
from streams.metrics import Metrics
from streams.settings import Settings
from tests.support import SEED


@dataclass
class Message:
    topic: str
    partition: int = 0
    offset: int = 0
    key: bytes | None = None
    headers: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass
class Event:
    value: bytes | None
    message: Message

    @property
    def key(self) -> bytes | None:
        return self.message.key


class Topic:
    """Records sends; delivery futures stay pending until `deliver()`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.sent: list[dict[str, Any]] = []
        self.futures: list[asyncio.Future[None]] = []
        self.sent_once = asyncio.Event()

    def get_topic_name(self) -> str:
        return self.name

    async def send(self, key: bytes | None = None, value: bytes | None = None,
                   headers: Any = None) -> asyncio.Future[None]:
        self.sent.append({"key": key, "value": value, "headers": headers})
        self.sent_once.set()
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.futures.append(future)
        return future

    def deliver(self) -> None:
        for f in self.futures:
            if not f.done():
                f.set_result(None)


def wiring() -> Wiring:
    t = Settings().topics
    return Wiring(
        settings=Settings(), metrics=Metrics(), raw=Topic(t.raw), candidates=Topic(t.candidates),
        enriched=Topic(t.enriched), military_strike=Topic(t.military_strike),
        diplomacy=Topic(t.diplomacy), duplicates=Topic(t.duplicates), dlq=Topic(t.dlq),
        claims={},
    )


def raw_event(value: bytes | None, offset: int = 0, key: bytes | None = None) -> Event:
    return Event(value, Message("news.articles.raw", 1, offset, key, [("origin", b"test")]))


async def test_enrich_sends_valid_articles_to_the_funnel_and_bad_ones_to_the_dlq() -> None:
    w = wiring()
    await agents._enrich_one(w, raw_event(SEED.read_bytes(), 5, b"seed-0001"))
    await agents._enrich_one(w, raw_event(b"{nope", 6))
    await agents._enrich_one(w, raw_event(None, 7))  # a tombstone is not an article either
    [candidate] = w.candidates.sent
    assert candidate["key"] == b"seed-0001"
    assert orjson.loads(candidate["value"])["classification"]["labels"] == [
        "military_strike", "diplomacy"]
    assert [d["value"] for d in w.dlq.sent] == [b"{nope", None]
    first = w.dlq.sent[0]["headers"]
    assert first[0] == ("origin", b"test")
    assert read_headers(first) | {"message": ""} == {
        "exception": "NotJsonError", "stage": "parse", "message": "",
        "topic": "news.articles.raw", "partition": "1", "offset": "6"}
    assert w.metrics.dlq.labels("parse", "NotJsonError")._value.get() == 2


async def enriched_events(w: Wiring, *docs: bytes) -> list[Event]:
    for doc in docs:
        await agents._enrich_one(w, raw_event(doc))
    return [Event(s["value"], Message(w.settings.topics.candidates, 0, i, s["key"]))
            for i, s in enumerate(w.candidates.sent)]


async def test_dedupe_publishes_uniques_and_notices_and_claims_only_after_delivery() -> None:
    w = wiring()
    seed = orjson.loads(SEED.read_bytes())
    copy = orjson.dumps(seed | {"id": "copy", "url": "https://example.net/c"})
    other = orjson.dumps({"id": "other", "title": "Orchestra tour", "body": "A concert tour."})
    events = await enriched_events(w, SEED.read_bytes(), copy, other)
    events.append(Event(b"not json", Message(w.settings.topics.candidates, 0, 3, b"x")))
    batch = asyncio.create_task(agents._dedupe_batch(w, events))
    # The corrupt record is last in the batch: once it reached the DLQ, every output has been
    # sent and the task waits for their delivery.
    await asyncio.wait_for(w.dlq.sent_once.wait(), 5)  # type: ignore[attr-defined]
    assert w.enriched.sent and w.duplicates.sent
    assert not batch.done() and w.claims == {}  # outputs not yet acknowledged: nothing claimed
    for topic in (w.enriched, w.military_strike, w.diplomacy, w.duplicates, w.dlq):
        topic.deliver()  # type: ignore[attr-defined]
    claims = await asyncio.wait_for(batch, 5)
    assert [s["key"] for s in w.enriched.sent] == [b"seed-0001", b"other"]
    assert [s["key"] for s in w.military_strike.sent] == [b"seed-0001"]
    assert [s["key"] for s in w.diplomacy.sent] == [b"seed-0001"]
    assert w.enriched.sent[0]["value"] == events[0].value  # forwarded byte for byte
    [notice] = [orjson.loads(s["value"]) for s in w.duplicates.sent]
    assert (notice["id"], notice["duplicate_of"], notice["method"]) == ("copy", "seed-0001",
                                                                        "content")
    assert read_headers(w.dlq.sent[0]["headers"])["stage"] == "dedupe"
    assert claims.flush_into(w.claims) == 5  # id+url+content for the seed, id+content for other
    assert w.claims["id:seed-0001"][0] == "seed-0001"
