"""`make eval`: precision, recall and F1 of the classifier on the labelled corpus, per language."""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from streams.classify import classify
from streams.language import detect_language, warm_up
from streams.normalize import clean_body, clean_title
from streams.records import LABELS

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
TEST_SHARE = 2  # of 5 buckets: 40% of each language is the test part, never tuned on


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled corpus article."""

    id: str
    lang: str
    title: str
    body: str
    labels: frozenset[str]
    kind: str

    @property
    def split(self) -> str:
        """`test` or `dev`, fixed by a hash of the id so nobody picks the split by hand."""
        bucket = hashlib.blake2b(self.id.encode(), digest_size=2).digest()[0] % 5
        return "test" if bucket < TEST_SHARE else "dev"


@dataclass
class Counts:
    """True positives, false positives and false negatives for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, truth: bool, predicted: bool) -> None:
        """Count one article."""
        self.tp += truth and predicted
        self.fp += predicted and not truth
        self.fn += truth and not predicted

    @property
    def precision(self) -> float:
        """Share of predicted labels that were right (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of true labels that were found (1.0 when there were none)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Everything `make eval` prints."""

    per_lang: dict[str, dict[str, Counts]] = field(default_factory=dict)
    label_free: Counter[str] = field(default_factory=Counter)  # lang -> label-free articles
    label_free_hit: Counter[str] = field(default_factory=Counter)  # ... that got a label
    confusions: list[tuple[str, str, list[str], list[str]]] = field(default_factory=list)
    costs_us: list[float] = field(default_factory=list)

    def counts(self, lang: str | None, label: str) -> Counts:
        """Counts for one language, or summed over all when lang is None."""
        if lang is not None:
            return self.per_lang[lang][label]
        total = Counts()
        for by_label in self.per_lang.values():
            c = by_label[label]
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total


def load(paths: Iterable[Path]) -> Iterator[Item]:
    """Read corpus files (JSON Lines named <lang>.jsonl or <lang>-<part>.jsonl)."""
    for path in sorted(paths):
        for line in path.read_bytes().splitlines():
            if line.strip():
                d = orjson.loads(line)
                yield Item(d["id"], path.stem.split("-")[0], d["title"], d["body"],
                           frozenset(d["labels"]), d["kind"])


def evaluate(items: Iterable[Item]) -> Report:
    """Run language tagging and the classifier on each item as the pipeline does."""
    report = Report()
    for item in items:
        title, body = clean_title(item.title), clean_body(item.body)
        start = time.perf_counter()
        language = detect_language(title, body)
        result = classify(title, body, language.code)
        report.costs_us.append((time.perf_counter() - start) * 1e6)
        predicted = set(result.labels)
        by_label = report.per_lang.setdefault(item.lang, {label: Counts() for label in LABELS})
        for label in LABELS:
            by_label[label].add(label in item.labels, label in predicted)
        if not item.labels:
            report.label_free[item.lang] += 1
            report.label_free_hit[item.lang] += bool(predicted)
        if predicted != item.labels:
            report.confusions.append((item.id, item.kind, sorted(item.labels), sorted(predicted)))
    return report


def render(report: Report, split: str) -> str:
    """The report as text tables."""
    out = [f"classifier on the {split} part of tests/corpus "
           f"({sum(1 for _ in report.confusions)} of {len(report.costs_us)} articles wrong)", ""]
    out.append(f"{'lang':<6}{'label':<17}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}"
               f"{'label-free hit':>17}")
    for lang in [*sorted(report.per_lang), None]:
        name = lang or "all"
        free = (sum(report.label_free.values()) if lang is None else report.label_free[lang])
        hit = (sum(report.label_free_hit.values()) if lang is None
               else report.label_free_hit[lang])
        for i, label in enumerate(LABELS):
            c = report.counts(lang, label)
            tail = f"{hit:>7}/{free:<4}{hit / free if free else 0:>5.0%}" if i == 0 else ""
            out.append(f"{name if i == 0 else '':<6}{label:<17}{c.precision:>7.3f}"
                       f"{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>5}{c.fp:>5}{c.fn:>5}{tail}")
    kinds = Counter(kind for _, kind, _, _ in report.confusions)
    out += ["", "errors by kind: " + (", ".join(f"{k} {n}" for k, n in kinds.most_common())
                                       or "none")]
    out += [f"  {i:<10} {kind:<24} truth={t} predicted={p}"
            for i, kind, t, p in report.confusions]
    costs = sorted(report.costs_us)
    if costs:
        out += ["", f"language + classify per article: median {statistics.median(costs):.0f} µs, "
                    f"p99 {costs[int(len(costs) * 0.99) - 1]:.0f} µs"]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation of one split (default: test)."""
    p = argparse.ArgumentParser(prog="python -m streams.evaluation", description=__doc__)
    p.add_argument("--split", choices=("test", "dev", "all"), default="test")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    args = p.parse_args(argv)
    warm_up()
    items = [i for i in load(args.corpus.glob("*.jsonl"))
             if args.split == "all" or i.split == args.split]
    print(render(evaluate(items), args.split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
