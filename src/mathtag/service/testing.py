"""Run a real ``mathtag serve`` in a subprocess on a free loopback port (tests, benchmarks).

The point is to meet the service as a user does: the real CLI, uvicorn, database file and
startup path, not an in-process test client.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """``with ServerProcess(db) as srv: httpx.get(srv.url + "/healthz")``."""

    def __init__(self, db: Path | str, *args: str, env: dict[str, str] | None = None,
                 log: Path | None = None, startup_timeout: float = 60.0) -> None:
        self.db = str(db)
        self.args = list(args)
        self.env = {**os.environ, **(env or {})}
        self.log = log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ServerProcess:
        out = self.log.open("wb") if self.log else subprocess.DEVNULL
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mathtag", "serve", "--port", str(self.port), "--db", self.db,
             "--log-level", "warning", *self.args],
            stdout=out, stderr=subprocess.STDOUT if self.log else subprocess.DEVNULL, env=self.env)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}" +
                                   (f": {self.log.read_text(errors='replace')[-2000:]}" if self.log else ""))
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("server did not start in time")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def __exit__(self, *exc: object) -> None:
        self.stop()
