"""The words, tags and small helpers the quotation stages share: speech-related word lists,
the Speaker and Quote records, gender agreement and name normalisation."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

NEGATION = frozenset({"ne", "n'", "n’"})
NEGATION_PARTNERS = frozenset({"pas", "plus", "jamais", "rien", "guère", "point", "nullement", "aucunement", "personne", "aucun", "aucune", "ni"})
QUE = frozenset({"que", "qu'", "qu’"})
# words that make "que" a conjunction of time, purpose or concession, not the start of a reported clause: "avant que la cour se retire"
CONJUNCTION_BEFORE_QUE = frozenset({"avant", "après", "pour", "sans", "bien", "alors", "parce", "dès", "tandis", "pendant", "depuis", "afin",
                                    "lors", "tant", "maintenant"})
CLAUSE_LINK = re.compile(r",\s*(?:car|mais)$")  # "..., car pour lui, ..." opens a clause as a comma does
RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
ONE_OF = frozenset({"un", "une", "l'un", "l'une", "l’un", "l’une"})
DE_FORMS = frozenset({"de", "d'", "d’", "des"})
CLITIC_WORDS = ("il", "elle", "on", "ils", "elles")
CLITIC = re.compile(rf"^-(?:t-?)?({'|'.join(CLITIC_WORDS)})$", re.IGNORECASE)  # never "-t" alone
EUPHONIC_T = frozenset({"-t", "-t-"})  # "a-t-il" may be split "a", "-t", "-il"
WORD = re.compile(r"\w+")
HYPHENED_WORD = re.compile(r"\w+(?:-\w+)*")
SKIP_AFTER_QUOTE = frozenset({",", ";", "et", "mais", "ou", "»", "”", "›", "(", ")", "…"})
DASHES = frozenset({"—", "–", "-"})
BEFORE_QUE = frozenset({"ADP", "DET", "PROPN", "NOUN", "NUM", "ADV", "PRON", "PUNCT"})  # what may stand between a speech verb and "que"
SPEAKER_LABELS = ("PER", "ORG")
CIRCUMSTANCES = frozenset({"dans", "lors", "devant", "avec", "sur", "pendant", "depuis", "selon"})  # where or when one speaks, not who
INCISE_PREPOSITIONS = frozenset({"chez", "de", "du", "des", "d'", "d’", "à", "au", "auprès"})  # a source's affiliation after a comma
COMPLEMENT_TAGS = frozenset({"ADP", "DET", "PROPN", "NOUN", "ADJ", "ADV"})  # the words of a prepositional complement
TERM_WORDS = 4  # at most this many words without a verb in marks make a term, not a quotation
OPENING_MARKS = frozenset({"«", "“", "‹", "„", '"'})
SUBJECT = frozenset({"nsubj", "nsubj:pass"})
REFLEXIVES = frozenset({"se", "s'", "s’"})
OBJECT_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "nous", "vous", "te", "t'", "t’"})  # "« ..., lui a répondu X. ... »"
GENITIVE = DE_FORMS | {"du"}  # "le ministre de l'Intérieur": the complement that tells which one
GOVERNED = GENITIVE | {"à", "au", "aux"}  # a complement, not who speaks
AUXILIARIES = frozenset({"a", "ont", "avait", "avaient"})
PLACES_SPEAKING = frozenset({"dans", "chez", "au", "à", "auprès", "aux", "du"})  # "précise-t-on au ministère"
DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
DEFINITE = frozenset({"le", "la", "les", "l'", "l’"})
TITLES = {"mme": "Fem", "madame": "Fem", "mlle": "Fem", "m.": "Masc", "monsieur": "Masc"}
LAWYER_TITLE = "Me"  # "Me Sophie Kerbrat": a lawyer (maître); the parse may make it a subject of its own
PRONOUN_GENDER = {"il": "Masc", "lui": "Masc", "celui-ci": "Masc", "elle": "Fem", "celle-ci": "Fem"}
SUBJECT_PRONOUNS = frozenset(CLITIC_WORDS) - {"on"}


@dataclass
class Speaker:
    name: str = ""
    label: str = ""
    start: int | None = None
    end: int | None = None
    is_source: bool = False  # an organisation or a document: what "de même source" points back to
    aside: bool = False  # named in passing ("comme l'a dit X"): not the source the next quotes follow


@dataclass
class Quote:
    start: int
    end: int
    kind: str
    cue: str
    rule: str
    speaker: Speaker = field(default_factory=Speaker)


def named_as_subject(ent: Span) -> bool:
    """A person named as a subject (or in apposition to one): what "il"/"elle" points back to; a
    name opening its sentence that the parse made the root is one too ("Miguet, quant à lui, s'insurge")."""
    root = ent.root
    return root.dep_ in SUBJECT or root.head.dep_ in SUBJECT or root.dep_ == "ROOT" and bool(ent[0].is_sent_start)


def is_a_name(ent: Span) -> bool:
    """False for a capitalised participle the model took for a person ("Interrogé vendredi, X a dit");
    a surname tagged as an adjective but tied to a full name ("Hollande" for François Hollande) is one."""
    return not (ent.label_ == "PER" and all(t.pos_ in {"VERB", "ADJ", "AUX"} for t in ent)
                and normalise(ent._.canonical or ent.text) == normalise(ent.text))


def in_inversion(word: str) -> bool:
    """A piece of an inverted subject pronoun: "-il", "-t-elle", or the "-t" split from it."""
    return word in EUPHONIC_T or CLITIC.match(word) is not None


def possessive(noun: Token) -> Token | None:
    """The possessive determiner of a noun: "son" in "son rapport", "ses" in "selon ses dires"."""
    return next((c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)


def noun_genders(noun: Token) -> list[str]:
    """The determiner tells "la ministre" from "le ministre"; else an adjective's feminine form; else a feminine form of the lemma
    ("l'ambassadrice" for "ambassadeur", which the tagger may call masculine); none for a noun of both genders
    after "l'"; else the noun's own gender."""
    from_determiner = [g for d in noun.children if d.dep_ == "det" and d.lower_ not in {"son", "mon", "ton"} for g in d.morph.get("Gender")]
    if from_determiner:  # ("son" also goes before a feminine noun: "son homologue allemande")
        return from_determiner
    if any(a.dep_ == "amod" and a.lower_.endswith("e") and a.lower_ != a._.lemma.lower() for a in noun.children):
        return ["Fem"]  # "son homologue allemande", "la nouvelle": an adjective in its feminine form
    if any(a.dep_ == "amod" and a.i < noun.i and a.lower_.endswith(("ien", "eau", "eur", "nt")) and "Masc" in a.morph.get("Gender")
           for a in noun.children):
        return ["Masc"]  # "l'ancien ministre", "le nouveau porte-parole": a masculine form that has a feminine one
    if noun.lower_.endswith("e") and "Plur" not in noun.morph.get("Number"):
        if noun.lower_ != noun._.lemma.lower():
            return ["Fem"]
        vowel = noun.lower_[0] in "aâeéèêiîoôuh"
        if any(d.dep_ == "det" and (d.lower_ in {"l'", "l’"} or vowel and d.lower_ in {"son", "mon", "ton"}) for d in noun.children):
            return []  # "l'humanitaire", "l'artiste", "son homologue": either
    if any(d.dep_ == "det" and d.lower_ in {"leur", "notre", "votre"} for d in noun.children):
        return []  # "Leur chef de file, Aïssatou X": a masculine noun the press also gives women, and nothing else tells
    return noun.morph.get("Gender")

def nationality_gender(noun: Token) -> list[str]:
    """The gender a nationality noun before a name tells: its article ("la Belge"), else its form, a
    feminine one ending in "e" ("l'Allemand" is a man, "l'Allemande" a woman)."""
    article = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if article in {"la", "une"}:
        return ["Fem"]
    if article in {"le", "un"} or not noun.lower_.endswith("e"):
        return ["Masc"]
    return list(noun.morph.get("Gender"))


def opens_with_de(complement: Token) -> bool:
    """A complement introduced by "de", "du", "des" ("le ministre de l'Intérieur"), not "devant le Conseil"."""
    return any(g.dep_ == "case" and g.lower_ in GENITIVE for g in complement.children)


def de_complements(noun: Token) -> list[Token]:
    """The noun's complements that open with "de": "de l'Intérieur" of "le ministre de l'Intérieur"."""
    return [c for c in noun.children if c.dep_.startswith("nmod") and opens_with_de(c)]


def adjective_stems(noun: Token) -> set[str]:
    """The first letters of the adjectives just after a role noun, which tell its holder apart
    ("l'entraîneur rennais" and "l'entraîneur niçois"; "allemande" and "allemand" alike)."""
    return {t.lower_[:6] for t in noun.subtree if t.i > noun.i and t.pos_ == "ADJ" and len(t) > 5 and t.i - noun.i < 6}


def is_finite(verb: Token) -> bool:
    """A finite verb, or one its finite auxiliary leads ("a déclaré", "est accusé")."""
    return "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children)


def is_age(token: Token) -> bool:
    """"de 38 ans" after a noun: an age, no complement that tells who ("l'artiste de 38 ans")."""
    return token.lower_ in {"ans", "an"} and any(c.dep_ == "nummod" for c in token.children)


def compatible(a: str, b: str) -> bool:
    """Genders agree, or one of them is unknown ("")."""
    return not a or not b or a == b


def normalise(name: str) -> str:
    return " ".join(name.replace("’", "'").split())

