"""What a rule kind reads (``Context``) and what it returns for each relation (``Outcome``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..claims import Figure
from ..intervals import Verdict
from ..models import Document, Relation


@dataclass
class Context:
    """The document, its figures and relations, as the rule kinds see them."""

    doc: Document
    figures: list[Figure]
    relations: list[Relation]
    # The claims ledger the cross-source (XS) kinds compare with (``factcheck.ledger.Ledger``);
    # None when the run has none.
    ledger: Any = None

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.figures}

    def relations_of(self, kind: str) -> list[Relation]:
        return [r for r in self.relations if r.kind == kind]

    def figure(self, ref: str) -> Figure:
        """The figure a relation's role names; ``c3#0``/``c3#1`` are the ends of the range
        ``c3`` (see ``link.change.split_range``)."""
        if ref in self.by_id:
            return self.by_id[ref]
        base, _, k = ref.partition("#")
        from ..link.change import split_range
        halves = split_range(self.by_id[base])
        if halves is None:
            raise KeyError(ref)
        self.by_id[halves[0].id], self.by_id[halves[1].id] = halves
        return self.by_id[ref]

    @staticmethod
    def claim_id(ref: str) -> str:
        """The claim a figure reference belongs to (a range end belongs to its range)."""
        return ref.partition("#")[0]


@dataclass
class Outcome:
    """One relation checked: its verdict, the claim a finding would sit on, and the proof."""

    verdict: Verdict
    claims: list[str]
    primary: str
    explanation: str
    arithmetic: str
    expected: str | None = None
    found: str | None = None
    tolerance: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    assumptions: list[str] = field(default_factory=list)
    # Why this miss changes the conclusion (a rise reported as a fall, million for billion):
    # a rule with ``escalate`` then raises it as an error whatever its base severity.
    escalation: str | None = None
