"""The Faust app factory: `create_app(settings)` builds topics, the dedupe table, agents, pages."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import faust

from streams.kafka_config import faust_credentials, profile_options
from streams.metrics import Metrics
from streams.settings import Settings

log = logging.getLogger(__name__)

DEDUPE_TABLE = "dedupe-claims"


@dataclass
class Wiring:
    """What the agents and web pages share: settings, metrics, topic handles and the table."""

    settings: Settings
    metrics: Metrics
    raw: Any
    candidates: Any
    enriched: Any
    military_strike: Any
    diplomacy: Any
    duplicates: Any
    dlq: Any
    claims: Any  # faust Table: claim key -> [kept_id, first_seen]

    def label_topics(self) -> dict[str, Any]:
        """Output topic per classification label."""
        return {"military_strike": self.military_strike, "diplomacy": self.diplomacy}


class NewsApp(faust.App):
    """A faust.App that carries its wiring, so pages, CLI and tests reach the same objects."""

    wiring: Wiring


def create_app(settings: Settings | None = None) -> NewsApp:
    """Build the Faust app from settings (read from the environment if not given)."""
    from streams import agents, web

    settings = settings or Settings.from_env()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = NewsApp(
        settings.app_id,
        broker=[f"kafka://{host}" for host in settings.bootstrap_servers.split(",")],
        broker_credentials=faust_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        web_host=settings.web_host,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replicas,
        autodiscover=False,
        version=1,
        **profile_options(settings),
    )
    t = settings.topics

    def raw_topic(name: str, **kwargs: Any) -> Any:
        return app.topic(name, key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw", **kwargs)

    app.wiring = Wiring(
        settings=settings,
        metrics=Metrics(),
        raw=raw_topic(t.raw),
        # One partition on purpose: every uniqueness decision is made by one consumer, so
        # copies arriving on different raw partitions (or workers) are still caught.
        candidates=raw_topic(t.candidates, partitions=1, internal=True),
        enriched=raw_topic(t.enriched),
        military_strike=raw_topic(t.military_strike),
        diplomacy=raw_topic(t.diplomacy),
        duplicates=raw_topic(t.duplicates),
        dlq=raw_topic(t.dlq),
        claims=app.Table(DEDUPE_TABLE, default=None, partitions=1),
    )
    agents.wire(app, app.wiring)
    web.register(app, app.wiring)
    log.debug("app %s built for %s", settings.app_id, settings.bootstrap_servers)
    return app
