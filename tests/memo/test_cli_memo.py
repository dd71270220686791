"""`innocite memo` as a user runs it: each format, stored snapshots, and one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run_cli
from tests.memo.conftest import DEMO_NAME, memo_json, pdf_text, squash


def test_each_format_is_written_and_its_snapshot_stored(cli_db_url: str, tmp_path: Path) -> None:
    ids = []
    for ext in ("pdf", "docx", "html"):
        out = tmp_path / f"memo.{ext}"
        r = memo_json(
            DEMO_NAME, "--db", cli_db_url, "--out", str(out), "--decision", "Rent subsidy"
        )
        assert r["format"] == ext and r["memo"] == str(out) and out.stat().st_size > 10_000
        ids.append(r["snapshot"])
    assert len(set(ids)) == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp files


def test_regenerating_from_a_snapshot_after_an_edit_gives_the_same_text(
    cli_db_url: str, tmp_path: Path
) -> None:
    first = tmp_path / "first.pdf"
    r = memo_json(
        "1", "--db", cli_db_url, "--out", str(first), "--author", "Maja", "--samples", "1000"
    )
    from app.storage.database import open_database
    from app.storage.repository import ProjectRepository

    database = open_database(cli_db_url)
    try:
        repo = ProjectRepository(database.session)
        version = repo.summary(1).version
        repo.update_value(1, "rent", "jobs", 1.0, expected_version=version, who="x")
    finally:
        database.close()
    again = tmp_path / "again.pdf"
    r2 = memo_json("1", "--db", cli_db_url, "--out", str(again), "--snapshot", str(r["snapshot"]))
    assert r2["regenerated"] and r2["data_hash"] == r["data_hash"]
    assert pdf_text(again) == pdf_text(first)
    fresh = tmp_path / "fresh.pdf"
    r3 = memo_json("1", "--db", cli_db_url, "--out", str(fresh), "--samples", "1000")
    assert r3["data_hash"] != r["data_hash"]


def test_sections_can_be_left_out(cli_db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "short.pdf"
    memo_json(
        "1",
        "--db",
        cli_db_url,
        "--out",
        str(out),
        "--no-section",
        "robustness",
        "--no-section",
        "appendix",
    )
    text = squash(pdf_text(out))
    assert squash("How robust") not in text and "Appendix" not in text
    assert "Ranking" in text


def _fails(*args: str) -> str:
    done = run_cli("memo", *args)
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert done.stderr.startswith("innocite: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    return done.stderr


def test_errors_are_one_line_with_exit_code_2(cli_db_url: str, tmp_path: Path) -> None:
    assert ".pdf, .docx or .html" in _fails(
        "1", "--db", cli_db_url, "--out", str(tmp_path / "m.txt")
    )
    assert "no project 'nope'" in _fails(
        "nope", "--db", cli_db_url, "--out", str(tmp_path / "m.pdf")
    )
    missing = tmp_path / "no" / "such" / "m.pdf"
    assert "does not exist" in _fails("1", "--db", cli_db_url, "--out", str(missing))
    assert "no stored memo 42" in _fails(
        "1", "--db", cli_db_url, "--out", str(tmp_path / "m.pdf"), "--snapshot", "42"
    )
    assert "unknown" in _fails(
        "1", "--db", cli_db_url, "--out", str(tmp_path / "m.pdf"), "--method", "nope"
    )
    assert "--samples 0" in _fails(
        "1", "--db", cli_db_url, "--out", str(tmp_path / "m.pdf"), "--samples", "0"
    )
    assert "invalid choice" in _fails(
        "1", "--db", cli_db_url, "--out", str(tmp_path / "m.pdf"), "--no-section", "x"
    )
    assert not (tmp_path / "m.pdf").exists()


def test_a_snapshot_of_another_project_is_refused(cli_db_url: str, tmp_path: Path) -> None:
    example = Path(__file__).resolve().parents[2] / "resources" / "examples" / "incubator_site.json"
    assert run_cli("import", str(example), "--db", cli_db_url).returncode == 0
    r = memo_json("1", "--db", cli_db_url, "--out", str(tmp_path / "a.html"), "--samples", "200")
    assert "belongs to another project" in _fails(
        "2", "--db", cli_db_url, "--out", str(tmp_path / "b.html"), "--snapshot", str(r["snapshot"])
    )


def test_an_existing_directory_as_output_is_refused(cli_db_url: str, tmp_path: Path) -> None:
    target = tmp_path / "dir.pdf"
    target.mkdir()
    message = _fails("1", "--db", cli_db_url, "--out", str(target), "--samples", "200")
    assert "dir.pdf" in message


def test_a_write_that_fails_is_one_line_with_exit_code_2(
    cli_db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In-process, so that it also runs as root (who may write into read-only folders)."""
    from app import cli

    def refuse(*_args: object, **_kw: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("app.memo.export.export_memo", refuse)
    out = tmp_path / "m.html"
    code = cli.main(["memo", "1", "--db", cli_db_url, "--out", str(out), "--samples", "200"])
    err = capsys.readouterr().err
    assert code == 2 and err == f"innocite: {out}: cannot write the memo (Permission denied)\n"
    assert not out.exists()
