"""CSV tables that spreadsheets open safely and scripts read back unchanged."""
import pytest

from pipeline.tables import COLUMNS, TableWriter, read_table, safe_cell

ROWS = [
    {"article_id": "a", "start": 0, "end": 9, "text": "=SOMME(A1)", "label": "MISC", "canonical": "+33 1 23",
     "country_code": "", "rule": "model"},
    {"article_id": "a", "start": 10, "end": 12, "text": "-5", "label": "MISC", "canonical": "@ONU",
     "country_code": "", "rule": "model"},
    {"article_id": "a", "start": 13, "end": 20, "text": "Il a dit « oui, \"non\" »\nensuite", "label": "MISC",
     "canonical": "\tx", "country_code": "", "rule": "model"},
]


@pytest.mark.parametrize("value, cell", [
    ("=1+1", "'=1+1"), ("+33", "'+33"), ("-P1Y", "'-P1Y"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Maroc", "Maroc"), ("", ""), (None, ""), (12, "12"), ("'déjà", "'déjà"),
])
def test_safe_cell(value, cell):
    assert safe_cell(value) == cell


def test_tables_read_back_with_pandas(tmp_path):
    with TableWriter(tmp_path) as writer:
        writer.write("entities", ROWS)
    raw = (tmp_path / "entities.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS["entities"]).encode() + b"\r\n")
    frame = read_table(tmp_path / "entities.csv")
    assert list(frame.columns) == COLUMNS["entities"]
    assert list(frame["text"]) == ["'=SOMME(A1)", "'-5", ROWS[2]["text"]]
    assert list(frame["canonical"]) == ["'+33 1 23", "'@ONU", "'\tx"]
    # once the one leading quote is removed, every cell is the value written
    assert [value[1:] if value[:1] == "'" else value for value in frame["text"]] == [row["text"] for row in ROWS]
    for table in ("articles", "dates", "quotes"):
        assert list(read_table(tmp_path / f"{table}.csv").columns) == COLUMNS[table]


def test_an_interrupted_write_leaves_the_previous_tables(tmp_path):
    with TableWriter(tmp_path) as writer:
        writer.write("entities", ROWS[:1])
    before = (tmp_path / "entities.csv").read_bytes()
    with pytest.raises(KeyboardInterrupt):
        with TableWriter(tmp_path) as writer:
            writer.write("entities", ROWS)
            raise KeyboardInterrupt
    assert (tmp_path / "entities.csv").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "dates.csv", "entities.csv", "quotes.csv"]
