"""What the page shows: each article's row, text and extracted rows, read from the outputs."""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.reader import read_article
from pipeline.tables import _FORMULA_START, TABLES  # the characters safe_cell protects


@dataclass
class ArticleView:
    row: dict  # its articles.csv row
    text: str = ""
    text_error: str = ""  # why the text could not be shown
    rows: dict = field(default_factory=dict)  # entities, dates, quotes -> the article's rows
    mismatched: int = 0  # rows that do not match the article file (edited since the extraction?)


def table_delimiter(tables_dir: Path) -> str:
    """The delimiter the tables were written with, read off the articles.csv header."""
    path = Path(tables_dir) / "articles.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
    if not header.startswith("article_id") or len(header) <= len("article_id"):
        raise ValueError(f"{path} is not an articles table (its header must start with article_id)")
    return header[len("article_id")]


def read_rows(tables_dir: Path) -> dict[str, list[dict]]:
    delimiter = table_delimiter(tables_dir)
    tables = {}
    for table in TABLES:
        with open(Path(tables_dir) / f"{table}.csv", encoding="utf-8-sig", newline="") as handle:
            tables[table] = list(csv.DictReader(handle, delimiter=delimiter))
    return tables


def unescape(cell: str) -> str:
    """The text a cell stands for: without the ``'`` added against formula injection."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def load_articles(input_dir: Path, tables_dir: Path) -> list[ArticleView]:
    """Every article of the tables, with its text read from ``input_dir``."""
    tables = read_rows(tables_dir)
    by_article = {table: defaultdict(list) for table in TABLES if table != "articles"}
    for table, grouped in by_article.items():
        for row in tables[table]:
            grouped[row["article_id"]].append(row)
    views = []
    for row in tables["articles"]:
        article_id = row["article_id"]
        view = ArticleView(row, rows={table: grouped.get(article_id, []) for table, grouped in by_article.items()})
        if row["status"] == "ok":
            path = Path(input_dir) / f"{article_id}.txt"
            if path.is_file():
                article = read_article(path, Path(input_dir))
                view.text, view.text_error = article.text, article.error
            else:
                view.text_error = f"{path} not found: the report needs the folder the tables were extracted from"
        if view.text:
            view.mismatched = sum(not points_at_text(r, view.text) for rows in view.rows.values() for r in rows)
        views.append(view)
    return views


def points_at_text(row: dict, text: str) -> bool:
    start, end = _int(row["start"]), _int(row["end"])
    return start is not None and end is not None and text[start:end] == unescape(row["text"]) != ""


def _int(cell: str) -> int | None:
    return int(cell) if cell.isdigit() else None


def speaker_bounds(quote: dict, text: str) -> tuple[int, int] | None:
    """The speaker mention of a quote row, when it has a valid one."""
    start, end = _int(quote["speaker_start"]), _int(quote["speaker_end"])
    if start is None or end is None or not start < end <= len(text):
        return None
    return start, end
