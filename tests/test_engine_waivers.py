"""Waivers end to end: inline suppressions, the baseline file, and the exit code computed
after both; a rule file with a misspelt field is exit 2 naming the file, line and field."""

from __future__ import annotations

import json

BROKEN = "Militants seized 251 hostages, 297 of whom are still held.\n"


def test_inline_ignore_waives_the_next_block_only(run, tmp_path):
    (tmp_path / "a.md").write_text(
        "<!-- factcheck: ignore AR001 -- the source's own table -->\n" + BROKEN + "\n"
        + BROKEN, "utf-8")
    r = run("check", "-q", "--isolated", "--output-format", "concise", "a.md", cwd=tmp_path)
    assert r.code == 1
    assert r.out.count("AR001") == 1 and "a.md:4:" in r.out


def test_disable_enable_range_and_skip_file(run, tmp_path):
    (tmp_path / "a.html").write_text(
        "<p><!-- factcheck: disable AR -->Militants seized 251 hostages, 297 of whom are "
        "still held.<!-- factcheck: enable AR --></p>", "utf-8")
    r = run("check", "-q", "--isolated", "--output-format", "concise", "a.html", cwd=tmp_path)
    assert r.code == 0, r.out
    (tmp_path / "b.md").write_text("<!-- factcheck: skip-file -- a 1987 reprint -->\n\n"
                                   + BROKEN, "utf-8")
    assert run("check", "-q", "--isolated", "b.md", cwd=tmp_path).code == 0
    (tmp_path / "c.md").write_text("---\nfactcheck:\n  skip-file: reprint\n---\n\n" + BROKEN,
                                   "utf-8")
    assert run("check", "-q", "--isolated", "c.md", cwd=tmp_path).code == 0


def test_unused_and_unknown_suppressions_are_findings(run, tmp_path):
    (tmp_path / "a.md").write_text(
        "<!-- factcheck: ignore AR001 -->\nMilitants seized 251 hostages.\n\n"
        "<!-- factcheck: ignore ZZ123 -->\nMilitants seized 251 hostages.\n", "utf-8")
    r = run("check", "-q", "--isolated", "--output-format", "concise", "--fail-on", "warning",
            "a.md", cwd=tmp_path)
    assert r.code == 1
    assert "FC003" in r.out and "FC004" in r.out and "ZZ123" in r.out


def test_no_inline_suppressions(run, tmp_path):
    (tmp_path / "a.md").write_text("<!-- factcheck: ignore AR001 -->\n" + BROKEN, "utf-8")
    assert run("check", "-q", "--isolated", "a.md", cwd=tmp_path).code == 0
    r = run("check", "-q", "--isolated", "--no-inline-suppressions", "a.md", cwd=tmp_path)
    assert r.code == 1 and "AR001" in r.out


def test_baseline_written_then_accepted_then_new_findings_fail(run, tmp_path):
    (tmp_path / "a.txt").write_text(BROKEN, "utf-8")
    r = run("check", "-q", "--isolated", "a.txt", "--write-baseline", "fc-baseline.json",
            cwd=tmp_path)
    assert r.code == 0 and "wrote 1 baseline entries" in r.err
    data = json.loads((tmp_path / "fc-baseline.json").read_text("utf-8"))
    [entry] = data["entries"]
    assert entry["rule"] == "AR001" and entry["reason"] and entry["fingerprint"]
    entry["reason"] = "the agency's figure, kept as printed"
    (tmp_path / "fc-baseline.json").write_text(json.dumps(data), "utf-8")
    assert run("check", "-q", "--isolated", "a.txt", "--baseline", "fc-baseline.json",
               cwd=tmp_path).code == 0
    # An edit elsewhere in the file keeps the fingerprint; a new slip is not waived.
    (tmp_path / "a.txt").write_text("A new first line.\n\n" + BROKEN
                                    + "\nThe fire destroyed 40 homes, including 52 in the "
                                      "old town.\n", "utf-8")
    r = run("check", "-q", "--isolated", "--output-format", "concise", "a.txt", "--baseline",
            "fc-baseline.json", cwd=tmp_path)
    assert r.code == 1 and r.out.count("AR001") == 1 and "52" in r.out
    # Rewriting keeps the reasons already written.
    run("check", "-q", "--isolated", "a.txt", "--baseline", "fc-baseline.json",
        "--write-baseline", "fc-baseline.json", cwd=tmp_path)
    reasons = {e["reason"] for e in json.loads(
        (tmp_path / "fc-baseline.json").read_text("utf-8"))["entries"]}
    assert "the agency's figure, kept as printed" in reasons and len(reasons) == 2


def test_baseline_key_in_configuration_and_a_broken_baseline(run, tmp_path):
    (tmp_path / "a.txt").write_text(BROKEN, "utf-8")
    run("check", "-q", "--isolated", "a.txt", "--write-baseline", "b.json", cwd=tmp_path)
    (tmp_path / "factcheck.toml").write_text('baseline = "b.json"\n', "utf-8")
    assert run("check", "-q", "a.txt", cwd=tmp_path).code == 0
    (tmp_path / "b.json").write_text("{not json", "utf-8")
    r = run("check", "-q", "a.txt", cwd=tmp_path)
    assert r.code == 2 and "b.json" in r.err


def test_rule_file_with_a_misspelt_field_is_exit_2_naming_file_line_field(run, tmp_path):
    rules = tmp_path / "rules" / "AR"
    rules.mkdir(parents=True)
    (rules / "AR901.yml").write_text(
        "id: AR901\nname: my-share\nkind: share\nseverity: error\nmessage: m\n"
        "description: d\nrationale: r\nfraction-tolerence: 3\n", "utf-8")
    (tmp_path / "factcheck.toml").write_text('rules-path = ["rules"]\n', "utf-8")
    (tmp_path / "a.txt").write_text("Nothing.\n", "utf-8")
    r = run("check", "a.txt", cwd=tmp_path)
    assert r.code == 2
    assert "AR901.yml:8" in r.err and "fraction-tolerence" in r.err
    assert "did you mean 'fraction-tolerance'" in r.err


def test_an_expression_that_does_not_parse_is_exit_2(run, tmp_path):
    rules = tmp_path / "rules" / "AR"
    rules.mkdir(parents=True)
    (rules / "AR902.yml").write_text(
        "id: AR902\nname: my-expr\nkind: expression\nexpression: \"a.b <= __import__\"\n"
        "severity: error\nmessage: m\ndescription: d\nrationale: r\n", "utf-8")
    (tmp_path / "factcheck.toml").write_text('rules-path = ["rules"]\n', "utf-8")
    (tmp_path / "a.txt").write_text("Nothing.\n", "utf-8")
    r = run("check", "a.txt", cwd=tmp_path)
    assert r.code == 2 and "AR902.yml:4" in r.err and "expression" in r.err


def test_schema_rule_test_and_rule_command(run):
    r = run("schema", "rule-test")
    assert r.code == 0 and json.loads(r.out)["$id"].endswith("rule-test.schema.json")
    r = run("rule", "AR006")
    assert r.code == 0 and "escalate: True" in r.out and "aspect: direction" in r.out
