"""Who a mention stands for: names, pronouns, role and body nouns, documents, the subject of a speech verb."""
from __future__ import annotations

import bisect
import dataclasses

from spacy.tokens import Span, Token

from pipeline.components.quotes.lexicon import FORMER_PREFIX, fold
from pipeline.components.quotes.marks import CLOSERS
from pipeline.components.quotes.vocabulary import (
    AUXILIARIES, CIRCUMSTANCES, CLITIC, COMPLEMENT_TAGS, DEFINITE, DEMONSTRATIVES, DE_FORMS, EUPHONIC_T, GOVERNED, ONE_OF,
    HYPHENED_WORD, LAWYER_TITLE, OBJECT_CLITICS, OPENING_MARKS, PLACES_SPEAKING, PRONOUN_GENDER, QUE, REFLEXIVES, SPEAKER_LABELS, SUBJECT, Speaker,
    TITLES, WORD, compatible, adjective_stems, de_complements, is_age, is_finite, normalise, noun_genders, opens_with_de, possessive)


class SpeakerResolution:
    """Part of Attributor (a mixin): who a mention stands for, from the tokens, entities and sources
    quoted so far that Attributor sets up."""

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
        word = CLITIC.match(token.lower_).group(1) if CLITIC.match(token.lower_) else token.lower_
        gender = PRONOUN_GENDER.get(word, "")
        person = self.last_person(token.idx, gender)
        if not person.name or person.start < self.sent_of(token).start_char:  # no person named as subject in this sentence
            person = self.salient_person(token, gender) or person
        role = self.role_subject_before(token, gender)
        if role is not None and role.idx > max(person.end or -1, self.current.end or -1):
            said = self.describe(role)  # "Le président ukrainien a remercié X. « ... », a-t-il lancé": the president
            if said.name and compatible(gender, self.gender_of(said)):  # (not the procureure quoted before "l'ancien ministre")
                return said
        current_fits = self.current.name and compatible(gender, self.gender_of(self.current))
        if person.name and current_fits and gender and self.gender_of(self.current) == gender and not self.gender_of(person) \
                and self._paragraph(token.idx) - self._paragraph(self.current.start or 0) <= 1:
            return self.current  # "il": the source known to be a man over a person of unknown gender
        said_by_current = any(start <= (person.start or 0) < end for start, end in self.current_sentences)
        quoted = self.current_sentences[-1][0] if self.current_sentences and self.current.label == "PER" else -1  # where the
        # current source, a person, last spoke
        if person.name and not said_by_current and (
                not current_fits or self.current.start is None or person.start > max(self.current.end, quoted)):
            return person  # (not "X a ouvert la séance. L'ancien ministre, Y, [...] « ... », a-t-il affirmé. Il a assuré": Y)
        if not person.name and self.current.label != "PER":
            noun = self.subject_noun(token, gender)  # "Le chauffeur a pris sa retraite. Il déclare que ...": not the body quoted before
            return noun if noun.name or not current_fits else self.current
        found = self.current if current_fits else person
        return found if found.name else self.subject_noun(token, gender)

    def role_subject_before(self, token: Token, gender: str) -> Token | None:
        """The role or person noun subject of the pronoun's sentence (before it) or of the one
        before, singular and of its gender: "un conseiller ministériel", "le président ukrainien" (a body
        noun of the pronoun's gender too: "Le ministère des Armées a rejeté ces accusations. ... il assure"); not the
        subject of the clause "selon lui" is in ("Le chancelier aurait, selon lui, cherché un prétexte")."""
        own = set() if token.dep_ in SUBJECT else {c.i for v in [token.head, *token.head.children] if v is token.head or v.dep_.startswith("aux")
                                                  for c in v.children if c.dep_ in SUBJECT}
        k = bisect.bisect_right(self.sent_starts, self.quote_before(token).i) - 1  # before the quote it attributes, however long
        for back in range(min(3, k + 1)):
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            if back == 2 and self._paragraph(sent.start_char) != self._paragraph(token.idx):
                break  # two sentences back, a role or the protagonist in the pronoun's paragraph only: "L'intéressée parle ... .
                # Les audiences ... . Elle rappelle"
            nouns = [t for t in self.doc[sent.start: min(sent.end, token.i)] if t.dep_ in SUBJECT and t.pos_ == "NOUN"
                     and (self.names_people(t) or self.describes_a_person(t)
                          or back and t.head.dep_ == "ROOT" and gender in noun_genders(t)
                          and self.rules.word_is("body", t))  # (a body: the main subject of a sentence before, not "Son gouvernement entend ..., a-t-il dit")
                     and "Plur" not in t.morph.get("Number")
                     and compatible(gender, next(iter(noun_genders(t)), "")) and not self.in_quote(t) and not self.in_reported(t)
                     and not any(c.dep_ == "mark" and c.lower_ in QUE for c in t.head.children) and t.i not in own  # not "estimant qu'un élu doit"
                     and (back < 2 or self.is_role(t) or self.rules.word_is("protagonist", t))]
            if nouns:
                return nouns[-1]
        return None

    def salient_person(self, token: Token, gender: str) -> Speaker | None:
        """The person a subject pronoun continues from the sentences before: back over those whose
        subject is itself "il"/"elle", the first that names a person as its subject, or names a single
        person ("Vient ensuite le tour de X. [...] il a prêté serment. [...] Il a ensuite ..."); None
        when a sentence names several."""
        if not (CLITIC.match(token.lower_) or token.dep_ in SUBJECT or any(c.dep_ == "case" for c in token.children)):
            return None  # (also "selon lui", "d'après elle")
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for back in range(1, min(7, k + 1)):
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            persons = self.named_persons[bisect.bisect_left(self.named_persons, ((sent.start, ), )): bisect.bisect_left(self.named_persons, ((sent.end, ), ))]
            named = [e for _, e in persons if not self.in_quote(e[0]) and self.entity_of.get(e.start) is e  # not "l'institut Nomura"
                     and compatible(gender, self.genders.get(normalise(e._.canonical or e.text), ""))]
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
        pronoun's gender ("Un habitant a assisté à la scène. « ... », raconte-t-il"); not the subject of
        what an inverted "indique-t-elle" reports ("L'inflation devrait revenir à 1,6 %, indique-t-elle")."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        for back in range(1 if CLITIC.match(token.lower_) else 0, min(3, k + 1)):
            sent = self.sent_of(self.doc[self.sent_starts[k - back]])
            for noun in self.doc[sent.start: min(sent.end, token.i)]:
                if noun.dep_ in SUBJECT and noun.pos_ == "NOUN" and not self.in_quote(noun) and not self.in_reported(noun) and "Plur" not in noun.morph.get("Number") \
                        and compatible(gender, next(iter(noun.morph.get("Gender")), "")) and not any(
                        self.rules.word_is(kind, noun) for kind in ("document", "title")):
                    return self.describe(self.speaking_apposition(noun))
        return Speaker()

    def indefinite(self, head: Token) -> Speaker | None:
        """"certains", "d'autres", "la plupart": the pronoun itself is who speaks; not with the
        people it counts after it ("nombre de manifestants", "la plupart des élus": the phrase)."""
        following = self.doc[head.i + 1: head.i + 3]
        if len(following) == 2 and following[0].lower_ in DE_FORMS and following[1].pos_ == "NOUN":
            return None
        previous = self.doc[head.i - 1] if head.i > 0 else None
        for first in ((previous, head) if previous is not None else ()), ((head, )):
            if first and self.rules.is_a("indefinite", " ".join(t.lower_ for t in first).replace("' ", "'")):
                return Speaker(self.text[first[0].idx: head.idx + len(head)], "", first[0].idx, head.idx + len(head), False)
        return None

    def plural_antecedent(self, token: Token) -> Speaker:
        """"ils", "elles", "eux": the last group named in this (not for "jugent-ils") or the two sentences before: a
        plural subject ("Les enquêteurs ... Ils estiment"), else a plural role or body noun, else
        people named by "des X" ("la colère des féministes ... Pour eux"); else the organisation
        named before."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        inverted = token.head.i < token.i and token.head.pos_ in {"VERB", "AUX"}  # "..., jugent-ils": not a noun of what they report
        for back in range(1 if inverted else 0, 3):
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
        2 "des X" after a noun, or coordinated to another (the first of "la colère des féministes ainsi que
        des défenseurs des droits de l'homme"); 3 not at all (counted, "trois ans"; a text or a title)."""
        if any(c.dep_ == "nummod" for c in noun.children) or any(
                self.rules.word_is(kind, noun) for kind in ("document", "title")):
            return 3
        if noun.dep_ in SUBJECT:
            return 0
        if (self.is_role(noun) or self.rules.word_is("body", noun)) and noun.dep_ != "conj":
            return 1
        if noun.dep_ == "conj" or noun.head.pos_ == "NOUN" and any(c.dep_ == "case" and c.lower_ in {"des", "de"} for c in noun.children):
            return 2
        return 3

    def from_role(self, head: Token, has_complement: bool) -> Speaker:
        """"le ministre", "la candidate du parti", of the noun's gender: the person last introduced
        with a role it fills (the same, another name of the office, a narrower one: holds()), the one
        whose introduction repeats its adjective when two do (echoed()); else,
        without a complement, the source quoted or the person named before when their roles allow
        it, else the person just named as a subject (just_named()); with one, the current source
        quoted in this paragraph, a person named just after in it, one named before in this
        paragraph or the one before whose roles allow it; last, one the article names with that
        role just after (named_later()). ``specified``: a genitive complement or an adjective after
        the noun tells which one ("le président ukrainien"), one before does not ("la nouvelle
        ministre")."""
        gender = next(iter(noun_genders(head)), "")
        complements = de_complements(head)
        pointing_back = bool(complements) and all(self.points_back(c) for c in complements)
        role = self.role_key(head, min(t.i for c in complements for t in c.subtree)) if pointing_back else self.role_key(head)
        specified = bool(complements) and not pointing_back or any(
            c.dep_ == "amod" and c.i > head.i and not self.rules.word_is("title_adjective", c) for c in head.children)
        # "du Conseil", "ukrainien"; not "nouvelle", "générale" of "la directrice générale", nor "devant le Conseil"
        holders: dict[str, Speaker] = {}  # "le candidat", "l'archevêque de Rouen": the last person introduced as one
        stems = adjective_stems(head)
        incoming = any(self.rules.word_is("incoming", t) for t in self.doc[self.article_before(head).i + 1: head.i])
        leaving = {word[:6] for word in self.rules.referents.get("outgoing", ())} if incoming else set()
        countries = self.countries_of(head)

        def fits(name: str) -> bool:
            return self.may_hold(name, role) and not self.of_another_country(name, countries)
        for start, end, name in reversed(self.mentions[:bisect.bisect_left(self.mentions, (head.idx, ))]):
            if name not in holders and compatible(gender, self.genders.get(name, "")) and self.holds(name, role, specified, stems, leaving) \
                    and not self.of_another_country(name, countries):
                holders[name] = Speaker(name, "PER", start, end, False)  # (not "la ministre déléguée, X" for "le ministre")
        compatriots = {name: holder for name, holder in holders.items() if countries & self.role_countries.get(name, set())}
        holders = compatriots or holders  # "le président brésilien": the one introduced so, not "le président X" named since
        if holders:  # two foreign ministers: "le chef de la diplomatie marocaine" is the one introduced as Moroccan
            echoed = self.echoed(head, gender) if len(holders) > 1 else None
            if echoed is not None and echoed.name in holders:
                return holders[echoed.name]
            if self.current.name in holders and self.quoted_lately(head.idx, 1) and not self.named_since_quoted(head.idx, gender):
                return holders[self.current.name]  # two ministers: "la ministre" goes on with the one quoted just before
            return next(iter(holders.values()))
        current_fits = self.current.label == "PER" and compatible(gender, self.gender_of(self.current)) and fits(self.current.name)
        if has_complement:
            echoed = self.echoed(head, gender)
            if echoed is not None:
                return echoed
            generic = self.rules.word_is("generic_role", head) and not incoming
            if current_fits and (self.quoted_lately(head.idx, 0) or generic and self.quoted_lately(head.idx, 1) and not self.named_since_quoted(
                    head.idx, gender)):  # a generic role ("l'élue", "la responsable"): also in the paragraph before, no one named since
                return self.current  # "« ... », a lancé la maire. [¶] Dans son discours, l'élue divers droite a rendu hommage"
            person = self.next_person(head.idx, gender) if gender else Speaker()
            if person.name and not (fits(person.name) and self.may_be_apposed(person, role)):
                person = Speaker()  # "a répondu le ministre français. Son homologue italien, X, ...": not X
            introduces = head.head.i > head.i and any(getattr(self.entity_of.get(t.i), "label_", "") == "PER" for c in head.children
                                                      if c.dep_.startswith("nmod") for t in c.subtree)
            if not person.name and not introduces:  # "« ... », a confié le candidat d'En marche": the person named just
                # before; a role of someone named opening its clause introduces another ("l'avocat des parents de X a évoqué")
                person = self.last_person(head.idx, gender)
                varied = (not any(c.dep_.startswith("nmod") for c in head.children) or self.is_former(head) or self.of_a_constituency(head)) \
                    and self.just_named(head, gender).name == person.name \
                    and not self.of_another_country(person.name, countries)
                if person.name and (self._paragraph(person.start) != self._paragraph(head.idx) or not (fits(person.name) or varied)):
                    person = Speaker()  # "L'imam de la ville, X, ... L'archevêque de Rouen appelle": not X; "le défenseur brésilien" may be the captain
            if not person.name and not introduces:  # one named in this paragraph or the one before with a role it fits
                named = self.last_mention(head)
                if named.name and self.roles.get(named.name) and (fits(named.name) or self.of_a_constituency(head) and self._paragraph(
                        named.start) == self._paragraph(head.idx)):  # "l'élu de l'Aveyron" for "le sénateur LR Bernard X"; "la
                    return named  # députée du Val-de-Marne" for "la présidente du groupe LFI, X" just named
            return person if person.name else self.newly_named(head, role, incoming, gender) or self.named_later(head, role, specified, gender)
        if current_fits:
            return self.current
        person = self.last_person(head.idx, gender)
        mentioned = self.last_mention(head)
        if mentioned.name and self._paragraph(mentioned.start) == self._paragraph(head.idx) > self._paragraph(person.start or 0) \
                and fits(mentioned.name):
            person = mentioned  # "de l'Américain Spike Lee. Le réalisateur a dénoncé": named in this paragraph, not as a subject
        if not person.name or not fits(person.name):
            person = mentioned  # "conteste Me Sophie Kerbrat, conseil de la famille. L'avocate a rappelé"
        if person.name and fits(person.name):
            return person
        person = self.just_named(head, gender)
        if person.name and not self.of_another_country(person.name, countries):
            return self.took_office(person, role) if incoming else person
        return self.newly_named(head, role, incoming, gender) or self.named_later(head, role, specified, gender)

    def points_back(self, complement: Token) -> bool:
        """"de l'ONG", "de l'institution", "du groupe": a definite noun that may name any organisation, alone,
        points back to the body the article is about rather than telling which one ("La présidente de l'ONG" is
        the one introduced as "la présidente de Médecins du monde"; "le chef du gouvernement" is an office)."""
        return any(self.rules.word_is(kind, complement) for kind in ("generic_body", "company")) and complement.i not in self.entity_of \
            and any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "case" and "Def" in c.morph.get("Definite")
                    for c in complement.children) \
            and not any(c.dep_.startswith(("nmod", "amod")) for c in complement.children)

    def may_be_apposed(self, person: Speaker, role: str) -> bool:
        """The person is not set beside a noun that names them otherwise than ``role``: "Le président du
        tribunal a indiqué ... Le dernier repreneur, Antoine Bru, n'a pas pu" is not Antoine Bru."""
        ent = self.entity_of.get(self.token_at(person.start).i)
        noun = ent.root.head if ent is not None and ent.root.dep_ == "appos" else None
        return noun is None or noun.pos_ != "NOUN" or self.fills(role, self.role_key(noun))

    def newly_named(self, head: Token, role: str, incoming: bool, gender: str) -> Speaker | None:
        """"la nouvelle députée" no one was introduced as: the person last named as a subject, who
        now holds the role ("La candidate du RN, X, a remporté l'élection. « ... », a lancé la nouvelle
        députée"; "la députée élue" is X next)."""
        person = self.last_person(head.idx, gender) if incoming else Speaker()
        if not person.name or self._paragraph(head.idx) - self._paragraph(person.start) > 2:
            return None
        return self.took_office(person, role)

    def took_office(self, person: Speaker, role: str) -> Speaker:
        """The person a "nouveau" role names holds it from now on."""
        self.roles.setdefault(person.name, set()).add(role)
        return person

    def article_before(self, noun: Token) -> Token:
        """The word before the adjectives that open the noun's phrase, however the parse hangs them
        ("la nouvelle députée", the adjective read as the object): its article when it has one."""
        i = noun.i - 1
        while i > 0 and self.doc[i].pos_ == "ADJ":
            i -= 1
        return self.doc[max(i, 0)]

    def holds(self, name: str, role: str, specified: bool, stems: set[str], leaving: set[str]) -> bool:
        """The person was introduced with a role the designation fits ("la ministre de la Santé, X" for
        "la ministre"), or with the same noun and the adjective the designation repeats ("la ministre
        danoise des Affaires étrangères, X" for "la ministre danoise"); not with another adjective ("l'entraîneur
        rennais X" is not "l'entraîneur niçois"), nor as the one leaving when the designation is "le nouveau"
        ("le président sortant, X"). ``stems``: the designation's adjectives (adjective_stems()); ``leaving``:
        the stems of the outgoing adjectives when the designation is "le nouveau", else none."""
        adjectives = self.role_adjectives.get(name, set())
        if stems and adjectives and not stems & adjectives or leaving & adjectives:
            return False
        noun = role.split()[0]
        return noun in self.possessed_roles.get(name, ()) or any(
            self.fills(role, held, specified) or stems & adjectives and held.split()[0] == noun for held in self.roles.get(name, ()))

    def echoed(self, head: Token, gender: str) -> Speaker | None:
        """The one person named in this paragraph or the two before whose mentions (the first
        included) hold an adjective of the role's phrase: the press tells speakers apart by nationality
        or party ("Son homologue allemande, Karin X, ... a regretté la ministre allemande"; "la députée La
        France insoumise Léa X ... a répliqué l'élue insoumise"; "devant la Roumaine Elena X. [...] Mme
        X [...] la candidate roumaine")."""
        stems = adjective_stems(head)
        before = self.mentions[:bisect.bisect_left(self.mentions, (head.idx, ))] if stems else []
        recent = {name for start, _, name in before if self._paragraph(head.idx) - self._paragraph(start) <= 2
                  and compatible(gender, self.genders.get(name, ""))}
        found: dict[str, Speaker] = {}
        for start, end, name in reversed(before):
            if name not in recent or name in found or self.in_quote(self.token_at(start)):
                continue
            first, last = self.token_at(start), self.token_at(end - 1)
            sent = self.sent_of(first)
            apposed = [t for t in last.subtree if last.i < t.i <= last.i + 6]  # "X, ministre allemand", not the next clause's subject
            context = list(self.doc[max(sent.start, first.i - 8): first.i]) + apposed
            if any((t.pos_ in {"ADJ", "PROPN"} or t.is_title) and t.lower_[:6] in stems for t in context):  # "la Roumaine Elena X"
                found[name] = Speaker(name, "PER", start, end, False)
        return next(iter(found.values())) if len(found) == 1 else None

    def is_former(self, head: Token) -> bool:
        """"l'ancien ministre", "l'ex-président": a past role, which describes someone already known."""
        return head.lower_.startswith(FORMER_PREFIX) or any(
            c.dep_ == "amod" and c.i < head.i and self.rules.word_is("former", c) for c in head.children)

    def named_later(self, head: Token, role: str, specified: bool, gender: str) -> Speaker:
        """A role the article names only after, in this paragraph or the next: "a annoncé le
        procureur de la République de Lyon. [...] « ... », a déclaré le procureur, Thierry X" (the role
        said in full first, then by its noun); not a past role ("l'ancien patron du Trésor")."""
        if self.is_former(head):
            return Speaker()
        noun = role.split()[0]
        countries = self.countries_of(head)
        for start, end, name in self.mentions[bisect.bisect_left(self.mentions, (head.idx, )):]:
            if self._paragraph(start) - self._paragraph(head.idx) > 1:
                break
            if compatible(gender, self.genders.get(name, "")) and not self.of_another_country(name, countries) and any(
                    r == noun or self.fills(role, r, specified) for r in self.roles.get(name, ())):
                return Speaker(name, "PER", start, end, False)
        return Speaker()

    def named_since_quoted(self, before: int, gender: str) -> bool:
        """Someone of that gender other than the current source is named between its last quote and ``before``."""
        quoted = self.current_sentences[-1][0] if self.current_sentences else 0
        return any(name != self.current.name and compatible(gender, self.genders.get(name, ""))
                   for _, _, name in self.mentions[bisect.bisect_left(self.mentions, (quoted, )): bisect.bisect_left(self.mentions, (before, ))])

    def just_named(self, head: Token, gender: str, or_quoted: bool = False) -> Speaker:
        """The person named as the subject of this sentence or the one before (``or_quoted``: or
        quoted there), for a designation no rule resolved: the press varies how it calls one person
        ("L'avocate générale, Claire X, a requis vingt ans. Pour la magistrate, ..."; "Son capitaine,
        Dante, a tenu à relativiser. Selon le Brésilien, ...")."""
        since = self.previous_sentence_start(head)
        person = self.last_person(head.idx, gender)
        named = [(person.start, person)] if person.name and since <= person.start else []
        quoted = self.current_sentences[-1][0] if self.current_sentences and or_quoted else -1
        if self.current.label == "PER" and since <= quoted < head.idx and compatible(gender, self.gender_of(self.current)):
            named.append((quoted, self.current))
        return max(named, key=lambda found: found[0])[1] if named else Speaker()

    def source_renamed(self, head: Token) -> Speaker | None:
        """A role no rule resolved, in the sentence that quotes the current source or the one right
        after, is that source by another name when it says more than its noun
        after the quote it attributes ("La rapporteure, Agnès X, a rappelé que ... « ... », a souligné
        la députée des Yvelines") or is a former role ("l'ancien Premier ministre danois"): the press
        varies designations. Not a bare role ("« ... », a déclaré le procureur"), nor a role opening its
        sentence ("L'archevêque de Rouen appelle"), nor one who answers ("a rétorqué le directeur"),
        nor one introduced with the same noun and another complement ("le représentant du Soudan" for
        "le représentant de la France, X")."""
        if self.rules.word_is("reply", head.head):
            return None
        former = self.is_former(head)
        if self.current.label != "PER" or not self.current_sentences:
            # no source quoted yet: a former role describes the person named before ("sur un appel du directeur
            # général de l'OIT, X. « ... », a déclaré l'ancien Premier ministre togolais")
            named = self.last_mention(head) if former else None
            return named if named is not None and named.name else None
        specified = any((c.dep_.startswith("nmod") or c.dep_ == "amod") and c.i > head.i for c in head.children)
        verb = head.head
        after_quote = verb.i < head.i and self.speech_verb(verb) is not None and (any(
            self.in_quote(t) for t in self.doc[self.sent_of(verb).start: verb.i]) or self.comma_before(verb, self.sent_of(verb)) is not None)
        # (a quote in marks or a reported clause before the inverted verb: "La liste est prête, assure la responsable norvégienne")
        marked = any(rule["kind"] in {"according", "for"} and head.left_edge.idx - 2 <= match.end()
                     for rule, match in self.markers_in(head.left_edge.idx - 20, head.left_edge.idx))  # "Selon le statisticien"
        if not (former or specified and after_quote or marked):
            return None
        quoted = self.current_sentences[-1][0]
        anchor = self.quote_before(head)  # the sentence before the quote it attributes opened
        # (a quote over sentences or paragraphs: "jugé ses annonces « ... ». « ...¶« ... », a martelé l'éleveur de Saint-Gaudens")
        if not (self.previous_sentence_start(head) <= quoted or self.previous_sentence_start(anchor) <= quoted) or quoted >= head.idx \
                or not compatible(next(iter(noun_genders(head)), ""), self.gender_of(self.current)):
            return None
        noun = head._.lemma.lower()
        if not former and any(held.split()[0] == noun for held in self.roles.get(self.current.name, ())):
            return None  # (a past role may have the noun of the present one: "l'ancien président de la région")
        if not former:  # "le porte-parole du Vatican" again later
            self.roles.setdefault(self.current.name, set()).add(self.role_key(head))
        return self.current

    def quote_before(self, token: Token) -> Token:
        """The opening mark of the quote that an incise holding the token attributes ("« ... . ... », avait-il
        déclaré", "», a martelé l'éleveur"), else the token itself."""
        pair = next((p for p in reversed(self.pairs) if p.close is not None and p.close < token.idx), None)
        if pair is None or token.idx - pair.close > 40 or any(c in self.text[pair.close + 1: token.idx] for c in ".;:\n"):
            return token
        return self.token_at(pair.open)

    def previous_sentence_start(self, token: Token) -> int:
        """Character where the sentence before the token's starts (its own when it is the first)."""
        k = bisect.bisect_right(self.sent_starts, token.i) - 1
        return self.doc[self.sent_starts[max(0, k - 1)]].idx

    def is_epithet(self, head: Token) -> bool:
        """"« ... », a confié le double vainqueur de l'épreuve", "précise la jeune femme": a noun the
        lexicon knows as no role, body, document or title, with its article after the speech verb that
        follows a quote, or an epithet (referents of kind epithet), stands for the person the text is about."""
        if self.describes_a_person(head):  # "Le quinquagénaire a affirmé": anywhere
            return True
        verb = head.head
        if verb.i >= head.i or self.in_quote(verb) or self.speech_verb(verb) is None or any(
                self.rules.word_is(kind, head) for kind in ("role", "body", "document", "title")):
            return False
        return any(self.in_quote(t) for t in self.doc[self.sent_of(verb).start: verb.i])

    def describes_a_person(self, head: Token) -> bool:
        """An epithet or "l'intéressé" (referent kinds epithet and protagonist), whatever its tag."""
        return bool(self.rules.word_is("epithet", head) or self.rules.word_is("protagonist", head))

    def protagonist(self, head: Token) -> Speaker:
        """The first person the article names, of the noun's gender: the lead names whom it is about."""
        gender = next(iter(noun_genders(head)), "")
        return next((Speaker(name, "PER", start, end, False) for start, end, name in self.mentions
                     if start < head.idx and compatible(gender, self.genders.get(name, ""))), Speaker())

    def last_named(self, before: Token, accepts) -> Speaker:
        """The person last named before the token whose canonical name ``accepts``."""
        return next((Speaker(name, "PER", start, end, False) for start, end, name
                     in reversed(self.mentions[:bisect.bisect_left(self.mentions, (before.idx, ))]) if accepts(name)), Speaker())

    def introduced_as(self, noun: Token) -> Speaker:
        """"L'infirmière" after "Sandrine X, infirmière et secrétaire de la section CGT": the person last
        introduced with that noun for people."""
        gender, lemma = next(iter(noun_genders(noun)), ""), noun._.lemma.lower()
        return self.last_named(noun, lambda name: compatible(gender, self.genders.get(name, "")) and any(
            held.split()[0] == lemma for held in self.roles.get(name, ())))

    def known_as(self, person: Speaker, role: Token) -> Speaker:
        """The person a role resolved to, now known to be of the countries it names: "l'ancien ministre
        danois" makes "le Danois" them later (compatriot())."""
        if person.label == "PER":
            self.role_countries.setdefault(person.name, set()).update(self.countries_of(role))
        return person

    def compatriot(self, nationality: Token) -> Speaker:
        """The person last named whose roles give them the country of a nationality noun: "Le Danois a
        dénoncé" after "l'ancien ministre danois" and other speakers since."""
        country = (self.doc._.nationalities or {}).get(nationality.i)
        return self.last_named(nationality, lambda name: country in self.role_countries.get(name, ())) if country is not None else Speaker()

    def may_hold(self, name: str, role: str) -> bool:
        """A person introduced with another role ("le directeur, X") is not "le procureur"; a
        generic role ("la diplomate" for the minister) may name anyone introduced with a role, a
        broader one those of its domain ("le magistrat" for "le procureur, X")."""
        roles = self.roles.get(name, ())
        if not roles or any(self.fills(role, r) for r in roles):
            return True
        noun = role.split()[0]  # generic, but not "le représentant du Soudan" for "le représentant de la France, X"
        return bool(self.rules.is_a("generic_role", noun)) and not any(r.split()[0] == noun for r in roles)

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
        Secours populaire publie son rapport annuel"; the body whose members do: "Les chefs d'Etat de
        l'Union pour la Méditerranée ont adopté une déclaration finale" (read once, when a document
        needs its issuer)."""
        if self._published is None:
            self._published = []
            objects = [(self.doc[i], self.doc[i].head) for i in self.objects]
            objects += [(t, date.root.head) for date in self.doc.spans.get("dates", []) for d in date for t in d.children
                        if t.dep_ == "nmod" and t.i >= date.end]  # "ont adopté vendredi une déclaration", parsed as the date's
            for token, verb in objects:
                if verb.pos_ == "VERB" and self.rules.word_is("document", token):
                    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    issuer = self.entity_of.get(subject.i) if subject is not None else None
                    if issuer is None and subject is not None and self.names_people(subject):
                        issuer = next((e for t in subject.subtree if t.i > subject.i and (e := self.entity_of.get(t.i)) is not None
                                       and e.label_ == "ORG" and self.governed(e)), None)
                    if issuer is not None and issuer.label_ in SPEAKER_LABELS:
                        self._published.append((token.idx, self._entity_speaker(issuer)))
        return self._published

    @staticmethod
    def has_determiner(noun: Token) -> bool:
        return any(c.dep_ == "det" for c in noun.children)

    @staticmethod
    def has_demonstrative(head: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in head.children)

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

    def role_key(self, noun: Token, stop: int | None = None) -> str:
        """The role noun with its genitive complement, "archevêque de rouen" not "archevêque de
        paris" (also when the parse hangs it apart: "de l'Europe et des Affaires étrangères"; not
        "sur France Inter"), cut at token ``stop`` where a name after the noun starts ("le ministre
        de l'Intérieur Jean X"); with an adjective that makes another office ("premier ministre",
        referents of kind role_adjective)."""
        before = [t.lower_ for t in noun.children if t.dep_ == "amod" and t.i < noun.i and self.rules.is_a("role_adjective", t.lower_)]
        complements = [c for c in noun.children if (c.dep_.startswith("nmod") or c.dep_ == "conj" and c.i > noun.i)
                       and opens_with_de(c)]
        words, named = [], set()
        for t in (t for c in complements for t in c.subtree if not t.is_punct and (stop is None or stop < noun.i or t.i < stop)):
            entity = self.entity_of.get(t.i)
            if entity is not None and entity.start <= noun.i:
                entity = None  # a name the model read across the role ("Genève directrice générale de l'OIT")
            name = (entity._.canonical or entity.text).lower() if entity is not None else ""
            if entity is None:
                words.append(t.lower_)
            elif name not in named:  # "de la BCE" and "de la Banque centrale européenne (BCE)": one office
                named.add(name)
                words.append(name)
        return " ".join(before + [noun._.lemma.lower().removeprefix(FORMER_PREFIX)] + words).replace("' ", "'").replace("’ ", "'")

    def of_a_country(self, noun: Token) -> bool:
        """The role's complement is a country's name and nothing else: "du Mexique"."""
        entity = self.sole_complement_name(noun)
        return entity is not None and bool(entity._.country_code)

    def of_a_constituency(self, noun: Token) -> bool:
        """An elected role whose complement is a place within a country and nothing else, the seat: "la députée du
        Val-de-Marne", "le bourgmestre de Schaerbeek" name one introduced otherwise ("la présidente du groupe LFI, X");
        not "l'archevêque de Rouen" after "l'imam de la ville, X"."""
        if not self.rules.word_is("elected", noun):
            return False
        entity = self.sole_complement_name(noun)
        return entity is not None and entity.label_ == "LOC" and not entity._.country_code

    def sole_complement_name(self, noun: Token) -> Span | None:
        """The name the role's one "de" complement holds, when it holds nothing else."""
        complements = de_complements(noun)
        return self.named_only(complements[0]) if len(complements) == 1 else None

    def named_only(self, complement: Token) -> Span | None:
        """The name a complement holds when it holds nothing else (its preposition and article aside)."""
        entity = self.entity_of.get(complement.i)
        if entity is None or not all(t.i in range(entity.start, entity.end) or t.dep_ in {"case", "det"} for t in complement.subtree):
            return None
        return entity

    def countries_of(self, noun: Token) -> set[str]:
        """The countries a role names by a nationality after it or a country as its complement:
        "le président brésilien", "le représentant permanent de la France"."""
        nationalities = self.doc._.nationalities or {}
        found = {nationalities[t.i] for t in noun.subtree if noun.i < t.i < noun.i + 6 and t.i in nationalities}
        for complement in de_complements(noun):
            entity = self.entity_of.get(complement.i)
            if entity is not None and entity._.country_code and entity.label_ == "LOC":
                found.add(entity._.country_code)
        return found

    def of_another_country(self, name: str, countries: set[str]) -> bool:
        """The person's roles name countries and none of ``countries``: "le président brésilien"
        is not "le président français, X"."""
        held = self.role_countries.get(name)
        return bool(countries and held and not countries & held)

    def fills(self, role: str, held: str, specified: bool = False) -> bool:
        """A role the article calls someone by ("le chef de l'État chilien") fits one the person
        was introduced with ("le président chilien, X"): the same, or its first words; the same noun when the role
        says no more ("la ministre", "la nouvelle ministre" for "la ministre de la Santé, X"; not
        "le président ukrainien" for "le président du Conseil, X"); the same office by another
        name (offices.jsonl); a role the broader noun covers (broader_roles.jsonl)."""
        if role == held:
            return True
        words, held_words = role.split(), held.split()
        if words[0] == held_words[0]:  # "le président de la Banque" for "le président de la Banque africaine de développement, X"
            bare = not specified and all(self.rules.is_a("role_adjective", w) for w in words[:-1])  # "le premier secrétaire"
            complement = _without_articles(words)  # "le chef de mission" for "le chef de la mission, X"
            return bare and held_words[:len(words)] == words or not (specified or len(words) > 1) \
                or len(words) > 2 and _without_articles(held_words)[:len(complement)] == complement
        office, held_office = self.rules.named_by(self.rules.offices, role), self.rules.named_by(self.rules.offices, held)
        if office is not None and office == held_office:
            return True
        if held_office is not None and len(words) == 1 and not specified and any(  # "le ministre" for "le garde des Sceaux, X"
                name.split()[0] == fold(words[0]) for name, named in self.rules.offices.items() if named == held_office):
            return True
        noun = next((w for w in held_words if not self.rules.is_a("role_adjective", w)), held_words[0])  # "premier président"
        return noun in (self.rules.named_by(self.rules.broader, role, by_first_word=True) or ())

    def is_role(self, token: Token) -> bool:
        return bool(self.rules.word_is("role", token))

    def names_people(self, token: Token) -> bool:
        """A role or another noun for people: "le ministre", "l'infirmière", "l'éleveur"."""
        return self.is_role(token) or bool(self.rules.word_is("person", token))

    def describe(self, head: Token, tokens: list[Token] | None = None) -> Speaker:
        """The speaker a mention stands for: ``head`` is the mention's head token, ``tokens``
        its words when known (a marker's noun phrase)."""
        if (head.text == LAWYER_TITLE or head.lower_ in TITLES or head.lower_ == "maître") and head.i + 1 < len(self.doc):
            # "a dénoncé Me Hélène X", "a déclaré maître Bauer": the title parsed as the subject
            named = self.entity_of.get(head.i + 1)
            if getattr(named, "label_", "") == "PER":
                return self._entity_speaker(named)
            surname = self.doc[head.i + 1]  # "Me Sur", a surname the model did not read as a name: the lawyer named so before
            lawyer = next((name for start, _, name in reversed(self.mentions) if start < head.idx and name.split()[-1] == surname.text), None)
            if surname.is_title and lawyer is not None:
                return Speaker(lawyer, "PER", surname.idx, surname.idx + len(surname), False)
        word = head.lower_
        clitic = CLITIC.match(word)
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
        if self.rules.is_a("latter", word):
            latter = self.last_mention(head)
            return latter if latter.name else self.from_pronoun(head)
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
        misread = entity if entity is not None and self.role_read_as_name(head, entity) else None
        if misread is not None:
            entity = None
        if entity is not None and len(entity) == 1 and self.has_determiner(head) and self.rules.word_is("body", head) \
                and (entity._.canonical or entity.text) == entity.text and self.organisation_called(head, head.idx) is not None:
            entity = None  # "l'Autorité" after "l'Autorité de la concurrence": the body named before, called by its noun
        if entity is not None and entity.label_ in ("LOC", "MISC") and self.has_demonstrative(head):
            person = self.last_mention(head)  # "ce Gilet jaune du Vaucluse", read as a name by the model
            if person.name:
                return person
        if entity is not None and len(entity) == 1 and self.has_determiner(head):  # "le Taoiseach irlandais Leo Varadkar":
            apposed = [self.entity_of[c.i] for c in head.children if c.dep_ == "appos" and c.i in self.entity_of]  # a title read as a name
            if apposed and apposed[0].label_ == "PER":
                return self._entity_speaker(apposed[0])
        if entity is not None and entity.label_ in SPEAKER_LABELS + ("LOC", "MISC"):
            return self._entity_speaker(entity)
        appositions = [t for child in head.children if child.dep_ == "appos" for t in child.subtree]
        entities = [self.entity_of[t.i] for t in phrase + appositions if t.i in self.entity_of and not self.named_as_agent(t)
                    and self.entity_of[t.i] is not misread]
        # (not who interviewed: "un responsable, interrogé par l'AFP, a salué")
        is_document = bool(self.rules.word_is("document", head))
        governed = [e for e in entities if e.start > head.i and self.governed(e)]
        if not is_document:  # "l'entourage de X" speaks, not X; a document speaks for X ("un communiqué de X")
            entities = [e for e in entities if e not in governed]
        owned = possessive(head)
        if is_document and owned is not None and not entities:  # "selon ses dires": whom "ses" points to, the subject of
            # the verb it depends on first ("L'association « comprend », selon son communiqué"; "affirme X dans son rapport")
            owner = next((c for c in head.head.children if c.dep_ in SUBJECT and not self.in_quote(c)), None) \
                if head.head.pos_ in {"VERB", "AUX"} else None
            if owner is not None and (owner.pos_ == "PRON" or self.can_speak(owner)):
                return self.describe(owner)
            return self.from_pronoun(owned)  # (not "près de 3 000 tonnes se sont déversées, selon ses estimations")
        if self.has_demonstrative(head) and self.rules.word_is("person", head) and self.current.name and self.quoted_lately(head.idx, 0):
            return self.current  # "Selon un membre de la commission, ... D'après cette source, ..."
        if not entities and self.is_demonstrative(head) and not self.rules.word_is("body", head):
            person = self.last_mention(head)
            if person.name and self.current.name and not self.current.label and (self.current.start or -1) > (person.start or 0) \
                    and self.quoted_lately(head.idx, 0):
                return self.current  # "..., a fait savoir un responsable de l'Otan. Ce responsable assure": the source just quoted
            if person.name:
                return person
            if self.current.name and not self.current.label and self.quoted_lately(head.idx, 0):
                return self.current  # "a reconnu un sherpa européen. Selon ce diplomate, ..."
        for label in (("ORG", "PER", "LOC", "MISC") if is_document else ("PER",)):
            for ent in entities:
                if ent.label_ == label:
                    speaker = self._entity_speaker(ent)
                    speaker.is_source = speaker.is_source or is_document
                    if is_document:
                        self.issuers.append((head.idx, speaker))
                    return speaker
        plural_texts = "Plur" in head.morph.get("Number") and not any(c.dep_.startswith("nmod") for c in head.children)
        phrase_indices = {t.i for t in phrase}
        if is_document:  # "l'arrêté signé par le préfet", "selon les résultats publiés par la Generalitat"
            issuer = next((self.describe(a) for c in head.children if c.dep_ == "acl" and self.rules.word_is("issuing", c)
                           for a in c.children if a.dep_ == "obl:agent" and self.can_speak(a)), Speaker())
            if issuer.name:
                self.issuers.append((head.idx, issuer))
                return issuer
        if is_document and not plural_texts:  # "X a publié un communiqué qui annonce": X; else the source quoted
            # before; texts in the plural ("selon les rapports", "d'autres études affirment") are no one's but their own
            verb = head.head if head.dep_ in {"obj", "nsubj:pass"} and head.head.pos_ == "VERB" else None
            issuer = Speaker()
            if verb is not None and verb.i not in self._issuing:  # "X a publié un communiqué qui annonce": X
                self._issuing.add(verb.i)  # not back to the communiqué: "« ... », précise le communiqué"
                issuer = self.subject(verb)
                self._issuing.discard(verb.i)
            body = next((c for c in head.children if c.dep_.startswith("nmod") and c.i in phrase_indices and self.rules.word_is("body", c)), None)
            called = self.describe(body) if body is not None and issuer.label not in SPEAKER_LABELS else Speaker()
            if called.start is not None and self.token_at(called.start).i in self.entity_of:
                issuer = called  # "le dernier rapport de l'agence": the agency named before, not a phrase
            if issuer.label in SPEAKER_LABELS:
                self.issuers.append((head.idx, issuer))
                return issuer
            earlier = [found for found in sorted(self.issuers + self.published(), key=lambda found: found[0]) if found[0] < head.idx]
            body_since = self.current.label == "ORG" and bool(earlier) and self.current_sentences[-1][0] > earlier[-1][0] \
                and self.quoted_lately(head.idx, 0)  # a body quoted in this paragraph since: "Le ministère a dénoncé ... « ... », ajoute le texte"
            if earlier and not body_since and self.has_determiner(head) and not de_complements(head):  # (not "par ailleurs")
                return earlier[-1][1]  # "indique le communiqué": the issuer of the communiqué named before, not the source quoted since
            if self.source.name or self.current.name:
                return self.source if self.source.name else self.current
            named = self.last_organisation(head.idx)  # "X a publié un communiqué. « ... », indique le texte"
            if named.name and self._paragraph(named.start) >= self._paragraph(head.idx) - 1:
                return dataclasses.replace(named, is_source=True)
        has_complement = any((t.dep_.startswith("nmod") or t.dep_ == "amod") and not is_age(t) and t.i in phrase_indices
                             and not (self.rules.word_is("body", head) and self.is_descriptive(t)) and not self.spoken_to(t) for t in head.children)
        # ("l'organisation de défense des droits humains" tells what the body does, not which one it is)
        definite = any(t.dep_ == "det" and t.lower_ in {"le", "la", "les", "l'", "l’", "ce", "cet", "cette"} or t.dep_ == "case" and "Def" in t.morph.get("Definite")
                       for t in head.children) or self.article_before(head).lower_ in DEFINITE  # "au ministère" is "à le ministère"
        singular = "Plur" not in head.morph.get("Number") or any(c.dep_ == "det" and "Sing" in c.morph.get("Number") for c in head.children)
        # ("l'ONG", which the tagger calls plural)
        if definite and singular and not any(e.label_ == "PER" for e in entities):
            if self.rules.word_is("role", head):
                person = self.from_role(head, has_complement)
                if not person.name:
                    person = self.same_office_quoted(head)
                if person.name:
                    return self.known_as(person, head)
            described_firm = has_complement and not any(t.dep_.startswith("nmod") for t in head.children) and bool(
                self.rules.word_is("company", head))  # "le constructeur européen": Airbus, named before
            described = self.described_organisation(head) if has_complement and not described_firm else None
            members = any("Plur" in c.morph.get("Number") for c in de_complements(head))
            if described is None and has_complement and not members and fold(head.lower_) in self.rules.broader_bodies:
                # "la haute juridiction": the Cour de cassation; not "la fédération des éleveurs irlandais", a body of its own
                described = self.organisation_called(head, head.idx)
            if described is not None:
                return described
            if described_firm or not has_complement and self.rules.word_is("body", head):
                inverted = head.head.i < head.i and head.head.pos_ == "VERB"  # "..., conclut l'agence": not one named in what it says
                before = self.sent_of(head).start_char if inverted else head.idx
                # "le journal": the organisation named last as a subject ("X a révélé ... chez le tailleur Y. Le journal précise"), else named last
                candidates = (self.organisation_called(head, before), self.firm_just_named(head, before),
                              self.last_organisation(before, self.subject_organisations), self.last_organisation(before))
                named = next((c for c in candidates if c is not None and c.name and self.may_be_called(c, head)), Speaker())
                if not named.name and inverted and self.rules.word_is("generic_body", head):  # the lead: "Une mission du FMI a achevé ..., a indiqué l'institution"
                    in_sentence = [e for e in self.entities if e.label_ == "ORG" and before <= e.start_char and e.end <= head.i
                                   and self.entity_of.get(e.start) is e and not self.in_quote(e[0])]
                    named = next((c for c in map(self._entity_speaker, reversed(in_sentence)) if self.may_be_called(c, head)), Speaker())
                if named.name and (self.source.start is None or named.start > self.source.start):
                    return named
                if self.source.name and self.source.label != "PER" and self.may_be_called(self.source, head):
                    return self.source
                if named.name:  # "l'association": not the source quoted last when it is an "Autorité"
                    return named
        if entities and not self.rules.word_is("role", head):
            return self._entity_speaker(entities[0])
        if head.pos_ not in {"NOUN", "PROPN"} and not (self.describes_a_person(head) or head.pos_ == "ADJ" and self.has_determiner(head) and (
                head.dep_ in {"ROOT", "obj"} or head.dep_ in SUBJECT and (self.is_role(head) or head.i in self.doc._.nationalities))):
            # ("la principale, qui ..., dit"; "L'Allemande a estimé", tagged as an adjective; not "quinquagénaire", "intéressé"
            # tagged as adjectives; "Un principal de collège, interrogé, confie", the noun read as an adjective the parse makes the
            # root; "», a raconté un volontaire", its object)
            return Speaker()
        if definite and singular and (head.pos_ == "PROPN" or head.i in self.doc._.nationalities) and head.is_title \
                and head.i not in self.entity_of and not appositions \
                and (head.i + 1 == len(self.doc) or head.nbor().pos_ != "PROPN"):  # not "le Français Jimmy X"
            gender = next(iter(noun_genders(head)), "")
            person = self.just_named(head, gender, or_quoted=True)  # "selon le Norvégien": a nationality, no name
            if person.name and self.of_another_country(person.name, {self.doc._.nationalities.get(head.i)} - {None}):
                person = Speaker()  # "l'Italienne X a jugé ... L'Allemande a estimé": not X
            if not person.name:
                person = self.compatriot(head)
            if not person.name:  # "Lucía X, secrétaire d'Etat espagnole : « ... » La Française a répondu": the one of no other country
                person = self.last_named(head, lambda name: compatible(gender, self.genders.get(name, "")) and not self.role_countries.get(name))
            if person.name:
                return person
        if definite and singular and self.rules.word_is("protagonist", head):
            person = self.protagonist(head)  # "l'intéressé": the person the article is about, not the lawyer named since
            if person.name:
                return person
        if definite and singular and not any(self.entity_of[t.i].label_ in SPEAKER_LABELS + ("LOC", ) for t in phrase if t.i in self.entity_of) \
                and self.is_epithet(head):  # ("la lauréate du prix Nobel de la paix": a prize, no one else)
            # the person the text is about: the last named as a subject nearby, else the last named, else for an epithet
            # the first the article names ("le quadragénaire" after a paragraph of witnesses)
            person = self.last_person(head.idx, next(iter(noun_genders(head)), ""))
            if not person.name or self._paragraph(head.idx) - self._paragraph(person.start) > 1:
                person = self.last_mention(head)
            if not person.name and self.describes_a_person(head):
                person = self.protagonist(head)
            if person.name:
                return person
        if definite and singular and self.rules.word_is("person", head) and not self.is_role(head):
            person = self.introduced_as(head)
            if person.name:
                return person
        if definite and singular and self.names_people(head):  # "a martelé l'éleveur de Saint-Gaudens"
            varied = self.source_renamed(head)
            if varied is not None:
                return self.known_as(varied, head)
        if definite and not singular and self.names_people(head):
            body = self.members_of(head)
            if body is not None:
                return body
        words = [t for t in phrase if t.pos_ not in {"DET"} and t.dep_ != "det"]
        while words and words[-1].pos_ == "ADP":  # "qualifié par la police de « ... »": not "police de"
            words.pop()
        if not words:
            return Speaker()
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        group = self.rules.word_is("body", head)  # "l'entourage de X"
        return Speaker(normalise(self.text[start:end]), "ORG" if group else "", start, end, False)

    def same_office_quoted(self, head: Token) -> Speaker:
        """The source quoted in this paragraph, known only by a role, when the role names the same
        office: "Le président de la République a salué « ... ». « ... », écrit le chef de l'Etat"."""
        if self.current.label or self.current.start is None or not self.quoted_lately(head.idx, 0):
            return Speaker()
        first, last = self.token_at(self.current.start), self.token_at(self.current.end - 1)
        source = self.phrase_head(list(self.doc[first.i: last.i + 1]))
        if source.i == head.i or not self.is_role(source):
            return Speaker()
        role, held = self.role_key(head), self.role_key(source)
        return self.current if self.fills(role, held) or self.fills(held, role) else Speaker()

    def members_of(self, head: Token) -> Speaker | None:
        """The organisation named before whose members speak together: "les experts du comité" (a noun
        of its name after them), "les magistrats" for the Cour (broader_bodies.jsonl)."""
        body = next((c for c in de_complements(head) if c.pos_ == "NOUN" and c.i not in self.entity_of), None)
        if body is not None:
            return self.organisation_called(body, head.idx)
        return self.organisation_called(head, head.idx) if fold(head.lower_) in self.rules.broader_bodies else None

    def described_organisation(self, head: Token) -> Speaker | None:
        """A body noun with only adjectives after it names the organisation just named as a subject,
        in this sentence or the one before: "Le Medef a appelé ... « ... », a prévenu l'organisation
        patronale"; "L'OMS a annoncé ... D'autres lots doivent suivre, a précisé l'agence onusienne";
        not "selon le journal officiel" with no such organisation."""
        if not self.rules.word_is("body", head) or self.rules.word_is("institution", head) or any(
                not (self.is_seat(c) or self.is_descriptive(c)) for c in de_complements(head)):
            return None  # (not "l'organisation de X"; "dans un communiqué" may hang here; "l'institution de Francfort" is its seat,
            # "l'agence européenne de coopération policière" what it does)
        since = self.previous_sentence_start(head)
        subjects = [ent for start, ent in self.subject_organisations if since <= start < head.idx]
        named = self._entity_speaker(subjects[-1]) if subjects else None
        return named if named is not None and self.may_be_called(named, head) else None

    def speaking_apposition(self, subject: Token) -> Token:
        """A subject noun that cannot speak, with one in apposition that can: the apposed noun ("Côté
        américain, un responsable du département d'Etat a salué", the parse making "Côté" the subject)."""
        if subject.pos_ != "NOUN" or self.can_speak(subject):
            return subject
        return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN" and self.can_speak(c)), subject)

    def named_as_agent(self, token: Token) -> bool:
        """The token is in a name a passive's agent gives: "par l'AFP"; "interrogée par l'agence Reuters",
        the agency after its noun, when it asked (not "une étude publiée par la revue Nature": its issuer)."""
        entity = self.entity_of.get(token.i)
        if self.par_before(entity.start if entity is not None else token.i) is not None:
            return True
        root = entity.root if entity is not None else token
        agent = root if root.dep_ == "obl:agent" else root.head if root.dep_.startswith("nmod") else None
        return agent is not None and agent.dep_ == "obl:agent" and any(
            self.rules.word_is(kind, agent.head) for kind in ("interviewing", "relaying"))

    def is_descriptive(self, complement: Token) -> bool:
        """A "de" complement that tells what a body does, naming no one: "de défense des droits humains"
        (not "de la République")."""
        return complement.pos_ == "NOUN" and opens_with_de(complement) and "Plur" not in complement.morph.get("Number") \
            and not any(t.i in self.entity_of or not t.is_lower and t.is_alpha or self.rules.word_is("body", t) for t in complement.subtree) \
            and not self.is_role(complement)

    def is_seat(self, complement: Token) -> bool:
        """A complement that is only a place's name: the seat in "l'institution de Francfort"."""
        entity = self.named_only(complement)
        return entity is not None and entity.label_ == "LOC"

    @staticmethod
    def group_of_one(token: Token) -> Token | None:
        """"manifestants" for "un des manifestants"."""
        if token.lower_ not in ONE_OF or token.pos_ not in {"PRON", "NUM"}:
            return None
        return next((c for c in token.children if c.dep_.startswith("nmod") and c.i > token.i), None)

    def apposed_name(self, phrase: list[Token]) -> Speaker | None:
        """The person named right after a phrase with a role noun: "le maire, Jean X", "les propos
        du directeur de cabinet du président du syndicat, Jean X"; the name right after a body noun's
        phrase: "l'agence de presse de l'État islamique, Amaq,"."""
        end = phrase[-1].i + 1 if phrase else 0
        if end and phrase[-1].i in self.entity_of:  # a long name the phrase cut short
            end = max(end, self.entity_of[phrase[-1].i].end)
        participle = self.doc[end] if phrase and end < len(self.doc) else None
        if participle is not None and participle.dep_ == "acl" and "Part" in participle.morph.get("VerbForm") and participle.head in phrase:
            # "la procureure de la juridiction chargée de la lutte contre la criminalité organisée (Junalco), X"
            end = next((t.i for t in self.doc[end: participle.right_edge.i + 1] if t.text == ","), participle.right_edge.i + 1)
        if phrase and end < len(self.doc) and self.doc[end].text == "(":  # "le secrétaire général de l'OTAN (OTAN), X"
            end = next((t.i + 1 for t in self.doc[end: min(len(self.doc), end + 8)] if t.text == ")"), end)
        def past_modifiers(end: int, roles: bool) -> int:  # an adjective the parse hangs elsewhere: "le cosmonaute russe
            # Oleg X"; with ``roles``, a role noun that goes on with the title too: "la représentante permanente adjointe"
            while end < len(self.doc) and end not in self.entity_of and (self.doc[end].pos_ == "ADJ" or roles and self.doc[end].is_lower
                                                                         and self.is_role(self.doc[end]) and not self.has_determiner(self.doc[end])):
                end += 1
            return end
        if phrase:
            end = past_modifiers(end, roles=True)
        if phrase and end < len(self.doc) and self.doc[end].pos_ in {"ADP", "ADV"}:  # a complement the parse hangs elsewhere:
            stop = min(len(self.doc), end + 8)  # "l'ambassadrice des États-Unis auprès de l'ONU, X"
            past = next((t.i for t in self.doc[end: stop] if t.text == "," or t.pos_ not in COMPLEMENT_TAGS
                         or getattr(self.entity_of.get(t.i), "label_", "") == "PER"), stop)
            end = past if past < stop and self.doc[past].text == "," else end
        if phrase:
            end = past_modifiers(end, roles=False)  # after a complement too: "le ministre de la Défense israélien Yoav X"
        after = self.doc[end: end + 3] if phrase else ()
        named = self.entity_of.get(after[0].i) if after else None
        if named is not None and named.label_ in {"ORG", "MISC"} and phrase[-1].pos_ in {"NOUN", "ADJ"} and any(
                self.rules.word_is("body", t) for t in phrase):
            return self._entity_speaker(named)  # "le quotidien britannique The Independent", the name cut off by the parse
        if named is not None and named.label_ == "PER" and named.start == after[0].i and any(self.is_role(t) or t.pos_ == "NOUN" and not any(
                self.rules.word_is(kind, t) for kind in ("body", "document", "medium")) for t in phrase):
            return self._entity_speaker(named)  # "avertit le géologue Levent X", "le cosmonaute russe Oleg X", the name parsed apart
        if len(after) < 2 or after[0].text != ",":
            return None
        titled = len(after) == 3 and after[1].pos_ == "DET" and (self.is_role(after[2]) or after[2].is_title and after[2].i not in self.entity_of
                                                                  or after[2].pos_ == "NOUN" and self.person_after(after[2]) is not None)
        # ", le docteur X", ", la Sénégalaise X": the title or the nationality is not the name
        at = after[2].i + 1 if titled else after[1].i
        if not titled and at + 1 < len(self.doc) and (self.doc[at].lower_ in TITLES or self.doc[at].text == LAWYER_TITLE):
            at += 1  # ", Me Elodie X", ", M. Paul X"
        if titled and at not in self.entity_of and self.person_after(after[2]) is not None and any(self.is_role(t) for t in phrase):
            return self._entity_speaker(self.person_after(after[2]))  # "la coprésidente du groupe, la climatologue néerlandaise Ingrid X"
        if titled and getattr(self.entity_of.get(at), "label_", "") != "PER" and self.is_role(after[2]) and any(self.is_role(t) for t in phrase):
            title = self.noun_phrase(after[2])  # "sa cheffe, la commissaire divisionnaire Valérie X"; "le rapporteur, le député MoDem X"
            named = next((self.entity_of[t.i] for t in title if t.i > after[2].i and getattr(self.entity_of.get(t.i), "label_", "") == "PER"), None)
            return self._entity_speaker(named) if named is not None else self.apposed_name(title)
            # "son président, le ministre turc de l'Environnement, X"
        if at not in self.entity_of or titled and self.entity_of[at].label_ != "PER":
            return None
        name = self.entity_of[at]
        if name.label_ == "PER" and any(self.names_people(t) for t in phrase) or name.label_ in {"ORG", "MISC"} and any(
                self.rules.word_is("body", t) for t in phrase):
            return self._entity_speaker(name)
        return None

    def person_after(self, noun: Token) -> Span | None:
        """The person named right after a noun and its adjectives: "la climatologue néerlandaise Ingrid X"."""
        for token in self.doc[noun.i + 1: min(len(self.doc), noun.i + 4)]:
            entity = self.entity_of.get(token.i)
            if entity is not None:
                return entity if entity.label_ == "PER" and entity.start == token.i else None
            if token.pos_ != "ADJ" and not token.is_lower:  # (an adjective the tagger may call a name: "néerlandaise")
                return None
        return None

    def name_in_marks_after(self, phrase: list[Token]) -> Speaker | None:
        """The name given in marks right after a noun for a speaker: "le site internet « Union 84 »"."""
        if not phrase or phrase[-1].i + 2 >= len(self.doc) or self.doc[phrase[-1].i + 1].text not in OPENING_MARKS \
                or not any(self.can_speak(t) for t in phrase):
            return None
        if not self.can_speak(phrase[-1]) and any(self.names_people(t) for t in phrase):
            return None  # the title of what a person does: "l'ancien présentateur de l'émission « Ushuaïa »"
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
        "l'Autorité de régulation de la publicité", even named as a complement; not one nested in a
        longer name (the United Nations of "Haut-Commissariat des Nations unies ...")."""
        for ent in reversed(self.entities):
            if ent.label_ == "ORG" and ent.end_char <= before and self.entity_of.get(ent.start) is ent and not self.in_quote(ent[0]) \
                    and self.name_fits(ent._.canonical or ent.text, noun):
                return self._entity_speaker(ent)
        return None

    def name_fits(self, name: str, noun: Token) -> bool:
        """The name holds the noun ("l'autorité" for "l'Autorité de régulation"), or starts with a word
        the noun covers as a kind of body (broader_bodies.jsonl: "la juridiction" for "la Cour des comptes")."""
        words = [w.lower() for w in WORD.findall(name)]
        first = HYPHENED_WORD.match(name.lower())  # "haut-commissariat", one word
        covered = self.rules.broader_bodies.get(fold(noun.lower_), ())
        return noun.lower_ in words or bool(words) and (words[0] in covered or first is not None and first.group() in covered)

    def firm_just_named(self, noun: Token, before: int) -> Speaker | None:
        """"le groupe", "l'entreprise": the organisation named in this sentence or the one before,
        even as a complement ("La direction de TotalEnergies conteste. Dans un communiqué, le groupe affirme")."""
        if not self.rules.word_is("company", noun):
            return None
        since = self.previous_sentence_start(noun)
        named = [e for e in self.entities if e.label_ == "ORG" and since <= e.start_char < before and not self.in_quote(e[0])]
        return self._entity_speaker(named[-1]) if named else None

    def may_be_called(self, source: Speaker, noun: Token) -> bool:
        """A named organisation may be called "l'association", "le gouvernement", unless its name
        holds another such noun ("l'Autorité de régulation" is not "l'association"); a source known
        only by its noun phrase only by its own noun ("la préfecture" is not "le gouvernement")."""
        words = WORD.findall(source.name.lower())
        if self.name_fits(source.name, noun) or self.rules.word_is("generic_body", noun) and source.label == "ORG":
            return True  # "l'institution" may be the Fonds monétaire international, though "fonds" is a body noun too
        if self.rules.word_is("institution", noun):  # "la préfecture" is no other organisation
            return False
        if source.start is None or self.token_at(source.start).i in self.entity_of:
            return not any(self.rules.is_a("body", w) for w in words)
        return False

    def noun_phrase(self, head: Token) -> list[Token]:
        """The mention's words: its subtree, cut before a comma, a relative clause or a verb."""
        left = [t for t in head.lefts if t.dep_ in {"det", "amod", "nummod", "flat:name", "compound"} and self.speech_verb(t) is None]
        # (not "alerte" of "..., alerte la commission", the verb the parse hangs on its subject)
        words = [t for t in left if t.i >= head.i - 4] + [head]
        for token in self.doc[head.i + 1: min(head.right_edge.i + 1, head.i + 10)]:
            after_preposition = words[-1].lower_ in GOVERNED and token.pos_ != "PUNCT"  # "le candidat d'En marche"
            if token.text in {",", "(", ";", ":"} or not after_preposition and token.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "PUNCT"} \
                    or token.lower_ in CIRCUMSTANCES or self.medium_spoken_to(token) is not None or self.verb_read_as_noun(token):
                break  # "a annoncé l'Alliance dans un communiqué": the Alliance; "L'organisation juge que": the organisation
            words.append(token)
        return sorted(words, key=lambda t: t.i)

    def verb_read_as_noun(self, token: Token) -> bool:
        """A speech verb the tagger reads as a noun, before what it reports: "juge" in "L'organisation juge que"."""
        return token.pos_ == "NOUN" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ in QUE \
            and bool(self.rules.verb_entries(token))

    def spoken_to(self, complement: Token) -> bool:
        """"à l'AFP" of "a déclaré l'opposant à l'AFP": an organisation after "à" hung on the speaker the speech verb
        before it inverts is whom the words were said to, not part of the speaker's phrase."""
        speaker = complement.head
        return complement.dep_.startswith("nmod") and getattr(self.entity_of.get(complement.i), "label_", "") == "ORG" \
            and any(c.dep_ == "case" and c.lower_ in {"à", "au"} for c in complement.children) \
            and speaker.head.i < speaker.i and self.speech_verb(speaker.head) is not None

    def medium_spoken_to(self, token: Token) -> Token | None:
        """The medium noun after "à", "au": who is spoken to, not part of the speaker's phrase ("un
        volontaire au quotidien El Universal")."""
        if token.lower_ not in {"à", "au", "aux"}:
            return None
        noun = next((t for t in self.doc[token.i + 1: token.i + 3] if t.pos_ != "DET"), None)
        return noun if noun is not None and self.rules.word_is("medium", noun) else None

    def named_before(self, tokens) -> Speaker | None:
        """The first person (else organisation) named in ``tokens`` outside marks and not
        governed by a preposition: the subject and its appositions."""
        for label in SPEAKER_LABELS:
            for token in tokens:
                ent = self.entity_of.get(token.i)
                if ent is not None and ent.label_ == label and not self.in_quote(token) and not any(
                        c.dep_ == "case" and c.i < ent.start for t in ent for c in t.children) and self.doc[ent.start - 1].lower_ not in {
                        "de", "du", "des", "d'", "d’", "à", "par", "avec", "pour", "("} and not self.member_listed(ent) \
                        and not self.named_as_agent(token) and not self.governed(ent) and not self.role_read_as_name(token, ent) \
                        and not (label != "PER" and ent.root.head.i < ent.start and self.is_role(ent.root.head)):
                    # not "(Junalco), Anne X", "interrogée par l'agence X", "Le délégué CFDT" (the role speaks)
                    return self._entity_speaker(ent)
        return None

    def role_read_as_name(self, head: Token, entity: Span) -> bool:
        """"le locataire de Matignon", "la Médiatrice", "La Défenseure", "le Directeur général" the model reads as a name: a role."""
        return self.is_role(head) and (head.is_lower or self.has_determiner(head) and all(t.is_lower for t in entity if t.i != head.i))

    def member_listed(self, ent: Span) -> bool:
        """Named among a group's members: "une vingtaine d'associations, dont la Cimade et la LDH, jugent"."""
        for token in reversed(self.doc[max(0, ent.start - 8): ent.start]):
            if token.text == ",":
                return False
            if token.lower_ == "dont":
                return True
        return False

    def subject(self, verb: Token, depth: int = 0, inverted: bool = False) -> Speaker:
        """Who says it: the clitic or inverted subject after the verb, its subject, the agent
        of a passive, or (for "ajoutant", "Et d'ajouter") the subject of the clause above.
        ``inverted``: the cue follows the quote ("», lance un manifestant"), whatever its tag."""
        for token in list(self.doc[verb.i + 1: verb.i + 3]) + self.clitic_before(verb):
            if CLITIC.match(token.lower_):
                said = self.describe(token)
                place = self.where_said(token) if self.rules.is_a("impersonal", CLITIC.match(token.lower_).group(1)) else None
                return place if place is not None and (place.label or not said.name) else said
        latter = next((t for t in self.doc[verb.i + 1: verb.i + 3] if self.rules.is_a("latter", t.lower_)), None)
        if latter is not None:  # "a répondu celle-ci", whatever the parse makes of it
            return self.describe(latter)
        passed_on = self.words_of(verb) or self.voice_of(verb)
        if passed_on is not None:
            return passed_on
        entry = self.speech_verb(verb)
        rest = [verb.head] if entry is not None and verb.i < verb.head.i <= verb.i + len(entry.rest) else []
        # ("l'entreprise fait valoir que", parsed with "valoir" as the verb)
        subjects = [c for governor in [verb] + rest for c in governor.children if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} and not self.in_quote(c)
                    and c.pos_ != "VERB" and not any(g.dep_ == "case" and g.pos_ == "ADP" for g in c.children) and not self.in_date(c)
                    and not (c.lower_ in OBJECT_CLITICS and c.i > 0 and self.doc[c.i - 1].text == ",")]
        # not "Rencontrée dans sa loge," nor "de son côté", nor "le 20 mars", which the parse may make the subject, nor the
        # object of an incise ("« ..., lui a répondu X. »")
        if not subjects:  # a name in marks: "le site « Union 84 » a publié", whether the parse makes it the subject or not
            i = verb.i - 1
            while i > 0 and self.doc[i].pos_ in {"AUX", "ADV"} and not self.in_quote(self.doc[i]):
                i -= 1
            inside = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and self.in_quote(c) and not any(
                t.text == "," and not self.in_quote(t) for t in self.doc[c.i: verb.i])] + (  # not "« Chaque batterie compte », a déclaré X"
                [self.doc[i - 1]] if i > 0 and self.doc[i].text in CLOSERS else [])
            named = next((n for c in inside if (n := self.marked_name(c)) is not None), None)
            if named is not None:
                return named
        if "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm"):  # "X n'a confirmé que le blocage, reconnaissant":
            subjects = [c for c in subjects if not any(t.text == "," for t in self.doc[c.i: verb.i])]  # X, not "blocage"
        for aux in verb.children:
            if aux.dep_.startswith("aux") and not self.in_quote(aux):  # not the quote's own "a" the parse hangs here
                subjects += [c for c in aux.children if c.dep_ == "nsubj" and c.i < verb.i]  # not "a expliqué l'appel"
        auxiliary = self.auxiliary_before(verb) if "Part" in verb.morph.get("VerbForm") or not verb.morph.get("VerbForm") else None
        if not subjects and auxiliary is not None and auxiliary.head != verb:  # "Moscou a de son côté jugé", the participle
            subjects = [c for c in auxiliary.children if c.dep_ == "nsubj" and c.i < auxiliary.i and not self.in_quote(c)]  # hung on "côté"
        incise = self.inverted_incise(verb, subjects)
        if incise is not None:
            return self.describe(incise)
        if not subjects:  # "Le représentant du Soudan, invité à s'exprimer, a dénoncé": the parse hangs the subject on the incise
            subjects = [s for c in verb.children if c.i < verb.i and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")
                        and not any(a.dep_.startswith("aux") for a in c.children) and self.doc[c.i - 1].text == ","
                        for s in c.children if s.dep_ == "nsubj" and s.i < c.i and not self.in_quote(s)]
        agents = [c for c in verb.children if c.dep_ == "obl:agent" and not self.in_quote(c) and c.i > verb.i
                  and not self.rules.word_is("interviewing", verb)]  # not "X, joint par téléphone, décrit"; not "interrogé par l'AFP"
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
        if subjects and any(c.dep_ == "aux:pass" for c in verb.children) and not self.can_speak(subjects[0]):
            return Speaker()  # "le montant des réparations est estimé à « ... »": what is said, not who says it
        if subjects and subjects[0].lower_ in {"qui", "lequel", "laquelle"}:  # "X, qui estimait que ...": the antecedent
            before = [t for t in self.doc[max(0, subjects[0].i - 3): subjects[0].i] if t.text != ","]
            antecedent = verb.head if verb.dep_ == "acl:relcl" and verb.head.pos_ in {"NOUN", "PROPN"} else before[-1] if before else None
            if antecedent is not None and before and before[-1].i in self.entity_of and not any(
                    self.rules.word_is(kind, antecedent) for kind in ("role", "body", "person", "document")):
                antecedent = before[-1]  # "en présence de la France, qui estime": France, however the parse hangs "qui"
            while antecedent is not None and antecedent.dep_.startswith("nmod") and antecedent.head.pos_ in {"NOUN", "PROPN"} \
                    and getattr(self.entity_of.get(antecedent.i), "label_", "") == "LOC" and any(
                        self.rules.word_is(kind, antecedent.head) for kind in ("role", "body", "person")):
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
            if pick.lower_ in EUPHONIC_T:
                nxt = self.doc[pick.i + 1] if pick.i + 1 < len(self.doc) else pick
                pick = nxt
            return self.describe(self.speaking_apposition(pick))
        untagged = not verb.morph.get("VerbForm") or verb.pos_ == "NOUN" and verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].lower_ in QUE
        # "a twitté" read as a name; "Un diplomate européen juge que", "juge" read as a noun
        finite = inverted or is_finite(verb) or (untagged or "Part" in verb.morph.get("VerbForm")) and auxiliary is not None
        # "a tweeté" tagged X, its auxiliary too; "a fait savoir", the parse hanging "a" on "savoir"
        if not finite and verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm") and verb.head.i < verb.i:
            finite = is_finite(verb.head)  # "», a tenu à tempérer X": X speaks
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
            nominal = token.pos_ in {"NOUN", "PROPN"} or token.pos_ == "ADJ" and token.dep_ != "amod" and self.has_determiner(token) \
                and "Ord" not in token.morph.get("NumType") and (
                token.i + 1 == len(self.doc) or self.doc[token.i + 1].pos_ not in {"NOUN", "PROPN", "ADJ"}) \
                or token.pos_ == "VERB" and self.has_determiner(token) and self.names_people(token)
            # "a raconté un volontaire", tagged ADJ; "a déclaré l'opposant", tagged as a participle (not "la nouvelle" of "la
            # nouvelle députée", nor "la première" of "a glissé la première à la seconde")
            if nominal and not self.in_quote(token) and not any(c.dep_ == "case" for c in token.children):
                titled = getattr(self.entity_of.get(token.i + 1), "label_", "") == "PER" and self.entity_of[token.i + 1].start == token.i + 1
                if token.dep_ in SUBJECT and token.head == verb or self.can_speak(token) or inverted and (
                        self.has_determiner(token) or self.unlabelled_name(token) or titled):  # "a déclaré maître Bauer"
                    return self.describe(token)  # after the quote, the verb's object is the quote: "», déclare un officier de police"
                break  # an object: "évoque la possibilité de ..."
            if token.pos_ in {"VERB", "SCONJ"} or token.text in {":", "«", ","}:
                break
        if participle and depth < 3 and verb.i > 0 and self.doc[verb.i - 1].lower_ == "en" and "Pres" in verb.morph.get("Tense"):
            # "X s'y est engagé, tout en soulignant que": the gerund's subject is the clause's before it, however parsed
            sent = self.sent_of(verb)  # within its own clause: not past a bracket or a semicolon
            start = max([sent.start] + [t.i + 1 for t in self.doc[sent.start: verb.i] if t.text in {"(", ";"}])
            clause = [t for t in self.doc[start: verb.i - 1] if not self.in_quote(t)]
            # the finite speech verb before it (not "les efforts annoncés par Paris"), else the root
            main = next((t for t in reversed(clause) if self.speech_verb(t) is not None and is_finite(t)),
                        sent.root if sent.root in clause else next((t for t in reversed(clause) if t.pos_ == "VERB" and is_finite(t)), verb))
            speaker = self.subject(main, depth + 1) if main.i < verb.i and is_finite(main) else Speaker()
            if speaker.name:
                return speaker
        adjunct = "Pres" in verb.morph.get("Tense") and verb.dep_ in {"advcl", "conj", "acl", "parataxis", "ccomp"}
        if participle and adjunct and depth < 3 and verb.head != verb:  # "Il estime que X ..., affirmant": il
            if self.in_quote(verb.head):  # "« ... », ajoute-t-il, précisant ...": the speech verb before it
                verb_before = next((t for t in reversed(self.doc[self.sent_of(verb).start: verb.i])
                                    if not self.in_quote(t) and self.speech_verb(t) is not None), None)
                speaker = self.subject(verb_before, depth + 1) if verb_before is not None else Speaker()
            else:
                above = verb.head  # the main clause's verb: "Il n'a pas dit que Prague envisageait d'ouvrir un consulat à
                # Laâyoune, se bornant à évoquer": il, not Prague, however the parse hangs the participle
                while above.head != above and (above.pos_ not in {"VERB", "AUX"} or "Inf" in above.morph.get("VerbForm") or self.qualifies(above)
                                               or above.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in QUE for c in above.children)):
                    # (past "pour récolter des fonds", "arrivé en tête")
                    above = above.head
                speaker = self.subject(above, depth + 1)
            if speaker.name:
                return speaker
        named = self.named_before(self.doc[self.sent_of(verb).start: verb.i]) or self.name_before_aside(verb) \
            if finite or participle or untagged else None
        if named is not None:  # the parse missed the subject: "Marc Fesneau, ministre ..., affirme", "Pékin, de son côté, a dénoncé"
            return named
        opening = self.opening_subject(verb) or self.subject_before_relative(verb) if participle or finite or untagged else None
        # "le Conseil juge que", "juge" read as a noun
        if opening is not None:
            return self.describe(opening, [t for t in self.noun_phrase(opening) if t.i < verb.i])
        if finite and verb.dep_ == "acl":  # a finite verb hung on a noun: "Une source proche du dossier ajoute"
            nouns = [t for t in verb.ancestors if t.i < verb.i and t.pos_ in {"NOUN", "PROPN"} and not self.in_quote(t)]
            if nouns:
                return self.describe(nouns[-1])
        if depth < 3 and verb.dep_ in {"advcl", "acl", "xcomp", "conj", "parataxis", "ccomp"} and verb.head != verb \
                and not self.in_quote(verb.head):  # "« Nous ne céderons pas », ont lancé ...": not the quote's own subject
            head = verb.head
            if verb.dep_ in {"conj", "parataxis"} and head.dep_ == "acl" and head.head.i < head.i and (
                    head.head.pos_ in {"NOUN", "PROPN"} or self.has_determiner(head.head)):  # ("principal" tagged ADJ)
                return self.describe(head.head)  # "Un responsable d'une ONG, joint par téléphone, décrit": the responsable
            while head.pos_ not in {"VERB", "AUX"} and head.head != head and head.dep_ != "ROOT":
                head = head.head
            while participle and verb.dep_ == "conj" and any(c.dep_ == "aux:pass" for c in head.children) and head.head != head:
                head = head.head  # "a assuré que les auteurs seraient poursuivis, et annoncé": it shares "a", not the passive's "être"
            return self.subject(head, depth + 1)
        if "Inf" in verb.morph.get("VerbForm"):  # "Et d'ajouter que ...": the current source
            return self.current
        return Speaker()

    def auxiliary_before(self, verb: Token) -> Token | None:
        """The auxiliary before the participle, past an adverbial the parse may tangle: "a averti",
        "a de son côté averti", "a, pour sa part, estimé", "a quant à elle jugé"."""
        for token in reversed(self.doc[max(0, verb.i - 6): verb.i]):
            if token.lower_ in AUXILIARIES:
                return token
            adverbial = token.pos_ in {"ADV", "ADP", "DET", "PRON", "PUNCT"} or token.pos_ == "NOUN" and any(
                c.dep_ == "case" for c in token.children)
            if not adverbial or self.in_quote(token):
                return None
        return None

    def inverted_incise(self, verb: Token, subjects: list[Token]) -> Token | None:
        """The source named right after a finite speech verb set off by a comma, when the subject the
        parse gives the verb is the quoted clause's: "Le scrutin a été « bien organisé », a jugé
        l'organisation"; "Washington n'a « aucun droit » ici, a rétorqué la porte-parole" (after
        "invitant", the noun is its object)."""
        sent = self.sent_of(verb)
        comma = self.comma_before(verb, sent)
        if not subjects or comma is None or not is_finite(verb) or not any(self.in_quote(t) for t in self.doc[subjects[0].i: comma.i]):
            return None
        for token in self.words_after(verb, sent.end, 4):
            if self.in_date(token) or token.pos_ == "DET":
                continue
            if token.pos_ in {"NOUN", "PROPN"} and not self.in_quote(token) and self.has_determiner(token) or token.i in self.entity_of:
                entity = self.entity_of.get(token.i)
                speaks = entity.label_ in SPEAKER_LABELS if entity is not None else any(
                    self.rules.word_is(kind, token) for kind in ("role", "body", "person"))
                return token if speaks else None
            return None
        return None

    def voice_of(self, verb: Token) -> Speaker | None:
        """The one a subject speaks through: "Le groupe communiste, par la voix de Fabienne X, a
        réclamé", "La CGT a, par la voix de son secrétaire général, réclamé"."""
        sent = self.sent_of(verb)
        before = self.text[sent.start_char: verb.idx].lower()
        if "par " not in before or not any(word in before for word in self.rules.referents.get("voice", ())):
            return None
        for token in self.doc[sent.start: verb.i]:
            if self.rules.word_is("voice", token) and not self.in_quote(token) and any(c.dep_ == "case" and c.lower_ == "par" for c in token.children):
                spoken = next((c for c in token.children if c.dep_.startswith("nmod") and c.i > token.i), None)
                if spoken is not None:
                    return self.describe(spoken)
        return None

    def name_before_aside(self, verb: Token) -> Speaker | None:
        """A name of any label opening the sentence, then an aside without a verb set off by commas, then
        the verb: "Pékin, de son côté, a dénoncé", "Moscou, pour sa part, juge" (the parse loses the subject)."""
        sent = self.sent_of(verb)
        first = next((t for t in self.doc[sent.start: verb.i] if not t.is_space), None)
        ent = self.entity_of.get(first.i) if first is not None else None
        if ent is None or ent.start != first.i or ent.end + 1 >= verb.i or self.doc[ent.end].text != ",":
            return None
        comma = next((t for t in self.doc[ent.end + 1: verb.i] if t.text == ","), None)
        if comma is None or any(t.pos_ in {"VERB", "AUX"} or self.in_quote(t) for t in self.doc[ent.end + 1: comma.i]) or any(
                t.lower_ not in AUXILIARIES and t.pos_ != "ADV" for t in self.doc[comma.i + 1: verb.i]):
            return None
        return self._entity_speaker(ent)

    def opening_subject(self, verb: Token) -> Token | None:
        """The head of the definite noun phrase that opens the sentence, or its clause after a comma,
        when an auxiliary follows it and leads to the verb, or the verb follows it right away, whatever the
        parse: "Le secrétaire d'État américain a pour sa part appelé", "Alors que ..., le nouveau chef de
        l'État a déclaré", "Rencontrée dans sa loge, l'artiste de 38 ans se dit"."""
        sent = self.sent_of(verb)
        start = next((t.i + 1 for t in reversed(self.doc[sent.start: verb.i]) if t.text == ","), sent.start)
        indefinite = self.doc[start].lower_ in {"un", "une"}  # "Un diplomate européen juge que": a speaker noun only
        if self.doc[start].lower_ not in DEFINITE and not indefinite or verb.i - start < 2 or self.in_quote(verb):
            return None
        head = next((t for t in self.doc[start + 1: start + 3] if t.pos_ != "ADJ"), None)  # "le nouveau chef"
        if head is None or head.pos_ not in {"NOUN", "PROPN"} or indefinite and not self.can_speak(head):
            return None
        between = self.doc[head.i + 1: verb.i]
        aux = next((t for t in between if t.lower_ in AUXILIARIES), None)
        if aux is None:  # "l'artiste de 38 ans se dit": the noun phrase, a reflexive pronoun, the verb
            phrase = {t.i for t in head.subtree}
            return head if all(t.i in phrase or t.lower_ in REFLEXIVES for t in between) and not any(
                t.pos_ in {"VERB", "AUX"} or self.in_quote(t) for t in between) else None
        if any(t.pos_ in {"VERB", "SCONJ", "PRON"} or t.text in {",", ":", ";"} or self.in_quote(t) for t in between):
            return None
        return head

    def subject_before_relative(self, verb: Token) -> Token | None:
        """The noun phrase that opens the sentence before a relative clause, a participle's or a
        preposition's phrase set off by commas right before the verb or its auxiliary, whatever the parse:
        "Une infirmière, qui a souhaité garder l'anonymat, estime"; "Un diplomate, s'exprimant sous couvert
        d'anonymat, juge"; "La présidence, qui débutera le 1er juillet, a fait savoir"."""
        sent = self.sent_of(verb)
        commas = [t.i for t in self.doc[sent.start: verb.i] if t.text == ","]
        incise = self.doc[commas[-2] + 1] if len(commas) > 1 else None
        if incise is None or any(t.pos_ not in {"AUX", "ADV"} for t in self.doc[commas[-1] + 1: verb.i]) or not (incise.lower_ in {"qui", "dont"} or incise.pos_ == "ADP" or (
                incise.pos_ == "VERB" or incise.lower_ in {"s'", "s’", "se"}) and self.doc[incise.i + (incise.pos_ != "VERB")].morph.get("VerbForm") == ["Part"]):
            return None  # "qui a requis l'anonymat", "sous couvert d'anonymat", "interrogé par l'AFP", "s'exprimant sous couvert d'anonymat"
        start = commas[-3] + 1 if len(commas) > 2 else sent.start
        phrase = self.doc[start: commas[-2]]
        head = next((t for t in phrase[1:] if t.pos_ != "ADJ"), None)  # "Un autre habitant"
        if head is None or phrase[0].pos_ != "DET" or head.pos_ not in {"NOUN", "PROPN"} or any(
                t.pos_ in {"VERB", "AUX"} or self.in_quote(t) for t in phrase):
            return None  # (not "Un de ses collègues, qui ...": the group counts, as describe() reads it)
        return head

    def words_after(self, verb: Token, sent_end: int, count: int = 7):
        """The next ``count`` tokens after the verb, past an incise between commas that opens with
        a preposition ("a confié, à Reuters, le directeur ..."), or a name after a preposition ("a
        dénoncé sur France Inter la présidente ...", the tagger reading a part of the name as a verb)."""
        entry = self.speech_verb(verb)
        i = verb.i + 1 + (len(entry.rest) if entry is not None else 0)  # past "remarquer" of "fait remarquer"
        while i < sent_end and count > 0:
            token = self.doc[i]
            named = self.entity_of.get(i + 1) if token.pos_ == "ADP" else None
            if named is not None and named.start == i + 1:
                i = named.end
                continue
            medium = self.medium_spoken_to(token)
            if medium is not None:  # "a déclaré à la radio Bío-Bío l'avocate": past the medium and its name
                i = medium.i + 1
                named = self.entity_of.get(i)
                i = named.end if named is not None and named.start == i else i
                continue
            if token.text == "," and i + 1 < sent_end and self.doc[i + 1].pos_ == "ADP":
                close = next((t.i for t in self.doc[i + 2: min(sent_end, i + 8)] if t.text == "," or t.pos_ == "VERB"), None)
                if close is not None and self.doc[close].text == ",":
                    i = close + 1
                    continue
            if token.dep_ == "case" and i < token.head.i < sent_end:  # "a déclaré à la sortie de la réunion le négociateur":
                # past the circumstance, whatever its length, up to a noun the parse hangs in it as a subject or an object, or
                # one without a preposition of its own ("a lancé à la tribune la présidente du groupe", "présidente" under "tribune")
                phrase = self.doc[i + 1: min(token.head.right_edge.i + 1, sent_end)]
                past = next((t.i for t in phrase if t.dep_ in SUBJECT or t.dep_ in {"obj", "appos"} or t.text in OPENING_MARKS or t.pos_ == "DET"
                             and t.head != token.head and not any(c.dep_ == "case" for c in t.head.children)), phrase.end)
                if past > token.head.i:
                    i = past
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
        subject = next((t for t in reversed(self.doc[max(sent_start, comma.i - 8): comma.i - 1]) if t.dep_ in SUBJECT), None)
        return [subject] if subject is not None and not self.in_quote(subject) else []

    def words_of(self, verb: Token) -> Speaker | None:
        """Whose words the verb passes on: "X répète les propos tenus par Y :", "X cite une déclaration de Y :"."""
        for words in (c for c in verb.children if c.dep_ == "obj" and self.rules.word_is("document", c)):
            for clause in (c for c in words.children if c.dep_ == "acl" and not self.rules.word_is("receiving", c)):
                agent = self.agent_after(clause)
                if agent is not None and agent.name:
                    return agent
            named = self.named_before([t for c in de_complements(words) for t in c.subtree])  # not "son rapport au roi Philippe"
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
        if before.pos_ != "AUX" and before.lower_ not in EUPHONIC_T or any(t.pos_ not in {"ADV", "ADP"} for t in self.doc[clitic.i + 1: verb.i]):
            return []
        return [clitic]

    def where_said_before(self, on: Token) -> Speaker | None:
        """"À Matignon, on confirme que ...": the place that opens the clause of "on" speaks."""
        start = self.sent_of(on).start
        if on.i - start < 3 or self.doc[on.i - 1].text != ",":
            return None
        return self.place_speaking(self.doc[start: on.i - 1])

    def where_said(self, clitic: Token) -> Speaker | None:
        """"précise-t-on dans l'entourage du ministre", "au ministère", "chez X": that place speaks."""
        return self.place_speaking(self.doc[clitic.i + 1: min(len(self.doc), clitic.i + 4)])

    def place_speaking(self, words: Span) -> Speaker | None:
        """The noun after the preposition that opens ``words``, when it names where one speaks."""
        if not len(words) or words[0].lower_ not in PLACES_SPEAKING:
            return None
        noun = next((t for t in words[1:] if t.pos_ in {"NOUN", "PROPN"}), None)
        return self.describe(noun) if noun is not None and not self.in_quote(noun) else None

    def unlabelled_name(self, token: Token) -> bool:
        """Two or three capitalised words the model read as a MISC name: after "», a lancé", a person
        ("Einav Zangauker")."""
        ent = self.entity_of.get(token.i)
        return ent is not None and ent.label_ == "MISC" and ent.start == token.i and 2 <= len(ent) <= 3 and all(
            t.pos_ in {"PROPN", "NOUN"} and t.is_alpha and t.is_title for t in ent)

    def can_speak(self, token: Token) -> bool:
        """A named person or body, or a noun the lexicon knows as a speaker (role, body, document)."""
        ent = self.entity_of.get(token.i)
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            return True
        return any(self.rules.word_is(kind, token) for kind in ("role", "person", "body", "document"))

    def agent_after(self, verb: Token) -> Speaker | None:
        """The agent of a passive cue ("par X") after it in the sentence, outside the marks; not who
        asks ("interrogé par l'AFP")."""
        if self.rules.word_is("interviewing", verb):
            return None
        sent_end = self.sent_of(verb).end
        for token in self.doc[verb.i + 1: sent_end]:
            if (token.lower_ in QUE or token.pos_ == "VERB") and not self.in_quote(token):
                break  # "a assuré que le projet serait adopté par les militants", "publié mardi recense des violences commises
                # par X": another verb's agent
            if token.lower_ != "par" or self.in_quote(token):
                continue
            words = []
            for t in self.doc[token.i + 1: sent_end]:
                if t.pos_ in {"VERB", "AUX", "SCONJ"} or t.lower_ in QUE or self.in_quote(t) or t.text in {";", ":", "(", "."}:
                    break  # "il a été révélé par X que Y ...": X, not Y
                words.append(t)
            named = self.named_before(words)
            if named is not None:
                return named
            head = next((t for t in words if t.pos_ in {"NOUN", "PROPN"}), None)
            if head is not None and self.rules.word_is("means", head):
                continue  # "a réagi par voie de communiqué en qualifiant": how, not who
            return self.describe(head) if head is not None else None
        return None


def _without_articles(words: list[str]) -> list[str]:
    """A role key's words without its definite articles: "chef de la mission" → chef de mission."""
    return [word.split("'", 1)[1] if word.startswith("l'") else word for word in words if word not in DEFINITE]
