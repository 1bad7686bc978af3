"""The command line: ``factcheck check|report|extract|rule|config|schema``.

Exit codes: 0 no finding at or above --fail-on; 1 at least one; 2 bad usage, configuration,
rule file or unreadable input (the other inputs are still checked). Errors are one line on
stderr naming the file and the reason; never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Iterator, Sequence

from . import __version__
from .config import Config, ConfigError, defaults, discover, merge, read_file
from .engine import RuleFileError
from .load import InputProblem, load_bytes, load_path
from .models import InputError
from .pipeline import Checker
from .report import FORMATTERS, FormatOptions, build_report
from .report.text import format_claims
from .schemas import SCHEMA_NAMES, render

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own exit is 2 too, with usage
        self.print_usage(sys.stderr)
        raise UsageError(message)


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check the numbers in news articles "
                     "against each other.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def paths_command(name: str, help_text: str, formats: Sequence[str]) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="file, folder (walked) or - for standard input")
        p.add_argument("--output-format", choices=formats, help="default: text")
        p.add_argument("-o", "--output-file", type=Path, help="write the report here")
        p.add_argument("--date", type=_date, help="publication date (YYYY-MM-DD) for files "
                       "that do not print one")
        p.add_argument("--stdin-filename", help="the path to report for standard input "
                       "(its suffix sets the format)")
        p.add_argument("--config", type=Path, help="a factcheck.toml or pyproject.toml")
        p.add_argument("--isolated", action="store_true", help="ignore configuration files")
        p.add_argument("-q", "--quiet", action="store_true", help="findings only, no tables")
        p.add_argument("-v", "--verbose", action="store_true")
        p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
        if name != "extract":
            p.add_argument("--select", type=_csv, help="rule ids, prefixes, names or ALL")
            p.add_argument("--extend-select", type=_csv)
            p.add_argument("--ignore", type=_csv)
            p.add_argument("--fail-on", choices=("error", "warning", "info", "never"))
            p.add_argument("--exit-zero", action="store_true", help="same as --fail-on never")
            p.add_argument("--min-severity", choices=("error", "warning", "info"))
        return p

    paths_command("check", "extract the claims, run the rules, print the findings",
                  ["text", "json", "json-lines"])
    paths_command("report", "the editor's audit: every claim and every check (also those "
                  "that hold); never fails unless --fail-on says so", ["text", "json"])
    paths_command("extract", "the claim records only", ["text", "json", "json-lines"])

    rule = sub.add_parser("rule", help="explain a rule", description="explain a rule")
    rule.add_argument("id", nargs="?", help="rule id or name")
    rule.add_argument("--all", action="store_true", help="every rule")
    rule.add_argument("--output-format", choices=("text", "json"), default="text")

    config = sub.add_parser("config", help="print the effective configuration")
    config.add_argument("path", nargs="?", type=Path, default=Path("."))
    config.add_argument("--config", type=Path)
    config.add_argument("--isolated", action="store_true")

    schema = sub.add_parser("schema", help="print a JSON Schema")
    schema.add_argument("name", choices=SCHEMA_NAMES)
    return parser


# -- configuration --------------------------------------------------------------------------

def _load_config(args: argparse.Namespace, first_path: Path) -> tuple[Config, Path | None]:
    base = defaults()
    file_config, root = None, None
    if not getattr(args, "isolated", False):
        path = args.config or discover(first_path)
        if path is not None:
            file_config = read_file(path)
            root = path.parent
    cli = {}
    for key in ("select", "extend_select", "ignore", "fail_on", "min_severity",
                "output_format"):
        value = getattr(args, key, None)
        if value is not None:
            cli[key] = value
    if getattr(args, "exit_zero", False):
        cli["fail_on"] = "never"
    if args.command == "report" and "fail_on" not in cli:
        cli["fail_on"] = "never"
    return merge(base, file_config, Config(**cli)), root


# -- inputs ---------------------------------------------------------------------------------

def _walk(folder: Path, config: Config) -> Iterator[Path]:
    include = config.include or ["*"]
    exclude = config.exclude or []
    for dirpath, dirnames, filenames in os.walk(folder):
        rel_dir = Path(dirpath).relative_to(folder)
        dirnames[:] = sorted(d for d in dirnames
                             if not any(fnmatch.fnmatch(d, pat) or fnmatch.fnmatch(
                                 (rel_dir / d).as_posix(), pat) for pat in exclude))
        for name in sorted(filenames):
            rel = (rel_dir / name).as_posix()
            if any(fnmatch.fnmatch(name, pat) for pat in include) and not any(
                    fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel, pat) for pat in exclude):
                yield Path(dirpath) / name


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _inputs(args: argparse.Namespace, config: Config) -> Iterator[tuple[str, Path | None]]:
    for raw in args.paths:
        if raw == "-":
            yield (args.stdin_filename or "<stdin>"), None
            continue
        path = Path(raw)
        if path.is_dir():
            yield from ((_display(p), p) for p in _walk(path, config))
        else:
            yield raw, path


def _write(text: str, destination: Path | None) -> None:
    """Write all of the report or none of it: a temporary file renamed into place."""
    if destination is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{destination.name}.", dir=destination.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, destination)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _error(message: str) -> None:
    sys.stderr.write(f"factcheck: {message}\n")


# -- commands ---------------------------------------------------------------------------------

def _run_paths(args: argparse.Namespace) -> int:
    first = Path(args.paths[0]) if args.paths[0] != "-" else Path.cwd()
    config, root = _load_config(args, first)
    checker = Checker(config, root)
    max_bytes = config.max_file_size or 10 * 1024 * 1024
    documents, errors = [], []
    for shown, path in _inputs(args, config):
        try:
            if path is None:
                doc, fallback = load_bytes(sys.stdin.buffer.read(), shown, max_bytes=max_bytes)
            else:
                doc, fallback = load_path(path, display_path=shown, max_bytes=max_bytes)
        except InputProblem as problem:
            errors.append(InputError(path=shown, message=str(problem)))
            _error(f"{shown}: error: {problem}")
            continue
        if fallback is not None:
            _error(f"{shown}: warning: {fallback}")
        if doc.published is None and args.date is not None:
            doc.published, doc.published_source = args.date, "--date"
        documents.append(checker.audit(doc, fallback, run_checks=args.command != "extract"))
    fail_on = "never" if args.command == "extract" else (config.fail_on or "error")
    ran = [] if args.command == "extract" else checker.rules_for("")
    report = build_report(documents, errors, fail_on, ran)
    fmt = config.output_format or "text"
    if fmt not in FORMATTERS:
        raise UsageError(f"unknown output format '{fmt}'; the formats are: "
                         f"{', '.join(FORMATTERS)}")
    color = args.color == "always" or (args.color == "auto" and args.output_file is None and
                                       sys.stdout.isatty() and "NO_COLOR" not in os.environ)
    options = FormatOptions(min_severity=config.min_severity or "info",
                            audit=not args.quiet, color=color, verbose=args.verbose)
    if args.command == "extract":
        options.audit = False
        formatter = format_claims if fmt == "text" else FORMATTERS[fmt]
    else:
        formatter = FORMATTERS[fmt]
    _write(formatter(report, options), args.output_file)
    return report.summary.exit_code


def _run_rule(args: argparse.Namespace) -> int:
    config, root = _load_config(argparse.Namespace(command="rule", isolated=False, config=None),
                                Path.cwd())
    rules = Checker(config, root).rules
    if args.all or args.id is None:
        chosen = rules
    else:
        chosen = [r for r in rules if args.id in (r.id, r.name) or args.id in r.aliases]
        if not chosen:
            raise UsageError(f"no rule '{args.id}'; see 'factcheck rule --all'")
    if args.output_format == "json":
        _write(json.dumps([r.model_dump(by_alias=True, mode="json") for r in chosen],
                          indent=2, ensure_ascii=False) + "\n", None)
        return EXIT_OK
    blocks = []
    for r in chosen:
        if args.id is None and not args.all:
            blocks.append(f"{r.id}  {r.name:<34} {r.kind:<10} {r.severity.value}")  # type: ignore
            continue
        params = {k: v for k, v in r.model_dump(by_alias=True, mode="json").items()
                  if k not in ("id", "name", "kind", "severity", "message", "description",
                               "rationale", "aliases", "since", "examples")}
        lines = [f"{r.id} {r.name}", f"  kind: {r.kind}   severity: {r.severity.value}"  # type: ignore
                 f"   since: {r.since}", f"  message: {r.message}", "",
                 "  " + r.description.strip(), "", "  Why: " + r.rationale.strip()]
        if params:
            lines += ["", "  Parameters:"] + [f"    {k}: {v}" for k, v in params.items()]
        if r.examples.pass_ or r.examples.fail:
            lines += ["", "  Passes:"] + [f"    {e}" for e in r.examples.pass_]
            lines += ["  Fails:"] + [f"    {e}" for e in r.examples.fail]
        blocks.append("\n".join(lines))
    _write(("\n" if args.id is None and not args.all else "\n\n").join(blocks) + "\n", None)
    return EXIT_OK


def _run_config(args: argparse.Namespace) -> int:
    ns = argparse.Namespace(command="config", isolated=args.isolated, config=args.config)
    config, root = _load_config(ns, args.path)
    source = "packaged defaults" if root is None else str(args.config or discover(args.path))
    data = config.model_dump(by_alias=True, exclude_none=True, mode="json")
    _write(f"# effective configuration (from {source}, over the packaged defaults)\n"
           + json.dumps(data, indent=2, ensure_ascii=False) + "\n", None)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command in ("check", "report", "extract"):
            return _run_paths(args)
        if args.command == "rule":
            return _run_rule(args)
        if args.command == "config":
            return _run_config(args)
        if args.command == "schema":
            _write(render(args.name), None)
            return EXIT_OK
        raise UsageError(f"unknown command {args.command}")  # pragma: no cover
    except UsageError as exc:
        _error(f"error: {exc}")
    except (ConfigError, RuleFileError) as exc:
        _error(f"error: {exc}")
    except KeyboardInterrupt:
        _error("interrupted")
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # the promise is one line, never a traceback
        _error(f"internal error: {type(exc).__name__}: {exc} (run with FACTCHECK_DEBUG=1 "
               "for the traceback)")
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
    return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
