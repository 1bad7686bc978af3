"""The seed article's audit: the claims #2 names, the checks that hold, and the golden report."""

from __future__ import annotations

import json
import os

import pytest

from conftest import SEED, SEEDS

GOLDEN_JSON = SEEDS / "expected" / (SEED.stem + ".json")
GOLDEN_TEXT = SEEDS / "expected" / (SEED.stem + ".out")


@pytest.fixture
def audit(run):
    result = run("check", "--output-format", "json", str(SEED.relative_to(SEEDS.parent)),
                 cwd=SEEDS.parent)
    return result.code, json.loads(result.out)


def _claim(doc, text):
    matches = [c for c in doc["claims"] if c["text"] == text]
    assert matches, f"no claim {text!r} in {[c['text'] for c in doc['claims']]}"
    return matches[0]


def test_seed_exits_zero_with_no_findings(audit):
    code, report = audit
    assert code == 0
    assert report["summary"]["exit_code"] == 0
    assert report["documents"][0]["findings"] == []


def test_seed_publication_date_from_dateline(audit):
    doc = audit[1]["documents"][0]
    assert doc["published"] == "2024-09-17"
    assert doc["published_source"] == "dateline"
    assert doc["outlet"] == "Khaleej Times"


@pytest.mark.parametrize("text,kind,lower,upper,noun", [
    ("251", "count", 251, 251, "hostages"),
    ("97", "count", 97, 97, "hostages"),
    ("33", "count", 33, 33, "hostages"),
    ("1,205", "count", 1205, 1205, "people"),
    ("six", "count", 6, 6, "hostages"),
    ("at least 41,252", "count", 41252, None, "people"),
    ("11-month", "duration", 11, 11, "war"),
    ("one-week", "duration", 1, 1, "truce"),
    ("tenth", "ordinal", 10, 10, "trip"),
])
def test_seed_claims(audit, text, kind, lower, upper, noun):
    c = _claim(audit[1]["documents"][0], text)
    assert (c["kind"], c["lower"], c["upper"], c["noun"]) == (kind, lower, upper, noun)


def test_seed_claim_context(audit):
    doc = audit[1]["documents"][0]
    assert _claim(doc, "at least 41,252")["qualifier"] == "at least"
    assert _claim(doc, "at least 41,252")["value"] == 41252
    assert "ministry" in _claim(doc, "at least 41,252")["attribution"]
    assert _claim(doc, "1,205")["attribution"].startswith("AFP tally")
    assert _claim(doc, "33")["attribution"] == "Israeli military"
    assert _claim(doc, "97")["states"] == ["held"]
    assert _claim(doc, "251")["states"] == ["seized"]
    assert _claim(doc, "six")["as_of"] == "2024-09-01"  # "at the start of September"


def test_seed_locations_point_at_the_raw_text(audit):
    raw = SEED.read_text(encoding="utf-8")
    lines = raw.split("\n")
    for c in audit[1]["documents"][0]["claims"]:
        assert raw[c["start"]:c["end"]] == c["text"]
        assert lines[c["line"] - 1][c["column"] - 1:].startswith(c["text"].split("\n")[0])


def _check(doc, rule, claim_texts):
    ids: dict[str, str] = {}
    for c in doc["claims"]:
        ids.setdefault(c["text"], c["id"])  # the first claim printed so
    wanted = [ids[t] for t in claim_texts]
    for check in doc["checks"]:
        if check["rule"] == rule and check["claims"] == wanted:
            return check
    raise AssertionError(f"no {rule} check on {claim_texts}: {doc['checks']}")


def test_seed_checks_hold_with_their_arithmetic(audit):
    doc = audit[1]["documents"][0]
    part = _check(doc, "AR001", ["97", "251"])
    assert part["verdict"] == "consistent" and part["arithmetic"] == "97 ≤ 251"
    assert _check(doc, "AR001", ["33", "97"])["verdict"] == "consistent"
    weekdays = [c for c in doc["checks"] if c["rule"] == "TM001"]
    assert weekdays and all(c["verdict"] == "consistent" for c in weekdays)
    assert "17 September 2024 is a Tuesday" in weekdays[0]["explanation"]
    duration = _check(doc, "TM002", ["11-month", "October 7"])
    assert duration["verdict"] == "consistent"
    assert "2023-10-07 → 2024-09-17" in duration["arithmetic"]


def _normalised(report: dict) -> dict:
    report["tool"]["version"] = "<version>"
    return report


def test_seed_golden_json(audit):
    report = _normalised(audit[1])
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        GOLDEN_JSON.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert report == json.loads(GOLDEN_JSON.read_text("utf-8"))


def test_seed_golden_text(run):
    result = run("check", "--color", "never", str(SEED.relative_to(SEEDS.parent)),
                 cwd=SEEDS.parent)
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        GOLDEN_TEXT.write_text(result.out, "utf-8")
    assert result.out == GOLDEN_TEXT.read_text("utf-8")


def test_part_larger_than_whole_is_an_error_with_arithmetic(run, seed_text, tmp_path):
    mutated = tmp_path / "seed-297.txt"
    mutated.write_text(seed_text.replace("97 of whom", "297 of whom"), "utf-8")
    result = run("check", "--output-format", "json", str(mutated))
    assert result.code == 1
    doc = json.loads(result.out)["documents"][0]
    [finding] = doc["findings"]
    assert finding["rule"] == "AR001" and finding["severity"] == "error"
    assert mutated.read_text("utf-8")[finding["start"]:finding["end"]] == "297"
    assert (finding["expected"], finding["found"]) == ("≤ 251", "297")
    assert finding["arithmetic"] == "297 > 251"
    assert "297 hostages (held) is more than 251 hostages (seized)" in finding["message"]
    text = run("check", "--color", "never", str(mutated))
    assert text.code == 1 and "arithmetic: 297 > 251" in text.out
