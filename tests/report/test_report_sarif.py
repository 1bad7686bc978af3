"""SARIF: valid against the OASIS 2.1.0 schema, and shaped as GitHub code scanning reads it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.report.sarif import format_sarif
from report_corpus import HERE, HOSTAGES, make_report, options

SCHEMA_COPIES = [HERE / "schemas" / "sarif-schema-2.1.0.json",
                 HERE.parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"]


@pytest.fixture(scope="module")
def validator():
    path = next((p for p in SCHEMA_COPIES if p.exists()), None)
    if path is None:
        pytest.skip("the SARIF 2.1.0 schema is not in tests/report/schemas/ nor in shared/")
    schema = json.loads(path.read_text("utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def _errors(validator, sarif):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(sarif)]


@pytest.fixture(scope="module")
def report():
    return make_report()


def test_sarif_validates_against_the_oasis_schema(validator, report):
    for min_severity in ("info", "error"):
        sarif = json.loads(format_sarif(report, options(min_severity=min_severity)))
        assert _errors(validator, sarif) == []


def test_sarif_validates_with_odd_paths(validator):
    odd = [("/abs/dir with space/a%b.txt", HOSTAGES.encode()),
           ("dir\\win,dows:name.txt", HOSTAGES.encode())]
    sarif = json.loads(format_sarif(make_report(odd), options()))
    assert _errors(validator, sarif) == []
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in
            sarif["runs"][0]["results"]]
    assert uris == [{"uri": "file:///abs/dir%20with%20space/a%25b.txt"},
                    {"uri": "dir/win%2Cdows%3Aname.txt", "uriBaseId": "%SRCROOT%"}]


def test_sarif_as_github_reads_it(report):
    sarif = json.loads(format_sarif(report, options()))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in report.rules]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
    texts = {d.path: d.text for d in report.documents}
    levels = []
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert not uri.startswith(("/", "./")) and "\\" not in uri
        region = location["region"]
        text = texts[uri]
        start, length = region["charOffset"], region["charLength"]
        line = text.split("\n")[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == \
            text[start:start + length]
        assert result["partialFingerprints"]["factcheck/v1"]
        levels.append((result["ruleId"], result["level"]))
    assert levels == [("AR001", "error"), ("FC002", "warning")]
    hostage = run["results"][0]
    region = hostage["locations"][0]["physicalLocation"]["region"]
    assert texts["articles/hostages.txt"][region["charOffset"]:][:3] == "297"
    assert "297 > 251" in hostage["message"]["text"]


def test_input_errors_are_notifications_of_an_unsuccessful_invocation(report):
    invocation = json.loads(format_sarif(report, options()))["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["exitCode"] == report.summary.exit_code
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["descriptor"] == {"id": "FC001"}
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "articles/empty.txt"


def test_a_clean_run_is_a_successful_invocation_with_no_results():
    clean = make_report([("ok.txt", b"Militants seized 251 hostages, 97 of whom are held.\n")])
    run = json.loads(format_sarif(clean, options()))["runs"][0]
    assert run["results"] == []
    assert run["invocations"] == [{"executionSuccessful": True, "exitCode": 0}]
