"""Each kind of date rule file at work: a rule added in a copy of pipeline/rules/dates changes the output."""
import shutil

import pytest

from pipeline.components.dates.factory import PressDates
from pipeline.ruleset import RULES_DIR, RuleError


@pytest.fixture
def rules_dir(tmp_path):
    target = tmp_path / "dates"
    shutil.copytree(RULES_DIR / "dates", target)
    return target


def _rows(nlp, rules_dir, text, published="2025-02-09"):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = PressDates(nlp, "press_dates_test", str(rules_dir))(nlp(doc))
    return [(s.text, s._.timex_type, s._.timex_value, s._.rule) for s in doc.spans["dates"]]


def test_lexicon_file_adds_a_holiday(nlp, rules_dir):
    text = "Le défilé aura lieu pour la fête nationale."
    assert _rows(nlp, rules_dir, text) == []
    (rules_dir / "holidays.jsonl").write_text(
        '{"id": "holiday-national", "class": "holiday", "value": "07-14", "words": ["la fête nationale"]}\n', encoding="utf-8")
    assert _rows(nlp, rules_dir, text) == [("la fête nationale", "DATE", "2025-07-14", "holiday")]


def test_context_file_adds_an_age_noun(nlp, rules_dir):
    text = "Un marin de 40 ans a disparu."
    assert _rows(nlp, rules_dir, text) == [("40 ans", "DURATION", "P40Y", "duration")]
    path = rules_dir / "context.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "age-noun-sailor", "class": "age_noun", "words": ["marin"]}\n',
                    encoding="utf-8")
    assert _rows(nlp, rules_dir, text) == []


def test_pattern_and_macro_files_add_a_rule(nlp, rules_dir):
    text = "Les comptes de l'exercice 2024 sont publiés."
    assert _rows(nlp, rules_dir, text) == [("2024", "DATE", "2024", "year")]
    macros, patterns = rules_dir / "macros.jsonl", rules_dir / "patterns.jsonl"
    macros.write_text(macros.read_text(encoding="utf-8") + '{"id": "fiscal_year", "pattern": "exercice\\\\s+(?P<year>{year})"}\n',
                      encoding="utf-8")
    patterns.write_text('{"id": "year-fiscal", "type": "DATE", "normalise": "year", "pattern": "{fiscal_year}"}\n'
                        + patterns.read_text(encoding="utf-8"), encoding="utf-8")
    assert _rows(nlp, rules_dir, text) == [("l'exercice 2024", "DATE", "2024", "year-fiscal")]


def test_malformed_rule_names_file_and_line(nlp, rules_dir):
    path = rules_dir / "months.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "month-broken", "class": "month", "words": [\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"months\.jsonl:\d+: invalid JSON"):
        PressDates(nlp, "press_dates_test", str(rules_dir))


def test_unknown_placeholder_is_reported(nlp, rules_dir):
    path = rules_dir / "patterns.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "bad", "type": "DATE", "normalise": "year", "pattern": "{nope}"}\n',
                    encoding="utf-8")
    with pytest.raises(RuleError, match=r"patterns\.jsonl:\d+ \(bad\): unknown placeholder \{nope\}"):
        PressDates(nlp, "press_dates_test", str(rules_dir))
