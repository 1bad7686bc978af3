"""False-alarm report: every error-level finding on the research corpus, with its arithmetic.

Reads ../shared/corpus (never copied into the repository), deduplicates articles on their
text, runs the whole pipeline on each with the article's date as its publication date, and
prints every error-level finding so that each can be read: a real slip in the article, or a
false alarm to fix. The rate printed is of articles carrying at least one error.

    python benchmarks/false_alarms.py [--corpus DIR] [--source bbc|reuters|all] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

from factcheck.config import defaults
from factcheck.load import load_text
from factcheck.pipeline import Checker

ROOT = Path(__file__).resolve().parent.parent
FILES = {"bbc": "bbc_news.jsonl", "reuters": "reuters21578.jsonl.gz"}


def articles(corpus: Path, source: str, limit: int | None):
    seen: set[str] = set()
    path = corpus / FILES[source]
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["text"] in seen:
                continue
            seen.add(record["text"])
            yield record
            if limit and len(seen) >= limit:
                return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--source", choices=("bbc", "reuters", "all"), default="all")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--quiet", action="store_true", help="counts only")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}: nothing to measure")
        return 0
    checker = Checker(defaults())
    sources = ("bbc", "reuters") if args.source == "all" else (args.source,)
    for source in sources:
        total = flagged = 0
        by_rule: Counter[str] = Counter()
        verdicts: Counter[str] = Counter()
        started = time.perf_counter()
        for record in articles(args.corpus, source, args.limit):
            total += 1
            doc = load_text(record["text"], record["id"] + ".txt")
            if doc.published is None and record.get("date"):
                doc.published = dt.date.fromisoformat(record["date"])
                doc.published_source = "corpus date"
            result = checker.audit(doc)
            verdicts.update(c.verdict for c in result.checks)
            errors = [f for f in result.findings if f.severity.value == "error"]
            if errors:
                flagged += 1
            for f in errors:
                by_rule[f.rule] += 1
                if not args.quiet:
                    context = doc.raw[max(0, f.start - 100):f.end + 60].replace("\n", " ")
                    print(f"{record['id']}:{f.line}:{f.column} {f.rule} {f.message}\n"
                          f"    arithmetic: {f.arithmetic}\n    context: …{context}…\n")
        elapsed = time.perf_counter() - started
        rate = flagged / total if total else 0.0
        print(f"[{source}] {total} distinct articles, {flagged} with an error-level finding "
              f"({rate:.2%}); errors by rule: {dict(by_rule)}; checks: {dict(verdicts)}; "
              f"{elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
