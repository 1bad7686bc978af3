"""Configuration: packaged defaults, then the project's file, then the command line.

One pydantic model with ``extra="forbid"``: a misspelt key is an error that names the file and
lists the keys there are. Files: ``factcheck.toml`` (keys at the top) or ``pyproject.toml``
(under ``[tool.factcheck]``), found by walking up from the first path.
"""

from __future__ import annotations

import difflib
import fnmatch
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import Severity

FailOn = Literal["error", "warning", "info", "never"]


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Config(BaseModel):
    """The settings of a run. Every field may be left out of a file; defaults fill it."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    rules_path: list[str] | None = Field(None, description="extra folders of rule files")
    select: list[str] | None = None
    extend_select: list[str] | None = None
    ignore: list[str] | None = None
    fail_on: FailOn | None = None
    min_severity: Literal["error", "warning", "info"] | None = None
    output_format: str | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None
    max_file_size: int | None = Field(None, gt=0)
    approximate_tolerance: float | None = Field(None, ge=0, lt=1)
    severity: dict[str, Severity] | None = None
    per_file_ignores: dict[str, list[str]] | None = None
    rules: dict[str, dict[str, Any]] | None = Field(None, description="rule parameters by id")
    ledger: str | None = Field(None, description="the claims ledger for the cross-source "
                               "rules: an SQLite file (relative to this file) or a "
                               "postgresql:// URL")
    baseline: str | None = Field(None, description="a baseline file of accepted findings "
                                 "(relative to this file), written by --write-baseline")
    ledger: str | None = Field(None, description="the claims ledger for the cross-source "
                               "rules: an SQLite file (relative to this file) or a "
                               "postgresql:// URL")


class ConfigError(Exception):
    """A configuration that cannot be used; ``str()`` is one line naming the file."""


def _validate(data: dict[str, Any], source: str) -> Config:
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        err = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
        key = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            keys = sorted(f.alias or n for n, f in Config.model_fields.items())
            close = difflib.get_close_matches(key, keys, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise ConfigError(f"{source}: unknown key '{key}'; {hint}the keys are: "
                              f"{', '.join(keys)}") from None
        raise ConfigError(f"{source}: key '{key}': {err['msg']}") from None


def defaults() -> Config:
    text = resources.files("factcheck.data").joinpath("defaults.toml").read_text("utf-8")
    return _validate(tomllib.loads(text), "defaults.toml")


def read_file(path: Path) -> Config | None:
    """The settings in one file, or None when a pyproject.toml has no [tool.factcheck]."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("factcheck")
        if section is None:
            return None
        return _validate(section, f"{path} [tool.factcheck]")
    return _validate(data, str(path))


def discover(start: Path) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with [tool.factcheck], above ``start``."""
    here = start.resolve()
    if here.is_file() or not here.exists():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "factcheck.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                if "factcheck" in tomllib.loads(candidate.read_text("utf-8")).get("tool", {}):
                    return candidate
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                continue
    return None


def merge(*layers: Config | None) -> Config:
    """Later layers win key by key; tables (severity, rules, …) merge by entry."""
    merged: dict[str, Any] = {}
    for layer in layers:
        if layer is None:
            continue
        for name, value in layer.model_dump(exclude_none=True).items():
            if isinstance(value, dict) and isinstance(merged.get(name), dict):
                merged[name] = {**merged[name], **value}
            else:
                merged[name] = value
    return Config.model_validate(merged)


def ignored_for(config: Config, path: str, root: Path | None) -> list[str]:
    """Rule selectors that per-file-ignores turns off for ``path``."""
    out: list[str] = []
    rel = path
    if root is not None:
        try:
            rel = Path(path).resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            rel = Path(path).as_posix()
    for pattern, selectors in (config.per_file_ignores or {}).items():
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(Path(rel).name, pattern):
            out.extend(selectors)
    return out


SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}
