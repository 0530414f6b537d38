"""French press extraction: entities, TimeML dates and quotations, as CSV tables.

Data flows one way: read article -> spaCy ``Doc`` (model + our components) -> rows -> CSV tables.

    >>> from pipeline import extract_text
    >>> tables = extract_text("date 2025-02-09\nLe Maroc a annoncé dimanche sa candidature.")
    >>> sorted(tables)
    ['articles', 'dates', 'entities', 'quotes']
"""
from pipeline.extract import extract_folder, extract_text
from pipeline.nlp import load_nlp

__all__ = ["extract_folder", "extract_text", "load_nlp"]
