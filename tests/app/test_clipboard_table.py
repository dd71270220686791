"""Spreadsheet cells from and to tab-separated text: numbers, headers, located errors."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.clipboard_table import format_number, parse_number, parse_tsv, to_tsv
from decision.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.5", 12.5),
        ("12,5", 12.5),
        (" 7 ", 7.0),
        ("-3", -3.0),
        ("\u22122,5", -2.5),  # the minus sign LibreOffice may copy
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),  # no-break space between thousands
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1,234,567", 1234567.0),
        ("1.234.567", 1234567.0),
        ("1e3", 1000.0),
        (".5", 0.5),
    ],
)
def test_parse_number_reads_what_spreadsheets_copy(text: str, expected: float) -> None:
    assert parse_number(text) == expected


def test_parse_number_empty_is_missing() -> None:
    assert math.isnan(parse_number("  "))


@pytest.mark.parametrize("text", ["abc", "nan", "inf", "1_000", "12,5,3", "1.2,3", "30 %", "--1"])
def test_parse_number_rejects_what_is_not_a_plain_number(text: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text)


def test_plain_block_has_no_headers() -> None:
    header_row, header_col, values = parse_tsv("1\t2\t3\n4\t5\t6\n")
    assert header_row is None and header_col is None
    np.testing.assert_array_equal(values, [[1, 2, 3], [4, 5, 6]])


def test_windows_line_ends_and_trailing_blank_lines_are_ignored() -> None:
    _, _, values = parse_tsv("1\t2\r\n3\t4\r\n\r\n")
    np.testing.assert_array_equal(values, [[1, 2], [3, 4]])


def test_empty_cells_are_missing_and_short_rows_are_padded() -> None:
    _, _, values = parse_tsv("1\t\t3\n4\n")
    assert values.shape == (2, 3)
    assert values[0, 0] == 1 and values[0, 2] == 3 and values[1, 0] == 4
    assert np.isnan(values[0, 1]) and np.isnan(values[1, 1]) and np.isnan(values[1, 2])


def test_header_row_and_first_column_of_names_are_detected() -> None:
    text = "Option\tCost\tJobs\nMicro-grants\t420\t35,5\nIncubator\t780\t48\n"
    header_row, header_col, values = parse_tsv(text)
    assert header_row == ["Cost", "Jobs"]
    assert header_col == ["Micro-grants", "Incubator"]
    np.testing.assert_array_equal(values, [[420, 35.5], [780, 48]])


def test_header_row_with_an_empty_corner() -> None:
    header_row, header_col, values = parse_tsv("\tcost\tjobs\na1\t1\t2\n")
    assert header_row == ["cost", "jobs"] and header_col == ["a1"]
    np.testing.assert_array_equal(values, [[1, 2]])


def test_single_column_with_a_header() -> None:
    header_row, header_col, values = parse_tsv("Cost\n1\n2,5\n")
    assert header_row == ["Cost"] and header_col is None
    np.testing.assert_array_equal(values, [[1], [2.5]])


def test_single_row_with_a_name() -> None:
    header_row, header_col, values = parse_tsv("Incubator\t780\t48")
    assert header_row is None and header_col == ["Incubator"]
    np.testing.assert_array_equal(values, [[780, 48]])


def test_a_known_name_marks_a_header_row_that_also_holds_a_number_like_label() -> None:
    header_row, _, values = parse_tsv("Cost\t2024\n1\t2\n", column_names=["cost", "2024"])
    assert header_row == ["Cost", "2024"]
    np.testing.assert_array_equal(values, [[1, 2]])


def test_a_mixed_first_row_without_known_names_is_data_with_a_located_error() -> None:
    with pytest.raises(InputError, match=r"row 1, column 1 of the copied cells: 'abc'"):
        parse_tsv("abc\t1\n2\t3\n")


def test_error_names_the_row_and_column_in_the_copied_text() -> None:
    with pytest.raises(InputError, match=r"row 2, column 3 of the copied cells: 'x12'"):
        parse_tsv("1\t2\t3\n4\t5\tx12\n")


def test_error_position_counts_header_rows() -> None:
    with pytest.raises(InputError, match=r"row 3, column 3"):
        parse_tsv("\tCost\tJobs\nA\t1\t2\nB\t3\toops\n")


def test_nothing_to_paste() -> None:
    with pytest.raises(InputError, match="no cells"):
        parse_tsv("\n\n")
    with pytest.raises(InputError, match="only labels"):
        parse_tsv("Cost\tJobs\n")


def test_quoted_cells_from_excel_may_hold_tabs_and_line_breaks() -> None:
    header_row, _, values = parse_tsv('"Cost\n(kEUR)"\t"Jobs\tFTE"\n1\t2\n')
    assert header_row == ["Cost\n(kEUR)", "Jobs\tFTE"]
    np.testing.assert_array_equal(values, [[1, 2]])


def test_to_tsv_uses_a_decimal_point_and_leaves_missing_cells_empty() -> None:
    assert to_tsv([[1.5, np.nan], [420.0, 0.1]]) == "1.5\t\n420\t0.1\n"


def test_to_tsv_with_labels() -> None:
    text = to_tsv([[1.0, 2.0]], row_labels=["Incubator"], column_labels=["Cost", "Jobs"])
    assert text == "\tCost\tJobs\nIncubator\t1\t2\n"


def test_to_tsv_rejects_a_vector() -> None:
    with pytest.raises(InputError, match="two dimensions"):
        to_tsv([1.0, 2.0])


def test_format_number_is_exact_and_short() -> None:
    assert format_number(0.1) == "0.1"
    assert format_number(420.0) == "420"
    assert format_number(1 / 3) == repr(1 / 3)
    assert format_number(np.nan) == ""


finite = st.floats(allow_nan=False, allow_infinity=False, width=64)


@given(
    st.lists(
        st.lists(st.one_of(finite, st.just(math.nan)), min_size=3, max_size=3),
        min_size=1,
        max_size=5,
    )
)
def test_to_tsv_then_parse_tsv_gives_the_same_values(rows: list[list[float]]) -> None:
    matrix = np.array(rows, dtype=float)
    if np.isnan(matrix).all(axis=1).any():  # a blank last line is not a row
        matrix = matrix[~np.isnan(matrix).all(axis=1)]
    if matrix.size == 0:
        return
    _, _, back = parse_tsv(to_tsv(matrix))
    assert back.shape == matrix.shape
    np.testing.assert_array_equal(back, matrix)


def test_parse_cell_is_the_pages_reader_of_typed_numbers() -> None:
    from app.services.clipboard_table import parse_cell
    from decision.errors import InputError

    assert parse_cell("12,5", "x") == 12.5
    assert parse_cell("1.234,5", "x") == 1234.5  # what a Slovenian or German user types
    assert parse_cell("  ", "x") is None  # missing, never zero
    with pytest.raises(InputError, match=r"^Koper, vacancy: 'lots' is not a number$"):
        parse_cell("lots", "Koper, vacancy")
    with pytest.raises(InputError, match="not a finite number"):
        parse_cell("1e400", "x")
