"""Subset relations: "251 hostages, 97 of whom", "including 33", "13 out of 659 MPs".

A part printed without its noun ("97 of whom") takes the noun of its whole.
"""

from __future__ import annotations

import re

from ..claims import Figure
from ..models import ClaimKind, Relation
from ..recognise.lexicon import singular
from ..recognise.lexicon import SPACE
from .relations import Relations

_S = SPACE
# "97 of whom": the figure before names the whole. "of them/these/those" refers back less
# surely ("if he put six of them together"), so it needs its whole close by, over a comma.
_OF_WHOM_AFTER = re.compile(rf"{_S}(of{_S}(?:whom|which))\b", re.I)
_OF_THEM_AFTER = re.compile(rf"{_S}(of{_S}(?:them|these|those))\b", re.I)
_PART_CUE_BEFORE = re.compile(
    rf"\b(including|among{_S}them|among{_S}whom|of{_S}whom|of{_S}which|of{_S}them|"
    rf"of{_S}these|of{_S}those)(?:[ \t\u00a0,]+\n?[ \t\u00a0]*|\n[ \t\u00a0]*)$", re.I)
# "13 out of 659 MPs", "11 of these 37 fields", "297 of the 251 hostages".
_OUT_OF_BETWEEN = re.compile(
    rf"^{_S}(out{_S}of|of(?:{_S}(?:these|those))?)(?:{_S}(?:the|its|their|a{_S}total{_S}of))?{_S}$",
    re.I)
# "took $28.5m (£15.2m), making a total of $204.3m", "killed 40 more people, bringing the death
# toll to 41,252": a new amount and the running total it joins. The amount's conversion may
# stand between, in brackets. Plain spaces only (\s+): the pattern has word loops, and SPACE,
# which can split one run of spaces two ways, would make them backtrack exponentially.
_RUNNING_TOTAL_BETWEEN = re.compile(
    r"(?:\s*\((?:about\s+|around\s+|some\s+)?[£$€¥₹][\d.,]+\s*(?:bn|m|k|million|billion)?\))?"
    r"(?P<words>(?:\s+[a-z][a-z'’-]*){0,4}?),\s+(?:making|bringing|taking|raising|pushing|"
    r"lifting)\s+(?:(?:a|the|its|their|his|her)\s+)?(?:[a-z][a-z'’-]*\s+){0,2}?"
    r"(?P<cue>total|tally|toll)(?:\s+takings)?\s+(?:of|to)\s+", re.I)
# Only an amount plainly added to the total: a word of addition after it, or a verb of taking
# or adding before it; never one that takes away ("fell by $500m", "a loss of $50m", "wounded
# 40 others, bringing the death toll to 12").
_ADDED_AFTER = re.compile(r"\b(?:more|another|further|additional|extra|new)\b", re.I)
_ADDED_BEFORE = re.compile(r"\b(?:took|takes|taken|taking|grossed|earned|raised|added|adds|sold|"
                           r"won|gained|bought|hired|created|killed|kills)\b[^.;,]{0,30}$", re.I)
_TAKEN_AWAY = re.compile(r"\b(?:fell|falls?|fallen|dropped|drops?|lost|loss|losses|repaid|repay|"
                         r"cut|down|lower|less|fewer|wounded|injured|hurt|missing|deficit|debts?)\b",
                         re.I)
_TOLL_STATES = {"dead", "killed"}

# "Of the 251 hostages seized, 105 were released": a whole named at the head of a clause, and
# the first figure after the comma is a part of it.
_OF_THE = rf"(?:of|among){_S}(?:the|those|these|its|their|his|her|our|all){_S}"
_OF_THE_OPENS_SENTENCE = re.compile(rf"[\"“(]?{_OF_THE}", re.I)
_OF_THE_OPENS_CLAUSE = re.compile(rf"(?:[;:]{_S}|\b(?:and|but|while|whereas){_S}){_OF_THE}$",
                                  re.I)
_OF_THE_REACH = 80  # characters from the whole to its part

# Nouns for people: a part counted in one ("16,000 children") of a whole counted in another
# ("41,252 people") is still a subset; other differing nouns ("13 exchanges including 68,000
# lines") are not.
PERSON_NOUNS = {
    "people", "person", "civilian", "child", "woman", "man", "soldier", "troop", "hostage",
    "captive", "prisoner", "detainee", "worker", "employee", "staff", "resident", "patient",
    "student", "voter", "member", "fighter", "militant", "police", "officer", "victim",
    "passenger", "fan", "player", "user", "customer", "mp", "refugee", "migrant", "journalist",
    "teenager", "adult", "boy", "girl", "baby", "infant", "pupil", "teacher", "doctor", "nurse",
    "citizen", "national", "foreigner", "tourist", "visitor", "casualty", "death", "body",
    "protester", "demonstrator", "suspect", "candidate", "delegate", "senator", "lawmaker",
}
COUNTABLE = (ClaimKind.COUNT, ClaimKind.MONEY)
_MEASURES = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY)
# A whole that a part says "of whom" about sits close before it, over a comma.
_NEAR = 80


def _compatible(part: Figure, whole: Figure) -> bool:
    """Can ``part`` be a part of ``whole``: the same kind and currency or unit (a bare count
    after a measure takes the measure's unit: "32,000 tonnes, including 24,000"), and, where
    both print one, the same counted noun or two nouns for people."""
    p, w = part.claim, whole.claim
    if p.kind is not w.kind:
        if not (p.kind is ClaimKind.COUNT and p.noun is None and w.kind is ClaimKind.QUANTITY):
            return False
    elif p.kind in (ClaimKind.MONEY, ClaimKind.QUANTITY) and p.unit != w.unit:
        return False
    if p.noun and w.noun and p.kind is w.kind:
        pn, wn = singular(p.noun), singular(w.noun)
        return pn == wn or (pn in PERSON_NOUNS and wn in PERSON_NOUNS)
    return True


def _whole_before(text: str, figures: list[Figure], i: int, part: Figure) -> Figure | None:
    """The nearest measure before ``i``, close by in the same sentence, if ``part`` can be
    part of it. A nearer measure of another kind stops the search: "Four ships are loading
    32,000 tonnes, including 24,000" is about the tonnes."""
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.sentence.index != part.sentence.index or part.start - other.end > _NEAR:
            return None
        if other.claim.kind in _MEASURES and other.token.label is None:
            if _is_modifier(text, other):
                continue
            return other if _compatible(part, other) else None
    return None


def _is_modifier(text: str, fig: Figure) -> bool:
    """'32-bit', 'two-for-one': a figure glued to a word by a hyphen modifies it."""
    return text[fig.end:fig.end + 1] == "-" and text[fig.end + 1:fig.end + 2].isalpha()


def subsets(text: str, figures: list[Figure], i: int, relations: Relations) -> None:
    fig = figures[i]
    prev = figures[i - 1] if i else None
    nxt = figures[i + 1] if i + 1 < len(figures) else None
    # "97 of whom": this figure is part of the one before; but in "150,000, of which 140,000"
    # the figure after the cue is the part, and its own cue links it.
    m = _OF_WHOM_AFTER.match(text, fig.end)
    if m is None and (t := _OF_THEM_AFTER.match(text, fig.end)) and prev is not None and \
            prev.sentence.index == fig.sentence.index and fig.start - prev.end <= 30 and \
            "," in text[prev.end:fig.start] and (prev.claim.value or 0) > 1:
        m = t
    if m and nxt is not None and not text[m.end():nxt.start].strip(" \t\n,"):
        m = None
    cue_before = _PART_CUE_BEFORE.search(text, max(fig.sentence.start, fig.start - 30), fig.start)
    if cue_before and prev is not None and not text[prev.end:cue_before.start()].strip(" \t\n,") \
            and cue_before.group(1).lower().split()[-1] in ("these", "those", "them"):
        cue_before = None  # "11 of these 37": the figure after the cue is the whole
    if m or cue_before:
        whole = _whole_before(text, figures, i, fig)
        if whole is not None and (cue_before or "," in text[whole.end:fig.start]):
            cue = m.group(1) if m else cue_before.group(1)
            relations.add("subset", {"part": fig.id, "whole": whole.id}, cue)
    # Counts of things only: a contribution such as "Of the 0.7 point contribution, the
    # private sector accounted for 1.1 point" may have parts that cancel.
    if fig.claim.kind is ClaimKind.COUNT and fig.claim.value is not None and \
            fig.claim.value == int(fig.claim.value) and (
            _OF_THE_OPENS_SENTENCE.fullmatch(text, fig.sentence.start, fig.start)
            or _OF_THE_OPENS_CLAUSE.search(text, max(fig.sentence.start, fig.start - 30),
                                           fig.start)):
        part = _part_after_comma(text, figures, i)
        # "Of the 251 hostages, 97 of whom are held": the part's own cue links it
        if part is not None and _compatible(part, fig) and not _OF_WHOM_AFTER.match(text,
                                                                                   part.end):
            relations.add("subset", {"part": part.id, "whole": fig.id}, "of the")
    _running_total(text, figures, i, relations)
    # "13 out of 659 MPs", "11 of these 37 fields": this figure is part of the next one.
    if nxt is not None:
        bm = _OUT_OF_BETWEEN.match(text[fig.end:nxt.start])
        if bm and nxt.sentence.index == fig.sentence.index and nxt.claim.qualifier is None and \
                _compatible(fig, nxt) and not _is_modifier(text, nxt) and \
                (fig.claim.kind is ClaimKind.COUNT or bm.group(1).lower().startswith("out")) \
                and not (nxt.token.spelled and bm.group(1).lower() == "of"):
            # "35,000 of the two models": a few spelled kinds, not a whole of items.
            relations.add("subset", {"part": fig.id, "whole": nxt.id}, bm.group(1))



def _running_total(text: str, figures: list[Figure], i: int, relations: Relations) -> None:
    part = figures[i]
    if part.claim.kind not in COUNTABLE or part.claim.value is None or part.claim.value <= 0:
        return
    for whole in figures[i + 1:i + 3]:  # the next figure, or the one after its conversion
        if whole.sentence.index != part.sentence.index:
            return
        m = _RUNNING_TOTAL_BETWEEN.fullmatch(text, part.end, whole.start)
        if m is None:
            continue
        before = text[max(part.sentence.start, part.start - 40):part.start]
        added = _ADDED_AFTER.search(m["words"]) or _ADDED_BEFORE.search(before)
        taken = _TAKEN_AWAY.search(before) or _TAKEN_AWAY.search(m["words"])
        if m["cue"].lower() == "toll" and not _TOLL_STATES & set(part.claim.states or ()):
            return  # a death toll adds the dead, not the wounded or the missing
        if added and not taken and _compatible(part, whole) and whole.claim.value is not None:
            relations.add("subset", {"part": part.id, "whole": whole.id},
                          f"running {m['cue'].lower()}")
        return


def _part_after_comma(text: str, figures: list[Figure], i: int) -> Figure | None:
    """The first measure after the comma that closes the clause "Of the 251 hostages seized,",
    when no other measure stands between; the clause may hold a date ("on 7 October")."""
    whole = figures[i]
    comma = text.find(",", whole.end, whole.end + _OF_THE_REACH)
    if comma < 0 or comma >= whole.sentence.end:
        return None
    for other in figures[i + 1:]:
        if other.sentence.index != whole.sentence.index or other.start - comma > _OF_THE_REACH:
            return None
        if other.claim.kind not in _MEASURES or other.token.label is not None:
            continue
        if other.start < comma or _is_modifier(text, other):
            return None  # "Of the 251 hostages, 30 children and ...": the part is not plain
        return other
    return None


def inherit_nouns(figures: list[Figure], relations: list[Relation]) -> None:
    by_id = {f.id: f for f in figures}
    for rel in relations:
        if rel.kind != "subset":
            continue
        part, whole = by_id[rel.roles["part"]].claim, by_id[rel.roles["whole"]].claim
        if part.noun is None and whole.noun is not None:
            part.noun, part.subject = whole.noun, whole.subject
            if part.kind is ClaimKind.COUNT:
                part.unit = whole.unit
