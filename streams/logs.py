"""Logging configuration: readable text or one JSON object per line (STREAMS_LOG_FORMAT)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import orjson

from streams.settings import Settings


class JsonFormatter(logging.Formatter):
    """Format a log record as one JSON object: time, level, logger, message (and exception)."""

    def format(self, record: logging.LogRecord) -> str:
        """Render the record as compact JSON."""
        doc: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            doc["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(doc).decode()


def logging_config(settings: Settings) -> dict[str, Any]:
    """A logging.dictConfig for the worker."""
    formatter: dict[str, Any] = (
        {"()": JsonFormatter}
        if settings.log_format == "json"
        else {"format": "[%(asctime)s] [%(process)d] [%(levelname)s] %(name)s: %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"main": formatter},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "main"},
        },
        "root": {"level": settings.log_level, "handlers": ["console"]},
    }
