"""The evaluation harness: its arithmetic and its fixed dev/test split."""

from __future__ import annotations

from pathlib import Path

from streams.evaluation import Counts, Item, evaluate, load, render


def test_counts_arithmetic() -> None:
    c = Counts()
    for truth, predicted in [(True, True), (True, True), (True, False), (False, True),
                             (False, False)]:
        c.add(truth, predicted)
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert round(c.precision, 3) == 0.667 and round(c.recall, 3) == 0.667
    assert round(c.f1, 3) == 0.667
    assert Counts().f1 == 1.0  # nothing to find and nothing claimed


def test_split_is_fixed_by_the_id() -> None:
    items = [Item(f"en-{i:03d}", "en", "t", "b", frozenset(), "neither") for i in range(500)]
    splits = [i.split for i in items]
    assert splits == [i.split for i in items]
    assert 0.3 < splits.count("test") / len(splits) < 0.5


def test_evaluate_counts_labels_and_label_free_hits(tmp_path: Path) -> None:
    corpus = tmp_path / "en.jsonl"
    corpus.write_text(
        '{"id": "en-001", "title": "Missile strike kills five in Kharkiv", "body": "Russian '
        'forces launched missiles at Kharkiv overnight, killing five people and wounding 20, '
        'the regional governor said.", "labels": ["military_strike"], "kind": "strike"}\n'
        '{"id": "en-002", "title": "Bakery wins prize", "body": "A small bakery in Leeds won '
        'a national bread award on Sunday.", "labels": [], "kind": "neither"}\n'
    )
    report = evaluate(load([corpus]))
    assert report.counts("en", "military_strike").tp == 1
    assert report.label_free["en"] == 1 and report.label_free_hit["en"] == 0
    text = render(report, "all")
    assert "military_strike" in text and "0 of 2 articles wrong" in text
