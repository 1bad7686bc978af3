"""The one model that flows through the pipeline, stage by stage.

load → ``Document``; recognise + claims → ``Claim``; link → ``Relation``; check → ``Check`` and
``Finding``; report → ``Report``. Every public JSON output is one of these models dumped, and
their JSON Schemas are generated into ``schemas/`` (see ``factcheck.schemas``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from enum import Enum
from functools import cached_property
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class DocumentFormat(str, Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class ClaimKind(str, Enum):
    COUNT = "count"                          # 251 hostages
    PERCENT = "percent"                      # 25%
    PERCENTAGE_POINTS = "percentage_points"  # 3 points
    MONEY = "money"                          # $3.5bn
    QUANTITY = "quantity"                    # 5 km (a pint unit)
    DURATION = "duration"                    # 11-month
    ORDINAL = "ordinal"                      # tenth
    FRACTION = "fraction"                    # two-thirds
    MULTIPLE = "multiple"                    # doubled, three times
    DATE = "date"                            # 17 Sep 2024
    YEAR = "year"                            # 2024
    TIME = "time"                            # 5:01 PM
    AGE = "age"                              # al-Qadi, 52
    SCORE = "score"                          # 52-48
    NUMBER = "number"                        # a figure whose meaning was not found


class Location(BaseModel):
    """A span of the raw input: offsets are characters (code points), end exclusive."""

    start: int
    end: int
    line: int = Field(description="1-based line of start")
    column: int = Field(description="1-based column of start, in code points")
    end_line: int
    end_column: int = Field(description="1-based column just after the last character")


class Claim(Location):
    """One numeric claim: the value as an interval and what it is about."""

    id: str
    text: str = Field(description="the claim's exact source text, qualifier included")
    number_text: str = Field(description="the number as printed, without qualifier or unit")
    value: float | None = Field(description="the number as printed; null for a range")
    lower: float | None = Field(description="lower end of the interval; null when unbounded")
    upper: float | None = Field(description="upper end of the interval; null when unbounded")
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    qualifier: str | None = Field(None, description="the hedge or bound word: at least, nearly…")
    kind: ClaimKind
    unit: str | None = Field(None, description="counted noun (singular), currency code, pint "
                                               "unit, or calendar unit for durations")
    noun: str | None = Field(None, description="the counted noun as printed")
    subject: str | None = Field(None, description="the noun phrase the figure counts")
    states: list[str] = Field(default_factory=list, description="state words: held, dead, killed…")
    place: str | None = None
    attribution: str | None = Field(None, description="who the figure is attributed to")
    as_of: dt.date | None = Field(None, description="the date the figure refers to")
    date: dt.date | None = Field(None, description="for dates: the calendar date meant")
    weekday: str | None = Field(None, description="a weekday printed with the date")
    year_inferred: bool = Field(False, description="the date's year was not printed")
    rounding_unit: float | None = Field(None, description="the unit the printed figure may be "
                                                          "rounded to (100 for 1,200)")
    sentence: int = Field(description="index of the sentence in the document")
    in_quote: bool = False
    metric: str | None = None


class Relation(BaseModel):
    """A link between claims found in the text ("97 of whom", "including 33")."""

    id: str
    kind: str
    roles: dict[str, str] = Field(description="role name → claim id (part, whole, …)")
    cue: str = Field(description="the words that signalled the relation")


class Check(BaseModel):
    """One relation evaluated by one rule, whatever the verdict."""

    rule: str
    name: str
    kind: str
    verdict: str = Field(pattern="^(consistent|inconsistent|undetermined)$")
    claims: list[str]
    explanation: str
    arithmetic: str = Field(description="the worked arithmetic an editor can check")
    expected: str | None = None
    found: str | None = None
    tolerance: str | None = None
    assumptions: list[str] = Field(default_factory=list)


class Finding(Location):
    """A check that failed, at a severity, placed on the claim it concerns."""

    rule: str
    name: str
    severity: Severity
    message: str
    claims: list[str]
    expected: str | None = None
    found: str | None = None
    tolerance: str | None = None
    arithmetic: str
    in_quote: bool = False
    fingerprint: str = Field(description="stable id: rule, path and normalised claim text")


class InputError(BaseModel):
    """A file that could not be read: reported once, the run goes on with the others."""

    path: str
    rule: str = "FC001"
    message: str


class DocumentReport(BaseModel):
    path: str
    format: DocumentFormat
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: str | None = Field(None, description="where the date came from")
    claims: list[Claim]
    relations: list[Relation]
    checks: list[Check]
    findings: list[Finding]
    text: str | None = Field(None, description="the raw input, kept only when a format needs "
                                               "it (html); claim offsets point into it")


class Summary(BaseModel):
    documents: int
    errors: int = Field(description="inputs that could not be read")
    claims: int
    checks: dict[str, int] = Field(description="checks by verdict")
    findings: dict[str, int] = Field(description="findings by severity")
    exit_code: int


class RuleInfo(BaseModel):
    """A rule that ran, as output formats describe it (SARIF's rule metadata, help texts)."""

    id: str
    name: str
    kind: str
    severity: Severity
    description: str
    rationale: str


class ToolInfo(BaseModel):
    name: str = "factcheck"
    version: str


class Report(BaseModel):
    """The whole run: what every output format is drawn from."""

    schema_version: str = SCHEMA_VERSION
    tool: ToolInfo
    rules: list[RuleInfo] = Field(default_factory=list, description="the rules that ran")
    documents: list[DocumentReport]
    errors: list[InputError]
    summary: Summary


class Document(BaseModel):
    """A loaded article: the raw text, a plain-text view of it, and the map between them.

    ``text`` is what the later stages read; ``offsets[i]`` is the raw offset of ``text[i]`` and
    ``offset_ends[i]`` the raw offset just after it (an entity such as ``&amp;`` is one
    character of text and five of raw). Both are None when the view is the raw text itself.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    path: str
    format: DocumentFormat
    raw: str
    text: str
    offsets: list[int] | None = None
    offset_ends: list[int] | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_source: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)

    def raw_offset(self, i: int) -> int:
        """The raw offset of text offset ``i`` (``i == len(text)`` maps to the raw end)."""
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return len(self.raw)
        return self.offsets[i]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None or end <= start:
            return self.raw_offset(start), self.raw_offset(max(start, end))
        last = min(end, len(self.offsets)) - 1
        raw_end = self.offset_ends[last] if self.offset_ends else self.offsets[last] + 1
        return self.raw_offset(start), raw_end

    # A cached property lives in the instance dict, so reading it is a plain attribute read
    # (a pydantic private attribute goes through __getattr__ on every read); it is no field.
    @cached_property
    def line_starts(self) -> list[int]:
        """The raw offset where each line starts, computed on first use."""
        starts = [0]
        find = self.raw.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def line_col(self, raw_offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of a raw offset."""
        starts = self.line_starts
        line = bisect.bisect_right(starts, raw_offset) - 1
        return line + 1, raw_offset - starts[line] + 1

    def location(self, start: int, end: int) -> dict[str, int]:
        """Location fields for a span of ``text``, in raw coordinates."""
        rs, re_ = self.raw_span(start, end)
        starts = self.line_starts
        line = bisect.bisect_right(starts, rs) - 1
        eline = bisect.bisect_right(starts, re_) - 1
        return {"start": rs, "end": re_, "line": line + 1, "column": rs - starts[line] + 1,
                "end_line": eline + 1, "end_column": re_ - starts[eline] + 1}
