"""Segment: paragraphs, sentences, the headline and quoted speech in a document's text view."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .models import Document, DocumentFormat


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    headline: bool = False


@dataclass
class Segments:
    sentences: list[Sentence]
    quotes: list[tuple[int, int]]

    def __post_init__(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._quote_starts = [q[0] for q in self.quotes]

    def sentence_at(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[max(i, 0)]

    def in_quote(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, start) - 1
        return i >= 0 and self.quotes[i][0] <= start and end <= self.quotes[i][1]


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A sentence ends at . ! ? (and closing quotes or brackets) before white space and a capital,
# a digit or an opening quote.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Lt|Sgt|Capt|Cpl|Rep|Sen|Gov|Jr|Sr|Inc|Co|Corp|Ltd|"
    r"Plc|No|Nos|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|"
    r"Thurs|Fri|Sat|Sun|approx|est|Fig|Rev|Mt|Ft|Ave|Blvd|Rd|Bros|Messrs|Gov|Adm|Maj|Brig)"
    r"|\b(?:[A-Z]\.){1,3}[A-Z]?|\b[A-Z]|\be\.g|\bi\.e|\ba\.m|\bp\.m|\bU\.S|\bU\.K|\bU\.N)\.$")
_QUOTE = re.compile(r"“[^”]{1,3000}”|\"[^\"\n]{1,3000}\"")


def segment(doc: Document) -> Segments:
    text = doc.text
    sentences: list[Sentence] = []
    paragraph_starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    paragraph_ends = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]
    headline_end = _headline_end(doc)
    for p_index, (p_start, p_end) in enumerate(zip(paragraph_starts, paragraph_ends)):
        start = p_start
        for m in _SENTENCE_END.finditer(text, p_start, p_end):
            if _ABBREVIATION.search(text, max(p_start, m.start() - 12), m.start() + 1):
                continue
            end = m.end()
            sentences.append(Sentence(len(sentences), start, end, p_index,
                                      headline=start < headline_end))
            start = end
        if start < p_end or not sentences:
            sentences.append(Sentence(len(sentences), start, p_end, p_index,
                                      headline=start < headline_end))
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    return Segments(sentences, quotes)


def _headline_end(doc: Document) -> int:
    """End of the headline in the text view, where the headline is part of the text."""
    if doc.format is DocumentFormat.MARKDOWN:
        # The Markdown view keeps raw offsets, so a match in the raw text is a text span too.
        m = re.search(r"^[ \t]*#[ \t]+[^\n]+$", doc.raw, re.M)
        if m and not doc.text[:m.start()].strip():
            return m.end()
    if doc.format is DocumentFormat.HTML and doc.title:
        i = doc.text.find(doc.title)
        if i != -1 and not doc.text[:i].strip():
            return i + len(doc.title)
    return 0
