"""Claims: each recognised number becomes a ``Claim`` record with its context.

The interval comes from the printed precision and the qualifier; the rest (counted noun, state
words, place, attribution, as-of date, the year of a bare date) from the words around it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from fractions import Fraction

from ..intervals import Interval, as_float, record_fields
from ..models import Claim, ClaimKind, Document
from ..recognise.calendar import infer_year
from ..recognise.lexicon import singular
from ..recognise.tokens import NumberToken
from ..recognise.units import canonical_unit
from ..segment import Segments, Sentence
from . import context, qualifiers, timing

# Recognised but not claims: labels ("Flight 17"), phone numbers, names ("5G").
LEFT_OUT = {"label", "phone number", "name"}
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-–]\s")


@dataclass
class Figure:
    """A claim as the engine sees it: the record, its exact interval, its span in the text view."""

    claim: Claim
    interval: Interval
    start: int
    end: int
    token: NumberToken
    sentence: Sentence

    @property
    def id(self) -> str:
        return self.claim.id


@dataclass(frozen=True)
class ExtractionSettings:
    approximate_tolerance: Fraction = Fraction(1, 10)


def build_claims(doc: Document, segments: Segments, tokens: list[NumberToken],
                 settings: ExtractionSettings = ExtractionSettings()) -> list[Figure]:
    text = doc.text
    kept = [t for t in tokens if t.label not in LEFT_OUT]
    figures: list[Figure] = []
    attributions: dict[int, context.Attributions] = {}
    for i, token in enumerate(kept):
        sentence = segments.sentence_at(token.start)
        s_text = text[sentence.start:sentence.end]
        prev_end = kept[i - 1].end if i and kept[i - 1].start >= sentence.start else sentence.start
        next_start = kept[i + 1].start if i + 1 < len(kept) and kept[i + 1].start < sentence.end \
            else sentence.end

        # Qualifier, before ("at least 41,252") or after ("100 or more").
        start, end = token.start, token.end
        qualifier = None
        lead = qualifiers.leading_qualifier(text[max(prev_end, start - 40):start])
        if lead and token.value is not None and token.kind not in (ClaimKind.DATE, ClaimKind.YEAR,
                                                                   ClaimKind.TIME):
            qualifier, width = lead
            start -= width
        elif token.value is not None and (trail := qualifiers.trailing_qualifier(text, end)):
            qualifier, end = trail
        if qualifier and qualifier.lower() == "over" and token.kind is ClaimKind.DURATION and \
                not re.search(r"\bfor\s+$", text[max(0, start - 6):start], re.I):
            # "over 15 years" is "during", unless "for over 15 years"
            qualifier, start = None, token.start
        interval = token.interval
        if qualifier:
            interval = qualifiers.apply(interval, qualifier, settings.approximate_tolerance)

        clause_start = _clause_start(text, max(sentence.start, prev_end), token.start)
        clause_end = _clause_end(text, token.end, min(sentence.end, next_start))
        before = text[max(clause_start, start - 60):start]
        after = text[end:clause_end]

        claim = Claim(
            id=f"c{len(figures) + 1}",
            text=text[start:end],
            number_text=token.text,
            value=as_float(token.value) if token.value is not None else None,
            **record_fields(interval),
            qualifier=qualifier.lower() if qualifier else None,
            kind=token.kind,
            unit=token.unit,
            rounding_unit=as_float(token.rounding_unit),
            sentence=sentence.index,
            in_quote=segments.in_quote(token.start, token.end),
            weekday=token.weekday,
            **doc.location(start, end),
        )
        if token.kind is ClaimKind.QUANTITY and token.unit:
            claim.unit = canonical_unit(token.unit) or token.unit
        if token.kind in (ClaimKind.DATE, ClaimKind.YEAR, ClaimKind.TIME):
            claim.value = as_float(token.value) if token.kind is ClaimKind.YEAR else None
            claim.lower = claim.upper = claim.value
        if token.kind is ClaimKind.DATE:
            _resolve_date(claim, token, doc.published, s_text, token.start - sentence.start)
        elif token.kind not in (ClaimKind.YEAR, ClaimKind.TIME, ClaimKind.SCORE):
            noun = token.noun_hint or (context.counted_noun(text, token.end, clause_end,
                                                            sentence.start)
                                       if token.kind in (ClaimKind.COUNT, ClaimKind.ORDINAL,
                                                         ClaimKind.MONEY) else None)
            if noun:
                claim.noun = noun
                claim.subject = noun
                if token.kind in (ClaimKind.COUNT,) and not claim.unit:
                    claim.unit = singular(noun)
            states_before = context.states(before)
            claim.states = states_before + [
                s for s in context.states(after) if s not in states_before]
            claim.place = context.place(after) or context.place(before)
            if sentence.index not in attributions:
                attributions[sentence.index] = context.Attributions(s_text, sentence.start)
            claim.attribution = attributions[sentence.index].for_claim(
                token.start, clause_start, clause_end, sentence.start)
            claim.as_of, _ = timing.as_of(before + " " + after, doc.published)
            if claim.as_of == doc.published:
                claim.as_of, _ = timing.as_of(s_text, doc.published)
        figures.append(Figure(claim, interval, start, end, token, sentence))
    figures = qualifiers.combine(doc, figures)
    _elliptical_nouns(text, figures)
    return figures


# Words that set two figures side by side, so that one may leave out the other's noun:
# "726,700 shares, or 9.5 pct, from 474,900"; "6,798,000, an increase of 62,000 units".
_PARALLEL = re.compile(r"\b(?:from|to|vs|versus|against|compared\s+with|and|or|an?\s+"
                       r"(?:increase|decrease|rise|fall|decline|drop|gain|loss)\s+of)\b", re.I)


def _elliptical_nouns(text: str, figures: list[Figure]) -> None:
    """A count printed without its noun takes the noun of a count set beside it."""
    for i, fig in enumerate(figures):
        c = fig.claim
        if c.kind is not ClaimKind.COUNT or c.noun or fig.token.spelled and c.value == 1:
            continue
        if _PART_CUE.match(text, fig.end):
            continue  # "97 of whom": the link stage gives it its whole's noun
        for j in (i - 1, i + 1):
            if not 0 <= j < len(figures):
                continue
            other = figures[j]
            if other.sentence is not fig.sentence or other.claim.kind is not ClaimKind.COUNT \
                    or not other.claim.noun:
                continue
            lo, hi = (other.end, fig.start) if j < i else (fig.end, other.start)
            between = text[lo:hi]
            if len(between) <= 60 and _PARALLEL.search(between):
                c.noun, c.subject, c.unit = other.claim.noun, other.claim.subject, other.claim.unit
                break


_PART_CUE = re.compile(r"\s+of\s+(?:whom|which|them|these|those|the|its|their)\b", re.I)


def _clause_start(text: str, lower: int, pos: int) -> int:
    best = lower
    for m in _CLAUSE_BREAK.finditer(text, lower, pos):
        best = m.end()
    return best


def _clause_end(text: str, pos: int, upper: int) -> int:
    m = _CLAUSE_BREAK.search(text, pos, upper)
    return m.start() if m else upper


def _resolve_date(claim: Claim, token: NumberToken, published: dt.date | None,
                  sentence: str, position: int) -> None:
    if token.year:
        try:
            claim.date = dt.date(token.year, token.month, token.day)  # type: ignore[arg-type]
        except ValueError:
            claim.date = None
        return
    if published is None:
        return
    claim.date = infer_year(token.month, token.day, published,  # type: ignore[arg-type]
                            timing.tense(sentence, position))
    claim.year_inferred = claim.date is not None
