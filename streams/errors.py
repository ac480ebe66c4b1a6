"""Errors that send an input to the DLQ: each names the stage that refused it."""

from __future__ import annotations


class StageError(Exception):
    """An input that a stage refuses; the worker sends it to the DLQ and goes on."""

    stage = "unknown"

    def __init__(self, message: str, article_id: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.article_id = article_id


class TooLargeError(StageError):
    """The raw record is larger than the configured limit."""

    stage = "parse"


class NotJsonError(StageError):
    """The raw record is not valid UTF-8 JSON."""

    stage = "parse"


class SchemaError(StageError):
    """The JSON does not satisfy schemas/raw-article.v1.json."""

    stage = "validate"
