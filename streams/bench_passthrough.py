"""Benchmark baseline: a Faust worker whose one agent only forwards raw records to a topic.

Run as `python -m streams.bench_passthrough OUTPUT_TOPIC` with the worker's environment; it
reads the raw topic under its own app id (consumer group), so it sees the very same bytes
as the pipeline, and uses the same broker profile, batch size and send pattern as the
pipeline's enrich agent: the difference in rate is the pipeline's own work.
"""

from __future__ import annotations

import sys
from typing import Any

import faust
from faust.worker import Worker

from streams.kafka_config import faust_credentials, profile_options
from streams.logs import logging_config
from streams.settings import Settings

APP_ID = "news-streams-bench-passthrough"


def create_passthrough_app(settings: Settings, output: str) -> faust.App:
    """A Faust app with one agent: raw topic in, the same key and value out."""
    datadir = settings.data_dir / "passthrough"
    datadir.mkdir(parents=True, exist_ok=True)  # faust creates only the last level
    app = faust.App(
        APP_ID,
        broker=[f"kafka://{host}" for host in settings.bootstrap_servers.split(",")],
        broker_credentials=faust_credentials(settings),
        store="memory://",
        datadir=str(datadir),
        web_enabled=False,  # nothing to serve, and no port to share with the pipeline
        topic_partitions=settings.topic_partitions,
        autodiscover=False,
        **profile_options(settings),
    )
    src = app.topic(settings.topics.raw, key_type=bytes, value_type=bytes,
                    key_serializer="raw", value_serializer="raw")
    dst = app.topic(output, key_type=bytes, value_type=bytes,
                    key_serializer="raw", value_serializer="raw")

    @app.agent(src, name="forward")
    async def forward(stream: Any) -> None:
        # Same iteration as the enrich agent: batches of events, one awaited send each.
        async for events in stream.take_events(settings.batch_size,
                                               within=settings.batch_within_s):
            for event in events:
                await dst.send(key=event.key, value=event.value)

    _ = forward
    return app


def main(argv: list[str] | None = None) -> int:
    """Run the passthrough worker until SIGTERM; argv is [OUTPUT_TOPIC]."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m streams.bench_passthrough OUTPUT_TOPIC", file=sys.stderr)
        return 2
    settings = Settings.from_env()
    if settings.broker_profile == "auto":  # the bench always names it; tansu by default
        settings = settings.with_overrides(broker_profile="tansu")
    app = create_passthrough_app(settings, args[0])
    worker = Worker(app, loglevel=settings.log_level, quiet=True,
                    logging_config=logging_config(settings), redirect_stdouts=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
