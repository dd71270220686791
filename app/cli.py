"""The `innocite` command line: the GUI with no arguments, headless engine commands otherwise."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from app.i18n import LANGUAGE_ENV, QT_TR_NOOP, current_language, set_language, supported, tr

EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A user error to print as one line on stderr with exit code 2."""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own words ("usage:") in the interface language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, tr("usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
        # argparse's own headings and -h text are English (gettext): use ours.
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = tr("show this help message and exit")

    def error(self, message: str) -> NoReturn:
        # argparse prints usage plus a message; keep it to one line like every other error.
        self.exit(
            EXIT_BAD_INPUT,
            "innocite: " + tr("{message} (see `innocite --help`)").format(message=message) + "\n",
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with one subcommand per engine contract."""
    p = _Parser(
        prog="innocite",
        description=tr("InnoCite Decision Studio. Without a command, opens the desktop app."),
    )
    p.add_argument("--version", action="store_true", help=tr("print the version and exit"))
    p.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help=tr("render the main window with the demo project offscreen to a PNG and exit"),
    )
    p.add_argument(
        "--page",
        help=tr(
            "with --screenshot: a page name (problem, weights, results, sensitivity, memo, benchmarking, success, planning)"
        ),
    )
    p.add_argument(
        "--db", dest="gui_db", metavar="URL", help=tr("with no command: the database the app opens")
    )
    p.add_argument(
        "--lang",
        dest="ui_lang",
        metavar="CODE",
        help=tr("interface language: en, sl, de, it or fr (default: the settings or the system's)"),
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            "check this installation offscreen (demo database, ranking, page PNG, memo, "
            "translations) and exit 0 if all passed"
        ),
    )
    p.add_argument(
        "--out", metavar="DIR", help=tr("with --self-test: keep its files (PNG, memo) in DIR")
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    r = sub.add_parser("rank", help=tr("rank the alternatives of a problem file or stored project"))
    r.add_argument("file", help=tr("problem file (JSON), or the name or id of a stored project"))
    r.add_argument("--db", metavar="URL", help=tr("database for a stored project (default: yours)"))
    r.add_argument("--method", help=tr("ranking method (see `innocite methods`); default topsis"))
    r.add_argument("--normalization", help=tr("column normalization for methods that take one"))
    r.add_argument("--mode", choices=["distributive", "ideal"], help=tr("AHP synthesis mode"))
    r.add_argument("--weights-method", help=tr("objective weights (entropy, critic, ...) instead"))
    r.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=tr("method parameter"),
    )
    r.add_argument("--json", action="store_true", help=tr("print JSON"))

    a = sub.add_parser("ahp", help=tr("priorities and consistency of one pairwise matrix"))
    a.add_argument("file", help=tr("AHP file (JSON): items plus matrix or judgments"))
    a.add_argument("--prioritization", choices=["eigenvector", "geometric"], default="eigenvector")
    a.add_argument("--json", action="store_true", help=tr("print JSON"))

    w = sub.add_parser("weights", help=tr("objective criteria weights from the data"))
    w.add_argument("file", help=tr("problem file (JSON)"))
    w.add_argument("--method", required=True, help=tr("entropy, critic, std, merec or equal"))
    w.add_argument("--json", action="store_true", help=tr("print JSON"))

    m = sub.add_parser("methods", help=tr("list ranking and weighting methods with parameters"))
    m.add_argument("--json", action="store_true", help=tr("print JSON"))

    pr = sub.add_parser("projects", help=tr("list the projects in the database"))
    pr.add_argument("--db", metavar="URL", help=tr("database URL or SQLite file (default: yours)"))
    pr.add_argument("--json", action="store_true", help=tr("print JSON"))
    im = sub.add_parser("import", help=tr("store a project file as a new project"))
    im.add_argument("file", help=tr("project file: .json, .xlsx, .csv or .xml (XMCDA 3)"))
    im.add_argument("--name", help=tr("project name (default: the name in the file)"))
    im.add_argument("--db", metavar="URL", help=tr("database URL or SQLite file (default: yours)"))
    im.add_argument("--json", action="store_true", help=tr("print JSON"))
    ex = sub.add_parser("export", help=tr("write a stored project to a file"))
    ex.add_argument("project", help=tr("project name or id"))
    ex.add_argument("file", help=tr("output file: .json, .xlsx, .csv or .xml (XMCDA 3)"))
    ex.add_argument("--db", metavar="URL", help=tr("database URL or SQLite file (default: yours)"))
    ex.add_argument("--json", action="store_true", help=tr("print JSON"))

    se = sub.add_parser(
        "sensitivity", help=tr("tipping points, stability intervals and rank acceptability (SMAA)")
    )
    se.add_argument("file", help=tr("problem file (JSON) or a stored project's name or id"))
    se.add_argument(
        "--method", default=None, help=tr("ranking method (default: the file's, or topsis)")
    )
    se.add_argument(
        "--samples", type=int, default=10_000, help=tr("SMAA weightings (default 10000)")
    )
    se.add_argument("--seed", type=int, default=0, help=tr("random seed (default 0)"))
    se.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE", help=tr("method parameter")
    )
    se.add_argument(
        "--db", metavar="URL", help=tr("database for a stored project (default: yours)")
    )
    se.add_argument("--json", action="store_true", help=tr("print JSON"))

    co = sub.add_parser("composite", help=tr("composite indicator: benchmark towns on indicators"))
    co.add_argument("file", help=tr("benchmarking file: JSON, or a long CSV unit,indicator,value"))
    co.add_argument("--json", action="store_true", help=tr("print JSON"))
    from app.cli_composite import add_report_arguments

    add_report_arguments(co)

    from app.cli_memo import add_parser as add_memo_parser

    add_memo_parser(sub)
    from app.cli_planning import add_parsers as add_planning_parsers

    add_planning_parsers(sub)
    from app.cli_tools import add_tool_parsers

    add_tool_parsers(sub)

    t = sub.add_parser("template", help=tr("write an empty Excel workbook to fill in and import"))
    t.add_argument("file", help=tr("output file (.xlsx)"))
    t.add_argument("--json", action="store_true", help=tr("print JSON"))

    d = sub.add_parser("db", help=tr("check, back up or restore the projects database"))
    dsub = d.add_subparsers(dest="db_command", required=True, parser_class=_Parser)
    for name, text in (
        ("check", QT_TR_NOOP("quick and integrity check")),
        ("backup", QT_TR_NOOP("checked backup now")),
    ):
        x = dsub.add_parser(name, help=tr(text))
        x.add_argument(
            "--db", metavar="URL", help=tr("database URL or SQLite file (default: yours)")
        )
        x.add_argument("--json", action="store_true", help=tr("print JSON"))
    x = dsub.add_parser(
        "restore", help=tr("replace the database by a backup (keeps the current one)")
    )
    x.add_argument("backup", help=tr("backup file to restore"))
    x.add_argument("--db", metavar="URL", help=tr("database URL or SQLite file (default: yours)"))
    x.add_argument("--json", action="store_true", help=tr("print JSON"))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `innocite` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    code = _language_argument(args_list)
    if code is not None and not _use_language(code):
        return _fail(
            tr("--lang {code}: unknown language; use one of en, sl, de, it, fr").format(code=code)
        )
    if code is None:
        _use_language(os.environ.get(LANGUAGE_ENV, ""))
    if not args_list:
        return _gui(None)
    args = build_parser().parse_args(args_list)
    if args.version:
        from app import __version__

        print(f"innocite {__version__}")
        return 0
    if args.command is None and args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.selftest import run_self_test

        return run_self_test(args.out)
    if args.command is None and args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.gui import screenshot

        return screenshot(args.screenshot, args.page)
    if args.command is None:
        return _gui(args.gui_db)
    handlers: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
        "rank": _cmd_rank,
        "ahp": _cmd_ahp,
        "weights": _cmd_weights,
        "methods": _cmd_methods,
        "db": _cmd_db,
        "projects": _cmd_projects,
        "import": _cmd_import,
        "export": _cmd_export,
        "template": _cmd_template,
        "sensitivity": _cmd_sensitivity,
        "memo": _cmd_memo,
        "composite": _cmd_composite,
        "huff": _cmd_planning,
        "retail": _cmd_planning,
        "network": _cmd_planning,
        "dematel": _cmd_tools,
        "awot": _cmd_tools,
    }
    from app.storage.errors import StorageError
    from decision.errors import DecisionError

    label = getattr(args, "file", None)
    try:
        result = handlers[args.command](args)
    except (DecisionError, CliError, StorageError) as exc:
        return _fail(f"{label}: {exc}" if label else str(exc))
    except KeyboardInterrupt:
        return _fail(tr("interrupted"), 130)
    except Exception as exc:  # the CLI never shows a traceback
        return _fail(
            tr("{what}: unexpected error: {error}").format(
                what=label or args.command, error=f"{type(exc).__name__}: {exc}"
            ),
            1,
        )
    try:
        if args.json:
            json.dump(result, sys.stdout, indent=2, ensure_ascii=False, default=_jsonable)
            sys.stdout.write("\n")
        elif args.command == "db":
            from app.cli_db import render_db

            sys.stdout.write(render_db(args.db_command, result))
        elif args.command == "memo":
            from app.cli_memo import render_memo

            sys.stdout.write(render_memo(result))
        elif args.command == "composite":
            from app.cli_composite import render_composite

            sys.stdout.write(render_composite(result))
        elif args.command in ("huff", "retail", "network"):
            from app.cli_planning import RENDERERS

            sys.stdout.write(RENDERERS[args.command](result))
        elif args.command in ("dematel", "awot"):
            from app.cli_tools import render_tool

            sys.stdout.write(render_tool(args.command, result))
        elif args.command == "sensitivity":
            from app.cli_sensitivity import render_sensitivity

            sys.stdout.write(render_sensitivity(result))
        elif args.command in ("projects", "import", "export", "template"):
            from app.cli_text import render_projects

            sys.stdout.write(render_projects(args.command, result))
        else:
            from app.cli_text import render

            sys.stdout.write(render(args.command, result))
        sys.stdout.flush()
    except BrokenPipeError:  # `innocite ... | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


EXIT_AFTER_SHOW_ENV = "INNOCITE_EXIT_AFTER_SHOW"
# Options before the subcommand that take a value (the scan for --lang skips their values).
_VALUE_OPTIONS = ("--screenshot", "--page", "--db", "--out")


def _language_argument(args: Sequence[str]) -> str | None:
    """The value of a global ``--lang`` (before the subcommand), read before parsing.

    The language must be set before the parsers are built (their help is translated) and
    before anything is shown; a subcommand's own ``--lang`` is left to the subcommand.
    """
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--lang":
            return args[i + 1] if i + 1 < len(args) else None  # argparse reports it missing
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg in _VALUE_OPTIONS:
            i += 2
            continue
        if arg == "--" or not arg.startswith("-"):
            return None  # the subcommand: what follows is its own
        i += 1
    return None


def _use_language(code: str) -> bool:
    """Translate from now on (and in the GUI, through INNOCITE_LANG); False if unknown.

    English needs no catalogue, so the command line only pays for Qt when asked for another.
    """
    if not code:
        return True
    short = supported(code)
    if short is None:
        return False
    os.environ[LANGUAGE_ENV] = short
    if short != current_language():  # English is the start state: no Qt needed for it
        set_language(short)
    return True


def seconds_since_start() -> float:
    """Seconds since this process was created (the kernel's start time), for start-up timing.

    Falls back to the time taken at the top of app/__main__.py where /proc is missing.
    """
    import time

    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rpartition(")")[2].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, in ticks
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        began = getattr(sys.modules.get("__main__"), "STARTED", None)
        return time.time() - began if isinstance(began, float) else float("nan")


def _gui(db_url: str | None) -> int:
    """The desktop app; with INNOCITE_EXIT_AFTER_SHOW=1 it quits once the window is on screen."""
    if os.environ.get(EXIT_AFTER_SHOW_ENV, "") not in ("", "0"):
        _exit_after_show()
    from app.gui import main as gui_main  # only the GUI path pays for Qt

    return gui_main([], db_url=db_url)


_watchers: list[Any] = []


def _exit_after_show() -> None:
    """Print the seconds from process start to the main window exposed (and painted), then quit.

    The application is made here first; app.gui reuses it.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([sys.argv[0] if sys.argv else "innocite"])

    def report() -> None:
        sys.stdout.write(f"window shown after {seconds_since_start():.3f} s\n")
        sys.stdout.flush()
        app.quit()

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Expose
                and isinstance(obj, QWindow)
                and obj.isExposed()
                and any(
                    isinstance(w, QMainWindow) and w.windowHandle() is obj
                    for w in QApplication.topLevelWidgets()
                )
            ):
                app.removeEventFilter(self)
                QTimer.singleShot(0, report)  # after the paint that this expose triggers
            return False

    watcher = Watcher()
    _watchers.append(watcher)
    app.installEventFilter(watcher)


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    one_line = " ".join(str(message).split())
    sys.stderr.write(f"innocite: {one_line}\n")
    return code


def _jsonable(value: Any) -> Any:
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _load(path: str) -> Any:
    from decision.files import load_json

    if not Path(path).exists():
        raise CliError(tr("file not found"))
    return load_json(path)


def _params(args: argparse.Namespace, defaults: dict[str, Any]) -> dict[str, Any]:
    params = dict(defaults)
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(tr("--param {item}: expected NAME=VALUE").format(item=repr(item)))
        params[name.strip()] = value.strip()
    if args.normalization:
        params["normalization"] = args.normalization
    if args.mode:
        params["mode"] = args.mode
    return params


def _usable_file_parameters(method: str, given: dict[str, Any]) -> dict[str, Any]:
    """The file's parameters that also suit a method chosen on the command line.

    A file's ``parameters`` belong to its own ``method``; when the command line picks
    another method, values that method cannot take (TOPSIS's vector normalization for
    WPM, say) are dropped instead of failing. Command-line options stay strict.
    """
    from decision.errors import DecisionError
    from decision.methods.registry import get_method

    if method.strip().lower() == "ahp":
        return given
    spec = get_method(method)
    usable = {}
    for name, value in given.items():
        try:
            spec.resolve({name: value})
        except DecisionError:
            continue
        usable[name] = value
    return usable


def _cmd_rank(args: argparse.Namespace) -> dict[str, Any]:
    from decision.files import parse_problem, problem_to_json

    if Path(args.file).exists() or args.file.lower().endswith(".json"):
        data = _load(args.file)
    else:  # not a file: a stored project's name or id
        from app.cli_projects import load_project

        data = problem_to_json(load_project(args.file, args.db))
    method = (args.method or (data.get("method") if isinstance(data, dict) else None)) or "topsis"
    is_ahp = str(method).strip().lower() == "ahp"
    pf = parse_problem(data, require_matrix=not is_ahp)
    file_params = dict(pf.parameters)
    if args.method and pf.method and args.method.strip().lower() != pf.method.strip().lower():
        file_params = _usable_file_parameters(args.method, file_params)
    params = _params(args, file_params)
    if is_ahp:
        from app.cli_ahp import rank_with_ahp

        result = rank_with_ahp(pf, params)
    else:
        from decision.evaluate import rank

        weights = None
        source = None
        if args.weights_method:
            from decision.weights import compute_weights

            wr = compute_weights(pf.problem, args.weights_method)
            weights, source = wr.weights, f"objective: {wr.conventions.method}"
        elif pf.criteria_pairwise is not None and not pf.problem.has_all_weights():
            from app.cli_ahp import criteria_weights_from_pairwise

            weights, _info = criteria_weights_from_pairwise(pf, params)
            source = "AHP pairwise comparison of the criteria"
        result = rank(pf.problem, method, params, weights=weights, weights_source=source)
    return {
        "method": result.method,
        "conventions": result.conventions.as_dict(),
        "weights": result.weight_map(),
        "ranking": [
            {"id": r.id, "name": r.name, "score": r.score, "rank": r.rank} for r in result.ordered()
        ],
        "details": result.details_json(),
    }


def _cmd_ahp(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_ahp import single_matrix

    return single_matrix(_load(args.file), args.prioritization)


def _cmd_weights(args: argparse.Namespace) -> dict[str, Any]:
    from decision.files import parse_problem
    from decision.weights import compute_weights

    pf = parse_problem(_load(args.file))
    wr = compute_weights(pf.problem, args.method)
    return {
        "method": wr.method,
        "weights": dict(zip(wr.criterion_ids, (float(x) for x in wr.weights), strict=True)),
        "conventions": wr.conventions.as_dict(),
    }


def _cmd_db(args: argparse.Namespace) -> dict[str, Any]:
    from app import cli_db

    if args.db_command == "check":
        return cli_db.db_check(args.db)
    if args.db_command == "backup":
        return cli_db.db_backup(args.db)
    return cli_db.db_restore(args.backup, args.db)


def _cmd_projects(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_projects import list_projects

    return list_projects(args.db)


def _cmd_import(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_projects import import_file

    return import_file(args.file, args.name, args.db)


def _cmd_sensitivity(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_sensitivity import sensitivity
    from decision.files import parse_problem, problem_to_json

    if args.samples < 1:
        raise CliError(
            tr("--samples {samples}: needs at least 1 weighting").format(samples=args.samples)
        )
    if Path(args.file).exists() or args.file.lower().endswith(".json"):
        data = _load(args.file)
    else:  # a stored project's name or id
        from app.cli_projects import load_project

        data = problem_to_json(load_project(args.file, args.db))
    pf = parse_problem(data)
    method = (args.method or pf.method or "topsis").strip().lower()
    params = dict(pf.parameters)
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(tr("--param {item}: expected NAME=VALUE").format(item=repr(item)))
        params[name.strip()] = value.strip()
    return sensitivity(pf.problem, method, params or None, args.samples, args.seed)


def _cmd_memo(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_memo import run_memo

    return run_memo(args)


def _cmd_composite(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_composite import run_composite

    if not Path(args.file).exists():
        raise CliError(tr("file not found"))
    return run_composite(args.file, args)


def _cmd_tools(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_tools import run_tool

    return run_tool(args)


def _cmd_planning(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_planning import HANDLERS

    return HANDLERS[args.command](args)


def _cmd_template(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_projects import write_template

    return write_template(args.file)


def _cmd_export(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_projects import export_project

    return export_project(args.project, args.file, args.db)


def _cmd_methods(args: argparse.Namespace) -> dict[str, Any]:
    from decision.methods.registry import all_methods
    from decision.weights import WEIGHTING_METHODS

    return {
        "methods": [
            {
                "key": s.key,
                "label": s.label,
                "description": s.description,
                "higher_is_better": s.higher_is_better,
                "source": s.source,
                "reference": s.reference,
                "parameters": [
                    {
                        "name": p.name,
                        "type": p.kind,
                        "default": p.default,
                        "choices": list(p.choices),
                        "description": p.description,
                    }
                    for p in s.parameters
                ],
            }
            for s in all_methods().values()
        ],
        "weighting_methods": list(WEIGHTING_METHODS),
    }


if __name__ == "__main__":
    raise SystemExit(main())
