"""Loading: formats, metadata, publication dates and offsets back to the raw file."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import extract_text
from factcheck.load import InputProblem, decode, find_dateline, load_text
from factcheck.models import DocumentFormat


def _claim(report, text):
    return next(c for c in report.claims if c.text == text)


def test_markdown_front_matter_gives_metadata_and_offsets_stay_raw():
    raw = ("---\ntitle: Truce talks\ndate: 2024-09-17\noutlet: AFP\nurl: https://example.org/a\n"
           "---\n# Talks stall\n\nMilitants seized **251** hostages, [97](https://x.org/97) "
           "of whom are held.\n\n- 6 more were found\n")
    doc = load_text(raw, "a.md")
    assert (doc.format, doc.title, doc.outlet, doc.url, doc.published) == (
        DocumentFormat.MARKDOWN, "Truce talks", "AFP", "https://example.org/a",
        dt.date(2024, 9, 17))
    report = extract_text(raw, "a.md")
    for c in report.claims:
        assert raw[c.start:c.end] == c.text
    texts = [c.text for c in report.claims]
    assert "251" in texts and "97" in texts and "6" in texts
    assert "2024" not in "".join(texts)  # the front matter and the link target are not prose
    assert _claim(report, "251").line == 9


def test_markdown_list_numbers_are_not_claims():
    report = extract_text("1. Opening point\n2. Closing point with 40 people\n", "a.md")
    assert [c.text for c in report.claims] == ["40"]


def test_broken_front_matter_is_a_clear_problem():
    with pytest.raises(InputProblem, match="front matter"):
        load_text("---\ntitle: [unclosed\n---\nBody 5.\n", "a.md")


def test_html_offsets_entities_and_hidden_text():
    raw = ("<!doctype html><html><head><title>Gaza</title>"
           '<meta property="article:published_time" content="2024-09-17T10:00:00Z">'
           "<script>var x = 99;</script></head><body><h1>Truce</h1>"
           "<p>Militants seized <b>251</b> hostages, 97 of whom are&nbsp;held &amp; fed.</p>"
           "<p>AT&amp;T paid $5m.</p></body></html>")
    doc = load_text(raw, "a.html")
    assert doc.published == dt.date(2024, 9, 17)
    assert doc.published_source == "<meta article:published_time>"
    assert doc.title == "Gaza"
    assert "var x" not in doc.text
    report = extract_text(raw, "a.html")
    texts = [c.text for c in report.claims]
    assert texts == ["251", "97", "$5m"]
    for c in report.claims:
        assert raw[c.start:c.end] == c.text
    assert report.relations[0].kind == "subset"


def test_html_entity_inside_a_claim_maps_to_the_raw_span():
    raw = "<p>Prices rose 5&#37; in June.</p>"
    report = extract_text(raw, "a.html")
    [c] = report.claims
    assert c.kind.value == "percent"
    assert raw[c.start:c.end] == "5&#37;"


@pytest.mark.parametrize("head,expected", [
    ("date 2024-09-18 (MENAFN- Khaleej Times) Published: Tue 17 Sep 2024, 5:01 PM",
     dt.date(2024, 9, 17)),
    ("Last updated: 3 March 2025\nBody", dt.date(2025, 3, 3)),
    ("Published on: September 17, 2024\n", dt.date(2024, 9, 17)),
    ("date 2024-09-18 (MENAFN- Khaleej Times)\nNo other date.", dt.date(2024, 9, 18)),
])
def test_datelines(head, expected):
    assert find_dateline(head)[0] == expected


def test_no_dateline():
    assert find_dateline("The war began on October 7.") is None


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b"  \n\t ", "no text"),
    (b"\x00\x01\x02\x03", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_unreadable_bytes(data, reason):
    with pytest.raises(InputProblem, match=reason):
        decode(data)


def test_too_large():
    with pytest.raises(InputProblem, match="too large"):
        decode(b"a" * 101, max_bytes=100)


def test_utf8_with_bom_and_cp1252_fallback():
    assert decode("\ufeff5 people".encode("utf-8"))[0] == "5 people"
    text, fallback = decode("Caf\xe9 \u20ac 5".encode("cp1252"))
    assert text == "Café € 5" and fallback is not None and fallback.byte_offset == 3
