"""``press_quotes``: direct, mixed and indirect quotations with their speakers.

Fills ``doc.spans["quotes"]``: each span is the quoted content (no marks, no surrounding
spaces; for indirect speech the reported clause), with ``span._.quote_type``,
``speaker``, ``speaker_label``, ``speaker_start``/``speaker_end``, ``cue`` and ``rule``.
Speakers take the canonical names of ``doc.spans["entities"]`` (else ``doc.ents``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline import extensions  # noqa: F401  (registers span._.quote_type ...)
from pipeline.components.quotes.attribution import Attributor
from pipeline.components.quotes.lexicon import QuoteRules


class QuoteFinder:
    def __init__(self, nlp: Language, name: str, rules: str):
        self.name = name
        self.rules = QuoteRules.load(rules)
        if "lemmatizer" in nlp.component_names and hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
            self.rules.read_lemmatizer(nlp.get_pipe("lemmatizer").lookups)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for quote in Attributor(self.rules, doc).quotes() if len(doc) else ():  # an empty text has no sentence
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is None or span.start_char != quote.start or span.end_char != quote.end:
                continue  # content that does not fall on token boundaries
            span._.quote_type = quote.kind
            span._.speaker = quote.speaker.name
            span._.speaker_label = quote.speaker.label
            span._.speaker_start = quote.speaker.start
            span._.speaker_end = quote.speaker.end
            span._.cue = quote.cue
            span._.rule = quote.rule
            spans.append(span)
        doc.spans["quotes"] = spans
        return doc


@Language.factory(
    "press_quotes",
    default_config={"rules": "quotes"},
    requires=["token.dep", "token.lemma", "token.is_sent_start"],
    assigns=["doc.spans"],
)
def make_press_quotes(nlp: Language, name: str, rules: str) -> QuoteFinder:
    """Add after the parser and the entities: ``nlp.add_pipe("press_quotes", last=True)``."""
    return QuoteFinder(nlp, name, rules)
