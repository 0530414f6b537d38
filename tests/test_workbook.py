"""--xlsx: extraction.xlsx holds the CSV rows, one sheet per table, and never a formula."""
import csv
import shutil

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.datapackage import FILE_NAME as DATAPACKAGE
from pipeline.tables import COLUMNS, TABLES
from pipeline.workbook import FILE_NAME, write_workbook
from shared_outputs import write_corpus


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    """The command line run with the options of a French-locale spreadsheet user."""
    root = tmp_path_factory.mktemp("workbook")
    corpus = write_corpus(root)
    result = CliRunner().invoke(app, ["extract", str(corpus), "--out", str(root / "out"), "--delimiter", ";",
                                      "--xlsx", "--quiet"])
    assert result.exit_code == 1, result.output  # the empty file failed, the others are written
    return root / "out"


def _csv_rows(path, delimiter=";"):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def _as_csv(value):
    return "" if value is None else str(value)


def test_each_sheet_holds_its_table_row_for_row(out):
    workbook = load_workbook(out / FILE_NAME)
    assert workbook.sheetnames == list(TABLES)
    for table in TABLES:
        sheet = workbook[table]
        expected = _csv_rows(out / f"{table}.csv")
        assert expected[0] == COLUMNS[table] and len(expected) > 1
        assert [[_as_csv(cell) for cell in row] for row in sheet.iter_rows(values_only=True)] == expected
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS[table]))}{len(expected)}"


def test_offsets_are_numbers_and_no_cell_is_a_formula(out):
    workbook = load_workbook(out / FILE_NAME)
    cells = [cell for sheet in workbook for row in sheet.iter_rows(min_row=2) for cell in row]
    assert {cell.data_type for cell in cells} <= {"s", "n"}
    quotes = workbook["quotes"]
    assert all(isinstance(row[1], int) for row in quotes.iter_rows(min_row=2, values_only=True))
    escaped = [row[3] for row in quotes.iter_rows(min_row=2, values_only=True) if row[0] == "tricky"]
    assert escaped and escaped[0].startswith("'-5 %")  # the CSV's protected cell, unchanged


def test_the_extract_run_also_wrote_the_semicolon_data_package(out):
    assert '"delimiter": ";"' in (out / DATAPACKAGE).read_text(encoding="utf-8")


def test_a_cell_starting_with_equals_stays_text(out, tmp_path):
    """Even a table not written by TableWriter cannot smuggle a formula into the workbook."""
    for table in TABLES:
        shutil.copy(out / f"{table}.csv", tmp_path)
    rows = _csv_rows(tmp_path / "entities.csv")
    rows[1][3], rows[1][5] = "=HYPERLINK(\"http://example.invalid\")", "bell\x07here"
    with open(tmp_path / "entities.csv", "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    sheet = load_workbook(write_workbook(tmp_path, ";"))["entities"]
    assert (sheet["D2"].value, sheet["D2"].data_type) == (rows[1][3], "s")
    assert sheet["F2"].value == "bell\ufffdhere"  # xlsx cannot hold control characters
