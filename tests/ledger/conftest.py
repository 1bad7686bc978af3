"""Backends for the ledger tests: every test taking ``location`` runs on SQLite and on a real
PostgreSQL server (skipped, saying why, only where the server binaries are absent)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from .pg import Cluster, server_bin

FIXTURES = Path(__file__).parent / "fixtures"
_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = server_bin()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin); "
                    ".ci/run installs Debian's postgresql package")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install '.[test]')")
    cluster = Cluster(bindir)
    try:
        cluster.start()
    except RuntimeError as exc:
        cluster.stop()
        pytest.fail(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """A fresh, empty ledger location on each backend."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite")
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_db(f"ledger_{next(_counter)}")
