"""One frozen, typed settings object, read from the environment when the app is built."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Literal

BrokerProfile = Literal["auto", "kafka", "tansu"]
LogFormat = Literal["text", "json"]

_DURATION_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


class SettingsError(ValueError):
    """A setting in the environment has a value that cannot be used."""


@dataclass(frozen=True, slots=True)
class Topics:
    """Topic names: the public contract (DESIGN.md) plus the internal dedupe funnel."""

    raw: str = "news.articles.raw"
    enriched: str = "news.articles.enriched"
    military_strike: str = "news.articles.military-strike"
    diplomacy: str = "news.articles.diplomacy"
    duplicates: str = "news.articles.duplicates"
    dlq: str = "news.articles.dlq"
    candidates: str = "news-streams-candidates"  # internal: one partition, see README

    def public(self) -> tuple[str, ...]:
        """Every topic other teams read or write."""
        return (
            self.raw,
            self.enriched,
            self.military_strike,
            self.diplomacy,
            self.duplicates,
            self.dlq,
        )


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the worker needs, in one place; see the settings table in README.md."""

    bootstrap_servers: str = "localhost:9092"
    bootstrap_configured: bool = False
    app_id: str = "news-streams"
    web_host: str = "0.0.0.0"
    web_port: int = 6066
    data_dir: Path = Path("data")
    store: str = "rocksdb://"
    broker_profile: BrokerProfile = "auto"  # auto: tansu if the cluster says so, else kafka
    session_timeout_s: float | None = None  # None: the profile's default
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str = "PLAIN"
    sasl_username: str | None = None
    sasl_password: str | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    topics: Topics = Topics()
    topic_partitions: int = 4
    topic_replicas: int = 1
    dedupe_window_s: float = 7 * 86400.0
    near_threshold: float = 0.3  # estimated Jaccard of word 3-shingles (neardup.DEFAULT_THRESHOLD)
    dedupe_purge_interval_s: float = 600.0
    max_message_bytes: int = 1 << 20
    threshold_military_strike: float = 0.5
    threshold_diplomacy: float = 0.5
    batch_size: int = 500
    batch_within_s: float = 0.05
    log_level: str = "INFO"
    log_format: LogFormat = "text"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from environment variables (defaults where unset)."""
        e = os.environ if env is None else env
        d = cls()
        bootstrap = e.get("KAFKA_BOOTSTRAP_SERVERS", "").strip()
        topics = Topics(
            raw=e.get("STREAMS_TOPIC_RAW", d.topics.raw),
            enriched=e.get("STREAMS_TOPIC_ENRICHED", d.topics.enriched),
            military_strike=e.get("STREAMS_TOPIC_MILITARY_STRIKE", d.topics.military_strike),
            diplomacy=e.get("STREAMS_TOPIC_DIPLOMACY", d.topics.diplomacy),
            duplicates=e.get("STREAMS_TOPIC_DUPLICATES", d.topics.duplicates),
            dlq=e.get("STREAMS_TOPIC_DLQ", d.topics.dlq),
            candidates=e.get("STREAMS_TOPIC_CANDIDATES", d.topics.candidates),
        )
        return cls(
            bootstrap_servers=bootstrap or d.bootstrap_servers,
            bootstrap_configured=bool(bootstrap),
            app_id=e.get("STREAMS_APP_ID", d.app_id),
            web_host=e.get("STREAMS_WEB_HOST", d.web_host),
            web_port=_int(e, "STREAMS_WEB_PORT", d.web_port, 0, 65535),
            data_dir=Path(e.get("STREAMS_DATA_DIR", str(d.data_dir))),
            store=_choice(e, "STREAMS_STORE", d.store, ("rocksdb://", "memory://")),
            broker_profile=_choice(e, "STREAMS_BROKER_PROFILE", d.broker_profile,
                                   ("auto", "kafka", "tansu")),  # type: ignore[arg-type]
            session_timeout_s=_float(e, "STREAMS_SESSION_TIMEOUT", 0.0, 0.0, 3600.0) or None,
            security_protocol=_choice(
                e, "KAFKA_SECURITY_PROTOCOL", d.security_protocol,
                ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"),
            ),
            sasl_mechanism=_choice(
                e, "KAFKA_SASL_MECHANISM", d.sasl_mechanism,
                ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"),
            ),
            sasl_username=e.get("KAFKA_SASL_USERNAME") or None,
            sasl_password=e.get("KAFKA_SASL_PASSWORD") or None,
            ssl_cafile=e.get("KAFKA_SSL_CAFILE") or None,
            ssl_certfile=e.get("KAFKA_SSL_CERTFILE") or None,
            ssl_keyfile=e.get("KAFKA_SSL_KEYFILE") or None,
            topics=topics,
            topic_partitions=_int(e, "STREAMS_TOPIC_PARTITIONS", d.topic_partitions, 1, 10_000),
            topic_replicas=_int(e, "STREAMS_TOPIC_REPLICAS", d.topic_replicas, 1, 100),
            dedupe_window_s=_duration(e, "STREAMS_DEDUPE_WINDOW", d.dedupe_window_s),
            dedupe_purge_interval_s=_duration(
                e, "STREAMS_DEDUPE_PURGE_INTERVAL", d.dedupe_purge_interval_s
            ),
            near_threshold=_float(e, "STREAMS_NEAR_DUP_THRESHOLD", d.near_threshold, 0.05, 1.0),
            max_message_bytes=_int(
                e, "STREAMS_MAX_MESSAGE_BYTES", d.max_message_bytes, 1024, 1 << 30
            ),
            threshold_military_strike=_float(
                e, "STREAMS_THRESHOLD_MILITARY_STRIKE", d.threshold_military_strike
            ),
            threshold_diplomacy=_float(e, "STREAMS_THRESHOLD_DIPLOMACY", d.threshold_diplomacy),
            batch_size=_int(e, "STREAMS_BATCH_SIZE", d.batch_size, 1, 100_000),
            batch_within_s=_float(e, "STREAMS_BATCH_WITHIN", d.batch_within_s, 0.001, 60.0),
            log_level=_choice(
                e, "STREAMS_LOG_LEVEL", d.log_level, ("DEBUG", "INFO", "WARNING", "ERROR")
            ),
            log_format=_choice(e, "STREAMS_LOG_FORMAT", d.log_format,
                               ("text", "json")),  # type: ignore[arg-type]
        )

    def with_overrides(self, **changes: object) -> Settings:
        """Return a copy with some fields replaced (used by `dev` and tests)."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise SettingsError(f"unknown settings: {sorted(unknown)}")
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def thresholds(self) -> dict[str, float]:
        """Per-label score thresholds for the classifier."""
        return {
            "military_strike": self.threshold_military_strike,
            "diplomacy": self.threshold_diplomacy,
        }


def _int(e: Mapping[str, str], name: str, default: int, lo: int, hi: int) -> int:
    raw = e.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a whole number") from None
    if not lo <= value <= hi:
        raise SettingsError(f"{name}={value} is outside {lo}..{hi}")
    return value


def _float(
    e: Mapping[str, str], name: str, default: float, lo: float = 0.0, hi: float = 1.0
) -> float:
    raw = e.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a number") from None
    if not lo <= value <= hi:
        raise SettingsError(f"{name}={value} is outside {lo}..{hi}")
    return value


def _choice(e: Mapping[str, str], name: str, default: str, allowed: tuple[str, ...]) -> str:
    raw = e.get(name, "").strip()
    if not raw:
        return default
    for option in allowed:
        if raw.upper() == option.upper():
            return option
    raise SettingsError(f"{name}={raw!r} is not one of {', '.join(allowed)}")


def _duration(e: Mapping[str, str], name: str, default: float) -> float:
    """Parse '7d', '12h', '30m', '45s' or plain seconds."""
    raw = e.get(name, "").strip().lower()
    if not raw:
        return default
    unit = _DURATION_UNITS.get(raw[-1])
    number = raw[:-1] if unit else raw
    try:
        value = float(number) * (unit or 1.0)
    except ValueError:
        raise SettingsError(f"{name}={raw!r} is not a duration such as 7d or 3600") from None
    if value <= 0:
        raise SettingsError(f"{name} must be positive")
    return value
