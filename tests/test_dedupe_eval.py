"""Near-duplicate detection on our syndication pairs, at the default threshold."""

from __future__ import annotations

from streams.dedupe_eval import exact_checks, judge, load, render
from streams.neardup import DEFAULT_THRESHOLD

PAIRS = list(load())


def test_every_syndicated_copy_is_caught_and_no_independent_report_is_dropped() -> None:
    near = [p for p in PAIRS if p.kind == "near"]
    distinct = [p for p in PAIRS if p.kind == "distinct"]
    assert len(near) >= 60 and len(distinct) >= 30
    missed = [p.id for p in near if judge(p.a, p.b, DEFAULT_THRESHOLD) is None]
    dropped = [p.id for p in distinct if judge(p.a, p.b, DEFAULT_THRESHOLD) is not None]
    assert len(missed) <= len(near) * 0.05, missed
    assert dropped == []


def test_exact_duplicates_are_found_by_their_method() -> None:
    found = exact_checks(PAIRS[:10])
    assert found == {"id": 10, "url": 10, "content": 10}


def test_render_reports_the_sweep() -> None:
    text = render(PAIRS[:12], DEFAULT_THRESHOLD)
    assert "<- default" in text and "false drops" in text
