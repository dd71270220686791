"""Memos in another language: `--lang`, the language stored in the snapshot, locale numbers."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.helpers import run_cli
from tests.memo.conftest import memo_json, pdf_text, squash


def test_a_german_memo_has_german_titles_and_decimal_commas(
    cli_db_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "de.pdf"
    memo_json("1", "--db", cli_db_url, "--out", str(out), "--lang", "de", "--samples", "500")
    text = squash(pdf_text(out))
    for title in ("Kriterien und Gewichte", "Rangfolge", "Wie robust ist die Rangfolge?"):
        assert squash(title) in text, title
    assert "Entscheidungsvorlage" in text
    assert "mehristbesser22,0" not in text and "22,0" in text  # the cost weight, 22,0 %
    assert "Criteria and weights" not in text and "22.0" not in text


def test_a_snapshot_regenerates_in_its_stored_language(cli_db_url: str, tmp_path: Path) -> None:
    first = tmp_path / "sl.pdf"
    r = memo_json("1", "--db", cli_db_url, "--out", str(first), "--lang", "sl", "--samples", "500")
    again = tmp_path / "again.pdf"
    r2 = memo_json("1", "--db", cli_db_url, "--out", str(again), "--snapshot", str(r["snapshot"]))
    assert r2["regenerated"]
    assert pdf_text(again) == pdf_text(first)
    assert "Merila in uteži" in pdf_text(again)


def test_an_old_snapshot_without_a_language_is_english(repo: object) -> None:
    from datetime import UTC, datetime

    from app.memo.build import build_snapshot
    from app.memo.snapshot import MemoSnapshot

    snap = build_snapshot(
        repo,  # type: ignore[arg-type]
        1,
        samples=100,
        language="de",
        now=datetime(2026, 11, 29, tzinfo=UTC),
    )
    assert snap.language == "de"
    raw = json.loads(snap.to_json())
    raw.pop("language")
    assert MemoSnapshot.from_json(json.dumps(raw)).language == "en"


def test_an_unknown_language_is_one_line_with_exit_code_2(cli_db_url: str, tmp_path: Path) -> None:
    done = run_cli(
        "memo", "1", "--db", cli_db_url, "--out", str(tmp_path / "x.pdf"), "--lang", "xx"
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("innocite: --lang xx") and done.stderr.count("\n") == 1
