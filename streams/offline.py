"""`enrich`: the same stages offline, JSON Lines in, one JSON line out per input line, in order."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator

from streams import codec, pipeline
from streams.dedupe import Claim, Duplicate
from streams.errors import StageError
from streams.settings import Settings


def enrich_lines(lines: Iterable[bytes], settings: Settings) -> Iterator[bytes]:
    """Enrich, dedupe (in input order) or reject each non-blank line; yield JSON lines."""
    claims: dict[str, Claim] = {}
    now = time.time()
    for line in lines:
        line = line.strip()
        if not line:
            continue  # JSON Lines allows blank lines; `produce` skips them too
        try:
            candidate = pipeline.enrich(
                line, max_bytes=settings.max_message_bytes, thresholds=settings.thresholds
            )
        except StageError as err:
            yield codec.dumps(pipeline.rejection(err))
            continue
        article = candidate.article
        keys = {"id": article.id, "url": article.url,
                "canonical_url": article.canonical_url, "fingerprint": article.fingerprint}
        verdict = pipeline.judge(keys, claims, now, settings.dedupe_window_s, candidate.near,
                                 settings.near_threshold)
        if isinstance(verdict, Duplicate):
            yield codec.dumps(pipeline.duplicate_notice(keys, verdict, pipeline.utc_now_iso()))
        else:
            claims.update(verdict.claims)
            yield codec.dumps(article)
