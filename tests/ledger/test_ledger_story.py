"""One fast-moving story by several outlets on different days (tests/ledger/fixtures/):
a stale figure is flagged, an AFP tally against an official count is explained without an
error, the consistent reports raise nothing. Also the CLI and ``compare`` on the BBC pairs."""

from __future__ import annotations

import collections
import json
import os
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.config import defaults
from factcheck.ledger import ArticleInfo, article_key, entries_from, open_ledger, resolved_path
from factcheck.load import load_path
from factcheck.pipeline import Checker

from .conftest import FIXTURES

STORY = sorted(p for p in FIXTURES.glob("*.md") if p.name != "README.md")
ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))


def _build(location, paths):
    checker = Checker(defaults())
    with open_ledger(location) as ledger:
        for path in paths:
            doc, _ = load_path(path)
            figures, _ = checker.extract(doc)
            p = resolved_path(str(path))
            ledger.add_article(ArticleInfo(key=article_key(doc.url, p), path=p, url=doc.url,
                                           outlet=doc.outlet, published=doc.published),
                               entries_from(doc, figures))


def _check(location, path):
    with open_ledger(location) as ledger:
        doc, _ = load_path(path)
        return Checker(defaults(), ledger=ledger).audit(doc)


def _xs(report, severity=None):
    return [f for f in report.findings if f.rule.startswith("XS")
            and (severity is None or f.severity.value == severity)]


@pytest.fixture
def story(location):
    _build(location, STORY)
    return location


def test_the_stale_figure_is_flagged(story):
    report = _check(story, FIXTURES / "2024-09-18-late-edition.md")
    stale = [f for f in _xs(report) if f.rule == "XS003"]
    assert len(stale) == 1 and stale[0].severity.value == "warning"
    assert "40,005" in stale[0].message and "41,252" in stale[0].message
    assert "Desert Courier" in stale[0].message
    assert not _xs(report, "error")


def test_an_afp_tally_against_an_official_count_is_explained_not_an_error(story):
    report = _check(story, FIXTURES / "2023-12-16-capital-gazette.md")
    explained = [f for f in _xs(report) if f.rule == "XS004"]
    assert len(explained) == 1 and explained[0].severity.value == "info"
    assert "AFP tally" in explained[0].message and "Israeli officials" in explained[0].message
    assert not [f for f in _xs(report) if f.severity.value != "info"]


@pytest.mark.parametrize("name", [p.name for p in STORY if "late-edition" not in p.name
                                  and "capital-gazette" not in p.name])
def test_consistent_reports_raise_nothing(story, name):
    report = _check(story, FIXTURES / name)
    assert not [f for f in _xs(report) if f.severity.value in ("error", "warning")], \
        [f.message for f in _xs(report)]
    # ... and the ledger did speak about them (an article is not compared with itself).
    if name >= "2024-08-21":
        assert [c for c in report.checks if c.rule.startswith("XS")]


def test_reference_csv_scope_is_an_explained_difference(location, tmp_path):
    csv_path = tmp_path / "official.csv"
    csv_path.write_text("metric,value,as_of,source,scope,url\nhostages.seized,255,2024-09-17,"
                        "Israeli officials,including four held since 2014,"
                        "https://gov.invalid/hostages\n", encoding="utf-8")
    from factcheck.ledger import read_csv
    with open_ledger(location) as ledger:
        ledger.import_reference(ArticleInfo(key="csv:o", kind="reference"), read_csv(csv_path))
    report = _check(location, FIXTURES / "2024-09-17-desert-courier.md")
    explained = [f for f in _xs(report) if f.rule == "XS004"]
    assert explained and "four held since 2014" in explained[0].message
    assert not _xs(report, "error")


def test_cli_ledger_add_import_show_check(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ledger = str(tmp_path / "story.sqlite")
    earlier = [str(p) for p in STORY if "late-edition" not in p.name]
    assert main(["ledger", "add", *earlier, "--ledger", ledger]) == 0
    assert "from 6 article(s)" in capsys.readouterr().out
    # Re-adding replaces: the count of figures does not change.
    assert main(["ledger", "add", earlier[0], "--ledger", ledger]) == 0
    capsys.readouterr()
    assert main(["ledger", "show", "deaths.total", "--ledger", ledger]) == 0
    out = capsys.readouterr().out
    assert "41,252" in out and "Desert Courier" in out and out.index("40,005") < out.index("41,252")
    csv_path = tmp_path / "official.csv"
    csv_path.write_text("metric,value,as_of,source,scope,url\n"
                        "deaths.total,41226,2024-09-16,Gaza health ministry,,\n", "utf-8")
    assert main(["ledger", "import", str(csv_path), "--ledger", ledger]) == 0
    assert "imported 1" in capsys.readouterr().out
    code = main(["check", str(FIXTURES / "2024-09-18-late-edition.md"), "--ledger", ledger,
                 "--output-format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0  # a warning does not fail the default --fail-on error
    assert [f["rule"] for f in report["documents"][0]["findings"]] == ["XS003"]
    assert main(["check", str(FIXTURES / "2024-09-18-late-edition.md"), "--ledger", ledger,
                 "--fail-on", "warning", "-q"]) == 1
    capsys.readouterr()
    assert main(["ledger", "show", "--ledger", str(tmp_path / "missing.sqlite")]) == 2
    assert "no such ledger" in capsys.readouterr().err


def test_cli_compare_two_outlets(capsys):
    code = main(["compare", str(FIXTURES / "2024-09-17-desert-courier.md"),
                 str(FIXTURES / "2024-09-18-late-edition.md"), "--output-format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [(r["quantity"], r["status"]) for r in out["rows"]] == [("deaths.total", "differs")]


# -- the BBC corpus: two revisions of 31 stories ----------------------------------------------

# Every figure that differs between the two revisions, found by reading the pairs.
BBC_DIFFERENCES = {
    ("bbc-politics-077", "bbc-politics-354"): {("eighth", "ninth")},      # Brown's Budgets
    ("bbc-tech-009", "bbc-tech-379"): {("1980s", "1990s")},               # Tamagotchi's decade
    ("bbc-tech-064", "bbc-tech-338"): {("£9.4 million", "£94 million")},  # the conversion x10
}


def _bbc_pairs():
    path = SHARED / "corpus" / "bbc_news.jsonl"
    if not path.is_file():
        pytest.skip(f"corpus not found at {path} (set FACTCHECK_SHARED)")
    by_title = collections.defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            a = json.loads(line)
            by_title[a["title"]].append(a)
    return [v for v in by_title.values() if len(v) == 2 and v[0]["text"] != v[1]["text"]]


def test_compare_reports_every_figure_that_differs_between_bbc_revisions(tmp_path, capsys):
    pairs = _bbc_pairs()
    assert len(pairs) == 31
    found = {}
    for a, b in pairs:
        paths = []
        for art in (a, b):
            p = tmp_path / f"{art['id']}.txt"
            p.write_text(art["text"], encoding="utf-8")
            paths.append(str(p))
        assert main(["compare", *paths, "--output-format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)["rows"]
        differs = {tuple(f["text"] for f in r["figures"].values()) for r in rows
                   if r["status"] == "differs"}
        if differs:
            found[(a["id"], b["id"])] = differs
    assert found == BBC_DIFFERENCES


def test_compare_names_the_factor_of_ten(tmp_path, capsys):
    pairs = {tuple(sorted((a["id"], b["id"]))): (a, b) for a, b in _bbc_pairs()}
    a, b = pairs[("bbc-tech-064", "bbc-tech-338")]
    paths = []
    for art in (a, b):
        p = tmp_path / f"{art['id']}.txt"
        p.write_text(art["text"], encoding="utf-8")
        paths.append(str(p))
    assert main(["compare", *paths]) == 0
    out = capsys.readouterr().out
    assert "£9.4 million" in out and "£94 million" in out and "a factor of 10" in out
    assert "1 differ" in out
