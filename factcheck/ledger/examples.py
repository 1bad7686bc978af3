"""Rule examples for the cross-source (XS) rules: several reports in one text.

An example is reports separated by lines of three dashes; each but the last goes into a
small in-memory ledger, and the last is checked against it. A report opens with a dateline
("Published: 10 September 2024") and may name its outlet and URL on lines of their own
("Outlet: Reuters", "URL: https://..."). A part that starts with "CSV:" is reference figures
(the columns of ``factcheck ledger import``).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from .records import ArticleInfo, entries_from, read_csv
from .store import open_ledger

_SEPARATOR = re.compile(r"\n-{3,}\n")
_META = re.compile(r"^(Outlet|URL):[ \t]*(.+)$", re.M)


def split_example(text: str) -> list[str]:
    return [p.strip("\n") for p in _SEPARATOR.split(text)]


def meta(part: str) -> tuple[dict[str, str], str]:
    """The part's Outlet/URL lines, and the part without them."""
    found = {m.group(1).lower(): m.group(2).strip() for m in _META.finditer(part)}
    return found, _META.sub("", part)


def check_example(text: str):
    """The ``DocumentReport`` of the example's last report, checked against the others."""
    from ..config import defaults
    from ..load import load_text
    from ..pipeline import Checker

    parts = split_example(text)
    ledger = open_ledger(":memory:")
    checker = Checker(defaults(), ledger=ledger)
    for i, part in enumerate(parts[:-1]):
        if part.startswith("CSV:"):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"example-{i}.csv"
                path.write_text(part[4:].strip() + "\n", encoding="utf-8")
                ledger.import_reference(ArticleInfo(key=f"csv:example-{i}", kind="reference",
                                                    path=str(path)), list(read_csv(path)))
            continue
        info, body = meta(part)
        doc = load_text(body, f"<earlier-{i + 1}>")
        doc.url = doc.url or info.get("url")
        figures, _ = checker.extract(doc)
        ledger.add_article(ArticleInfo(key=f"example:{i}", path=doc.path, url=doc.url,
                                       outlet=info.get("outlet") or f"report {i + 1}",
                                       published=doc.published), entries_from(doc, figures))
    info, body = meta(parts[-1])
    doc = load_text(body, "<text>")
    doc.url = doc.url or info.get("url")
    return checker.audit(doc)


__all__ = ["check_example", "split_example"]
