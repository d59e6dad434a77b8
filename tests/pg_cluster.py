"""A throw-away PostgreSQL server of the test's own, to stop and start around a save.

The suite's shared server (127.0.0.1:5432, .ci/start-postgres) serves the other tests in
parallel and must never be stopped. This one is made with Debian's initdb + pg_ctl in a
temporary folder, on a free loopback port, as the postgres user when we are root (initdb
refuses root), and removed afterwards. Skipped only when the server binaries are absent.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    root = Path("/usr/lib/postgresql")
    versions = sorted(
        (p for p in root.glob("*/bin") if (p / "pg_ctl").exists() and (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1]
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One PostgreSQL server: url, stop(), start(), restart()."""

    def __init__(self, folder: Path, bin_dir: Path) -> None:
        self.folder, self.bin = folder, bin_dir
        self.data = folder / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.url = f"postgresql+psycopg://amphoe@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=60)

    def create(self) -> None:
        if self.as_root:
            shutil.chown(self.folder, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "amphoe")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "server.log")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """fast: every session is cut off, as when the office server is shut down;
        immediate: the server dies without a goodbye, like a power cut."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    folder = Path(tempfile.mkdtemp(prefix="amphoe-pgtest-"))
    cluster = Cluster(folder, bin_dir)
    try:
        cluster.create()
        cluster.start()
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            cluster.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


class CuttingProxy:
    """A loopback TCP relay in front of a server that can cut the line right after a COMMIT
    reached the server, dropping its answer: the server commits, the client never hears it
    (a cable pulled at the worst moment). While ``open`` is False new connections are
    closed at once, as if the server could not be reached."""

    def __init__(self, port: int) -> None:
        self.server_port = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.open = True
        self.cut_next_commit = False
        self.cuts = 0
        self._stopping = False
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, cluster: Cluster, database: str) -> str:
        return cluster.database_url(database).replace(f":{cluster.port}/", f":{self.port}/")

    def _accept(self) -> None:
        while not self._stopping:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open:
                client.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.server_port))
            pair = {"swallow": False}
            threading.Thread(target=self._pump_up, args=(client, upstream, pair), daemon=True).start()
            threading.Thread(target=self._pump_down, args=(upstream, client, pair), daemon=True).start()

    def _pump_up(self, client: socket.socket, upstream: socket.socket, pair: dict[str, bool]) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                # psycopg sends COMMIT as a simple query: 'Q', length, "COMMIT\0"
                commit = self.cut_next_commit and b"Q\x00\x00\x00\x0bCOMMIT\x00" in data
                if commit:
                    self.cut_next_commit = False
                    pair["swallow"] = True  # the answer to it never reaches the client
                upstream.sendall(data)
                if commit:
                    time.sleep(0.5)  # the server commits meanwhile
                    self.cuts += 1
                    break
        for end in (client, upstream):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def _pump_down(self, upstream: socket.socket, client: socket.socket, pair: dict[str, bool]) -> None:
        with contextlib.suppress(OSError):
            while data := upstream.recv(65536):
                if not pair["swallow"]:
                    client.sendall(data)

    def close(self) -> None:
        self._stopping = True
        self.listener.close()
