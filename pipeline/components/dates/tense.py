"""Tense of the verb governing an expression, from the dependency parse and token.morph.

"ont exprimé dimanche" → past (auxiliary + past participle); "se rencontreront en décembre",
"sera", "va partir", "doit se tenir" → future; "s'ouvre ce lundi" → present.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.components.dates.rules import DateRules

AUX_DEPS = ("aux", "aux:tense", "aux:pass", "cop")


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or copula-bearing predicate) above ``token`` in its sentence."""
    current = token
    for _ in range(10):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in AUX_DEPS:
            return current
        if any(child.dep_ == "cop" for child in current.children):
            return current
        if current.head.i == current.i:
            break
        current = current.head
    return None


def verb_tense(verb: Token, rules: DateRules) -> str:
    """past | present | future of the verb group headed by ``verb``."""
    auxes = [child for child in verb.children if child.dep_ in AUX_DEPS]
    if any("Fut" in aux.morph.get("Tense") for aux in auxes) or "Fut" in verb.morph.get("Tense"):
        return "future"
    if verb.morph.get("VerbForm") == ["Inf"] and verb.head.i != verb.i:
        head = verb.head
        if rules.has("future_lemma", head._.lemma):
            return "future"
        if rules.has("past_lemma", head._.lemma) and "Pres" in head.morph.get("Tense"):
            return "past"
        if head.pos_ in ("VERB", "AUX"):
            # "a annoncé partir lundi": an infinitive under a past verb may look ahead of it
            head_tense = verb_tense(head, rules)
            return "present" if head_tense == "past" else head_tense
        return "present"
    if any(child.morph.get("VerbForm") == ["Inf"] for child in verb.children if child.dep_ == "xcomp"):
        if rules.has("future_lemma", verb._.lemma):
            return "future"
    tense_aux = [aux for aux in auxes if aux.dep_ in ("aux", "aux:tense")]
    if tense_aux and verb.morph.get("VerbForm") == ["Part"]:
        return "past"
    if verb.morph.get("VerbForm") == ["Part"] and rules.has("future_participle", verb._.lemma):
        return "future"  # "le sommet prévu le 14 décembre"
    if _conditional(verb) or any(_conditional(aux) for aux in auxes):
        return "future"  # "Dakar accueillerait en novembre": news conditionals look ahead
    if any(set(aux.morph.get("Tense")) & {"Imp", "Past"} for aux in auxes):
        return "past"
    if set(verb.morph.get("Tense")) & {"Imp", "Past"} and verb.morph.get("VerbForm") != ["Part"]:
        return "past"
    if verb.morph.get("VerbForm") == ["Part"] and "Past" in verb.morph.get("Tense") and not auxes:
        return "past"  # participle clause: "réunis dimanche, les ministres ..."
    return "present"


def _conditional(verb: Token) -> bool:
    """Conditional mood. The model often tags "accueillerait" as an imperfect, so the form is
    checked too: an imperfect in -rait is the infinitive's stem + -ait ("déclarait", "courait"),
    a conditional is not ("déclarerait", "accueillerait", "serait")."""
    if "Cnd" in verb.morph.get("Mood"):
        return True
    form = verb.lower_
    for ending in ("raient", "rait", "rais"):
        if form.endswith(ending) and verb.pos_ in ("VERB", "AUX"):
            lemma = verb._.lemma or ""
            return len(lemma) > 2 and form[:-len(ending) + 1] != lemma[:-2]
    return False


def span_tense(span: Span, rules: DateRules) -> str:
    verb = governing_verb(span.root)
    return verb_tense(verb, rules) if verb is not None else "present"
