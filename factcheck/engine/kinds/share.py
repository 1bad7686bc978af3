"""share: a percentage matches the part and whole it restates ("13 out of 659 MPs, or 2%";
"£4bn, or 8% of the £50bn budget") or the fraction it restates ("six-in-ten (62%)")."""

from __future__ import annotations

from fractions import Fraction
from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Interval, Verdict, to_fraction
from ..context import Context, Outcome
from ..rule_model import Escalating, Rounding
from ._arith import point, agree, div, holds_word, printed, show
from ._labels import label

NAME = "share"


class Rule(Escalating, Rounding):
    kind: Literal["share"]
    fraction_tolerance: float = Field(
        5, ge=0, alias="fraction-tolerance",
        description="percentage points a spelled fraction may stand for on either side "
                    "('six-in-ten' for 55–65%, 'two-thirds' for 62–72%), at least half its step")


def _fraction_allowed(fig, tolerance: Fraction) -> tuple[Interval, str]:
    iv = fig.interval.scale(100)
    text = fig.claim.text.lower()
    step = Fraction(0)
    den = fig.claim.value and to_fraction(fig.claim.value).denominator
    if "in" in text.replace("-", " ").split() and den:
        step = Fraction(100, den) / 2  # "six-in-ten": to the nearest tenth
    pad = max(tolerance, step)
    lo = None if iv.lower is None else iv.lower - pad
    hi = None if iv.upper is None else iv.upper + pad
    return Interval(lo, hi, iv.lower_closed, iv.upper_closed), \
        f"'{fig.claim.text}' stands for {show(Interval(lo, hi))}%"


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("share"):
        pct = ctx.figure(rel.roles["percent"])
        stated = printed(pct, rule.rounding)
        if "fraction" in rel.roles:
            frac = ctx.figure(rel.roles["fraction"])
            allowed, why = _fraction_allowed(frac, to_fraction(rule.fraction_tolerance))
            verdict = agree(stated, allowed)
            yield Outcome(
                verdict=verdict, claims=[pct.id, frac.id], primary=pct.id,
                explanation=f"{frac.claim.text} restated as {pct.claim.text}: "
                            + holds_word(verdict),
                arithmetic=f"{frac.claim.text} = {show(frac.interval.scale(100))}%; {why}; "
                           f"'{pct.claim.text}' allows {show(stated)}%",
                expected=f"{show(allowed)}%", found=pct.claim.text,
                tolerance=f"fraction ± {rule.fraction_tolerance} points; percentage "
                          f"rounded by {' or '.join(rule.rounding)}",
                values={"part": frac.claim.text, "whole": "", "percent": pct.claim.text,
                        "computed": f"{show(frac.interval.scale(100))}%"})
            continue
        part, whole = ctx.figure(rel.roles["part"]), ctx.figure(rel.roles["whole"])
        part_iv = printed(part, rule.rounding, rule.round_counts)
        whole_iv = printed(whole, rule.rounding, rule.round_counts)
        ratio = div(part_iv, whole_iv).scale(100)
        verdict = agree(ratio, stated)
        exact = div(point(part), point(whole)).scale(100)
        escalation = None
        if verdict is Verdict.INCONSISTENT and ratio.upper is not None and \
                stated.lower is not None and ((ratio.upper < 50 <= stated.lower) or (
                    stated.upper is not None and stated.upper < 50 <= (ratio.lower or 0))):
            escalation = "the share falls on the other side of half (a majority or not)"
        yield Outcome(
            verdict=verdict, claims=[pct.id, part.id, whole.id], primary=pct.id,
            explanation=f"{label(part)} of {label(whole)} is {show(exact, 3)}%; the text says "
                        f"{pct.claim.text}: " + holds_word(verdict),
            arithmetic=f"{part.claim.text} ÷ {whole.claim.text} × 100 = {show(exact, 3)}%"
                       f" (as printed: {show(ratio, 3)}%); '{pct.claim.text}' allows "
                       f"{show(stated, 3)}%",
            expected=f"{show(exact, 3)}%", found=pct.claim.text,
            tolerance=f"percentage rounded by {' or '.join(rule.rounding)}; part and whole as "
                      "printed",
            values={"part": label(part), "whole": label(whole), "percent": pct.claim.text,
                    "computed": f"{show(exact, 3)}%"},
            escalation=escalation)
