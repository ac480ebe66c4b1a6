"""`dev`: the embedded default starts a broker, runs the demo, and stops loudly without a broker."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from streams.broker import free_port
from tests.support import ROOT, start_process, stop_process, wait_for, wait_ready, worker_env


def dev_env(tmp: Path, port: int) -> dict[str, str]:
    env = worker_env("", port, tmp / "data")
    del env["KAFKA_BOOTSTRAP_SERVERS"]  # no broker configured: `dev` starts its own
    return env


def children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def test_demo_shows_every_path_and_stops_cleanly(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "dev.log"
    proc = start_process(["dev", "--demo", str(ROOT / "streams" / "samples" / "articles.jsonl")],
                         dev_env(tmp_path, port), log)
    try:
        wait_ready(port, proc, log)
        [broker_pid] = children(proc.pid)
        text = wait_for(
            lambda: (t := log.read_text()) and "ENRICHED seed-0001" in t
            and "DUPLICATE" in t and t.count("DLQ ") >= 2 and t,
            60, "demo output for the seed, a duplicate and two DLQ lines")
        seed_line = next(x for x in text.splitlines() if "ENRICHED seed-0001" in x)
        assert "military_strike+diplomacy" in seed_line and "[en]" in seed_line
    finally:
        proc.send_signal(signal.SIGINT)
        code = stop_process(proc, timeout=30)
    assert code == 0, log.read_text()[-3000:]
    wait_for(lambda: not os.path.exists(f"/proc/{broker_pid}"), 10, "broker to be stopped")


def test_dev_stops_loudly_when_its_broker_dies(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "dev.log"
    proc = start_process(["dev"], dev_env(tmp_path, port), log)
    try:
        wait_ready(port, proc, log)
        [broker_pid] = children(proc.pid)
        os.kill(broker_pid, signal.SIGKILL)
        code = proc.wait(timeout=60)
    finally:
        stop_process(proc)
    assert code == 3
    assert "embedded Tansu broker exited" in log.read_text()
