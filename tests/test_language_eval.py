"""Tests for streams.language_eval: the evaluation set's shape, its split, the acceptance bar."""

from __future__ import annotations

from collections import Counter

import pytest

from streams import language_eval
from streams.language_eval import Item, load, report, score, select

_CODES = "en uk ru be bg sr mk kk de fr es pt ca it pl cs nl tr ar he fa zh ja ko id ms hi el ro"
REQUIRED = tuple(f"{_CODES} hu sv fi".split())


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return load()


def test_set_covers_the_languages_and_lengths(items: list[Item]) -> None:
    counts = Counter((i.kind, i.lang) for i in items)
    for lang in REQUIRED:
        assert counts[("articles", lang)] >= 8, lang
        assert counts[("headlines", lang)] >= 12, lang
    assert {i.lang for i in items if i.kind == "tricky"} >= {"en", "uk", "ru", "be"}
    for item in items:
        if item.kind == "articles":
            ends = sum(item.text.count(stop) for stop in (". ", "। ", "。"))
            assert ends >= 2, item.id  # 3 sentences or more
        elif item.lang not in {"zh", "ja"}:  # unspaced scripts have no words to count
            assert 4 <= len(item.text.split()) <= 12, item.id


def test_ids_are_unique_and_the_split_is_stable(items: list[Item]) -> None:
    assert len({i.id for i in items}) == len(items)
    again = {i.id: i.split for i in load()}
    assert all(again[i.id] == i.split for i in items)
    for kind in language_eval.KINDS:
        splits = Counter(i.split for i in items if i.kind == kind)
        assert splits["test"] > 0.3 * sum(splits.values()), kind
        assert splits["dev"] > 0.3 * sum(splits.values()), kind
    assert len(select(items, "all")) == len(items)


def test_acceptance_on_the_test_part(items: list[Item]) -> None:
    tally, confusions = score(select(items, "test"))
    articles = [c for (kind, _), c in tally.items() if kind == "articles"]
    short = [c for (kind, _), c in tally.items() if kind != "articles"]
    assert sum(c[0] for c in articles) >= 0.99 * sum(c[1] for c in articles)
    assert sum(c[0] for c in short) >= 0.92 * sum(c[1] for c in short)
    neighbours = {("articles", "uk", "ru"), ("articles", "ru", "uk")}
    assert not neighbours & set(confusions)


def test_no_article_anywhere_confuses_ukrainian_and_russian(items: list[Item]) -> None:
    _, confusions = score([i for i in items if i.lang in {"uk", "ru"}])
    assert not [c for c in confusions if c[2] in {"uk", "ru"}]


def test_report_lists_languages_confusions_and_cost(items: list[Item]) -> None:
    sample = [i for i in items if i.lang in {"en", "uk"}]
    text = report(sample, "all", rounds=1)
    assert "uk " in text and "en " in text
    assert "confusions" in text
    assert "3 KB articles: 2/2 right" in text


def test_long_articles_are_3_kb_in_one_language(items: list[Item]) -> None:
    built = dict(language_eval.long_articles(items))
    assert set(built) >= set(REQUIRED)
    assert all(2900 <= len(body) <= 3000 for body in built.values())


def test_main_prints_the_test_part(capsys: pytest.CaptureFixture[str]) -> None:
    assert language_eval.main(["--rounds", "0"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("language tagging, test part")
    assert "articles" in out and "headlines" in out
