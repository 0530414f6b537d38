"""Stage 2: the spaCy pipeline, ``fr_core_news_md`` plus our registered components."""
from __future__ import annotations

import spacy
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the factories)

MODEL = "fr_core_news_md"
# Our components, in order, with where each goes relative to the model's own.
COMPONENTS = [
    ("press_layout", {"first": True}),
]
MAX_CHARS = 200_000  # longer articles are processed in chunks (see extract.py)


def load_nlp(model: str = MODEL) -> Language:
    nlp = spacy.load(model)
    for name, where in COMPONENTS:
        nlp.add_pipe(name, **where)
    nlp.max_length = MAX_CHARS + 10_000
    return nlp
