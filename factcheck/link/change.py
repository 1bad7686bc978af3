"""Changes: a figure that moved from an old value to a new one, and by how much.

"Sales rose 5% to $20m from $19m", "profit was up 76% to $1.13bn from $639m", "$20m, up 5%
from $19m", "the rate rose 2 percentage points to 7.5% from 5.5%", "exports doubled to $40m
from $20m", "unemployment rose by 5 to 20 from 15", "fell to 5 from 8" (direction only).

Roles: ``new``, ``old`` and, when the size of the change is printed, ``change``. The cue
starts with the direction ("rise: rose", "fall: fell") and, for a multiple, names it
("rise: doubled"); a results-table pair "50 cts vs 40 cts" states none ("level: vs"). A
figure id with ``#0``/``#1`` is one end of a printed range: the recogniser reads "rose 2 pct
to 7.5 pct" as the range 2–7.5 pct, and ``split_range`` takes it apart again here (see the
report on what the recogniser should change).
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..claims import Figure
from ..intervals import Interval
from ..models import ClaimKind
from ..recognise.numbers import scan
from .common import S, noun, same_measure, usable
from .relations import Relations

RISE_WORDS = (r"rose|risen|rise|rises|rising|increased|increases|increase|climbed|climbs|"
              r"climbing|gained|gains|grew|grown|grows|jumped|jumps|surged|surges|soared|"
              r"soars|advanced|advances|up|higher|improved|expanded|boosted|raised|lifted|"
              # of a rate or a gap: "growth accelerated to 3%", "the deficit widened to $5bn"
              r"accelerated|accelerates|quickened|widened|widens|rebounded|rebounds")
FALL_WORDS = (r"fell|fallen|falls|fall|falling|decreased|decreases|decrease|declined|declines|"
              r"decline|dropped|drops|drop|slipped|slips|slid|slumped|plunged|plunges|"
              r"tumbled|sank|shrank|shrunk|contracted|eased|dipped|down|lower|lowered|cut|"
              r"reduced|lost|"
              r"slowed|slows|decelerated|narrowed|narrows|retreated|retreats")
MULTIPLES = {"doubled": Fraction(2), "tripled": Fraction(3), "trebled": Fraction(3),
             "quadrupled": Fraction(4), "halved": Fraction(1, 2)}
_DIRECTION = re.compile(rf"\b(?:(?P<rise>{RISE_WORDS})|(?P<fall>{FALL_WORDS})|"
                        rf"(?P<multiple>{'|'.join(MULTIPLES)}|\w+-?fold))\b", re.I)
# Just before the size of the change: "rose 5%", "rose by 5%", "was up 5%", "a rise of 5%".
_SIZE_BEFORE = re.compile(rf"^(?:{S}(?:by|some|about|around|nearly|almost|roughly|a{S}further|"
                          rf"an{S}estimated|just|only|over|more{S}than|less{S}than|of))*{S}?$",
                          re.I)
_TO_BEFORE = re.compile(rf"(?<!compared )(?<!compared\n)\bto{S}(?:(?:a|an|the|about|around|some|nearly|almost|roughly|"
                        rf"record|new|high|low|of|just|over|under|only){S})*$", re.I)
# Only "from": "compared with", "against", "vs" and "on" join figures of other periods or
# other things ("an 11.6 pct fall against an 11.4 pct fall estimate", "up 14 to 164, against
# 422 one year ago", "climbed 7/8 to 34-3/4 on 615,000 shares").
_FROM_BEFORE = re.compile(rf"\bfrom"
                          rf"{S}(?:(?:a|an|the|about|around|some|nearly|almost|roughly|"
                          rf"[A-Z][a-z]+['’]s|"
                          rf"revised|restated|year-earlier|just|only|last{S}year's|"
                          rf"[\w'’-]+{S}year's){S})*$", re.I)
# A comparison that is not a change of one figure: "rose 5% to 20 from 19 a year earlier"
# is a change; "higher than the 20 expected" is not read here.
_NEW_BEFORE_CUE = re.compile(rf"^[ \t\u00a0]*,?{S}?(?:(?:a|an|which{S}(?:is|was)|that{S}"
                             rf"(?:is|was)){S})?$", re.I)
# A change word used as a noun ("a 5.4 pct rise", "the jobs gains", "the permissible cut")
# names a figure rather than moving one from old to new.
_NOUN_FORMS = {"rise", "rises", "fall", "falls", "drop", "drops", "increase", "increases",
               "decrease", "decreases", "decline", "declines", "gain", "gains", "cut", "lost",
               "growth", "higher", "lower"}
_DETERMINER_BEFORE = re.compile(
    rf"(?:\b(?:a|an|the|its|their|his|her|this|that|these|those|whose|of|any|no)|%|\bpct|"
    rf"\bpercent|\bcent|\d)(?:{S}[\w.,%'’-]+){{0,2}}{S}?$", re.I)
# Between the change word and its figures: another verb or clause ("have fallen after the group
# reported losses had deepened to £51.6m") means the figures are not its.
_CLAUSE_WORDS = re.compile(r"\b(?:after|as|when|because|since|while|reported|reports|said|says|"
                           r"which|who|whose|had|has|have|was|were|is|are|if|than)\b", re.I)
# Sentences where a rise is a smaller number (chart and table positions), or where the two
# figures are on different bases (a stock split, an exchange rate quoted the other way round).
_SKIP_SENTENCE = re.compile(
    r"\b(?:places?|positions?|spots?|ranks?|ranked|ranking|rankings|charts?|No\.|league|"
    r"table|seeded|seeding|split|pre-split|post-split|adjusted|"
    # A change on another basis than the two figures: "rose six pct on a comparable store
    # basis to 108.6 mln dlrs from 89.3 mln" (the figures are total sales).
    r"basis|same-store|like-for-like|in{S}real{S}terms|inflation-adjusted|"
    # A currency's value is often quoted the other way round: "the yen rose to 153.50 (per
    # dollar) from 154.67".
    r"(?:to|against|per){S}(?:the{S})?(?:U\.?S\.?{S})?(?:dollars?|pounds?|yen|marks?|euros?|"
    r"francs?|sterling|currency|counterpart)|yen|currency|exchange{S}rate)\b".replace("{S}", S),
    re.I)
_STOP = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|\bbut\b|\band\s+(?:its|the|their)\b", re.I)
_RANGE_TO = re.compile(rf"{S}to{S}")
_NOT_CHANGE_AFTER = re.compile(rf"{S}(?:than|of{S}the|in{S}the{S}(?:world|country))\b", re.I)
# The word ``_FROM_BEFORE`` needs, alone: a cheap test of whether a sentence may hold an old
# figure.
_FROM_OR_TO = re.compile(r"from|\bto\b", re.I)

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
        _versus(text, figs, relations)


# Results tables in wire copy: "Shr 50 cts vs 40 cts", "Net 35.4 billion won vs 34.2": this
# period's figure against the year-earlier one, printed side by side. A change from old to
# new with no direction stated, so no rule has anything to check in it; it keeps the pair from
# being read as a restatement, and a later check can compare it with the prose.
# "loss 1,791,000 vs profit 2,336,000": the sign is a word.
# "Fourth quarter turnover was $44.7bn, compared to $45.9bn a year ago" is the same pair in prose.
_VERSUS = re.compile(rf"[ \t\u00a0]*(?P<word>vs\.?|versus|,{S}compared{S}(?:with|to))"
                     r"[ \t\u00a0]+(?:(?:profit|loss|gain)[ \t\u00a0]+)?", re.I)


def _versus(text: str, figs: list[Figure], relations: Relations) -> None:
    for new, old in zip(figs, figs[1:]):
        if _level(new) and _level(old) and new.end <= old.start and \
                (m := _VERSUS.fullmatch(text, new.end, old.start)) and _comparable(new, old):
            word = " ".join(m["word"].strip(", ").lower().rstrip(".").split())
            relations.add("change", {"new": new.id, "old": old.id}, f"level: {word}")


def _comparable(new: Figure, old: Figure) -> bool:
    """The same measure; or an old figure that leaves the currency or unit unsaid ("35.4
    billion won vs 34.2"). Only for pairs no rule checks: in a stated change an unsaid unit
    may differ in scale ("lifted the dividend to 24 cents from 22") or belong to another
    figure, so there the measures must match."""
    if same_measure(new, old):
        named = {noun(new), noun(old)} - {None}
        return len(named) <= 1  # not "1,200 workers vs 14 plants"
    bare = old.claim.kind is ClaimKind.COUNT and not old.claim.unit and not old.claim.noun
    return bare and new.claim.kind in (ClaimKind.MONEY, ClaimKind.QUANTITY)


def _level(fig: Figure) -> bool:
    return fig.claim.kind in LEVEL_KINDS and usable(fig) and fig.claim.value is not None


def _in_sentence(text: str, figs: list[Figure], relations: Relations) -> None:
    if not figs:
        return
    sentence = figs[0].sentence
    # A change needs a level printed after "from" or "to" (within the 40 characters read
    # below); most sentences have none, and the searches below are costly.
    if not any(_FROM_OR_TO.search(text, max(sentence.start, f.start - 40), f.start) and
               _level(f) for f in figs):
        return
    if _SKIP_SENTENCE.search(text, sentence.start, sentence.end):
        return
    cues = list(_DIRECTION.finditer(text, sentence.start, sentence.end))
    for n, cue in enumerate(cues):
        word_lower = cue.group(0).lower()
        if word_lower in _NOUN_FORMS and _DETERMINER_BEFORE.search(
                text, max(sentence.start, cue.start() - 40), cue.start()):
            continue
        # An earlier change word of the other direction in the same clause: "revised down the
        # jobs gains from 157,000 to 133,000" (which one the figures belong to is unclear).
        breaks = [sentence.start + m.end() for m in re.finditer(
            r"[;:]", text[sentence.start:cue.start()])]
        clause_start = max([sentence.start] + breaks)
        if any(_kind(c) != _kind(cue) and c.start() >= clause_start for c in cues[:n]
               if not c.group("multiple") and not cue.group("multiple")):
            continue
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
            if _CLAUSE_WORDS.search(text, cue.end(), f.start):
                break
            before_text = text[max(sentence.start, f.start - 40):f.start]
            if new is None and _TO_BEFORE.search(before_text) and _level(f):
                new = f
            elif old is None and _FROM_BEFORE.search(before_text) and _level(f):
                old = f
        # "$20m, up 5% from $19m": the new figure printed before the cue.
        if new is None and before and _level(before[-1]) and \
                word_lower not in _NOUN_FORMS and "," in text[before[-1].end:cue.start()] and \
                _NEW_BEFORE_CUE.match(text[before[-1].end:cue.start()]):
            new = before[-1]
        if new is None or (old is None and size is None):
            continue
        if old is not None and (not same_measure(new, old) or new.id == old.id):
            continue
        # One change per clause: "to 78,415 dlrs, up from 76,500 dlrs, and to 63,520 dlrs".
        span_end = max(new.end, old.end if old else 0, size.end if size else 0)
        between = text[min(cue.end(), new.start):span_end]
        if re.search(r",\s*and\b|;|\band\s+to\b", between):
            continue
        if size is not None and not _size_fits(size, new):
            size = None
        if old is None and size is None:
            continue
        # "rose 32,000 to 1.41 million": the old level unprinted, nothing to check here, but the
        # change and the new level are related
        roles = {"new": new.id} if old is None else {"new": new.id, "old": old.id}
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


def _kind(cue: re.Match[str]) -> str:
    return "rise" if cue.group("rise") else "fall" if cue.group("fall") else "multiple"
