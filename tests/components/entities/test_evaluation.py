"""The entity evaluation: scoring rules, and a clear message without the dev data."""
from pipeline.evaluation.entities import Score, read_gold, run


def test_nested_gold_prediction_right_if_it_matches_any_span_of_its_label(tmp_path):
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tOrganization 0 20\taéroport de Zaventem\nT2\tLocation 12 20\tZaventem\n"
                   "T3\tDate 25 35\t23 mars 16\nT4\tPerson 40 45\tNajim\n", encoding="utf-8")
    gold = read_gold(ann)
    assert gold == {(0, 20, "ORG"), (12, 20, "LOC"), (40, 45, "PER")}  # Date ignored
    score = Score()
    score.add({(12, 20, "LOC"), (40, 45, "ORG")}, gold)
    assert score.prf(("LOC",)) == (1.0, 1.0, 1.0)
    precision, recall, _ = score.prf(("PER", "LOC", "ORG"))
    assert (precision, recall) == (0.5, 1 / 3)  # the wrong label counts against both


def test_run_without_data_says_so(tmp_path):
    assert "No WiNER dev data" in run(tmp_path / "missing")


def test_years_select_the_articles(tmp_path):
    (tmp_path / "2016" / "01").mkdir(parents=True)
    (tmp_path / "2016" / "01" / "a.txt").write_text("Paris.", encoding="utf-8")
    (tmp_path / "2016" / "01" / "a.ann").write_text("T1\tLocation 0 5\tParis\n", encoding="utf-8")
    assert "No WiNER dev data" in run(tmp_path, [{"2018"}])
