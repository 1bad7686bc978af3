"""weekday: a weekday printed with a date is that date's weekday ("Tue 17 Sep 2024")."""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Verdict
from ...recognise.calendar import WEEKDAY_NAMES
from ..context import Context, Outcome
from ..rule_model import RuleBase

NAME = "weekday"


class Rule(RuleBase):
    kind: Literal["weekday"]
    max_inferred_distance_days: int = Field(
        62, ge=0, alias="max-inferred-distance-days",
        description="a date printed without its year is checked only when the year inferred "
                    "from the publication date puts it this close to publication; farther "
                    "away the year is a guess and a mismatch is undetermined")


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    published = ctx.doc.published
    for rel in ctx.relations_of("weekday"):
        fig = ctx.by_id[rel.roles["date"]]
        c = fig.claim
        actual = WEEKDAY_NAMES[c.date.weekday()]  # type: ignore[union-attr]
        stated = c.weekday
        assumptions = []
        if stated == actual:
            verdict = Verdict.CONSISTENT
        elif c.year_inferred and (published is None or abs(
                (c.date - published).days) > rule.max_inferred_distance_days):  # type: ignore
            verdict = Verdict.UNDETERMINED
        else:
            verdict = Verdict.INCONSISTENT
        if c.year_inferred:
            assumptions.append(f"year {c.date.year} inferred from the publication date "  # type: ignore
                               f"{published}")
        date_text = c.date.strftime("%-d %B %Y")  # type: ignore[union-attr]
        yield Outcome(
            verdict=verdict,
            claims=[c.id],
            primary=c.id,
            explanation=f"{date_text} is a {actual}; the text says {stated}: "
                        + ("holds" if verdict is Verdict.CONSISTENT else
                           "does not hold" if verdict is Verdict.INCONSISTENT else
                           "unsure, the year was not printed"),
            arithmetic=f"weekday({c.date.isoformat()}) = {actual}",  # type: ignore[union-attr]
            expected=actual,
            found=stated,
            tolerance="none",
            values={"date": date_text, "stated": stated or "", "actual": actual},
            assumptions=assumptions,
        )
