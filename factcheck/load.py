"""Load: bytes to a ``Document``.

Decodes the input (UTF-8; Windows-1252 as a stated fallback), recognises its format, builds the
plain-text view the later stages read, and keeps the map from that view back to the raw text so
that every location points at the source. Reads metadata: title, outlet, URL and publication
date from Markdown front matter, HTML ``<meta>`` tags or a printed dateline.

Every way an input can be unusable raises ``InputProblem`` with a one-line reason.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from html import unescape
from pathlib import Path

import yaml

from .models import Document, DocumentFormat
from .recognise.calendar import MONTHS, parse_date_text

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class InputProblem(Exception):
    """An input that cannot be checked. ``str()`` is the one-line reason."""


class DecodingFallback(Warning):
    """Not UTF-8: decoded as Windows-1252. Carries where the first bad byte was."""

    def __init__(self, byte_offset: int, byte: int):
        super().__init__(f"not valid UTF-8 (byte 0x{byte:02X} at byte {byte_offset}); "
                         "read as Windows-1252")
        self.byte_offset = byte_offset
        self.byte = byte


# -- bytes to text ------------------------------------------------------------------------

def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, DecodingFallback | None]:
    if len(data) > max_bytes:
        raise InputProblem(f"too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise InputProblem("empty file" if not data else "no text (only white space)")
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise InputProblem("binary file (not text)")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        fallback = DecodingFallback(exc.start, data[exc.start])
    try:
        return data.decode("cp1252"), fallback
    except UnicodeDecodeError:
        return data.decode("latin-1"), fallback


def _looks_binary(head: bytes) -> bool:
    # Text has few control characters besides tab, newline, carriage return and form feed.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(head) // 100)


def detect_format(path: str, text: str) -> DocumentFormat:
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return DocumentFormat.MARKDOWN
    if suffix in HTML_SUFFIXES:
        return DocumentFormat.HTML
    head = text[:512].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return DocumentFormat.HTML
    return DocumentFormat.TEXT


# -- entry points -------------------------------------------------------------------------

def load_path(path: str | Path, *, display_path: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Document, DecodingFallback | None]:
    p = Path(path)
    shown = display_path or str(path)
    if not p.exists():
        raise InputProblem("no such file or directory")
    if p.is_dir():
        raise InputProblem("is a directory")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise InputProblem(f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = p.read_bytes()
    except PermissionError:
        raise InputProblem("permission denied") from None
    except OSError as exc:
        raise InputProblem(exc.strerror or str(exc)) from None
    return load_bytes(data, shown, max_bytes=max_bytes)


def load_bytes(data: bytes, path: str, *, max_bytes: int = DEFAULT_MAX_BYTES
               ) -> tuple[Document, DecodingFallback | None]:
    raw, fallback = decode(data, max_bytes)
    return load_text(raw, path), fallback


def load_text(raw: str, path: str, fmt: DocumentFormat | None = None) -> Document:
    fmt = fmt or detect_format(path, raw)
    if fmt is DocumentFormat.MARKDOWN:
        doc = _load_markdown(raw, path)
    elif fmt is DocumentFormat.HTML:
        doc = _load_html(raw, path)
    else:
        doc = Document(path=path, format=fmt, raw=raw, text=raw)
    if doc.published is None:
        found = find_dateline(doc.text)
        if found:
            doc.published, doc.published_source = found
    if doc.outlet is None:
        m = _SYNDICATION.search(doc.text[:400])
        if m:
            doc.outlet = m.group(1).strip()
    return doc


# -- Markdown ---------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
# Markup that carries no prose: blanked with spaces so that offsets stay those of the raw file.
_MD_BLANK = [
    re.compile(r"<!--.*?-->", re.S),                          # comments (suppressions)
    re.compile(r"(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)"),  # link targets
    re.compile(r"^\[[^\]]+\]:\s*\S+.*$", re.M),                # reference definitions
    re.compile(r"^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,9}[.)])(?=[ \t])", re.M),  # block markers
    re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M),          # thematic breaks
    re.compile(r"</?[A-Za-z][^<>]*>"),                         # inline HTML tags
    re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)|!?\[|\]|`+|\|"),  # emphasis, brackets, code, tables
]


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _load_markdown(raw: str, path: str) -> Document:
    text = raw
    meta: dict = {}
    m = _FRONT_MATTER.match(raw)
    if m:
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 2})" if mark is not None else ""
            reason = getattr(exc, "problem", None) or "not valid YAML"
            raise InputProblem(f"front matter{where}: {reason}") from None
        if not isinstance(meta, dict):
            raise InputProblem("front matter: expected a mapping of keys to values")
        text = _blank(m) + raw[m.end():]
    for pattern in _MD_BLANK:
        text = pattern.sub(_blank, text)
    doc = Document(path=path, format=DocumentFormat.MARKDOWN, raw=raw, text=text, meta=meta)
    doc.title = _str_or_none(meta.get("title"))
    if doc.title is None:
        h = re.search(r"^#[ \t]+(.+)$", raw, re.M)
        doc.title = h.group(1).strip() if h else None
    doc.outlet = _str_or_none(meta.get("outlet") or meta.get("publisher") or meta.get("source"))
    doc.url = _str_or_none(meta.get("url") or meta.get("canonical"))
    date_value = meta.get("date") or meta.get("published")
    if date_value is not None:
        published = _coerce_date(date_value)
        if published is None:
            raise InputProblem(f"front matter: date {date_value!r} is not a date (YYYY-MM-DD)")
        doc.published, doc.published_source = published, "front matter"
    return doc


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value).strip() or None


def _coerce_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
        return parse_date_text(value)
    return None


# -- HTML -------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
}
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_DATE_META = ("article:published_time", "date", "pubdate", "publishdate", "dc.date",
              "dc.date.issued", "datepublished", "og:article:published_time", "sailthru.date")


class _TextExtractor(HTMLParser):
    """Collects visible text with, for each character, its offset in the raw HTML."""

    def __init__(self, raw: str):
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.ends: list[int] = []
        self.hidden = 0
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: list[str] = []
        self.in_h1 = False

    def _here(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, offset: int, raw_length: int | None = None) -> None:
        """Append ``text`` found at raw ``offset``; ``raw_length`` when it was printed as an
        entity or stands for a tag (every character then maps to the whole raw span)."""
        if self.in_title:
            self.title_parts.append(text)
        if self.hidden:
            return
        if self.in_h1:
            self.h1.append(text)
        self.chars.append(text)
        if raw_length is None:
            self.offsets.extend(range(offset, offset + len(text)))
            self.ends.extend(range(offset + 1, offset + len(text) + 1))
        else:
            self.offsets.extend([offset] * len(text))
            self.ends.extend([offset + raw_length] * len(text))

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, unescape(a["content"]))
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        if tag == "time" and a.get("datetime") and "time" not in self.meta:
            self.meta["time"] = a["datetime"]
        if tag == "title":
            self.in_title = True
        if tag == "h1" and not self.h1:
            self.in_h1 = True
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self._emit("\n", self._here(), 0)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN_TAGS:
            self.hidden -= 1

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self._emit("\n", self._here(), 0)

    def handle_data(self, data):
        self._emit(data, self._here())

    def _entity_length(self, here: int) -> int:
        m = re.match(r"&#?\w+;?", self.raw[here:here + 40])
        return m.end() if m else 1

    def handle_entityref(self, name):
        here = self._here()
        text = unescape(f"&{name};")
        length = self._entity_length(here)
        if text == f"&{name};":  # unknown entity: keep it as printed
            self._emit(self.raw[here:here + length], here)
        else:
            self._emit(text, here, length)

    def handle_charref(self, name):
        here = self._here()
        self._emit(unescape(f"&#{name};"), here, self._entity_length(here))


def _load_html(raw: str, path: str) -> Document:
    parser = _TextExtractor(raw)
    try:
        parser.feed(raw)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything it still rejects is unreadable
        raise InputProblem(f"HTML could not be parsed: {exc}") from None
    text = "".join(parser.chars)
    if not text.strip():
        raise InputProblem("HTML has no visible text")
    meta = parser.meta
    title = meta.get("og:title") or "".join(parser.title_parts).strip() or "".join(parser.h1).strip()
    doc = Document(path=path, format=DocumentFormat.HTML, raw=raw, text=text,
                   offsets=parser.offsets, offset_ends=parser.ends, meta=dict(meta))
    doc.title = unescape(title) if title else None
    doc.outlet = meta.get("og:site_name")
    doc.url = meta.get("og:url") or meta.get("canonical")
    for key in (*_DATE_META, "time"):
        if key in meta:
            published = _coerce_date(meta[key])
            if published:
                doc.published, doc.published_source = published, f"<meta {key}>"
                break
    return doc


# -- datelines -------------------------------------------------------------------------------

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?"
_LABELLED = re.compile(
    rf"\b(?:Published|Posted|Date|First published|Updated|Last updated)\s*(?:on)?\s*:?\s*"
    rf"(?:{_WEEKDAY}\s+)?((?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}})"
    rf"|(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})|\d{{4}}-\d{{2}}-\d{{2}})",
    re.I)
_ISO_DATELINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b", re.I)
_DATELINE_WORDS = ("publish", "posted", "date")
_SYNDICATION = re.compile(r"\((?:MENAFN|PRNewswire|Business Wire)\s*-\s*([^)]+)\)")


def find_dateline(text: str) -> tuple[dt.date, str] | None:
    """A publication date printed in the article's first lines."""
    head = text[:1500]
    # Every label (and the ISO dateline) holds one of these words. In ASCII text, where
    # lower-casing is exactly what re.I compares, their absence rules out a dateline cheaply.
    if head.isascii():
        lowered = head.lower()
        if not any(word in lowered for word in _DATELINE_WORDS):
            return None
    labelled = [m for m in _LABELLED.finditer(head)]
    # "Published:" wins over "Updated:", which wins over any other labelled date.
    labelled.sort(key=lambda m: 0 if m.group(0).lower().startswith(("published", "posted",
                                                                     "first published")) else 1)
    for m in labelled:
        date = parse_date_text(m.group(1))
        if date:
            return date, "dateline"
    m = _ISO_DATELINE.match(head)
    if m:
        date = _coerce_date(m.group(1))
        if date:
            return date, "dateline"
    return None
