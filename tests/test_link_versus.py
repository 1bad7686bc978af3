"""Results-table pairs ("Sales 242.9 mln vs 225.8 mln"): a change from the year-earlier figure
to this one, with no direction stated (link/change.py, ``_versus``)."""

from __future__ import annotations

import pytest

from factcheck.config import defaults
from factcheck.load import load_text
from factcheck.pipeline import Checker


def _pairs(text: str) -> list[tuple[str, str, str]]:
    figures, relations = Checker(defaults()).extract(load_text(text, "table.txt"))
    by_id = {f.id: f.claim.text for f in figures}
    return [(by_id[r.roles["new"]], by_id[r.roles["old"]], r.cue)
            for r in relations if r.kind == "change"]


@pytest.mark.parametrize("text, expected", [
    ("Shr 50 cts vs 40 cts", [("50 cts", "40 cts", "level: vs")]),
    ("Sales 242.9 mln vs 225.8 mln", [("242.9 mln", "225.8 mln", "level: vs")]),
    # the sign as a word; the second figure's currency left unsaid
    ("Oper net loss 1,791,000 vs profit 2,336,000", [("1,791,000", "2,336,000", "level: vs")]),
    ("Net profit 35.4 billion won vs 34.2", [("35.4 billion won", "34.2", "level: vs")]),
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
