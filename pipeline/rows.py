"""Stage 3: a processed ``Doc`` becomes table rows (plain dicts keyed by column name).

Offsets are character offsets into the article's decoded text; ``offset`` shifts them when
the Doc holds one chunk of a long article.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is not imported when every article comes from the cache
    from spacy.tokens import Doc, Span

_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _bounds(span: Span, offset: int) -> dict:
    return {"start": span.start_char + offset, "end": span.end_char + offset, "text": span.text}


def entity_rows(doc: Doc, offset: int = 0) -> list[dict]:
    spans = doc.spans["entities"] if "entities" in doc.spans else doc.ents
    return [
        {
            **_bounds(span, offset),
            "label": span.label_,
            "canonical": span._.canonical or span.text,
            "country_code": span._.country_code or "",
            "rule": span._.rule or "model",
        }
        for span in spans
    ]


def date_rows(doc: Doc, offset: int = 0) -> list[dict]:
    return [
        {
            **_bounds(span, offset),
            "type": span._.timex_type or "",
            "value": span._.timex_value or "",
            "anchor": span._.anchor or "",
            "rule": span._.rule or "",
            "mod": span._.timex_mod or "",
        }
        for span in doc.spans.get("dates", [])
    ]


def quote_rows(doc: Doc, offset: int = 0) -> list[dict]:
    def shifted(value):
        return "" if value is None else value + offset

    return [
        {
            **_bounds(span, offset),
            "type": span._.quote_type or "",
            "speaker": span._.speaker or "",
            "speaker_label": span._.speaker_label or "",
            "speaker_start": shifted(span._.speaker_start),
            "speaker_end": shifted(span._.speaker_end),
            "cue": span._.cue or "",
            "rule": span._.rule or "",
        }
        for span in doc.spans.get("quotes", [])
    ]


def doc_rows(doc: Doc, offset: int = 0) -> dict[str, list[dict]]:
    """Entity, date and quote rows of one Doc (without ``article_id``)."""
    return {"entities": entity_rows(doc, offset), "dates": date_rows(doc, offset), "quotes": quote_rows(doc, offset)}
