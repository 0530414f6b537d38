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

import numpy
from spacy.attrs import DEP, IDX, LOWER, ORTH, POS, SENT_START
from spacy.parts_of_speech import NOUN
from spacy.tokens import Doc, Span, Token

from pipeline.components.quotes.indirect import IndirectQuotations
from pipeline.components.quotes.lexicon import CUE_TAGS, QuoteRules
from pipeline.components.quotes.marked import MarkedQuotations
from pipeline.components.quotes.marks import CLOSERS, MarkPair, pair_marks
from pipeline.components.quotes.speakers import SpeakerResolution
from pipeline.components.quotes.vocabulary import (
    AUXILIARIES, CLITIC, COMPLEMENT_TAGS, CLITIC_WORDS, GOVERNED, NEGATION, NEGATION_PARTNERS, PRONOUN_GENDER, QUE, Quote,
    LAWYER_TITLE, SPEAKER_LABELS, SUBJECT, Speaker, TITLES, WORD, adjective_stems, de_complements, is_a_name, named_as_subject, nationality_gender, normalise, noun_genders,
    possessive)
from pipeline.extensions import doc_text


class Attributor(SpeakerResolution, MarkedQuotations, IndirectQuotations):
    """Runs over one Doc: ``Attributor(rules, doc).quotes()``."""

    def __init__(self, rules: QuoteRules, doc: Doc):
        self.rules = rules
        self.doc = doc
        self.text = doc_text(doc)
        columns = doc.to_array([IDX, SENT_START, ORTH, POS, DEP, LOWER])  # one pass over the tokens
        self.token_starts = columns[:, 0].tolist()
        self.objects = numpy.flatnonzero((columns[:, 4] == doc.vocab.strings["obj"]) & (columns[:, 3] == NOUN)).tolist()  # nouns as objects
        self.sent_starts = [0] + [i for i in numpy.flatnonzero(columns[:, 1] == 1).tolist() if i]
        self._sents: dict[int, Span] = {}
        tagged = numpy.flatnonzero(numpy.isin(columns[:, 3], CUE_TAGS)).tolist()
        self.cue_tokens = [i for i, orth, pos in zip(tagged, columns[tagged, 2].tolist(), columns[tagged, 3].tolist())
                           if rules.may_be_cue(doc, i, orth, pos)]
        self.quoted_tokens = bytearray(len(doc))  # 1 for the tokens inside quote marks, set in quotes()
        strings = doc.vocab.strings
        pronouns = [strings[w] for w in rules.referents.get("pronoun", {})] + [strings["-" + w] for w in PRONOUN_GENDER]
        self.subject_pronouns = numpy.flatnonzero(numpy.isin(columns[:, 5], pronouns) & numpy.isin(
            columns[:, 4], [strings[d] for d in SUBJECT])).tolist()  # "il a prêté serment", "a-t-il dit"
        self.clitics = numpy.flatnonzero(numpy.isin(columns[:, 5], [strings[t + w] for w in CLITIC_WORDS for t in ("-", "-t-")])).tolist()  # "a-t-il"
        self.inverted_verbs = {self.verb_before_clitic(c) for c in self.clitics} - {-1}  # "sourit" of "sourit-elle"
        self.cue_tokens = sorted(set(self.cue_tokens) | {i for i in self.inverted_verbs if rules.inverted_verb_entries(doc[i])})
        # (a speech verb the tagger reads as an adjective before its inverted subject)
        self._cues: dict[int, object] = {}  # token index -> speech verb entry or None
        self._date_tokens: set[int] | None = None  # indices of the tokens in dates, read on demand
        self._issuing: set[int] = set()  # the verbs whose subject is being looked for as a document's issuer
        self.entities = self._entities()
        self.entity_of = self._entity_index()
        self.persons = []  # (start, entity) of the persons named outside quote marks, filled in quotes()
        self.organisations = []  # (start, entity) of the organisations named outside quote marks
        self.subject_organisations = []  # those named as a subject
        self.roles: dict[str, set[str]] = {}  # canonical name -> role nouns apposed to it ("candidat", "ministre")
        self.role_adjectives: dict[str, set[str]] = {}  # canonical name -> stems of the adjectives after its roles ("rennai")
        self.role_countries: dict[str, set[str]] = {}  # canonical name -> the countries its roles name ("président brésilien": BRA)
        self.possessed_roles: dict[str, set[str]] = {}  # canonical name -> roles introduced with a possessive, whose
        # complement the article gave before ("Le gouvernement [...] son porte-parole, X": "le porte-parole du gouvernement")
        self.genders = self._genders()  # canonical name -> "Masc" / "Fem" when the article tells
        self.mentions = sorted((ent.start_char, ent.end_char, normalise(ent._.canonical or ent.text))
                               for ent in self.entities if ent.label_ == "PER" and is_a_name(ent))
        self.named_persons = sorted(((ent.start, id(ent)), ent) for ent in self.entities if ent.label_ == "PER" and is_a_name(ent))
        self.markers = rules.find_markers(self.text)
        self.marker_starts = [match.start() for _, match in self.markers]
        self.current = Speaker()  # the last source quoted
        self.source = Speaker()  # the last organisation or document quoted
        self.pairs: list[MarkPair] = []
        self.continues: dict[int, int] = {}  # opening offset of a quote after an incise in marks -> that of the quote before it
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
        for ent in sorted(filter(is_a_name, self.entities), key=lambda e: len(e)):  # longer ones win
            for i in range(ent.start, ent.end):
                index[i] = ent
        return index

    def introduces(self, noun: Token) -> bool:
        """A role noun, or a noun for people heading the phrase before a name: "Un apprenti de 19 ans, Moussa,"
        (not "réfugiés" of "la haute-commissaire pour les réfugiés, X")."""
        return self.is_role(noun) or self.names_people(noun) and not noun.dep_.startswith("nmod") and "Plur" not in noun.morph.get("Number")

    def _genders(self) -> dict[str, str]:
        """A person's gender from a known first name, "Mme"/"M." before the name, or a noun in
        apposition ("Marie Dupont, la porte-parole"); undecided when the clues disagree. A first
        name or a title outweighs nouns ("l'homme d'affaires Marc X": not "affaires")."""
        found: dict[str, set[str]] = {}
        from_nouns: dict[str, set[str]] = {}
        introduced: list[str] = []  # the persons introduced with a role, in order
        for ent in self.entities:
            if ent.label_ != "PER":
                continue
            clues = found.setdefault(normalise(ent._.canonical or ent.text), set())
            feminine, masculine = bool(self.rules.is_a("feminine", ent[0].text)), bool(self.rules.is_a("masculine", ent[0].text))
            if feminine != masculine:  # "Dominique", "Camille" tell nothing (in both lists)
                clues.add("Fem" if feminine else "Masc")
            if ent.start > 0 and self.doc[ent.start - 1].lower_ in TITLES:
                clues.add(TITLES[self.doc[ent.start - 1].lower_])
            if ent.start > 0 and self.doc[ent.start - 1].text == LAWYER_TITLE:
                self.roles.setdefault(normalise(ent._.canonical or ent.text), set()).add("avocat")
            root = ent.root
            nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":
                nouns.append(root.head)
            apposed = self.apposed_role(ent)
            if apposed is not None and apposed not in nouns:
                nouns.append(apposed)
            if apposed is not None and apposed.i + 2 < len(self.doc) and self.doc[apposed.i + 1].lower_ == "et" \
                    and self.is_role(self.doc[apposed.i + 2]):  # "infirmière et secrétaire de la section CGT"
                nouns.append(self.doc[apposed.i + 2])
            before = self.doc[ent.start - 1] if ent.start > 0 else None  # "son épouse Marie Dupont"; not "de la Santé X"
            if before is not None and before.i in (self.doc._.nationalities or {}):  # "la Norvégienne Ingrid X"
                self.role_countries.setdefault(normalise(ent._.canonical or ent.text), set()).add(self.doc._.nationalities[before.i])
                clues.update(nationality_gender(before))
            if before is not None and before.pos_ == "NOUN" and not any(c.dep_ == "case" for c in before.children):
                nouns.append(before)
            begin = ent.start  # "Le rapporteur de la commission, le député X", "..., l'eurodéputée française X": both roles
            noun = self.article_before(self.doc[begin]).i  # past the adjectives: "l'eurodéputée française X"
            if noun > 1 and self.doc[noun].pos_ == "NOUN" and self.doc[noun - 1].pos_ == "DET" and self.is_role(self.doc[noun]) and (
                    noun == begin - 1 or self.doc[noun - 2].text == ","):  # (not "X et le chancelier allemand Y")
                begin = noun - 1
                if self.doc[noun] not in nouns:
                    nouns.append(self.doc[noun])
            appointed = self.appointed_role(ent)
            if appointed is not None and appointed not in nouns:
                nouns.append(appointed)
            comma = begin > 1 and self.doc[begin - 1].text == ","
            if begin > 1 and (comma or self.doc[begin - 1].pos_ in {"PROPN", "ADJ"}):  # "le chancelier allemand Markus X"
                # "L'évêque de Nantes, Jean Dupont," parsed apart; "l'évêque de Nantes Jean Dupont"
                noun = self.doc[begin - 1 - comma]  # the head of the phrase before the name: not "ministres" in "en Conseil des ministres, X"
                role = noun if self.introduces(noun) else None  # the outermost role: "le porte-parole du ministre, X", "le rôle du
                while noun.head.i < noun.i and noun.dep_.startswith("nmod") and begin - noun.head.i < 7:  # premier adjoint, X"
                    noun = noun.head
                    role = noun if self.introduces(noun) else role
                if role is None:  # a complement the parse hangs on the verb: "la représentante spéciale de l'ONU pour l'Afrique de l'Ouest, X"
                    role = self.role_opening(begin - 1 - comma)
                if role is not None and role.pos_ in {"NOUN", "PROPN"} and "Plur" not in role.morph.get("Number") and role not in nouns:
                    nouns.append(role)
            name = normalise(ent._.canonical or ent.text)
            for noun in nouns:
                people = self.names_people(noun)
                if people or not (noun.dep_.startswith("nmod") or noun.dep_ == "conj"):
                    # (not "la Diaspora" of "le ministre ... de la Diaspora, X", the parse hanging the name on it)
                    from_nouns.setdefault(name, set()).update(noun_genders(noun))
                if people:
                    self.roles.setdefault(name, set()).add(self.role_key(noun, ent.start))
                    if self.of_a_country(noun):  # "présidente du Mexique" is the office "présidente" names alone
                        self.roles[name].add(noun._.lemma.lower())
                    self.role_adjectives.setdefault(name, set()).update(adjective_stems(noun))
                    self.role_countries.setdefault(name, set()).update(self.countries_of(noun))
                    if possessive(noun) is not None and not de_complements(noun):
                        self.possessed_roles.setdefault(name, set()).add(noun._.lemma.lower())  # "son porte-parole, X"
                if self.rules.word_is("counterpart", noun) and introduced:  # "Son homologue nigérian, X": the office of the one before
                    self.roles.setdefault(name, set()).update(self.roles.get(introduced[-1], ()))
            if self.roles.get(name) and (not introduced or introduced[-1] != name):
                introduced.append(name)
        genders = {}
        for name, clues in found.items():
            clues = clues or from_nouns.get(name, set())
            if len(clues) == 1:
                genders[name] = clues.pop()
        return genders

    def appointed_role(self, ent: Span) -> Token | None:
        """The role a person is given: "Aminata X a été élue jeudi à Genève directrice générale de
        l'OIT", "X est devenu ministre" (a role noun without article after the verb, the parse aside)."""
        verb = next((t for t in self.doc[ent.end: min(len(self.doc), ent.end + 4)] if t.pos_ not in {"AUX", "ADV"}), None)
        if verb is None or not self.rules.word_is("appointment", verb):
            return None
        for token in self.doc[verb.i + 1: min(len(self.doc), verb.i + 7)]:
            if token.pos_ == "NOUN" and self.is_role(token):
                return token if self.doc[token.i - 1].pos_ != "DET" else None
            if token.pos_ in {"VERB", "AUX", "SCONJ", "PUNCT"}:
                return None
        return None

    def role_opening(self, last: int) -> Token | None:
        """The first role noun, after its article, of the nominal words that end at token ``last``."""
        role = None
        if self.doc[last].text == ")":  # "le secrétaire général de l'OTAN (OTAN), X"
            last = next((t.i - 1 for t in reversed(self.doc[max(0, last - 8): last]) if t.text == "("), last)
        for token in reversed(self.doc[max(0, last - 14): last + 1]):
            if token.pos_ not in COMPLEMENT_TAGS and not (token.dep_ in {"amod", "acl"} and "Part" in token.morph.get("VerbForm")):
                break
            if token.pos_ in {"NOUN", "PROPN"} and self.is_role(token) and token.i > 0 and self.article_before(token).pos_ in {"DET", "ADP"}:
                role = token  # (a title the tagger reads as a name: "La Médiatrice européenne, X"; "le premier secrétaire sortant, X")
        return role

    def issued_by_speaker(self, token: Token, speaker: Speaker) -> bool:
        """A document the sentence quoting ``speaker`` says is theirs, so that "le rapport", "le texte" are
        theirs later: "estime la Banque mondiale dans son rapport"; a body's "Dans un communiqué, la direction
        rappelle" (not "raconte-t-elle dans le rapport"; a person's "dans un communiqué" is their institution's)."""
        if token.pos_ != "NOUN" or not self.rules.word_is("document", token) or self.in_quote(token):
            return False
        return possessive(token) is not None or speaker.label != "PER" and token.dep_.startswith("obl") and not de_complements(token) \
            and any(c.dep_ == "det" and c.lower_ in {"un", "une"} for c in token.children)

    def apposed_role(self, ent: Span) -> Token | None:
        """The role noun in apposition right after a name, however the parse hangs it: "Donald Trump,
        le président des États-Unis, a publié" (the parse may make the role the subject, not the name).
        Not a phrase that runs on into a verb: it is the clause's subject ("Accueilli par le président
        X, le dirigeant brésilien a été reçu")."""
        if ent.end + 1 >= len(self.doc) or self.doc[ent.end].text != ",":
            return None
        for token in self.doc[ent.end + 1: min(len(self.doc), ent.end + 4)]:
            if token.pos_ == "NOUN":
                if not self.names_people(token):  # "Sandrine X, infirmière et secrétaire"
                    return None
                after = next((t for t in self.doc[token.i + 1: min(len(self.doc), token.i + 12)] if t.pos_ not in COMPLEMENT_TAGS), None)
                return None if after is not None and after.pos_ in {"AUX", "VERB"} else token
            if token.pos_ not in {"DET", "ADJ"}:
                return None
        return None

    def verb_right_after(self, ent: Span) -> bool:
        """A finite verb right after the name, past a clitic: its subject, however the parse reads a
        foreign name ("El País s'inquiète")."""
        after = next((t for t in self.doc[ent.end: ent.end + 3] if t.lower_ not in {"s'", "s’", "se", "ne", "n'", "n’"}), None)
        return after is not None and after.pos_ in {"VERB", "AUX"} and "Fin" in after.morph.get("VerbForm")

    def governed(self, ent: Span) -> bool:
        """Named as a complement ("de l'ONU", "du Quai d'Orsay", "à la BCE"), not as who speaks."""
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if before is not None and before.pos_ == "DET" and ent.start > 1:
            before = self.doc[ent.start - 2]
        if before is not None and before.pos_ == "NOUN" and ent.root.head == before and (
                ent.label_ != "PER" or before.is_title or self.rules.word_is("medium", before)):
            before = next((c for c in before.children if c.dep_ == "case"), None)  # "au quotidien X", "de M. X"; not "du club Gary X"
        return before is not None and before.lower_ in GOVERNED

    def governed_at(self, char: int) -> bool:
        """The name starting at ``char`` is a complement ("du Fonds monétaire international")."""
        ent = self.entity_of.get(self.token_at(char).i)
        return ent is not None and self.governed(ent)

    def is_subject(self, ent: Span) -> bool:
        """Named as the subject, or with a role in apposition that the parse made the subject."""
        if named_as_subject(ent):
            return True
        role = self.apposed_role(ent)
        if role is not None and role.dep_ in SUBJECT:
            return True
        after = self.doc[ent.end: ent.end + 2]  # "le président de la coopérative, Jean X, insiste": a subject the parse lost
        return ent.start > 0 and self.doc[ent.start - 1].text == "," and len(after) == 2 and after[0].text == "," \
            and after[1].pos_ in {"VERB", "AUX"} and "Fin" in after[1].morph.get("VerbForm")

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
        head = self.phrase_head(list(self.doc[first.i: self.token_at(speaker.end - 1).i + 1]))
        return next(iter(noun_genders(head)), "") if head.pos_ == "NOUN" else ""

    def is_recipient(self, ent: Span) -> bool:
        """Named as the one who received words, not who said them: "un message reçu par l'AFP"."""
        i = self.par_before(ent.start)
        return i is not None and i > 0 and bool(self.rules.word_is("receiving", self.doc[i - 1]))

    def par_before(self, start: int) -> int | None:
        """The index of the "par" that makes the name at token ``start`` a passive's agent, past its articles."""
        i = start - 1
        while i > 0 and self.doc[i].pos_ == "DET":
            i -= 1
        return i if i >= 0 and self.doc[i].lower_ == "par" else None

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

    def verb_before_clitic(self, clitic: int) -> int:
        """The verb an inverted subject clitic follows: "sourit" of "sourit-elle", "plaisante" of "plaisante-t-elle"."""
        return clitic - 2 if clitic > 1 and self.doc[clitic - 1].lower_ == "-t" else clitic - 1

    def read_as_verb(self, token: Token) -> bool:
        """Tagged a verb, or a verb form the tagger read as a noun: "précise" as a root, "juge que"
        (no article, "que" next; not "l'annonce"), "», analyse X" right after a quote (or tagged X), ", alerte la
        commission" before a speaker, "a twitté" after its auxiliary, "raconte-t-il", "a-t-il martelé"."""
        pos, i = token.pos_, token.i
        if pos in {"VERB", "AUX"}:
            return True
        bare = not any(c.dep_ in {"det", "case"} for c in token.children)
        after_quote = i > 1 and self.doc[i - 1].text == "," and self.doc[i - 2].text in CLOSERS  # "», soupire un automobiliste"
        if pos in {"NOUN", "X"} and bare and (token.dep_ == "ROOT" or after_quote or i + 1 < len(self.doc) and self.doc[i + 1].lower_ in QUE):
            return True
        subject = next((t for t in self.doc[i + 2: i + 4] if t.pos_ != "ADJ"), None) if i + 1 < len(self.doc) and self.doc[i + 1].pos_ == "DET" else None
        if pos == "NOUN" and bare and i > 0 and self.doc[i - 1].text == "," and subject is not None and subject.pos_ == "NOUN" and self.can_speak(subject):
            return True  # "..., alerte la commission d'enquête": inverted, its subject after it
        if pos in {"NOUN", "PROPN", "X"} and i > 0 and i not in self.entity_of and self.doc[i - 1].lower_ in AUXILIARIES:
            return True
        return any(CLITIC.match(t.lower_) for t in self.doc[i + 1: i + 3]) or bool(self.clitic_before(token))

    def _speech_verb(self, token: Token):
        if not self.read_as_verb(token):
            return None
        entries = self.rules.verb_entries(token) or (self.rules.inverted_verb_entries(token) if token.i in self.inverted_verbs else [])
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
        ne = next((c for c in children if c.lower_ in NEGATION), None)
        if ne is None or any(t.text in {",", "«", "»"} for t in self.doc[ne.i: verb.i]):
            return False  # a "ne" the parse hangs here from the clause before: "X n'a « aucun droit », a rétorqué Y"
        between = self.doc[ne.i + 1: verb.i + 3]
        return any(t.lower_ in NEGATION_PARTNERS for t in between) or not any(t.lower_ in QUE for t in self.doc[verb.i + 1: verb.i + 3])

    # -- the whole document ------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        self.pairs = [part for pair in pair_marks(self.text) for part in self.split_at_incise(pair)]
        self.pair_starts = [p.start for p in self.pairs]
        self.quoted = [(p.open, (p.close + 1) if p.close is not None else self.sent_of(self.token_at(p.open)).end_char) for p in self.pairs]
        for start, end in self.quoted:
            first, stop = bisect.bisect_left(self.token_starts, start), bisect.bisect_left(self.token_starts, end)
            self.quoted_tokens[first:stop] = b"\1" * (stop - first)
        self.persons = sorted(((ent.start_char, id(ent)), ent) for ent in self.entities  # not one nested in a name: "institut Nomura"
                              if ent.label_ == "PER" and self.entity_of.get(ent.start) is ent and not self.in_quote(ent[0]) and self.is_subject(ent))
        self.persons = [(start, ent) for (start, _), ent in self.persons if is_a_name(ent)]
        self.organisations = sorted(((ent.start_char, id(ent)), ent) for ent in self.entities
                                    if ent.label_ == "ORG" and self.entity_of.get(ent.start) is ent  # not one nested in a longer name
                                    and not self.in_quote(ent[0]) and not self.governed(ent) and not self.is_recipient(ent))
        self.organisations = [(start, ent) for (start, _), ent in self.organisations]
        self.subject_organisations = [(start, ent) for start, ent in self.organisations if named_as_subject(ent) or self.verb_right_after(ent)]
        headlines = [(span.start_char, span.end_char) for group in ("title", "headings") for span in self.doc.spans.get(group, ())]
        # a title or a "+ heading +" repeats or announces what the text reports: not a quotation of its own

        def in_headline(char: int) -> bool:
            return any(start <= char < end for start, end in headlines)
        events = [(p.open, 0, p) for p in self.pairs if not in_headline(p.open)]
        for sent in self.sentences():
            if in_headline(sent.start_char):
                continue
            for start, end, attribute in self.indirect(sent):
                while start < end and self.text[start].isspace():
                    start += 1
                while end > start and self.text[end - 1] == ")" and self.text.count("(", start, end) < self.text.count(")", start, end):
                    end -= 1  # the bracket closing the aside the report sits in: "(la veille, X a raconté que ...)"
                content = self.text[start:end]
                if len(WORD.findall(content)) >= 3 and not any(s < end and start < e and not (  # "Pour X, c'est l'« affaire Y »": a name inside
                        start <= s and e <= end and self.is_name_in_marks(s, e)) for s, e in self.quoted):
                    events.append((start, 1, (start, end, attribute)))
        events.sort(key=lambda item: (item[0], item[1]))
        quotes, taken, by_open = [], [], {}
        for _, kind, item in events:
            if kind == 0:
                quote = self.marked_quote(item)
                before = by_open.get(self.continues.get(item.open))
                if quote is not None and before is not None:  # « ..., a dit X. ... »: X's words go on past the incise, of its
                    # kind; a part with an incise of its own keeps its cue (« ..., a dit X. ..., a-t-il ajouté. »)
                    quote = dataclasses.replace(quote if quote.cue and quote.speaker.name else before,
                                                start=quote.start, end=quote.end, kind=before.kind)
                if quote is not None:
                    by_open[item.open] = quote
            else:
                start, end, attribute = item
                if any(s < end and start < e for s, e in taken):
                    continue
                speaker, cue, rule = attribute()
                quote = Quote(start, end, "indirect", cue, rule, speaker)
                self.reported.append((start, end))
            if quote is None:
                continue
            if not quote.speaker.name and quote.cue and self.quoted_lately(quote.start, 1):
                # a cue whose subject no rule resolves: the source quoted in this paragraph or the one before, not no one
                quote = dataclasses.replace(quote, speaker=dataclasses.replace(self.current, aside=False))
            taken.append((quote.start, quote.end))
            quotes.append(quote)
            if quote.speaker.name and not quote.speaker.aside:
                if quote.speaker.name != self.current.name:
                    self.current_sentences = []
                self.current = quote.speaker
                sent = self.sent_of(self.token_at(quote.start))
                self.current_sentences.append((sent.start_char, sent.end_char))
                self.issuers += [(t.idx, quote.speaker) for t in sent if self.issued_by_speaker(t, quote.speaker)]
                if quote.speaker.is_source or quote.speaker.label == "ORG":
                    self.source = quote.speaker
        return sorted(quotes, key=lambda q: q.start)

