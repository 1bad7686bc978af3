"""What the ledger holds: articles (or reference files) and their figures, one metric each.

An article's figures come from its claims that carry a metric key (the others cannot be
matched across sources). A reference file is a CSV of official figures, one row each.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Iterator

from ..intervals import Interval, format_number, to_fraction
from ..link import metrics as metrics_mod
from ..models import ClaimKind, Document


class LedgerError(Exception):
    """A ledger that cannot be opened or written, or an input it refuses; one line."""


@dataclass
class ArticleInfo:
    key: str
    kind: str = "article"          # article | reference
    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: dt.date | None = None


@dataclass
class Entry:
    """One figure in the ledger (``article`` is filled when read back)."""

    metric: str
    kind: str
    text: str
    lower: float | None
    upper: float | None
    value: float | None = None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    qualifier: str | None = None
    rounding_unit: float | None = None
    place: str | None = None
    scope: str | None = None
    source: str | None = None
    attribution: str | None = None
    unit: str | None = None
    as_of: dt.date | None = None
    url: str | None = None
    claim_id: str | None = None
    article: ArticleInfo | None = field(default=None, compare=False)

    # -- intervals ----------------------------------------------------------------------
    def interval(self) -> Interval:
        lo = None if self.lower is None else to_fraction(self.lower)
        hi = None if self.upper is None else to_fraction(self.upper)
        return Interval(lo, hi, self.lower_inclusive and lo is not None,
                        self.upper_inclusive and hi is not None)

    def rounded(self) -> Interval:
        """The interval widened by the figure's own rounding: an exact-looking "1,200" may be
        any count that rounds to it (half its rounding unit either way)."""
        return widened(self.interval(), self.rounding_unit)

    @property
    def lo_r(self) -> float | None:
        r = self.rounded()
        return None if r.lower is None else float(r.lower)

    @property
    def hi_r(self) -> float | None:
        r = self.rounded()
        return None if r.upper is None else float(r.upper)

    # -- words --------------------------------------------------------------------------
    def who(self) -> str:
        """How a message names where the figure comes from."""
        a = self.article
        parts = []
        if a is not None and a.outlet:
            parts.append(a.outlet)
        elif a is not None and a.kind == "reference":
            parts.append("reference figures")
        if self.attribution:
            parts.append(f"citing {self.attribution}" if parts else self.attribution)
        if self.as_of:
            parts.append(f"as of {self.as_of.isoformat()}")
        where = (self.url or (a.url if a else None) or (a.path if a else None))
        if where:
            parts.append(f"({where})")
        return " ".join(parts) or "the ledger"

    def label(self) -> str:
        return self.text if self.text else format_number(
            to_fraction(self.value)) if self.value is not None else str(self.interval())


def widened(interval: Interval, rounding_unit: float | None) -> Interval:
    if rounding_unit and rounding_unit > 1 and interval.is_exact:
        half = to_fraction(rounding_unit) / 2
        return Interval(interval.lower - half, interval.upper + half)  # type: ignore[operator]
    return interval


def article_key(url: str | None, path: str | None) -> str:
    if url:
        return url
    if path:
        return "path:" + path
    raise LedgerError("an article needs a URL or a path to be recorded")


def resolved_path(path: str | None) -> str | None:
    """An article's path as the ledger knows it: absolute, with '/'."""
    if not path or path.startswith("<"):
        return path
    return Path(path).resolve().as_posix()


def entries_from(doc: Document, figures: list, packs: metrics_mod.Packs | None = None
                 ) -> list[Entry]:
    """The figures of a checked document that carry a metric key, as ledger entries."""
    out = []
    for fig in figures:
        c = fig.claim
        info = metrics_mod.describe(fig, doc, packs)
        if info is None:
            continue
        out.append(Entry(
            metric=info.metric, kind=c.kind.value, text=c.text, value=c.value, lower=c.lower,
            upper=c.upper, lower_inclusive=c.lower_inclusive, upper_inclusive=c.upper_inclusive,
            qualifier=c.qualifier, rounding_unit=c.rounding_unit, place=info.scope,
            source=info.source, attribution=c.attribution, unit=c.unit,
            as_of=c.as_of or doc.published, url=doc.url, claim_id=c.id))
    return out


# -- reference figures (CSV) -----------------------------------------------------------------

CSV_COLUMNS = ("metric", "value", "lower", "upper", "as_of", "source", "scope", "url", "place")


def _number(text: str, where: str) -> float | None:
    text = (text or "").strip().replace(",", "").replace("_", "")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise LedgerError(f"{where}: not a number: {text!r}") from None
    if math.isnan(value):
        raise LedgerError(f"{where}: not a number: {text!r}")
    return None if math.isinf(value) else value


def read_csv(path: Path, packs: metrics_mod.Packs | None = None) -> Iterator[Entry]:
    """Reference figures, one per row: metric, value or lower/upper, as_of, source, scope,
    url (and optionally place). A bad row raises ``LedgerError`` naming the line."""
    p = packs or metrics_mod.packs()
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise LedgerError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower().replace("-", "_") for h in (reader.fieldnames or [])]
        if "metric" not in header or not ({"value", "lower", "upper"} & set(header)):
            raise LedgerError(f"{path}: expected a header with metric, value (or lower/upper),"
                              f" as_of, source, scope, url; found {', '.join(header) or 'none'}")
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if unknown:
            raise LedgerError(f"{path}: unknown column {unknown[0]!r}; the columns are: "
                              f"{', '.join(CSV_COLUMNS)}")
        reader.fieldnames = header
        for row in reader:
            line = reader.line_num
            where = f"{path}:{line}"
            get = lambda k: (row.get(k) or "").strip()  # noqa: E731
            metric = get("metric")
            if not metric:
                raise LedgerError(f"{where}: no metric")
            value = _number(get("value"), where)
            lower = _number(get("lower"), where) if get("lower") else value
            upper = _number(get("upper"), where) if get("upper") else value
            if lower is None and upper is None:
                raise LedgerError(f"{where}: a row needs a value, or lower and/or upper")
            if lower is not None and upper is not None and lower > upper:
                raise LedgerError(f"{where}: lower {lower} is above upper {upper}")
            as_of = None
            if get("as_of"):
                try:
                    as_of = dt.date.fromisoformat(get("as_of"))
                except ValueError:
                    raise LedgerError(f"{where}: as_of is not a date (YYYY-MM-DD): "
                                      f"{get('as_of')!r}") from None
            source = get("source") or None
            if value is not None:
                text = format_number(Fraction(str(value)))
            else:
                text = f"[{'' if lower is None else format_number(Fraction(str(lower)))}, " \
                       f"{'' if upper is None else format_number(Fraction(str(upper)))}]"
            yield Entry(metric=metric, kind=ClaimKind.COUNT.value, text=text, value=value,
                        lower=lower, upper=upper, place=get("place") or None,
                        scope=get("scope") or None, source=p.source_key(source),
                        attribution=source, as_of=as_of, url=get("url") or None)
