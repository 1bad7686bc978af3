"""The rounding stress suite: thousands of generated articles whose figures are all consistent
but printed the way newsrooms print them (rounded half-up or half-even, truncated, with scale
words, with hedges) must raise no error at all (issue #4: "rounding, truncation, scaled units
and hedges never raise one")."""

from __future__ import annotations

import os
import random
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from factcheck import check_text

ARTICLES = int(os.environ.get("FACTCHECK_STRESS_ARTICLES", "2000"))
MODES = (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)


def rounded(value: float, places: int, mode: str) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-places), rounding=mode)


def to_unit(value: int, unit: int, mode: str) -> int:
    return int((Decimal(value) / unit).quantize(Decimal(1), rounding=mode)) * unit


def money(value: float, rng: random.Random, mode: str, sign: str = "$") -> str:
    """A sum of money as a newsroom prints it: $24.3m, $1.13bn, $640,000."""
    if value >= 1e9:
        return f"{sign}{rounded(value / 1e9, rng.choice((1, 2)), mode)}bn"
    if value >= 1e6:
        return f"{sign}{rounded(value / 1e6, rng.choice((0, 1)), mode)}m"
    return f"{sign}{to_unit(int(value), 1000, mode):,}"


def count(value: int, rng: random.Random, mode: str) -> str:
    """A count printed exactly, rounded to thousands, or with a scale word."""
    style = rng.random()
    if value >= 2_000_000 and style < 0.4:
        return f"{rounded(value / 1e6, 1, mode)} million"
    if value >= 20_000 and style < 0.7:
        return f"{to_unit(value, 1000, mode):,}"
    return f"{value:,}"


def article(rng: random.Random) -> str:
    mode = rng.choice(MODES)
    paragraphs = []
    # A share of a total, the percentage rounded one of three ways.
    whole = rng.randint(20, 5000)
    part = rng.randint(1, whole)
    places = rng.choice((0, 1))
    pct = rounded(100 * part / whole, places, mode)
    paragraphs.append(f"Only {part:,} out of {whole:,} members, or {pct}%, voted against.")
    # A partial breakdown of rounded parts under a rounded or hedged whole.
    parts = [rng.randint(1_000, 900_000) for _ in range(rng.randint(2, 4))]
    total = sum(parts) + rng.randint(0, 50_000)
    hedge = rng.choice(("", "", "about ", "nearly ", "more than "))
    shown_total = total
    if hedge == "nearly ":
        shown_total = int(total * rng.uniform(1.0, 1.08)) + 1
    elif hedge == "more than ":
        shown_total = int(total * rng.uniform(0.9, 1.0))
    elif hedge == "about ":
        shown_total = int(total * rng.uniform(0.93, 1.07))
    places_ = ["Egypt", "Tanzania", "Mauritania", "Kenya"]
    listed = [f"{count(p, rng, mode)} for {c}" for p, c in zip(parts, places_)]
    paragraphs.append(f"Ships are loading {hedge}{count(shown_total, rng, mode)} tonnes, "
                      f"including {', '.join(listed[:-1])} and {listed[-1]}.")
    # A complete breakdown of exact or rounded counts.
    staff = [rng.randint(11, 3000) for _ in range(3)]
    paragraphs.append(f"The {count(sum(staff), rng, mode)} staff, comprising "
                      f"{count(staff[0], rng, mode)} nurses, {count(staff[1], rng, mode)} "
                      f"doctors and {count(staff[2], rng, mode)} porters, went on strike.")
    # A change: the percentage and both levels rounded.
    old = rng.uniform(1e6, 5e9)
    change = rng.uniform(-60, 150)
    new = old * (1 + change / 100)
    verb = "rose" if change > 0 else "fell"
    paragraphs.append(f"Sales {verb} {abs(rounded(change, rng.choice((0, 1)), mode))}% to "
                      f"{money(new, rng, mode)} from {money(old, rng, mode)}.")
    # Conversions at one rate, each side rounded.
    rate = rng.uniform(0.5, 0.8)
    for _ in range(rng.randint(1, 3)):
        usd = rng.uniform(2e6, 3e9)
        paragraphs.append(f"The deal is worth {money(usd, rng, mode)} "
                          f"({money(usd * rate, rng, mode, '£')}).")
    # A doubling, loosely.
    base = rng.uniform(1e6, 1e9)
    paragraphs.append(f"Exports doubled to {money(base * rng.uniform(1.9, 2.1), rng, mode)} "
                      f"from {money(base, rng, mode)}.")
    rng.shuffle(paragraphs)
    return "\n\n".join(paragraphs) + "\n"


def test_consistent_rounded_articles_raise_no_error():
    rng = random.Random(20240917)
    failures = []
    checked = warned = 0
    for _ in range(ARTICLES):
        text = article(rng)
        report = check_text(text)
        checked += len(report.checks)
        errors = [f for f in report.findings if f.severity.value == "error"]
        warned += sum(f.severity.value == "warning" for f in report.findings)
        if errors:
            failures.append((text, [(f.rule, f.message, f.arithmetic) for f in errors]))
    print(f"\n{ARTICLES} articles, {checked} checks, {len(failures)} with an error, "
          f"{warned} warnings")
    assert checked > ARTICLES * 4, "the generated articles should be checked, not skipped"
    assert not failures, "\n\n".join(f"{t}\n{e}" for t, e in failures[:5])
