"""Shared fixtures: the repository's paths and an in-process runner for the CLI."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "khaleej-times-2024-09-17-gaza-truce-talks.txt"
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys, monkeypatch):
    """Run ``factcheck ARGS`` in process; ``stdin`` is given as text."""

    def _run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> Result:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        if stdin is not None:
            data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
            fake = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
            monkeypatch.setattr(sys, "stdin", fake)
        code = main(list(args))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
