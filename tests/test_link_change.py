"""Changes that print less than a full "rose 5% to $20m from $19m" (link/change.py): results-table
pairs ("Sales 242.9 mln vs 225.8 mln", no direction stated) and changes without their old level
("rose 32,000 to 1.41 million"). Both are linked; no rule has anything to check in them."""

from __future__ import annotations

import pytest

from factcheck import check_text
from factcheck.config import defaults
from factcheck.load import load_text
from factcheck.pipeline import Checker


def _changes(text: str) -> list[dict[str, str]]:
    figures, relations = Checker(defaults()).extract(load_text(text, "table.txt"))
    by_id = {f.id: f.claim.text for f in figures}
    return [{"cue": r.cue, **{role: by_id[i] for role, i in r.roles.items()}}
            for r in relations if r.kind == "change"]


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(c["new"], c["old"], c["cue"]) for c in _changes(text)]


@pytest.mark.parametrize("text, expected", [
    ("Shr 50 cts vs 40 cts", [("50 cts", "40 cts", "level: vs")]),
    ("Sales 242.9 mln vs 225.8 mln", [("242.9 mln", "225.8 mln", "level: vs")]),
    # the sign as a word; the second figure's currency left unsaid
    ("Oper net loss 1,791,000 vs profit 2,336,000", [("1,791,000", "2,336,000", "level: vs")]),
    ("Net profit 35.4 billion won vs 34.2", [("35.4 billion won", "34.2", "level: vs")]),
    ("Turnover was $44.7bn, compared to $45.9bn a year ago.",
     [("$44.7bn", "$45.9bn", "level: compared to")]),
])
def test_a_versus_pair_is_a_change_without_direction(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Shr 50 cts vs 12 pct",            # a percent is not the amount's earlier level
    "It has 1,200 workers vs 14 plants",
    "Revs 10.5 mln dlrs vs 1.2 mln tonnes",
])
def test_unlike_figures_are_not_paired(text):
    assert all(cue != "level: vs" for _, _, cue in _pairs(text))


@pytest.mark.parametrize("text, expected", [
    ("The number out of work rose 32,000 to 1.41 million.",
     [{"cue": "rise: rose", "change": "32,000", "new": "1.41 million"}]),
    ("Canadian imports rose 3.2 per cent to 2.6 million gallons.",
     [{"cue": "rise: rose", "change": "3.2 per cent", "new": "2.6 million gallons"}]),
    ("Sales rose 5% to $20m from $19m.",
     [{"cue": "rise: rose", "change": "5%", "new": "$20m", "old": "$19m"}]),
    # a level alone after "to" is no change: nothing says by how much or from where
    ("Sales rose to $20m.", []),
])
def test_a_change_may_leave_its_old_level_unprinted(text, expected):
    assert _changes(text) == expected


def test_a_change_without_its_old_level_is_linked_but_not_checked():
    # a fall of 11,000 to 9 is absurd, but with no old level there is nothing to measure
    report = check_text("Unemployment fell 11,000 to 9.")
    assert [r.kind for r in report.relations] == ["change"]
    assert not report.checks and not report.findings
