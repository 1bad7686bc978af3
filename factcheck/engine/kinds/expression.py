"""expression: a comparison over metric keys that must hold in one article
(``hostages.dead_held <= hostages.held <= hostages.seized``), parsed by the engine's own
parser (``factcheck.engine.expression``), never ``eval``.

The claims carry their metric key (from the topic packs). Every combination of one claim per
key is checked (at most ``max-combinations``), each over intervals; with ``same-as-of`` only
claims that hold on one date are combined.
"""

from __future__ import annotations

import itertools
from typing import Iterator, Literal

from pydantic import Field, field_validator

from ...intervals import Verdict
from ..context import Context, Outcome
from ..expression import ExpressionError, parse, render
from ..expression import evaluate as evaluate_expression
from ..rule_model import RuleBase
from ._arith import holds_word, printed, show

NAME = "expression"
_SIGN_FAILED = {"<=": ">", "<": "≥", ">=": "<", ">": "≤", "==": "≠", "!=": "="}
_SIGN = {"<=": "≤", "<": "<", ">=": "≥", ">": ">", "==": "=", "!=": "≠"}


class Rule(RuleBase):
    kind: Literal["expression"]
    expression: str = Field(description="comparisons and + - * / over metric keys and numbers")
    same_as_of: bool = Field(True, alias="same-as-of",
                             description="combine only claims that hold on the same date")
    max_combinations: int = Field(50, ge=1, alias="max-combinations")

    @field_validator("expression")
    @classmethod
    def _parses(cls, value: str) -> str:
        try:
            parse(value)
        except ExpressionError as exc:
            raise ValueError(f"cannot parse the expression: {exc}") from None
        return value


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    comparison = parse(rule.expression)
    keys = comparison.keys
    by_key = {k: [f for f in ctx.figures if f.claim.metric == k and f.claim.value is not None]
              for k in keys}
    if not all(by_key.values()):
        return
    combos = itertools.islice(itertools.product(*(by_key[k] for k in keys)),
                              rule.max_combinations)
    for combo in combos:
        if rule.same_as_of and len({f.claim.as_of for f in combo}) > 1:
            continue
        chosen = dict(zip(keys, combo))
        links = evaluate_expression(comparison, lambda k: printed(chosen[k]))
        verdict = Verdict.all_of(v for v, *_ in links)
        failed = [link for link in links if link[0] is Verdict.INCONSISTENT]
        steps = []
        for v, op, left, right, k in links:
            sign = _SIGN_FAILED[op] if v is Verdict.INCONSISTENT else _SIGN[op]
            steps.append(f"{render(comparison.operands[k])} {sign} "
                         f"{render(comparison.operands[k + 1])}: {show(left)} {sign} "
                         f"{show(right)}: {holds_word(v)}")
        bound = "; ".join(f"{k} = {f.claim.text}" for k, f in chosen.items())
        primary = max(combo, key=lambda f: f.start)
        if failed:
            k = failed[0][4]
            involved = [chosen[key] for key in keys if key in
                        render(comparison.operands[k]) + " " + render(comparison.operands[k + 1])]
            if involved:
                primary = max(involved, key=lambda f: f.start)
        yield Outcome(
            verdict=verdict, claims=[f.id for f in combo], primary=primary.id,
            explanation=f"{rule.expression} with {bound}: {holds_word(verdict)}",
            arithmetic="; ".join(steps),
            expected=rule.expression, found=bound,
            tolerance="each figure as printed (rounding by nearest or truncate) with its hedge",
            values={"expression": rule.expression, "values": bound})
