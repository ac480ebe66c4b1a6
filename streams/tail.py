"""`tail`: print events from a topic, readable or as JSON lines."""

from __future__ import annotations

import asyncio
import sys
from typing import Any, TextIO

import orjson
from aiokafka import AIOKafkaConsumer

from streams.kafka_config import client_options
from streams.settings import Settings
from streams.show import render


def as_json(record: Any) -> bytes:
    """One JSON object for a consumed record: where it came from, its headers and its value."""
    try:
        value: Any = orjson.loads(record.value) if record.value is not None else None
    except orjson.JSONDecodeError:
        value = record.value.decode("utf-8", "replace")
    return orjson.dumps({
        "topic": record.topic,
        "partition": record.partition,
        "offset": record.offset,
        "timestamp": record.timestamp,
        "key": record.key.decode("utf-8", "replace") if record.key is not None else None,
        "headers": {k: v.decode("utf-8", "replace") for k, v in (record.headers or [])},
        "value": value,
    })


async def tail(settings: Settings, topics: list[str], *, from_beginning: bool = False,
               limit: int | None = None, json: bool = False, idle_timeout_s: float | None = None,
               out: TextIO = sys.stdout) -> int:
    """Print records until `limit` are shown or nothing arrives for `idle_timeout_s`."""
    consumer = AIOKafkaConsumer(
        *topics,
        **client_options(settings),
        group_id=None,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        max_partition_fetch_bytes=max(settings.max_message_bytes * 2, 1 << 20),
    )
    await consumer.start()
    shown = 0
    try:
        while limit is None or shown < limit:
            try:
                record = await asyncio.wait_for(consumer.getone(), idle_timeout_s)
            except TimeoutError:
                break
            if json:
                out.write(as_json(record).decode() + "\n")
            else:
                out.write(render(record.topic, record.key, record.value,
                                 list(record.headers or [])) + "\n")
            out.flush()
            shown += 1
    finally:
        await consumer.stop()
    return shown
