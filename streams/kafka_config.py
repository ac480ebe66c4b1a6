"""How we connect to Kafka: Faust app options and plain aiokafka client options from Settings."""

from __future__ import annotations

import ssl
from typing import Any

from aiokafka.helpers import create_ssl_context

from streams.settings import Settings


def ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """An SSL context for SSL / SASL_SSL, trusting the configured CA (system CAs otherwise)."""
    if settings.security_protocol not in ("SSL", "SASL_SSL"):
        return None
    context: ssl.SSLContext = create_ssl_context(
        cafile=settings.ssl_cafile,
        certfile=settings.ssl_certfile,
        keyfile=settings.ssl_keyfile,
    )
    return context


def faust_credentials(settings: Settings) -> Any:
    """The `broker_credentials` for faust.App, or None for PLAINTEXT."""
    import faust

    context = ssl_context(settings)
    if settings.security_protocol in ("SASL_PLAINTEXT", "SASL_SSL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password,
            mechanism=settings.sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for aiokafka producers, consumers and admin clients."""
    options: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers.split(","),
        "security_protocol": settings.security_protocol,
    }
    context = ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if settings.security_protocol.startswith("SASL"):
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = settings.sasl_password
    return options


def profile_options(settings: Settings) -> dict[str, Any]:
    """Faust tuning per broker profile; `tansu` works around the embedded broker's limits."""
    common: dict[str, Any] = {
        "consumer_auto_offset_reset": "earliest",
        "processing_guarantee": "at_least_once",
        # The enriched event is a little larger than its input; the broker may have no limit.
        "producer_max_request_size": settings.max_message_bytes * 2 + 65536,
        "consumer_max_fetch_size": max(settings.max_message_bytes * 2, 4 << 20),
    }
    if settings.broker_profile == "tansu":
        # notes/tansu.md: joins take session/2; ListOffsets(LATEST) is wrong for multi-record
        # batches, so one record per batch keeps table recovery exact.
        session = settings.session_timeout_s or 6.0
        return common | {
            "broker_session_timeout": session,
            "broker_heartbeat_interval": max(0.5, session / 3),
            "broker_rebalance_timeout": session,
            "producer_max_batch_size": 1,
        }
    session = settings.session_timeout_s or 30.0
    return common | {
        "broker_session_timeout": session,
        "broker_heartbeat_interval": max(1.0, session / 10),
        "broker_rebalance_timeout": 60.0,
        "producer_linger_ms": 5,
        "producer_max_batch_size": 1 << 20,
    }
