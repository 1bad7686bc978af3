"""Hypothesis strategies per rule kind: a consistent claim set raises nothing; a perturbation
beyond tolerance raises the rule, with its arithmetic (issue #4)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from factcheck import check_text
from factcheck.engine import load_rules, packaged_rules_dir, run_rules
from factcheck.engine.expression import ExpressionError, parse
from factcheck.engine.rule_tests import ClaimSpec, figures_from_claims

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
RULES = {r.id: r for r in load_rules([packaged_rules_dir()])}
# Counts that are not round (so printed exactly, never read as rounded to trailing zeros).
exact = st.integers(11, 9_999).filter(lambda n: n % 10)


def _raised(text: str, rule: str):
    return [f for f in check_text(text).findings if f.rule == rule]


def _errors(text: str):
    return [f for f in check_text(text).findings if f.severity.value == "error"]


@SETTINGS
@given(st.lists(exact, min_size=2, max_size=4), st.integers(1, 50))
def test_breakdown_complete(parts, delta):
    nouns = ["nurses", "doctors", "porters", "cleaners"][:len(parts)]
    listed = ", ".join(f"{p:,} {n}" for p, n in zip(parts[:-1], nouns))
    text = (f"The {sum(parts):,} staff, comprising {listed} and {parts[-1]:,} {nouns[-1]}, "
            "went on strike.")
    assert not _raised(text, "AR002"), text
    assume((sum(parts) + delta) % 10)  # a round whole may be rounded: that is not an error
    wrong = text.replace(f"The {sum(parts):,} staff", f"The {sum(parts) + delta:,} staff")
    [finding] = _raised(wrong, "AR002")
    assert finding.arithmetic and finding.severity.value == "error"


@SETTINGS
@given(st.lists(exact, min_size=2, max_size=3), st.integers(0, 500), st.integers(1, 500))
def test_breakdown_partial(parts, slack, excess):
    places = ["Egypt", "Tanzania", "Mauritania"][:len(parts)]
    listed = ", ".join(f"{p:,} for {c}" for p, c in zip(parts[:-1], places))
    tail = f"{parts[-1]:,} for {places[-1]}"
    ok = f"Ships are carrying {sum(parts) + slack:,} containers, including {listed} and {tail}."
    assert not _raised(ok, "AR003"), ok
    assume(sum(parts) - excess > 10 and (sum(parts) - excess) % 10)
    bad = f"Ships are carrying {sum(parts) - excess:,} containers, including {listed} and {tail}."
    assert _raised(bad, "AR003"), bad


def _round_half_even(x: Fraction, places: int) -> Fraction:
    q = Fraction(1, 10 ** places)
    return round(x / q) * q


def _round_half_up(x: Fraction, places: int) -> Fraction:
    q = Fraction(1, 10 ** places)
    return Fraction(int(x / q + Fraction(1, 2))) * q


def _truncate(x: Fraction, places: int) -> Fraction:
    q = Fraction(1, 10 ** places)
    return Fraction(int(x / q)) * q


ROUNDINGS = [_round_half_even, _round_half_up, _truncate]


def _pct(value: Fraction, places: int) -> str:
    return f"{float(value):.{places}f}%"


@SETTINGS
@given(st.integers(11, 5000), st.integers(0, 5000), st.sampled_from(ROUNDINGS),
       st.integers(0, 1), st.integers(8, 40))
def test_share(part, extra, rounding, places, shift):
    whole = part + extra
    assume(whole % 10 and part % 10)  # round counts may be rounded
    share = rounding(Fraction(100 * part, whole), places)
    text = f"Only {part:,} out of {whole:,} members, or {_pct(share, places)}, voted against."
    assert not _raised(text, "AR004"), text
    wrong = share + shift if share + shift <= 100 else share - shift
    assume(wrong >= 0)
    bad = f"Only {part:,} out of {whole:,} members, or {_pct(wrong, places)}, voted against."
    [finding] = _raised(bad, "AR004")
    assert "÷" in finding.arithmetic


@SETTINGS
@given(st.integers(1000, 90_000).filter(lambda n: n % 10), st.integers(1, 60),
       st.sampled_from(ROUNDINGS), st.booleans())
def test_percent_change(old, pct, rounding, rise):
    factor = Fraction(100 + pct, 100) if rise else Fraction(100 - pct, 100)
    new = int(old * factor)
    assume(new % 10 and new != old)
    stated = rounding(abs(Fraction(new - old, old)) * 100, 1)
    verb = "rose" if rise else "fell"
    text = f"Sales {verb} {float(stated):.1f} pct to {new:,} dlrs from {old:,} dlrs."
    assert not [f for f in check_text(text).findings if f.rule in ("AR005", "AR006")], text
    bad = f"Sales {verb} {float(stated) + 5:.1f} pct to {new:,} dlrs from {old:,} dlrs."
    assert _raised(bad, "AR005"), bad
    reversed_ = f"Sales {'fell' if rise else 'rose'} to {new:,} dlrs from {old:,} dlrs."
    [finding] = _raised(reversed_, "AR006")
    assert finding.severity.value == "error"  # a rise reported as a fall escalates


@SETTINGS
@given(st.floats(1.2, 2.0), st.lists(st.integers(50, 900), min_size=2, max_size=4, unique=True),
       st.floats(1.3, 2.0))
def test_conversion_one_rate(rate, amounts, off):
    rate = round(rate, 3)
    pairs = [f"${a}m (£{a / rate:.1f}m)" for a in amounts]
    text = " ".join(f"Deal {i} was worth {p}." for i, p in enumerate(pairs))
    assert not _raised(text, "UN001"), text
    wrong = f"${amounts[-1]}m (£{amounts[-1] / rate * off:.1f}m)"
    assume(amounts[-1] / rate * off >= amounts[-1] / rate + 0.5)
    bad = text.replace(pairs[-1], wrong)
    assert _raised(bad, "UN001"), bad


@SETTINGS
@given(st.integers(0, 300), st.integers(0, 300), st.integers(0, 300))
def test_expression_nesting(a, b, c):
    dead, held, seized = sorted((a, b, c))
    rule = RULES["AR013"]
    specs = [ClaimSpec(text=str(dead), value=dead, metric="hostages.dead_held"),
             ClaimSpec(text=str(held), value=held, metric="hostages.held"),
             ClaimSpec(text=str(seized), value=seized, metric="hostages.seized")]
    doc, figures = figures_from_claims(specs)
    checks, findings = run_rules([rule], doc, figures, [])
    assert checks and not findings
    if seized < 300:
        specs[1] = ClaimSpec(text=str(seized + 1), value=seized + 1, metric="hostages.held")
        doc, figures = figures_from_claims(specs)
        _, findings = run_rules([rule], doc, figures, [])
        assert findings and "hostages.held" in findings[0].arithmetic


@SETTINGS
@given(st.integers(1, 9))
def test_ordinal_sequence(n):
    words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
             "Ninth", "Tenth"]
    ok = " ".join(f"{w}, item {i}." for i, w in enumerate(words[:n + 1]))
    assert not _raised(ok, "AR010")
    skip = words[:n] + [words[n + 1 if n + 1 < len(words) else n - 1]]
    bad = " ".join(f"{w}, item {i}." for i, w in enumerate(skip))
    assert _raised(bad, "AR010"), bad


def test_expression_parser_rejects_what_it_cannot_read():
    for bad in ("hostages.held <=", "a <= b", "hostages.held", "hostages.held <= (1 + 2",
                "__import__('os') <= 1", "hostages.held <= 2 ** 3"):
        try:
            parse(bad)
        except ExpressionError:
            continue
        raise AssertionError(f"parsed {bad!r}")
    c = parse("hostages.dead_held + 2 * (x.y - 1) / 4 <= hostages.held < -3")
    assert c.ops == ("<=", "<") and c.keys == ["hostages.dead_held", "x.y", "hostages.held"]


def test_a_hedged_figure_never_raises_an_error():
    for text in ("About 300 staff, comprising 121 nurses, 104 doctors and 92 porters, left.",
                 "Nearly 13 out of 659 MPs, or about 2%, voted against.",
                 "Sales rose about 5% to some $20m from roughly $18m."):
        assert not _errors(text), text
