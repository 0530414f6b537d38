"""``extraction.xlsx``: the four CSV tables as one workbook, for people who live in spreadsheets.

One sheet per table, same rows and cells as the CSV files (read back from them, so the two
cannot drift apart), header row frozen and filterable. Integer columns are numbers; every
other cell is stored as text, so no cell can ever become a formula, whatever it starts with.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pipeline.datapackage import integer_columns
from pipeline.tables import TABLES

FILE_NAME = "extraction.xlsx"
MAX_ROWS = 1_048_576  # rows in an Excel sheet, header included
_WIDE_COLUMNS = {"text": 60, "title": 50, "error": 40, "canonical": 30, "speaker": 30, "article_id": 24}
_HEADER_FONT = Font(bold=True)


def write_workbook(out_dir: Path, delimiter: str = ",") -> Path:
    """Write ``extraction.xlsx`` from the CSV tables in ``out_dir`` and return its path."""
    out_dir = Path(out_dir)
    workbook = Workbook(write_only=True)  # streams rows: memory stays flat on a large corpus
    for table in TABLES:
        _write_sheet(workbook.create_sheet(table), table, out_dir / f"{table}.csv", delimiter)
    path = out_dir / FILE_NAME
    temporary = out_dir / f".{FILE_NAME}.{os.getpid()}.tmp"
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def _write_sheet(sheet, table: str, csv_path: Path, delimiter: str) -> None:
    integers = integer_columns(table)
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, delimiter=delimiter)
        header = next(rows)
        # sheet views and column widths precede the rows in the file: set them first
        sheet.freeze_panes = "A2"
        for number, column in enumerate(header, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = _WIDE_COLUMNS.get(column, 12)
        sheet.append([_header_cell(sheet, column) for column in header])
        is_integer = [column in integers for column in header]
        written = 1
        for row in rows:
            written += 1
            if written > MAX_ROWS:
                raise ValueError(f"{csv_path.name} has more rows than a spreadsheet sheet holds "
                                 f"({MAX_ROWS - 1:,}); use the CSV file instead of --xlsx")
            sheet.append([_cell(sheet, value, integer) for value, integer in zip(row, is_integer)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{written}"


def _header_cell(sheet, column: str) -> WriteOnlyCell:
    cell = _cell(sheet, column, integer=False)
    cell.font = _HEADER_FONT
    return cell


def _cell(sheet, value: str, integer: bool):
    if integer and value.isdigit():
        return int(value)
    if value == "":
        return None
    # control characters cannot be stored in xlsx; U+FFFD keeps the length, so offsets still hold
    cell = WriteOnlyCell(sheet, ILLEGAL_CHARACTERS_RE.sub("\ufffd", value))
    cell.data_type = "s"  # openpyxl would store a string starting with '=' as a formula
    return cell
