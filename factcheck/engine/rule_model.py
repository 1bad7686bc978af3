"""The fields every rule file has, whatever its kind (conventions.md, "Rules are data")."""

from __future__ import annotations

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
