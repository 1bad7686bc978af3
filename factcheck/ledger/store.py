"""The ledger's one storage interface, over SQLite (a file, the default) or PostgreSQL (a URL).

Both backends run the same statements (written with ``?`` placeholders; PostgreSQL's are
``%s``) against the same tables, created by numbered migrations in ``migrations/<backend>/``
and recorded in ``schema_migrations``. Every write is one transaction: an import that fails,
or a process killed half-way, leaves the ledger as it was. Two writers at once are serialised:
SQLite runs in WAL mode and writes under ``BEGIN IMMEDIATE`` (the second writer waits for the
lock, up to ``busy_timeout``); PostgreSQL writes in transactions that take an advisory lock
on the article they replace.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .records import ArticleInfo, Entry, LedgerError

_FIGURE_COLUMNS = ("claim_id", "metric", "place", "scope", "source", "attribution", "kind",
                   "unit", "text", "value", "lower", "upper", "lower_inclusive",
                   "upper_inclusive", "qualifier", "rounding_unit", "lo_r", "hi_r", "as_of",
                   "url")
_ARTICLE_COLUMNS = ("key", "kind", "path", "url", "outlet", "title", "published")
_SELECT = ("SELECT " + ", ".join(f"f.{c}" for c in _FIGURE_COLUMNS) + ", "
           + ", ".join(f"a.{c}" for c in _ARTICLE_COLUMNS)
           + " FROM figures f JOIN articles a ON a.id = f.article_id")
_INSERT_FIGURE = (f"INSERT INTO figures (article_id, {', '.join(_FIGURE_COLUMNS)}) VALUES "
                  f"({', '.join('?' * (len(_FIGURE_COLUMNS) + 1))})")


def migrations(backend: str) -> list[tuple[int, str, str]]:
    """(version, name, SQL) for every numbered migration of a backend, in order."""
    folder = resources.files("factcheck.ledger").joinpath("migrations", backend)
    out = []
    for item in folder.iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", item.name)
        if m:
            out.append((int(m.group(1)), m.group(2), item.read_text(encoding="utf-8")))
    return sorted(out)


def _statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


class Ledger:
    """The claims ledger. Open one with ``open_ledger(location)``; close it when done."""

    backend = "base"
    location: str

    # -- what a backend provides ----------------------------------------------------------
    def _execute(self, sql: str, params: tuple = ()) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:  # pragma: no cover
        raise NotImplementedError

    def _write(self, lock_key: str | None = None):  # pragma: no cover - a context manager
        raise NotImplementedError

    def _param(self, value: Any) -> Any:
        return value

    def close(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply the migrations not yet applied; returns the versions applied now."""
        applied: list[int] = []
        with self._write("schema_migrations"):
            self._execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                          "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            done = {r[0] for r in self._query("SELECT version FROM schema_migrations")}
            for version, name, sql in migrations(self.backend):
                if version in done:
                    continue
                for statement in _statements(sql):
                    self._execute(statement)
                self._execute("INSERT INTO schema_migrations (version, name, applied_at) "
                              "VALUES (?, ?, ?)", (version, name, _now()))
                applied.append(version)
        return applied

    def schema_version(self) -> int:
        rows = self._query("SELECT MAX(version) FROM schema_migrations")
        return rows[0][0] or 0

    # -- writes ---------------------------------------------------------------------------
    def add_article(self, info: ArticleInfo, entries: Iterable[Entry]) -> int:
        """Record an article's figures, replacing those of any earlier version of it (same
        key, same URL or same path). One transaction; returns the number of figures."""
        with self._write(info.key):
            self._delete_versions(info)
            article_id = self._insert_article(info)
            return self._insert_figures(article_id, entries)

    def import_reference(self, info: ArticleInfo, entries: Iterable[Entry]) -> int:
        """Record reference figures (a CSV), replacing an earlier import of the same file.
        ``entries`` may be a generator: a row that fails stops the import and rolls it back."""
        return self.add_article(info, entries)

    def _delete_versions(self, info: ArticleInfo) -> None:
        clauses, params = ["key = ?"], [info.key]
        if info.url:
            clauses.append("url = ?")
            params.append(info.url)
        if info.path and info.kind == "article":
            clauses.append("(path = ? AND kind = 'article')")
            params.append(info.path)
        self._execute(f"DELETE FROM articles WHERE {' OR '.join(clauses)}", tuple(params))

    def _insert_article(self, info: ArticleInfo) -> int:
        rows = self._query(
            "INSERT INTO articles (key, kind, path, url, outlet, title, published, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (info.key, info.kind, info.path, info.url, info.outlet, info.title,
             self._param(info.published), _now()))
        return rows[0][0]

    def _insert_figures(self, article_id: int, entries: Iterable[Entry]) -> int:
        n = 0
        batch: list[tuple] = []
        for e in entries:
            batch.append((article_id, e.claim_id, e.metric, e.place, e.scope, e.source,
                          e.attribution, e.kind, e.unit, e.text, e.value, e.lower, e.upper,
                          int(e.lower_inclusive), int(e.upper_inclusive), e.qualifier,
                          e.rounding_unit, e.lo_r, e.hi_r, self._param(e.as_of), e.url))
            n += 1
            if len(batch) >= 500:
                self._executemany(_INSERT_FIGURE, batch)
                batch = []
        if batch:
            self._executemany(_INSERT_FIGURE, batch)
        return n

    def _executemany(self, sql: str, rows: list[tuple]) -> None:  # pragma: no cover
        raise NotImplementedError

    # -- reads ----------------------------------------------------------------------------
    def _entries(self, where: str, params: tuple, order: str = "f.as_of, a.outlet, f.id",
                 limit: int | None = None) -> list[Entry]:
        sql = f"{_SELECT} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for row in self._query(sql, params):
            f = dict(zip(_FIGURE_COLUMNS, row[:len(_FIGURE_COLUMNS)]))
            a = dict(zip(_ARTICLE_COLUMNS, row[len(_FIGURE_COLUMNS):]))
            f.pop("lo_r"), f.pop("hi_r")
            f["as_of"] = _date(f["as_of"])
            f["lower_inclusive"], f["upper_inclusive"] = bool(f["lower_inclusive"]), \
                bool(f["upper_inclusive"])
            a["published"] = _date(a["published"])
            out.append(Entry(**f, article=ArticleInfo(**a)))
        return out

    @staticmethod
    def _exclude(exclude_url: str | None, exclude_path: str | None) -> tuple[str, tuple]:
        sql, params = "", ()
        if exclude_url:
            sql += " AND (a.url IS NULL OR a.url <> ?) AND (f.url IS NULL OR f.url <> ?)"
            params += (exclude_url, exclude_url)
        if exclude_path:
            sql += " AND (a.path IS NULL OR a.path <> ?)"
            params += (exclude_path,)
        return sql, params

    def figures(self, metric: str) -> list[Entry]:
        """Every figure of a metric, by date and source."""
        return self._entries("f.metric = ?", (metric,))

    def metrics(self) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self._query(
            "SELECT metric, COUNT(*) FROM figures GROUP BY metric ORDER BY metric")]

    def near(self, metric: str, start: dt.date, end: dt.date, *, exclude_url: str | None = None,
             exclude_path: str | None = None, limit: int = 200) -> list[Entry]:
        """Figures of ``metric`` whose as-of date is within [start, end]."""
        ex, ex_params = self._exclude(exclude_url, exclude_path)
        return self._entries("f.metric = ? AND f.as_of >= ? AND f.as_of <= ?" + ex,
                             (metric, self._param(start), self._param(end)) + ex_params,
                             limit=limit)

    def earlier(self, metric: str, before: dt.date, *, above: float | None = None,
                below: float | None = None, at_least: float | None = None,
                place: str | None = None, exclude_url: str | None = None,
                exclude_path: str | None = None, limit: int = 20) -> list[Entry]:
        """Figures of ``metric`` dated before ``before`` that were already higher than
        ``above`` (their rounded lower end), lower than ``below`` (their rounded upper end) or
        at least ``at_least``; the most extreme first. ``place`` keeps figures of that place
        or of none."""
        where, params = ["f.metric = ?", "f.as_of < ?"], [metric, self._param(before)]
        order = "f.as_of DESC"
        if above is not None:
            where.append("f.lo_r > ?")
            params.append(above)
            order = "f.lo_r DESC, f.as_of"
        if below is not None:
            where.append("f.hi_r < ?")
            params.append(below)
            order = "f.hi_r ASC, f.as_of"
        if at_least is not None:
            where.append("f.lo_r >= ?")
            params.append(at_least)
            order = "f.lo_r DESC, f.as_of"
        if place is not None:
            where.append("(f.place IS NULL OR f.place = ?)")
            params.append(place)
        ex, ex_params = self._exclude(exclude_url, exclude_path)
        return self._entries(" AND ".join(where) + ex, tuple(params) + ex_params, order=order,
                             limit=limit)

    def article_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM articles")[0][0]

    def figure_count(self) -> int:
        return self._query("SELECT COUNT(*) FROM figures")[0][0]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# -- SQLite ----------------------------------------------------------------------------------

class _SQLiteWrite:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> None:
        # IMMEDIATE takes the write lock now: a second writer waits (busy_timeout) instead of
        # failing half-way through its transaction.
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


class SQLiteLedger(Ledger):
    backend = "sqlite"

    def __init__(self, path: str | Path, timeout: float = 60.0):
        self.location = str(path)
        memory = self.location == ":memory:"
        if not memory:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.location, timeout=timeout, isolation_level=None,
                                        check_same_thread=False)
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if not memory:
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"{self.location}: not a usable ledger: {exc}") from None

    def _execute(self, sql: str, params: tuple = ()) -> Any:
        return self.conn.execute(sql, params)

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(sql, params).fetchall()

    def _param(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    def _write(self, lock_key: str | None = None) -> _SQLiteWrite:
        return _SQLiteWrite(self.conn)

    def close(self) -> None:
        self.conn.close()


# -- PostgreSQL ------------------------------------------------------------------------------

class _PgWrite:
    def __init__(self, ledger: "PostgresLedger", lock_key: str | None):
        self.ledger, self.lock_key = ledger, lock_key

    def __enter__(self) -> None:
        self.tx = self.ledger.conn.transaction()
        self.tx.__enter__()
        if self.lock_key is not None:
            # Two writers replacing the same article (or migrating) take turns.
            self.ledger.conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                                     (self.lock_key,))

    def __exit__(self, exc_type, exc, tb) -> None:
        self.tx.__exit__(exc_type, exc, tb)


class PostgresLedger(Ledger):
    backend = "postgresql"

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError:
            raise LedgerError("a PostgreSQL ledger needs psycopg: pip install "
                              "'factcheck[postgres]'") from None
        self.location = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise LedgerError(f"cannot connect to the ledger at {_redact(url)}: "
                              f"{str(exc).strip().splitlines()[0]}") from None
        self.migrate()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _execute(self, sql: str, params: tuple = ()) -> Any:
        return self.conn.execute(self._sql(sql), params)

    def _executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self._sql(sql), rows)

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.conn.execute(self._sql(sql), params).fetchall()

    def _write(self, lock_key: str | None = None) -> _PgWrite:
        return _PgWrite(self, lock_key)

    def close(self) -> None:
        self.conn.close()


def _redact(url: str) -> str:
    return re.sub(r"//([^:@/]+):[^@/]*@", r"//\1:***@", url)


def is_url(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def open_ledger(location: str | Path) -> Ledger:
    """A ledger at a path (SQLite; created when missing) or a ``postgresql://`` URL."""
    text = str(location)
    if is_url(text):
        return PostgresLedger(text)
    return SQLiteLedger(text)
