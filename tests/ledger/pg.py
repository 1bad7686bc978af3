"""A throwaway PostgreSQL server for the ledger tests: initdb + pg_ctl as a non-root user, on a
free loopback port, in a temporary folder; stopped and removed after the session."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def server_bin() -> Path | None:
    """Debian's PostgreSQL server binaries, 15 first."""
    for pattern in ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/*/bin"):
        for folder in sorted(glob.glob(pattern), reverse=True):
            if Path(folder, "initdb").is_file() and Path(folder, "pg_ctl").is_file():
                return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.tmp = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
        self.data = self.tmp / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            # The server refuses to run as root: run it as the postgres (or nobody) user.
            for name in ("postgres", "nobody"):
                if subprocess.run(["id", "-u", name], capture_output=True).returncode == 0:
                    self.user = name
                    break
            os.chmod(self.tmp, 0o777)
            shutil.chown(self.tmp, user=self.user)

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120)

    def start(self) -> str:
        r = self._run("initdb", "-D", str(self.data), "-U", "factcheck", "--auth=trust",
                      "-E", "UTF8", "--no-locale")
        if r.returncode:
            raise RuntimeError(f"initdb failed: {r.stderr.strip()[-400:]}")
        opts = (f"-p {self.port} -k {self.tmp} -c listen_addresses=127.0.0.1 "
                f"-c fsync=off -c max_connections=50")
        r = self._run("pg_ctl", "-D", str(self.data), "-o", opts, "-l",
                      str(self.tmp / "server.log"), "-w", "-t", "60", "start")
        if r.returncode:
            log = (self.tmp / "server.log").read_text(errors="replace")[-600:] \
                if (self.tmp / "server.log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {r.stderr.strip()[-300:]} {log}")
        return self.url("postgres")

    def url(self, db: str) -> str:
        return f"postgresql://factcheck@127.0.0.1:{self.port}/{db}"

    def create_db(self, name: str) -> str:
        import psycopg
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            for _ in range(3):
                try:
                    shutil.rmtree(self.tmp)
                    break
                except OSError:
                    time.sleep(0.5)
