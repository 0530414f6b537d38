"""Finding quotations and their speakers in a parsed Doc.

Direct and mixed quotes come from the quote marks (paired on characters); indirect ones
from "Selon X, ...", "X a affirmé que ...", "..., a annoncé X". The speaker is looked for,
in order: a speech verb right after the quote ("», précise-t-il"), a speech verb governing
it ("X a déclaré que « ... »"), a marker ("selon X", "Et d'ajouter", "de même source"),
"X : « ... »", "« ... » — X"; with none of these, who speaks in (or is the subject of) the
paragraph's previous sentence when named since the source quoted just before, else that source.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, IDX, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from pipeline.components.quotes.lexicon import CUE_TAGS, QuoteRules
from pipeline.components.quotes.marks import CLOSERS, MarkPair, pair_marks
from pipeline.extensions import doc_text

_NEGATION = frozenset({"ne", "n'", "n’"})
_NEGATION_PARTNERS = frozenset({"pas", "plus", "jamais", "rien", "guère", "point", "nullement", "aucunement", "personne", "aucun", "aucune", "ni"})
_QUE = frozenset({"que", "qu'", "qu’"})
_CLAUSE_LINK = re.compile(r",\s*(?:car|mais)$")  # "..., car pour lui, ..." opens a clause as a comma does
_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})
_ONE_OF = frozenset({"un", "une", "l'un", "l'une", "l’un", "l’une"})
_DE_FORMS = frozenset({"de", "d'", "d’", "des"})
_CLITIC_WORDS = ("il", "elle", "on", "ils", "elles")
_CLITIC = re.compile(rf"^-(?:t-?)?({'|'.join(_CLITIC_WORDS)})$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SKIP_AFTER_QUOTE = frozenset({",", ";", "et", "mais", "ou", "»", "”", "›", "(", ")", "…"})
_DASHES = frozenset({"—", "–", "-"})
_BEFORE_QUE = frozenset({"ADP", "DET", "PROPN", "NOUN", "NUM", "ADV", "PRON", "PUNCT"})  # what may stand between a speech verb and "que"
_SPEAKER_LABELS = ("PER", "ORG")
_CIRCUMSTANCES = frozenset({"dans", "lors", "devant", "avec", "sur", "pendant", "depuis", "selon"})  # where or when one speaks, not who
_INCISE_PREPOSITIONS = frozenset({"chez", "de", "du", "des", "d'", "d’", "à", "au", "auprès"})  # a source's affiliation after a comma
_COMPLEMENT_TAGS = frozenset({"ADP", "DET", "PROPN", "NOUN", "ADJ", "ADV"})  # the words of a prepositional complement
_TERM_WORDS = 4  # at most this many words without a verb in marks make a term, not a quotation
OPENING_MARKS = frozenset({"«", "“", "‹", "„", '"'})


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


_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_GOVERNED = frozenset({"de", "du", "des", "d'", "d’", "à", "au", "aux"})  # a complement, not who speaks
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient"})
_PLACES_SPEAKING = frozenset({"dans", "chez", "au", "à", "auprès", "aux", "du"})  # "précise-t-on au ministère"
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
_DEFINITE = frozenset({"le", "la", "les", "l'", "l’"})
_TITLES = {"mme": "Fem", "madame": "Fem", "mlle": "Fem", "m.": "Masc", "monsieur": "Masc"}
_PRONOUN_GENDER = {"il": "Masc", "lui": "Masc", "celui-ci": "Masc", "elle": "Fem", "celle-ci": "Fem"}


def _is_subject(ent: Span) -> bool:
    """A person named as a subject (or in apposition to one): what "il"/"elle" points back to; a
    name opening its sentence that the parse made the root is one too ("Miguet, quant à lui, s'insurge")."""
    root = ent.root
    return root.dep_ in _SUBJECT or root.head.dep_ in _SUBJECT or root.dep_ == "ROOT" and bool(ent[0].is_sent_start)


def _is_name(ent: Span) -> bool:
    """False for a capitalised participle the model took for a person ("Interrogé vendredi, X a dit");
    a surname tagged as an adjective but tied to a full name ("Hollande" for François Hollande) is one."""
    return not (ent.label_ == "PER" and all(t.pos_ in {"VERB", "ADJ", "AUX"} for t in ent)
                and normalise(ent._.canonical or ent.text) == normalise(ent.text))


def noun_genders(noun: Token) -> list[str]:
    """The determiner tells "la ministre" from "le ministre"; else the noun's own gender."""
    return [g for d in noun.children if d.dep_ == "det" for g in d.morph.get("Gender")] or noun.morph.get("Gender")


def compatible(a: str, b: str) -> bool:
    """Genders agree, or one of them is unknown ("")."""
    return not a or not b or a == b


def normalise(name: str) -> str:
    return " ".join(name.replace("’", "'").split())


class Attributor:
    """Runs over one Doc: ``Attributor(rules, doc).quotes()``."""

    def __init__(self, rules: QuoteRules, doc: Doc):
        self.rules = rules
        self.doc = doc
        self.text = doc_text(doc)
        columns = doc.to_array([IDX, SENT_START, ORTH, POS, DEP, LOWER])  # one pass over the tokens
        self.token_starts = columns[:, 0].tolist()
        self.sent_starts = [0] + [i for i in numpy.flatnonzero(columns[:, 1] == 1).tolist() if i]
        self._sents: dict[int, Span] = {}
        tagged = numpy.flatnonzero(numpy.isin(columns[:, 3], CUE_TAGS)).tolist()
        self.cue_tokens = [i for i, orth, pos in zip(tagged, columns[tagged, 2].tolist(), columns[tagged, 3].tolist())
                           if rules.may_be_cue(doc, i, orth, pos)]
        self.quoted_tokens = bytearray(len(doc))  # 1 for the tokens inside quote marks, set in quotes()
        strings = doc.vocab.strings
        pronouns = [strings[w] for w in rules.referents.get("pronoun", {})] + [strings["-" + w] for w in _PRONOUN_GENDER]
        self.subject_pronouns = numpy.flatnonzero(numpy.isin(columns[:, 5], pronouns) & numpy.isin(
            columns[:, 4], [strings[d] for d in _SUBJECT])).tolist()  # "il a prêté serment", "a-t-il dit"
        self.clitics = numpy.flatnonzero(numpy.isin(columns[:, 5], [strings[t + w] for w in _CLITIC_WORDS for t in ("-", "-t-")])).tolist()  # "a-t-il"
        self._cues: dict[int, object] = {}  # token index -> speech verb entry or None
        self._date_tokens: set[int] | None = None  # indices of the tokens in dates, read on demand
        self._issuing: set[int] = set()  # the verbs whose subject is being looked for as a document's issuer
        self.entities = self._entities()
        self.entity_of = self._entity_index()
        self.persons = []  # (start, entity) of the persons named outside quote marks, filled in quotes()
        self.organisations = []  # (start, entity) of the organisations named outside quote marks
        self.subject_organisations = []  # those named as a subject
        self.roles: dict[str, set[str]] = {}  # canonical name -> role nouns apposed to it ("candidat", "ministre")
        self.genders = self._genders()  # canonical name -> "Masc" / "Fem" when the article tells
        self.mentions = sorted((ent.start_char, ent.end_char, normalise(ent._.canonical or ent.text))
                               for ent in self.entities if ent.label_ == "PER" and _is_name(ent))
        self.named_persons = sorted(((ent.start, id(ent)), ent) for ent in self.entities if ent.label_ == "PER" and _is_name(ent))
        self.markers = rules.find_markers(self.text)
        self.marker_starts = [match.start() for _, match in self.markers]
        self.current = Speaker()  # the last source quoted
        self.source = Speaker()  # the last organisation or document quoted
        self.pairs: list[MarkPair] = []
        self.pair_starts: list[int] = []  # where the content of each pair starts
        self.quoted = []  # (start, end) of the marked passages, marks included
        self.reported: list[tuple[int, int]] = []  # (start, end) of the indirect quotations found so far
        self.current_sentences: list[tuple[int, int]] = []  # characters of the sentences quoting the current source
        self.issuers: list[tuple[int, Speaker]] = []  # (where, issuer) of the documents quoted so far: "un communiqué du Quai d'Orsay"
        self._published: list[tuple[int, Speaker]] | None = None  # (where, issuer) of the documents published, read on demand

    # -- entities -------------------------------------------------------------------
    def _entities(self) -> list[Span]:
        spans = self.doc.spans.get("entities") if self.doc.spans is not None else None
        return list(spans) if spans is not None and len(spans) else list(self.doc.ents)

    def _entity_index(self) -> dict[int, Span]:
        index: dict[int, Span] = {}
        for ent in sorted(filter(_is_name, self.entities), key=lambda e: len(e)):  # longer ones win
            for i in range(ent.start, ent.end):
                index[i] = ent
        return index

    def _genders(self) -> dict[str, str]:
        """A person's gender from a known first name, "Mme"/"M." before the name, or a noun in
        apposition ("Marie Dupont, la porte-parole"); undecided when the clues disagree. A first
        name or a title outweighs nouns ("l'homme d'affaires Marc X": not "affaires")."""
        found: dict[str, set[str]] = {}
        from_nouns: dict[str, set[str]] = {}
        for ent in self.entities:
            if ent.label_ != "PER":
                continue
            clues = found.setdefault(normalise(ent._.canonical or ent.text), set())
            feminine, masculine = self.rules.is_a("feminine", ent[0].text), self.rules.is_a("masculine", ent[0].text)
            if feminine != masculine:  # "Dominique", "Camille" tell nothing
                clues.add("Fem" if feminine else "Masc")
            if ent.start > 0 and self.doc[ent.start - 1].lower_ in _TITLES:
                clues.add(_TITLES[self.doc[ent.start - 1].lower_])
            if ent.start > 0 and self.doc[ent.start - 1].text == "Me":  # "Me Sophie Kerbrat": a lawyer
                self.roles.setdefault(normalise(ent._.canonical or ent.text), set()).add("avocat")
            root = ent.root
            nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                nouns.append(root.head)
            apposed = self.apposed_role(ent)
            if apposed is not None and apposed not in nouns:
                nouns.append(apposed)
            if ent.start > 0 and self.doc[ent.start - 1].pos_ == "NOUN":  # "son épouse Marie Dupont"
                nouns.append(self.doc[ent.start - 1])
            comma = ent.start > 1 and self.doc[ent.start - 1].text == ","
            if ent.start > 1 and (comma or self.doc[ent.start - 1].pos_ == "PROPN"):
                # "L'évêque de Nantes, Jean Dupont," parsed apart; "l'évêque de Nantes Jean Dupont"
                noun = self.doc[ent.start - 1 - comma]  # the head of the phrase before the name: not "ministres" in "en Conseil des ministres, X"
                while noun.head.i < noun.i and noun.dep_.startswith("nmod") and ent.start - noun.head.i < 7:
                    noun = noun.head
                if noun.pos_ == "NOUN" and self.is_role(noun) and "Plur" not in noun.morph.get("Number") and noun not in nouns:
                    nouns.append(noun)
            for noun in nouns:
                from_nouns.setdefault(normalise(ent._.canonical or ent.text), set()).update(noun_genders(noun))
                if self.is_role(noun):
                    self.roles.setdefault(normalise(ent._.canonical or ent.text), set()).add(self.role_key(noun, ent.start))
        genders = {}
        for name, clues in found.items():
            clues = clues or from_nouns.get(name, set())
            if len(clues) == 1:
                genders[name] = clues.pop()
        return genders

    def apposed_role(self, ent: Span) -> Token | None:
        """The role noun in apposition right after a name, however the parse hangs it: "Donald Trump,
        le président des États-Unis, a publié" (the parse may make the role the subject, not the name)."""
        if ent.end + 1 >= len(self.doc) or self.doc[ent.end].text != ",":
            return None
        for token in self.doc[ent.end + 1: min(len(self.doc), ent.end + 4)]:
            if token.pos_ == "NOUN":
                return token if self.is_role(token) else None
            if token.pos_ not in {"DET", "ADJ"}:
                return None
        return None

    def is_subject(self, ent: Span) -> bool:
        """Named as the subject, or with a role in apposition that the parse made the subject."""
        if _is_subject(ent):
            return True
        role = self.apposed_role(ent)
        return role is not None and role.dep_ in _SUBJECT

    def gender_of(self, speaker: "Speaker") -> str:
        """A person's gender as the article tells; a speaker known by a noun phrase, its head noun's
        ("un conseiller ministériel" is no "elle"); "" for a named organisation."""
        if speaker.label == "PER":
            return self.genders.get(speaker.name, "")
        if speaker.start is None or speaker.end is None:
            return ""
        first = self.token_at(speaker.start)
        if first.i in self.entity_of:
            return ""
        words = [t for t in self.doc[first.i: self.token_at(speaker.end - 1).i + 1] if t.pos_ == "NOUN"]
        heads = [t for t in words if not (first.i <= t.head.i < first.i + len(words) + 1 and t.head in words)]
        return next(iter(noun_genders(heads[0])), "") if heads else ""

    def is_recipient(self, ent: Span) -> bool:
        """Named as the one who received words, not who said them: "un message reçu par l'AFP"."""
        i = ent.start - 1
        while i > 0 and self.doc[i].pos_ == "DET":
            i -= 1
        return i > 0 and self.doc[i].lower_ == "par" and bool(self.rules.word_is("receiving", self.doc[i - 1]))

    def _entity_speaker(self, ent: Span) -> Speaker:
        name = ent._.canonical or ent.text
        return Speaker(normalise(name), ent.label_, ent.start_char, ent.end_char, ent.label_ != "PER")

    # -- tokens -------------------------------------------------------------------------
    def token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect.bisect_right(self.token_starts, char) - 1)]

    def in_quote(self, token: Token) -> bool:
        return self.quoted_tokens[token.i] == 1

    def in_reported(self, token: Token) -> bool:
        """Inside the words of an indirect quotation found so far ("Il déclare que tout le monde ...")."""
        return any(start <= token.idx < end for start, end in self.reported)

    def sent_of(self, token: Token) -> Span:
        """``token.sent``, from the sentence starts read once."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        if k not in self._sents:
            end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
            self._sents[k] = self.doc[self.sent_starts[k]: end]
        return self._sents[k]

    def sentences(self):
        for start in self.sent_starts:
            yield self.sent_of(self.doc[start])

    def speech_verb(self, token: Token):
        """The lexicon entry when ``token`` is a non-negated speech verb, else None (memoised per token)."""
        if token.i not in self._cues:
            self._cues[token.i] = self._speech_verb(token)
        return self._cues[token.i]

    def read_as_verb(self, token: Token) -> bool:
        """Tagged a verb, or a verb form the tagger read as a noun: "précise" as a root, "juge que"
        (no article, "que" next; not "l'annonce"), "a twitté" after its auxiliary, "raconte-t-il",
        "a-t-il martelé"."""
        pos, i = token.pos_, token.i
        if pos in {"VERB", "AUX"}:
            return True
        bare = not any(c.dep_ in {"det", "case"} for c in token.children)
        if pos == "NOUN" and bare and (token.dep_ == "ROOT" or i + 1 < len(self.doc) and self.doc[i + 1].lower_ in _QUE):
            return True
        if pos in {"NOUN", "PROPN", "X"} and i > 0 and i not in self.entity_of and self.doc[i - 1].lower_ in _AUXILIARIES:
            return True
        return any(_CLITIC.match(t.lower_) for t in self.doc[i + 1: i + 3]) or bool(self.clitic_before(token))

    def _speech_verb(self, token: Token):
        if not self.read_as_verb(token):
            return None
        entries = self.rules.verb_entries(token)
        if not entries:
            return None
        children = list(token.children)
        if self.negated(token, children):
            return None
        reflexive = any(child.lower_ in {"se", "s'", "s’"} and child.i < token.i for child in children)
        rest = max(len(entry.rest) for entry in entries)
        following = [t._.lemma.lower() for t in self.doc[token.i + 1: token.i + 4] if t.pos_ != "ADV"] if rest else []
        for entry in sorted(entries, key=lambda e: -len(e.rest)):
            if entry.reflexive != reflexive:
                continue
            if entry.rest and tuple(following[:len(entry.rest)]) != entry.rest:
                continue
            return entry
        return None

    def negated(self, verb: Token, children: list[Token]) -> bool:
        """"ne" with "pas", "jamais" ...; "n'a confirmé que X" restricts, it does not deny."""
        ne = next((c for c in children if c.lower_ in _NEGATION), None)
        if ne is None:
            return False
        between = self.doc[ne.i + 1: verb.i + 3]
        return any(t.lower_ in _NEGATION_PARTNERS for t in between) or not any(t.lower_ in _QUE for t in self.doc[verb.i + 1: verb.i + 3])

    # -- speakers ------------------------------------------------------------------------
    def last_person(self, before: int, gender: str = "") -> Speaker:
        """The last person named as a subject before ``before`` whose gender agrees."""
        i = bisect.bisect_left(self.persons, (before, )) - 1
        while i >= 0:
            speaker = self._entity_speaker(self.persons[i][1])
            if speaker.end <= before and compatible(gender, self.gender_of(speaker)):
                return speaker
            i -= 1
        return Speaker()

    def next_person(self, after: int, gender: str) -> Speaker:
        """The first person named as a subject after ``after`` in the same paragraph, gender agreeing:
        "La candidate du parti ... . Marie Dupont aimerait ..." """
        paragraph = self._paragraph(after)
        for start, ent in self.persons[bisect.bisect_left(self.persons, (after, )):]:
            if self._paragraph(start) != paragraph:
                break
            speaker = self._entity_speaker(ent)
            if compatible(gender, self.gender_of(speaker)):
                return speaker
        return Speaker()

    def last_organisation(self, before: int, among: list | None = None) -> Speaker:
        """The organisation named last before ``before`` (``among``: of those listed)."""
        among = self.organisations if among is None else among
        i = bisect.bisect_left(among, (before, )) - 1
        return self._entity_speaker(among[i][1]) if i >= 0 else Speaker()

    def from_pronoun(self, token: Token) -> Speaker:
        """"il", "elle": a person named since the current source was quoted, else that source,
        skipping those of the other gender."""
        word = _CLITIC.match(token.lower_).group(1) if _CLITIC.match(token.lower_) else token.lower_
        gender = _PRONOUN_GENDER.get(word, "")
        person = self.last_person(token.idx, gender)
        if not person.name or person.start < self.sent_of(token).start_char:  # no person named as subject in this sentence
            person = self.salient_person(token, gender) or person
        role = self.role_subject_before(token, gender)
        if role is not None and role.idx > max(person.end or -1, self.current.end or -1):
            said = self.describe(role)  # "Le président ukrainien a remercié X. « ... », a-t-il lancé": the president
            if said.name:
                return said
        current_fits = self.current.name and compatible(gender, self.gender_of(self.current))
        if person.name and current_fits and gender and self.gender_of(self.current) == gender and not self.gender_of(person) \
                and self._paragraph(token.idx) - self._paragraph(self.current.start or 0) <= 1:
            return self.current  # "il": the source known to be a man over a person of unknown gender
        said_by_current = any(start <= (person.start or 0) < end for start, end in self.current_sentences)
        if person.name and not said_by_current and (
                not current_fits or self.current.start is None or person.start > self.current.end):
            return person
        if not person.name and self.current.label != "PER":
            noun = self.subject_noun(token, gender)  # "Le chauffeur a pris sa retraite. Il déclare que ...": not the body quoted before
            return noun if noun.name or not current_fits else self.current
        found = self.current if current_fits else person
        return found if found.name else self.subject_noun(token, gender)

    def role_subject_before(self, token: Token, gender: str) -> Token | None:
        """The role or person noun subject of the pronoun's sentence (before it) or of the one
        before, singular and of its gender: "un conseiller ministériel", "le président ukrainien"."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for back in range(min(2, k + 1)):
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            nouns = [t for t in self.doc[sent.start: min(sent.end, token.i)] if t.dep_ in _SUBJECT and t.pos_ == "NOUN"
                     and (self.is_role(t) or self.rules.word_is("person", t)) and "Plur" not in t.morph.get("Number")
                     and compatible(gender, next(iter(noun_genders(t)), "")) and not self.in_quote(t) and not self.in_reported(t)
                     and not any(c.dep_ == "mark" and c.lower_ in _QUE for c in t.head.children)]  # not "estimant qu'un élu doit"
            if nouns:
                return nouns[-1]
        return None

    def salient_person(self, token: Token, gender: str) -> Speaker | None:
        """The person a subject pronoun continues from the sentences before: back over those whose
        subject is itself "il"/"elle", the first that names a person as its subject, or names a single
        person ("Vient ensuite le tour de X. [...] il a prêté serment. [...] Il a ensuite ..."); None
        when a sentence names several."""
        if not (_CLITIC.match(token.lower_) or token.dep_ in _SUBJECT):
            return None
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for back in range(1, min(7, k + 1)):
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            persons = self.named_persons[bisect.bisect_left(self.named_persons, ((sent.start, ), )): bisect.bisect_left(self.named_persons, ((sent.end, ), ))]
            named = [e for _, e in persons if not self.in_quote(e[0]) and compatible(gender, self.genders.get(normalise(e._.canonical or e.text), ""))]
            subjects = [e for e in named if self.is_subject(e)]
            if subjects:  # "X a ordonné une frappe sur une base qu'il considère ...": X
                return self._entity_speaker(subjects[-1])
            pronouns = self.subject_pronouns[bisect.bisect_left(self.subject_pronouns, sent.start): bisect.bisect_left(self.subject_pronouns, sent.end)]
            if any(not self.quoted_tokens[i] for i in pronouns):
                continue  # "Il a choisi deux bibles, celle de X": the same "il" goes on
            names = {normalise(e._.canonical or e.text) for e in named}
            if len(names) == 1:
                return self._entity_speaker(named[-1])
            if names:
                return None
        return None

    def subject_noun(self, token: Token, gender: str) -> Speaker:
        """No person named: the subject noun phrase of this or the two sentences before, of the
        pronoun's gender ("Un habitant a assisté à la scène. « ... », raconte-t-il")."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for back in range(min(3, k + 1)):
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            for noun in self.doc[sent.start: min(sent.end, token.i)]:
                if noun.dep_ in _SUBJECT and noun.pos_ == "NOUN" and not self.in_quote(noun) and not self.in_reported(noun) and "Plur" not in noun.morph.get("Number") \
                        and compatible(gender, next(iter(noun.morph.get("Gender")), "")) and not any(
                        self.rules.word_is(kind, noun) for kind in ("document", "title")):
                    return self.describe(noun)
        return Speaker()

    def indefinite(self, head: Token) -> Speaker | None:
        """"certains", "d'autres", "la plupart": the pronoun itself is who speaks; not with the
        people it counts after it ("nombre de manifestants", "la plupart des élus": the phrase)."""
        following = self.doc[head.i + 1: head.i + 3]
        if len(following) == 2 and following[0].lower_ in _DE_FORMS and following[1].pos_ == "NOUN":
            return None
        previous = self.doc[head.i - 1] if head.i > 0 else None
        for first in ((previous, head) if previous is not None else ()), ((head, )):
            if first and self.rules.is_a("indefinite", " ".join(t.lower_ for t in first).replace("' ", "'")):
                return Speaker(self.text[first[0].idx: head.idx + len(head)], "", first[0].idx, head.idx + len(head), False)
        return None

    def plural_antecedent(self, token: Token) -> Speaker:
        """"ils", "elles", "eux": the last group named in this or the two sentences before: a
        plural subject ("Les enquêteurs ... Ils estiment"), else a plural role or body noun, else
        people named by "des X" ("la colère des féministes ... Pour eux"); else the organisation
        named before."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for back in range(3):
            if k - back < 0:
                break
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            nouns = [t for t in self.doc[sent.start: min(sent.end, token.i)] if t.pos_ in {"NOUN", "PROPN"}
                     and "Plur" in t.morph.get("Number") and not self.in_quote(t) and self.group_rank(t) < 3]
            if nouns:
                return self.describe(min(nouns, key=self.group_rank))
        named = self.last_organisation(token.idx)
        return named if named.name else self.current

    def group_rank(self, noun: Token) -> int:
        """How surely a plural noun names people who speak: 0 a subject, 1 a role or body noun,
        2 "des X" after a noun; 3 not at all (counted, "trois ans"; a text or a title)."""
        if any(c.dep_ == "nummod" for c in noun.children) or any(
                self.rules.word_is(kind, noun) for kind in ("document", "title")):
            return 3
        if noun.dep_ in _SUBJECT:
            return 0
        if self.is_role(noun) or self.rules.word_is("body", noun):
            return 1
        if noun.head.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in {"des", "de"} for c in noun.children):
            return 2
        return 3

    def from_role(self, head: Token, has_complement: bool) -> Speaker:
        """"le ministre", "la candidate du parti": the person quoted or named before, of the
        noun's gender; with a complement only the current source in this paragraph, else a
        person named just after in the same paragraph."""
        gender = next(iter(noun_genders(head)), "")
        role = self.role_key(head)
        for start, end, name in reversed(self.mentions[:bisect.bisect_left(self.mentions, (head.idx, ))]):
            roles = self.roles.get(name, ())  # "le candidat", "l'archevêque de Rouen": the last person introduced as one
            if not compatible(gender, self.genders.get(name, "")):
                continue  # "le ministre" is not "la ministre déléguée, X"
            if role in roles or not has_complement and any(r.split()[0] == role for r in roles):  # "la ministre de la Santé, X": "la ministre"
                return Speaker(name, "PER", start, end, False)
        current_fits = self.current.label == "PER" and compatible(gender, self.gender_of(self.current)) and self.may_hold(self.current.name, role)
        if has_complement:
            if current_fits and self.quoted_lately(head.idx, 0):
                return self.current
            person = self.next_person(head.idx, gender) if gender else Speaker()
            introduces = head.head.i > head.i and any(getattr(self.entity_of.get(t.i), "label_", "") == "PER" for c in head.children
                                                      if c.dep_.startswith("nmod") for t in c.subtree)
            if not person.name and not introduces:  # "« ... », a confié le candidat d'En marche": the person named just
                # before; a role of someone named opening its clause introduces another ("l'avocat des parents de X a évoqué")
                person = self.last_person(head.idx, gender)
                if person.name and self._paragraph(person.start) != self._paragraph(head.idx):
                    return Speaker()
            return person
        if current_fits:
            return self.current
        person = self.last_person(head.idx, gender)
        if not person.name or not self.may_hold(person.name, role):
            person = self.last_mention(head)  # "conteste Me Sophie Kerbrat, conseil de la famille. L'avocate a rappelé"
        return person if person.name and self.may_hold(person.name, role) else Speaker()

    def is_epithet(self, head: Token) -> bool:
        """"« ... », a confié le double vainqueur de l'épreuve", "précise la jeune femme": a noun the
        lexicon knows as no role, body, document or title, with its article after the speech verb that
        follows a quote, stands for the person the text is about."""
        verb = head.head
        if verb.i >= head.i or self.in_quote(verb) or self.speech_verb(verb) is None or any(
                self.rules.word_is(kind, head) for kind in ("role", "body", "document", "title")):
            return False
        return any(self.in_quote(t) for t in self.doc[self.sent_of(verb).start: verb.i])

    def may_hold(self, name: str, role: str) -> bool:
        """A person introduced with another role ("le directeur, X") is not "le procureur"; a
        generic role ("la diplomate" for the minister) may name anyone introduced with a role, a
        broader one those of its domain ("le magistrat" for "le procureur, X")."""
        roles = self.roles.get(name, ())
        noun = role.split()[0]
        covered = self.rules.broader.get(noun, frozenset())
        return not roles or bool(self.rules.is_a("generic_role", noun)) or any(r.split()[0] == noun or r.split()[0] in covered for r in roles)

    def is_demonstrative(self, head: Token) -> bool:
        """"ce dernier", "cette avocate": a role noun pointing back with a demonstrative."""
        return (head.lower_ in {"dernier", "dernière"} or self.is_role(head)) and self.has_demonstrative(head)

    def in_date(self, token: Token) -> bool:
        """Part of a date or time the dates component found ("mardi soir", "du 14 au 17 décembre")."""
        if self._date_tokens is None:
            self._date_tokens = {i for span in self.doc.spans.get("dates", []) for i in range(span.start, span.end)}
        return token.i in self._date_tokens

    def published(self) -> list[tuple[int, Speaker]]:
        """(where, issuer) of the documents a named person or body publishes in the article: "Le
        Secours populaire publie son rapport annuel" (read once, when a document needs its issuer)."""
        if self._published is None:
            self._published = []
            for token in self.doc:
                if token.dep_ == "obj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB" and self.rules.word_is("document", token):
                    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
                    issuer = self.entity_of.get(subject.i) if subject is not None else None
                    if issuer is not None and issuer.label_ in _SPEAKER_LABELS:
                        self._published.append((token.idx, self._entity_speaker(issuer)))
        return self._published

    @staticmethod
    def has_determiner(noun: Token) -> bool:
        return any(c.dep_ == "det" for c in noun.children)

    @staticmethod
    def has_demonstrative(head: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in head.children)

    def last_mention(self, head: Token) -> Speaker:
        """The person last named before ``head`` (as subject or not), of its gender, in this
        or the previous paragraph: what "ce dernier", "cette militante" point back to."""
        gender = next(iter(head.morph.get("Gender")), "")
        for start, end, name in reversed(self.mentions[:bisect.bisect_left(self.mentions, (head.idx, ))]):
            if self._paragraph(head.idx) - self._paragraph(start) > 1:
                break
            if end <= head.idx and compatible(gender, self.genders.get(name, "")) and not self.in_quote(self.token_at(start)):
                return Speaker(name, "PER", start, end, False)
        return Speaker()

    @staticmethod
    def role_key(noun: Token, stop: int | None = None) -> str:
        """The role noun with its complement (before token ``stop``, where the name starts):
        "archevêque de rouen" is not "archevêque de paris"."""
        complement = [t.lower_ for c in noun.children if c.dep_.startswith("nmod") for t in c.subtree
                      if not t.is_punct and (stop is None or t.i < stop)]
        return " ".join([noun._.lemma.lower()] + complement)

    def is_role(self, token: Token) -> bool:
        return bool(self.rules.word_is("role", token))

    def describe(self, head: Token, tokens: list[Token] | None = None) -> Speaker:
        """The speaker a mention stands for: ``head`` is the mention's head token, ``tokens``
        its words when known (a marker's noun phrase)."""
        word = head.lower_
        clitic = _CLITIC.match(word)
        if clitic:
            word = clitic.group(1)
        if self.rules.is_a("impersonal", word):
            place = self.where_said_before(head) if not clitic else None
            return place if place is not None else self.source if self.source.name else self.current
        if self.rules.is_a("plural", word):
            return self.plural_antecedent(head)
        indefinite = self.indefinite(head)
        if indefinite is not None:
            return indefinite
        if self.rules.is_a("pronoun", word) or head.pos_ == "PRON" and head.lower_ in {"il", "elle", "lui"}:
            return self.from_pronoun(head)
        if head.pos_ == "NOUN" and self.current.name and any(c.lower_ == "même" for c in head.children if c.i < head.i):
            return self.current  # "estime cette même source", "le même responsable": the source quoted before
        group = self.group_of_one(head)
        if group is not None:  # "un des manifestants", "l'un de ses porte-parole, X"
            return self.apposed_name(self.doc[head.i: group.right_edge.i + 1]) or self.describe(group)
        phrase = tokens if tokens is not None else self.noun_phrase(head)
        named = self.apposed_name(phrase) or self.name_in_marks_after(phrase)  # (even when the role phrase is itself read as a name)
        if named is not None:
            return named
        entity = self.entity_of.get(head.i)
        if entity is not None and entity.label_ in ("LOC", "MISC") and self.has_demonstrative(head):
            person = self.last_mention(head)  # "ce Gilet jaune du Vaucluse", read as a name by the model
            if person.name:
                return person
        if entity is not None and len(entity) == 1 and self.has_determiner(head):  # "le Taoiseach irlandais Leo Varadkar":
            apposed = [self.entity_of[c.i] for c in head.children if c.dep_ == "appos" and c.i in self.entity_of]  # a title read as a name
            if apposed and apposed[0].label_ == "PER":
                return self._entity_speaker(apposed[0])
        if entity is not None and entity.label_ in _SPEAKER_LABELS + ("LOC", "MISC"):
            return self._entity_speaker(entity)
        appositions = [t for child in head.children if child.dep_ == "appos" for t in child.subtree]
        entities = [self.entity_of[t.i] for t in phrase + appositions if t.i in self.entity_of]
        is_document = bool(self.rules.word_is("document", head))
        governed = [e for e in entities if e.start > head.i and self.doc[e.start - 1].lower_ in _GOVERNED]
        if not is_document:  # "l'entourage de X" speaks, not X; a document speaks for X ("un communiqué de X")
            entities = [e for e in entities if e not in governed]
        if not entities and self.is_demonstrative(head) and not self.rules.word_is("body", head):
            person = self.last_mention(head)
            if person.name:
                return person
        for label in (("ORG", "PER", "LOC", "MISC") if is_document else ("PER",)):
            for ent in entities:
                if ent.label_ == label:
                    speaker = self._entity_speaker(ent)
                    speaker.is_source = speaker.is_source or is_document
                    if is_document:
                        self.issuers.append((head.idx, speaker))
                    return speaker
        plural_texts = "Plur" in head.morph.get("Number") and not any(c.dep_.startswith("nmod") for c in head.children)
        if is_document and not plural_texts:  # "X a publié un communiqué qui annonce": X; else the source quoted
            # before; texts in the plural ("selon les rapports", "d'autres études affirment") are no one's but their own
            verb = head.head if head.dep_ in {"obj", "nsubj:pass"} and head.head.pos_ == "VERB" else None
            issuer = Speaker()
            if verb is not None and verb.i not in self._issuing:  # "X a publié un communiqué qui annonce": X
                self._issuing.add(verb.i)  # not back to the communiqué: "« ... », précise le communiqué"
                issuer = self.subject(verb)
                self._issuing.discard(verb.i)
            if issuer.label in _SPEAKER_LABELS:
                self.issuers.append((head.idx, issuer))
                return issuer
            earlier = [speaker for at, speaker in sorted(self.issuers + self.published(), key=lambda found: found[0]) if at < head.idx]
            if earlier and self.has_determiner(head) and not any(t.dep_.startswith("nmod") for t in head.children):
                return earlier[-1]  # "indique le communiqué": the issuer of the communiqué named before, not the source quoted since
            if self.source.name or self.current.name:
                return self.source if self.source.name else self.current
            named = self.last_organisation(head.idx)  # "X a publié un communiqué. « ... », indique le texte"
            if named.name and self._paragraph(named.start) >= self._paragraph(head.idx) - 1:
                return dataclasses.replace(named, is_source=True)
        has_complement = any(t.dep_.startswith("nmod") or t.dep_ == "amod" for t in head.children)
        definite = any(t.dep_ == "det" and t.lower_ in {"le", "la", "les", "l'", "l’", "ce", "cet", "cette"} or t.dep_ == "case" and "Def" in t.morph.get("Definite")
                       for t in head.children)  # "au ministère" is "à le ministère"
        singular = "Plur" not in head.morph.get("Number")
        if definite and singular and not any(e.label_ == "PER" for e in entities):
            if self.rules.word_is("role", head):
                person = self.from_role(head, has_complement)
                if person.name:
                    return person
            described_firm = has_complement and not any(t.dep_.startswith("nmod") for t in head.children) and bool(
                self.rules.word_is("company", head))  # "le constructeur européen": Airbus, named before
            if described_firm or not has_complement and self.rules.word_is("body", head):
                inverted = head.head.i < head.i and head.head.pos_ == "VERB"  # "..., conclut l'agence": not one named in what it says
                before = self.sent_of(head).start_char if inverted else head.idx
                # "le journal": the organisation named last as a subject ("X a révélé ... chez le tailleur Y. Le journal précise"), else named last
                candidates = (self.organisation_called(head, before), self.last_organisation(before, self.subject_organisations),
                              self.last_organisation(before))
                named = next((c for c in candidates if c is not None and c.name and self.may_be_called(c, head)), Speaker())
                if named.name and (self.source.start is None or named.start > self.source.start):
                    return named
                if self.source.name and self.source.label != "PER" and self.may_be_called(self.source, head):
                    return self.source
                if named.name:  # "l'association": not the source quoted last when it is an "Autorité"
                    return named
        if entities and not self.rules.word_is("role", head):
            return self._entity_speaker(entities[0])
        if head.pos_ not in {"NOUN", "PROPN"}:
            return Speaker()
        if definite and singular and not any(t.i in self.entity_of for t in phrase) and self.is_epithet(head):
            # the person the text is about: the last named as a subject nearby, else the last named
            person = self.last_person(head.idx, next(iter(noun_genders(head)), ""))
            if not person.name or self._paragraph(head.idx) - self._paragraph(person.start) > 1:
                person = self.last_mention(head)
            if person.name:
                return person
        words = [t for t in phrase if t.pos_ not in {"DET"} and t.dep_ != "det"]
        while words and words[-1].pos_ == "ADP":  # "qualifié par la police de « ... »": not "police de"
            words.pop()
        if not words:
            return Speaker()
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        group = self.rules.word_is("body", head)  # "l'entourage de X"
        return Speaker(normalise(self.text[start:end]), "ORG" if group else "", start, end, False)

    @staticmethod
    def group_of_one(token: Token) -> Token | None:
        """"manifestants" for "un des manifestants"."""
        if token.lower_ not in _ONE_OF or token.pos_ not in {"PRON", "NUM"}:
            return None
        return next((c for c in token.children if c.dep_.startswith("nmod") and c.i > token.i), None)

    def apposed_name(self, phrase: list[Token]) -> Speaker | None:
        """The person named right after a phrase with a role noun: "le maire, Jean X", "les propos
        du directeur de cabinet du président du syndicat, Jean X"; the name right after a body noun's
        phrase: "l'agence de presse de l'État islamique, Amaq,"."""
        end = phrase[-1].i + 1 if phrase else 0
        if phrase and end < len(self.doc) and self.doc[end].pos_ in {"ADP", "ADV"}:  # a complement the parse hangs elsewhere:
            stop = min(len(self.doc), end + 8)  # "l'ambassadrice des États-Unis auprès de l'ONU, X"
            past = next((t.i for t in self.doc[end: stop] if t.text == "," or t.pos_ not in _COMPLEMENT_TAGS
                         or getattr(self.entity_of.get(t.i), "label_", "") == "PER"), stop)
            end = past if past < stop and self.doc[past].text == "," else end
        after = self.doc[end: end + 3] if phrase else ()
        named = self.entity_of.get(after[0].i) if after else None
        if named is not None and named.label_ in {"ORG", "MISC"} and phrase[-1].pos_ in {"NOUN", "ADJ"} and any(
                self.rules.word_is("body", t) for t in phrase):
            return self._entity_speaker(named)  # "le quotidien britannique The Independent", the name cut off by the parse
        if len(after) < 2 or after[0].text != ",":
            return None
        titled = len(after) == 3 and after[1].pos_ == "DET" and self.is_role(after[2])  # ", le docteur X": the title is not the name
        at = after[2].i + 1 if titled else after[1].i
        if at not in self.entity_of or titled and self.entity_of[at].label_ != "PER":
            return None
        name = self.entity_of[at]
        if name.label_ == "PER" and any(self.is_role(t) for t in phrase) or name.label_ in {"ORG", "MISC"} and any(
                self.rules.word_is("body", t) for t in phrase):
            return self._entity_speaker(name)
        return None

    def name_in_marks_after(self, phrase: list[Token]) -> Speaker | None:
        """The name given in marks right after a noun for a speaker: "le site internet « Union 84 »"."""
        if not phrase or phrase[-1].i + 2 >= len(self.doc) or self.doc[phrase[-1].i + 1].text not in OPENING_MARKS \
                or not any(self.can_speak(t) for t in phrase):
            return None
        return self.marked_name(self.doc[phrase[-1].i + 2])

    def marked_name(self, token: Token) -> Speaker | None:
        """The name in marks the token is part of: "« Gilets jaunes le Mouvement » a publié"."""
        k = bisect.bisect_right(self.pair_starts, token.idx) - 1
        pair = self.pairs[k] if k >= 0 else None
        if pair is None or pair.end is None or token.idx >= pair.end or not self.is_name_in_marks(pair.start, pair.end):
            return None
        return Speaker(normalise(self.text[pair.start: pair.end]), "ORG", pair.start, pair.end, True)

    def organisation_called(self, noun: Token, before: int) -> Speaker | None:
        """The organisation named last before ``before`` whose name holds the noun: "l'autorité" for
        "l'Autorité de régulation de la publicité", even named as a complement."""
        word = noun.lower_
        for ent in reversed(self.entities):
            if ent.label_ == "ORG" and ent.end_char <= before and not self.in_quote(ent[0]) and word in (
                    w.lower() for w in _WORD.findall(ent._.canonical or ent.text)):
                return self._entity_speaker(ent)
        return None

    def may_be_called(self, source: Speaker, noun: Token) -> bool:
        """A named organisation may be called "l'association", "le gouvernement", unless its name
        holds another such noun ("l'Autorité de régulation" is not "l'association"); a source known
        only by its noun phrase only by its own noun ("la préfecture" is not "le gouvernement")."""
        words = _WORD.findall(source.name.lower())
        if noun.lower_ in words:
            return True
        if self.rules.word_is("institution", noun):  # "la préfecture" is no other organisation
            return False
        if source.start is None or self.token_at(source.start).i in self.entity_of:
            return not any(self.rules.is_a("body", w) for w in words)
        return False

    def noun_phrase(self, head: Token) -> list[Token]:
        """The mention's words: its subtree, cut before a comma, a relative clause or a verb."""
        left = [t for t in head.lefts if t.dep_ in {"det", "amod", "nummod", "flat:name", "compound"}]
        words = [t for t in left if t.i >= head.i - 4] + [head]
        for token in self.doc[head.i + 1: min(head.right_edge.i + 1, head.i + 10)]:
            after_preposition = words[-1].lower_ in _GOVERNED and token.pos_ != "PUNCT"  # "le candidat d'En marche"
            if token.text in {",", "(", ";", ":"} or not after_preposition and token.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "PUNCT"} \
                    or token.lower_ in _CIRCUMSTANCES:  # "a annoncé l'Alliance dans un communiqué": the Alliance
                break
            words.append(token)
        return sorted(words, key=lambda t: t.i)

    def named_before(self, tokens) -> Speaker | None:
        """The first person (else organisation) named in ``tokens`` outside marks and not
        governed by a preposition: the subject and its appositions."""
        for label in _SPEAKER_LABELS:
            for token in tokens:
                ent = self.entity_of.get(token.i)
                if ent is not None and ent.label_ == label and not self.in_quote(token) and not any(
                        c.dep_ == "case" and c.i < ent.start for t in ent for c in t.children) and self.doc[ent.start - 1].lower_ not in {"de", "du", "des", "d'", "d’", "à", "par", "avec", "pour"}:
                    return self._entity_speaker(ent)
        return None

    def subject(self, verb: Token, depth: int = 0, inverted: bool = False) -> Speaker:
        """Who says it: the clitic or inverted subject after the verb, its subject, the agent
        of a passive, or (for "ajoutant", "Et d'ajouter") the subject of the clause above.
        ``inverted``: the cue follows the quote ("», lance un manifestant"), whatever its tag."""
        for token in list(self.doc[verb.i + 1: verb.i + 3]) + self.clitic_before(verb):
            if _CLITIC.match(token.lower_) and token.lower_ not in {"-t", "-t-"}:
                said = self.describe(token)
                place = self.where_said(token) if self.rules.is_a("impersonal", _CLITIC.match(token.lower_).group(1)) else None
                return place if place is not None and (place.label or not said.name) else said
        passed_on = self.words_of(verb)
        if passed_on is not None:
            return passed_on
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and not self.in_quote(c)]
        if not subjects:  # a name in marks: "le site « Union 84 » a publié", whether the parse makes it the subject or not
            i = verb.i - 1
            while i > 0 and self.doc[i].pos_ in {"AUX", "ADV"} and not self.in_quote(self.doc[i]):
                i -= 1
            inside = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and self.in_quote(c)] + (
                [self.doc[i - 1]] if i > 0 and self.doc[i].text in CLOSERS else [])
            named = next((n for c in inside if (n := self.marked_name(c)) is not None), None)
            if named is not None:
                return named
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):  # "X n'a confirmé que le blocage, reconnaissant":
            subjects = [c for c in subjects if not any(t.text == "," for t in self.doc[c.i: verb.i])]  # X, not "blocage"
        for aux in verb.children:
            if aux.dep_.startswith("aux"):
                subjects += [c for c in aux.children if c.dep_ == "nsubj" and c.i < verb.i]  # not "a expliqué l'appel"
        agents = [c for c in verb.children if c.dep_ == "obl:agent" and not self.in_quote(c) and c.i > verb.i]  # not "X, joint par téléphone, décrit"
        passive = any(c.dep_ in {"nsubj:pass", "aux:pass"} for c in verb.children)
        participle = "Part" in verb.morph.get("VerbForm") and not any(c.dep_ == "aux:tense" for c in verb.children)
        if participle and not subjects and not agents:
            subjects = self.subject_before_incise(verb)
        if agents and (passive or not subjects):
            return self.describe(agents[0])
        if passive or participle and not subjects:  # "décrits comme « ... » par une voisine"
            agent = self.agent_after(verb)
            if agent is not None:
                return agent
        if subjects and subjects[0].lower_ in {"qui", "lequel", "laquelle"}:  # "X, qui estimait que ...": the antecedent
            before = [t for t in self.doc[max(0, subjects[0].i - 3): subjects[0].i] if t.text != ","]
            antecedent = verb.head if verb.dep_ == "acl:relcl" and verb.head.pos_ in {"NOUN", "PROPN"} else before[-1] if before else None
            while antecedent is not None and antecedent.dep_.startswith("nmod") and antecedent.head.pos_ in {"NOUN", "PROPN"} \
                    and getattr(self.entity_of.get(antecedent.i), "label_", "") == "LOC":
                antecedent = antecedent.head  # "le chef de mission pour la Syrie qui considère": the chef, not the place
            plural = any("Plur" in t.morph.get("Number") for t in [verb, *(c for c in verb.children if c.dep_.startswith("aux"))])
            if antecedent is not None and antecedent.pos_ in {"NOUN", "PROPN"} and not (plural and antecedent.pos_ == "PROPN"):
                return self.describe(antecedent)  # not "..., les Pays-Bas et le Luxembourg, qui s'étaient engagés": all six
        if subjects and subjects[0].i < verb.i and not (subjects[0].pos_ == "PRON" and (
                self.rules.is_a("pronoun", subjects[0].lower_) or self.rules.is_a("plural", subjects[0].lower_))):
            left = subjects[0].left_edge.i
            name = self.entity_of.get(left - 2) if left > 1 and self.doc[left - 1].text == "," else None
            if name is not None and name.label_ == "PER" and self.is_role(subjects[0]):
                return self._entity_speaker(name)  # "Marie Durand, la maire de la ville, a réagi": the name before the role
            named = self.named_before(self.doc[left: verb.i])
            if named is not None:
                return named
        if subjects:
            pick = subjects[0]
            if pick.lower_ in {"-t", "-t-"}:
                nxt = self.doc[pick.i + 1] if pick.i + 1 < len(self.doc) else pick
                pick = nxt
            return self.describe(pick)
        untagged = not verb.morph.get("VerbForm")  # "a twitté" read as a name
        finite = inverted or "Fin" in verb.morph.get("VerbForm") or any(
            c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children) or untagged and verb.i > 0 and (
            self.doc[verb.i - 1].lower_ in _AUXILIARIES)  # "a tweeté" tagged X, its auxiliary too
        if not finite and verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and verb.head.i < verb.i:
            finite = any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.head.children) \
                or "Fin" in verb.head.morph.get("VerbForm")  # "», a tenu à tempérer X": X speaks
        sent_end = self.sent_of(verb).end
        for token in self.words_after(verb, sent_end) if finite else ():  # "précise un communiqué"
            if self.in_date(token):
                continue  # "a déclaré mardi soir le ministre"
            group = self.group_of_one(token)
            if group is not None and self.can_speak(group) and not self.in_quote(token):  # "a lancé un de ses porte-parole"
                return self.describe(token)
            counted = self.indefinite(token) if token.pos_ == "PRON" and not self.in_quote(token) else None
            if counted is not None:  # "», ont lancé certains"
                return counted
            if token.pos_ in {"NOUN", "PROPN"} and not self.in_quote(token) and not any(c.dep_ == "case" for c in token.children):
                if token.dep_ in _SUBJECT and token.head == verb or self.can_speak(token) or inverted and self.has_determiner(token):
                    return self.describe(token)  # after the quote, the verb's object is the quote: "», déclare un officier de police"
                break  # an object: "évoque la possibilité de ..."
            if token.pos_ in {"VERB", "SCONJ"} or token.text in {":", "«", ","}:
                break
        adjunct = "Pres" in verb.morph.get("Tense") and verb.dep_ in {"advcl", "conj", "acl", "parataxis", "ccomp"}
        if participle and adjunct and depth < 3 and verb.head != verb:  # "Il estime que X ..., affirmant": il
            if self.in_quote(verb.head):  # "« ... », ajoute-t-il, précisant ...": the speech verb before it
                verb_before = next((t for t in reversed(self.doc[self.sent_of(verb).start: verb.i])
                                    if not self.in_quote(t) and self.speech_verb(t) is not None), None)
                speaker = self.subject(verb_before, depth + 1) if verb_before is not None else Speaker()
            else:
                speaker = self.subject(verb.head, depth + 1)
            if speaker.name:
                return speaker
        named = self.named_before(self.doc[self.sent_of(verb).start: verb.i]) if finite or participle or untagged else None
        if named is not None:  # the parse missed the subject: "Marc Fesneau, ministre ..., affirme"
            return named
        opening = self.opening_subject(verb) if participle or finite else None
        if opening is not None:
            return self.describe(opening)
        if finite and verb.dep_ == "acl":  # a finite verb hung on a noun: "Une source proche du dossier ajoute"
            nouns = [t for t in verb.ancestors if t.i < verb.i and t.pos_ in {"NOUN", "PROPN"} and not self.in_quote(t)]
            if nouns:
                return self.describe(nouns[-1])
        if depth < 3 and verb.dep_ in {"advcl", "acl", "xcomp", "conj", "parataxis", "ccomp"} and verb.head != verb \
                and not self.in_quote(verb.head):  # "« Nous ne céderons pas », ont lancé ...": not the quote's own subject
            head = verb.head
            if verb.dep_ == "conj" and head.dep_ == "acl" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i < head.i:
                return self.describe(head.head)  # "Un responsable d'une ONG, joint par téléphone, décrit": the responsable
            while head.pos_ not in {"VERB", "AUX"} and head.head != head and head.dep_ != "ROOT":
                head = head.head
            return self.subject(head, depth + 1)
        if "Inf" in verb.morph.get("VerbForm"):  # "Et d'ajouter que ...": the current source
            return self.current
        return Speaker()

    def opening_subject(self, verb: Token) -> Token | None:
        """The head of the definite noun phrase that opens the sentence, or its clause after a comma,
        when an auxiliary follows it and leads to the verb, whatever the parse: "Le secrétaire d'État
        américain a pour sa part appelé", "Alors que ..., le nouveau chef de l'État a déclaré"."""
        sent = self.sent_of(verb)
        start = next((t.i + 1 for t in reversed(self.doc[sent.start: verb.i]) if t.text == ","), sent.start)
        if self.doc[start].lower_ not in _DEFINITE or verb.i - start < 3 or self.in_quote(verb):
            return None
        head = next((t for t in self.doc[start + 1: start + 3] if t.pos_ != "ADJ"), None)  # "le nouveau chef"
        if head is None or head.pos_ not in {"NOUN", "PROPN"}:
            return None
        between = self.doc[head.i + 1: verb.i]
        aux = next((t for t in between if t.lower_ in _AUXILIARIES), None)
        if aux is None or any(t.pos_ in {"VERB", "SCONJ", "PRON"} or t.text in {",", ":", ";"} or self.in_quote(t) for t in between):
            return None
        return head

    def words_after(self, verb: Token, sent_end: int, count: int = 7):
        """The next ``count`` tokens after the verb, past an incise between commas that opens with
        a preposition: "a confié, à Reuters, le directeur ..."."""
        entry = self.speech_verb(verb)
        i = verb.i + 1 + (len(entry.rest) if entry is not None else 0)  # past "remarquer" of "fait remarquer"
        while i < sent_end and count > 0:
            token = self.doc[i]
            if token.text == "," and i + 1 < sent_end and self.doc[i + 1].pos_ == "ADP":
                close = next((t.i for t in self.doc[i + 2: min(sent_end, i + 8)] if t.text == "," or t.pos_ == "VERB"), None)
                if close is not None and self.doc[close].text == ",":
                    i = close + 1
                    continue
            yield token
            i, count = i + 1, count - 1

    def subject_before_incise(self, verb: Token) -> list[Token]:
        """"X avait, il y a quelques jours, qualifié ...": the parse loses the auxiliary past the
        incise; the subject is the one right before that auxiliary."""
        if verb.i < 2 or self.doc[verb.i - 1].text != ",":
            return []
        comma = next((t for t in reversed(self.doc[max(0, verb.i - 9): verb.i - 1]) if t.text == ","), None)
        if comma is None or comma.i < 2 or self.doc[comma.i - 1].pos_ != "AUX":
            return []
        sent_start = self.sent_of(verb).start
        subject = next((t for t in reversed(self.doc[max(sent_start, comma.i - 8): comma.i - 1]) if t.dep_ in _SUBJECT), None)
        return [subject] if subject is not None and not self.in_quote(subject) else []

    def words_of(self, verb: Token) -> Speaker | None:
        """Whose words the verb passes on: "X répète les propos tenus par Y :", "X cite une déclaration de Y :"."""
        for words in (c for c in verb.children if c.dep_ == "obj" and self.rules.word_is("document", c)):
            for clause in (c for c in words.children if c.dep_ == "acl" and not self.rules.word_is("receiving", c)):
                agent = self.agent_after(clause)
                if agent is not None and agent.name:
                    return agent
            named = self.named_before([t for c in words.children if c.dep_.startswith("nmod") for t in c.subtree])
            if named is not None:
                return named
        return None

    def clitic_before(self, verb: Token) -> list[Token]:
        """The clitic subject after the auxiliary of a compound verb, adverbs between ("a-t-il
        d'abord affirmé"), wherever the parse hangs it."""
        k = bisect.bisect_left(self.clitics, verb.i) - 1
        if k < 0 or self.clitics[k] < verb.i - 5 or self.clitics[k] == 0:
            return []
        clitic = self.doc[self.clitics[k]]
        before = self.doc[clitic.i - 1]
        if before.pos_ != "AUX" and before.lower_ not in {"-t", "-t-"} or any(t.pos_ not in {"ADV", "ADP"} for t in self.doc[clitic.i + 1: verb.i]):
            return []
        return [clitic]

    def where_said_before(self, on: Token) -> Speaker | None:
        """"À Matignon, on confirme que ...": the place that opens the clause of "on" speaks."""
        start = self.sent_of(on).start
        if on.i - start < 3 or self.doc[on.i - 1].text != "," or self.doc[start].lower_ not in _PLACES_SPEAKING:
            return None
        noun = next((t for t in self.doc[start + 1: on.i - 1] if t.pos_ in {"NOUN", "PROPN"}), None)
        return self.describe(noun) if noun is not None and not self.in_quote(noun) else None

    def where_said(self, clitic: Token) -> Speaker | None:
        """"précise-t-on dans l'entourage du ministre", "au ministère", "chez X": that place speaks."""
        following = self.doc[clitic.i + 1: min(len(self.doc), clitic.i + 4)]
        if not following or following[0].lower_ not in _PLACES_SPEAKING:
            return None
        noun = next((t for t in following[1:] if t.pos_ in {"NOUN", "PROPN"}), None)
        return self.describe(noun) if noun is not None and not self.in_quote(noun) else None

    def can_speak(self, token: Token) -> bool:
        """A named person or body, or a noun the lexicon knows as a speaker (role, body, document)."""
        ent = self.entity_of.get(token.i)
        if ent is not None and ent.label_ in _SPEAKER_LABELS:
            return True
        return any(self.rules.word_is(kind, token) for kind in ("role", "person", "body", "document"))

    def agent_after(self, verb: Token) -> Speaker | None:
        """The agent of a passive cue ("par X") after it in the sentence, outside the marks."""
        sent_end = self.sent_of(verb).end
        for token in self.doc[verb.i + 1: sent_end]:
            if token.lower_ != "par" or self.in_quote(token):
                continue
            words = []
            for t in self.doc[token.i + 1: sent_end]:
                if t.pos_ in {"VERB", "AUX", "SCONJ"} or t.lower_ in _QUE or self.in_quote(t) or t.text in {";", ":", "(", "."}:
                    break  # "il a été révélé par X que Y ...": X, not Y
                words.append(t)
            named = self.named_before(words)
            if named is not None:
                return named
            head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
            return self.describe(head) if head is not None else None
        return None

    # -- markers -----------------------------------------------------------------------
    def markers_in(self, start: int, end: int):
        i = bisect.bisect_left(self.marker_starts, start)
        while i < len(self.markers) and self.marker_starts[i] < end:
            yield self.markers[i]
            i += 1

    def marker_phrase(self, match: re.Match, limit: int) -> list[Token]:
        """The noun phrase after "selon": up to a comma, a quote mark or ``limit``."""
        words = []
        token = self.token_at(match.end())
        if token.idx < match.end():
            token = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else token
        if token.lower_ in _RELATIVES:
            return [token]
        for t in self.doc[token.i: len(self.doc)]:
            if t.idx >= limit or t.text in {",", ";", ":", "«", "»", "“", "”", '"', ".", "!", "?", "\n"} or t.is_space:
                break
            words.append(t)
        head = self.phrase_head(words) if words else None
        if head is not None and self.rules.word_is("title", head) and not self.rules.word_is("body", head) \
                and not any(c.dep_.startswith("nmod") for c in head.children):
            return []  # "selon l'expression consacrée": a phrase, no source ("selon le plan du gouvernement" has one)
        return words

    @staticmethod
    def for_phrase(words: list[Token]) -> list[Token]:
        """The source after "pour": its noun phrase, not what another preposition adds ("pour les
        élections avec notamment X": not X); none before a verb ("pour avoir voté": a purpose)."""
        if words and words[0].pos_ in {"VERB", "AUX"}:
            return []
        return words[:next((k for k, t in enumerate(words) if t.pos_ == "ADP" and t.lower_ not in _GOVERNED), len(words))]

    @staticmethod
    def phrase_head(words: list[Token]) -> Token:
        """The head noun (or pronoun) of a marker's phrase."""
        heads = [t for t in words if t.head not in words or t.head == t]
        return next((t for t in heads if t.pos_ in {"NOUN", "PROPN", "PRON"}), heads[0] if heads else words[0])

    def names_a_source(self, words: list[Token]) -> bool:
        """"Pour X, ...": X a person or body, a pronoun, a name or a noun for people; not
        "Pour les lieux de vie des policiers, ..."."""
        if not words:
            return False
        head = self.phrase_head(words)
        return head.pos_ in {"PRON", "PROPN"} or self.can_speak(head) or any(
            self.entity_of[t.i].label_ in _SPEAKER_LABELS for t in words if t.i in self.entity_of)

    def names_a_person(self, words: list[Token]) -> bool:
        """A person, by name, pronoun or a role in the singular with its article ("pour la diplomate
        américaine"): closing a sentence, "pour" then gives a view, not a purpose ("pour les agriculteurs")."""
        words = words[:next((k for k, t in enumerate(words) if t.pos_ in {"PUNCT", "CCONJ", "VERB"}), len(words))]  # not "(... de Fillon)"
        if not words:
            return False
        head = self.phrase_head(words)
        if any(getattr(self.entity_of.get(t.i), "label_", "") == "PER" for t in words) or head.lower_ in _PRONOUN_GENDER:
            return True
        return self.is_role(head) and "Plur" not in head.morph.get("Number") and self.has_determiner(head)

    def marker_speaker(self, rule: dict, match: re.Match, limit: int) -> Speaker:
        if rule["kind"] == "same_source":
            return self.source if self.source.name else self.current
        words = self.marker_phrase(match, limit)
        if rule["kind"] == "according" and words and words[0].lower_ in _RELATIVES:  # "le ministère, selon lequel": the noun before
            antecedent = next((t for t in reversed(self.doc[max(0, words[0].i - 6): words[0].i]) if t.pos_ in {"NOUN", "PROPN"}), None)
            return self.describe(antecedent) if antecedent is not None else Speaker()
        if rule["kind"] == "for":
            words = self.for_phrase(words)
        relayed = next((k for k, t in enumerate(words[1:-1], 1) if words[k + 1].lower_ == "par" and self.rules.word_is("relaying", t)), None)
        words = words[:relayed]  # "selon des responsables turcs cités par CNN": the responsables, not who relays them
        if not words:
            return Speaker()
        for label in _SPEAKER_LABELS:  # "selon ce qu'a confié à France Info Jacques Witkowski"
            for t in words:
                ent = self.entity_of.get(t.i)
                if ent is not None and ent.label_ == label and not any(
                        self.rules.word_is("document", w) for w in words if w.i < ent.start):
                    return self._entity_speaker(ent)
            if label == "PER":
                verb = next((t for t in words if t.i not in self.entity_of and self.speech_verb(t) is not None), None)  # not "Le Canard enchaîné"
                if verb is not None:  # "selon les informations que le procureur a confiées à l'AFP"
                    speaker = self.subject(verb)
                    if speaker.name:
                        return speaker
                document = next((t for t in words if self.rules.word_is("document", t)), None)
                if document is not None:  # "selon le baromètre mensuel YouGov": its issuer, whatever its label
                    issuer = next((self.entity_of[t.i] for t in words if t.i > document.i and t.i in self.entity_of), None)
                    if issuer is not None and not self.is_recipient(issuer):  # not "des messages reçus par X"
                        speaker = self._entity_speaker(issuer)
                        self.issuers.append((document.idx, speaker))  # "souligne le rapport" later: the same issuer
                        return speaker
                    if issuer is not None:
                        return Speaker()
        head = self.phrase_head(words)
        speaker = self.describe(head, words)
        if rule["kind"] == "for" and not (speaker.label in _SPEAKER_LABELS or head.pos_ == "PRON" or
                                          self.rules.word_is("role", head) or head.pos_ == "PROPN"):
            return Speaker()
        if speaker.name:
            speaker.is_source = True
        return speaker

    # -- quotations in marks --------------------------------------------------------------
    def after_quote(self, close: Token, sent_end: int, introduced: bool = False):
        """A cue right after a closing mark: "», précise-t-il", "», selon X", "» — X". A quote
        ``introduced`` by its own "X dit :" leaves a cue after the next quote to that one."""
        i, seen_words, as_said = close.i + 1, 0, False
        while i < sent_end:
            token = self.doc[i]
            if introduced and self.in_quote(token) and token.text in OPENING_MARKS:
                return None
            if self.in_quote(token) or token.is_space or token.lower_ in _SKIP_AFTER_QUOTE:
                i += 1
                continue
            if token.text in _DASHES and seen_words == 0:
                nxt = next((t for t in self.doc[i + 1: sent_end] if not t.is_space), None)
                if nxt is not None and nxt.pos_ in {"PROPN", "NOUN"}:
                    return self.describe(nxt), "—", "dash"
                return None
            entry = self.speech_verb(token)
            if entry is None and as_said:  # after "comme", "prétendu" tagged as an adjective is a cue too
                entry = next(iter(self.rules.verb_entries(token)), None)
            if entry is not None and not as_said and token.dep_ == "conj" and token.head.i < close.i and not self.in_quote(token.head):
                return None  # "a jugé la transition « trop longue » et a appelé à ...": a verb of its own, not a cue after the quote
            if entry is not None:
                if "Past" in token.morph.get("Tense") and "Part" in token.morph.get("VerbForm") and not as_said and not (
                        entry.head.endswith("er") and not token.lower_.endswith(("é", "ée", "és", "ées"))) and not any(
                        c.dep_.startswith("aux") for c in token.children) and not any(
                        _CLITIC.match(t.lower_) for t in self.doc[token.i + 1: token.i + 3]):
                    return None  # "« ... », déjà condamné par X": a participle on the subject, not an inverted cue (nor "lance", "dit-il" mis-tagged)
                speaker = self.subject(token, inverted=True)
                return (dataclasses.replace(speaker, aside=True) if as_said else speaker), entry.cue, entry.id
            for rule, match in self.markers_in(token.idx, token.idx + 1):
                if rule["kind"] in {"according", "same_source"}:
                    return self.marker_speaker(rule, match, self.doc[sent_end - 1].idx + 1), rule.get("cue", ""), rule["id"]
            if token.lower_ == "comme" and seen_words == 0 or as_said and token.lower_ in {"l'", "l’", "le", "la"}:
                as_said = True  # "« ... », comme l'a dit X", "comme prétendu par X"
                i += 1
                continue
            if token.pos_ in {"AUX", "ADV"} or _CLITIC.match(token.lower_) or token.lower_ in {"-t", "ainsi"}:
                seen_words += 1
                if seen_words > 4:
                    return None
                i += 1
                continue
            return None
        return None

    def incise(self, tokens: list[Token]):
        """An incise inside the marks: "« ... , confiait d'ailleurs X en 2010. ... »"."""
        for token in tokens[1:]:
            if self.doc[token.i - 1].text != "," or (entry := self.speech_verb(token)) is None:
                continue
            for t in self.doc[token.i + 1: token.i + 4]:
                if _CLITIC.match(t.lower_) and t.lower_ not in {"-t", "-t-"}:
                    return self.describe(t), entry.cue, entry.id
                ent = self.entity_of.get(t.i)
                if ent is not None and ent.label_ in _SPEAKER_LABELS:
                    return self._entity_speaker(ent), entry.cue, entry.id
                if t.pos_ != "ADV" and t.lower_ not in {"d'", "d’", "ailleurs", "encore", "alors", "aussi"}:
                    break
        return None

    def governing_verb(self, tokens: list[Token], introduced: bool = False):
        """The speech verb above the quote's words; after a colon not a participle on a noun
        ("X a expliqué l'appel lancé par Y : « ... »": expliquer)."""
        roots = [t for t in tokens if t.head not in tokens or t.head == t]
        for root in roots:
            node, steps = root, 0
            while node.head != node and steps < 8:
                node, steps = node.head, steps + 1
                if self.in_quote(node) or introduced and node.dep_ == "acl":
                    continue
                entry = self.speech_verb(node)
                if entry is not None:
                    return node, entry
        return None

    def reporting(self, verb: Token, entry):
        """The speech verb that reports the clause of ``verb``, when there is one: "l'Élysée affirme que
        le président souhaite « ... »" quotes the Élysée's words. Else ``verb`` itself."""
        node = verb
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head
        above = node.head
        # an infinitive asked for ("de préciser", "à renoncer"), not one seen or heard ("on constate X répéter")
        asked = "Inf" in node.morph.get("VerbForm") and any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’", "à"} for c in node.children)
        if asked and node.dep_ == "acl" and above.dep_ in {"obj", "iobj", "obl:arg", "obl"}:
            above = above.head  # "demander à l'association de préciser": the infinitive hung on the one asked
        elif not (asked and node.dep_ in {"xcomp", "obl", "advcl", "obj"} or node.dep_ == "ccomp"):
            return verb, entry
        if above.i < node.i and not self.in_quote(above) and (outer := self.speech_verb(above)) is not None:
            return above, outer  # "X a demandé à Y de préciser les « ... »": X's demand
        return verb, entry

    def introduced(self, sent: Span, pair: MarkPair):
        """"X a déclaré : « ... »", "X : « ... »": (speaker, cue, rule id, True), else None."""
        before = self.text[sent.start_char: pair.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = self.token_at(sent.start_char + len(before) - 1)
        verbs = [t for t in self.doc[sent.start: colon.i] if not self.in_quote(t) and (
            t.pos_ == "VERB" or t.i > sent.start and self.doc[t.i - 1].lower_ in _AUXILIARIES)]  # "a twitté" taken for a noun
        if verbs:  # the speech verb, not "l'appel lancé par ..." after it
            verb = next((t for t in reversed(verbs) if t.dep_ != "acl" and self.speech_verb(t) is not None),
                        next((t for t in reversed(verbs) if self.speech_verb(t) is not None), verbs[-1]))
            entry = self.speech_verb(verb)
            return self.subject(verb), entry.cue if entry else ":", entry.id if entry else "colon", True
        previous = self.doc[colon.i - 1] if colon.i > sent.start else None
        if previous is not None and previous.pos_ in {"PROPN", "NOUN", "PRON"}:
            start = next((t.i + 1 for t in reversed(self.doc[sent.start: colon.i]) if t.text == ","), sent.start)
            head = previous  # the head of the phrase before the colon: "Réaction de Me X à la sortie :", not "sortie"
            while head.head != head and start <= head.head.i < colon.i and head.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                head = head.head
            return self.describe(head), ":", "colon", True
        return None

    def introducing_clitic(self, close: Token, sent: Span, pair: MarkPair) -> Speaker | None:
        """"accueillie par X : « ... » a-t-elle déclaré": the clitic after the quote is the person or
        body the sentence introduces it with, when the gender agrees."""
        clitic = next((_CLITIC.match(t.lower_).group(1) for t in self.doc[close.i + 1: close.i + 5]
                       if _CLITIC.match(t.lower_) and t.lower_ not in {"-t", "-t-"}), None)
        named = self.introduced(sent, pair) if clitic is not None else None
        if named is not None and named[0].label in _SPEAKER_LABELS and sent.start_char <= (named[0].start or -1) < pair.open \
                and compatible(_PRONOUN_GENDER.get(clitic, ""), self.gender_of(named[0])):
            return named[0]
        return None

    def attribute(self, pair: MarkPair, first: Token, last: Token, sent: Span):
        """(speaker, cue, rule id, governed) for a marked quote; governed is False when only
        the context (the source quoted before) attributes it."""
        end_sent = self.sent_of(last)
        close = self.token_at(pair.close) if pair.close is not None else None
        if close is not None:
            introduced = self.text[sent.start_char: pair.open].rstrip().endswith(":")
            found = self.after_quote(close, end_sent.end, introduced)
            if found is not None and introduced:
                named = self.introducing_clitic(close, sent, pair)
                if named is not None:
                    return named, *found[1:], True
            if found is not None:
                return (*found, True)
        for rule, match in self.markers_in(sent.start_char, pair.open):
            if rule["kind"] == "continuation" and match.start() <= sent.start_char + 1:
                verb = self.token_at(match.start("verb"))
                entry = self.speech_verb(verb)
                if entry is not None:
                    return self.current, entry.cue, rule["id"], True
        for rule, match in self.markers_in(sent.start_char, pair.open):
            if rule["kind"] in {"according", "for"}:
                phrase = self.marker_phrase(match, pair.open)
                if phrase and self.text[phrase[-1].idx + len(phrase[-1]): pair.open].strip() in {",", ""}:
                    speaker = self.marker_speaker(rule, match, pair.open)
                    if speaker.name:
                        return speaker, rule.get("cue", ""), rule["id"], True
        inner = [t for t in self.doc[first.i: last.i + 1] if not t.is_space]
        incise = self.incise(inner)
        if incise is not None:
            return (*incise, True)
        governing = self.governing_verb(inner, self.text[sent.start_char: pair.open].rstrip().endswith(":"))
        opener = self.opener(sent, pair.open)
        if governing is not None:
            verb, entry = self.reporting(*governing)
            speaker = self.subject(verb)
            named_after = bool(speaker.label) and speaker.start is not None and opener is not None and opener[0].end is not None \
                and speaker.start > opener[0].end  # a name, not "tous ces éléments semblent confirmer"
            if opener is None or speaker.label in _SPEAKER_LABELS or named_after:  # "D'après la préfecture, ..., mais la
                return speaker, entry.cue, entry.id, True  # Coordination rurale promet de « ... »": the clause's own subject
        if opener is not None:
            return opener
        for rule, match in self.markers_in(sent.start_char, end_sent.end_char):
            if self.in_quote(self.token_at(match.start())):
                continue
            if rule["kind"] in {"according", "same_source"} or (rule["kind"] == "for" and match.end() < pair.open):
                speaker = self.marker_speaker(rule, match, pair.open if match.end() < pair.open else end_sent.end_char)
                if speaker.name or rule["kind"] != "for":
                    return speaker, rule.get("cue", ""), rule["id"], True
        introduced = self.introduced(sent, pair)
        if introduced is not None:
            return introduced
        if self.current.name and any(sent.start_char <= start < pair.open and self.text[:start].rstrip().endswith(":")
                                     for start, _ in self.quoted) and self.current_sentences[-1][0] == sent.start_char:
            return self.current, "", "same-sentence", True  # "X a dit : « ... », les Y « ... »": X's words go on
        found = self.clause_subject(first)
        if found is not None:  # its own clause's subject before a speech verb elsewhere in the sentence
            return found[0], "", "clause-subject", found[1]
        introducing = self.doc[self.token_at(pair.open).i - 1] if self.token_at(pair.open).i > sent.start else None
        if introducing is not None and not self.in_quote(introducing) and (entry := self.speech_verb(introducing)) is not None:
            return self.subject(introducing), entry.cue, entry.id, True  # "X, qui commente « ... »", the parse hanging them apart
        for token in list(self.doc[last.i + 1: end_sent.end]) + list(reversed(self.doc[sent.start: first.i])):
            if not self.in_quote(token) and (entry := self.speech_verb(token)) is not None:
                return self.subject(token), entry.cue, entry.id, False
        return None

    def opener(self, sent: Span, before: int):
        """"Pour X, ..." / "Selon X, ..." opening the sentence: X speaks for every quote in it,
        unless a speech verb names another person or body. (speaker, cue, rule id, True) or None."""
        for rule, match in self.markers_in(sent.start_char, min(before, sent.start_char + 2)):
            if rule["kind"] not in {"according", "for"}:
                continue
            phrase = self.marker_phrase(match, before)
            if phrase and self.text[phrase[-1].idx + len(phrase[-1]):].lstrip().startswith(","):
                speaker = self.marker_speaker(rule, match, before)
                if speaker.name:
                    return speaker, rule.get("cue", ""), rule["id"], True
        return None

    def is_direct(self, pair: MarkPair, sent: Span) -> bool:
        before = self.text[sent.start_char: pair.open].strip(" \t\n—–-")
        if not before or before.endswith(":"):
            return True
        return any(self.text[match.end(): pair.open].strip().endswith(",") and match.start() - sent.start_char < 40
                   for rule, match in self.markers_in(sent.start_char, pair.open) if rule["kind"] in {"according", "for"})

    def is_title(self, pair: MarkPair, first: Token, sent: Span, content: str) -> bool:
        """Titles, names and nicknames in marks: "l'émission « ... »", "surnommé « ... »"."""
        previous = [t for t in self.doc[max(sent.start, first.i - 4): first.i] if not t.is_punct and not t.is_space]
        # the noun right before, or before an adjective or "de": "l'émission culte « ... »", not "la cour d'appel est « ... »"
        nearby = previous[-2:] if previous and previous[-1].pos_ in {"ADJ", "DET", "ADP"} else previous[-1:]
        if any(self.rules.word_is("title", t) and not self.conjugated(t) for t in nearby):
            return True
        words = _WORD.findall(content)
        return bool(words) and self.rules.is_a("title", words[0])

    @staticmethod
    def conjugated(token: Token) -> bool:
        """A verb with its auxiliary or reflexive pronoun: "s'est dite « soulagée »" says, "dite « X »" names."""
        return token.pos_ in {"VERB", "AUX"} and any(c.dep_.startswith(("aux", "expl")) for c in token.children)

    def is_name_in_marks(self, start: int, end: int) -> bool:
        """A few words in marks that open with a capital or a title noun: « affaire Fillon », « Obamacare »."""
        words = _WORD.findall(self.text[start:end])
        return 0 < len(words) <= _TERM_WORDS and (words[0][0].isupper() or bool(self.rules.is_a("title", words[0])))

    def marked_quote(self, pair: MarkPair) -> Quote | None:
        end = pair.end
        opener = self.token_at(pair.open)
        sent = self.sent_of(opener)
        if end is None:  # never closed: keep the sentence it opens
            end = max(pair.start, sent.end_char)
            while end > pair.start and self.text[end - 1].isspace():
                end -= 1
        if end <= pair.start:
            return None
        first, last = self.token_at(pair.start), self.token_at(end - 1)
        content = self.text[pair.start:end]
        words = _WORD.findall(content)
        attribution = self.attribute(pair, first, last, sent)
        governed = attribution is not None and attribution[3]
        if not governed and (len(words) <= 2 or self.is_title(pair, first, sent, content)):
            return None
        if content[:1].isupper() and pair.open > sent.start_char and (len(words) == 1 or len(words) <= 4 and self.names_something(first, last)):
            return None  # a name: « Obamacare », "porte-parole des « Gilets jaunes libres »"
        if governed and self.is_title(pair, first, sent, content) and len(words) <= 5:
            return None
        if not governed and len(words) <= 5 and content[:1].isupper() and not any(
                t.pos_ in {"VERB", "AUX"} for t in self.doc[first.i: last.i + 1]) and not self.is_direct(pair, sent):
            return None  # a name or title in capitals: « Audrey & Co du lundi »
        if attribution is None:
            speaker, cue, rule = self.context_speaker(pair.open, first, last)
        else:
            speaker, cue, rule, _ = attribution
            if not speaker.name:
                speaker = self.context_speaker(pair.open, first, last)[0]
        kind = "direct" if self.is_direct(pair, sent) else "mixed"
        return Quote(pair.start, end, kind, cue, rule, speaker)

    def names_something(self, first: Token, last: Token) -> bool:
        """Words without a verb in marks after "de" and a noun, or after a noun for a speaker: the name
        of what the noun is ("le site internet « Union Gilets Jaunes 84 »")."""
        before = [t for t in self.doc[max(0, first.i - 3): first.i] if not t.is_punct and not t.is_space]
        after_noun = len(before) == 2 and before[-1].lower_ in _GOVERNED and before[0].pos_ == "NOUN" or bool(before) and (
            before[-1].pos_ == "NOUN" and self.can_speak(before[-1]) or self.can_speak(before[0]) and before[-1].pos_ in {"NOUN", "ADJ"})
        return after_noun and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[first.i: last.i + 1])

    def is_term(self, first: Token, last: Token) -> bool:
        """A few words without a verb in marks ("pour « tentative d'assassinat »"): a term
        the writer sets apart, not words the previous source said."""
        words = [t for t in self.doc[first.i: last.i + 1] if not t.is_punct and not t.is_space]
        return len(words) <= _TERM_WORDS and not any(  # a participle may qualify a term: « abus de confiance aggravé »
            t.pos_ == "AUX" or t.pos_ == "VERB" and t.dep_ not in {"amod", "acl"} and "Part" not in t.morph.get("VerbForm")
            for t in words)

    def clause_subject(self, first: Token) -> tuple[Speaker, bool] | None:
        """The subject of the clause the quote sits in when it is a person or a body ("X est
        « effaré »", "X est arrivé et évoque « ... »"), or the current source; True when the
        marks hold the clause's predicate (what is said of that subject)."""
        node = first
        for _ in range(7):
            predicate = node.pos_ in {"VERB", "AUX"} or any(c.dep_ == "cop" for c in node.children)
            # "X a été « entendu par Y »": not X's words; "X est « choqué »", "« effaré par le décès »" is X's state
            passive = any(c.dep_ == "obl:agent" and self.can_speak(c) or c.lower_ == "été" for c in node.children)
            outside = not self.in_quote(node)
            if predicate and passive:
                break
            subjects = [c for c in node.children if c.dep_ in _SUBJECT]
            unparsed = not subjects and node.head == node  # the parse left the predicate in marks no subject: "X, ministre, est « surpris »"
            if predicate and (outside or any(not self.in_quote(c) for c in subjects) or unparsed):
                # unparsed, the clause may hang on the quote: "« pour ne pas faire d'histoires », les X ont démonté"
                main = next((c for c in node.children if c.dep_ == "conj" and not self.in_quote(c) and c.i > node.i
                             and any(s.dep_ in _SUBJECT for s in c.children)), node) if unparsed else node
                speaker = self.subject(main)
                if unparsed and main is node and not outside and not self.sent_of(node).start_char <= (speaker.start or -1) < node.idx:
                    break  # then only a source named before it in the sentence
                named = any(c.dep_ in _SUBJECT and not self.in_quote(c) and (self.is_role(c) or self.rules.word_is("body", c))
                            for c in main.children)
                if speaker.label in _SPEAKER_LABELS or speaker.name and (speaker is self.current or named):
                    return speaker, not outside  # "Le préfet du Pas-de-Calais a interdit « ... »": the préfet
                if outside:
                    break
            if node.head == node:
                break
            node = node.head
        return None

    def context_speaker(self, position: int, first: Token, last: Token):
        """No cue: the subject of the clause the quote sits in when it names a source, else who
        speaks in (or is the subject of) the paragraph's previous sentence when named since the
        current source was last quoted, else the source quoted in this or the previous paragraph
        (not for a term in scare quotes)."""
        found = self.clause_subject(first)
        if found is not None:
            return found[0], "", "clause-subject"
        if self.is_term(first, last):
            return Speaker(), "", "no-source"
        previous = self.previous_sentence_speaker(first)
        if previous.name and (not self.current_sentences or (previous.start or 0) >= self.current_sentences[-1][1]):
            return previous, "", "previous-sentence"  # "X avait tenté de le prévenir. « ... »": X, not the source quoted before
        if self.current.start is not None and self.quoted_lately(position, 1):
            return self.current, "", "current-source"
        if previous.name:
            return previous, "", "previous-sentence"
        return Speaker(), "", "no-source"

    def previous_sentence_speaker(self, first: Token) -> Speaker:
        """A quote with no cue after a sentence of the same paragraph that reports someone's
        words ("Un habitant raconte avoir entendu des cris. « ... »"): that speaker; after one
        whose subject is a named person, when the quote stands alone: that person."""
        sent = self.sent_of(first)
        if sent.start == 0:
            return Speaker()
        previous = self.sent_of(self.doc[sent.start - 1])
        if self._paragraph(previous.start_char) != self._paragraph(sent.start_char):
            return Speaker()
        for i in self.cue_tokens[bisect.bisect_left(self.cue_tokens, previous.start): bisect.bisect_left(self.cue_tokens, previous.end)]:
            verb = self.doc[i]
            if not self.in_quote(verb) and self.speech_verb(verb) is not None and not any(c.dep_ == "aux:pass" for c in verb.children):
                speaker = self.subject(verb)  # not "X a été interrogé par Y": Y asks
                if speaker.name:
                    return speaker
        alone = not self.text[sent.start_char: first.idx].strip(" «“\"")
        person = self.last_person(previous.end_char) if alone else Speaker()
        if not person.name or person.start < previous.start_char or self.rules.word_is("receiving", self.token_at(person.start).head):
            return Speaker()  # not "X a reçu des lettres. « ... »"
        return person

    def quoted_lately(self, char: int, paragraphs: int) -> bool:
        """The current source was quoted at most ``paragraphs`` paragraphs before ``char``: where it
        was last quoted counts, not where it was named (a source named once, then quoted on)."""
        return bool(self.current.name and self.current_sentences) and \
            self._paragraph(char) - self._paragraph(self.current_sentences[-1][0]) <= paragraphs

    def _paragraph(self, char: int) -> int:
        # paragraphs are lines, blank ones or not between them
        return self.text.count("\n", 0, char) - self.text.count("\n\n", 0, char)

    # -- indirect quotations -----------------------------------------------------------------
    def indirect(self, sent: Span) -> list[tuple[int, int, callable]]:
        """(start, end, attribute) of the reported speech without marks in a sentence."""
        found = []
        body_end = sent.end_char
        while body_end > sent.start_char and (self.text[body_end - 1].isspace() or self.text[body_end - 1] in ".!?…"):
            body_end -= 1
        for rule, match in self.markers_in(sent.start_char, sent.end_char):
            if rule["kind"] not in {"according", "for", "same_source"} or found:
                continue
            lead = self.text[sent.start_char: match.start()].strip()
            phrase = self.marker_phrase(match, body_end) if rule["kind"] != "same_source" else [self.token_at(match.end() - 1)]
            if not phrase or rule["kind"] == "for" and not self.names_a_source(self.for_phrase(phrase)):
                continue
            source_end = phrase[-1].idx + len(phrase[-1])
            after = self.past_appositions(source_end, body_end)
            if rule["kind"] == "according" and phrase[0].lower_ in _RELATIVES:  # "au ministère, selon lequel le dispositif ...": what follows "lequel"
                found.append((source_end, body_end, lambda r=rule, m=match, e=source_end: (self.marker_speaker(r, m, e), r.get("cue", ""), r["id"])))
            elif (not lead or lead.endswith(",") or _CLAUSE_LINK.search(lead) or all(  # "Toujours selon X, ..."
                    t.pos_ in {"ADV", "CCONJ"} for t in self.doc[sent.start: self.token_at(match.start()).i])) \
                    and self.text[after: after + 2].strip().startswith(","):
                start = after + self.text[after:].index(",") + 1
                found.append((start, body_end, lambda r=rule, m=match, e=source_end: (self.marker_speaker(r, m, e), r.get("cue", ""), r["id"])))
            elif after >= body_end - 1 and (rule["kind"] == "according" and (lead.endswith(",") or lead and self.names_a_source(phrase) and any(
                    t.pos_ in {"VERB", "AUX"} for t in self.doc[sent.start: self.token_at(match.start()).i]))  # "... sont annulés selon la chaîne TRT."
                    or rule["kind"] == "for" and lead.endswith(",") and self.names_a_person(self.for_phrase(phrase))):  # "..., pour M. Delorme."
                found.append((self.clause_start(sent, match.start()), sent.start_char + len(self.text[sent.start_char: match.start()].rstrip().rstrip(",")),
                              lambda r=rule, m=match: (self.marker_speaker(r, m, body_end), r.get("cue", ""), r["id"])))
        marked = [s for s, _ in self.quoted if sent.start_char <= s < sent.end_char]
        for i in self.cue_tokens[bisect.bisect_left(self.cue_tokens, sent.start): bisect.bisect_left(self.cue_tokens, sent.end)]:
            token = self.doc[i]
            if self.in_quote(token) or (entry := self.speech_verb(token)) is None:
                continue
            que = next((t for t in self.doc[token.i + 1: min(sent.end, token.i + 9)] if t.lower_ in _QUE and (
                t.i < token.i + 6 or self.hangs_on(t, token))), None)  # far from the verb, only a clause the parse hangs on it
            if que is not None and any(c.lower_ in _NEGATION for c in token.children):
                continue  # "n'a confirmé que le blocage": restrictive, what follows is no reported clause
            between = [t.pos_ for t in self.doc[token.i + 1: que.i] if not t.is_space] if que is not None else ()
            if que is not None and all(pos in _BEFORE_QUE for pos in between) or "ADJ" in between and all(
                    pos in _BEFORE_QUE or pos == "ADJ" for pos in between) and self.hangs_on(que, token):  # "a annoncé ce même lundi que"
                clause = que.head if que.head.i > que.i else None
                end = clause.right_edge.idx + len(clause.right_edge) if clause is not None else body_end
                end = min(max(end, que.idx), body_end)
                if any(s > que.idx for s in marked):
                    continue  # the reported words are in marks: the mixed quotes carry them
                if end < body_end and not self.says_more(end, body_end):
                    end = body_end  # the parse cut the clause short: "que X sont bloqués, au moins partiellement"
                end = self.next_report(que, end)
                start = self.past_source(que.idx + len(que), end)
                found.append((start, end, lambda v=token, e=entry, q=que, n=end: self.reported_source(v, e, q, n)))
            elif (comma := self.comma_before(token, sent)) is not None:
                tail = list(self.doc[token.i + 1 + len(entry.rest): sent.end])  # past "remarquer" of "fait remarquer"
                inverted = self.finite_active(token)
                if inverted:  # ", estime l'élu, qui réclame ...", ", tout en ...": another clause after the source
                    tail = tail[:next((k for k, t in enumerate(tail) if t.text == ","), len(tail))]
                if any(t.pos_ in {"VERB", "SCONJ"} and t.i not in self.entity_of and not (inverted and self.qualifies(t))
                       or t.text in {":", "«"} for t in tail) or any(
                        c.dep_ in _SUBJECT and c.i < comma.i for c in token.children):
                    continue  # "X, son avocate, a demandé une expertise": X is the subject, nothing reported
                speaker = self.subject(token)
                clitic = self.clitic_before(token) or any(_CLITIC.match(t.lower_) for t in self.doc[token.i + 1: token.i + 3])
                if speaker.start is not None and sent.start_char <= speaker.start < comma.idx and not clitic:
                    continue  # the same, parsed otherwise: "X, l'un des porte-parole, a réclamé sur Europe 1 ..." ("a-t-il dit" has its subject)
                found.append((sent.start_char, comma.idx, lambda v=token, e=entry: (self.subject(v), e.cue, e.id)))
        return found

    @staticmethod
    def finite_active(verb: Token) -> bool:
        """"estime", "a-t-il dit": finite, or a participle after its tense auxiliary; not "interrogé par",
        "reprenant l'argument", "ont été condamnés"."""
        children = list(verb.children)
        if any(c.dep_ == "aux:pass" for c in children):
            return False
        return "Fin" in verb.morph.get("VerbForm") or any(c.dep_ == "aux:tense" and "Fin" in c.morph.get("VerbForm") for c in children)

    @staticmethod
    def qualifies(token: Token) -> bool:
        """A participle qualifying a noun: "dans une allocution télévisée", no verb of its own clause."""
        return token.dep_ in {"amod", "acl"} and "Part" in token.morph.get("VerbForm") and token.head.i < token.i

    def hangs_on(self, que: Token, verb: Token) -> bool:
        """The clause "que" opens depends on the verb, or on a date between them: "a annoncé ce même lundi
        qu'il", "a indiqué en début de matinée qu'au moins"; not "le fait que", nor a relative "que"."""
        above = que.head.head
        return (que.pos_ == "SCONJ" or que.dep_ == "mark") and (above == verb or verb.i < above.i < que.i and self.in_date(above))

    def comma_before(self, verb: Token, sent: Span) -> Token | None:
        """The comma right before an inverted speech verb, past its auxiliary, clitic and adverbs:
        "..., a confié X", "..., a-t-il enfin confié"."""
        i = verb.i - 1
        while i > sent.start and verb.i - i <= 4 and (
                self.doc[i].pos_ in {"AUX", "ADV"} or _CLITIC.match(self.doc[i].lower_) or self.doc[i].lower_ in {"-t", "-t-"}):
            i -= 1
        return self.doc[i] if i > sent.start and self.doc[i].text == "," else None

    def clause_start(self, sent: Span, end: int) -> int:
        """Where the clause before ``end`` begins: past a colon ("... sur Facebook : 5,5 millions de vues
        selon X"), past what opens the sentence before its subject ("Lors de l'opération menée en mars,
        21 membres ont été arrêtés, selon X": from "21")."""
        colon = self.text.rfind(":", sent.start_char, end)
        if colon != -1:
            return colon + 1
        last = self.token_at(end - 1)
        node = last
        while node.head != node and node.head.i >= sent.start:
            node = node.head
        subject = next((c for c in node.children if c.dep_ in _SUBJECT and sent.start < c.left_edge.i), None)
        if subject is not None and subject.left_edge.i < last.i and self.doc[subject.left_edge.i - 1].text == ",":
            return subject.left_edge.idx
        return sent.start_char

    def next_report(self, que: Token, end: int) -> int:
        """Where the words reported after ``que`` stop when another source's report follows in the
        sentence: "X a estimé que A, tandis que sa collègue Y a jugé que B" (before ", tandis que")."""
        last = bisect.bisect_left(self.token_starts, end)
        for i in self.cue_tokens[bisect.bisect_right(self.cue_tokens, que.i): bisect.bisect_left(self.cue_tokens, last)]:
            verb = self.doc[i]
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
            reports = any(t.lower_ in _QUE or t.text in {":", "«"} for t in self.doc[verb.i + 1: verb.i + 4])
            if subject is None or not reports or verb.dep_ == "acl:relcl" or self.in_quote(verb) or self.speech_verb(verb) is None:
                continue  # not "que d'après X, 66 % des Français soutiennent ...": no words of their own
            k = subject.left_edge.i - 1
            while k > que.i and self.doc[k].pos_ in {"SCONJ", "CCONJ", "ADV"}:
                k -= 1
            if k > que.i and self.doc[k].text == ",":
                return self.doc[k].idx
        return end

    def says_more(self, start: int, end: int) -> bool:
        """A speech verb or a quote mark between ``start`` and ``end``: another report begins (not a
        verb in a relative clause: "la RDC, où les combats ont repris" says what the report says)."""
        first, last = bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end)
        return ";" in self.text[start:end] or any(self.quoted_tokens[first:last]) or any(
            self.doc[i].dep_ != "acl:relcl" and self.speech_verb(self.doc[i]) is not None
            for i in self.cue_tokens[bisect.bisect_left(self.cue_tokens, first): bisect.bisect_left(self.cue_tokens, last)])

    def past_source(self, start: int, end: int) -> int:
        """Where the reported words begin after "que": past "d'après Y, " ("annonce que d'après Y, ...")."""
        for rule, match in self.markers_in(start, min(end, start + 12)):
            phrase = self.marker_phrase(match, end) if rule["kind"] == "according" else None
            if phrase:
                after = self.past_appositions(phrase[-1].idx + len(phrase[-1]), end)
                if self.text[after: after + 2].strip().startswith(","):
                    return self.text.index(",", after) + 1
        return start

    def past_appositions(self, end: int, body_end: int) -> int:
        """The end of the source's appositions after ``end``: "selon Jean Dupont, président du
        groupe, ..." reports what follows the second comma, not "président du groupe"."""
        while self.text[end: end + 2].strip().startswith(","):
            comma = self.text.index(",", end)
            following = self.text.find(",", comma + 1, body_end)
            stop = following if following != -1 else body_end
            tokens = [t for t in self.doc[self.token_at(comma).i + 1: self.token_at(max(comma + 1, stop - 1)).i + 1] if not t.is_space]
            participle = bool(tokens) and "Part" in tokens[0].morph.get("VerbForm") and "Past" in tokens[0].morph.get("Tense")
            if participle:  # "selon le directeur, interrogé par Sky News, ...", "selon le sondage, réalisé du 14 au 17 décembre, ..."
                tokens = tokens[1:]
            incise = len(tokens) <= 5 and tokens[0].lower_ in _INCISE_PREPOSITIONS if tokens else False  # "selon X, chez Natixis, ..."
            if not tokens or len(tokens) > 12 or tokens[0].pos_ not in {"DET", "NOUN", "PROPN", "ADJ"} | ({"ADP"} if participle or incise else set()) or any(
                    t.pos_ in {"VERB", "AUX", "SCONJ", "PRON"} and not self.in_date(t) or self.in_quote(t) for t in tokens):
                break  # (a date may be read as a pronoun: "du 14 au 17 décembre")
            end = stop
        return end

    def reported_source(self, verb: Token, entry, que: Token, end: int):
        """"X annonce que d'après Y, ...": Y is the source of the reported words, else X."""
        for rule, match in self.markers_in(que.idx + len(que), min(end, que.idx + 12)):
            if rule["kind"] == "according":
                speaker = self.marker_speaker(rule, match, end)
                if speaker.name:
                    return speaker, rule.get("cue", ""), rule["id"]
        return self.subject(verb), entry.cue, entry.id

    # -- the whole document ------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        self.pairs = pair_marks(self.text)
        self.pair_starts = [p.start for p in self.pairs]
        self.quoted = [(p.open, (p.close + 1) if p.close is not None else self.sent_of(self.token_at(p.open)).end_char) for p in self.pairs]
        for start, end in self.quoted:
            first, stop = bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end)
            self.quoted_tokens[first:stop] = b"\1" * (stop - first)
        self.persons = sorted(((ent.start_char, id(ent)), ent) for ent in self.entities
                              if ent.label_ == "PER" and not self.in_quote(ent[0]) and self.is_subject(ent))
        self.persons = [(start, ent) for (start, _), ent in self.persons if _is_name(ent)]
        self.organisations = sorted(((ent.start_char, id(ent)), ent) for ent in self.entities
                                    if ent.label_ == "ORG" and not self.in_quote(ent[0]) and not (
                                        ent.start > 0 and self.doc[ent.start - 1].lower_ in _GOVERNED) and not self.is_recipient(ent))
        self.organisations = [(start, ent) for (start, _), ent in self.organisations]
        self.subject_organisations = [(start, ent) for start, ent in self.organisations if _is_subject(ent)]
        events = [(p.open, 0, p) for p in self.pairs]
        for sent in self.sentences():
            for start, end, attribute in self.indirect(sent):
                while start < end and self.text[start].isspace():
                    start += 1
                content = self.text[start:end]
                if len(_WORD.findall(content)) >= 3 and not any(s < end and start < e and not (  # "Pour X, c'est l'« affaire Y »": a name inside
                        start <= s and e <= end and self.is_name_in_marks(s, e)) for s, e in self.quoted):
                    events.append((start, 1, (start, end, attribute)))
        events.sort(key=lambda item: (item[0], item[1]))
        quotes, taken = [], []
        for _, kind, item in events:
            if kind == 0:
                quote = self.marked_quote(item)
            else:
                start, end, attribute = item
                if any(s < end and start < e for s, e in taken):
                    continue
                speaker, cue, rule = attribute()
                quote = Quote(start, end, "indirect", cue, rule, speaker)
                self.reported.append((start, end))
            if quote is None:
                continue
            taken.append((quote.start, quote.end))
            quotes.append(quote)
            if quote.speaker.name and not quote.speaker.aside:
                if quote.speaker.name != self.current.name:
                    self.current_sentences = []
                self.current = quote.speaker
                sent = self.sent_of(self.token_at(quote.start))
                self.current_sentences.append((sent.start_char, sent.end_char))
                if quote.speaker.is_source or quote.speaker.label == "ORG":
                    self.source = quote.speaker
        return sorted(quotes, key=lambda q: q.start)
