"""The ledger's commands: ``factcheck ledger add|import|show`` and ``factcheck compare``.

``factcheck/cli.py`` adds these parsers and calls ``run``; errors are ``LedgerError`` (one
line, exit 2) or the CLI's own usage and configuration errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Callable

from tabulate import tabulate

from .compare import align, items_of
from .records import ArticleInfo, LedgerError, article_key, entries_from, read_csv, \
    resolved_path
from .store import Ledger, is_url, open_ledger
from . import resolve_location


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    ledger = sub.add_parser("ledger", help="the claims ledger: record articles and reference "
                            "figures, show a metric", description="the claims ledger")
    verbs = ledger.add_subparsers(dest="ledger_command", required=True,
                                  parser_class=type(ledger))

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--ledger", help="an SQLite file or a postgresql:// URL (default: the "
                       "'ledger' key, else .factcheck/ledger.sqlite found walking up)")
        p.add_argument("--config", type=Path, help="a factcheck.toml or pyproject.toml")
        p.add_argument("--isolated", action="store_true", help="ignore configuration files")

    add = verbs.add_parser("add", help="record articles' figures (re-adding one replaces it)")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.add_argument("--outlet", help="the outlet, for files that do not name one")
    add.add_argument("--url", help="the article's URL (one PATH only)")
    add.add_argument("--date", type=_date, help="publication date, for files that print none")
    common(add)

    imp = verbs.add_parser("import", help="record reference figures from a CSV (metric, "
                           "value or lower/upper, as_of, source, scope, url)")
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    common(imp)

    show = verbs.add_parser("show", help="a metric's figures by date and source")
    show.add_argument("metric", nargs="?", help="a metric key; none: the metrics held")
    show.add_argument("--output-format", choices=("text", "json"), default="text")
    common(show)

    compare = sub.add_parser("compare", help="an agreement table across articles (no ledger)",
                             description="the figures the given articles share, side by side: "
                             "which agree and which differ")
    compare.add_argument("paths", nargs="+", metavar="PATH")
    compare.add_argument("--all", action="store_true", help="also the figures that agree and "
                         "those only one article states")
    compare.add_argument("--output-format", choices=("text", "json"), default="text")
    compare.add_argument("--date", type=_date, help="publication date, for files without one")
    compare.add_argument("--config", type=Path)
    compare.add_argument("--isolated", action="store_true")


def location_for_check(flag: str | None, configured: str | None, root: Path | None,
                       first: Path) -> Ledger | None:
    """The ledger ``check`` compares with, or None (then the XS rules check nothing)."""
    where = resolve_location(flag, configured, root, first, create=False)
    if where is None:
        return None
    if not is_url(where) and not Path(where).is_file():
        raise LedgerError(f"{where}: no such ledger (create one with 'factcheck ledger add')")
    return open_ledger(where)


def run(args: argparse.Namespace, load_config: Callable, checker_for: Callable,
        load_path: Callable, write: Callable[[str], None]) -> int:
    first = Path(args.paths[0]) if getattr(args, "paths", None) else Path.cwd()
    config, root = load_config(args, first)
    if args.command == "compare":
        return _compare(args, checker_for(config, root), load_path, write)
    where = resolve_location(args.ledger, config.ledger, root, first,
                             create=args.ledger_command in ("add", "import"))
    if where is None:
        raise LedgerError("no ledger found: give --ledger PATH or record an article first")
    if args.ledger_command == "show" and not is_url(where) and not Path(where).is_file():
        raise LedgerError(f"{where}: no such ledger")
    with open_ledger(where) as ledger:
        if args.ledger_command == "add":
            return _add(args, ledger, checker_for(config, root), load_path, write)
        if args.ledger_command == "import":
            path = args.file
            if not path.is_file():
                raise LedgerError(f"{path}: no such file")
            info = ArticleInfo(key="csv:" + path.resolve().as_posix(), kind="reference",
                               path=path.resolve().as_posix(), title=path.name)
            n = ledger.import_reference(info, read_csv(path))
            write(f"imported {n} reference figure(s) from {path} into {_shown(where)}\n")
            return 0
        return _show(args, ledger, write)


def _shown(where: str) -> str:
    import re
    return re.sub(r"//([^:@/]+):[^@/]*@", r"//\1:***@", where)


def _add(args, ledger: Ledger, checker, load_path, write) -> int:
    if args.url and len(args.paths) > 1:
        raise LedgerError("--url names one article: give one PATH with it")
    files: list[Path] = []
    for raw in args.paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in
                                (".txt", ".md", ".markdown", ".html", ".htm")))
        else:
            files.append(p)
    total = 0
    for path in files:
        doc = load_path(path)
        doc.url = args.url or doc.url
        doc.outlet = doc.outlet or args.outlet
        if doc.published is None and args.date is not None:
            doc.published, doc.published_source = args.date, "--date"
        figures, _ = checker.extract(doc)
        entries = entries_from(doc, figures)
        abs_path = resolved_path(str(path))
        info = ArticleInfo(key=article_key(doc.url, abs_path), path=abs_path, url=doc.url,
                           outlet=doc.outlet, title=doc.title, published=doc.published)
        total += ledger.add_article(info, entries)
    write(f"recorded {total} figure(s) with metric keys from {len(files)} article(s) in "
          f"{_shown(ledger.location)}\n")
    return 0


def _show(args, ledger: Ledger, write) -> int:
    if not args.metric:
        rows = ledger.metrics()
        write(tabulate(rows, headers=["metric", "figures"]) + "\n" if rows else
              "the ledger holds no figures\n")
        return 0
    entries = ledger.figures(args.metric)
    if args.output_format == "json":
        write(json.dumps([{
            "metric": e.metric, "as_of": e.as_of.isoformat() if e.as_of else None,
            "text": e.text, "lower": e.lower, "upper": e.upper, "source": e.attribution,
            "source_key": e.source, "scope": e.scope, "place": e.place,
            "outlet": e.article.outlet if e.article else None,
            "url": e.url or (e.article.url if e.article else None),
            "path": e.article.path if e.article else None} for e in entries],
            indent=2, ensure_ascii=False) + "\n")
        return 0
    if not entries:
        write(f"no figures of {args.metric} in the ledger\n")
        return 0
    table = []
    for e in entries:
        a = e.article
        table.append([e.as_of.isoformat() if e.as_of else "", e.text, _interval(e),
                      e.attribution or "", (a.outlet if a else None) or
                      ("reference" if a and a.kind == "reference" else ""),
                      e.scope or "", e.place or "",
                      e.url or (a.url if a else None) or (a.path if a else "") or ""])
    write(f"{args.metric}: {len(entries)} figure(s)\n" + tabulate(
        table, headers=["as of", "figure", "interval", "source", "outlet", "scope", "place",
                        "url or path"]) + "\n")
    return 0


def _interval(e) -> str:
    return str(e.interval())


def _compare(args, checker, load_path, write) -> int:
    docs, per_doc = [], []
    for i, raw in enumerate(args.paths):
        doc = load_path(Path(raw))
        if doc.published is None and args.date is not None:
            doc.published = args.date
        figures, _ = checker.extract(doc)
        docs.append(doc)
        per_doc.append(items_of(i, doc, figures))
    rows = align(per_doc)
    shown = [r for r in rows if args.all or r.status == "differs"]
    counts = {s: sum(r.status == s for r in rows) for s in ("differs", "agrees", "only one")}
    if args.output_format == "json":
        write(json.dumps({"articles": [d.path for d in docs], "summary": counts, "rows": [
            {"quantity": r.label, "status": r.status, "note": r.note or None,
             "figures": {docs[i].path: {"text": it.claim.text, "line": it.claim.line,
                                        "column": it.claim.column,
                                        "attribution": it.claim.attribution}
                         for i, it in sorted(r.items.items())}} for r in shown]},
            indent=2, ensure_ascii=False) + "\n")
        return 0
    headers = ["quantity"] + [d.path for d in docs] + ["status"]
    table = []
    for r in shown:
        cells = [r.label]
        for i in range(len(docs)):
            it = r.items.get(i)
            cells.append(f"{it.claim.text} ({it.claim.line}:{it.claim.column})" if it else "—")
        cells.append(r.status + (f" ({r.note})" if r.note else ""))
        table.append(cells)
    out = tabulate(table, headers=headers) + "\n" if table else ""
    out += (f"{len(rows)} quantities: {counts['differs']} differ, {counts['agrees']} agree, "
            f"{counts['only one']} stated in one article only"
            + ("" if args.all else " (--all shows them all)") + "\n")
    write(out)
    return 0


__all__ = ["add_parsers", "location_for_check", "run"]
