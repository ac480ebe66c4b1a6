"""`make eval`: near-duplicate recall and false drops on our pairs, exact-duplicate checks."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from streams.dedupe import Claim, Duplicate, Unique, decide
from streams.neardup import DEFAULT_THRESHOLD, near_keys, similarity
from streams.normalize import canonical_url, normalize
from streams.records import NormalizedArticle, RawArticle

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "neardup" / "pairs.jsonl"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
DAY = 86400.0


@dataclass(frozen=True, slots=True)
class Pair:
    """Two articles that are the same story (`near`) or independent reports (`distinct`)."""

    id: str
    kind: str
    lang: str
    a: NormalizedArticle
    b: NormalizedArticle


def load(path: Path = PAIRS) -> Iterator[Pair]:
    """Read and normalize the pairs."""
    for line in path.read_bytes().splitlines():
        d = orjson.loads(line)
        a, b = (normalize(RawArticle(id=f"{d['id']}-{s}", title=d[s]["title"], body=d[s]["body"]))
                for s in ("a", "b"))
        yield Pair(d["id"], d["kind"], d["lang"], a, b)


def judge(first: NormalizedArticle, second: NormalizedArticle, threshold: float,
          url_first: str | None = None, url_second: str | None = None) -> Duplicate | None:
    """Keep `first`, then judge `second` against it exactly as the funnel would."""
    store: dict[str, Claim] = {}
    kept = decide(first.raw.id, url_first, first.fingerprint, store, 0.0, DAY,
                  near_keys(first.body_tokens), threshold)
    assert isinstance(kept, Unique)
    store.update(kept.claims)
    verdict = decide(second.raw.id, url_second, second.fingerprint, store, 1.0, DAY,
                     near_keys(second.body_tokens), threshold)
    return verdict if isinstance(verdict, Duplicate) else None


def true_similarity(p: Pair) -> float | None:
    """Estimated Jaccard of the pair's shingles (None when a text is too short)."""
    ka, kb = near_keys(p.a.body_tokens), near_keys(p.b.body_tokens)
    return None if ka is None or kb is None else similarity(ka.signature, kb.signature)


def exact_checks(pairs: list[Pair]) -> Counter[str]:
    """Exact duplicates made from each pair's first article: re-sent, re-spaced, re-URLed."""
    found: Counter[str] = Counter()
    for p in pairs:
        a = p.a
        respaced = normalize(RawArticle(id="x", title=a.title.upper() + " ",
                                        body=a.body.replace(" ", "  ").replace(".", " .")))
        same_id = normalize(RawArticle(id=a.raw.id, title="Other", body="Other text " * 30))
        url = f"https://www.example.org/{p.id}"
        tracked = canonical_url(f"http://example.org/{p.id}/?utm_source=x&fbclid=y#top")
        cases = {"content": (respaced, None, None), "id": (same_id, None, None),
                 "url": (same_id, canonical_url(url), tracked)}
        for method, (copy, url_a, url_b) in cases.items():
            if method == "url":
                copy = normalize(RawArticle(id="y", title="Other", body="Other text " * 30))
            verdict = judge(a, copy, DEFAULT_THRESHOLD, url_a, url_b)
            found[method] += verdict is not None and verdict.method == method
    return found


def render(pairs: list[Pair], threshold: float) -> str:
    """Recall, false drops and the threshold sweep as text."""
    near = [p for p in pairs if p.kind == "near"]
    distinct = [p for p in pairs if p.kind == "distinct"]
    out = [f"near duplicates on tests/neardup ({len(near)} syndicated pairs, "
           f"{len(distinct)} independent reports of the same event)", ""]
    out.append(f"{'threshold':>9} {'recall':>8} {'false drops':>12}")
    for t in sorted({*THRESHOLDS, threshold}):
        hit = sum(judge(p.a, p.b, t) is not None for p in near)
        drops = sum(judge(p.a, p.b, t) is not None for p in distinct)
        mark = "  <- default" if t == threshold else ""
        out.append(f"{t:>9.2f} {hit / len(near):>8.1%} {drops:>5}/{len(distinct):<6}{mark}")
    by_lang: Counter[str] = Counter()
    missed = []
    for p in near:
        if judge(p.a, p.b, threshold) is None:
            by_lang[p.lang] += 1
            missed.append(f"  missed {p.id} ({p.lang}) similarity {true_similarity(p)}")
    worst = max((s for p in distinct if (s := true_similarity(p)) is not None), default=0.0)
    out += ["", f"missed near pairs by language: {dict(by_lang) or 'none'}", *missed,
            f"highest similarity between independent reports: {worst:.3f}"]
    exact = exact_checks(pairs)
    out += ["", "exact duplicates made from each first article (found / tried): "
                + ", ".join(f"{m} {exact[m]}/{len(pairs)}" for m in ("id", "url", "content"))]
    start = time.perf_counter()
    for p in pairs:
        near_keys(p.a.body_tokens)
    cost = (time.perf_counter() - start) / len(pairs) * 1e6
    out.append(f"MinHash signature and bands: {cost:.0f} µs per article on average")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the near-duplicate evaluation."""
    from streams.settings import Settings

    p = argparse.ArgumentParser(prog="python -m streams.dedupe_eval", description=__doc__)
    p.add_argument("--pairs", type=Path, default=PAIRS)
    args = p.parse_args(argv)
    print(render(list(load(args.pairs)), Settings.from_env().near_threshold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
