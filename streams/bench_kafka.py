"""Benchmark, broker side: load input, read outputs with their timestamps, run worker processes."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.bench_articles import Record
from streams.dlq import read_headers

ROOT = Path(__file__).resolve().parent.parent
MAX_REQUEST = 4 << 20


@dataclass(frozen=True, slots=True)
class Sent:
    """Where and when an input record landed."""

    key: bytes | None
    partition: int
    offset: int
    timestamp_ms: int


@dataclass(frozen=True, slots=True)
class Out:
    """One output record: its topic, key, timestamp and what it says (method or DLQ origin)."""

    topic: str
    key: bytes | None
    timestamp_ms: int
    detail: str  # duplicates: the method; dlq: "partition:offset" of the input; else ""


async def preload(bootstrap: str, topic: str, records: Sequence[Record]) -> list[Sent]:
    """Publish every record as fast as the broker takes them; return where each landed."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=MAX_REQUEST,
                                linger_ms=5, max_batch_size=1 << 20)
    await producer.start()
    try:
        futures = [await producer.send(topic, value=r.value, key=r.key) for r in records]
        metas = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [Sent(r.key, m.partition, m.offset, m.timestamp) for r, m in zip(records, metas,
                                                                               strict=True)]


async def paced_produce(bootstrap: str, topic: str, records: Sequence[Record],
                        rate: float) -> list[Sent]:
    """Publish at a fixed rate (records a second), each stamped with its send time."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=MAX_REQUEST)
    await producer.start()
    loop = asyncio.get_running_loop()
    stamps: list[int] = []
    futures = []
    try:
        start = loop.time()
        for i, r in enumerate(records):
            delay = start + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)  # pacing: the schedule, not a guess at a duration
            stamp = int(time.time() * 1000)
            stamps.append(stamp)
            futures.append(await producer.send(topic, value=r.value, key=r.key,
                                               timestamp_ms=stamp))
        metas = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return [Sent(r.key, m.partition, m.offset, s)
            for r, m, s in zip(records, metas, stamps, strict=True)]


@dataclass
class OutputReader:
    """Reads output topics from the beginning and keeps every record, in arrival order."""

    bootstrap: str
    topics: list[str]
    duplicates_topic: str
    dlq_topic: str
    records: list[Out] = field(default_factory=list)
    _consumer: AIOKafkaConsumer | None = None

    async def start(self) -> None:
        """Subscribe without a group (no rebalances) from the earliest offsets."""
        self._consumer = AIOKafkaConsumer(
            *self.topics, bootstrap_servers=self.bootstrap, group_id=None,
            enable_auto_commit=False, auto_offset_reset="earliest",
            max_partition_fetch_bytes=MAX_REQUEST)
        await self._consumer.start()

    async def stop(self) -> None:
        """Close the consumer."""
        if self._consumer is not None:
            await self._consumer.stop()

    async def read_until(self, total: int, timeout_s: float,
                         alive: Callable[[], bool] = lambda: True) -> bool:
        """Read until `total` records are in hand; False on timeout or when `alive()` fails."""
        assert self._consumer is not None, "start() first"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while len(self.records) < total:
            left = deadline - loop.time()
            if left <= 0 or not alive():
                return False
            batch = await self._consumer.getmany(timeout_ms=int(min(left, 0.5) * 1000),
                                                 max_records=5000)
            for recs in batch.values():
                for rec in recs:
                    self.records.append(Out(rec.topic, rec.key, rec.timestamp, self._detail(rec)))
        return True

    def _detail(self, rec: object) -> str:
        """The duplicate method, or the input position a DLQ record came from."""
        topic = getattr(rec, "topic", "")
        if topic == self.duplicates_topic:
            return str(orjson.loads(getattr(rec, "value", b"{}")).get("method", ""))
        if topic == self.dlq_topic:
            h = read_headers(getattr(rec, "headers", None))
            return f"{h.get('partition')}:{h.get('offset')}"
        return ""


async def create_topics(bootstrap: str, names: Sequence[str], partitions: int) -> None:
    """Create topics that do not exist yet (so a reader can subscribe before any output)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        missing = set(names) - set(await admin.list_topics())
        if missing:
            await admin.create_topics([NewTopic(t, partitions, 1) for t in sorted(missing)])
    finally:
        await admin.close()


def rate_per_s(outs: Sequence[Out]) -> float:
    """Records a second from the first output's timestamp to the last one's."""
    if len(outs) < 2:
        return 0.0
    stamps = [o.timestamp_ms for o in outs]
    span_s = (max(stamps) - min(stamps)) / 1000.0
    return (len(outs) - 1) / span_s if span_s > 0 else 0.0


async def changelog_stats(bootstrap: str, topic: str, timeout_s: float = 60.0) -> dict[str, int]:
    """Records, key+value bytes and distinct keys of a (changelog) topic, read to its end."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False, max_partition_fetch_bytes=MAX_REQUEST)
    await consumer.start()
    stats = {"records": 0, "bytes": 0, "keys": 0}
    keys: set[bytes] = set()
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        if not parts:
            await consumer._client.force_metadata_update()  # a topic made after our start
            parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        # The fetch high-water mark, not end_offsets(): see notes/tansu.md.
        deadline = asyncio.get_running_loop().time() + timeout_s
        while asyncio.get_running_loop().time() < deadline:
            batch = await consumer.getmany(timeout_ms=500, max_records=10000)
            for recs in batch.values():
                for rec in recs:
                    stats["records"] += 1
                    stats["bytes"] += len(rec.key or b"") + len(rec.value or b"")
                    keys.add(rec.key or b"")
            marks = [(consumer.highwater(tp), await consumer.position(tp)) for tp in tps]
            if all(hw is not None and pos >= hw for hw, pos in marks):
                break
    finally:
        await consumer.stop()
    stats["keys"] = len(keys)
    return stats


def worker_env(bootstrap: str, web_port: int, data_dir: Path,
               profile: str = "tansu") -> dict[str, str]:
    """A worker's environment: our broker, short group sessions, memory store, own web port."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
    env.update(
        KAFKA_BOOTSTRAP_SERVERS=bootstrap,
        STREAMS_BROKER_PROFILE=profile,
        STREAMS_SESSION_TIMEOUT="3",
        STREAMS_STORE="memory://",
        STREAMS_WEB_PORT=str(web_port),
        STREAMS_WEB_HOST="127.0.0.1",
        STREAMS_DATA_DIR=str(data_dir),
        PYTHONUNBUFFERED="1",
    )
    return env


def start_module(module: str, args: list[str], env: dict[str, str],
                 log: Path) -> subprocess.Popen[bytes]:
    """Start `python -m MODULE ARGS` with its output going to `log`."""
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", module, *args], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)


def stop(proc: subprocess.Popen[bytes], timeout_s: float = 20.0) -> int:
    """SIGTERM, then SIGKILL if it does not stop in time; return the exit code."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    return proc.returncode


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) in MiB, or NaN when it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")
