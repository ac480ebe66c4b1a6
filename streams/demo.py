"""The `make run` demo: once the worker is ready, publish sample articles and print the results."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from streams.app import NewsApp
from streams.produce import produce
from streams.tail import tail
from streams.web import is_ready


def add_demo(app: NewsApp, samples: Path) -> None:
    """Register a task that feeds `samples` to the raw topic and prints every output event."""
    settings = app.wiring.settings
    t = settings.topics

    @app.task  # type: ignore[untyped-decorator]
    async def demo() -> None:
        while not is_ready(app):
            await asyncio.sleep(0.2)  # wait for the condition: partitions assigned, recovered
        sent = await produce(settings, [str(samples)], progress=False)
        print(f"\n== published {sent} sample articles from {samples} to {t.raw}; results:\n",
              flush=True)
        print(
            f"   (publish more: KAFKA_BOOTSTRAP_SERVERS={settings.bootstrap_servers} "
            f".venv/bin/python -m streams produce FILE; stop with Ctrl-C)\n",
            file=sys.stderr, flush=True,
        )
        await tail(settings, [t.enriched, t.duplicates, t.dlq], from_beginning=True)

    _ = demo
