"""ordinal: enumerating ordinals run in sequence ("First, … Second, … Third, …"), with no
number skipped or repeated."""

from __future__ import annotations

from typing import Iterator, Literal

from ...intervals import Verdict
from ..context import Context, Outcome
from ..rule_model import RuleBase
from ._arith import holds_word

NAME = "ordinal"


class Rule(RuleBase):
    kind: Literal["ordinal"]


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("sequence"):
        prev, nxt = ctx.figure(rel.roles["previous"]), ctx.figure(rel.roles["next"])
        p, n = int(prev.claim.value or 0), int(nxt.claim.value or 0)
        verdict = Verdict.CONSISTENT if n == p + 1 else Verdict.INCONSISTENT
        yield Outcome(
            verdict=verdict, claims=[nxt.id, prev.id], primary=nxt.id,
            explanation=f"'{nxt.claim.text}' follows '{prev.claim.text}': " + holds_word(verdict),
            arithmetic=f"{p} + 1 = {p + 1}; the text says {n}",
            expected=str(p + 1), found=nxt.claim.text, tolerance="none",
            values={"previous": prev.claim.text, "next": nxt.claim.text,
                    "expected_next": str(p + 1)})
