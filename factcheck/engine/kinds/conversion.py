"""conversion: an amount printed in two currencies or two units agrees with itself.

- ``currency``: every pair of the same two currencies in one article uses one exchange rate,
  within the rounding of the printed figures and ``tolerance`` ("$1.13bn (£600m)" and later
  "$10m (£8m)" cannot both hold). The pair most others agree with sets the rate (the first on
  a tie); a pair whose rate range shares nothing with it is raised.
- ``unit``: "5 km (3 miles)" converts through pint within rounding and ``tolerance``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Interval, Verdict, to_fraction
from ...recognise.units import convert
from ..context import Context, Outcome
from ..rule_model import Escalating, Rounding
from ._arith import point, agree, div, mul, holds_word, printed, scale_slip, show

NAME = "conversion"


class Rule(Escalating, Rounding):
    kind: Literal["conversion"]
    aspect: Literal["currency", "unit"]
    tolerance: float = Field(0.03, ge=0, lt=1, description="relative slack on the rate (rates "
                                                          "move within a day; writers round "
                                                          "them)")


def _widen(iv: Interval, r: Fraction) -> Interval:
    return Interval(None if iv.lower is None else iv.lower * (1 - r),
                    None if iv.upper is None else iv.upper * (1 + r))


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    if rule.aspect == "unit":
        yield from _units(rule, ctx)
        return
    slack = to_fraction(rule.tolerance)
    pairs: dict[tuple[str, str], list] = {}
    for rel in ctx.relations_of("conversion"):
        a, b = ctx.figure(rel.roles["source"]), ctx.figure(rel.roles["target"])
        if a.claim.kind.value != "money":
            continue
        # One direction for the pair: units of the second currency per unit of the first.
        x, y = (a, b) if a.claim.unit < b.claim.unit else (b, a)  # type: ignore[operator]
        # The amount printed first is the original ("US$100,000"), taken as printed; the
        # conversion after it is rounded, often to a few significant figures ("(£52,000)").
        shown = {a.id: printed(a, rule.rounding, rule.round_counts, hedged=False),
                 b.id: printed(b, rule.rounding, rule.round_counts, min_round=0, hedged=False)}
        rate = div(shown[y.id], shown[x.id])
        if rate.lower is None or rate.upper is None:
            continue
        pairs.setdefault((x.claim.unit, y.claim.unit), []).append(  # type: ignore[arg-type]
            (a, b, x, y, rate, _dated(ctx.doc.text, max(a.end, b.end))))
    for pair, items in pairs.items():
        name = f"{pair[1]} per {pair[0]}"
        widened = [_widen(item[4], slack) for item in items]
        # The article's rate: the pair most others agree with (the first on a tie), so one
        # wrong pair among five right ones is the one raised.
        support = [sum(w.meets(v) for v in widened) for w in widened]
        # A pair too imprecise to set a rate ("100,000 rupees ($2,300)") does not choose it.
        precise = [i for i in range(len(items)) if _width(items[i][4]) <= Fraction(1, 10)] \
            or list(range(len(items)))
        k = max(precise, key=lambda i: (support[i], -i))
        _, _, rx, ry, ref, ref_date = items[k]
        ref_text = f"{rx.claim.text} = {ry.claim.text}"
        for i, (a, b, x, y, rate, date) in enumerate(items):
            exact = div(point(y), point(x))
            if i == k:
                yield Outcome(
                    verdict=Verdict.CONSISTENT, claims=[b.id, a.id], primary=b.id,
                    explanation=f"{a.claim.text} = {b.claim.text} sets the article's rate: "
                                f"{show(exact, 4)} {name}"
                                + (f", with {support[i] - 1} other pair(s) agreeing"
                                   if len(items) > 1 else ""),
                    arithmetic=f"{y.claim.text} ÷ {x.claim.text} = {show(exact, 4)} {name} "
                               f"(as printed: {show(rate, 4)})",
                    expected=None, found=f"{show(exact, 4)} {name}",
                    tolerance=f"figures as printed; rate ± {rule.tolerance:.0%}",
                    values={"source": a.claim.text, "target": b.claim.text,
                            "rate": show(exact, 4), "pair": name, "reference": ""})
                continue
            verdict = agree(widened[i], widened[k])
            assumptions = []
            if verdict is Verdict.INCONSISTENT and date and ref_date and date != ref_date:
                # "a 684bn yen ($6.4bn) loss in 2000 into a 331bn yen ($2.7bn) profit the
                # following year": each converted at its own year's rate.
                verdict = Verdict.UNDETERMINED
                assumptions.append(f"the amounts are dated ({ref_date}; {date}) and may be "
                                   "converted at each date's rate")
            if verdict is Verdict.UNDETERMINED and ref.is_exact and rate.is_exact:
                verdict = Verdict.CONSISTENT
            escalation = None
            if verdict is Verdict.INCONSISTENT and scale_slip(div(rate, ref)):
                escalation = "the rate is off by a scale word (million for billion)"
            expected_target = mul(ref, point(x)) if y is b else div(point(y), ref)
            yield Outcome(
                verdict=verdict, claims=[b.id, a.id, rx.id, ry.id], primary=b.id,
                explanation=f"{a.claim.text} = {b.claim.text} is {show(exact, 4)} {name}; "
                            f"the article's rate ({ref_text}) is {show(ref, 4)}: "
                            + holds_word(verdict),
                arithmetic=f"{y.claim.text} ÷ {x.claim.text} = {show(exact, 4)} {name} (as "
                           f"printed: {show(rate, 4)}) against {show(ref, 4)} from {ref_text}; "
                           f"at that rate {a.claim.text} is {show(expected_target, 3)} "
                           f"{b.claim.unit}",
                expected=f"{show(expected_target, 3)}", found=b.claim.text,
                tolerance=f"figures as printed, rounded by {' or '.join(rule.rounding)}; rate "
                          f"± {rule.tolerance:.0%}",
                values={"source": a.claim.text, "target": b.claim.text,
                        "rate": show(exact, 4), "pair": name,
                        "reference": f"{show(ref, 4)} ({ref_text})"},
                assumptions=assumptions, escalation=escalation)


def _units(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    slack = to_fraction(rule.tolerance)
    for rel in ctx.relations_of("conversion"):
        a, b = ctx.figure(rel.roles["source"]), ctx.figure(rel.roles["target"])
        if a.claim.kind.value != "quantity":
            continue
        # Conversions are printed to a few significant figures: "30ft (10m)".
        src = printed(a, rule.rounding, rule.round_counts, hedged=False)
        if src.lower is None or src.upper is None:
            continue
        try:
            ends = sorted(to_fraction(convert(float(v), a.claim.unit, b.claim.unit))
                          for v in (src.lower, src.upper))
            exact = to_fraction(convert(float(a.claim.value), a.claim.unit, b.claim.unit))
        except Exception:  # pint cannot convert these: nothing to check
            continue
        converted = Interval(ends[0], ends[1])
        target = printed(b, rule.rounding, rule.round_counts, min_round=0, hedged=False)
        verdict = agree(_widen(converted, slack), target)
        escalation = None
        if verdict is Verdict.INCONSISTENT and scale_slip(div(converted, target)):
            escalation = "off by a factor of a thousand (a scale or unit prefix slip)"
        yield Outcome(
            verdict=verdict, claims=[b.id, a.id], primary=b.id,
            explanation=f"{a.claim.text} is {show(Interval.exact(exact), 3)} {b.claim.unit}; the "
                        f"text says {b.claim.text}: " + holds_word(verdict),
            arithmetic=f"{a.claim.text} = {show(Interval.exact(exact), 3)} {b.claim.unit} (as "
                       f"printed: {show(converted, 3)}); '{b.claim.text}' allows {show(target, 3)}",
            expected=f"{show(Interval.exact(exact), 3)} {b.claim.unit}", found=b.claim.text,
            tolerance=f"figures as printed, rounded by {' or '.join(rule.rounding)}; ± "
                      f"{rule.tolerance:.0%}",
            values={"source": a.claim.text, "target": b.claim.text,
                    "computed": f"{show(Interval.exact(exact), 3)} {b.claim.unit}",
                    "rate": "", "pair": "", "reference": ""},
            escalation=escalation)


_DATED = re.compile(r"^\)?[^.;()\d]{0,25}?\b(?:(?:in|during|for)\s+(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)|"
                    r"(?P<relative>the\s+following\s+year|the\s+previous\s+year|a\s+year\s+"
                    r"(?:earlier|before|later)|the\s+year\s+before|last\s+year))\b", re.I)


def _dated(text: str, end: int) -> str | None:
    """The date an amount is given for, printed right after it ("… loss in 2000")."""
    m = _DATED.match(text[end:end + 60])
    if not m:
        return None
    return m.group("year") or re.sub(r"\s+", " ", m.group("relative").lower())


def _width(iv: Interval) -> Fraction:
    """Relative width of a rate range: the narrowest well-supported pair sets the rate."""
    if iv.lower is None or iv.upper is None or iv.lower <= 0:
        return Fraction(10**9)
    return (iv.upper - iv.lower) / iv.lower
