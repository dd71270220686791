"""The global `--lang CODE`: set before anything is shown; an unknown code is one line, exit 2."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run_cli


def test_unknown_language_is_one_line_and_exit_2() -> None:
    done = run_cli("--lang", "xx", "methods")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "--lang xx: unknown language" in done.stderr


def test_equals_form_is_read_too() -> None:
    done = run_cli("--lang=klingon", "methods")
    assert done.returncode == 2
    assert "--lang klingon" in done.stderr


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("de", "Ohne Befehl wird die Desktop-Anwendung geöffnet"),
        ("sl", "Brez ukaza odpre namizno aplikacijo"),
        ("fr", "Sans commande, ouvre l'application de bureau"),
        ("it", "Senza un comando apre l'applicazione desktop"),
        ("en", "Without a command, opens the desktop app"),
    ],
)
def test_help_follows_the_language(code: str, words: str) -> None:
    done = run_cli("--lang", code, "--help")
    assert done.returncode == 0, done.stderr
    assert words in " ".join(done.stdout.split())


def test_region_codes_are_accepted() -> None:
    done = run_cli("--lang", "de_AT", "--help")
    assert done.returncode == 0
    assert "Ohne Befehl" in done.stdout


def test_a_subcommand_keeps_its_own_arguments() -> None:
    # "--lang" after the subcommand is not the global option: rank reports it as unknown.
    done = run_cli("methods", "--lang", "xx")
    assert done.returncode == 2
    assert "unknown language" not in done.stderr


def test_language_applies_to_commands() -> None:
    done = run_cli("--lang", "sl", "methods", "--json")
    assert done.returncode == 0, done.stderr
    assert '"methods"' in done.stdout  # JSON stays machine output
