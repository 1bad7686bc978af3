"""age: an age printed for someone fits the birth date or year the text also gives
("Smith, 52, ... born in 1972"), as of the publication date."""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Literal

from ...intervals import Interval, Verdict, format_number, within
from ..context import Context, Outcome
from ..rule_model import RuleBase

NAME = "age"


class Rule(RuleBase):
    kind: Literal["age"]


def _years(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    on = ctx.doc.published
    if on is None:
        return
    for rel in ctx.relations_of("age"):
        age, birth = ctx.by_id[rel.roles["age"]], ctx.by_id[rel.roles["birth"]]
        b = birth.claim
        if b.date is not None:
            born_text = b.date.isoformat()
            years = _years(b.date, on)
            possible = Interval.exact(years)
        elif b.value is not None:
            year = int(b.value)
            born_text = str(year)
            # Born some time in that year: the birthday may or may not have passed.
            possible = Interval.closed(on.year - year - 1, on.year - year)
        else:
            continue
        if possible.lower is None or possible.lower < 0:
            continue
        verdict = within(age.interval, possible)
        shown = str(possible)
        holds = {Verdict.CONSISTENT: "holds", Verdict.INCONSISTENT: "does not hold",
                 Verdict.UNDETERMINED: "may hold"}[verdict]
        yield Outcome(
            verdict=verdict,
            claims=[age.id, birth.id],
            primary=age.id,
            explanation=f"born {born_text}, on {on.isoformat()} the age is {shown}; the text "
                        f"says {format_number(age.interval.lower)}: {holds}",
            arithmetic=f"age({born_text} → {on.isoformat()}) = {shown} "
                       f"{'∋' if verdict is not Verdict.INCONSISTENT else '∌'} "
                       f"{format_number(age.interval.lower)}",
            expected=shown,
            found=age.claim.text,
            tolerance="a birth year alone allows two ages" if b.date is None else "none",
            values={"age": age.claim.text, "born": born_text, "expected": shown,
                    "published": on.isoformat()},
            assumptions=[f"the age is given as of the publication date, {on.isoformat()}"],
        )
