"""The seed's known facts (../shared/seed/known-facts.md), with its month-only header and with
the header changed to the full date 2025-02-09."""
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "corpus" / "000_8ae16dfbaa6e08a5.txt"
SHARED_SEED = Path(__file__).resolve().parents[4] / "shared" / "seed" / "000_8ae16dfbaa6e08a5.txt"

MONTH_ONLY = [
    ("2025-02", "DATE", "2025-02", "", "header"),
    ("dimanche", "DATE", "XXXX-WXX-7", "2025-02", "weekday"),
    ("ce lundi", "DATE", "XXXX-WXX-1", "2025-02", "weekday"),
    ("décembre 2024", "DATE", "2024-12", "", "month-year"),
    ("décembre 2025", "DATE", "2025-12", "", "month-year"),
    ("les années à venir", "DATE", "FUTURE_REF", "", "vague-ref"),
    ("six ans", "DURATION", "P6Y", "", "duration"),
    ("2019", "DATE", "2019", "", "year"),
    ("ce jour", "DATE", "XXXX-WXX-7", "2025-02", "deictic-day"),
    ("décembre 2025", "DATE", "2025-12", "", "month-year"),
]
FULL_DATE = [
    ("2025-02-09" if rule == "header" else text, type_, {"XXXX-WXX-7": "2025-02-09", "XXXX-WXX-1": "2025-02-10", "2025-02": "2025-02-09"}.get(value, value),
     "2025-02-09" if anchor else "", rule)
    for text, type_, value, anchor, rule in MONTH_ONLY
]


def _seed_text() -> str:
    path = SEED if SEED.exists() else SHARED_SEED
    if not path.exists():
        pytest.skip("seed article not available")
    return path.read_text(encoding="utf-8")


def _rows(nlp, text):
    doc = nlp(text)
    return [(s.text, s._.timex_type, s._.timex_value, s._.anchor, s._.rule) for s in doc.spans["dates"]]


def test_seed_month_only_header(nlp):
    assert _rows(nlp, _seed_text()) == MONTH_ONLY


def test_seed_full_date_header(nlp):
    text = _seed_text().replace("date 2025-02 ", "date 2025-02-09 ", 1)
    assert _rows(nlp, text) == FULL_DATE


def test_spans_cover_exactly_the_expression(nlp):
    text = _seed_text()
    doc = nlp(text)
    for span in doc.spans["dates"]:
        assert text[span.start_char:span.end_char] == span.text
        assert not span.text[0].isspace() and not span.text[-1].isspace()
