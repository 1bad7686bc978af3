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
from .ledger import LedgerError
from .ledger import cli as ledger_cli
from .load import InputProblem, load_bytes, load_path
from .models import InputError
from .pipeline import Checker
from .suppress import BaselineError, baseline_entries, write_baseline
from .models import Report
from .report import FORMATTERS, NEEDS_TEXT, FormatOptions, build_report
from .report.progress import Progress, wanted as progress_wanted
from .report.statistics import format_statistics
from .report.text import format_claims
from .schemas import SCHEMA_NAMES, render

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

COMMAND_FORMATS = {
    "check": list(FORMATTERS),
    "report": ["text", "json", "markdown", "html"],
    "extract": ["text", "json", "json-lines"],
}
# Formats a person reads: --statistics may follow them on standard output.
_READABLE = {"text", "concise", "github"}


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


def _report_target(value: str) -> tuple[str, Path]:
    fmt, sep, path = value.partition("=")
    if not sep or not fmt.strip() or not path.strip():
        raise argparse.ArgumentTypeError(f"expected FORMAT=PATH, got {value!r}")
    return fmt.strip(), Path(path)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check the numbers in news articles "
                     "against each other.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def paths_command(name: str, help_text: str) -> argparse.ArgumentParser:
        formats = COMMAND_FORMATS[name]
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="file, folder (walked) or - for standard input")
        p.add_argument("--output-format", choices=formats, help="default: text")
        p.add_argument("-o", "--output-file", type=Path, help="write the report here")
        p.add_argument("--report", action="append", type=_report_target, default=[],
                       metavar="FORMAT=PATH", help="also write the report in FORMAT to PATH "
                       f"(repeatable; formats: {', '.join(formats)})")
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
            p.add_argument("--ledger", help="a claims ledger (SQLite file or postgresql:// "
                           "URL) for the cross-source rules (XS)")
            p.add_argument("--baseline", type=Path, metavar="PATH", help="a baseline file: "
                           "the findings it lists are accepted and not reported")
            p.add_argument("--write-baseline", type=Path, metavar="PATH", help="write every "
                           "finding of this run to a baseline file (atomically), keeping the "
                           "reasons of entries already in --baseline; they are then accepted")
            p.add_argument("--no-inline-suppressions", action="store_true", help="ignore the "
                           "'factcheck:' comments and front matter waivers in the articles")
            p.add_argument("--statistics", action="store_true", help="after the report, how "
                           "many findings each rule raised (on standard error when standard "
                           "output carries a machine-read format)")
        return p

    paths_command("check", "extract the claims, run the rules, print the findings")
    paths_command("report", "the editor's audit: every claim and every check (also those "
                  "that hold); never fails unless --fail-on says so")
    paths_command("extract", "the claim records only")

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
    ledger_cli.add_parsers(sub)  # ledger add|import|show, compare
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
    if getattr(args, "baseline", None) is not None:
        cli["baseline"] = str(Path(args.baseline).resolve())
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


def _file_mode(destination: Path) -> int:
    """The mode the file would get from a plain open(): its own if it exists, else the umask's."""
    try:
        return destination.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


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
        os.chmod(tmp, _file_mode(destination))
        os.replace(tmp, destination)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _error(message: str) -> None:
    sys.stderr.write(f"factcheck: {message}\n")


# -- commands ---------------------------------------------------------------------------------

def _formats(args: argparse.Namespace, config: Config) -> tuple[str, list[tuple[str, Path]]]:
    """The standard output's format and the extra (format, path) reports, checked."""
    allowed = COMMAND_FORMATS[args.command]
    fmt = args.output_format or config.output_format or "text"
    if fmt not in allowed:
        if args.output_format is None and fmt in FORMATTERS:
            fmt = "text"  # the configured format is check's; this command does not draw it
        else:
            raise UsageError(f"unknown output format '{fmt}' for {args.command}; the formats "
                             f"are: {', '.join(allowed)}")
    seen: dict[Path, str] = {}
    if args.output_file is not None:
        seen[args.output_file.resolve()] = "-o/--output-file"
    for extra, path in args.report:
        if extra not in allowed:
            raise UsageError(f"--report {extra}={path}: unknown format '{extra}' for "
                             f"{args.command}; the formats are: {', '.join(allowed)}")
        key = path.resolve()
        if key in seen:
            raise UsageError(f"--report {extra}={path}: {path} is already written by {seen[key]}")
        seen[key] = f"--report {extra}"
    return fmt, list(args.report)


def _for_format(report: Report, fmt: str) -> Report:
    """The report as a format sees it: the article text only where the format draws it."""
    if fmt in NEEDS_TEXT or all(d.text is None for d in report.documents):
        return report
    return report.model_copy(update={"documents": [d.model_copy(update={"text": None})
                                                   for d in report.documents]})


def _use_color(choice: str, to_file: bool) -> bool:
    """always/never as said; auto: a terminal on stdout, NO_COLOR unset or empty, TERM not dumb."""
    if choice != "auto":
        return choice == "always"
    return (not to_file and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def _run_paths(args: argparse.Namespace) -> int:
    first = Path(args.paths[0]) if args.paths[0] != "-" else Path.cwd()
    config, root = _load_config(args, first)
    fmt, extras = _formats(args, config)
    keep_text = bool(NEEDS_TEXT & {fmt, *(f for f, _ in extras)})
    checker = Checker(config, root, ledger=None if args.command == "extract" else
                      ledger_cli.location_for_check(getattr(args, "ledger", None),
                                                    config.ledger, root, first))
    checker.inline_suppressions = not getattr(args, "no_inline_suppressions", False)
    previous_baseline = checker.baseline
    if getattr(args, "write_baseline", None) is not None:
        checker.baseline = None  # every finding goes into the new file
    max_bytes = config.max_file_size or 10 * 1024 * 1024
    inputs = list(_inputs(args, config))
    progress = Progress(len(inputs), sys.stderr,
                        enabled=not args.quiet and progress_wanted(len(inputs), sys.stderr))

    def warn(message: str) -> None:
        progress.clear()
        _error(message)

    documents, errors = [], []
    for done, (shown, path) in enumerate(inputs):
        progress.update(done, shown)
        try:
            if path is None:
                doc, fallback = load_bytes(sys.stdin.buffer.read(), shown, max_bytes=max_bytes)
            else:
                doc, fallback = load_path(path, display_path=shown, max_bytes=max_bytes)
        except InputProblem as problem:
            errors.append(InputError(path=shown, message=str(problem)))
            warn(f"{shown}: error: {problem}")
            continue
        if fallback is not None:
            warn(f"{shown}: warning: {fallback}")
        if doc.published is None and args.date is not None:
            doc.published, doc.published_source = args.date, "--date"
        documents.append(checker.audit(doc, fallback, run_checks=args.command != "extract",
                                       keep_text=keep_text))
    progress.update(len(inputs))
    progress.clear()
    fail_on = "never" if args.command == "extract" else (config.fail_on or "error")
    ran = [] if args.command == "extract" else checker.rules_for("")
    if getattr(args, "write_baseline", None) is not None:
        entries = baseline_entries(documents, previous_baseline)
        try:
            write_baseline(args.write_baseline, entries)
        except OSError as exc:
            raise UsageError(f"cannot write {args.write_baseline}: {exc.strerror or exc}") \
                from None
        _error(f"wrote {len(entries)} baseline entries to {args.write_baseline}; they are "
               "accepted from now on (edit each 'reason')")
        documents = [d.model_copy(update={"findings": []}) for d in documents]
    report = build_report(documents, errors, fail_on, ran)

    def options(color: bool) -> FormatOptions:
        return FormatOptions(min_severity=config.min_severity or "info",
                             audit=not args.quiet and args.command != "extract", color=color,
                             verbose=args.verbose)

    def render(name: str, color: bool) -> str:
        if args.command == "extract" and name == "text":
            return format_claims(report, options(color))
        return FORMATTERS[name](_for_format(report, name), options(color))

    for name, path in extras:
        _write_file(render(name, color=False), path)
    color = _use_color(args.color, args.output_file is not None)  # never for --report files
    if args.output_file is not None:
        _write_file(render(fmt, color), args.output_file)
    else:
        _write(render(fmt, color), None)
    if getattr(args, "statistics", False):
        stats = format_statistics(report, options(False))
        if args.output_file is None and fmt not in _READABLE:
            sys.stderr.write(stats)
        else:
            _write(("\n" if args.output_file is None else "") + stats, None)
    return report.summary.exit_code


def _write_file(text: str, path: Path) -> None:
    try:
        _write(text, path)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


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


def _run_ledger(args: argparse.Namespace) -> int:
    """``ledger add|import|show`` and ``compare`` (factcheck/ledger/cli.py)."""

    def load(path: Path):
        try:
            return load_path(path, display_path=_display(path))[0]
        except InputProblem as problem:
            raise LedgerError(f"{path}: {problem}") from None

    def config_for(ns: argparse.Namespace, first: Path):
        return _load_config(argparse.Namespace(command=ns.command, isolated=ns.isolated,
                                               config=ns.config), first)

    return ledger_cli.run(args, config_for, lambda config, root: Checker(config, root), load,
                          lambda text: _write(text, None))


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
        if args.command in ("ledger", "compare"):
            return _run_ledger(args)
        if args.command == "schema":
            _write(render(args.name), None)
            return EXIT_OK
        raise UsageError(f"unknown command {args.command}")  # pragma: no cover
    except UsageError as exc:
        _error(f"error: {exc}")
    except (BaselineError, ConfigError, RuleFileError, LedgerError) as exc:
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
