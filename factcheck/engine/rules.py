"""Rule files: found, parsed, validated and selected.

A rule is a YAML file ``rules/<family>/<ID>.yml`` naming one of the kinds in ``kinds``. A file
that does not validate is a ``RuleFileError`` naming the file, the line and the field.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Iterable, Union

import yaml
from pydantic import Field, TypeAdapter, ValidationError

from .kinds import KINDS
from .rule_model import RuleBase

AnyRule = Annotated[Union[tuple(k.Rule for k in KINDS.values())],  # type: ignore[valid-type]
                    Field(discriminator="kind")]
RULE_ADAPTER: TypeAdapter = TypeAdapter(AnyRule)


class RuleFileError(Exception):
    """A rule file that cannot be used. ``str()`` is one line: path:line: field: reason."""

    def __init__(self, path: str, reason: str, line: int | None = None, field: str | None = None):
        self.path, self.reason, self.line, self.field = path, reason, line, field
        where = f"{path}:{line}" if line else path
        what = f"field '{field}': " if field else ""
        super().__init__(f"{where}: {what}{reason}")


def packaged_rules_dir() -> Path:
    """The rules shipped with the package (installed), or the repository's ``rules/``."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "rules_data"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


def _key_line(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """The 1-based line of the YAML node at ``loc`` (or of its nearest ancestor)."""
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    line = key.start_mark.line + 1
                    node = value
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and \
                part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


# libyaml's loader where PyYAML was built with it: rule files are read on every run.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str) -> yaml.Node | None:
    """The YAML node tree, for line numbers: built only when a rule file has an error."""
    try:
        return yaml.compose(text, Loader=_SafeLoader)
    except yaml.YAMLError:
        return None


def parse_rule(text: str, path: str) -> RuleBase:
    try:
        data = yaml.load(text, Loader=_SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleFileError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}",
                            mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise RuleFileError(path, "a rule file is a mapping of fields to values", 1)
    kind = data.get("kind")
    if kind not in KINDS:
        allowed = ", ".join(sorted(KINDS))
        raise RuleFileError(path, f"unknown kind {kind!r}; the kinds are: {allowed}",
                            _key_line(_compose(text), ("kind",)) or 1, "kind")
    try:
        rule = RULE_ADAPTER.validate_python(data)
    except ValidationError as exc:
        # A misspelt field also makes the real one "missing": name the misspelling first.
        err = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
        loc = tuple(err["loc"])
        if loc and loc[0] == kind:
            loc = loc[1:]  # the discriminated union puts the kind first
        field = ".".join(str(p) for p in loc) or None
        if err["type"] == "extra_forbidden":
            known = sorted(KINDS[kind].Rule.model_json_schema(by_alias=True)["properties"])
            close = difflib.get_close_matches(str(loc[-1]), known, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            reason = f"unknown field; {hint}a {kind} rule has: {', '.join(known)}"
        else:
            reason = err["msg"]
        raise RuleFileError(path, reason, _key_line(_compose(text), loc), field) from None
    expected_id = Path(path).stem
    if re.fullmatch(r"[A-Z]{2}\d{3}", expected_id) and rule.id != expected_id:
        raise RuleFileError(path, f"id {rule.id} does not match the file name {expected_id}",
                            _key_line(_compose(text), ("id",)), "id")
    return rule


def load_rules(directories: Iterable[Path]) -> list[RuleBase]:
    rules: dict[str, RuleBase] = {}
    names: dict[str, str] = {}
    for directory in directories:
        if not directory.is_dir():
            raise RuleFileError(str(directory), "rules path is not a directory")
        for path in sorted(directory.rglob("*.yml")) + sorted(directory.rglob("*.yaml")):
            if "topics" in path.relative_to(directory).parts[:-1]:
                continue  # topic packs (metric keys), not rules: factcheck.link.metrics
            rule = parse_rule(path.read_text(encoding="utf-8"), str(path))
            if rule.id in rules:
                raise RuleFileError(str(path), f"rule id {rule.id} is defined twice", None, "id")
            if rule.name in names:
                raise RuleFileError(str(path), f"rule name {rule.name} is already used by "
                                               f"{names[rule.name]}", None, "name")
            rules[rule.id], names[rule.name] = rule, rule.id
    return [rules[k] for k in sorted(rules)]


@dataclass(frozen=True)
class Selection:
    """Which rules run: ruff's select / extend-select / ignore, the most specific match wins."""

    select: tuple[str, ...] = ("ALL",)
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()

    @staticmethod
    def _specificity(selector: str, rule: RuleBase) -> int:
        if selector == "ALL":
            return 0
        if selector in (rule.id, rule.name) or selector in rule.aliases:
            return 100
        if rule.id.startswith(selector):
            return len(selector)
        return -1

    def selects(self, rule: RuleBase) -> bool:
        chosen = max((self._specificity(s, rule) for s in (*self.select, *self.extend_select)),
                     default=-1)
        ignored = max((self._specificity(s, rule) for s in self.ignore), default=-1)
        return chosen >= 0 and chosen > ignored

    def unknown(self, rules: list[RuleBase]) -> list[str]:
        """Selectors that match no rule: a typo the user should hear about."""
        return [s for s in (*self.select, *self.extend_select, *self.ignore)
                if not any(self._specificity(s, r) >= 0 for r in rules)]
