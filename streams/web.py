"""Web pages on the worker's port: /metrics, /healthz (alive and not crashed), /readyz."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from prometheus_client import CONTENT_TYPE_LATEST

if TYPE_CHECKING:  # web pages only need the app's interface, not faust at import
    import faust


def is_ready(app: faust.App) -> bool:
    """True once partitions are assigned and table recovery has completed."""
    consumer = app.consumer if app._consumer is not None else None
    return bool(
        consumer is not None
        and not app.rebalancing
        and app.tables.recovery.completed.is_set()  # type: ignore[attr-defined]
        and consumer.assignment()
    )


def register(app: faust.App, w: Any) -> None:
    """Add the three pages to the app's web server."""

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        w.metrics.ready.set(1 if is_ready(app) else 0)
        # aiohttp rejects a charset inside content_type, so the exposition type goes in a header.
        return web.bytes(w.metrics.render(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        # Answering at all proves the event loop is turning; a crashed service is not healthy.
        healthy = not app.crashed and not app.should_stop
        return web.json({"status": "ok" if healthy else "crashed"}, status=200 if healthy else 503)

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        ready = is_ready(app)
        body = {"status": "ready" if ready else "starting", "rebalancing": app.rebalancing}
        return web.json(body, status=200 if ready else 503)
