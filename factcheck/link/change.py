"""Changes: a figure that moved from an old value to a new one, and by how much.

"Sales rose 5% to $20m from $19m", "profit was up 76% to $1.13bn from $639m", "$20m, up 5%
from $19m", "the rate rose 2 percentage points to 7.5% from 5.5%", "exports doubled to $40m
from $20m", "unemployment rose by 5 to 20 from 15", "fell to 5 from 8" (direction only).

Roles: ``new``, ``old`` and, when the size of the change is printed, ``change``. The cue
starts with the direction ("rise: rose", "fall: fell") and, for a multiple, names it
("rise: doubled"). A figure id with ``#0``/``#1`` is one end of a printed range: the
recogniser reads "rose 2 pct to 7.5 pct" as the range 2–7.5 pct, and ``split_range`` takes it
apart again here (see the report on what the recogniser should change).
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..claims import Figure
from ..intervals import Interval
from ..models import ClaimKind
from ..recognise.numbers import scan
from .common import S, gap, same_measure, usable
from .relations import Relations

RISE_WORDS = (r"rose|risen|rise|rises|rising|increased|increases|increase|climbed|climbs|"
              r"climbing|gained|gains|grew|grown|grows|jumped|jumps|surged|surges|soared|"
              r"soars|advanced|advances|up|higher|improved|expanded|boosted|raised|lifted")
FALL_WORDS = (r"fell|fallen|falls|fall|falling|decreased|decreases|decrease|declined|declines|"
              r"decline|dropped|drops|drop|slipped|slips|slid|slumped|plunged|plunges|"
              r"tumbled|sank|shrank|shrunk|contracted|eased|dipped|down|lower|lowered|cut|"
              r"reduced|lost")
MULTIPLES = {"doubled": Fraction(2), "tripled": Fraction(3), "trebled": Fraction(3),
             "quadrupled": Fraction(4), "halved": Fraction(1, 2)}
_DIRECTION = re.compile(rf"\b(?:(?P<rise>{RISE_WORDS})|(?P<fall>{FALL_WORDS})|"
                        rf"(?P<multiple>{'|'.join(MULTIPLES)}|\w+-?fold))\b", re.I)
# Just before the size of the change: "rose 5%", "rose by 5%", "was up 5%", "a rise of 5%".
_SIZE_BEFORE = re.compile(rf"^(?:{S}(?:by|some|about|around|nearly|almost|roughly|a{S}further|"
                          rf"an{S}estimated|just|only|over|more{S}than|less{S}than|of))*{S}?$",
                          re.I)
_TO_BEFORE = re.compile(rf"\bto{S}(?:(?:a|an|the|about|around|some|nearly|almost|roughly|"
                        rf"record|new|high|low|of|just|over|under|only){S})*$", re.I)
_FROM_BEFORE = re.compile(rf"\b(?:from|on|over|compared{S}with|against|vs\.?|versus)"
                          rf"{S}(?:(?:a|an|the|about|around|some|nearly|almost|roughly|"
                          rf"revised|restated|year-earlier|just|only|last{S}year's|"
                          rf"[\w'’-]+{S}year's){S})*$", re.I)
# A comparison that is not a change of one figure: "rose 5% to 20 from 19 a year earlier"
# is a change; "higher than the 20 expected" is not read here.
_NEW_BEFORE_CUE = re.compile(rf"^[ \t\u00a0]*,?{S}?(?:(?:a|an|which{S}(?:is|was)|that{S}"
                             rf"(?:is|was)){S})?$", re.I)
_STOP = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|\bbut\b|\band\s+(?:its|the|their)\b", re.I)
_RANGE_TO = re.compile(rf"{S}to{S}")
_NOT_CHANGE_AFTER = re.compile(rf"{S}(?:than|of{S}the|in{S}the{S}(?:world|country))\b", re.I)

CHANGE_SIZE_KINDS = (ClaimKind.PERCENT, ClaimKind.PERCENTAGE_POINTS, ClaimKind.COUNT,
                     ClaimKind.MONEY, ClaimKind.QUANTITY)
LEVEL_KINDS = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.QUANTITY, ClaimKind.PERCENT)


def split_range(fig: Figure) -> tuple[Figure, Figure] | None:
    """The two ends of a range printed with "to" ("2 pct to 7.5 pct", "5 to 20"), each with
    its own printed precision, or None when the figure is not such a range."""
    text = fig.claim.text
    m = _RANGE_TO.search(text)
    if fig.claim.value is not None or m is None:
        return None
    left, right = scan(text[:m.start()]), scan(text[m.end():])
    if len(left) != 1 or len(right) != 1:
        return None
    lo, hi = left[0], right[0]
    if lo.value is None or hi.value is None:
        return None
    # "5 to 20 mln", "2 to 7.5 pct": the second figure's scale and kind apply to the first,
    # at the first's own printed precision.
    if lo.kind is ClaimKind.COUNT and hi.kind is not ClaimKind.COUNT:
        bare = _bare(hi.text)
        factor = hi.value / bare if bare else Fraction(1)
        decimals = len(lo.text.split(".", 1)[1]) if "." in lo.text else 0
        step = factor / 10 ** decimals
        exact = hi.interval.is_exact and hi.kind is not ClaimKind.PERCENT
        lo = replace(lo, kind=hi.kind, unit=hi.unit, value=lo.value * factor,
                     interval=Interval.exact(lo.value * factor) if exact else
                     Interval.rounded(lo.value * factor, step))
    out = []
    for k, (tok, start) in enumerate(((lo, fig.start + (fig.claim.text.find(lo.text))),
                                      (hi, fig.start + m.end()))):
        claim = fig.claim.model_copy(update={
            "id": f"{fig.id}#{k}", "text": tok.text, "number_text": tok.text,
            "value": float(tok.value), "kind": tok.kind, "unit": tok.unit,
            "lower": None if tok.interval.lower is None else float(tok.interval.lower),
            "upper": None if tok.interval.upper is None else float(tok.interval.upper)})
        out.append(Figure(claim, tok.interval, start, start + len(tok.text), tok, fig.sentence))
    return out[0], out[1]


def _bare(text: str) -> Fraction | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return Fraction(m.group(0).replace(",", "")) if m else None


def changes(text: str, figures: list[Figure], relations: Relations) -> None:
    sentences: dict[int, list[Figure]] = {}
    for f in figures:
        sentences.setdefault(f.sentence.index, []).append(f)
    for figs in sentences.values():
        _in_sentence(text, figs, relations)


def _level(fig: Figure) -> bool:
    return fig.claim.kind in LEVEL_KINDS and usable(fig) and fig.claim.value is not None


def _in_sentence(text: str, figs: list[Figure], relations: Relations) -> None:
    if not figs:
        return
    sentence = figs[0].sentence
    for cue in _DIRECTION.finditer(text, sentence.start, sentence.end):
        after = [f for f in figs if f.start >= cue.end()]
        before = [f for f in figs if f.end <= cue.start()]
        # The clause the cue governs ends at a semicolon, "while", "but", or the next cue.
        nxt = _DIRECTION.search(text, cue.end(), sentence.end)
        stop = _STOP.search(text, cue.end(), sentence.end)
        limit = min(x.start() for x in (nxt, stop) if x) if (nxt or stop) else sentence.end
        after = [f for f in after if f.end <= limit]
        size: Figure | None = None
        if cue.group("multiple"):
            # The recogniser reads "doubled", "threefold" as a multiple: that is the size.
            size = next((f for f in figs if f.claim.kind is ClaimKind.MULTIPLE and
                         f.start <= cue.start() < f.end and f.claim.value), None)
            if size is None:
                continue
            direction = "rise" if size.claim.value > 1 else "fall"
        else:
            direction = "rise" if cue.group("rise") else "fall"
        word = re.sub(r"\s+", " ", cue.group(0))
        new: Figure | None = None
        old: Figure | None = None
        rest = after
        # The size right after the cue ("rose 5%", "up by 5 to 20", a range "2 pct to 7.5 pct").
        if after and not cue.group("multiple") and \
                _SIZE_BEFORE.match(text[cue.end():after[0].start]) and \
                after[0].claim.kind in CHANGE_SIZE_KINDS and usable(after[0]):
            first = after[0]
            halves = split_range(first) if first.claim.value is None else None
            if halves:
                size, new = halves
                rest = after[1:]
            elif first.claim.value is not None and \
                    not _NOT_CHANGE_AFTER.match(text, first.end, first.end + 20):
                size = first
                rest = after[1:]
        for f in rest:
            before_text = text[max(sentence.start, f.start - 40):f.start]
            if new is None and _TO_BEFORE.search(before_text) and _level(f):
                new = f
            elif old is None and _FROM_BEFORE.search(before_text) and _level(f):
                old = f
        # "$20m, up 5% from $19m": the new figure printed before the cue.
        if new is None and before and _level(before[-1]) and \
                _NEW_BEFORE_CUE.match(text[before[-1].end:cue.start()]):
            new = before[-1]
        if new is None or old is None or not same_measure(new, old) or new.id == old.id:
            continue
        if size is not None and not _size_fits(size, new):
            size = None
        roles = {"new": new.id, "old": old.id}
        if size is not None:
            roles["change"] = size.id
        relations.add("change", roles, f"{direction}: {word}")


def _size_fits(size: Figure, new: Figure) -> bool:
    """A change in percent or points fits any level; an absolute change fits its own kind."""
    k = size.claim.kind
    if k in (ClaimKind.PERCENT, ClaimKind.MULTIPLE):
        return True
    if k is ClaimKind.PERCENTAGE_POINTS:
        return new.claim.kind is ClaimKind.PERCENT
    return same_measure(size, new) or (k is ClaimKind.COUNT and new.claim.kind is
                                       ClaimKind.COUNT)
