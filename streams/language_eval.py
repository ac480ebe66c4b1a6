"""`make eval`: language-tagging accuracy per language, the confusions, and the cost per text."""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from streams import language
from streams.language import detect_language, warm_up

DATA = Path(__file__).resolve().parent.parent / "tests" / "langid"
KINDS = ("articles", "headlines", "tricky")  # tricky: foreign place names, uk/ru/be look-alikes
TEST_SHARE = 2  # of 4 buckets: half of each file is the test part, never tuned on
ARTICLE_CHARS = 3000  # the benchmark's article length
BENCH_ROUNDS = 30  # timed detections per language and 3 KB article


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled text of the evaluation set."""

    id: str
    kind: str
    lang: str
    text: str

    @property
    def split(self) -> str:
        """`test` or `dev`, fixed by a hash of the id so nobody picks the split by hand."""
        bucket = hashlib.blake2b(self.id.encode(), digest_size=2).digest()[0] % 4
        return "test" if bucket < TEST_SHARE else "dev"


def load(data: Path = DATA) -> list[Item]:
    """Read every `lang<TAB>text` line; ids are kind:lang:n, n counting within the language."""
    items: list[Item] = []
    for kind in KINDS:
        seen: Counter[str] = Counter()
        for line in (data / f"{kind}.tsv").read_text("utf-8").splitlines():
            if not line.strip():
                continue
            lang, text = line.split("\t", 1)
            seen[lang] += 1
            items.append(Item(f"{kind}:{lang}:{seen[lang]}", kind, lang, text))
    return items


def select(items: Sequence[Item], split: str) -> list[Item]:
    """Keep the items of one split, or all of them for `all`."""
    return [i for i in items if split == "all" or i.split == split]


Tally = dict[tuple[str, str], list[int]]  # (kind, language) -> [right, total]


def score(items: Sequence[Item]) -> tuple[Tally, Counter[tuple[str, ...]]]:
    """Count right/total by (kind, language) and the confusions (kind, truth, answer)."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    confusions: Counter[tuple[str, ...]] = Counter()
    for item in items:
        code = detect_language("", item.text).code
        cell = tally[(item.kind, item.lang)]
        cell[0] += code == item.lang
        cell[1] += 1
        if code != item.lang:
            confusions[(item.kind, item.lang, code)] += 1
    return tally, confusions


def long_articles(items: Sequence[Item]) -> Iterator[tuple[str, str]]:
    """Build one ~3 KB article per language by joining its articles (both splits: cost only)."""
    by_lang: dict[str, list[str]] = defaultdict(list)
    for item in items:
        if item.kind == "articles":
            by_lang[item.lang].append(item.text)
    for lang, texts in sorted(by_lang.items()):
        body = " ".join(texts)
        while len(body) < ARTICLE_CHARS:
            body = f"{body} {body}"
        yield lang, language._cut(body, 0, ARTICLE_CHARS)


def bench(items: Sequence[Item], rounds: int = BENCH_ROUNDS) -> tuple[float, float, int]:
    """Return median and p99 µs per 3 KB article, and how many were tagged right."""
    samples: list[float] = []
    right = 0
    for lang, body in long_articles(items):
        right += detect_language("", body).code == lang
        for _ in range(rounds):
            start = time.perf_counter_ns()
            detect_language("", body)
            samples.append((time.perf_counter_ns() - start) / 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    return statistics.median(samples), p99, right


def report(items: Sequence[Item], split: str, rounds: int) -> str:
    """Render accuracy per language and kind, the confusions and the cost, as plain text."""
    chosen = select(items, split)
    tally, confusions = score(chosen)
    langs = sorted({lang for _, lang in tally})
    lines = [f"language tagging, {split} part: {len(chosen)} texts", ""]
    lines.append(f"{'lang':<6}" + "".join(f"{k:>14}" for k in KINDS))
    for lang in langs:
        cells = [tally.get((k, lang)) for k in KINDS]
        lines.append(
            f"{lang:<6}" + "".join(f"{c[0]:>9}/{c[1]:<4}" if c else f"{'-':>14}" for c in cells)
        )
    lines.append("")
    for kind in KINDS:
        right = sum(c[0] for (k, _), c in tally.items() if k == kind)
        total = sum(c[1] for (k, _), c in tally.items() if k == kind)
        lines.append(f"{kind:<10} {right}/{total} = {100 * right / max(total, 1):.1f}%")
    short = [c for (k, _), c in tally.items() if k != "articles"]
    right, total = sum(c[0] for c in short), sum(c[1] for c in short)
    lines.append(f"{'all short':<10} {right}/{total} = {100 * right / max(total, 1):.1f}%")
    lines.append("")
    lines.append("confusions (kind truth -> answer: count):")
    for (kind, truth, code), n in sorted(confusions.items()):
        lines.append(f"  {kind} {truth} -> {code}: {n}")
    if rounds:
        median, p99, ok = bench(items, rounds)
        count = len(list(long_articles(items)))
        lines.append("")
        lines.append(
            f"3 KB articles: {ok}/{count} right; median {median:.0f} µs, p99 {p99:.0f} µs per text"
        )
    return "\n".join(lines)


def sweep(items: Sequence[Item], heads: Sequence[int]) -> str:
    """Accuracy and cost on 3 KB articles for other body-sample bounds (HEAD_CHARS)."""
    lines = ["HEAD_CHARS  right  median µs"]
    saved = language.HEAD_CHARS, language.MIDDLE_CHARS
    try:
        for head in heads:
            language.HEAD_CHARS, language.MIDDLE_CHARS = head, head // 2
            median, _, ok = bench(items, BENCH_ROUNDS)
            lines.append(f"{head:>10} {ok:>6} {median:>10.0f}")
    finally:
        language.HEAD_CHARS, language.MIDDLE_CHARS = saved
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report for the chosen split (test by default)."""
    parser = argparse.ArgumentParser(prog="python -m streams.language_eval")
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--rounds", type=int, default=BENCH_ROUNDS, help="0 skips the benchmark")
    parser.add_argument("--sizes", type=int, nargs="*", help="sweep body-sample bounds")
    args = parser.parse_args(argv)
    warm_up()
    items = load()
    print(report(items, args.split, args.rounds))
    if args.sizes:
        print()
        print(sweep(items, args.sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
