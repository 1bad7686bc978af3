"""Ledger benchmark: add throughput, and one article checked against a ledger of 10,000.

    .venv/bin/python benchmarks/ledger.py [--articles 10000] [--ledger PATH|postgresql://...]

The articles are generated: reports of one story (a death toll, hostages seized and still
held, an attack's toll, a minister's trips) by 12 outlets over 300 days, each with five or six
figures that carry metric keys. Prints the figures; nothing is written outside a temporary
folder unless --ledger is given.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.config import defaults  # noqa: E402
from factcheck.ledger import ArticleInfo, entries_from, open_ledger  # noqa: E402
from factcheck.load import load_text  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402

OUTLETS = ["Harbour Times", "Levant Observer", "Northern Star", "Desert Courier",
           "Late Edition", "Coastal Wire", "Capital Gazette", "Evening Post", "Daily Ledger",
           "Morning Herald", "River News", "Island Tribune"]
START = dt.date(2023, 12, 1)


def article(i: int, rng: random.Random) -> tuple[str, str, str, dt.date]:
    day = rng.randrange(300)
    date = START + dt.timedelta(days=day)
    toll = 18000 + day * 75 + rng.randrange(0, 40)
    held = max(97, 137 - day // 8)
    dead = min(33 + day // 40, held)
    trip = 5 + day // 40
    outlet = OUTLETS[i % len(OUTLETS)]
    text = (f"Published: {date.day} {date:%B %Y}\n\n"
            f"Talks resumed on {date:%A} as mediators pressed both sides.\n\n"
            f"Secretary of State Antony Blinken will visit the region this week, his "
            f"{ORDINALS[trip]} trip since the war began.\n\n"
            f"The October 7 attack resulted in the deaths of 1,205 people, according to an "
            f"AFP tally based on official Israeli figures.\n\n"
            f"Militants seized 251 hostages, {held} of whom are still held in Gaza, including "
            f"{dead} the Israeli military says are dead.\n\n"
            f"Israel's offensive has killed at least {toll:,} people in Gaza, according to the "
            f"Hamas-run territory's health ministry.\n")
    return text, outlet, f"https://news{i % 12}.invalid/{date}/{i}", date


ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--ledger", help="default: a new SQLite file in a temporary folder")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)
    checker = Checker(defaults())
    with tempfile.TemporaryDirectory() as tmp:
        location = args.ledger or str(Path(tmp) / "ledger.sqlite")
        ledger = open_ledger(location)
        docs = [article(i, rng) for i in range(args.articles)]

        t0 = time.perf_counter()
        prepared = []
        for text, outlet, url, date in docs:
            doc = load_text(text, url)
            doc.url, doc.outlet = url, outlet
            figures, _ = checker.extract(doc)
            prepared.append((ArticleInfo(key=url, url=url, outlet=outlet, published=date),
                             entries_from(doc, figures)))
        t1 = time.perf_counter()
        for info, entries in prepared:
            ledger.add_article(info, entries)
        t2 = time.perf_counter()
        n_figures = ledger.figure_count()
        print(f"ledger: {ledger.backend} ({location if args.ledger else 'temporary file'})")
        print(f"articles: {args.articles:,}; figures with metric keys: {n_figures:,}")
        print(f"extract: {args.articles / (t1 - t0):,.0f} articles/s")
        print(f"ledger add (one transaction per article, replace by URL): "
              f"{args.articles / (t2 - t1):,.0f} articles/s, "
              f"{n_figures / (t2 - t1):,.0f} figures/s")
        print(f"extract + add: {args.articles / (t2 - t0):,.0f} articles/s")

        # A new article, checked against the ledger (and without one, for the difference).
        text, outlet, url, date = article(args.articles + 1, random.Random(99))
        text = text.replace("at least", "")  # an exact toll, so the stale check has work
        with_ledger = Checker(defaults(), ledger=ledger)
        timings, base = [], []
        for _ in range(args.repeat):
            doc = load_text(text, "new-article.txt")
            t = time.perf_counter()
            report = with_ledger.audit(doc)
            timings.append(time.perf_counter() - t)
            doc = load_text(text, "new-article.txt")
            t = time.perf_counter()
            checker.audit(doc)
            base.append(time.perf_counter() - t)
        xs = [c for c in report.checks if c.rule.startswith("XS")]
        med, p95 = statistics.median(timings), sorted(timings)[int(0.95 * len(timings)) - 1]
        print(f"check one article against {args.articles:,} articles: median "
              f"{med * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms (without a ledger "
              f"{statistics.median(base) * 1000:.1f} ms); {len(xs)} XS checks, "
              f"{len([f for f in report.findings if f.rule.startswith('XS')])} XS findings")
        print("target: under 100 ms:", "met" if med < 0.1 else "NOT met")
        ledger.close()


if __name__ == "__main__":
    main()
