"""expression: a comparison over metric keys that must hold in one article
(``hostages.dead_held <= hostages.held <= hostages.seized``), parsed by the engine's own
parser (``factcheck.engine.expression``), never ``eval``.

The claims carry their metric key (from the topic packs). Every combination of one claim per
key is checked (at most ``max-combinations``), each over intervals; with ``same-as-of`` only
claims that hold on one date are combined, and only claims within ``scope`` (one paragraph by
default). A link between two claims the text already relates as part and whole is left to
AR001.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Iterator, Literal

from pydantic import Field, field_validator

from ...intervals import Interval, Verdict
from ..context import Context, Outcome
from ..expression import Comparison, ExpressionError, _keys, parse, render
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
    scope: Literal["sentence", "paragraph", "article"] = Field(
        "paragraph", description="which claims are combined: those of one sentence, one "
                                 "paragraph (an article's paragraphs often report different "
                                 "moments) or the whole article")

    @field_validator("expression")
    @classmethod
    def _parses(cls, value: str) -> str:
        try:
            parse(value)
        except ExpressionError as exc:
            raise ValueError(f"cannot parse the expression: {exc}") from None
        return value


@lru_cache(maxsize=64)
def _parsed(expression: str) -> Comparison:
    """A rule's expression parsed once, not once per document (the tree is immutable)."""
    return parse(expression)


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    comparison = _parsed(rule.expression)
    by_key = {k: [f for f in ctx.figures if f.claim.metric == k and f.claim.value is not None]
              for k in comparison.keys}
    present = [k for k in comparison.keys if by_key[k]]
    # A chain is checked link by link: "a <= b <= c" with no c in the article still checks
    # a <= b.
    links = [k for k in range(len(comparison.ops))
             if all(key in present for key in _keys(comparison.operands[k])
                    + _keys(comparison.operands[k + 1]))]
    if not links:
        return
    used = [k for k in present if any(k in _keys(comparison.operands[i]) + _keys(
        comparison.operands[i + 1]) for i in links)]
    combos = itertools.islice(itertools.product(*(by_key[k] for k in used)),
                              rule.max_combinations)
    related = {frozenset((r.roles["part"], r.roles["whole"])) for r in ctx.relations_of("subset")}
    for combo in combos:
        if rule.same_as_of and len({f.claim.as_of for f in combo}) > 1:
            continue
        if rule.scope == "sentence" and len({f.sentence.index for f in combo}) > 1:
            continue
        if rule.scope == "paragraph" and len({f.sentence.paragraph for f in combo}) > 1:
            continue
        chosen = dict(zip(used, combo))
        results = [r for r in evaluate_expression(comparison, lambda k: printed(chosen[k])
                                                  if k in chosen else Interval(None, None))
                   if r[4] in links]
        # A link between two claims the text already relates as part and whole is AR001's
        # ("251 hostages, 297 of whom are still held"): one slip, one finding.
        results = [r for r in results if frozenset(
            chosen[key].id for key in _keys(comparison.operands[r[4]])
            + _keys(comparison.operands[r[4] + 1])) not in related]
        if not results:
            continue
        verdict = Verdict.all_of(v for v, *_ in results)
        steps = []
        for v, op, left, right, k in results:
            sign = _SIGN_FAILED[op] if v is Verdict.INCONSISTENT else _SIGN[op]
            steps.append(f"{render(comparison.operands[k])} {sign} "
                         f"{render(comparison.operands[k + 1])}: {show(left)} {sign} "
                         f"{show(right)}: {holds_word(v)}")
        bound = "; ".join(f"{k} = {f.claim.text}" for k, f in chosen.items())
        primary = max(combo, key=lambda f: f.start)
        failed = [r for r in results if r[0] is Verdict.INCONSISTENT]
        if failed:
            k = failed[0][4]
            involved = [chosen[key] for key in _keys(comparison.operands[k])
                        + _keys(comparison.operands[k + 1])]
            primary = max(involved, key=lambda f: f.start)
        yield Outcome(
            verdict=verdict, claims=[f.id for f in combo], primary=primary.id,
            explanation=f"{rule.expression} with {bound}: {holds_word(verdict)}",
            arithmetic="; ".join(steps),
            expected=rule.expression, found=bound,
            tolerance="each figure as printed (rounding by nearest or truncate) with its hedge",
            values={"expression": rule.expression, "values": bound})
