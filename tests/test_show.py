"""Readable renderings used by `tail` and `make run`."""

from __future__ import annotations

import orjson

from streams.dlq import dlq_headers
from streams.errors import NotJsonError
from streams.show import render


def test_enriched_shows_labels_language_and_evidence() -> None:
    event = {
        "type": "news.article.enriched.v1", "id": "a-1", "title": "Barrage and talks",
        "body": "", "language": {"code": "en", "confidence": 0.99},
        "classification": {"labels": ["military_strike"], "scores": {},
                           "evidence": {"military_strike": ["51 missiles"]}},
    }
    line = render("news.articles.enriched", b"a-1", orjson.dumps(event))
    assert "a-1" in line and "[en]" in line and "military_strike" in line
    assert "'51 missiles'" in line


def test_duplicate_and_dlq_lines() -> None:
    notice = {"type": "news.article.duplicate.v1", "id": "b", "duplicate_of": "a",
              "method": "url", "similarity": 1.0}
    assert render("d", b"b", orjson.dumps(notice)).startswith("DUPLICATE b")
    headers = dlq_headers(None, NotJsonError("bad"), "NotJsonError", "raw", 0, 1)
    assert "stage=parse NotJsonError: bad" in render("dlq", None, b"{", headers)
