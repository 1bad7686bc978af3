"""Metric keys from the topic packs (rules/topics/): the seed's figures and a few sentences."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from conftest import ROOT, SEED
from factcheck import extract_text
from factcheck.link.metrics import Packs, TopicPack, entity_key, packs, topics_dir
from factcheck.schemas import schema


def _claims(text, date=dt.date(2024, 9, 17)):
    return extract_text(text, date=date).claims


def _metric(text, figure, date=dt.date(2024, 9, 17)):
    found = [c for c in _claims(text, date) if c.text == figure]
    assert found, f"no claim {figure!r} in {[c.text for c in _claims(text, date)]}"
    return found[0].metric


@pytest.mark.parametrize("figure,metric", [
    ("251", "hostages.seized"),
    ("97", "hostages.held"),
    ("33", "hostages.dead_held"),
    ("1,205", "deaths.october7"),
    ("at least 41,252", "deaths.total"),
    ("six", "hostages.bodies_recovered"),
    ("tenth", "sequence.trip"),
])
def test_seed_metric_keys(figure, metric):
    assert _metric(SEED.read_text("utf-8"), figure) == metric


def test_seed_keys_for_cross_source_checks():
    from factcheck.config import defaults
    from factcheck.link.metrics import describe
    from factcheck.load import load_text
    from factcheck.pipeline import Checker

    doc = load_text(SEED.read_text("utf-8"), str(SEED))
    figures, _ = Checker(defaults()).extract(doc)
    info = {f.claim.text: describe(f, doc) for f in figures if f.claim.metric}
    assert info["at least 41,252"].scope == "gaza"
    assert info["at least 41,252"].source == "gaza-health-ministry"
    assert info["at least 41,252"].trend == "rising"
    assert info["1,205"].source == "afp-tally"
    assert info["97"].trend == "falling"
    assert info["33"].source == "israeli-military"
    assert info["tenth"].scope == "blinken"


@pytest.mark.parametrize("text,figure,metric", [
    ("Hamas freed 105 hostages during the November truce.", "105", "hostages.released"),
    ("The ministry said 16,500 children have been killed in Gaza.", "16,500",
     "deaths.children"),
    ("More than 95,000 people have been wounded in Gaza, the ministry said.",
     "More than 95,000", "injured.total"),
    ("Some 1.9 million people have been displaced across the territory.",
     "Some 1.9 million", "displaced.total"),
    ("The October 7 attack killed 1,139 people, according to an AFP tally.", "1,139",
     "deaths.october7"),
    ("At least 40,005 people have been killed in Gaza since October 7, the ministry said.",
     "At least 40,005", "deaths.total"),
    ("Tesco said pre-tax profits rose to £2.2bn in the year.", "£2.2bn",
     "results.pre_tax_profit"),
    ("Revenue at Apple rose to $24.2bn, the company said.", "$24.2bn", "results.revenue"),
    ("The firm reported earnings per share of 52 cents.", "52 cents", "results.eps"),
])
def test_sentences(text, figure, metric):
    assert _metric(text, figure) == metric


@pytest.mark.parametrize("text,figure", [
    ("The club sold 5,000 tickets in an hour.", "5,000"),
    ("She was born in a village of 300 people.", "300"),
])
def test_no_metric_where_no_pack_applies(text, figure):
    assert _metric(text, figure) is None


def test_synonyms_are_data():
    pack = TopicPack.model_validate({
        "pack": "test", "description": "a test pack",
        "places": {"atlantis": ["Atlantis", "the lost city"]},
        "sources": {"oracle": ["the Oracle", "Delphi"]},
        "metrics": [{"key": "ships.sunk", "description": "ships sunk", "nouns": ["ship"],
                     "states": ["sunk"], "trend": "rising"}]})
    p = Packs([pack])
    assert p.place_key("off the coast of the lost city") == "atlantis"
    assert p.source_key("priests at Delphi") == "oracle"
    assert p.source_key("The Navy's spokesman") == "navy spokesman"


def test_entity_key():
    assert entity_key("The US State Department said on Monday Secretary of State Antony "
                      "Blinken would visit Egypt this week, his ") == "blinken"
    assert entity_key("Tesco's ") == "tesco"
    assert entity_key("Shares in Vodafone rose after ") == "vodafone"


def test_packs_validate_against_the_committed_schema():
    validator = jsonschema.Draft202012Validator(schema("topic"))
    files = sorted(topics_dir().glob("*.yml"))
    assert len(files) >= 2
    for path in files:
        data = yaml.safe_load(path.read_text("utf-8"))
        errors = list(validator.iter_errors(data))
        assert not errors, f"{path}: {errors[0].message}"
        TopicPack.model_validate(data)
    committed = json.loads((ROOT / "schemas" / "topic.schema.json").read_text("utf-8"))
    assert committed == schema("topic")


def test_metric_keys_are_unique_and_trends_known():
    p = packs()
    keys = [m.key for m in p.metrics]
    assert len(keys) == len(set(keys))
    assert p.by_key["deaths.total"].trend == "rising"
    assert p.by_key["hostages.held"].trend == "falling"
    assert p.by_key["hostages.released"].trend == "rising"
