"""breakdown: listed parts sum to their whole ("comprising 120 soldiers, 100 police and 80
medics" of "a 300-strong force"), or stay at or below it when the list is partial
("32,000 tonnes, including 24,000 for Egypt, 6,000 for Tanzania and 2,000 for Mauritania")."""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from ...intervals import Verdict, at_most, within
from ..context import Context, Outcome
from ..rule_model import Escalating, Rounding
from ._arith import point, holds_word, printed, scale_slip, show, total, div
from ._labels import label

NAME = "breakdown"


class Rule(Escalating, Rounding):
    kind: Literal["breakdown"]
    mode: Literal["complete", "partial"] = Field(
        description="complete: the parts must sum to the whole ('comprising', 'made up of'); "
                    "partial: their sum must not exceed it ('including', 'of which')")


def _tolerance(rule: Rule) -> str:
    how = " or ".join(rule.rounding)
    counts = "; round counts (24,000) as rounded to their last non-zero digit" \
        if rule.round_counts else ""
    return f"every figure as printed, rounded by {how}{counts}"


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("breakdown"):
        complete = rel.cue.startswith("complete:")
        if complete != (rule.mode == "complete"):
            continue
        whole = ctx.figure(rel.roles["whole"])
        parts = [ctx.figure(rel.roles[k]) for k in sorted(
            (k for k in rel.roles if k.startswith("part")), key=lambda k: int(k[4:]))]
        whole_iv = printed(whole, rule.rounding, rule.round_counts)
        part_ivs = [printed(p, rule.rounding, rule.round_counts) for p in parts]
        s = total(part_ivs)
        verdict = within(s, whole_iv) if complete else at_most(s, whole_iv)
        shown_parts = " + ".join(p.claim.text for p in parts)
        exact_sum = total(point(p) for p in parts)
        op = "=" if complete else "≤"
        escalation = None
        if verdict is Verdict.INCONSISTENT and scale_slip(div(s, whole_iv)):
            escalation = "the parts and the whole differ by a scale word (million for billion)"
        yield Outcome(
            verdict=verdict,
            claims=[whole.id] + [p.id for p in parts],
            primary=parts[-1].id if verdict is Verdict.INCONSISTENT else whole.id,
            explanation=f"{shown_parts} {op} {label(whole)} ('{rel.cue.split(': ', 1)[1]}'): "
                        + holds_word(verdict),
            arithmetic=f"{shown_parts} = {show(exact_sum)}; as printed the parts allow "
                       f"{show(s)} and the whole {show(whole_iv)}: "
                       f"{show(s)} {op if verdict is not Verdict.INCONSISTENT else '≠' if complete else '>'} "
                       f"{show(whole_iv)}",
            expected=f"{op} {whole.claim.text}",
            found=f"{show(exact_sum)} ({shown_parts})",
            tolerance=_tolerance(rule),
            values={"whole": label(whole), "parts": shown_parts, "sum": show(exact_sum),
                    "cue": rel.cue.split(": ", 1)[1]},
            escalation=escalation,
        )
