"""duration: a stated duration fits the dates it spans ("the now 11-month war", or "now in its
12th month", that "began on October 7", against the publication date)."""

from __future__ import annotations

from fractions import Fraction
from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Interval, Verdict, format_number, within
from ...models import ClaimKind
from ...recognise.calendar import elapsed
from ..context import Context, Outcome
from ..rule_model import RuleBase

NAME = "duration"


class Rule(RuleBase):
    kind: Literal["duration"]
    rounding: list[Literal["truncate", "nearest"]] = Field(
        default_factory=lambda: ["truncate", "nearest"], min_length=1,
        description="how a writer may round an elapsed time to the printed whole: 'truncate' "
                    "(an 11-month war has lasted 11 to 12 months) and/or 'nearest' (10.5 to "
                    "11.5); with both, any value either allows is consistent")


def allowed(interval: Interval, rounding: list[str]) -> Interval:
    """Elapsed times a printed duration allows, given how the writer may have rounded."""
    lo_pad = Fraction(1, 2) if "nearest" in rounding else Fraction(0)
    hi_pad = Fraction(1) if "truncate" in rounding else Fraction(1, 2)
    lower = None if interval.lower is None else interval.lower - lo_pad
    upper = None if interval.upper is None else interval.upper + hi_pad
    return Interval(lower, upper, True, False)


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    end = ctx.doc.published
    if end is None:
        return
    for rel in ctx.relations_of("duration"):
        dur, start = ctx.by_id[rel.roles["duration"]], ctx.by_id[rel.roles["start"]]
        begin = start.claim.date
        if begin is None or begin > end:
            continue
        unit = dur.claim.unit or "month"
        passed = elapsed(begin, end, unit)
        if dur.claim.kind is ClaimKind.ORDINAL and dur.interval.lower is not None:
            # "now in its 12th month": more than 11 and at most 12 months have passed
            n = dur.interval.lower
            window = Interval(n - 1, n, False, True)
        else:
            window = allowed(dur.interval, rule.rounding)
        verdict = within(Interval.exact(passed), window)
        assumptions = [f"the period runs to the publication date, {end.isoformat()}"]
        if start.claim.year_inferred:
            assumptions.append(f"year {begin.year} inferred for '{start.claim.text}'")
        shown = format_number(passed.limit_denominator(100), digits=2)
        yield Outcome(
            verdict=verdict,
            claims=[dur.id, start.id],
            primary=dur.id,
            explanation=(f"{begin.strftime('%-d %B %Y')} to {end.strftime('%-d %B %Y')} is "
                         f"{shown} {unit}s; '{dur.claim.text}' allows {window} {unit}s: "
                         + ("holds" if verdict is Verdict.CONSISTENT else "does not hold"
                            if verdict is Verdict.INCONSISTENT else "may hold")),
            arithmetic=f"elapsed({begin.isoformat()} → {end.isoformat()}) = {shown} {unit}s "
                       f"{'∈' if verdict is not Verdict.INCONSISTENT else '∉'} {window}",
            expected=f"{shown} {unit}s",
            found=dur.claim.text,
            tolerance=f"rounding by {' or '.join(rule.rounding)}: {window} {unit}s",
            values={"duration": dur.claim.text, "elapsed": f"{shown} {unit}s",
                    "start": begin.isoformat(), "end": end.isoformat(), "unit": unit},
            assumptions=assumptions,
        )
