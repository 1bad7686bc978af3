"""factcheck: a claim-consistency checker for news.

Every numeric claim in an article becomes a record with its value as an interval; a rules
engine checks the claims against each other. The public surface is small:

>>> from factcheck import check_text
>>> report = check_text("Militants seized 251 hostages, 297 of whom are still held.")
>>> [f.rule for f in report.findings]
['AR001']
"""

from __future__ import annotations

import datetime as dt

__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "extract_text"]


def check_text(text: str, path: str = "<text>", date: dt.date | None = None,
               fmt: str | None = None):
    """Audit one article given as a string: claims, relations, checks and findings."""
    from .config import defaults
    from .load import load_text
    from .models import DocumentFormat
    from .pipeline import Checker

    doc = load_text(text, path, DocumentFormat(fmt) if fmt else None)
    if doc.published is None and date is not None:
        doc.published, doc.published_source = date, "--date"
    return Checker(defaults()).audit(doc)


def extract_text(text: str, path: str = "<text>", date: dt.date | None = None):
    """The claims of one article given as a string (no rules run)."""
    from .config import defaults
    from .load import load_text
    from .pipeline import Checker

    doc = load_text(text, path)
    if doc.published is None and date is not None:
        doc.published, doc.published_source = date, "--date"
    return Checker(defaults()).audit(doc, run_checks=False)
