"""`innocite --self-test` from source: every step passes offscreen and leaves its files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import ROOT

STEPS = ("libraries", "database", "rank", "files", "window", "memo", "translations")


def _run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
    )


def test_self_test_passes_and_keeps_its_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _run("--self-test", "--out", str(out), home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for step in STEPS:  # one line per step, with its time
        assert any(line.startswith(f"ok   {step}") and " s " in line for line in lines), step
    assert lines[-1].startswith("self-test passed: 7 steps")
    assert (out / "results.png").stat().st_size > 10_000
    assert (out / "memo.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "memo.docx").exists()
    # the database stays temporary, and the user's own is never created
    assert not (out / "selftest.sqlite3").exists()
    assert not (tmp_path / "home" / "data").exists()


def test_self_test_reports_the_failed_step(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "results.png").mkdir(parents=True)  # the window step cannot write its PNG
    done = _run("--self-test", "--out", str(out), home=tmp_path / "home")
    assert done.returncode == 1
    assert "FAIL window" in done.stdout
    assert "ok   memo" in done.stdout  # the other steps still ran
    assert "innocite: self-test step 'window' failed" in done.stderr
    assert done.stderr.rstrip().splitlines()[-1] == "innocite: self-test failed: window"


def test_an_unusable_out_folder_is_one_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    done = _run("--self-test", "--out", str(blocker / "sub"), home=tmp_path / "home")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "cannot make the folder" in done.stderr
