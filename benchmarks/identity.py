#!/usr/bin/env python
"""Dump the extraction of corpus articles to JSON lines; compare two dumps.

A guard for work on speed: the output must not change. ``dump`` runs every article through
``Checker(defaults()).audit(doc)`` with the rules run and writes one JSON line per article (its
claims with all their fields, relations, checks and findings); ``compare`` says whether two
dumps are identical and, if not, which articles differ and in which field first.

    .venv/bin/python benchmarks/identity.py dump /tmp/before.jsonl
    .venv/bin/python benchmarks/identity.py dump /tmp/after.jsonl
    .venv/bin/python benchmarks/identity.py compare /tmp/before.jsonl /tmp/after.jsonl

By default it reads all BBC articles (``../shared/corpus/bbc_news.jsonl``) and the first 4,000
Reuters-21578 articles (``../shared/corpus/reuters21578.jsonl.gz``), the ``text`` field of
each, split over ``--jobs`` worker processes. The dump holds the pipeline's output, never the
article text beyond the claims' own words.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"

_checker = None


def _articles(bbc: int | None, reuters: int | None) -> list[tuple[str, str]]:
    """(id, text) of the first ``bbc`` BBC and ``reuters`` Reuters articles (None: all)."""
    found = []
    for name, limit in (("bbc_news.jsonl", bbc), ("reuters21578.jsonl.gz", reuters)):
        path = CORPUS / name
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in islice((ln for ln in fh if ln.strip()), limit):
                record = json.loads(line)
                found.append((record["id"], record["text"]))
    return found


def _extract(article: tuple[str, str]) -> str:
    global _checker
    from factcheck.load import load_text
    if _checker is None:
        from factcheck.config import defaults
        from factcheck.pipeline import Checker
        _checker = Checker(defaults())
    article_id, text = article
    report = _checker.audit(load_text(text, f"{article_id}.txt"), run_checks=True)
    return json.dumps({"id": article_id, "report": report.model_dump(mode="json")},
                      ensure_ascii=False, sort_keys=True)


def dump(out: Path, bbc: int | None, reuters: int | None, jobs: int) -> int:
    articles = _articles(bbc, reuters)
    with out.open("w", encoding="utf-8") as fh, ProcessPoolExecutor(jobs) as pool:
        for line in pool.map(_extract, articles, chunksize=32):
            fh.write(line + "\n")
    print(f"dumped {len(articles)} articles to {out}")
    return 0


def _first_difference(a, b, path: str = "") -> str:
    if type(a) is not type(b):
        return path or "(top)"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}"
            if a[key] != b[key]:
                return _first_difference(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list):
        if len(a) != len(b):
            return f"{path} (length {len(a)} → {len(b)})"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return path or "(top)"


def compare(before: Path, after: Path, show: int) -> int:
    with before.open(encoding="utf-8") as fa, after.open(encoding="utf-8") as fb:
        old, new = fa.read().splitlines(), fb.read().splitlines()
    differing = [(x, y) for x, y in zip(old, new) if x != y]
    if len(old) != len(new):
        print(f"different lengths: {len(old)} and {len(new)} articles")
    for x, y in differing[:show]:
        a, b = json.loads(x), json.loads(y)
        print(f"{a['id']}: first difference at {_first_difference(a, b)}")
    same = not differing and len(old) == len(new)
    print(f"{min(len(old), len(new))} articles compared, {len(differing)} differ: "
          f"{'identical' if same else 'NOT identical'}")
    return 0 if same else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write the extraction of the corpus articles")
    d.add_argument("out", type=Path)
    d.add_argument("--bbc", type=int, default=None, help="first N BBC articles (default: all)")
    d.add_argument("--reuters", type=int, default=4000,
                   help="first N Reuters articles (default: 4000)")
    d.add_argument("--jobs", type=int, default=2, help="worker processes (default: 2)")
    c = sub.add_parser("compare", help="compare two dumps")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=10, help="differing articles to name")
    args = ap.parse_args(argv)
    if args.command == "dump":
        return dump(args.out, args.bbc, args.reuters, args.jobs)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
