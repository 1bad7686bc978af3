"""``factcheck compare``: an agreement table across articles, without a ledger.

Figures of different articles are the same quantity when they share a metric key (and place),
or when they are of the same kind and unit and the words around them match (numbers masked):
the case of two revisions of one story, or of wire copy used by several outlets. Each row is
one quantity; it *agrees* when every pair of its figures meets after each one's rounding, and
*differs* otherwise (with the factor when it is a power of ten: a slipped conversion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..intervals import Interval, power_of_ten_apart
from ..link import metrics
from ..models import ClaimKind, Document
from .records import widened

COMPARED = {ClaimKind.COUNT, ClaimKind.PERCENT, ClaimKind.PERCENTAGE_POINTS, ClaimKind.MONEY,
            ClaimKind.QUANTITY, ClaimKind.DURATION, ClaimKind.ORDINAL, ClaimKind.FRACTION,
            ClaimKind.MULTIPLE, ClaimKind.YEAR}
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*|[£$€¥₹%]")
_CONTEXT_WORDS = 8
_THRESHOLD = 0.5


@dataclass
class Item:
    doc: int
    fig: object
    metric: metrics.MetricInfo | None
    context: frozenset[str]
    position: float
    rounded: Interval

    @property
    def claim(self):
        return self.fig.claim  # type: ignore[attr-defined]


@dataclass
class Row:
    items: dict[int, Item] = field(default_factory=dict)
    status: str = ""
    note: str = ""

    @property
    def label(self) -> str:
        first = next(iter(self.items.values()))
        if first.metric:
            return first.metric.metric
        c = first.claim
        return c.noun or c.unit or c.kind.value


def _context(doc: Document, fig) -> frozenset[str]:
    s = doc.text[fig.sentence.start:fig.sentence.end]
    start, end = fig.start - fig.sentence.start, fig.end - fig.sentence.start
    before = _WORD.findall(s[:start])[-_CONTEXT_WORDS:]
    after = _WORD.findall(s[end:])[:_CONTEXT_WORDS]
    words = [("<" + w.lower()) if not w[0].isdigit() else "<#" for w in before]
    words += [(">" + w.lower()) if not w[0].isdigit() else ">#" for w in after]
    return frozenset(words)


_DECADE = re.compile(r"(?<![\w£$€.,-])((?:1[5-9]|20)\d)0s\b")


@dataclass
class _Decade:
    """A decade ("1980s", a period the recogniser does not type yet) as a figure to compare."""

    claim: object
    interval: Interval
    start: int
    end: int
    sentence: object


def _decades(doc: Document, figures: list) -> list[_Decade]:
    from ..models import Claim
    taken = [(f.start, f.end) for f in figures]
    sentences = sorted({id(f.sentence): f.sentence for f in figures}.values(),
                       key=lambda s: s.start)
    out = []
    for m in _DECADE.finditer(doc.text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        sentence = next((s for s in sentences if s.start <= m.start() < s.end), None)
        if sentence is None:
            from ..segment import Sentence
            sentence = Sentence(-1, max(0, m.start() - 200), min(len(doc.text), m.end() + 200), -1)
        first = int(m.group(1)) * 10
        claim = Claim(id=f"d{len(out) + 1}", text=m.group(0), number_text=m.group(0),
                      value=None, lower=first, upper=first + 9, kind=ClaimKind.YEAR,
                      unit="decade", sentence=sentence.index, **doc.location(m.start(), m.end()))
        out.append(_Decade(claim, Interval.closed(first, first + 9), m.start(), m.end(),
                           sentence))
    return out


def items_of(index: int, doc: Document, figures: list) -> list[Item]:
    out = []
    n = max(len(doc.text), 1)
    for fig in [*figures, *_decades(doc, figures)]:
        c = fig.claim
        if c.kind not in COMPARED or (c.lower is None and c.upper is None):
            continue
        info = metrics.describe(fig, doc) if c.metric else None
        out.append(Item(index, fig, info, _context(doc, fig),
                        fig.start / n, widened(fig.interval, c.rounding_unit)))
    return out


def _same_kind(a: Item, b: Item) -> bool:
    ca, cb = a.claim, b.claim
    if ca.kind is not cb.kind:
        return False
    if ca.kind in (ClaimKind.MONEY, ClaimKind.QUANTITY, ClaimKind.DURATION,
                   ClaimKind.YEAR) and ca.unit != cb.unit:
        return False
    return True


def _score(a: Item, b: Item) -> float:
    if not _same_kind(a, b):
        return 0.0
    if a.metric and b.metric and a.metric.metric == b.metric.metric:
        if a.metric.scope and b.metric.scope and a.metric.scope != b.metric.scope:
            return 0.0
        base = 1.0
    else:
        union = a.context | b.context
        if not union:
            return 0.0
        base = len(a.context & b.context) / len(union)
        if base < _THRESHOLD:
            return 0.0
    same_value = 0.05 if a.rounded.meets(b.rounded) else 0.0
    return base + same_value - 0.02 * abs(a.position - b.position)


def align(per_doc: list[list[Item]]) -> list[Row]:
    """Rows of figures that report one quantity, at most one figure per article each."""
    rows: list[Row] = []
    for items in per_doc:
        pairs = []
        for i, item in enumerate(items):
            for r, row in enumerate(rows):
                if item.doc in row.items:
                    continue
                score = max(_score(item, other) for other in row.items.values())
                if score > 0:
                    pairs.append((score, i, r))
        pairs.sort(key=lambda p: -p[0])
        used_items: set[int] = set()
        used_rows: set[int] = set()
        for score, i, r in pairs:
            if i in used_items or r in used_rows:
                continue
            used_items.add(i)
            used_rows.add(r)
            rows[r].items[items[i].doc] = items[i]
        for i, item in enumerate(items):
            if i not in used_items:
                rows.append(Row({item.doc: item}))
    for row in rows:
        _judge(row)
    return rows


def _factor(a: Interval, b: Interval) -> str:
    p = power_of_ten_apart(a, b)
    return f"a factor of {p}" if p else ""


def _judge(row: Row) -> None:
    items = list(row.items.values())
    if len(items) < 2:
        row.status = "only one"
        return
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if not a.rounded.meets(b.rounded):
                row.status = "differs"
                row.note = _factor(a.rounded, b.rounded)
                return
    row.status = "agrees"


__all__ = ["Item", "Row", "align", "items_of"]
