"""`produce`: publish raw articles from JSON / JSON Lines files or stdin, bytes as given."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import orjson
from aiokafka import AIOKafkaProducer
from tqdm import tqdm

from streams.kafka_config import client_options
from streams.settings import Settings


def read_records(stream: IO[bytes]) -> Iterator[bytes]:
    """Yield raw records: a JSON array's items, one JSON document, or JSON Lines as given.

    Lines are passed through unchanged, malformed ones included, so they reach the DLQ.
    """
    data = stream.read()
    stripped = data.strip()
    if stripped.startswith(b"["):
        try:
            items = orjson.loads(stripped)
        except orjson.JSONDecodeError:
            items = None
        if isinstance(items, list):
            yield from (orjson.dumps(item) for item in items)
            return
    if stripped.startswith(b"{") and b"\n" in stripped:
        try:  # a single pretty-printed document spanning several lines
            yield orjson.dumps(orjson.loads(stripped))
            return
        except orjson.JSONDecodeError:
            pass
    for line in data.splitlines():
        if line.strip():
            yield line.strip()


def record_key(value: bytes) -> bytes | None:
    """The article id as the record key, when the record is JSON with a string id."""
    try:
        doc = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None
    article_id = doc.get("id") if isinstance(doc, dict) else None
    return article_id.encode() if isinstance(article_id, str) else None


async def produce(settings: Settings, paths: list[str], topic: str | None = None,
                  progress: bool = True) -> int:
    """Publish every record of the given files ('-' is stdin); return how many were sent."""
    target = topic or settings.topics.raw
    producer = AIOKafkaProducer(
        **client_options(settings),
        max_request_size=settings.max_message_bytes * 2 + 65536,
        linger_ms=5,
    )
    await producer.start()
    sent = 0
    try:
        for path in paths:
            if path == "-":
                records = list(read_records(sys.stdin.buffer))
            else:
                with Path(path).open("rb") as fh:
                    records = list(read_records(fh))
            bar = tqdm(records, desc=f"{path} -> {target}", unit="article",
                       disable=not progress or path == "-", file=sys.stderr)
            futures = [await producer.send(target, value=v, key=record_key(v)) for v in bar]
            for future in futures:
                await future
            sent += len(futures)
    finally:
        await producer.stop()
    return sent
