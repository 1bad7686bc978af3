"""Metric keys: which quantity a claim reports ("hostages.held"), from topic packs.

A topic pack is data, ``rules/topics/<pack>.yml``, validated by ``TopicPack`` (its JSON
Schema is ``schemas/topic.schema.json``). Each pack lists metrics with the words that identify
them (counted noun, state words, phrases near the figure, place) and whether they only rise
(cumulative: deaths) or only fall (hostages still held); plus place and source synonyms, so
that "Gaza's health ministry" and "the Hamas-run territory's health ministry" are one source.

``assign`` sets ``claim.metric`` on every figure a pack recognises (called by ``link``).
``describe`` gives what cross-source checks compare on: metric, trend, scope key (a place or
a named entity) and source key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..models import Claim, ClaimKind, Document
from ..recognise.lexicon import singular

Trend = Literal["rising", "falling", "none"]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class MetricDef(BaseModel):
    """One metric of a pack and the conditions a claim must meet to report it."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    key: str = Field(pattern=r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$",
                     description="dotted metric key: hostages.held")
    description: str
    kinds: list[ClaimKind] = Field(default_factory=lambda: [ClaimKind.COUNT],
                                   description="claim kinds it applies to")
    nouns: list[str] = Field(default_factory=list, description="counted nouns, singular (any)")
    states: list[str] = Field(default_factory=list, description="state words (any of)")
    all_states: list[str] = Field(default_factory=list, description="state words (all of)")
    not_states: list[str] = Field(default_factory=list, description="state words (none of)")
    words: list[str] = Field(default_factory=list,
                             description="phrases in the figure's clause (any of)")
    sentence_words: list[str] = Field(default_factory=list,
                                      description="phrases anywhere in its sentence (any of)")
    not_words: list[str] = Field(default_factory=list,
                                 description="phrases that rule the metric out (sentence)")
    places: list[str] = Field(default_factory=list, description="place keys (any of)")
    not_places: list[str] = Field(default_factory=list, description="place keys (none of)")
    trend: Trend = Field("none", description="rising: never falls (cumulative); falling: "
                                              "only falls; none")
    scope: Literal["place", "entity", "none"] = Field(
        "place", description="what else two figures must share to be the same quantity")


class TopicPack(BaseModel):
    """A topic pack: metrics, and the synonyms of places and sources they are read with."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    pack: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    description: str
    places: dict[str, list[str]] = Field(default_factory=dict,
                                         description="place key → the words for it")
    sources: dict[str, list[str]] = Field(default_factory=dict,
                                          description="source key → the names it goes by")
    metrics: list[MetricDef]


class TopicPackError(Exception):
    """A pack that does not validate; ``str()`` names the file and the field."""


def topics_dir() -> Path:
    here = Path(__file__).resolve().parent.parent
    installed = here / "rules_data" / "topics"
    return installed if installed.is_dir() else here.parent / "rules" / "topics"


def load_pack(path: Path) -> TopicPack:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return TopicPack.model_validate(data)
    except yaml.YAMLError as exc:
        raise TopicPackError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise TopicPackError(f"{path}: field '{where}': {err['msg']}") from None


@dataclass(frozen=True)
class MetricInfo:
    """What cross-source checks compare a claim on."""

    metric: str
    trend: Trend
    scope: str | None       # place key or entity key, when the metric is scoped
    source: str | None      # source key, from the attribution
    description: str = ""


class Packs:
    """The loaded packs, with their synonym tables compiled."""

    def __init__(self, packs: Iterable[TopicPack]):
        self.packs = list(packs)
        self.metrics: list[MetricDef] = [m for p in self.packs for m in p.metrics]
        self.by_key = {m.key: m for m in self.metrics}
        places = [(alias, key) for p in self.packs for key, aliases in p.places.items()
                  for alias in [*aliases, key]]
        sources = [(alias, key) for p in self.packs for key, aliases in p.sources.items()
                   for alias in aliases]
        self._places = _alternation(places)
        self._place_keys = {a.lower(): k for a, k in places}
        self._sources = _alternation(sources)
        self._source_keys = {a.lower(): k for a, k in sources}
        self._phrases: dict[tuple[str, ...], re.Pattern[str]] = {}
        # Each metric's conditions as sets and compiled patterns, built once per pack set, and
        # listed (in pack order) under each claim kind the metric applies to.
        self._by_kind: dict[ClaimKind, list[tuple[MetricDef, _Conditions]]] = {}
        for m in self.metrics:
            conditions = _Conditions.of(m, self._phrase)
            for kind in dict.fromkeys(m.kinds):
                self._by_kind.setdefault(kind, []).append((m, conditions))

    # -- keys ----------------------------------------------------------------------------
    def place_key(self, text: str | None, near: int | None = None) -> str | None:
        """The place named in ``text`` (the one nearest ``near`` when there are several)."""
        if not text or self._places is None:
            return None
        found = [(m.start(), m.group(0)) for m in self._places.finditer(text)]
        if not found:
            return None
        if near is not None:
            found.sort(key=lambda f: abs(f[0] - near))
        return self._place_keys.get(found[0][1].lower())

    def source_key(self, attribution: str | None) -> str | None:
        """The source an attribution names: the pack's key for the first name it uses, else
        the attribution itself, lower-cased without articles."""
        if not attribution:
            return None
        if self._sources is not None:
            found = sorted(((m.start(), -len(m.group(0)), m.group(0))
                            for m in self._sources.finditer(attribution)))
            if found:
                return self._source_keys[found[0][2].lower()]
        text = re.sub(r"\s+", " ", attribution).strip().lower()
        text = re.sub(r"^(?:the|an?) ", "", text)
        return re.sub(r"['’]s\b", "", text)

    def _phrase(self, phrases: list[str]) -> re.Pattern[str]:
        key = tuple(phrases)
        if key not in self._phrases:
            alt = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                           for p in sorted(phrases, key=len, reverse=True))
            self._phrases[key] = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I)
        return self._phrases[key]

    # -- matching ------------------------------------------------------------------------
    def match(self, claim: Claim, clause: str, sentence: str, place: str | None) -> MetricDef | None:
        return next((m for m in self.candidates(claim, clause, sentence)
                     if _place_fits(m, place)), None)

    def candidates(self, claim: Claim, clause: str, sentence: str) -> Iterator[MetricDef]:
        """The metrics whose conditions other than the place hold, in pack order."""
        nouns = {singular(claim.noun).lower(), claim.noun.lower()} if claim.noun else set()
        if claim.unit and claim.kind is ClaimKind.COUNT:
            nouns.add(claim.unit.lower())
        states = set(claim.states)
        for m, c in self._by_kind.get(claim.kind, ()):
            if c.nouns and not nouns & c.nouns:
                continue
            if c.states and not states & c.states:
                continue
            if c.all_states and not c.all_states <= states:
                continue
            if c.not_states and states & c.not_states:
                continue
            if c.words and not c.words.search(clause):
                continue
            if c.sentence_words and not c.sentence_words.search(sentence):
                continue
            if c.not_words and c.not_words.search(sentence):
                continue
            yield m


@dataclass(frozen=True)
class _Conditions:
    """A metric's conditions other than the place, ready to test."""

    nouns: frozenset[str]
    states: frozenset[str]
    all_states: frozenset[str]
    not_states: frozenset[str]
    words: re.Pattern[str] | None
    sentence_words: re.Pattern[str] | None
    not_words: re.Pattern[str] | None

    @classmethod
    def of(cls, m: MetricDef, phrase: Callable[[list[str]], re.Pattern[str]]) -> "_Conditions":
        return cls(frozenset(m.nouns), frozenset(m.states),
                   frozenset(m.all_states), frozenset(m.not_states),
                   phrase(m.words) if m.words else None,
                   phrase(m.sentence_words) if m.sentence_words else None,
                   phrase(m.not_words) if m.not_words else None)


def _place_fits(m: MetricDef, place: str | None) -> bool:
    if m.places and place not in m.places:
        return False
    return not (m.not_places and place in m.not_places)


def _alternation(pairs: list[tuple[str, str]]) -> re.Pattern[str] | None:
    if not pairs:
        return None
    words = sorted({a for a, _ in pairs}, key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in words)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I)


@lru_cache(maxsize=8)
def packs(directory: str | None = None) -> Packs:
    folder = Path(directory) if directory else topics_dir()
    if not folder.is_dir():
        return Packs([])
    return Packs(load_pack(p) for p in sorted(folder.glob("*.yml")))


# -- the claim's surroundings ---------------------------------------------------------------

_ENTITY_STOP = {
    "The", "A", "An", "In", "On", "At", "But", "And", "As", "It", "Its", "He", "She", "They",
    "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "US", "UK", "EU",
    "Secretary", "State", "President", "Prime", "Minister", "Chief", "Executive",
}
_CAP_RUN = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*")
_POSSESSIVE = re.compile(r"\b([A-Z][\w.-]*)['’]s\b")


def entity_key(before: str) -> str | None:
    """The company, person or body a figure belongs to: the nearest possessive name before it
    ("Tesco's revenue", "Blinken's tenth trip"), else the last name of two or more capitalised
    words ("Secretary of State Antony Blinken ... his tenth trip"), else the last capitalised
    word that does not open the sentence."""
    poss = [m for m in _POSSESSIVE.finditer(before) if m.group(1) not in _ENTITY_STOP]
    if poss:
        return poss[-1].group(1).lower()
    runs = [m for m in _CAP_RUN.finditer(before)]
    multi = [m for m in runs if len([w for w in m.group(0).split()
                                     if w not in _ENTITY_STOP and w != "of"]) >= 2]
    if multi:
        words = [w for w in multi[-1].group(0).split() if w not in _ENTITY_STOP]
        return words[-1].rstrip(".'’s").lower()
    singles = [m for m in runs if m.start() > 0 and m.group(0) not in _ENTITY_STOP]
    if singles:
        return singles[-1].group(0).split()[-1].rstrip(".").lower()
    return None


def _windows(doc: Document, start: int, end: int, s_start: int,
             s_end: int) -> tuple[str, str, str]:
    """The figure's clause (60 characters either side, within the sentence), its sentence,
    and the sentence up to the figure."""
    text = doc.text
    clause = text[max(s_start, start - 60):min(s_end, end + 40)]
    return clause, text[s_start:s_end], text[s_start:start]


def describe_claim(claim: Claim, doc: Document, start: int, end: int, s_start: int,
                   s_end: int, p: Packs | None = None) -> MetricInfo | None:
    """The metric and keys of one claim whose ``metric`` is already set (else None)."""
    p = p or packs()
    if not claim.metric or claim.metric not in p.by_key:
        return None
    m = p.by_key[claim.metric]
    clause, sentence, before = _windows(doc, start, end, s_start, s_end)
    scope = None
    if m.scope == "place":
        scope = _place(p, claim, sentence, start - s_start)
    elif m.scope == "entity":
        scope = entity_key(before)
    return MetricInfo(m.key, m.trend, scope, p.source_key(claim.attribution), m.description)


def _place(p: Packs, claim: Claim, sentence: str, offset: int) -> str | None:
    return (p.place_key(claim.place) or p.place_key(claim.attribution)
            or p.place_key(sentence, near=offset))


_NOT_LOOKED_UP = object()


def assign(doc: Document, figures: list, p: Packs | None = None) -> None:
    """Set ``claim.metric`` on every figure a topic pack recognises."""
    p = p or packs()
    if not p.metrics:
        return
    for fig in figures:
        c = fig.claim
        if c.kind not in (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.ORDINAL,
                          ClaimKind.PERCENT, ClaimKind.QUANTITY):
            continue
        clause, sentence, _ = _windows(doc, fig.start, fig.end, fig.sentence.start,
                                       fig.sentence.end)
        # The place is looked up (a search of the whole sentence) only when a metric that
        # otherwise fits depends on it.
        place: str | None | object = _NOT_LOOKED_UP
        for m in p.candidates(c, clause, sentence):
            if m.places or m.not_places:
                if place is _NOT_LOOKED_UP:
                    place = _place(p, c, sentence, fig.start - fig.sentence.start)
                if not _place_fits(m, place):
                    continue
            c.metric = m.key
            break


def describe(fig, doc: Document, p: Packs | None = None) -> MetricInfo | None:
    """``describe_claim`` for a ``Figure``."""
    return describe_claim(fig.claim, doc, fig.start, fig.end, fig.sentence.start,
                          fig.sentence.end, p)


__all__ = ["MetricDef", "MetricInfo", "Packs", "TopicPack", "TopicPackError", "assign",
           "describe", "describe_claim", "entity_key", "load_pack", "packs", "topics_dir"]
