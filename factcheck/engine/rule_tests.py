"""Data-driven rule tests, ``tests/rules/<ID>.yml``, in sqlfluff's vocabulary.

    rule: AR003
    partial_breakdown_within_whole:
      pass_text: "Four ships are loading 32,000 tonnes, including 24,000 for Egypt …"
    parts_exceed_whole:
      fail_text: "… including 24,000 for Egypt, 9,000 for Tanzania and 2,000 …"
      violations:
        - {line: 1, column: 77, severity: error}
    expression_on_claims:
      fail_claims:
        - {text: "97", metric: hostages.held, value: 97}
        - {text: "251", metric: hostages.seized, value: 25}
      xfail: "a reason, when a case documents a known gap"

Each case is one of ``pass_text``/``fail_text`` (an article, in ``format``, with ``date`` as
its publication date and ``configs`` as its [tool.factcheck] settings) or ``pass_claims``/
``fail_claims`` (claim records given directly, for kinds that read claims rather than text,
such as ``expression``). ``violations`` lists the findings a fail case must raise, exactly.
The JSON Schema of this file is ``schemas/rule-test.schema.json`` (``factcheck schema
rule-test``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..models import ClaimKind, Severity


class Violation(BaseModel):
    """One finding a fail case must raise; the fields left out are not compared."""

    model_config = ConfigDict(extra="forbid")

    rule: str | None = Field(None, description="defaults to the file's rule")
    line: int | None = Field(None, ge=1)
    column: int | None = Field(None, ge=1)
    severity: Severity | None = None
    found: str | None = None
    expected: str | None = None
    message_contains: str | None = None


class ClaimSpec(BaseModel):
    """A claim given directly: its printed text, value or interval, and what it is about."""

    model_config = ConfigDict(extra="forbid")

    text: str
    kind: ClaimKind = ClaimKind.COUNT
    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    unit: str | None = None
    noun: str | None = None
    states: list[str] = Field(default_factory=list)
    metric: str | None = None
    as_of: dt.date | None = None
    qualifier: str | None = None


class RuleTestCase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    description: str | None = None
    pass_text: str | None = None
    fail_text: str | None = None
    pass_claims: list[ClaimSpec] | None = None
    fail_claims: list[ClaimSpec] | None = None
    violations: list[Violation] | None = None
    format: Literal["text", "markdown", "html"] = "text"
    date: dt.date | None = Field(None, description="publication date, when the text has none")
    configs: dict[str, Any] | None = Field(None, description="[tool.factcheck] settings for "
                                                             "this case")
    xfail: str | None = Field(None, description="the case is expected to fail: why")

    @model_validator(mode="after")
    def _one_input(self) -> "RuleTestCase":
        given = [k for k in ("pass_text", "fail_text", "pass_claims", "fail_claims")
                 if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("a case has exactly one of pass_text, fail_text, pass_claims, "
                             f"fail_claims (this one has {', '.join(given) or 'none'})")
        if self.violations is not None and not given[0].startswith("fail"):
            raise ValueError("violations belong to a fail case")
        return self

    @property
    def fails(self) -> bool:
        return self.fail_text is not None or self.fail_claims is not None


class RuleTestFile(BaseModel):
    """A rule's test cases: ``rule`` names it, every other key is a case."""

    model_config = ConfigDict(extra="allow")

    rule: str = Field(pattern=r"^[A-Z]{2}\d{3}$")
    __pydantic_extra__: dict[str, RuleTestCase] = Field(init=False)  # type: ignore[assignment]

    @property
    def cases(self) -> dict[str, RuleTestCase]:
        return dict(self.__pydantic_extra__ or {})


def figures_from_claims(specs: list[ClaimSpec]):
    """A document whose figures are the given claims (one sentence each), for claim cases."""
    from ..claims import Figure
    from ..intervals import Interval, to_fraction
    from ..models import Claim, Document, DocumentFormat
    from ..recognise.tokens import NumberToken
    from ..segment import Sentence

    text = " ".join(f"{s.text}." for s in specs)
    doc = Document(path="<claims>", format=DocumentFormat.TEXT, raw=text, text=text)
    figures, pos = [], 0
    for i, spec in enumerate(specs):
        start, end = pos, pos + len(spec.text)
        pos = end + 2
        if spec.lower is not None or spec.upper is not None:
            interval = Interval(None if spec.lower is None else to_fraction(spec.lower),
                                None if spec.upper is None else to_fraction(spec.upper))
        elif spec.value is not None:
            interval = Interval.exact(spec.value)
        else:
            raise ValueError(f"claim {spec.text!r} needs a value or a lower/upper bound")
        claim = Claim(id=f"c{i + 1}", text=spec.text, number_text=spec.text, value=spec.value,
                      lower=spec.lower if spec.lower is not None else spec.value,
                      upper=spec.upper if spec.upper is not None else spec.value,
                      kind=spec.kind, unit=spec.unit, noun=spec.noun, states=spec.states,
                      metric=spec.metric, as_of=spec.as_of, qualifier=spec.qualifier,
                      sentence=i, **doc.location(start, end))
        token = NumberToken(start, end, spec.text, spec.kind,
                            None if spec.value is None else to_fraction(spec.value), interval)
        figures.append(Figure(claim, interval, start, end, token,
                              Sentence(i, start, end + 1, 0)))
    return doc, figures
