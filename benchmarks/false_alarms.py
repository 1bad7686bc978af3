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
# Every error-level finding on the corpus was read; these are real slips in the articles
# (article id, rule) → what is wrong. Any other error-level finding is printed as UNREVIEWED:
# read it, then fix the bug or add the slip here with the reason.
REAL_SLIPS = {
    ("bbc-business-414", "UN001"): "'just under $500m (£378.8m)' is 1.32 dollars a pound, the "
                                   "dollar-euro rate; the article's other pair is 1.89",
    ("bbc-business-454", "UN001"): "'$500m (£350m)' is 1.43 dollars a pound (the euro-pound "
                                   "rate); '£1.35bn ($2.5bn)' is 1.85",
    ("bbc-entertainment-049", "UN001"): "'$6.3 (£3.35m)': the 'm' is missing from $6.3m",
    ("bbc-entertainment-053", "UN001"): "'$19.5m (£14.9m)' is 1.31 dollars a pound; five "
                                        "other pairs in the article are 1.87-1.89",
    ("bbc-entertainment-072", "UN001"): "'$13.5 (£7m)': the 'm' is missing from $13.5m",
    ("bbc-tech-064", "UN001"): "'$1.8 billion (£9.4 million)': £940 million at the article's "
                               "rate",
    ("bbc-tech-338", "UN001"): "'$1.8 billion (£94 million)': £940 million at the article's "
                               "rate",
    ("reuters21578-1221", "AR001"): "'net proceeds of about 20 mln dlrs ..., 100 mln dlrs of "
                                    "which' it will use to repay debt: a part cannot exceed "
                                    "its whole (10 mln meant?)",
    ("reuters21578-4602", "AR006"): "borrowings 'averaged 191 mln dlrs, up from 381 mln "
                                    "dlrs': a fall reported as a rise",
}


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
        total = flagged = unreviewed = 0
        by_rule: Counter[str] = Counter()
        warnings: Counter[str] = Counter()
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
            warnings.update(f.rule for f in result.findings if f.severity.value == "warning")
            if errors:
                flagged += 1
            if any((record["id"], f.rule) not in REAL_SLIPS for f in errors):
                unreviewed += 1
            for f in errors:
                by_rule[f.rule] += 1
                if not args.quiet:
                    context = doc.raw[max(0, f.start - 100):f.end + 60].replace("\n", " ")
                    slip = REAL_SLIPS.get((record["id"], f.rule))
                    verdict = f"REAL SLIP: {slip}" if slip else "UNREVIEWED"
                    print(f"{record['id']}:{f.line}:{f.column} {f.rule} {f.message}\n"
                          f"    arithmetic: {f.arithmetic}\n    tolerance: {f.tolerance}\n"
                          f"    context: …{context}…\n    {verdict}\n")
        elapsed = time.perf_counter() - started
        rate = flagged / total if total else 0.0
        print(f"[{source}] {total} distinct articles, {flagged} with an error-level finding "
              f"({rate:.2%}), {flagged - unreviewed} of them real slips read and listed, "
              f"{unreviewed} unreviewed ({unreviewed / max(total, 1):.2%}); errors by rule: "
              f"{dict(by_rule)}; warnings by rule: {dict(sorted(warnings.items()))}; checks: "
              f"{dict(verdicts)}; {elapsed:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
