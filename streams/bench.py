"""`bench`: passthrough vs pipeline rate, stage costs, latency, memory and dedupe state, one run.

Everything runs on a fresh embedded Tansu broker started here. The same N generated articles
(`bench_articles`) are loaded into the raw topic once; a forwarding-only Faust worker
(`bench_passthrough`) and then the pipeline worker (`python -m streams worker`) each read
them all from the start, and a rate is the output count over the span of the output record
timestamps (first to last), so start-up and group joins are not counted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from streams.app import DEDUPE_TABLE
from streams.bench_articles import Record, generate, summary
from streams.bench_kafka import (
    Out,
    OutputReader,
    Sent,
    changelog_stats,
    create_topics,
    paced_produce,
    peak_rss_mb,
    preload,
    rate_per_s,
    start_module,
    stop,
    worker_env,
)
from streams.bench_report import acceptance, table
from streams.bench_stages import STAGES, percentile, stage_costs, summarize
from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings
from streams.topics import ensure_topics

PASSTHROUGH_OUT = "bench.passthrough.out"


class BenchError(RuntimeError):
    """A phase did not complete (a worker died or outputs stopped arriving)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="news-streams bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=20_000, help="articles per run (default 20000)")
    p.add_argument("--seed", type=int, default=8, help="seed of the article generator")
    p.add_argument("--latency-seconds", type=float, default=10.0,
                   help="how long to publish at half the pipeline's rate (default 10)")
    p.add_argument("--timeout", type=float, default=0.0,
                   help="seconds a phase may take (default: from N, at least 120)")
    p.add_argument("--broker-profile", choices=("tansu", "kafka"), default="tansu",
                   help="worker tuning for both workers (default tansu, as `dev`; kafka "
                        "batches producer records, which makes table recovery on Tansu stale)")
    p.add_argument("--workdir", type=Path, help="keep worker and broker logs here")
    p.add_argument("--json", action="store_true", help="also print one JSON object, last line")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when the acceptance criteria are not met")
    return p


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def _log_tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:] if log.exists() else ""


async def _passthrough(bootstrap: str, env: dict[str, str], n: int, timeout_s: float,
                       workdir: Path) -> dict[str, Any]:
    """Forward-only Faust worker over the loaded raw topic: its rate and peak memory."""
    settings = Settings.from_env(env)
    await create_topics(bootstrap, [PASSTHROUGH_OUT], settings.topic_partitions)
    reader = OutputReader(bootstrap, [PASSTHROUGH_OUT], "", "")
    await reader.start()
    log = workdir / "passthrough.log"
    proc = start_module("streams.bench_passthrough", [PASSTHROUGH_OUT], env, log)
    try:
        done = await reader.read_until(n, timeout_s, alive=lambda: proc.poll() is None)
        rss = peak_rss_mb(proc.pid)
    finally:
        stop(proc)
        await reader.stop()
    if not done:
        raise BenchError(f"passthrough: {len(reader.records)} of {n} outputs (worker exit "
                         f"{proc.returncode}); log tail:\n{_log_tail(log)}")
    return {"msgs_per_s": rate_per_s(reader.records), "rss_mb": rss}


def _accounting(sent: Sequence[Sent], outs: Sequence[Out], dlq: str) -> dict[str, int]:
    """Inputs with no output and outputs with no input: by key, DLQ records by position."""
    wanted: Counter[bytes] = Counter(s.key or f"{s.partition}:{s.offset}".encode() for s in sent)
    got: Counter[bytes] = Counter(o.key or (o.detail.encode() if o.topic == dlq else b"")
                                  for o in outs)
    return {"inputs_without_output": sum((wanted - got).values()),
            "outputs_without_input": sum((got - wanted).values())}


def _latencies_ms(sent: Sequence[Sent], outs: Sequence[Out]) -> list[float]:
    """Output timestamp minus input timestamp, pairing outputs with inputs by key (in order)
    and DLQ records by the input position their headers name."""
    by_key: dict[bytes, deque[Sent]] = {}
    by_pos = {f"{s.partition}:{s.offset}": s for s in sent}
    for s in sent:
        if s.key is not None:
            by_key.setdefault(s.key, deque()).append(s)
    result = []
    for out in outs:
        match = by_pos.get(out.detail) if out.detail in by_pos else None
        if match is None and out.key is not None and by_key.get(out.key):
            match = by_key[out.key].popleft()
        if match is not None:
            result.append(float(out.timestamp_ms - match.timestamp_ms))
    return result


async def _pipeline(bootstrap: str, env: dict[str, str], records: Sequence[Record],
                    loaded: Sequence[Sent], args: argparse.Namespace, timeout_s: float,
                    workdir: Path) -> dict[str, Any]:
    """The pipeline worker: throughput over the loaded topic, then latency at half that rate."""
    settings = Settings.from_env(env)
    t = settings.topics
    n = len(records)
    reader = OutputReader(bootstrap, [t.enriched, t.duplicates, t.dlq], t.duplicates, t.dlq)
    await reader.start()
    log = workdir / "pipeline.log"
    proc = start_module("streams", ["worker"], env, log)
    alive = lambda: proc.poll() is None  # noqa: E731
    try:
        if not await reader.read_until(n, timeout_s, alive=alive):
            raise BenchError(f"pipeline: {len(reader.records)} of {n} outputs (worker exit "
                             f"{proc.poll()}); log tail:\n{_log_tail(log)}")
        bulk = list(reader.records)
        rate = rate_per_s(bulk)
        input_rate = max(1.0, rate / 2)
        m = max(20, round(input_rate * args.latency_seconds))
        _say(f"pipeline {rate:.0f}/s; latency: {m} articles at {input_rate:.0f}/s")
        fresh = generate(m, seed=args.seed, prefix="lat")
        sent = await paced_produce(bootstrap, t.raw, fresh, input_rate)
        if not await reader.read_until(n + m, timeout_s, alive=alive):
            raise BenchError(f"latency: {len(reader.records) - n} of {m} outputs; log tail:\n"
                             f"{_log_tail(log)}")
        rss = peak_rss_mb(proc.pid)
    finally:
        stop(proc)
        await reader.stop()
    latencies = _latencies_ms(sent, reader.records[n:])
    changelog = f"{settings.app_id}-{DEDUPE_TABLE}-changelog"
    state = await changelog_stats(bootstrap, changelog)
    kept = sum(1 for o in reader.records if o.topic == t.enriched)
    return {
        "msgs_per_s": rate, "rss_mb": rss,
        "outputs": {"enriched": sum(1 for o in bulk if o.topic == t.enriched),
                    "duplicates": sum(1 for o in bulk if o.topic == t.duplicates),
                    "dlq": sum(1 for o in bulk if o.topic == t.dlq)},
        "accounting": _accounting(loaded, bulk, t.dlq),
        "duplicates_by_method": dict(sorted(Counter(
            o.detail for o in bulk if o.topic == t.duplicates).items())),
        "latency": {"input_msgs_per_s": input_rate, "n": m, "matched": len(latencies),
                    "p50": percentile(latencies, 50), "p99": percentile(latencies, 99),
                    "max": max(latencies, default=float("nan"))},
        "state": state | {"unique_articles": kept},
    }


async def _live(records: Sequence[Record], args: argparse.Namespace,
                workdir: Path) -> dict[str, Any]:
    """Start the broker, load the articles, run both workers one after the other."""
    timeout_s = args.timeout or max(120.0, len(records) / 50)
    with EmbeddedBroker(log_file=workdir / "tansu.log") as broker:
        env = worker_env(broker.bootstrap, free_port(), workdir / "data", args.broker_profile)
        settings = Settings.from_env(env)
        await ensure_topics(settings)
        _say(f"broker {broker.bootstrap}; loading {len(records)} articles")
        loaded = await preload(broker.bootstrap, settings.topics.raw, records)
        _say("passthrough worker")
        passthrough = await _passthrough(broker.bootstrap, env, len(records), timeout_s,
                                         workdir)
        _say(f"passthrough {passthrough['msgs_per_s']:.0f}/s; pipeline worker")
        pipeline = await _pipeline(broker.bootstrap, env, records, loaded, args, timeout_s,
                                   workdir)
        if not broker.alive():
            raise BenchError("the embedded broker died during the run")
    return {"passthrough": passthrough, "pipeline": pipeline,
            "broker_profile": args.broker_profile}


def _result(records: Sequence[Record], stages: dict[str, dict[str, float]],
            live: dict[str, Any], elapsed_s: float) -> dict[str, Any]:
    """The flat report: the issue's keys first, then the details behind them."""
    p, pt = live["pipeline"], live["passthrough"]
    state = p["state"]
    unique = max(1, state["unique_articles"])
    result: dict[str, Any] = {
        "passthrough_msgs_per_s": round(pt["msgs_per_s"], 1),
        "pipeline_msgs_per_s": round(p["msgs_per_s"], 1),
        "ratio": round(p["msgs_per_s"] / pt["msgs_per_s"], 3) if pt["msgs_per_s"] else 0.0,
        "enrich_us_median": round(stages["enrich"]["median"], 1),
        "enrich_us_p99": round(stages["enrich"]["p99"], 1),
    }
    for stage in STAGES:
        result[f"{stage}_us_median"] = round(stages[stage]["median"], 1)
        result[f"{stage}_us_p99"] = round(stages[stage]["p99"], 1)
    lat = p["latency"]
    result |= {
        "e2e_latency_ms_p50": round(lat["p50"], 1),
        "e2e_latency_ms_p99": round(lat["p99"], 1),
        "e2e_latency_ms_max": lat["max"],
        "latency_input_msgs_per_s": round(lat["input_msgs_per_s"], 1),
        "latency_articles": lat["n"],
        "rss_mb": round(p["rss_mb"], 1),
        "passthrough_rss_mb": round(pt["rss_mb"], 1),
        "dedupe_state_bytes_per_article": round(state["bytes"] / unique, 1),
        "dedupe_entries_per_article": round(state["records"] / unique, 2),
        "dedupe_changelog_records": state["records"],
        "dedupe_changelog_bytes": state["bytes"],
        "dedupe_unique_articles": state["unique_articles"],
        "n": len(records),
        "broker_profile": live["broker_profile"],
        "outputs": p["outputs"],
        "accounting": p["accounting"],
        "duplicates_by_method": p["duplicates_by_method"],
        "elapsed_s": round(elapsed_s, 1),
    }
    result |= summary(records)
    result["acceptance"] = acceptance(result)
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print a table (and with --json a JSON object as the last line)."""
    args = _parser().parse_args(argv)
    if args.n < 10:
        print("bench: --n must be at least 10", file=sys.stderr)
        return 2
    started = time.monotonic()
    records = generate(args.n, seed=args.seed)
    _say(f"{len(records)} articles generated; timing the stages offline")
    stages = summarize(stage_costs(r.value for r in records))
    with ExitStack() as stack:
        if args.workdir:
            args.workdir.mkdir(parents=True, exist_ok=True)
            workdir = args.workdir
        else:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-")))
        try:
            live = asyncio.run(_live(records, args, workdir))
        except BenchError as exc:
            print(f"bench: failed: {exc}", file=sys.stderr)
            return 1
    result = _result(records, stages, live, time.monotonic() - started)
    print(table(result))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    if args.check and not all(result["acceptance"].values()):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
