"""change: a stated change agrees with the old and new figures it joins.

One kind, several aspects (a rule picks one):
- ``direction``: "rose to X from Y" needs X above Y (a rise reported as a fall changes the
  conclusion: escalated);
- ``percent``: "rose 5% to X from Y" needs (X − Y) / Y = 5% within rounding;
- ``points``: "rose 2 percentage points to 7.5% from 5.5%" needs 7.5 − 5.5 = 2; and a change in
  percent between two percentages that only fits as points ("rose 2% to 7.5% from 5.5%") is the
  percent-for-points slip;
- ``multiple``: "doubled to X from Y" needs X / Y = 2 within ``multiple-tolerance``;
- ``absolute``: "rose by 5 to 20 from 15" needs 20 − 15 = 5.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Iterator, Literal

from pydantic import Field

from ...claims import Figure
from ...intervals import Interval, Verdict, at_most, to_fraction
from ...models import ClaimKind
from ..context import Context, Outcome
from ..rule_model import Escalating, Rounding
from ._arith import point, agree, div, holds_word, printed, scale_slip, show

NAME = "change"


class Rule(Escalating, Rounding):
    kind: Literal["change"]
    aspect: Literal["direction", "percent", "points", "multiple", "absolute"]
    multiple_tolerance: float = Field(
        0.1, ge=0, lt=1, alias="multiple-tolerance",
        description="relative slack for 'doubled', 'tripled', 'threefold' (0.1: doubled is a "
                    "ratio of 1.8 to 2.2)")


def _levels(rule: Rule, new: Figure, old: Figure) -> tuple[Interval, Interval]:
    return printed(new, rule.rounding, rule.round_counts), printed(old, rule.rounding,
                                                                    rule.round_counts)


def _direction(rel) -> str:
    return rel.cue.split(":", 1)[0]


def _word(rel) -> str:
    return rel.cue.split(": ", 1)[1] if ": " in rel.cue else rel.cue


def _tolerance(rule: Rule) -> str:
    return f"figures as printed, rounded by {' or '.join(rule.rounding)}"


def _direction_verdict(direction: str, new: Interval, old: Interval) -> Verdict:
    return at_most(old, new) if direction == "rise" else at_most(new, old)


def evaluate(rule: Rule, ctx: Context) -> Iterator[Outcome]:
    for rel in ctx.relations_of("change"):
        if "old" not in rel.roles:
            continue  # "rose 32,000 to 1.41 million": no old level printed to measure from
        new, old = ctx.figure(rel.roles["new"]), ctx.figure(rel.roles["old"])
        size = ctx.figure(rel.roles["change"]) if "change" in rel.roles else None
        direction, word = _direction(rel), _word(rel)
        if direction not in ("rise", "fall"):
            continue  # "50 cts vs 40 cts": two periods side by side, no change stated
        new_iv, old_iv = _levels(rule, new, old)
        moved = _direction_verdict(direction, new_iv, old_iv)
        out = None
        if _far_apart(new, old):
            continue  # "4.80 … from 3.50 billion": one of them is not read right
        if rule.aspect == "direction":
            out = _check_direction(rule, rel, new, old, new_iv, old_iv, direction, word, moved)
        elif size is None or moved is Verdict.INCONSISTENT:
            continue  # nothing to measure, or the direction rule speaks for it
        elif rule.aspect == "percent" and size.claim.kind is ClaimKind.PERCENT:
            out = _check_percent(rule, new, old, size, new_iv, old_iv, direction, word)
        elif rule.aspect == "points" and new.claim.kind is ClaimKind.PERCENT and \
                size.claim.kind in (ClaimKind.PERCENT, ClaimKind.PERCENTAGE_POINTS):
            out = _check_points(rule, new, old, size, new_iv, old_iv, direction, word)
        elif rule.aspect == "multiple" and size.claim.kind is ClaimKind.MULTIPLE:
            out = _check_multiple(rule, new, old, size, new_iv, old_iv, word)
        elif rule.aspect == "absolute" and size.claim.kind in (
                ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY) and \
                size.claim.kind is new.claim.kind:
            out = _check_absolute(rule, new, old, size, new_iv, old_iv, direction, word)
        if out is not None:
            yield out


def _check_direction(rule, rel, new, old, new_iv, old_iv, direction, word, verdict):
    sign = ">" if direction == "rise" else "<"
    return Outcome(
        verdict=verdict, claims=[new.id, old.id], primary=new.id,
        explanation=f"'{word}' to {new.claim.text} from {old.claim.text}: a {direction} needs "
                    f"the new figure {'above' if direction == 'rise' else 'below'} the old: "
                    + holds_word(verdict),
        arithmetic=f"{show(new_iv)} {sign if verdict is not Verdict.INCONSISTENT else '≯' if sign == '>' else '≮'} {show(old_iv)}",
        expected=f"{sign} {old.claim.text}", found=new.claim.text,
        tolerance=_tolerance(rule),
        values={"new": new.claim.text, "old": old.claim.text, "word": word,
                "direction": direction},
        escalation="a rise reported as a fall" if direction == "fall" else
        "a fall reported as a rise")


def _relative(new_iv: Interval, old_iv: Interval) -> Interval:
    return (div(new_iv, old_iv) - Interval.exact(1)).scale(100)


def _signed(stated: Interval, direction: str) -> Interval:
    return stated if direction == "rise" else stated.scale(-1)


def _check_percent(rule, new, old, size, new_iv, old_iv, direction, word):
    if new.claim.kind is ClaimKind.PERCENT:
        # Between two percentages "rose 2%" may mean points: the points rule decides.
        points = new_iv - old_iv
        if agree(points, _signed(printed(size, rule.rounding), direction)) is not \
                Verdict.INCONSISTENT:
            return None
    if old_iv.lower is None or old_iv.lower <= 0:
        return None
    implied = _relative(new_iv, old_iv)
    stated = _signed(printed(size, rule.rounding), direction)
    verdict = agree(implied, stated)
    exact = _relative(point(new), point(old))
    escalation = None
    if verdict is Verdict.INCONSISTENT and scale_slip(div(
            implied.scale(Fraction(1, 100)) + Interval.exact(1),
            stated.scale(Fraction(1, 100)) + Interval.exact(1))):
        escalation = "the figures differ by a scale word (million for billion)"
    return Outcome(
        verdict=verdict, claims=[size.id, new.id, old.id], primary=size.id,
        explanation=f"from {old.claim.text} to {new.claim.text} is a change of "
                    f"{show(exact, 3)}%; the text says '{word} {size.claim.text}': "
                    + holds_word(verdict),
        arithmetic=f"({new.claim.text} − {old.claim.text}) ÷ {old.claim.text} × 100 = "
                   f"{show(exact, 3)}% (as printed: {show(implied, 3)}%); "
                   f"'{word} {size.claim.text}' allows {show(stated, 3)}%",
        expected=f"{show(exact, 3)}%", found=f"{word} {size.claim.text}",
        tolerance=_tolerance(rule),
        values={"new": new.claim.text, "old": old.claim.text, "change": size.claim.text,
                "computed": f"{show(exact, 3)}%", "word": word},
        escalation=escalation)


def _check_points(rule, new, old, size, new_iv, old_iv, direction, word):
    points = new_iv - old_iv
    exact = point(new) - point(old)
    stated = _signed(printed(size, rule.rounding), direction)
    if size.claim.kind is ClaimKind.PERCENTAGE_POINTS:
        verdict = agree(points, stated)
        how = "a change of"
    else:
        # "rose 2% to 7.5% from 5.5%": wrong as percent, right as points?
        if old_iv.lower is None or old_iv.lower <= 0:
            return None
        relative = agree(_relative(new_iv, old_iv), stated)
        as_points = agree(points, stated)
        if relative is not Verdict.INCONSISTENT or as_points is Verdict.INCONSISTENT:
            verdict = Verdict.CONSISTENT if relative is Verdict.CONSISTENT else \
                Verdict.UNDETERMINED
        else:
            verdict = Verdict.INCONSISTENT
        how = "percent where points are meant: a change of"
    return Outcome(
        verdict=verdict, claims=[size.id, new.id, old.id], primary=size.id,
        explanation=f"from {old.claim.text} to {new.claim.text} is {show(exact, 3)} "
                    f"percentage points; the text says '{word} {size.claim.text}': "
                    + holds_word(verdict),
        arithmetic=f"{new.claim.text} − {old.claim.text} = {show(exact, 3)} points (as "
                   f"printed: {show(points, 3)}); '{size.claim.text}' allows {show(stated, 3)}"
                   + ("" if size.claim.kind is ClaimKind.PERCENTAGE_POINTS else
                      f"; as a relative change it would be {show(_relative(point(new), point(old)), 3)}%"),
        expected=f"{show(exact, 3)} points", found=f"{word} {size.claim.text}",
        tolerance=_tolerance(rule),
        values={"new": new.claim.text, "old": old.claim.text, "change": size.claim.text,
                "computed": f"{show(exact, 3)} points", "word": word, "how": how})


def _check_multiple(rule, new, old, size, new_iv, old_iv, word):
    if old_iv.lower is None or old_iv.lower <= 0:
        return None
    ratio = div(new_iv, old_iv)
    slack = to_fraction(rule.multiple_tolerance)
    m = size.interval
    allowed = Interval(None if m.lower is None else m.lower * (1 - slack),
                       None if m.upper is None else m.upper * (1 + slack))
    verdict = agree(ratio, allowed)
    exact = div(point(new), point(old))
    escalation = None
    if verdict is Verdict.INCONSISTENT and m.upper is not None and m.lower is not None and (
            (m.lower > 1 and ratio.upper is not None and ratio.upper < 1) or
            (m.upper < 1 and ratio.lower is not None and ratio.lower > 1)):
        escalation = "a rise reported as a fall" if m.upper < 1 else "a fall reported as a rise"
    return Outcome(
        verdict=verdict, claims=[size.id, new.id, old.id], primary=size.id,
        explanation=f"{new.claim.text} is {show(exact, 3)} times {old.claim.text}; the text "
                    f"says '{word}': " + holds_word(verdict),
        arithmetic=f"{new.claim.text} ÷ {old.claim.text} = {show(exact, 3)} (as printed: "
                   f"{show(ratio, 3)}); '{word}' allows {show(allowed, 3)}",
        expected=f"× {show(exact, 3)}", found=word,
        tolerance=f"'{word}' ± {rule.multiple_tolerance:.0%}; {_tolerance(rule)}",
        values={"new": new.claim.text, "old": old.claim.text, "change": word,
                "computed": f"× {show(exact, 3)}", "word": word},
        escalation=escalation)


def _check_absolute(rule, new, old, size, new_iv, old_iv, direction, word):
    diff = new_iv - old_iv
    exact = point(new) - point(old)
    # "slid 300 stg": an absolute change is often a round figure.
    stated = _signed(printed(size, rule.rounding, rule.round_counts, min_round=100), direction)
    verdict = agree(diff, stated)
    return Outcome(
        verdict=verdict, claims=[size.id, new.id, old.id], primary=size.id,
        explanation=f"from {old.claim.text} to {new.claim.text} is a change of {show(exact)}; "
                    f"the text says '{word} {size.claim.text}': " + holds_word(verdict),
        arithmetic=f"{new.claim.text} − {old.claim.text} = {show(exact)} (as printed: "
                   f"{show(diff)}); '{size.claim.text}' allows {show(stated)}",
        expected=show(exact), found=f"{word} {size.claim.text}",
        tolerance=_tolerance(rule),
        values={"new": new.claim.text, "old": old.claim.text, "change": size.claim.text,
                "computed": show(exact), "word": word})


def _far_apart(new: Figure, old: Figure) -> bool:
    """Two levels a hundredfold apart or more: a scale word missed on one of them (or money
    against cents), not a change anyone would print."""
    a, b = new.claim.value, old.claim.value
    if not a or not b:
        return False
    r = abs(a / b)
    if not (r >= 100 or r <= 0.01):
        return False
    # Both printed with a scale word ("$1.2bn from $1.14m"): a real million-for-billion slip.
    return not (_SCALED.search(new.claim.text) and _SCALED.search(old.claim.text))


_SCALED = re.compile(r"\d\s*(?:m|bn|k|mn|mln|bln|trn|tn|million|billion|trillion|thousand)\b",
                     re.I)
