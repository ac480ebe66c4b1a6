"""Command line: `python -m streams worker|dev|produce|tail|enrich` (also `news-streams`)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from contextlib import ExitStack, suppress
from pathlib import Path

from streams.settings import Settings, SettingsError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="news-streams", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("worker", help="run the Faust worker against KAFKA_BOOTSTRAP_SERVERS")
    dev = sub.add_parser(
        "dev", help="start the embedded broker if none is configured, run the worker")
    dev.add_argument("--demo", type=Path, metavar="JSONL",
                     help="once ready, publish these raw articles and print every result")
    produce = sub.add_parser("produce", help="publish raw articles from JSON / JSON Lines files")
    produce.add_argument("paths", nargs="+", metavar="PATH", help="file, or - for stdin")
    produce.add_argument("--topic", help="target topic (default: the raw topic)")
    tail = sub.add_parser("tail", help="print events from a topic")
    tail.add_argument("topics", nargs="+", metavar="TOPIC")
    tail.add_argument("--from-beginning", action="store_true")
    tail.add_argument("--limit", type=int, metavar="N", help="stop after N events")
    tail.add_argument("--json", action="store_true", help="one JSON object a line")
    tail.add_argument("--idle-timeout", type=float, metavar="S",
                      help="stop when nothing arrives for S seconds")
    sub.add_parser("bench", help="the benchmark (see `python -m streams bench --help`)",
                   add_help=False)
    enrich = sub.add_parser("enrich", help="run the same stages offline over JSON Lines")
    enrich.add_argument("--input", required=True, help="JSON Lines file, or - for stdin")
    enrich.add_argument("--output", required=True, help="JSON Lines file, or - for stdout")
    return p


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bench"]:  # the benchmark parses its own options
        from streams.bench import main as bench

        return bench(argv[1:])
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"news-streams: bad setting: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, stream=sys.stderr,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command == "worker":
        from streams import language
        from streams.app import create_app
        from streams.profile import detect_profile
        from streams.worker import run_worker

        app = create_app(asyncio.run(detect_profile(settings)))
        language.warm_up()  # load the language profiles before the first article waits on them
        return run_worker(app)
    if args.command == "dev":
        from streams.worker import run_dev

        return run_dev(settings, demo=args.demo)
    if args.command == "produce":
        from streams.produce import produce

        sent = asyncio.run(produce(settings, args.paths, topic=args.topic))
        print(f"published {sent} records", file=sys.stderr)
        return 0
    if args.command == "tail":
        from streams.tail import tail

        with suppress(KeyboardInterrupt):  # Ctrl-C is how one stops an open-ended tail
            asyncio.run(tail(settings, args.topics, from_beginning=args.from_beginning,
                             limit=args.limit, json=args.json, idle_timeout_s=args.idle_timeout))
        return 0
    if args.command == "enrich":
        from streams.offline import enrich_lines

        with ExitStack() as stack:
            src = (sys.stdin.buffer if args.input == "-"
                   else stack.enter_context(open(args.input, "rb")))
            dst = (sys.stdout.buffer if args.output == "-"
                   else stack.enter_context(open(args.output, "wb")))
            for line in enrich_lines(src, settings):
                dst.write(line + b"\n")
        return 0
    raise AssertionError(f"unhandled command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
