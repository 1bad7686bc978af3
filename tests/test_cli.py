"""The command line's contract: exit codes, one-line errors, inputs of every kind, config."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SEED

REPORT_SCHEMA = json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8"))
CONSISTENT = "Militants seized 251 hostages, 97 of whom are still held.\n"
BROKEN = "Militants seized 251 hostages, 297 of whom are still held.\n"


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line]


def test_bad_inputs_each_get_one_line_and_the_good_file_is_still_checked(run, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("The fund raised £9.4 million from 251 donors.\n".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text(BROKEN, "utf-8")
    missing = tmp_path / "missing.txt"
    result = run("check", "--output-format", "json", str(binary), str(empty), str(missing),
                 str(latin1), str(good))
    assert result.code == 2
    err = _lines(result.err)
    assert f"factcheck: {binary}: error: binary file (not text)" in err
    assert f"factcheck: {empty}: error: empty file" in err
    assert f"factcheck: {missing}: error: no such file or directory" in err
    assert any(line.startswith(f"factcheck: {latin1}: warning: not valid UTF-8") for line in err)
    assert "Traceback" not in result.err
    report = json.loads(result.out)
    jsonschema.validate(report, REPORT_SCHEMA)
    assert [e["path"] for e in report["errors"]] == [str(binary), str(empty), str(missing)]
    docs = {d["path"]: d for d in report["documents"]}
    # The Latin-1 file is read with a stated fallback; its £ survives.
    assert [f["rule"] for f in docs[str(latin1)]["findings"]] == ["FC002"]
    assert any(c["text"] == "£9.4 million" for c in docs[str(latin1)]["claims"])
    # The good file in the same run is still checked and its error still reported.
    assert [f["rule"] for f in docs[str(good)]["findings"]] == ["AR001"]


def test_exit_codes(run, tmp_path):
    ok = tmp_path / "ok.txt"
    ok.write_text(CONSISTENT, "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(BROKEN, "utf-8")
    assert run("check", str(ok)).code == 0
    assert run("check", str(bad)).code == 1
    assert run("check", "--exit-zero", str(bad)).code == 0
    assert run("check", "--fail-on", "never", str(bad)).code == 0
    assert run("check", "--ignore", "AR001", str(bad)).code == 0
    assert run("check", "--select", "TM", str(bad)).code == 0
    assert run("report", str(bad)).code == 0  # the editor's audit does not fail by default
    assert run("report", "--fail-on", "error", str(bad)).code == 1
    assert run("check", "--select", "ZZ999", str(ok)).code == 2
    assert run("check").code == 2  # no path: usage error


def test_min_severity_hides_but_still_fails(run, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text(BROKEN, "utf-8")
    result = run("check", "--output-format", "json", "--min-severity", "error", str(bad))
    assert result.code == 1
    assert len(json.loads(result.out)["documents"][0]["findings"]) == 1


def test_stdin_and_stdin_filename(run):
    result = run("check", "--output-format", "json", "--stdin-filename", "story.md", "-",
                 stdin="---\ntitle: Truce\ndate: 2024-09-17\n---\n" + BROKEN)
    assert result.code == 1
    doc = json.loads(result.out)["documents"][0]
    assert (doc["path"], doc["format"], doc["published"]) == ("story.md", "markdown",
                                                              "2024-09-17")
    assert doc["findings"][0]["line"] == 5


def test_directory_is_walked_with_include_and_exclude(run, tmp_path):
    (tmp_path / "a.txt").write_text(CONSISTENT, "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text(BROKEN, "utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "c.txt").write_text(BROKEN, "utf-8")
    result = run("check", "--output-format", "json", str(tmp_path), cwd=tmp_path)
    paths = [d["path"] for d in json.loads(result.out)["documents"]]
    assert paths == ["a.txt", "sub/b.md"]
    assert result.code == 1


def test_date_flag_sets_a_missing_publication_date(run, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("The vote was held on Monday, March 3.\n", "utf-8")
    result = run("extract", "--output-format", "json", "--date", "2025-03-05", str(story))
    doc = json.loads(result.out)["documents"][0]
    assert (doc["published"], doc["published_source"]) == ("2025-03-05", "--date")
    [date] = [c for c in doc["claims"] if c["kind"] == "date"]
    assert (date["date"], date["year_inferred"]) == ("2025-03-03", True)
    assert run("extract", "--date", "2025-02-30", str(story)).code == 2


def test_extract_formats(run):
    as_json = json.loads(run("extract", "--output-format", "json", str(SEED)).out)
    jsonschema.validate(as_json, REPORT_SCHEMA)
    assert as_json["documents"][0]["checks"] == []
    lines = run("extract", "--output-format", "json-lines", str(SEED)).out.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == len(as_json["documents"][0]["claims"])
    assert all(r["type"] == "claim" and r["path"] == str(SEED) for r in records)
    table = run("extract", str(SEED)).out
    assert "at least 41,252" in table and "[41,252, ∞)" in table


def test_output_file_is_written_whole(run, tmp_path):
    out = tmp_path / "reports" / "seed.json"
    result = run("check", "--output-format", "json", "-o", str(out), str(SEED))
    assert result.code == 0 and result.out == ""
    jsonschema.validate(json.loads(out.read_text("utf-8")), REPORT_SCHEMA)
    assert [p.name for p in out.parent.iterdir()] == ["seed.json"]  # no temporary left


def test_config_in_pyproject_is_found_and_strict(run, tmp_path):
    (tmp_path / "bad.txt").write_text(BROKEN, "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nselect = ["ALL"]\n[tool.factcheck.severity]\nAR001 = "warning"\n',
        "utf-8")
    result = run("check", "--output-format", "json", "bad.txt", cwd=tmp_path)
    assert result.code == 0  # demoted to a warning: below the default fail-on
    assert json.loads(result.out)["documents"][0]["findings"][0]["severity"] == "warning"
    assert run("check", "--isolated", "bad.txt", cwd=tmp_path).code == 1

    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-onn = "error"\n', "utf-8")
    result = run("check", "bad.txt", cwd=tmp_path)
    assert result.code == 2
    [line] = _lines(result.err)
    assert "pyproject.toml [tool.factcheck]: unknown key 'fail-onn'" in line
    assert "fail-on" in line and "Traceback" not in result.err


def test_per_file_ignores_and_rule_parameters(run, tmp_path):
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "bad.txt").write_text(BROKEN, "utf-8")
    (tmp_path / "factcheck.toml").write_text(
        '[per-file-ignores]\n"wire/*.txt" = ["AR"]\n'
        '[rules.TM001]\nmax-inferred-distance-days = 10\n', "utf-8")
    assert run("check", "wire/bad.txt", cwd=tmp_path).code == 0
    (tmp_path / "factcheck.toml").write_text(
        '[rules.TM001]\nmax-inferred-distance-days = "soon"\n', "utf-8")
    result = run("check", "wire/bad.txt", cwd=tmp_path)
    assert result.code == 2
    assert "rules.TM001: parameter 'max-inferred-distance-days'" in result.err


def test_rule_file_with_a_misspelled_field(run, tmp_path):
    rules = tmp_path / "house-rules" / "AR"
    rules.mkdir(parents=True)
    (rules / "AR901.yml").write_text(
        "id: AR901\nname: house-subset\nkind: subset\nseverity: error\n"
        "mesage: '{part} > {whole}'\ndescription: d\nrationale: r\n", "utf-8")
    (tmp_path / "factcheck.toml").write_text('rules-path = ["house-rules"]\n', "utf-8")
    (tmp_path / "a.txt").write_text(CONSISTENT, "utf-8")
    result = run("check", "a.txt", cwd=tmp_path)
    assert result.code == 2
    [line] = _lines(result.err)
    assert f"{rules / 'AR901.yml'}:5: field 'mesage': unknown field" in line


def test_schema_command_prints_the_committed_schema(run):
    for name in ("claim", "report", "rule", "config"):
        result = run("schema", name)
        assert result.code == 0
        committed = (ROOT / "schemas" / f"{name}.schema.json").read_text("utf-8")
        assert json.loads(result.out) == json.loads(committed)


def test_rule_and_config_commands(run):
    listing = run("rule")
    assert listing.code == 0 and "AR001  part-exceeds-whole" in listing.out
    one = run("rule", "AR001")
    assert "kind: subset" in one.out and "Fails:" in one.out
    assert run("rule", "part-exceeds-whole").out == one.out
    assert run("rule", "XX999").code == 2
    config = run("config", "--isolated")
    assert config.code == 0
    assert json.loads(config.out.split("\n", 1)[1])["fail-on"] == "error"


def test_console_script_runs_from_a_clean_process():
    """The installed entry point, as a user runs it."""
    result = subprocess.run([sys.executable, "-m", "factcheck", "check", str(SEED)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "4 consistent" in result.stdout or "consistent" in result.stdout
    assert "97 hostages (held) ≤ 251 hostages (seized)" in result.stdout
