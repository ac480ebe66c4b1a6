"""Benchmark, offline part: per-stage cost of `pipeline.enrich` on the benchmark articles."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from time import perf_counter

from streams import language, pipeline
from streams.errors import StageError

STAGES = ("parse", "normalize", "language", "classify", "minhash")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def stage_costs(values: Iterable[bytes]) -> dict[str, list[float]]:
    """Microseconds per article for each stage and for the whole `enrich` call ("enrich")."""
    language.warm_up()  # the worker loads the detectors at start; do not time the first load
    samples: dict[str, list[float]] = {name: [] for name in (*STAGES, "enrich")}

    def observe(stage: str, seconds: float) -> None:
        samples.setdefault(stage, []).append(seconds * 1e6)

    for value in values:
        started = perf_counter()
        try:
            pipeline.enrich(value, observe=observe)
        except StageError:
            continue  # malformed input: its parse time counts, the whole call does not
        samples["enrich"].append((perf_counter() - started) * 1e6)
    return samples


def summarize(samples: dict[str, list[float]]) -> dict[str, dict[str, float]]:
    """Median and p99 per stage, in microseconds."""
    return {
        stage: {"median": percentile(values, 50), "p99": percentile(values, 99),
                "count": float(len(values))}
        for stage, values in samples.items()
    }
