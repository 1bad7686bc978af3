"""order: a comparative between two figures holds ("$20m, higher than the $25m forecast"
does not); a comparison the wrong way round changes the conclusion and escalates."""

from __future__ import annotations

from typing import Iterator, Literal

from ...intervals import Verdict
from ..context import Context, Outcome
from ..rule_model import Escalating, Rounding
from ._arith import compare, holds_word, printed, show

NAME = "order"


class Rule(Escalating, Rounding):
    kind: Literal["order"]


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("order"):
        big, small = ctx.figure(rel.roles["greater"]), ctx.figure(rel.roles["lesser"])
        b = printed(big, rule.rounding, rule.round_counts)
        s = printed(small, rule.rounding, rule.round_counts)
        verdict = compare(">", b, s)
        first = big if big.start < small.start else small
        yield Outcome(
            verdict=verdict, claims=[first.id, big.id, small.id], primary=first.id,
            explanation=f"'{rel.cue}': {big.claim.text} > {small.claim.text}: "
                        + holds_word(verdict),
            arithmetic=f"{show(b)} {'>' if verdict is not Verdict.INCONSISTENT else '≤'} "
                       f"{show(s)}",
            expected=f"> {small.claim.text}", found=big.claim.text,
            tolerance=f"figures as printed, rounded by {' or '.join(rule.rounding)}",
            values={"greater": big.claim.text, "lesser": small.claim.text, "cue": rel.cue},
            escalation="the comparison is the wrong way round")
