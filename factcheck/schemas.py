"""JSON Schemas of the public models, generated from them and committed in ``schemas/``.

``python -m factcheck.schemas schemas`` rewrites the files; a test fails when they drift.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from .config import Config
from .engine.rule_tests import RuleTestFile
from .engine.rules import RULE_ADAPTER
from .link.metrics import TopicPack
from .models import Claim, Report

BASE_URI = "https://factcheck.invalid/schemas/"


def _schemas() -> dict[str, dict[str, Any]]:
    out = {
        "claim": TypeAdapter(Claim).json_schema(mode="serialization"),
        "report": TypeAdapter(Report).json_schema(mode="serialization"),
        "rule": RULE_ADAPTER.json_schema(by_alias=True),
        "config": TypeAdapter(Config).json_schema(by_alias=True),
        "topic": TypeAdapter(TopicPack).json_schema(by_alias=True),
        "rule-test": TypeAdapter(RuleTestFile).json_schema(by_alias=True),
    }
    for name, schema in out.items():
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["$id"] = f"{BASE_URI}{name}.schema.json"
        schema.setdefault("title", name)
    return out


SCHEMA_NAMES = ("claim", "report", "rule", "config", "topic", "rule-test")


def schema(name: str) -> dict[str, Any]:
    if name not in SCHEMA_NAMES:
        raise KeyError(name)
    return _schemas()[name]


def render(name: str) -> str:
    return json.dumps(schema(name), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_NAMES:
        path = directory / f"{name}.schema.json"
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")):
        print(p)
