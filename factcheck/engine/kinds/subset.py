"""subset: a part is no larger than its whole ("251 hostages, 97 of whom ...")."""

from __future__ import annotations

from typing import Iterator, Literal

from ...intervals import Verdict, at_most
from ..context import Context, Outcome
from ..rule_model import RuleBase
from ._labels import label, tolerance_text

NAME = "subset"


class Rule(RuleBase):
    kind: Literal["subset"]


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("subset"):
        part, whole = ctx.by_id[rel.roles["part"]], ctx.by_id[rel.roles["whole"]]
        verdict = at_most(part.interval, whole.interval)
        holds = {Verdict.CONSISTENT: "holds", Verdict.INCONSISTENT: "does not hold",
                 Verdict.UNDETERMINED: "may hold (the intervals overlap)"}[verdict]
        sign = "≤" if verdict is not Verdict.INCONSISTENT else ">"
        yield Outcome(
            verdict=verdict,
            claims=[part.id, whole.id],
            primary=part.id,
            explanation=f"{label(part)} ≤ {label(whole)} ('{rel.cue}'): {holds}",
            arithmetic=f"{part.interval} {sign} {whole.interval}",
            expected=f"≤ {whole.interval}",
            found=str(part.interval),
            tolerance=tolerance_text(part, whole),
            values={"part": label(part), "whole": label(whole), "cue": rel.cue},
        )
