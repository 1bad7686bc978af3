"""What the cross-source (XS) kinds share: the article's figures with metric keys, the ledger
seen from this article (never its own earlier versions), and how two figures are compared.

Two figures of one metric are compared after each one's own rounding ("1,200" may be any
count from 1,150 to 1,250). They are the same quantity when their places (or entities) do not
differ; a difference is *explained* when a source says what its count covers (scope) or when
both name different sources (an AFP tally against an official count).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction

from ...claims import Figure
from ...intervals import Interval, format_number, power_of_ten_apart
from ...link import metrics
from ...models import ClaimKind
from ..context import Context

LEDGER = True  # a marker the kinds re-export: their rules need a ledger to check anything


@dataclass
class Subject:
    """One of the article's figures that a ledger can speak about."""

    fig: Figure
    info: metrics.MetricInfo
    rounded: Interval
    as_of: dt.date

    @property
    def id(self) -> str:
        return self.fig.id

    @property
    def text(self) -> str:
        c = self.fig.claim
        return c.text + (f" {c.noun}" if c.noun and c.noun.lower() not in c.text.lower() else "")

    @property
    def who(self) -> str:
        c = self.fig.claim
        return f"citing {c.attribution}" if c.attribution else "unattributed"


@dataclass
class View:
    """The ledger as one article sees it."""

    ledger: object
    exclude_url: str | None
    exclude_path: str | None

    def kw(self) -> dict:
        return {"exclude_url": self.exclude_url, "exclude_path": self.exclude_path}


def view(ctx: Context) -> View | None:
    if ctx.ledger is None:
        return None
    cached = ctx.__dict__.get("_xs_view")
    if cached is None:
        from ...ledger.records import resolved_path
        cached = View(ctx.ledger, ctx.doc.url, resolved_path(ctx.doc.path))
        ctx.__dict__["_xs_view"] = cached
    return cached


def subjects(ctx: Context) -> list[Subject]:
    cached = ctx.__dict__.get("_xs_subjects")
    if cached is not None:
        return cached
    from ...ledger.records import widened
    out = []
    for fig in ctx.figures:
        c = fig.claim
        if not c.metric:
            continue
        info = metrics.describe(fig, ctx.doc)
        as_of = c.as_of or ctx.doc.published
        if info is None or as_of is None:
            continue
        out.append(Subject(fig, info, widened(fig.interval, c.rounding_unit), as_of))
    ctx.__dict__["_xs_subjects"] = out
    return out


def same_place(s: Subject, entry) -> bool:
    return s.info.scope is None or entry.place is None or s.info.scope == entry.place


def nearby(v: View, s: Subject, days: int) -> list:
    """The ledger's figures of the subject's metric and place, as of within ``days`` of it
    (never from the article's own earlier versions)."""
    return [e for e in v.ledger.near(s.info.metric, s.as_of - dt.timedelta(days=days),
                                     s.as_of + dt.timedelta(days=days), **v.kw())
            if same_place(s, e)]


def unexplained_earlier(v: View, s: Subject, before: dt.date, **bounds) -> list:
    """The ledger's figures of the subject's metric and place as of before ``before`` (within
    ``bounds``: above, below, at_least, limit) that no other scope or source explains."""
    return [e for e in v.ledger.earlier(s.info.metric, before, place=s.info.scope, **bounds,
                                        **v.kw())
            if explanation(s, e) is None]


def explanation(s: Subject, entry) -> str | None:
    """Why two figures of one metric may differ without either being wrong, or None."""
    if entry.scope:
        return f"the other figure's scope is '{entry.scope}'"
    if s.info.source and entry.source and s.info.source != entry.source:
        return "different sources"
    return None


def gap(a: Interval, b: Interval) -> Fraction:
    """How far apart two intervals are (0 when they meet)."""
    if a.meets(b):
        return Fraction(0)
    if a.upper is not None and b.lower is not None and a.upper < b.lower:
        return b.lower - a.upper
    return a.lower - b.upper  # type: ignore[operator]


def relative_gap(a: Interval, b: Interval) -> Fraction:
    g = gap(a, b)
    if g == 0:
        return g
    scale = max(abs(x) for x in (a.lower, a.upper, b.lower, b.upper) if x is not None)
    return g / scale if scale else Fraction(0)


def ratio_text(a: Interval, b: Interval) -> str:
    p = power_of_ten_apart(a, b)
    return f"; a factor of {p}" if p else ""


def is_sequence(s: Subject) -> bool:
    return s.fig.claim.kind is ClaimKind.ORDINAL


def pct(x: Fraction) -> str:
    return f"{format_number(round(x * 100, 1))}%"
