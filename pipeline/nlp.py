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

    from pipeline import regex_cache
    from pipeline.extensions import lemmatize_on_demand

    regex_cache.warm(regex_cache.model_patterns(model))  # halves the model's load time
    nlp = spacy.load(model)
    if "lemmatizer" in nlp.pipe_names:  # token._.lemma computes the few lemmas our rules read
        lemmatize_on_demand(nlp.get_pipe("lemmatizer"))
        nlp.disable_pipe("lemmatizer")
    if "attribute_ruler" in nlp.pipe_names:  # it only copies POS into TAG, which no rule reads
        nlp.disable_pipe("attribute_ruler")
    for name, where in COMPONENTS:
        nlp.add_pipe(name, **where)
    return nlp
