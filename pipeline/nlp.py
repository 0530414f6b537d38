"""Stage 2: the spaCy pipeline, ``fr_core_news_md`` plus our registered components.

spaCy is imported on first use only, so that a run whose articles are all cached starts fast.
"""
from __future__ import annotations

MODEL = "fr_core_news_md"
# Our components, in order, with where each goes relative to the model's own.
COMPONENTS = [
    ("press_layout", {"first": True}),
    ("press_entities", {"last": True}),
    ("press_dates", {"last": True}),
    ("press_quotes", {"last": True}),
]


def load_nlp(model: str = MODEL):
    import spacy

    import pipeline.components  # noqa: F401  (registers our factories)

    nlp = spacy.load(model)
    for name, where in COMPONENTS:
        nlp.add_pipe(name, **where)
    return nlp
