"""html: one self-contained page for editors.

The article's raw text with each claim highlighted by the worst verdict of the checks it is in
(inconsistent, undetermined, consistent, or unchecked), and beside it the findings and the
checks with their arithmetic; a summary on top. Findings and claim references are links that
move the focus to the claim (keys: Tab, Enter, n/p for the next/previous finding, Escape to go
back). Every piece of article text, path and message is escaped with ``html.escape``; the page
loads nothing and its Content-Security-Policy allows only its own style and script.

Needs ``DocumentReport.text`` (``Checker.audit(keep_text=True)``); without it the claims are
listed but the article is not shown.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, NamedTuple

from ..models import Check, DocumentReport, Finding, Report
from .common import claim_verdicts, plural, shown_findings
from .html_assets import CONTENT_SECURITY_POLICY, CSS, JS
from .text import claim_value

if TYPE_CHECKING:
    from . import FormatOptions

VERDICTS = ("inconsistent", "undetermined", "consistent", "unchecked")


class _Span(NamedTuple):
    start: int
    end: int
    anchor: str
    css: str
    title: str
    described_by: str


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _highlighted(text: str, spans: list[_Span]) -> str:
    """The text escaped, with a ``<mark>`` per span; a span that overlaps another is nested
    in it and cut at its end, so the marks are always well formed."""
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []

    def emit_to(end: int) -> None:
        nonlocal pos
        if end > pos:
            out.append(_e(text[pos:end]))
            pos = end

    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start = min(max(span.start, pos), len(text))
        while open_ends and start >= open_ends[-1]:
            emit_to(open_ends.pop())
            out.append("</mark>")
        end = min(max(span.end, start), len(text), *open_ends[-1:])
        emit_to(start)
        described = f' aria-describedby="{span.described_by}"' if span.described_by else ""
        out.append(f'<mark class="{span.css}" id="{span.anchor}" tabindex="-1" '
                   f'title="{_e(span.title)}"{described}>')
        open_ends.append(end)
    while open_ends:
        emit_to(open_ends.pop())
        out.append("</mark>")
    emit_to(len(text))
    return "".join(out)


class _Doc:
    """A document's anchors: claim id → element id, finding → element id."""

    def __init__(self, n: int, doc: DocumentReport, options: "FormatOptions"):
        self.n, self.doc = n, doc
        self.claim_anchor = {c.id: f"d{n}-c{i}" for i, c in enumerate(doc.claims, 1)}
        self.verdicts = claim_verdicts(doc)
        self.findings = shown_findings(doc, options)
        self.finding_id = {id(f): f"d{n}-f{i}" for i, f in enumerate(self.findings, 1)}

    def target(self, f: Finding) -> str:
        if f.claims and f.claims[0] in self.claim_anchor:
            return self.claim_anchor[f.claims[0]]
        return f"{self.finding_id[id(f)]}-at"

    def spans(self) -> list[_Span]:
        described: dict[str, list[str]] = {}
        for f in self.findings:
            described.setdefault(self.target(f), []).append(self.finding_id[id(f)])
        spans = []
        for c in self.doc.claims:
            anchor = self.claim_anchor[c.id]
            verdict = self.verdicts[c.id]
            spans.append(_Span(c.start, c.end, anchor, f"claim v-{verdict}",
                               f"{c.id} · {c.kind.value} {claim_value(c)}"
                               f"{' ' + c.noun if c.noun else ''} · {verdict}",
                               " ".join(described.get(anchor, []))))
        for f in self.findings:
            if not (f.claims and f.claims[0] in self.claim_anchor):
                anchor = self.target(f)
                spans.append(_Span(f.start, f.end, anchor, f"spot sev-{f.severity.value}",
                                   f"{f.rule} {f.severity.value}", self.finding_id[id(f)]))
        return spans


def _claim_link(d: _Doc, cid: str) -> str:
    anchor = d.claim_anchor.get(cid)
    if anchor is None:
        return _e(cid)
    return f'<a href="#{anchor}" data-target="{anchor}">{_e(cid)}</a>'


def _finding_item(d: _Doc, f: Finding) -> str:
    target = d.target(f)
    sev = f.severity.value
    claim = next((c for c in d.doc.claims if f.claims and c.id == f.claims[0]), None)
    quoted = f" “{_e(claim.text)}”" if claim is not None else ""
    parts = [f'<li class="finding sev-{sev}" id="{d.finding_id[id(f)]}">',
             f'<a class="jump" href="#{target}" data-target="{target}">'
             f'<span class="badge sev-{sev}">{sev}</span> <span class="rule">{_e(f.rule)} '
             f'{_e(f.name)}</span> <span class="at">line {f.line}:{f.column}{quoted}</span></a>',
             f"<p>{_e(f.message)}</p>"]
    if f.claims:  # a finding about the tool (an encoding) has no arithmetic to show
        parts.append(f"<p>Arithmetic: <code>{_e(f.arithmetic)}</code></p>")
    facts = [f"expected {_e(f.expected)}" if f.expected is not None else "",
             f"found {_e(f.found)}" if f.found is not None else "",
             f"tolerance: {_e(f.tolerance)}" if f.tolerance else "",
             "in a quotation" if f.in_quote else ""]
    if any(facts):
        parts.append(f'<p class="at">{" · ".join(x for x in facts if x)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _check_item(d: _Doc, ch: Check) -> str:
    claims = " ".join(_claim_link(d, cid) for cid in ch.claims)
    parts = [f'<li class="check v-{_e(ch.verdict)}"><span class="badge v-{_e(ch.verdict)}">'
             f'{_e(ch.verdict)}</span> <span class="rule">{_e(ch.rule)} {_e(ch.name)}</span> '
             f'<span class="at">claims {claims}</span>',
             f"<p>{_e(ch.explanation)}</p>",
             f"<p><code>{_e(ch.arithmetic)}</code></p>"]
    if ch.tolerance:
        parts.append(f'<p class="at">tolerance: {_e(ch.tolerance)}</p>')
    parts += [f'<p class="at">assuming {_e(a)}</p>' for a in ch.assumptions]
    parts.append("</li>")
    return "".join(parts)


def _claims_table(d: _Doc, with_ids: bool) -> str:
    rows = []
    for c in d.doc.claims:
        row_id = f' id="{d.claim_anchor[c.id]}" tabindex="-1"' if with_ids else ""
        rows.append(f"<tr{row_id}><td>{_e(c.id)}</td><td>{c.line}:{c.column}</td>"
                    f"<td>{_e(c.text)}</td><td>{_e(c.kind.value)}</td>"
                    f"<td>{_e(claim_value(c))}</td><td>{_e(c.noun or c.unit or '')}</td>"
                    f"<td>{_e(d.verdicts[c.id])}</td></tr>")
    head = "".join(f"<th>{h}</th>" for h in ("id", "at", "claim", "kind", "value", "counts",
                                              "verdict"))
    return (f'<details{" open" if with_ids else ""}><summary>Claims ({len(d.doc.claims)})'
            f"</summary><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
            "</table></details>")


def _document(d: _Doc) -> str:
    doc = d.doc
    meta = [x for x in (doc.title, doc.outlet) if x]
    meta.append(f"published {doc.published} ({doc.published_source})" if doc.published
                else "no publication date")
    meta.append(f"{plural(len(doc.claims), 'claim')}, {plural(len(doc.checks), 'check')}, "
                f"{plural(len(d.findings), 'finding')}")
    if doc.text is not None:
        article = f"<pre>{_highlighted(doc.text, d.spans())}</pre>"
    else:
        article = ("<p>The article text was not kept in this report; the claims are listed "
                   "beside.</p>")
    findings = ("".join(_finding_item(d, f) for f in d.findings)
                or "<li>No findings.</li>")
    checks = "".join(_check_item(d, ch) for ch in doc.checks) or "<li>No relation to check.</li>"
    return (f'<section class="doc" id="doc-{d.n}" aria-labelledby="doc-{d.n}-title">'
            f'<h2 id="doc-{d.n}-title">{_e(doc.path)}</h2>'
            f'<p class="meta">{_e(" · ".join(meta))}</p><div class="cols">'
            f'<div class="article" role="region" aria-label="Article text: {_e(doc.path)}">'
            f"{article}</div><aside aria-label=\"Findings and checks\">"
            f'<h3 id="doc-{d.n}-findings">Findings ({len(d.findings)})</h3>'
            f'<ol class="items">{findings}</ol>'
            f"<h3>Checks ({len(doc.checks)})</h3><ol class=\"items\">{checks}</ol>"
            f"{_claims_table(d, doc.text is None)}</aside></div></section>")


def _header(report: Report) -> str:
    s = report.summary
    counts = [plural(s.documents, "file"), f"{s.errors} not readable", plural(s.claims, "claim")]
    counts += [f"{n} {verdict}" for verdict, n in s.checks.items()]
    counts += [plural(n, k) if k != "info" else f"{n} info" for k, n in s.findings.items()]
    items = "".join("<li><b>{}</b> {}</li>".format(*_e(c).split(" ", 1)) for c in counts)
    legend = "".join(f'<li><mark class="claim v-{v}">{v}</mark></li>' for v in VERDICTS)
    return ("<header><h1>factcheck report</h1>"
            f'<ul class="counts" aria-label="Summary">{items}</ul>'
            f'<ul class="legend" aria-label="Claim colours">{legend}</ul>'
            '<p class="keys">Keys: Tab moves through the findings and checks, Enter jumps to the '
            "claim, n and p go to the next and previous finding, Escape goes back.</p>"
            "</header>")


def format_html(report: Report, options: "FormatOptions") -> str:
    docs = [_Doc(n, doc, options) for n, doc in enumerate(report.documents, 1)]
    parts = ["<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
             f"<title>factcheck report: {_e(plural(len(docs), 'file'))}</title>",
             f"<style>{CSS}</style></head><body>"]
    if docs:
        parts.append('<a class="skip" href="#doc-1-findings">Skip to the findings</a>')
    parts.append(_header(report))
    if len(docs) > 1:
        parts.append("<nav aria-label=\"Files\"><ul>" + "".join(
            f'<li><a href="#doc-{d.n}">{_e(d.doc.path)}</a> '
            f"({_e(plural(len(d.findings), 'finding'))})</li>" for d in docs) + "</ul></nav>")
    if report.errors:
        parts.append('<section class="not-checked"><h2>Not checked</h2><ul>' + "".join(
            f"<li>{_e(e.path)}: {_e(e.message)} ({_e(e.rule)})</li>" for e in report.errors)
            + "</ul></section>")
    parts.append("<main>" + "".join(_document(d) for d in docs) + "</main>")
    parts.append(f"<footer>{_e(report.tool.name)} {_e(report.tool.version)} · report schema "
                 f"{_e(report.schema_version)}</footer>")
    parts.append(f"<script>{JS}</script></body></html>\n")
    return "\n".join(parts)
