"""Attributes our components attach to spaCy objects, registered once on import.

Values stay plain (str, int, tuples) so that Docs survive pickling between processes.
"""
from spacy.tokens import Doc, Span, Token

DOC_EXTENSIONS = {
    "published": None,  # ISO date of the article (`date` header), "" when absent
    "title": None,  # headline text, "" when the article has none
    "source": None,  # outlet or issuer named by the closing line, ""
    "countries": None,  # ISO alpha-3 codes the article involves, sorted tuple
    "nationalities": None,  # {token index: ISO alpha-3 code} of the nationality words ("brésilien", "Allemande")
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
    "timex_mod": None,  # TIMEX3 mod: START / MID / END, APPROX, MORE_THAN ...
    # quotes (doc.spans["quotes"])
    "quote_type": None,
    "speaker": None,
    "speaker_label": None,
    "speaker_start": None,  # character offsets of the speaker mention
    "speaker_end": None,
    "cue": None,
}


_TEXT_KEY = ("press", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once: spaCy joins every token on each access, and each of our
    components reads the text. Tokens may be merged or split later; the text stays the same."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_lemmatizer = None  # the model's lemmatizer, run on demand (see lemmatize_on_demand)


def lemmatize_on_demand(lemmatizer) -> None:
    """Serve ``token._.lemma`` from ``lemmatizer`` for the tokens our rules look at, instead of
    running it over every token: it is a third of the model's time and our rules read a few lemmas."""
    global _lemmatizer
    _lemmatizer = lemmatizer


_lemmas: dict[tuple[int, int], str] = {}  # (orth, pos) -> lemma: all the French lemmatizer reads


def _lemma(token: Token) -> str:
    if token.lemma_ or _lemmatizer is None:
        return token.lemma_
    key = (token.orth, token.pos)
    if key not in _lemmas:
        _lemmas[key] = _lemmatizer.lemmatize(token)[0]
    return _lemmas[key]


def register() -> None:
    if not Token.has_extension("lemma"):
        Token.set_extension("lemma", getter=_lemma)
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
