"""restatement: one quantity stated twice in one article gives the same figure, within the
rounding and hedges of both ("41,252 killed" and later "more than 41,000 killed" agree;
"1.2 million" in the headline and "1.2 billion" in the body do not, and escalate)."""

from __future__ import annotations

from typing import Iterator, Literal

from ...intervals import Verdict
from ..context import Context, Outcome
from ..rule_model import Escalating, Rounding
from ._arith import agree, div, holds_word, printed, scale_slip, show
from ._labels import label

NAME = "restatement"


class Rule(Escalating, Rounding):
    kind: Literal["restatement"]


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("restatement"):
        first, second = ctx.figure(rel.roles["first"]), ctx.figure(rel.roles["second"])
        a = printed(first, rule.rounding, rule.round_counts)
        b = printed(second, rule.rounding, rule.round_counts)
        verdict = Verdict.INCONSISTENT if not a.meets(b) else (
            Verdict.CONSISTENT if agree(b, a) is Verdict.CONSISTENT or
            agree(a, b) is Verdict.CONSISTENT else Verdict.UNDETERMINED)
        escalation = None
        if verdict is Verdict.INCONSISTENT and scale_slip(div(b, a)):
            escalation = "the two differ by a scale word (million for billion)"
        yield Outcome(
            verdict=verdict, claims=[second.id, first.id], primary=second.id,
            explanation=f"{label(second)} restates {label(first)} ({rel.cue}): "
                        + holds_word(verdict),
            arithmetic=f"'{first.claim.text}' allows {show(a)}; '{second.claim.text}' allows "
                       f"{show(b)}: " + ("they share no value" if verdict is
                                          Verdict.INCONSISTENT else "they meet"),
            expected=show(a), found=second.claim.text,
            tolerance=f"each figure as printed, rounded by {' or '.join(rule.rounding)}, "
                      "with its hedge",
            values={"first": label(first), "second": label(second), "cue": rel.cue},
            escalation=escalation)
