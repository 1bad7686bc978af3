"""What a rule kind reads (``Context``) and what it returns for each relation (``Outcome``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..claims import Figure
from ..intervals import Verdict
from ..models import Document, Relation


@dataclass
class Context:
    """The document, its figures and relations, as the rule kinds see them."""

    doc: Document
    figures: list[Figure]
    relations: list[Relation]

    def __post_init__(self) -> None:
        self.by_id = {f.id: f for f in self.figures}

    def relations_of(self, kind: str) -> list[Relation]:
        return [r for r in self.relations if r.kind == kind]


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
