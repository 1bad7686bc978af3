"""Breakdowns: a whole and its listed parts.

"32,000 tonnes, including 24,000 for Egypt, 6,000 for Tanzania and 2,000 for Mauritania" is a
*partial* breakdown (the parts stay at or below the whole); "a 300-strong force comprising 120
soldiers, 100 police and 80 medics" is a *complete* one (the parts sum to the whole). The
relation's roles are ``whole`` and ``part1``, ``part2``, …; its cue says which it is.
"""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind
from .common import S, gap, noun, nouns_summable, usable
from .subset import PERSON_NOUNS
from .relations import Relations

_COMPLETE = (r"comprising|consisting{S}of|made{S}up{S}of|split{S}(?:between|into)|divided{S}"
             r"(?:between|into)|broken{S}down{S}(?:as|into)|which{S}breaks{S}down{S}(?:as|into)")
_PARTIAL = r"including|of{S}which|among{S}them|among{S}whom|such{S}as"
# Between the whole (its noun, a few words) and the cue; then at most a few words before the
# first part ("including some 24,000", "of which about").
_CUE = re.compile(
    rf"^(?P<lead>(?:{S}?[A-Za-z][\w'’-]*){{0,5}})[ \t\u00a0]*,?{S}?\(?(?P<cue>"
    + _COMPLETE.format(S=S) + "|" + _PARTIAL.format(S=S) + rf")(?:{S}|:{S}?)$", re.I)
_COMPLETE_RE = re.compile(_COMPLETE.format(S=S), re.I)
# ``_CUE`` backtracks heavily (its lead may split a word anywhere), and it can only match a gap
# that ends with a cue, then white space or a colon. So a gap is tried only when, without that
# ending, its last word ends a cue (a cheap test on a few characters) and then a whole cue.
_CUE_LAST_WORD = re.compile(r"(?:including|comprising|of|between|into|as|which|them|whom)$",
                            re.I)
_CUE_AT_END = re.compile("(?:" + _COMPLETE.format(S=S) + "|" + _PARTIAL.format(S=S) + ")$", re.I)
_CUE_ENDING = " \t\u00a0\n:"
# "The hospital has 317 staff: 121 nurses, 104 doctors and 42 porters": a colon after the
# whole and its noun opens a complete list, when it names three parts or more.
_COLON = re.compile(rf"^(?P<lead>(?:{S}?[A-Za-z][\w'’-]*){{0,3}})[ \t\u00a0]*:{S}?$")
_COLON_MIN_PARTS = 3
# Between two listed parts: a few words (what the part is for), then a comma, "and" or ";".
_SEPARATOR = re.compile(
    rf"^(?P<words>[^\d.;:()!?%$£€¥]{{0,60}}?)(?:,{S}?(?:and{S}|with{S})?|{S}and{S}|;{S}?)$")
# Words that leave a remainder: "and the rest", "and others": the list is not complete.
_REMAINDER = re.compile(r"\b(?:rest|remainder|others?|remaining|balance)\b", re.I)
_PARTS_KINDS = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY)


def _part_fits(part: Figure, whole: Figure) -> bool:
    p, w = part.claim, whole.claim
    if not usable(part) or p.kind not in _PARTS_KINDS:
        return False
    if p.kind is w.kind:
        return p.kind is ClaimKind.COUNT or p.unit == w.unit
    # A bare count after a measure takes its unit: "32,000 tonnes, including 24,000".
    return p.kind is ClaimKind.COUNT and p.noun is None and w.kind in (ClaimKind.QUANTITY,
                                                                      ClaimKind.MONEY)


def _nouns_fit(whole: Figure, parts: list[Figure]) -> bool:
    w = noun(whole)
    if w is None:
        return True
    named = [n for n in (noun(p) for p in parts) if n]
    if any(n == w for n in named) or not named:
        return True
    people = PERSON_NOUNS | _MORE_PEOPLE
    return w in people and all(n in people for n in named)


_MORE_PEOPLE = {"porter", "cleaner", "manager", "engineer", "driver", "guard", "pilot",
                "scientist", "researcher", "lawyer", "judge", "firefighter", "paramedic",
                "medic", "volunteer", "official", "director", "executive", "farmer", "miner",
                "sailor", "marine", "airman", "officer", "recruit", "athlete", "artist"}


def breakdowns(text: str, figures: list[Figure], relations: Relations) -> None:
    for i, whole in enumerate(figures):
        if whole.claim.kind not in _PARTS_KINDS or not usable(whole) or i + 1 >= len(figures):
            continue
        first = figures[i + 1]
        if first.sentence.index != whole.sentence.index:
            continue
        between = gap(text, whole, first)
        bare = between.rstrip(_CUE_ENDING)
        colon = None
        if not _CUE_LAST_WORD.search(bare[-12:]) or not _CUE_AT_END.search(bare):
            if ":" not in between[-3:] or len(between) > 60 or \
                    not (colon := _COLON.match(between)):
                continue
            m = None
        else:
            m = _CUE.match(between)
            if not m:
                continue
        parts = [first]
        j = i + 1
        while j + 1 < len(figures):
            nxt = figures[j + 1]
            if nxt.sentence.index != whole.sentence.index:
                break
            between = gap(text, figures[j], nxt)
            sep = _SEPARATOR.match(between)
            if not sep or not _part_fits(nxt, whole):
                break
            # "six flights, including four non-stop flights, and three via Anchorage": a comma
            # before "and" after a single part closes the inner list.
            if len(parts) == 1 and re.search(r",\s*and\b", between):
                break
            parts.append(nxt)
            j += 1
        if len(parts) < (_COLON_MIN_PARTS if colon else 2) or \
                not all(_part_fits(p, whole) for p in parts):
            continue
        tail = text[parts[-1].end:whole.sentence.end]
        cue = ":" if colon else m.group("cue")
        complete = colon is not None or bool(_COMPLETE_RE.fullmatch(re.sub(r"\s+", " ", cue)))
        if complete and _REMAINDER.search(tail[:60]):
            complete = False
        # "Comprising" promises disjoint parts; "including" lists may overlap.
        if not complete and not nouns_summable(parts):
            continue
        # The parts must count what the whole counts: "439 from 16 airlines, comprising 275
        # firm orders and 164 options", "1.25 mln units, consisting of two shares and one
        # warrant" are not breakdowns of the figure before the cue.
        if not _nouns_fit(whole, parts):
            continue
        roles = {"whole": whole.id} | {f"part{k + 1}": p.id for k, p in enumerate(parts)}
        relations.add("breakdown", roles, ("complete: " if complete else "partial: ") + cue)
