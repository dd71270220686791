"""`innocite memo`: build (and store) a decision memo snapshot, or reload one, and write the file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from app.cli_text import tr
from decision.errors import InputError


class CliError(InputError):
    """A user error of `innocite memo`: one line on stderr, exit code 2.

    (app.cli's own CliError is another class when app.cli runs as ``python -m``, so this
    one derives from the engine's InputError, which app.cli reports the same way.)"""


def add_parser(sub: Any) -> None:
    """Register `memo` on the subcommand parsers of app.cli."""
    from app.memo.snapshot import SECTIONS

    mm = sub.add_parser(
        "memo", help=tr("write a decision memo (PDF, Word or HTML) of a stored project")
    )
    mm.add_argument("project", help=tr("stored project's name or id"))
    mm.add_argument(
        "--out", required=True, metavar="FILE", help=tr("FILE.pdf, FILE.docx or FILE.html")
    )
    mm.add_argument("--db", metavar="URL", help=tr("database URL or SQLite file (default: yours)"))
    mm.add_argument("--method", default="topsis", help=tr("ranking method (default topsis)"))
    mm.add_argument(
        "--param", action="append", default=[], metavar="NAME=VALUE", help=tr("method parameter")
    )
    mm.add_argument(
        "--decision", default="", help=tr("the decision taken (may differ from the ranking)")
    )
    mm.add_argument("--rationale", default="", help=tr("why it was taken"))
    mm.add_argument(
        "--follows-recommendation",
        choices=["yes", "no"],
        help=tr("whether the decision follows the ranking (default: guessed from --decision)"),
    )
    mm.add_argument("--author", default="", help=tr("who writes the memo"))
    mm.add_argument("--title", help=tr("memo title (default: Decision memo: PROJECT)"))
    mm.add_argument("--page-size", choices=["A4", "Letter"], default="A4", help=tr("PDF/Word page"))
    mm.add_argument(
        "--no-section",
        action="append",
        default=[],
        choices=SECTIONS,
        metavar="KEY",
        help=tr("leave a section out (repeatable): {sections}").format(
            sections=", ".join(SECTIONS)
        ),
    )
    mm.add_argument(
        "--samples", type=int, default=10_000, help=tr("random weightings (default 10000)")
    )
    mm.add_argument("--seed", type=int, default=0, help=tr("random seed (default 0)"))
    mm.add_argument(
        "--snapshot",
        type=int,
        metavar="ID",
        help=tr("regenerate a stored memo snapshot instead of building a new one"),
    )
    mm.add_argument(
        "--lang",
        metavar="CODE",
        help=tr(
            "language of the memo: sl, de, it, fr or en (default: the interface language, "
            "see innocite --lang; --snapshot regenerates in the language stored with it)"
        ),
    )
    mm.add_argument("--no-store", action="store_true", help=tr("do not store the new snapshot"))
    mm.add_argument("--json", action="store_true", help=tr("print JSON"))


def run_memo(args: argparse.Namespace) -> dict[str, Any]:
    """Build or load the snapshot, write the file atomically, and say where it went."""
    from decision.errors import DecisionError

    try:
        return _run(args)
    except DecisionError:
        raise
    except ValueError as exc:  # a bad extension, snapshot text or page size: the user's input
        raise CliError(str(exc)) from None


def _run(args: argparse.Namespace) -> dict[str, Any]:
    from app.cli_projects import repository
    from app.memo.export import memo_format

    target = Path(args.out)
    fmt = memo_format(target)  # a bad extension fails before any work
    folder = target.resolve().parent
    if not folder.is_dir():
        raise CliError(
            tr("{file}: the folder {folder} does not exist").format(file=args.out, folder=folder)
        )
    if target.is_dir():
        raise CliError(tr("{file}: is a folder; give a file name").format(file=args.out))
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise CliError(tr("{file}: cannot write there (permission denied)").format(file=args.out))
    language = getattr(args, "lang", None)
    if language is not None:
        from app.i18n import LANGUAGES

        if language not in LANGUAGES:
            raise CliError(
                tr("--lang {code}: choose one of {codes}").format(
                    code=language, codes=", ".join(LANGUAGES)
                )
            )
    else:  # the interface language the command line was started in (--lang, INNOCITE_LANG)
        from app.i18n import current_language

        language = current_language()
    if args.samples < 1:
        raise CliError(
            tr("--samples {samples}: needs at least 1 weighting").format(samples=args.samples)
        )
    stored_id: int | None = None
    with repository(args.db) as repo:
        ref: str | int = int(args.project) if args.project.isdigit() else args.project
        if args.snapshot is not None:
            snapshot = _stored(repo, ref, args.snapshot)
            stored_id = args.snapshot
        else:
            from app.memo.build import build_snapshot
            from app.memo.snapshot import SECTIONS

            params: dict[str, str] = {}
            for item in args.param:
                name, sep, value = item.partition("=")
                if not sep or not name.strip():
                    raise CliError(
                        tr("--param {item}: expected NAME=VALUE").format(item=repr(item))
                    )
                params[name.strip()] = value.strip()
            snapshot = build_snapshot(
                repo,
                ref,
                method=args.method,
                parameters=params or None,
                decision=args.decision,
                rationale=args.rationale,
                author=args.author,
                sections=[s for s in SECTIONS if s not in set(args.no_section)],
                samples=args.samples,
                seed=args.seed,
                title=args.title,
                follows_recommendation=(
                    None
                    if args.follows_recommendation is None
                    else args.follows_recommendation == "yes"
                ),
                language=language,
            )
            if not args.no_store:
                stored_id = repo.save_memo(ref, snapshot, who=args.author or "innocite memo")
    from app.memo.export import export_memo

    try:
        export_memo(snapshot, target, page_size=args.page_size)
    except OSError as exc:
        raise CliError(
            tr("{file}: cannot write the memo ({reason})").format(
                file=args.out, reason=exc.strerror or exc
            )
        ) from None
    return {
        "memo": str(target),
        "format": fmt.lstrip("."),
        "snapshot": stored_id,
        "regenerated": args.snapshot is not None,
        "project": snapshot.project,
        "data_hash": snapshot.reproducibility.data_hash,
    }


def _stored(repo: Any, project: str | int, memo_id: int) -> Any:
    from app.memo.snapshot import MemoSnapshot

    record = repo.load_memo(memo_id)
    if record.project_id != repo.summary(project).id:
        raise CliError(tr("stored memo {id} belongs to another project").format(id=memo_id))
    return MemoSnapshot.from_json(record.snapshot_json)


def render_memo(r: dict[str, Any]) -> str:
    if r["regenerated"]:
        first = tr("Memo regenerated from snapshot: {path} ({format})")
    else:
        first = tr("Memo written: {path} ({format})")
    lines = [first.format(path=r["memo"], format=r["format"].upper())]
    if r["snapshot"] is not None:
        lines.append(tr("Snapshot id: {id}").format(id=r["snapshot"]))
    lines.append(tr("Data hash: {hash}").format(hash=r["data_hash"]))
    return "\n".join(lines) + "\n"
