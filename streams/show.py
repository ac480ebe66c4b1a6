"""Readable one-line renderings of output events, for `tail` and the `make run` demo."""

from __future__ import annotations

from typing import Any

import orjson

from streams.dlq import read_headers

_WIDTH = 70


def _short(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(topic: str, key: bytes | None, value: bytes | None,
           headers: list[tuple[str, bytes]] | None = None) -> str:
    """One human line for a record of any of our topics."""
    try:
        doc: Any = orjson.loads(value or b"")
    except orjson.JSONDecodeError:
        doc = None
    kind = doc.get("type") if isinstance(doc, dict) else None
    if kind == "news.article.enriched.v1":
        c = doc["classification"]
        labels = "+".join(c["labels"]) or ("abstained" if c.get("abstained") else "-")
        evidence = "; ".join(
            f"{label}: {', '.join(repr(p) for p in c['evidence'].get(label, [])[:2])}"
            for label in c["labels"]
        )
        line = (f"ENRICHED {doc['id']:<12} [{doc['language']['code']}] {labels:<26} "
                f"{_short(doc['title'] or doc['body'], 60)}")
        return line + (f"\n         evidence: {evidence}" if evidence else "")
    if kind == "news.article.duplicate.v1":
        return (f"DUPLICATE {doc['id']:<11} of {doc['duplicate_of']} "
                f"(by {doc['method']}, similarity {doc['similarity']:.2f})")
    errors = read_headers(headers)
    if errors:
        return (f"DLQ       {(key or b'').decode('utf-8', 'replace') or '(no key)':<12} "
                f"stage={errors.get('stage')} {errors.get('exception')}: "
                f"{_short(errors.get('message', ''), 60)}")
    return f"{topic}: {_short((value or b'').decode('utf-8', 'replace'))}"
