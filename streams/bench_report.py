"""Benchmark report: the readable table and the issue's acceptance criteria."""

from __future__ import annotations

from typing import Any

from streams.bench_stages import STAGES

MIN_RATIO = 0.5
MAX_ENRICH_US_MEDIAN = 300.0


def acceptance(result: dict[str, Any]) -> dict[str, bool]:
    """The issue's criteria, each true when met."""
    return {
        "ratio_at_least_0.5": result["ratio"] >= MIN_RATIO,
        "enrich_us_median_at_most_300": result["enrich_us_median"] <= MAX_ENRICH_US_MEDIAN,
    }


def _ok(flag: bool) -> str:
    return "ok" if flag else "NOT MET"


def table(r: dict[str, Any]) -> str:
    """The result as aligned text, one measure a line."""
    out = r["outputs"]
    kinds = r["kinds"]
    dups = sum(v for k, v in kinds.items() if k.startswith("dup-"))
    bad = sum(v for k, v in kinds.items() if k.startswith("bad-"))
    methods = ", ".join(f"{k} {v}" for k, v in r["duplicates_by_method"].items())
    acc = r["acceptance"]
    rows = [
        ("input", f"{r['n']} articles, {r['input_bytes'] / 1e6:.1f} MB (mean "
                  f"{r['mean_record_bytes']} B); planted: {dups} duplicates, {bad} malformed"),
        ("outputs", f"{out['enriched']} enriched, {out['duplicates']} duplicates ({methods}), "
                    f"{out['dlq']} DLQ; unaccounted: "
                    f"{r['accounting']['inputs_without_output']} in, "
                    f"{r['accounting']['outputs_without_input']} out"),
        ("broker profile", f"{r['broker_profile']} (both workers)"),
        ("passthrough", f"{r['passthrough_msgs_per_s']:,.0f} msg/s (forward-only Faust agent)"),
        ("pipeline", f"{r['pipeline_msgs_per_s']:,.0f} msg/s"),
        ("ratio", f"{r['ratio']:.3f}  [>= {MIN_RATIO}: {_ok(acc['ratio_at_least_0.5'])}]"),
        ("", ""),
        ("stage (offline)", "median µs    p99 µs"),
    ]
    for stage in (*STAGES, "enrich"):
        label = "enrich (total)" if stage == "enrich" else f"  {stage}"
        rows.append((label, f"{r[f'{stage}_us_median']:>10.1f} {r[f'{stage}_us_p99']:>9.1f}"))
    rows[-1] = (rows[-1][0], rows[-1][1] + f"  [median <= {MAX_ENRICH_US_MEDIAN:.0f}: "
                f"{_ok(acc['enrich_us_median_at_most_300'])}]")
    rows += [
        ("", ""),
        ("e2e latency", f"p50 {r['e2e_latency_ms_p50']:.1f} ms, p99 {r['e2e_latency_ms_p99']:.1f}"
                        f" ms ({r['latency_articles']} articles at "
                        f"{r['latency_input_msgs_per_s']:.0f}/s, half the pipeline rate)"),
        ("worker peak RSS", f"{r['rss_mb']:.0f} MB pipeline, {r['passthrough_rss_mb']:.0f} MB "
                            "passthrough"),
        ("dedupe state", f"{r['dedupe_state_bytes_per_article']:.0f} B and "
                         f"{r['dedupe_entries_per_article']:.1f} changelog entries per unique "
                         f"article ({r['dedupe_unique_articles']} kept)"),
        ("elapsed", f"{r['elapsed_s']:.0f} s"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}".rstrip() for k, v in rows)
