"""Create the pipeline's topics on the cluster (used by `dev` and tests; ops use deploy files)."""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from streams.kafka_config import client_options
from streams.settings import Settings

log = logging.getLogger(__name__)


async def ensure_topics(settings: Settings, timeout_s: float = 30.0) -> list[str]:
    """Create every public topic and the one-partition funnel; return the ones created now."""
    wanted = [
        NewTopic(name, settings.topic_partitions, settings.topic_replicas)
        for name in settings.topics.public()
    ] + [NewTopic(settings.topics.candidates, 1, settings.topic_replicas)]
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=10_000)
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        try:
            await admin.start()
            break
        except KafkaConnectionError:
            if asyncio.get_running_loop().time() > deadline:
                raise
            await asyncio.sleep(0.2)  # broker not up yet: retry until the deadline
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in wanted if t.name not in existing]
        if missing:
            with suppress(TopicAlreadyExistsError):  # another worker was quicker: fine
                await admin.create_topics(missing)
        log.info("topics ready (%d created)", len(missing))
        return [t.name for t in missing]
    finally:
        await admin.close()
