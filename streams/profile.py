"""Choose the broker profile: ask the cluster who it is when STREAMS_BROKER_PROFILE is `auto`."""

from __future__ import annotations

import asyncio
import logging

from aiokafka.admin import AIOKafkaAdminClient

from streams.kafka_config import client_options
from streams.settings import Settings

log = logging.getLogger(__name__)


async def detect_profile(settings: Settings, timeout_s: float = 5.0) -> Settings:
    """Resolve `auto` to `tansu` (Tansu's cluster id) or `kafka`; other values stay as set."""
    if settings.broker_profile != "auto":
        return settings
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=3000)
    cluster_id = None
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
        cluster = await asyncio.wait_for(admin.describe_cluster(), timeout_s)
        cluster_id = str(cluster.get("cluster_id") or "")
    except Exception as exc:  # unreachable now: the worker will keep retrying on its own
        log.warning("could not ask the cluster for its id (%s); using the kafka profile", exc)
    finally:
        await admin.close()
    profile = "tansu" if cluster_id and cluster_id.startswith("tansu") else "kafka"
    if profile == "tansu":
        log.warning("the cluster is a Tansu broker: using the embedded-broker profile "
                    "(short sessions, one record per producer batch; see README)")
    return settings.with_overrides(broker_profile=profile)
