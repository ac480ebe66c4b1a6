"""Run the Faust worker, on a configured cluster (`worker`) or on the embedded broker (`dev`)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from faust.worker import Worker

from streams import language
from streams.app import NewsApp, create_app
from streams.broker import EmbeddedBroker
from streams.logs import logging_config
from streams.settings import Settings
from streams.topics import ensure_topics

log = logging.getLogger(__name__)

BROKER_EXIT_CODE = 3


def run_worker(app: NewsApp) -> int:
    """Run the worker until it is stopped (SIGINT/SIGTERM); return its exit code."""
    settings = app.wiring.settings
    worker = Worker(
        app,
        loglevel=settings.log_level,
        quiet=settings.log_level in ("WARNING", "ERROR"),  # no banner when asked to be quiet
        logging_config=logging_config(settings),
        redirect_stdouts=False,
    )
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def run_dev(settings: Settings, demo: Path | None = None) -> int:
    """Start Tansu when no broker is configured, create the topics, run the worker."""
    broker: EmbeddedBroker | None = None
    if not settings.bootstrap_configured:
        log_dir = settings.data_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        broker = EmbeddedBroker(log_file=log_dir / "tansu.log").start()
        settings = settings.with_overrides(
            bootstrap_servers=broker.bootstrap, bootstrap_configured=True,
            broker_profile="tansu",
            # Tansu keeps nothing across restarts, so table state on disk would be stale.
            store="memory://",
        )
        print(f"embedded Tansu broker on {broker.bootstrap} (memory only; Ctrl-C stops all)",
              file=sys.stderr)
    try:
        asyncio.run(ensure_topics(settings))
        app = create_app(settings)
        if broker is not None:
            _watch_broker(app, broker)
        if demo is not None:
            from streams.demo import add_demo

            add_demo(app, demo)
        language.warm_up()
        code = run_worker(app)
        if broker is not None and not broker.alive():
            return BROKER_EXIT_CODE
        return code
    finally:
        if broker is not None:
            broker.stop()


def _watch_broker(app: NewsApp, broker: EmbeddedBroker) -> None:
    """Stop the worker loudly if the embedded broker dies: its topics are gone with it."""

    @app.timer(interval=0.5)  # type: ignore[untyped-decorator]
    async def broker_watchdog() -> None:
        if not broker.alive():
            code = broker.process.returncode if broker.process else None
            log.critical(
                "embedded broker exited (code %s): every topic and offset is lost; stopping", code
            )
            print(f"FATAL: embedded Tansu broker exited (code {code}); stopping the worker",
                  file=sys.stderr)
            # Try a clean stop, but a worker whose broker is gone can hang in its consumer
            # thread while stopping; nothing is left to save, so exit hard if it does.
            threading.Timer(5.0, os._exit, (BROKER_EXIT_CODE,)).start()
            os.kill(os.getpid(), signal.SIGTERM)

    _ = broker_watchdog
