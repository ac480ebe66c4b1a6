"""Test helpers: start a worker process, wait on conditions, and talk to the real broker."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "streams" / "samples" / "seed-article.json"
T = TypeVar("T")


def wait_for(condition: Callable[[], T], timeout: float, what: str, every: float = 0.1) -> T:
    """Poll `condition` until it returns something truthy; fail with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(every)


def http_get(url: str) -> tuple[int, bytes]:
    """GET a URL; (status, body), status 0 when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def worker_env(bootstrap: str, web_port: int, data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for a worker on the embedded broker with test-friendly group timing."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("STREAMS_", "KAFKA_"))}
    env.update(
        KAFKA_BOOTSTRAP_SERVERS=bootstrap,
        STREAMS_SESSION_TIMEOUT="3",
        STREAMS_WEB_PORT=str(web_port),
        STREAMS_WEB_HOST="127.0.0.1",
        STREAMS_DATA_DIR=str(data_dir),
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def run_cli(args: list[str], env: dict[str, str], timeout: float = 60) -> str:
    """Run `python -m streams ARGS` to completion; return its stdout (fail on a non-zero exit)."""
    done = subprocess.run([sys.executable, "-m", "streams", *args], env=env, cwd=ROOT,
                          capture_output=True, timeout=timeout)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    return done.stdout.decode()


def start_process(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """Start `python -m streams ARGS` with its output going to `log`."""
    out = log.open("ab")
    return subprocess.Popen([sys.executable, "-m", "streams", *args], env=env, cwd=ROOT,
                            stdout=out, stderr=subprocess.STDOUT)


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 20) -> int:
    """SIGTERM, then SIGKILL if it does not stop in time; return the exit code."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    return proc.returncode


def wait_ready(port: int, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    """Wait until the worker answers 200 on /readyz (and fail fast if it died)."""

    def ready() -> bool:
        if proc.poll() is not None:
            tail = log.read_text()[-4000:]
            raise AssertionError(f"worker exited with {proc.returncode}:\n{tail}")
        return http_get(f"http://127.0.0.1:{port}/readyz")[0] == 200

    wait_for(ready, timeout, "worker /readyz")


def produce(bootstrap: str, topic: str, records: Iterable[tuple[bytes | None, bytes]]) -> None:
    """Publish (key, value) records and wait until the broker has them all."""

    async def run() -> None:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=4 << 20)
        await producer.start()
        try:
            for key, value in records:
                await producer.send_and_wait(topic, value=value, key=key)
        finally:
            await producer.stop()

    asyncio.run(run())


class Collector:
    """Reads topics from the beginning, in the background of each call, into `records`."""

    def __init__(self, bootstrap: str, topics: list[str]) -> None:
        self.bootstrap = bootstrap
        self.topics = topics
        self.records: dict[str, list[Any]] = {t: [] for t in topics}

    def until(self, done: Callable[[dict[str, list[Any]]], bool], timeout: float) -> None:
        """Consume until `done(records)` holds; AssertionError with a summary on timeout."""

        async def run() -> bool:
            consumer = AIOKafkaConsumer(
                *self.topics, bootstrap_servers=self.bootstrap, group_id=None,
                enable_auto_commit=False, auto_offset_reset="earliest",
            )
            await consumer.start()
            try:
                for r in self.records.values():
                    r.clear()
                deadline = asyncio.get_running_loop().time() + timeout
                while not done(self.records):
                    left = deadline - asyncio.get_running_loop().time()
                    if left <= 0:
                        return False
                    batch = await consumer.getmany(timeout_ms=int(min(left, 0.5) * 1000))
                    for recs in batch.values():
                        for rec in recs:
                            self.records[rec.topic].append(rec)
                return True
            finally:
                await consumer.stop()

        if not asyncio.run(run()):
            summary = {t: [_show(r) for r in recs] for t, recs in self.records.items()}
            raise AssertionError(f"timed out after {timeout} s; have {json.dumps(summary)[:3000]}")

    def values(self, topic: str) -> list[Any]:
        """Decoded JSON values of a topic's records."""
        return [json.loads(r.value) for r in self.records[topic]]


def _show(rec: Any) -> str:
    return f"{rec.key!r}:{(rec.value or b'')[:80]!r}"
