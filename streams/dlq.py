"""DLQ record headers in the Kafka Connect / KIP-1034 habit: error class, message, stage, origin."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from streams.errors import StageError

PREFIX = "__streams.errors."
MAX_MESSAGE_CHARS = 1000  # keep headers small; the message names the field, not the content


def dlq_headers(
    original: Mapping[str, bytes] | Iterable[tuple[str, bytes]] | None,
    err: StageError,
    error_class: str,
    topic: str,
    partition: int | None,
    offset: int | None,
) -> list[tuple[str, bytes]]:
    """The original headers followed by ours describing why and where the record failed."""
    headers: list[tuple[str, bytes]] = []
    if original:
        items: Iterable[Any] = original.items() if isinstance(original, Mapping) else original
        headers.extend((str(k), bytes(v or b"")) for k, v in items)
    headers.extend(
        [
            (PREFIX + "exception", error_class.encode()),
            (PREFIX + "message", err.message[:MAX_MESSAGE_CHARS].encode("utf-8", "replace")),
            (PREFIX + "stage", err.stage.encode()),
            (PREFIX + "topic", topic.encode()),
            (PREFIX + "partition", str(partition).encode()),
            (PREFIX + "offset", str(offset).encode()),
        ]
    )
    return headers


def read_headers(headers: Iterable[tuple[str, bytes]] | None) -> dict[str, str]:
    """Our error headers as text, keyed without the prefix (for `tail` and tests)."""
    return {
        k[len(PREFIX):]: v.decode("utf-8", "replace")
        for k, v in (headers or [])
        if k.startswith(PREFIX)
    }
