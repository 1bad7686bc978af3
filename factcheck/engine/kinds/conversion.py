"""conversion: an amount printed in two currencies or two units agrees with itself.

- ``currency``: every pair of the same two currencies in one article uses one exchange rate,
  within the rounding of the printed figures and ``rate-tolerance`` ("$1.13bn (£600m)" and
  later "$10m (£8m)" cannot both hold). The first pair sets the rate; a later pair whose rate
  range shares nothing with it is raised.
- ``unit``: "5 km (3 miles)" converts through pint within rounding and ``tolerance``.
"""

from __future__ import annotations

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
    established: dict[tuple[str, str], tuple[Interval, list[str], str]] = {}
    for rel in ctx.relations_of("conversion"):
        a, b = ctx.figure(rel.roles["source"]), ctx.figure(rel.roles["target"])
        if a.claim.kind.value != "money":
            continue
        # One direction for the pair: units of the second currency per unit of the first.
        x, y = (a, b) if a.claim.unit < b.claim.unit else (b, a)  # type: ignore[operator]
        pair = (x.claim.unit, y.claim.unit)
        rate = div(printed(y, rule.rounding), printed(x, rule.rounding))
        if rate.lower is None or rate.upper is None:
            continue
        exact = div(point(y), point(x))
        name = f"{pair[1]} per {pair[0]}"
        if pair not in established:
            established[pair] = (rate, [x.id, y.id], f"{x.claim.text} = {y.claim.text}")
            yield Outcome(
                verdict=Verdict.CONSISTENT, claims=[b.id, a.id], primary=b.id,
                explanation=f"{a.claim.text} = {b.claim.text} sets the article's rate: "
                            f"{show(exact, 4)} {name}",
                arithmetic=f"{y.claim.text} ÷ {x.claim.text} = {show(exact, 4)} {name} "
                           f"(as printed: {show(rate, 4)})",
                expected=None, found=f"{show(exact, 4)} {name}",
                tolerance=f"figures as printed; rate ± {rule.tolerance:.0%}",
                values={"source": a.claim.text, "target": b.claim.text,
                        "rate": show(exact, 4), "pair": name, "reference": ""})
            continue
        ref, ref_ids, ref_text = established[pair]
        verdict = agree(_widen(rate, slack), _widen(ref, slack))
        if verdict is Verdict.UNDETERMINED and ref.is_exact and rate.is_exact:
            verdict = Verdict.CONSISTENT
        escalation = None
        if verdict is Verdict.INCONSISTENT and scale_slip(div(rate, ref)):
            escalation = "the rate is off by a scale word (million for billion)"
        if verdict is not Verdict.INCONSISTENT:
            common_lo = max(rate.lower, ref.lower)
            common_hi = min(rate.upper, ref.upper)
            if common_lo <= common_hi:
                established[pair] = (Interval(common_lo, common_hi), ref_ids, ref_text)
        expected_target = mul(ref, point(x)) if y is b else div(point(y), ref)
        yield Outcome(
            verdict=verdict, claims=[b.id, a.id, *ref_ids], primary=b.id,
            explanation=f"{a.claim.text} = {b.claim.text} is {show(exact, 4)} {name}; the "
                        f"article's rate ({ref_text}) is {show(ref, 4)}: " + holds_word(verdict),
            arithmetic=f"{y.claim.text} ÷ {x.claim.text} = {show(exact, 4)} {name} (as "
                       f"printed: {show(rate, 4)}) against {show(ref, 4)} from {ref_text}; at "
                       f"that rate {a.claim.text} is {show(expected_target, 3)} "
                       f"{b.claim.unit}",
            expected=f"{show(expected_target, 3)}", found=b.claim.text,
            tolerance=f"figures as printed, rounded by {' or '.join(rule.rounding)}; rate ± "
                      f"{rule.tolerance:.0%}",
            values={"source": a.claim.text, "target": b.claim.text, "rate": show(exact, 4),
                    "pair": name, "reference": f"{show(ref, 4)} ({ref_text})"},
            escalation=escalation)


def _units(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    slack = to_fraction(rule.tolerance)
    for rel in ctx.relations_of("conversion"):
        a, b = ctx.figure(rel.roles["source"]), ctx.figure(rel.roles["target"])
        if a.claim.kind.value != "quantity":
            continue
        src = printed(a, rule.rounding, rule.round_counts)
        if src.lower is None or src.upper is None:
            continue
        try:
            ends = sorted(to_fraction(convert(float(v), a.claim.unit, b.claim.unit))
                          for v in (src.lower, src.upper))
            exact = to_fraction(convert(float(a.claim.value), a.claim.unit, b.claim.unit))
        except Exception:  # pint cannot convert these: nothing to check
            continue
        converted = Interval(ends[0], ends[1])
        target = printed(b, rule.rounding, rule.round_counts)
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
