"""``press_dates``: temporal expressions as TIMEX3 values, anchored at the article's date.

Adds ``doc.spans["dates"]`` (sorted by start); each span carries ``_.timex_type`` (DATE, TIME,
DURATION, SET), ``_.timex_value``, ``_.anchor`` ("" for absolute expressions, else the
``doc._.published`` it was resolved against), ``_.timex_mod`` (TIMEX3 mod: START/MID/END for
"début/mi/fin", MORE_THAN, APPROX ... for durations; "" when none) and ``_.rule``. The header's date value is a row
too (rule ``header``). Runs after the parser: it reads the tense of the governing verb.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import extensions  # noqa: F401  (registers span._.timex_type ...)
from pipeline.components.dates.detector import Detector
from pipeline.components.dates.normaliser import Anchor
from pipeline.components.dates.rules import load_rules, normalise_word



class PressDates:
    def __init__(self, nlp: Language, name: str, rules: str):
        self.name = name
        rules = load_rules(rules)
        self.detector = Detector(rules)
        _undo_tokenizer_exceptions(nlp, rules.lexicon.get("split_abbreviation", {}))

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published or ""
        anchor = Anchor.parse(published)
        header = doc.spans["header"][0] if "header" in doc.spans and len(doc.spans["header"]) else None
        spans = []
        if header is not None and published:
            spans.append(self._span(header, "DATE", published, "", "header"))
        skip = (header.start_char, header.end_char) if header is not None else None
        for found in self.detector.find(doc, anchor, skip):
            timex = found.timex
            span = doc.char_span(timex.start, timex.end) or doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            spans.append(self._span(span, timex.type, timex.value, published if timex.relative else "", found.rule, timex.mod))
        doc.spans["dates"] = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        return doc

    @staticmethod
    def _span(span: Span, type_: str, value: str, anchor: str, rule: str, mod: str = "") -> Span:
        # labelled with the type: span attributes are keyed by offsets and label, so an entity
        # over the same characters keeps its own ``_.rule``
        span = Span(span.doc, span.start, span.end, label=type_)
        span._.timex_type, span._.timex_value, span._.anchor, span._.rule = type_, value, anchor, rule
        span._.timex_mod = mod
        return span


def _undo_tokenizer_exceptions(nlp: Language, words) -> None:
    """Let the tokenizer split ``words`` ("h." → "h" "."), so that a sentence-final "14 h." gives a
    span that ends before the period (spans are whole tokens)."""
    rules = nlp.tokenizer.rules or {}
    kept = {text: tokens for text, tokens in rules.items() if normalise_word(text) not in words}
    if len(kept) != len(rules):
        nlp.tokenizer.rules = kept


@Language.factory(
    "press_dates",
    default_config={"rules": "dates"},
    requires=["token.dep", "token.morph", "doc._.published"],
    assigns=["doc.spans"],
)
def make_press_dates(nlp: Language, name: str, rules: str) -> PressDates:
    """Add after the parser: ``nlp.add_pipe("press_dates", last=True)``; ``rules`` is the
    directory of the date rule files (relative to ``pipeline/rules/`` or absolute)."""
    return PressDates(nlp, name, rules)
