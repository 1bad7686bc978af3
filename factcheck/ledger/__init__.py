"""The claims ledger: what other articles and official series reported, by whom and when.

An SQLite file by default, PostgreSQL by URL, behind one interface (``store.Ledger``).
``factcheck ledger add`` records articles' figures (those with a metric key), ``ledger
import`` reference figures from a CSV, ``ledger show`` a metric's figures; ``check --ledger``
runs the cross-source rules (XS) of ``factcheck/engine/kinds/ledger_*.py`` against it.
"""

from __future__ import annotations

from pathlib import Path

from .records import ArticleInfo, Entry, LedgerError, article_key, entries_from, read_csv, \
    resolved_path
from .store import Ledger, PostgresLedger, SQLiteLedger, is_url, open_ledger

DEFAULT_NAME = Path(".factcheck") / "ledger.sqlite"


def discover(start: Path) -> Path | None:
    """An existing ledger at ``.factcheck/ledger.sqlite`` in ``start``'s folder or above it
    (found the way the configuration is)."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_NAME
        if candidate.is_file():
            return candidate
    return None


def resolve_location(flag: str | None, configured: str | None, config_root: Path | None,
                     start: Path, create: bool) -> str | None:
    """Where the ledger is: ``--ledger``, else the ``ledger`` key (a relative path is taken
    from the configuration file's folder), else an existing ``.factcheck/ledger.sqlite`` found
    walking up from ``start``; when ``create``, a new one beside the configuration (or in the
    current folder)."""
    if flag:
        return flag
    if configured:
        if is_url(configured) or Path(configured).is_absolute() or config_root is None:
            return configured
        return str(config_root / configured)
    found = discover(start)
    if found is not None:
        return str(found)
    if create:
        return str((config_root or Path.cwd()) / DEFAULT_NAME)
    return None


__all__ = ["ArticleInfo", "DEFAULT_NAME", "Entry", "Ledger", "LedgerError", "PostgresLedger",
           "SQLiteLedger", "article_key", "discover", "entries_from", "is_url", "open_ledger",
           "read_csv", "resolve_location", "resolved_path"]
