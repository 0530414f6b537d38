"""Quotations in marks: markers ("selon X", "Et d'ajouter"), the cue after or around the marks, titles and terms."""
from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Span, Token

from pipeline.components.quotes.marks import MarkPair, trimmed
from pipeline.components.quotes.vocabulary import (
    AUXILIARIES, CLITIC, DASHES, GOVERNED, OBJECT_CLITICS, OPENING_MARKS, PRONOUN_GENDER, Quote, REFLEXIVES, RELATIVES, SKIP_AFTER_QUOTE,
    SPEAKER_LABELS, SUBJECT, SUBJECT_PRONOUNS, Speaker, TERM_WORDS, WORD, compatible, in_inversion, is_finite)


class MarkedQuotations:
    """Part of Attributor (a mixin): the quotations in marks and their cues."""

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
        if token.lower_ in RELATIVES:
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
        élections avec notamment X": not X, nor a participle's: "pour un gérant interrogé par l'AFP"); none before a verb ("pour
        avoir voté": a purpose)."""
        if words and words[0].pos_ in {"VERB", "AUX"}:
            return []
        return words[:next((k for k, t in enumerate(words) if t.pos_ == "ADP" and t.lower_ not in GOVERNED or k and t.pos_ == "VERB"), len(words))]

    @staticmethod
    def phrase_head(words: list[Token]) -> Token:
        """The head noun (or pronoun) of a marker's phrase."""
        heads = [t for t in words if t.head not in words or t.head == t]
        return next((t for t in heads if t.pos_ in {"NOUN", "PROPN", "PRON"}), heads[0] if heads else words[0])

    def names_a_source(self, words: list[Token]) -> bool:
        """"Selon X, ...": X a person or body, a pronoun, a name or a noun for people; not
        "Pour les lieux de vie des policiers, ..."."""
        if not words:
            return False
        head = self.phrase_head(words)
        return head.pos_ in {"PRON", "PROPN"} or self.can_speak(head) or any(
            self.entity_of[t.i].label_ in SPEAKER_LABELS for t in words if t.i in self.entity_of)

    def holds_a_view(self, words: list[Token]) -> bool:
        """"Pour X, ...": a source, and not the people a thing is for ("Pour les salariés, c'est un
        coup dur"; "Pour plusieurs analystes, ..." gives their view)."""
        head = self.phrase_head(words) if words else None
        return self.names_a_source(words) and not (
            "Plur" in head.morph.get("Number") and self.rules.word_is("person", head) and not self.is_role(head))

    def names_a_person(self, words: list[Token]) -> bool:
        """A person, by name, pronoun or a role in the singular with its article ("pour la diplomate
        américaine"): closing a sentence, "pour" then gives a view, not a purpose ("pour les agriculteurs")."""
        words = words[:next((k for k, t in enumerate(words) if t.pos_ in {"PUNCT", "CCONJ", "VERB"}), len(words))]  # not "(... de Fillon)"
        if not words:
            return False
        head = self.phrase_head(words)
        if any(getattr(self.entity_of.get(t.i), "label_", "") == "PER" for t in words) or head.lower_ in PRONOUN_GENDER:
            return True
        return self.is_role(head) and "Plur" not in head.morph.get("Number") and self.has_determiner(head)

    def marker_speaker(self, rule: dict, match: re.Match, limit: int) -> Speaker:
        if rule["kind"] == "same_source":
            return self.source if self.source.name else self.current
        words = self.marker_phrase(match, limit)
        if rule["kind"] == "according" and words and words[0].lower_ in RELATIVES:  # "le ministère, selon lequel": the noun before
            antecedent = next((t for t in reversed(self.doc[max(0, words[0].i - 6): words[0].i]) if t.pos_ in {"NOUN", "PROPN"}), None)
            return self.describe(antecedent) if antecedent is not None else Speaker()
        if rule["kind"] == "for":
            words = self.for_phrase(words)
        relayed = next((k for k, t in enumerate(words[1:-1], 1) if words[k + 1].lower_ == "par" and self.rules.word_is("relaying", t)), None)
        words = words[:relayed]  # "selon des responsables turcs cités par CNN": the responsables, not who relays them
        if not words:
            return Speaker()
        head = self.phrase_head(words)
        for label in SPEAKER_LABELS:  # "selon ce qu'a confié à France Info Jacques Witkowski"
            for t in words:
                ent = self.entity_of.get(t.i)
                restated = ent is not None and ent.start > 1 and self.doc[ent.start - 1].text == "(" and ent.start - 2 in self.entity_of
                if ent is not None and ent.label_ == label and not any(self.rules.word_is("document", w) for w in words if w.i < ent.start) \
                        and not (self.is_role(head) and (self.governed(ent) or restated)):
                    return self._entity_speaker(ent)  # not the Bundesbank of "pour le président de la Bundesbank, X", nor its
                    # acronym after it ("du service départemental d'incendie et de secours (SDIS), le commandant X"), nor the client
                    # of "Pour l'avocat de M. Belkacem, Me Pierre-Antoine X"
            if label == "PER":
                verb = next((t for t in words if t.i not in self.entity_of and self.speech_verb(t) is not None and not self.rules.word_is(
                    "interviewing", t)), None)  # not "Le Canard enchaîné", nor "un gérant interrogé par l'AFP"
                in_phrase = {t.i for t in words}  # who the verb has in the phrase: not the subject of the clause "selon un rapport
                if verb is not None and any(c.i in in_phrase and (c.dep_ in SUBJECT or c.dep_.startswith("obl")) for c in verb.children):
                    speaker = self.subject(verb)  # publié en janvier" is set in; "selon les informations que le procureur a confiées
                    if speaker.name:  # à l'AFP", "selon les perspectives publiées par l'institution"
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
        speaker = self.describe(head, words)
        if rule["kind"] == "for" and not (speaker.label in SPEAKER_LABELS or head.pos_ == "PRON" or self.rules.word_is("role", head)
                                          or head.pos_ == "PROPN" or self.rules.word_is("person", head) and "Plur" not in head.morph.get("Number")):
            return Speaker()  # (a purpose, or those it is for: "pour les salariés, c'est un coup dur"; not "pour une source proche")
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
            if self.in_quote(token) or token.is_space or token.lower_ in SKIP_AFTER_QUOTE:
                i += 1
                continue
            if token.text in DASHES and seen_words == 0:
                nxt = next((t for t in self.doc[i + 1: sent_end] if not t.is_space), None)
                if nxt is not None and nxt.pos_ in {"PROPN", "NOUN"}:
                    return self.describe(nxt), "—", "dash"
                return None
            entry, said = self.speech_verb(token), token
            if entry is None and token.pos_ == "VERB":  # "», préférait rectifier l'intéressé": the infinitive it governs
                said = next((c for c in token.children if c.dep_ == "xcomp" and c.i <= token.i + 3 and "Inf" in c.morph.get("VerbForm")), token)
                entry = self.speech_verb(said) if said != token else None
            if entry is None and as_said:  # after "comme", "prétendu" tagged as an adjective is a cue too
                entry = next(iter(self.rules.verb_entries(token)), None)
            if entry is not None and not as_said and token.dep_ == "conj" and token.head.i < close.i and not self.in_quote(token.head):
                return None  # "a jugé la transition « trop longue » et a appelé à ...": a verb of its own, not a cue after the quote
            if entry is not None and not as_said and self.passive_without_agent(token) and self.reported_by(token) is not None:
                return None  # "Il a assuré que les auteurs seraient « systématiquement » poursuivis": the cue is "assurer"
            if entry is not None:
                if "Past" in token.morph.get("Tense") and "Part" in token.morph.get("VerbForm") and not as_said and not (
                        entry.head.endswith("er") and not token.lower_.endswith(("é", "ée", "és", "ées"))
                        or entry.head.endswith("ire") and token.lower_.endswith("t")) and not any(
                        c.dep_.startswith("aux") for c in token.children) and not any(
                        CLITIC.match(t.lower_) for t in self.doc[token.i + 1: token.i + 3]):
                    return None  # "« ... », déjà condamné par X": a participle on the subject, not an inverted cue (nor "lance",
                    # "dit-il" mis-tagged, nor "écrit", "dit" whose present is their participle)
                adjunct = "Pres" in token.morph.get("Tense") and "Part" in token.morph.get("VerbForm")  # "», appelant les grandes
                speaker = self.subject(said, inverted=not adjunct)  # économies à ...": the clause's subject, not its object
                return (dataclasses.replace(speaker, aside=True) if as_said else speaker), entry.cue, entry.id
            for rule, match in self.markers_in(token.idx, token.idx + 1):
                if rule["kind"] in {"according", "same_source"}:
                    return self.marker_speaker(rule, match, self.doc[sent_end - 1].idx + 1), rule.get("cue", ""), rule["id"]
            if token.lower_ == "comme" and seen_words == 0 or as_said and token.lower_ in {"l'", "l’", "le", "la"}:
                as_said = True  # "« ... », comme l'a dit X", "comme prétendu par X"
                i += 1
                continue
            if token.pos_ in {"AUX", "ADV"} or CLITIC.match(token.lower_) or token.lower_ in {"-t", "ainsi"}:
                seen_words += 1
                if seen_words > 4:
                    return None
                i += 1
                continue
            return None
        return None

    def signed_below(self, close: Token):
        """A quote closing its paragraph, signed by a short line of a dash and a name ("»¶— Société Dark
        Star", as a block quotation's source is set under it)."""
        line_start = self.text.find("\n", close.idx)
        if line_start < 0 or self.text[close.idx + 1: line_start].strip():
            return None
        line = self.text[line_start:].lstrip()
        signature = line.split("\n", 1)[0]
        if signature[:1] not in DASHES or len(signature) > 100:  # "— Jennifer Psaki, directrice de la communication ..."
            return None
        name = next((t for t in self.doc[close.i + 1:] if not t.is_space and t.text not in DASHES), None)
        if name is None or name.pos_ not in {"PROPN", "NOUN"}:
            return None
        return self.describe(name), "—", "dash"

    def colon_after(self, pair: MarkPair, close: Token, sent: Span, end_sent: Span):
        """A quote that opens the sentence, then a colon and the one named as its clause's subject:
        "« Nous allons former mieux » : le ministre de l'Education, Sébastien X, a présenté sa réforme"."""
        colon = close.i + 1
        if self.text[sent.start_char: pair.open].strip() or colon >= end_sent.end or self.doc[colon].text != ":":
            return None
        verb = next((t for t in self.doc[colon + 1: end_sent.end] if t.pos_ in {"VERB", "AUX"} and not self.in_quote(t)), None)
        named = self.named_before(self.doc[colon + 1: verb.i]) if verb is not None else None
        return (named, ":", "colon-after") if named is not None else None

    def incise(self, tokens: list[Token]):
        """An incise inside the marks: "« ... , confiait d'ailleurs X en 2010. ... »"."""
        for token in tokens[1:]:
            if self.doc[token.i - 1].text != "," or (entry := self.speech_verb(token)) is None:
                continue
            for t in self.doc[token.i + 1: token.i + 4]:
                if CLITIC.match(t.lower_):
                    return self.describe(t), entry.cue, entry.id
                ent = self.entity_of.get(t.i)
                if ent is not None and ent.label_ in SPEAKER_LABELS:
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
                if self.in_quote(node) or introduced and node.dep_ == "acl" or self.passive_without_agent(node):
                    continue
                entry = self.speech_verb(node)
                if entry is not None:
                    return node, entry
        return None

    def closing_incise(self, close: Token, sent: Span):
        """(speaker, verb, entry) of a speech verb that closes the sentence after the quote, set off by a comma
        with its subject after it: "X a condamné « ... » l'attaque, a annoncé le ministère"; "..., a-t-il
        indiqué". It reports the whole clause. None past another quote."""
        for token in self.doc[close.i + 1: sent.end]:
            if self.in_quote(token):
                return None
            if token.text != ",":
                continue
            verb = next((t for t in self.doc[token.i + 1: min(sent.end, token.i + 4)] if t.pos_ not in {"AUX", "ADV"}
                         and t.lower_ not in AUXILIARIES and not in_inversion(t.lower_)), None)
            entry = self.speech_verb(verb) if verb is not None else None
            if entry is None or self.passive_without_agent(verb) or any(c.dep_ in SUBJECT and c.i < verb.i for c in verb.children) \
                    or not (is_finite(verb) or self.auxiliary_before(verb) is not None or verb.pos_ == "NOUN"):
                continue  # (not "appelant les grandes économies à ...", "qualifié par les enquêteurs"; "alerte", read as a noun)
            speaker = self.subject(verb, inverted=True)
            if speaker.name and speaker.start is not None and speaker.start > token.idx:
                return speaker, verb, entry
        return None

    def passive_without_agent(self, verb: Token) -> bool:
        """A passive no one is said to do, which reports no one's words: "les auteurs seraient
        « systématiquement » poursuivis" (not "qualifiée de « perfectible » par les magistrats", nor "s'est félicitée",
        which the parse may call passive)."""
        passive = any(c.dep_ == "aux:pass" for c in verb.children) and not any(c.lower_ in REFLEXIVES for c in verb.children)
        return passive and not any(c.dep_ == "obl:agent" for c in verb.children) and self.agent_after(verb) is None

    def reporting(self, verb: Token, entry):
        """The speech verb that reports the clause of ``verb``, when there is one, climbing past
        reports within reports: "l'Élysée affirme que le président souhaite « ... »" quotes the Élysée's
        words; "Elle a assuré que Bruxelles continuerait de soutenir Kiev « ... »" hers, not Brussels'
        ("continuer" is a cue too); "Me X a fait valoir que son client s'était exprimé « ... »" the
        lawyer's. Else ``verb`` itself."""
        for _ in range(3):
            above = self.reported_by(verb)
            if above is None or self.relays(above[0], verb):
                break
            verb, entry = above
        return verb, entry

    def relays(self, outer: Token, verb: Token) -> bool:
        """``outer`` passes on what a person said with ``verb``: "Le Figaro rapporte que la ministre a
        jugé la situation « inacceptable »" quotes the minister."""
        return bool(self.rules.word_is("relaying", outer)) and self.person_saying(verb) is not None

    def person_saying(self, verb: Token) -> Speaker | None:
        """The verb's subject when it is a person, by name or role (what a medium may relay)."""
        subject = self.subject(verb)
        return subject if subject.label == "PER" or subject.start is not None and self.is_role(self.token_at(subject.start)) else None

    def reported_by(self, verb: Token):
        """(verb, entry) of the speech verb whose clause or asked infinitive ``verb`` is, else None."""
        node = verb
        while node.dep_ == "conj" and node.head.i < node.i:
            node = node.head
        above = node.head
        # an infinitive asked for ("de préciser", "à renoncer"), not one seen or heard ("on constate X répéter")
        asked = "Inf" in node.morph.get("VerbForm") and any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’", "à"} for c in node.children)
        if asked and node.dep_ == "acl" and above.dep_ in {"obj", "iobj", "obl:arg", "obl"}:
            above = above.head  # "demander à l'association de préciser": the infinitive hung on the one asked
        elif not (asked and node.dep_ in {"xcomp", "obl", "advcl", "obj"} or node.dep_ == "ccomp"):
            return None
        if above.i >= node.i or self.in_quote(above):
            return None
        outer = self.speech_verb(above)
        if outer is None and above.i > 0 and self.doc[above.i - 1].head == above:  # "a fait valoir que": the cue starts before
            above = self.doc[above.i - 1]
            outer = self.speech_verb(above)
        return (above, outer) if outer is not None else None

    def introducing_sentence(self, sent: Span, pair: MarkPair) -> Span | None:
        """The sentence that introduces the quote with a colon: its own ("X a déclaré : « ... »"), or, for
        a quote opening its paragraph, the one that closes the paragraph before ("SOS Médias précise :¶« ... »")."""
        if self.text[sent.start_char: pair.open].rstrip().endswith(":"):
            return sent
        if sent.start == 0 or self.text[sent.start_char: pair.open].strip() or "\n" not in self.text[sent.start_char - 2: pair.open]:
            return None
        previous = self.sent_of(self.doc[sent.start - 1])
        return previous if self.text[previous.start_char: pair.open].rstrip().endswith(":") else None

    def introduced(self, sent: Span, pair: MarkPair):
        """"X a déclaré : « ... »", "X : « ... »": (speaker, cue, rule id, True), else None."""
        sent = self.introducing_sentence(sent, pair)
        if sent is None:
            return None
        before = self.text[sent.start_char: pair.open].rstrip()
        colon = self.token_at(sent.start_char + len(before) - 1)
        verbs = [t for t in self.doc[sent.start: colon.i] if not self.in_quote(t) and (
            t.pos_ == "VERB" or t.i > sent.start and self.doc[t.i - 1].lower_ in AUXILIARIES)]  # "a twitté" taken for a noun
        if verbs:  # the speech verb, not "l'appel lancé par ..." after it
            verb = next((t for t in reversed(verbs) if t.dep_ != "acl" and self.speech_verb(t) is not None),
                        next((t for t in reversed(verbs) if self.speech_verb(t) is not None), verbs[-1]))
            entry = self.speech_verb(verb)
            return self.subject(verb), entry.cue if entry else ":", entry.id if entry else "colon", True
        pronoun = next((t for t in self.doc[sent.start: colon.i] if t.pos_ not in {"ADV", "CCONJ", "PUNCT"}), None)
        if pronoun is not None and pronoun.lower_ in SUBJECT_PRONOUNS and pronoun.i + 1 < colon.i:  # "Elle nuance toutefois la portée
            said = self.doc[pronoun.i + 1]  # de l'exercice : « ... »", the verb read as a noun: the pronoun speaks, not the phrase
            entry = self.speech_verb(said) or next(iter(self.rules.verb_entries(said)), None)
            return self.describe(pronoun), entry.cue if entry else ":", entry.id if entry else "colon", True
        previous = self.doc[colon.i - 1] if colon.i > sent.start else None
        if previous is not None and previous.pos_ in {"PROPN", "NOUN", "PRON"}:
            start = next((t.i + 1 for t in reversed(self.doc[sent.start: colon.i]) if t.text == ","), sent.start)
            named = self.entity_of.get(start - 2) if start - 2 >= sent.start else None
            if named is not None and named.label_ == "PER" and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[start: colon.i]):
                return self._entity_speaker(named), ":", "colon", True  # "chez Sandrine X, économiste chez Natixis :", however parsed
            head = previous  # the head of the phrase before the colon: "Réaction de Me X à la sortie :", not "sortie"
            while head.head != head and start <= head.head.i < colon.i and head.head.pos_ in {"NOUN", "PROPN", "PRON"}:
                head = head.head
            if start > sent.start and (head.dep_ == "appos" or self.doc[start].pos_ == "ADP") and sent.start <= head.head.i < start \
                    and head.head.pos_ in {"NOUN", "PROPN"}:  # "X, représentant du syndicat :", "Un enquêteur, sous couvert d'anonymat :"
                head = head.head
            return self.describe(head), ":", "colon", True
        return None

    def introducing_clitic(self, close: Token, sent: Span, pair: MarkPair) -> Speaker | None:
        """"accueillie par X : « ... » a-t-elle déclaré": the clitic after the quote is the person or
        body the sentence introduces it with, when the gender agrees."""
        clitic = next((CLITIC.match(t.lower_).group(1) for t in self.doc[close.i + 1: close.i + 5]
                       if CLITIC.match(t.lower_)), None)
        intro = self.introducing_sentence(sent, pair) if clitic is not None else None
        named = self.introduced(sent, pair) if intro is not None else None
        if named is not None and named[0].label in SPEAKER_LABELS and intro.start_char <= (named[0].start or -1) < pair.open \
                and compatible(PRONOUN_GENDER.get(clitic, ""), self.gender_of(named[0])):
            return named[0]
        return None

    def attribute(self, pair: MarkPair, first: Token, last: Token, sent: Span):
        """(speaker, cue, rule id, governed) for a marked quote; governed is False when only
        the context (the source quoted before) attributes it."""
        end_sent = self.sent_of(last)
        close = self.token_at(pair.close) if pair.close is not None else None
        if close is not None:
            introduced = self.introducing_sentence(sent, pair) is not None
            found = self.after_quote(close, end_sent.end, introduced) or self.colon_after(pair, close, sent, end_sent)
            if found is not None and introduced:
                named = self.introducing_clitic(close, sent, pair)
                if named is not None:
                    return named, *found[1:], True
            if found is not None and not introduced and self.rules.is_a("relaying", found[1]):
                governing = self.governing_verb([t for t in self.doc[first.i: last.i + 1] if not t.is_space])
                person = self.person_saying(governing[0]) if governing is not None else None
                if person is not None:  # "La ministre a jugé la situation « inacceptable », rapporte Le Figaro"
                    return person, governing[1].cue, governing[1].id, True
            if found is None:
                found = self.signed_below(close)
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
        reported = self.closing_incise(close, end_sent) if close is not None else None
        if reported is not None and not (governing is not None and self.relays(reported[1], governing[0])):
            speaker, _, entry = reported  # "La France a condamné « ... » l'attaque, a annoncé le ministère": the ministry's words
            return speaker, entry.cue, entry.id, True
        opener = self.opener(sent, pair.open)
        if governing is not None:
            verb, entry = self.reporting(*governing)
            speaker = self.subject(verb)
            named_after = bool(speaker.label) and speaker.start is not None and opener is not None and opener[0].end is not None \
                and speaker.start > opener[0].end  # a name, not "tous ces éléments semblent confirmer"
            # "Selon elle, ce jugement rappelle que ...": hers, whoever issued the judgment
            by_document = any(c.dep_ in SUBJECT and self.rules.word_is("document", c) for c in verb.children)
            speaks = speaker.label in SPEAKER_LABELS or speaker.start is not None and self.can_speak(self.phrase_head(
                list(self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand"))))  # "D'après Reuters, le président a déclaré"
            if opener is None or speaks and not by_document or named_after:  # "D'après la préfecture, ..., mais la
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
        words = WORD.findall(content)
        return bool(words) and self.rules.is_a("title", words[0])

    @staticmethod
    def conjugated(token: Token) -> bool:
        """A verb with its auxiliary or reflexive pronoun: "s'est dite « soulagée »" says, "dite « X »" names."""
        return token.pos_ in {"VERB", "AUX"} and any(c.dep_.startswith(("aux", "expl")) for c in token.children)

    def is_name_in_marks(self, start: int, end: int) -> bool:
        """A few words in marks that open with a capital or a title noun: « affaire Fillon », « Obamacare »."""
        words = WORD.findall(self.text[start:end])
        return 0 < len(words) <= TERM_WORDS and (words[0][0].isupper() or bool(self.rules.is_a("title", words[0])))

    def split_at_incise(self, pair: MarkPair) -> list[MarkPair]:
        """« Nous avons tiré les leçons, a assuré le dirigeant. Nous recrutons ... »: an incise the writer
        sets inside the marks (a speech verb after a comma, its subject after it, up to a comma or a
        full stop) is not quoted; the words either side are two quotes, the second going on with the
        first (``continues``); an incise that ends the marks only ends the quote. A quote reopened over
        paragraphs splits the same way, each part keeping the reopening marks it spans."""
        if pair.close is None:
            return [pair]
        last = self.token_at(pair.end - 1).i
        commas = (self.token_at(pair.start + k) for k, character in enumerate(self.text[pair.start: pair.end]) if character == ",")
        for comma in commas:  # (read at the commas only: most quotes have none, or few)
            if comma.text != "," or comma.i >= last:
                continue
            i = comma.i + 1
            while i <= last and i - comma.i <= 3 and (self.doc[i].pos_ == "AUX" or in_inversion(self.doc[i].lower_)
                                                      or self.doc[i].lower_ in OBJECT_CLITICS):
                # "a assuré", "a-t-elle raconté", "lui a répondu X"
                i += 1
            clitic_before = any(CLITIC.match(t.lower_) for t in self.doc[comma.i + 1: i])
            verb = self.doc[i] if i <= last else None
            if verb is None or verb.pos_ != "VERB" or self.speech_verb(verb) is None or verb.i == last:
                continue
            after = self.doc[verb.i + 1]
            if after.pos_ == "ADP":  # past a circumstance: "..., a déclaré devant le Conseil la secrétaire générale adjointe"
                after = next(self.words_after(verb, last + 1), after)
            if not (clitic_before or in_inversion(after.lower_) or after.pos_ in {"DET", "PROPN"}):
                continue  # "..., disent-ils" or "..., a rétorqué la conseillère", not "..., a dit que"
            stop = next((t for t in self.doc[verb.i + 1: min(last + 1, verb.i + 14)] if t.text in {",", ".", ";"}), None)
            named = self.entity_of.get(stop.i + 1) if stop is not None and stop.text == "," else None
            if named is not None and named.label_ == "PER" and named.start == stop.i + 1 and named.end <= last \
                    and self.doc[named.end].text in {",", "."}:
                stop = self.doc[named.end]  # the incise goes on with the name in apposition: "..., la porte-parole, Anne X. Nous ..."
            if stop is None and last - verb.i > 12 or any(t.pos_ in {"VERB", "AUX"} for t in self.doc[verb.i + 1: stop.i if stop else last + 1]):
                continue  # (no stop: the incise runs to the closing mark, « Nous partirons, disent-ils »)
            before_words = WORD.findall(self.text[pair.start: comma.idx])
            after_words = WORD.findall(self.text[stop.idx + 1: pair.end]) if stop is not None else []
            if len(before_words) < 2 or len(after_words) == 1:
                continue
            head = MarkPair(pair.open, comma.idx, pair.start, comma.idx, tuple(c for c in pair.continued if c < comma.idx))
            if not after_words:  # « Nous avons voté, a-t-il déclaré. »: the incise closes the quote
                return [head]
            rest = MarkPair(stop.idx, pair.close, *trimmed(self.text, stop.idx + 1, pair.end), tuple(c for c in pair.continued if c > stop.idx))
            self.continues[rest.open] = head.open
            return [head, *self.split_at_incise(rest)]
        return [pair]

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
        words = WORD.findall(content)
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
        after_noun = len(before) == 2 and before[-1].lower_ in GOVERNED and before[0].pos_ == "NOUN" or bool(before) and (
            before[-1].pos_ == "NOUN" and self.can_speak(before[-1]) or self.can_speak(before[0]) and before[-1].pos_ in {"NOUN", "ADJ"})
        return after_noun and not any(t.pos_ in {"VERB", "AUX"} for t in self.doc[first.i: last.i + 1])

    def is_term(self, first: Token, last: Token) -> bool:
        """A few words without a verb in marks ("pour « tentative d'assassinat »"): a term
        the writer sets apart, not words the previous source said."""
        words = [t for t in self.doc[first.i: last.i + 1] if not t.is_punct and not t.is_space]
        return len(words) <= TERM_WORDS and not any(  # a participle may qualify a term: « abus de confiance aggravé »
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
            subjects = [c for c in node.children if c.dep_ in SUBJECT]
            unparsed = not subjects and node.head == node  # the parse left the predicate in marks no subject: "X, ministre, est « surpris »"
            if predicate and (outside or any(not self.in_quote(c) for c in subjects) or unparsed):
                # unparsed, the clause may hang on the quote: "« pour ne pas faire d'histoires », les X ont démonté"
                main = next((c for c in node.children if c.dep_ == "conj" and not self.in_quote(c) and c.i > node.i
                             and any(s.dep_ in SUBJECT for s in c.children)), node) if unparsed else node
                speaker = self.subject(main)
                if unparsed and main is node and not outside and not self.sent_of(node).start_char <= (speaker.start or -1) < node.idx:
                    break  # then only a source named before it in the sentence
                named = any(c.dep_ in SUBJECT and not self.in_quote(c) and (self.is_role(c) or self.rules.word_is("body", c))
                            for c in main.children)
                if speaker.label in SPEAKER_LABELS or speaker.name and (speaker is self.current or named):
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
        previous, where = self.previous_sentence_speaker(first)
        if previous.name and (not self.current_sentences or where >= self.current_sentences[-1][1]):
            return previous, "", "previous-sentence"  # "X avait tenté de le prévenir. « ... »": X, not the source quoted before
        if self.current.start is not None and self.quoted_lately(position, 1):
            return self.current, "", "current-source"
        if previous.name:
            return previous, "", "previous-sentence"
        return Speaker(), "", "no-source"

    def previous_sentence_speaker(self, first: Token) -> tuple[Speaker, int]:
        """A quote with no cue after a sentence of the same paragraph that reports someone's
        words ("Un habitant raconte avoir entendu des cris. « ... »"): that speaker; after one
        whose subject is a named person, a role or a pronoun, when the quote stands alone: who
        they stand for ("La négociatrice ferme sa tablette. « ... »"). With where that sentence
        names them."""
        sent = self.sent_of(first)
        if sent.start == 0:
            return Speaker(), -1
        previous = self.sent_of(self.doc[sent.start - 1])
        if self._paragraph(previous.start_char) != self._paragraph(sent.start_char):
            return Speaker(), -1
        for i in self.cue_tokens[bisect.bisect_left(self.cue_tokens, previous.start): bisect.bisect_left(self.cue_tokens, previous.end)]:
            verb = self.doc[i]
            if not self.in_quote(verb) and self.speech_verb(verb) is not None and not any(c.dep_ == "aux:pass" for c in verb.children):
                speaker = self.subject(verb)  # not "X a été interrogé par Y": Y asks
                if speaker.name:
                    return speaker, verb.idx
        if self.text[sent.start_char: first.idx].strip(" «“\""):
            return Speaker(), -1  # the quote does not stand alone
        person = self.last_person(previous.end_char)
        if person.name and person.start >= previous.start_char:  # not "X a reçu des lettres. « ... »"
            return (Speaker(), -1) if self.rules.word_is("receiving", self.token_at(person.start).head) else (person, person.start)
        root = previous.root  # "La négociatrice ferme sa tablette.", the parse making the role noun the root
        subjects = [c for c in root.children if c.dep_ == "nsubj"] + ([root] if root.pos_ == "NOUN" and root.i - previous.start <= 1 else [])
        subject = next((c for c in subjects if not self.in_quote(c) and (
            self.is_role(c) or c.pos_ == "PRON" and self.rules.is_a("pronoun", c.lower_))), None)
        if subject is None or self.rules.word_is("receiving", previous.root):
            return Speaker(), -1
        said = self.describe(subject)  # "Le président de la région a visité l'usine. « ... »"
        if subject is root and not said.label:
            return Speaker(), -1  # the misparsed sentence names no one: not "négociatrice ferme sa tablette"
        return said, subject.idx

    def quoted_lately(self, char: int, paragraphs: int) -> bool:
        """The current source was quoted at most ``paragraphs`` paragraphs before ``char``: where it
        was last quoted counts, not where it was named (a source named once, then quoted on)."""
        return bool(self.current.name and self.current_sentences) and \
            self._paragraph(char) - self._paragraph(self.current_sentences[-1][0]) <= paragraphs

    def _paragraph(self, char: int) -> int:
        # paragraphs are lines, blank ones or not between them
        return self.text.count("\n", 0, char) - self.text.count("\n\n", 0, char)

