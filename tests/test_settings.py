"""Settings come from the environment when asked, with checked values and documented defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.settings import Settings, SettingsError


def test_defaults() -> None:
    s = Settings.from_env({})
    assert s.bootstrap_servers == "localhost:9092" and not s.bootstrap_configured
    assert s.web_port == 6066
    assert s.topics.raw == "news.articles.raw"
    assert s.topics.military_strike == "news.articles.military-strike"
    assert s.max_message_bytes == 1 << 20
    assert s.dedupe_window_s == 7 * 86400


def test_from_env() -> None:
    s = Settings.from_env({
        "KAFKA_BOOTSTRAP_SERVERS": "k1:9092,k2:9092",
        "STREAMS_WEB_PORT": "8080",
        "STREAMS_DATA_DIR": "/var/lib/x",
        "STREAMS_TOPIC_RAW": "in",
        "STREAMS_TOPIC_PARTITIONS": "12",
        "STREAMS_DEDUPE_WINDOW": "36h",
        "KAFKA_SECURITY_PROTOCOL": "sasl_ssl",
        "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
        "STREAMS_LOG_FORMAT": "json",
        "STREAMS_THRESHOLD_DIPLOMACY": "0.7",
    })
    assert s.bootstrap_configured and s.bootstrap_servers == "k1:9092,k2:9092"
    assert (s.web_port, s.data_dir, s.topics.raw, s.topic_partitions) == (
        8080, Path("/var/lib/x"), "in", 12)
    assert s.dedupe_window_s == 36 * 3600
    assert (s.security_protocol, s.sasl_mechanism) == ("SASL_SSL", "SCRAM-SHA-512")
    assert s.log_format == "json"
    assert s.thresholds == {"military_strike": 0.5, "diplomacy": 0.7}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("STREAMS_WEB_PORT", "http"),
        ("STREAMS_WEB_PORT", "70000"),
        ("STREAMS_DEDUPE_WINDOW", "soon"),
        ("STREAMS_DEDUPE_WINDOW", "-1d"),
        ("KAFKA_SECURITY_PROTOCOL", "TLS"),
        ("STREAMS_STORE", "redis://"),
        ("STREAMS_THRESHOLD_MILITARY_STRIKE", "2"),
    ],
)
def test_bad_values_are_refused(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_settings_are_frozen_and_overridable() -> None:
    s = Settings.from_env({})
    with pytest.raises(AttributeError):
        s.web_port = 1  # type: ignore[misc]
    assert s.with_overrides(web_port=1).web_port == 1
    with pytest.raises(SettingsError):
        s.with_overrides(nope=1)
