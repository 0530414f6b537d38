"""Attributes our components attach to spaCy objects, registered once on import.

Values stay plain (str, int, tuples) so that Docs survive pickling between processes.
"""
from spacy.tokens import Doc, Span

DOC_EXTENSIONS = {
    "published": None,  # ISO date of the article (`date` header), "" when absent
    "title": None,  # headline text, "" when the article has none
    "source": None,  # outlet or issuer named by the closing line, ""
    "countries": None,  # ISO alpha-3 codes the article involves, sorted tuple
}
SPAN_EXTENSIONS = {
    # entities (doc.ents)
    "canonical": None,
    "country_code": None,
    "rule": None,  # id of the rule that produced or changed the span; None = model
    # dates (doc.spans["dates"])
    "timex_type": None,
    "timex_value": None,
    "anchor": None,
    # quotes (doc.spans["quotes"])
    "quote_type": None,
    "speaker": None,
    "speaker_label": None,
    "speaker_start": None,  # character offsets of the speaker mention
    "speaker_end": None,
    "cue": None,
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
