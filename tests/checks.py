"""Checks every written table must pass, shared by the end-to-end and property tests."""
from pathlib import Path

from pipeline.reader import article_paths, read_article
from pipeline.tables import COLUMNS, read_table

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def unescape(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def assert_tables_valid(out_dir: Path, corpus: Path) -> dict:
    """Columns, order, and offsets pointing at the exact text; returns the tables."""
    articles = (read_article(path, corpus) for path in article_paths(corpus))
    texts = {article.article_id: article.text for article in articles if not article.error}
    tables = {name: read_table(out_dir / f"{name}.csv") for name in COLUMNS}
    for name, frame in tables.items():
        assert list(frame.columns) == COLUMNS[name]
    assert list(tables["articles"]["article_id"]) == sorted(tables["articles"]["article_id"])
    for name in ("entities", "dates", "quotes"):
        frame = tables[name]
        keys = [(row.article_id, int(row.start), int(row.end)) for row in frame.itertuples()]
        assert keys == sorted(keys, key=lambda key: key[:2]), f"{name}.csv is not sorted"
        for row in frame.itertuples():
            assert texts[row.article_id][int(row.start):int(row.end)] == unescape(row.text), (name, row)
        if name == "quotes":
            for row in frame.itertuples():
                if row.speaker_start:
                    assert 0 <= int(row.speaker_start) < int(row.speaker_end) <= len(texts[row.article_id])
    return tables
