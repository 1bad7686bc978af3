"""The ledger's storage: migrations, replacing an article, transactional imports, a killed
import, two writers at once. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from factcheck.ledger import ArticleInfo, Entry, LedgerError, open_ledger, read_csv
from factcheck.ledger.store import migrations

ROOT = Path(__file__).resolve().parents[2]


def _entry(value, metric="deaths.total", as_of=dt.date(2024, 9, 17), **kw):
    return Entry(metric=metric, kind="count", text=f"{value:,}", value=value, lower=value,
                 upper=value, rounding_unit=1, as_of=as_of, **kw)


def _snapshot(ledger):
    return ledger.article_count(), ledger.figure_count(), sorted(
        (e.metric, e.lower, e.article.key) for m, _ in ledger.metrics()
        for e in ledger.figures(m))


def test_migrations_are_versioned_and_applied_once(location):
    with open_ledger(location) as ledger:
        latest = max(v for v, _, _ in migrations(ledger.backend))
        assert ledger.schema_version() == latest
        assert ledger.migrate() == []
    with open_ledger(location) as again:
        assert again.schema_version() == latest
        rows = again._query("SELECT version, name FROM schema_migrations")
        assert sorted(rows) == [(v, n) for v, n, _ in migrations(again.backend)]


def test_both_backends_have_the_same_migrations():
    assert [(v, n) for v, n, _ in migrations("sqlite")] == \
        [(v, n) for v, n, _ in migrations("postgresql")]


def test_readding_an_article_replaces_its_figures(location):
    with open_ledger(location) as ledger:
        a = ArticleInfo(key="https://x.invalid/a", url="https://x.invalid/a", outlet="X",
                        path="/tmp/a.md")
        ledger.add_article(a, [_entry(40005), _entry(97, "hostages.held")])
        ledger.add_article(a, [_entry(41252)])
        assert ledger.figure_count() == 1
        assert [e.lower for e in ledger.figures("deaths.total")] == [41252]
        # The same path under a new URL is the same article too.
        b = ArticleInfo(key="https://x.invalid/a-v2", url="https://x.invalid/a-v2",
                        path="/tmp/a.md")
        ledger.add_article(b, [_entry(41300)])
        assert ledger.article_count() == 1
        assert [e.article.url for e in ledger.figures("deaths.total")] == ["https://x.invalid/a-v2"]


def test_reads_exclude_the_articles_own_versions(location):
    with open_ledger(location) as ledger:
        ledger.add_article(ArticleInfo(key="u1", url="u1", path="/p/1"), [_entry(41252)])
        ledger.add_article(ArticleInfo(key="u2", url="u2", path="/p/2"), [_entry(41000)])
        near = ledger.near("deaths.total", dt.date(2024, 9, 17), dt.date(2024, 9, 17),
                           exclude_url="u1", exclude_path="/p/2")
        assert near == []
        near = ledger.near("deaths.total", dt.date(2024, 9, 17), dt.date(2024, 9, 17),
                           exclude_url="u1")
        assert [e.lower for e in near] == [41000]


def _csv(path: Path, rows: list[str]) -> Path:
    path.write_text("metric,value,as_of,source,scope,url\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


def test_import_csv_and_reimport_replaces(location, tmp_path):
    csv_path = _csv(tmp_path / "official.csv", [
        "deaths.total,40005,2024-08-15,Gaza health ministry,,https://x.invalid/1",
        "deaths.total,41252,2024-09-17,Gaza health ministry,,https://x.invalid/2",
        "hostages.seized,255,2024-09-17,Israeli officials,including four held since 2014,"])
    info = ArticleInfo(key="csv:" + str(csv_path), kind="reference", path=str(csv_path))
    with open_ledger(location) as ledger:
        assert ledger.import_reference(info, read_csv(csv_path)) == 3
        assert ledger.import_reference(info, read_csv(csv_path)) == 3
        assert ledger.figure_count() == 3
        seized = ledger.figures("hostages.seized")[0]
        assert seized.scope == "including four held since 2014"
        assert seized.source == "israeli-government"
        assert [e.as_of for e in ledger.figures("deaths.total")] == [dt.date(2024, 8, 15),
                                                                     dt.date(2024, 9, 17)]


def test_an_import_that_fails_leaves_the_ledger_as_it_was(location, tmp_path):
    good = _csv(tmp_path / "good.csv", ["deaths.total,40005,2024-08-15,ministry,,"])
    rows = [f"deaths.total,{40000 + i},2024-09-01,ministry,," for i in range(700)]
    rows.append("deaths.total,lots,2024-09-02,ministry,,")
    bad = _csv(tmp_path / "bad.csv", rows)
    with open_ledger(location) as ledger:
        ledger.import_reference(ArticleInfo(key="csv:good", kind="reference"), read_csv(good))
        before = _snapshot(ledger)
        with pytest.raises(LedgerError, match=r"bad.csv:702: not a number"):
            ledger.import_reference(ArticleInfo(key="csv:bad", kind="reference"),
                                    read_csv(bad))
        assert _snapshot(ledger) == before
        # A failed re-import of an existing file keeps the old rows too.
        with pytest.raises(LedgerError):
            ledger.import_reference(ArticleInfo(key="csv:good", kind="reference"),
                                    read_csv(bad))
        assert _snapshot(ledger) == before


_SLOW_IMPORT = textwrap.dedent("""
    import datetime as dt, sys, time
    from factcheck.ledger import ArticleInfo, Entry, open_ledger

    def rows():
        for i in range(100000):
            if i == 2000:
                print("started", flush=True)
                time.sleep(600)
            yield Entry(metric="deaths.total", kind="count", text=str(i), value=i, lower=i,
                        upper=i, as_of=dt.date(2024, 9, 1))

    ledger = open_ledger(sys.argv[1])
    ledger.import_reference(ArticleInfo(key="csv:big", kind="reference"), rows())
""")


def test_a_killed_import_leaves_the_ledger_unchanged(location, tmp_path):
    with open_ledger(location) as ledger:
        ledger.add_article(ArticleInfo(key="u1", url="u1"), [_entry(41252)])
        ledger.import_reference(ArticleInfo(key="csv:big", kind="reference"),
                                [_entry(1, as_of=dt.date(2024, 1, 1))])
        before = _snapshot(ledger)
    script = tmp_path / "slow_import.py"
    script.write_text(_SLOW_IMPORT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), location], stdout=subprocess.PIPE,
                            text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()  # the import is half-way, inside its transaction
        assert line.strip() == "started", line
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    time.sleep(0.2)
    with open_ledger(location) as ledger:
        assert _snapshot(ledger) == before
        if ledger.backend == "sqlite":
            assert ledger._query("PRAGMA integrity_check")[0][0] == "ok"


_WRITER = textwrap.dedent("""
    import datetime as dt, sys
    from factcheck.ledger import ArticleInfo, Entry, open_ledger
    location, name, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ledger = open_ledger(location)
    for i in range(n):
        entries = [Entry(metric="deaths.total", kind="count", text=str(i), value=i, lower=i,
                         upper=i, as_of=dt.date(2024, 9, 1)) for _ in range(5)]
        ledger.add_article(ArticleInfo(key=f"{name}-{i}", url=f"{name}-{i}"), entries)
        # Both writers also replace one shared article, over and over.
        ledger.add_article(ArticleInfo(key="shared", url="shared"), entries[:2])
    ledger.close()
""")


def test_two_writers_at_once_never_corrupt_it(location, tmp_path):
    open_ledger(location).close()
    script = tmp_path / "writer.py"
    script.write_text(_WRITER, encoding="utf-8")
    n = 40
    procs = [subprocess.Popen([sys.executable, str(script), location, name, str(n)],
                              stderr=subprocess.PIPE, text=True, cwd=ROOT)
             for name in ("a", "b")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with open_ledger(location) as ledger:
        assert ledger.article_count() == 2 * n + 1
        assert ledger.figure_count() == 2 * n * 5 + 2
        if ledger.backend == "sqlite":
            assert ledger._query("PRAGMA integrity_check")[0][0] == "ok"
            assert ledger._query("PRAGMA journal_mode")[0][0] == "wal"


def test_not_a_ledger_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is not a database " * 100, encoding="utf-8")
    with pytest.raises(LedgerError, match="not a usable ledger"):
        open_ledger(bogus)


def test_unreachable_postgresql_is_a_clear_error():
    pytest.importorskip("psycopg")
    with pytest.raises(LedgerError, match=r"cannot connect .*factcheck:\*\*\*@"):
        open_ledger("postgresql://factcheck:secret@127.0.0.1:1/none?connect_timeout=2")
