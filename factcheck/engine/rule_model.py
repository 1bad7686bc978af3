"""The fields every rule file has, whatever its kind (conventions.md, "Rules are data")."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Severity


class RuleExamples(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    pass_: list[str] = Field(default_factory=list, alias="pass",
                             description="texts on which the rule raises nothing")
    fail: list[str] = Field(default_factory=list,
                            description="texts on which the rule raises a finding")


class RuleBase(BaseModel):
    """A rule: a kind implemented in the package, its parameters, and its words."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str = Field(pattern=r"^[A-Z]{2}\d{3}$", description="two letters and three digits")
    name: str = Field(pattern=r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", description="kebab-case")
    severity: Severity
    message: str = Field(description="template over the finding's values: {name}")
    description: str
    rationale: str
    aliases: list[str] = Field(default_factory=list)
    since: str = "0.1.0"
    examples: RuleExamples = Field(default_factory=RuleExamples)


class Escalating(RuleBase):
    """A rule whose kind can tell a miss beyond tolerance from one that changes the
    conclusion; with ``escalate`` the latter is raised as an error (statcheck's decision
    error)."""

    escalate: bool = Field(True, description="raise a miss that changes the conclusion (a rise "
                                             "reported as a fall, million for billion) as an "
                                             "error, whatever the base severity")


class Rounding(RuleBase):
    """A rule that allows for the ways a writer rounds a printed figure."""

    rounding: list[Literal["nearest", "truncate"]] = Field(
        default_factory=lambda: ["nearest", "truncate"], min_length=1,
        description="how printed figures may have been rounded: 'nearest' (half-up or "
                    "half-even: half a unit either way) and/or 'truncate' (up to a whole unit "
                    "below the true value)")
    round_counts: bool = Field(True, alias="round-counts",
                               description="a count with trailing zeros (24,000) may be "
                                           "rounded to its last non-zero digit")
