"""The committed JSON Schemas are the models' schemas: regenerate with
``python -m factcheck.schemas schemas`` when a model changes."""

from __future__ import annotations

import json

import jsonschema
import pytest

from factcheck.schemas import SCHEMA_NAMES, schema
from conftest import ROOT


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_committed_schema_matches_the_model(name):
    committed = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text("utf-8"))
    assert committed == schema(name), (
        f"schemas/{name}.schema.json is stale: run python -m factcheck.schemas schemas")


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_schema_is_a_valid_json_schema(name):
    jsonschema.Draft202012Validator.check_schema(schema(name))


def test_every_packaged_rule_file_validates_against_the_rule_schema():
    import yaml
    validator = jsonschema.Draft202012Validator(schema("rule"))
    files = sorted(p for p in (ROOT / "rules").rglob("*.yml") if p.parent.name != "topics")
    assert files
    for path in files:
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text("utf-8"))))
        assert not errors, f"{path}: {errors[0].message}"
