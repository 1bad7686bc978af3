"""What the recogniser finds: a number in the text, before it becomes a claim."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from ..intervals import Interval
from ..models import ClaimKind


@dataclass
class NumberToken:
    """A number as printed, with the interval its printed precision allows.

    ``start``/``end`` are offsets into the document's text view and cover the number with its
    currency sign, scale, percent sign or unit ("$3.5bn", "25%", "11-month"), not qualifiers.
    """

    start: int
    end: int
    text: str
    kind: ClaimKind
    value: Fraction | None
    interval: Interval
    unit: str | None = None
    rounding_unit: Fraction | None = None
    spelled: bool = False
    # Dates: the parts printed. The year may be missing and is then inferred in the claims stage.
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    # The word the figure qualifies when printed as a compound adjective ("11-month war").
    noun_hint: str | None = None
    # Why this is not a counted quantity (a year, a phone number, a name): left out of claims.
    label: str | None = None
    parts: list[Fraction] = field(default_factory=list)
