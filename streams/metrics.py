"""Prometheus metrics (namespace `newsstreams_`), one registry per app so tests can build many."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest

from streams import __version__

NAMESPACE = "newsstreams"

# Languages outside this set are counted as "other" so the label stays bounded.
TRACKED_LANGUAGES = frozenset(
    {"en", "uk", "ru", "de", "fr", "es", "pl", "it", "pt", "nl", "tr", "ar", "zh", "und"}
)

_STAGE_BUCKETS = (
    0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001,
    0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0,
)


class Metrics:
    """The worker's metrics; labels are bounded: never an article id or URL."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = Counter(
            "articles_consumed", "Records consumed, by topic.", ["topic"],
            namespace=NAMESPACE, registry=r,
        )
        self.produced = Counter(
            "events_produced", "Events published, by output topic.", ["topic"],
            namespace=NAMESPACE, registry=r,
        )
        self.duplicates = Counter(
            "duplicates", "Duplicate articles, by detection method.", ["method"],
            namespace=NAMESPACE, registry=r,
        )
        self.dlq = Counter(
            "dlq_events", "Inputs sent to the DLQ, by stage and error class.",
            ["stage", "error_class"], namespace=NAMESPACE, registry=r,
        )
        self.labels = Counter(
            "labels", "Unique articles per classification label.", ["label"],
            namespace=NAMESPACE, registry=r,
        )
        self.languages = Counter(
            "languages", "Unique articles per language (top languages, else 'other').",
            ["language"], namespace=NAMESPACE, registry=r,
        )
        self.stage_seconds = Histogram(
            "stage_duration_seconds", "Time spent in each pipeline stage per article.",
            ["stage"], buckets=_STAGE_BUCKETS, namespace=NAMESPACE, registry=r,
        )
        self.dedupe_entries = Gauge(
            "dedupe_state_entries", "Claims held in the dedupe table on this worker.",
            namespace=NAMESPACE, registry=r,
        )
        self.ready = Gauge(
            "ready", "1 when partitions are assigned and tables recovered.",
            namespace=NAMESPACE, registry=r,
        )
        self.build = Info("build", "Build information.", namespace=NAMESPACE, registry=r)
        self.build.info({"version": __version__})

    def observe_stage(self, stage: str, seconds: float) -> None:
        """Record one stage's duration (the pipeline's `observe` callback)."""
        self.stage_seconds.labels(stage).observe(seconds)

    def count_language(self, code: str) -> None:
        """Count a unique article's language, folding rare ones into 'other'."""
        self.languages.labels(code if code in TRACKED_LANGUAGES else "other").inc()

    def render(self) -> bytes:
        """The text exposition format for /metrics."""
        return generate_latest(self.registry)
