"""rank: a rank agrees with what the text puts ahead of it ("the third-largest economy after
the US and China": two ahead, so third)."""

from __future__ import annotations

from typing import Iterator, Literal

from ...intervals import Verdict
from ..context import Context, Outcome
from ..rule_model import RuleBase
from ._arith import holds_word

NAME = "rank"


class Rule(RuleBase):
    kind: Literal["rank"]


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("rank"):
        fig = ctx.figure(rel.roles["rank"])
        phrase, _, ahead = rel.cue.partition("|ahead: ")
        names = [n.strip(" .") for n in ahead.split(" ; ") if n.strip(" .")]
        rank = int(fig.claim.value or 0)
        verdict = Verdict.CONSISTENT if rank == len(names) + 1 else Verdict.INCONSISTENT
        yield Outcome(
            verdict=verdict, claims=[fig.id], primary=fig.id,
            explanation=f"'{phrase.strip()}' names {len(names)} ahead "
                        f"({', '.join(names)}): " + holds_word(verdict),
            arithmetic=f"{len(names)} ahead + 1 = rank {len(names) + 1}; the text says "
                       f"{fig.claim.text} ({rank})",
            expected=str(len(names) + 1), found=fig.claim.text, tolerance="none",
            values={"rank": fig.claim.text, "ahead": ", ".join(names),
                    "expected_rank": str(len(names) + 1)})
