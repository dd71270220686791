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


EXAMPLE = "resources/examples/incubator_site.json"


def test_subcommand_help_is_translated() -> None:
    done = run_cli("--lang", "de", "rank", "--help")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "Problemdatei (JSON)" in text
    assert "Optionen:" in text and "Aufruf:" in text  # argparse's own words too
    assert "print JSON" not in text


def test_rank_table_in_slovenian_has_headings_and_decimal_commas() -> None:
    done = run_cli("--lang", "sl", "rank", EXAMPLE)
    assert done.returncode == 0, done.stderr
    header = done.stdout.splitlines()[0].split()
    assert header[:2] == ["Mesto", "Alternativa"]
    assert "Uteži" in done.stdout
    first = done.stdout.splitlines()[2].split()
    assert "," in first[-1] and "." not in first[-1]  # the score, e.g. 0,6271
    float(first[-1].replace(",", "."))


def test_english_output_is_unchanged_by_the_language_switch() -> None:
    plain = run_cli("rank", EXAMPLE)
    english = run_cli("--lang", "en", "rank", EXAMPLE)
    assert plain.returncode == english.returncode == 0
    assert plain.stdout == english.stdout
    assert plain.stdout.splitlines()[0].split()[:2] == ["Rank", "Alternative"]
    assert "0.6271" in plain.stdout


def test_json_stays_english_and_machine_readable() -> None:
    done = run_cli("--lang", "de", "rank", EXAMPLE, "--json")
    assert done.returncode == 0, done.stderr
    assert '"ranking"' in done.stdout and '"score": 0.6' in done.stdout


def test_errors_of_the_command_line_are_translated() -> None:
    done = run_cli("--lang", "de", "rank", "no_such_file.json")
    assert done.returncode == 2
    assert "Datei nicht gefunden" in done.stderr
