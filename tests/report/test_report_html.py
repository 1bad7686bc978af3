"""html: one self-contained page, every piece of article text escaped, marks well formed."""

from __future__ import annotations

import base64
import hashlib
import re
from html import unescape
from html.parser import HTMLParser

from factcheck.models import Claim
from factcheck.report.html_format import format_html
from report_corpus import HOSTAGES, make_report, options

HOSTILE = ("Militants seized 251 hostages, 297 of whom are still held. "
           "<script>alert(1)</script> <img src=x onerror=alert(2)> & \"quotes\" 'too'\n")


class _Page(HTMLParser):
    """Collects tags, the <pre> text, and whether <mark>s nest properly."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []
        self.in_pre = 0
        self.pre_text: list[str] = []
        self.balanced = True

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("mark", "pre"):
            self.stack.append(tag)
        self.in_pre += tag == "pre"

    def handle_endtag(self, tag):
        if tag in ("mark", "pre"):
            if not self.stack or self.stack.pop() != tag:
                self.balanced = False
        self.in_pre -= tag == "pre"

    def _text(self, text):
        if self.in_pre:
            self.pre_text.append(text)

    def handle_data(self, data):
        self._text(data)

    def handle_entityref(self, name):
        self._text(unescape(f"&{name};"))

    def handle_charref(self, name):
        self._text(unescape(f"&#{name};"))


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_script_in_the_article_is_shown_as_text():
    page = format_html(make_report([("hostile.txt", HOSTILE.encode())]), options())
    assert "&lt;script&gt;alert(" in page
    assert "<script>alert" not in page and "<img" not in page
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags].count("script") == 1  # the page's own, at the end
    assert not any(t == "img" for t, _ in parsed.tags)
    assert "".join(parsed.pre_text) == HOSTILE  # the article, exactly, as text


def test_path_and_messages_are_escaped_too():
    report = make_report([("<b>evil</b>.txt", HOSTAGES.encode())])
    doc = report.documents[0]
    finding = doc.findings[0].model_copy(update={"message": "<i>x</i> \" ' &"})
    report = report.model_copy(update={"documents": [doc.model_copy(
        update={"findings": [finding]})]})
    page = format_html(report, options())
    assert "<b>evil" not in page and "&lt;b&gt;evil&lt;/b&gt;.txt" in page
    assert "<i>x</i>" not in page and "&lt;i&gt;x&lt;/i&gt; &quot; &#x27; &amp;" in page


def test_every_claim_is_highlighted_with_its_verdict():
    report = make_report([("a.txt", HOSTAGES.encode())])
    page = format_html(report, options())
    marks = [a for t, a in _parse(page).tags if t == "mark" and "id" in a]
    assert len(marks) == len(report.documents[0].claims)
    by_text = {}
    for c, m in zip(report.documents[0].claims, marks):
        by_text.setdefault(c.text, []).append(m["class"])
    assert by_text["297"] == ["claim v-inconsistent"]
    assert by_text["97"] == ["claim v-consistent"]
    assert by_text["33"] == ["claim v-unchecked"]


def test_overlapping_claims_nest_and_keep_the_text():
    report = make_report([("a.txt", HOSTAGES.encode())])
    doc = report.documents[0]
    extra = [doc.claims[0].model_copy(update={"id": "x1", "start": 10, "end": 40}),
             doc.claims[0].model_copy(update={"id": "x2", "start": 35, "end": 70}),
             doc.claims[0].model_copy(update={"id": "x3", "start": 5, "end": 5})]
    assert all(isinstance(c, Claim) for c in extra)
    report = report.model_copy(update={"documents": [doc.model_copy(
        update={"claims": doc.claims + extra})]})
    parsed = _parse(format_html(report, options()))
    assert parsed.balanced
    assert "".join(parsed.pre_text) == HOSTAGES
    ids = [a["id"] for t, a in parsed.tags if t == "mark" and "id" in a]
    assert len(ids) == len(set(ids)) == len(doc.claims) + 3


def test_self_contained_and_locked_down():
    page = format_html(make_report(), options())
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        assert "src" not in attrs, tag
        assert not attrs.get("href", "#").lstrip("#").startswith(("http", "//")), attrs
    assert "<link" not in page and "@import" not in page and "url(" not in page
    csp = next(a["content"] for t, a in parsed.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp.startswith("default-src 'none'")
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_findings_are_links_to_their_claims():
    report = make_report([("a.txt", HOSTAGES.encode())])
    parsed = _parse(format_html(report, options()))
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    jumps = [a for t, a in parsed.tags if t == "a" and "jump" in a.get("class", "")]
    assert len(jumps) == 1
    assert jumps[0]["href"] == "#" + jumps[0]["data-target"]
    assert jumps[0]["data-target"] in ids
    marks = {a["id"]: a for t, a in parsed.tags if t == "mark" and "id" in a}
    target = marks[jumps[0]["data-target"]]
    assert target["tabindex"] == "-1" and target["aria-describedby"] == "d1-f1"


def test_without_the_text_the_claims_are_the_targets():
    report = make_report([("a.txt", HOSTAGES.encode())], keep_text=False)
    parsed = _parse(format_html(report, options()))
    assert not any(t == "mark" and "id" in a for t, a in parsed.tags)
    rows = {a["id"] for t, a in parsed.tags if t == "tr" and "id" in a}
    jumps = [a["data-target"] for t, a in parsed.tags if t == "a" and "data-target" in a]
    assert jumps and set(jumps) <= rows
