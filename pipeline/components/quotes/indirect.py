"""Indirect quotations: reported speech without marks ("Selon X, ...", "X a affirmé que ...", "..., a annoncé X")."""
from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from pipeline.components.quotes.vocabulary import (
    BEFORE_QUE, CLAUSE_LINK, CLITIC, CONJUNCTION_BEFORE_QUE, INCISE_PREPOSITIONS, NEGATION, OPENING_MARKS, QUE, RELATIVES, SUBJECT, in_inversion, is_finite)


class IndirectQuotations:
    """Part of Attributor (a mixin): the reported speech without marks."""

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
            if not phrase or rule["kind"] == "for" and not self.holds_a_view(self.for_phrase(phrase)):
                continue
            source_end = phrase[-1].idx + len(phrase[-1])
            after = source_end if phrase[-1].pos_ == "PRON" else self.past_appositions(source_end, body_end)  # "Selon lui, les électeurs
            # du centre, dont ..., le rejoindront": a pronoun takes no apposition
            if rule["kind"] == "according" and phrase[0].lower_ in RELATIVES:  # "au ministère, selon lequel le dispositif ...": what follows "lequel"
                found.append((source_end, body_end, lambda r=rule, m=match, e=source_end: (self.marker_speaker(r, m, e), r.get("cue", ""), r["id"])))
            elif (not lead or lead.endswith(",") or CLAUSE_LINK.search(lead) or all(  # "Toujours selon X, ..."
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
            que = next((t for t in self.doc[token.i + 1: min(sent.end, token.i + 9)] if t.lower_ in QUE and (
                t.i < token.i + 6 or self.hangs_on(t, token))), None)  # far from the verb, only a clause the parse hangs on it
            if que is not None and (any(c.lower_ in NEGATION for c in token.children) or self.doc[que.i - 1].lower_ == "ce"
                                    and self.doc[que.i - 2].lower_ != "à" or self.doc[que.i - 1].lower_ in CONJUNCTION_BEFORE_QUE):
                continue  # "n'a confirmé que le blocage": restrictive; "de soutenir X, ce que Y dément": a relative (not "demande à ce
                # que"); "Invité à s'exprimer avant que la cour se retire": a conjunction; no reported clause
            between = [t.pos_ for t in self.doc[token.i + 1 + len(entry.rest): que.i] if not t.is_space] if que is not None else ()
            # (past "savoir" of "a fait savoir que")
            if que is not None and all(pos in BEFORE_QUE for pos in between) or "ADJ" in between and all(
                    pos in BEFORE_QUE or pos == "ADJ" for pos in between) and self.hangs_on(que, token):  # "a annoncé ce même lundi que"
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
            elif (reported := self.infinitive_reported(token)) is not None:  # "affirme avoir vu deux personnes s'enfuir"
                start, end = reported.left_edge.idx, min(reported.right_edge.idx + len(reported.right_edge), body_end)
                if not any(start <= s < end for s in marked):
                    found.append((start, end, lambda v=token, e=entry: (self.subject(v), e.cue, e.id)))
            elif (comma := self.comma_before(token, sent)) is not None and (is_finite(token) or self.auxiliary_before(token) is not None):
                # (not "X, poursuivi pour favoritisme")
                tail = list(self.doc[token.i + 1 + len(entry.rest): sent.end])  # past "remarquer" of "fait remarquer"
                cut = next((k for k, t in enumerate(tail) if t.text == ","), None)
                inverted = (cut is not None or any(t.pos_ == "VERB" for t in tail)) and self.finite_active(token)
                end, incise = comma.idx, False
                if inverted and cut is not None:  # ", estime l'élu, qui réclame ...", ", tout en ...": another clause after the source
                    rest = tail[cut + 1:]
                    incise = self.incise_in_clause(sent, comma, rest)
                    if incise and any(t.text in OPENING_MARKS for t in rest):
                        continue  # "D'ici là, a prévenu X, la BCE restera « ... »": the marked quote carries the words
                    if incise:  # "Le texte, a précisé le ministre, sera voté en juin": the whole sentence reports
                        end = rest[-1].idx + (0 if rest[-1].is_punct else len(rest[-1]))
                    tail = tail[:cut]
                if any(t.pos_ in {"VERB", "SCONJ"} and t.i not in self.entity_of and not (inverted and self.qualifies(t))
                       or t.text in {":", "«"} for t in tail) or not incise and any(
                        c.dep_ in SUBJECT and c.i < comma.i for c in token.children):
                    continue  # "X, son avocate, a demandé une expertise": X is the subject, nothing reported
                clitic = self.clitic_before(token) or any(CLITIC.match(t.lower_) for t in self.doc[token.i + 1: token.i + 3])
                source = next((t for t in self.words_after(token, sent.end) if t.pos_ in {"NOUN", "PROPN"} and not self.in_date(t)
                               and not any(c.dep_ == "case" for c in t.children)), None)  # not "ce matin", "à Reuters"
                if not clitic and source is not None and source.dep_ == "obj" and source.i not in self.entity_of and not self.can_speak(source):
                    continue  # "a confirmé la transaction"; "A la barre, l'ancien édile, 67 ans, a contesté tout enrichissement"
                if incise and not clitic:  # who speaks is after the verb, whatever the parse makes the subject ("texte")
                    if source is not None:
                        found.append((sent.start_char, end, lambda t=source, e=entry: (self.describe(t), e.cue, e.id)))
                    continue
                speaker = self.subject(token)
                if speaker.start is not None and sent.start_char <= speaker.start < comma.idx and not clitic and not self.governed_at(speaker.start):
                    continue  # the same, parsed otherwise: "X, l'un des porte-parole, a réclamé sur Europe 1 ..." ("a-t-il dit" has its subject;
                    # not "Une mission du FMI a achevé ..., a indiqué l'institution")
                found.append((sent.start_char, end, lambda v=token, e=entry: (self.subject(v), e.cue, e.id)))
        return found

    def incise_in_clause(self, sent: Span, comma: Token, rest: list[Token]) -> bool:
        """A speech verb set off by commas inside the clause it reports: what comes before has no
        finite verb, what follows has one ("Le texte, a précisé le ministre, sera voté en juin";
        not ", estime l'élu, qui réclame ...")."""
        before = self.doc[sent.start: comma.i]
        return bool(rest) and rest[0].lower_ not in RELATIVES and not any(is_finite(t) for t in before if t.pos_ in {"VERB", "AUX"}) \
            and any(t.pos_ in {"VERB", "AUX"} and is_finite(t) for t in rest)

    def infinitive_reported(self, verb: Token) -> Token | None:
        """The bare infinitive a declarative verb reports with, right after it ("dit manquer de", "affirme
        avoir vu", "assure ne pas avoir"), as the infinitive_report rules list; not "promet de", "souhaite partir"."""
        if not self.rules.word_is("infinitive_report", verb):
            return None
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and (  # "manquer", "avoir vu"
            c.pos_ == "VERB" and "Inf" in c.morph.get("VerbForm")
            or any(a.dep_ == "aux:tense" and "Inf" in a.morph.get("VerbForm") for a in c.children))), None)
        if infinitive is None or any(c.dep_ == "mark" for c in infinitive.children):
            return None
        between = self.doc[verb.i + 1: infinitive.left_edge.i]
        return infinitive if all(t.pos_ in {"ADV", "PRON"} and not self.in_quote(t) for t in between) else None

    @staticmethod
    def finite_active(verb: Token) -> bool:
        """"estime", "a-t-il dit": finite, or a participle after its auxiliary; not "interrogé par",
        "reprenant l'argument", "ont été condamnés"."""
        return not any(c.dep_ == "aux:pass" for c in verb.children) and is_finite(verb)

    @staticmethod
    def qualifies(token: Token) -> bool:
        """A participle qualifying a noun: "dans une allocution télévisée", no verb of its own clause."""
        return token.dep_ in {"amod", "acl"} and "Part" in token.morph.get("VerbForm") and token.head.i < token.i

    def hangs_on(self, que: Token, verb: Token) -> bool:
        """The clause "que" opens depends on the verb, or on a date between them: "a annoncé ce même lundi
        qu'il", "a indiqué en début de matinée qu'au moins", or on the person told, which the parse may
        take for its antecedent ("a assuré le président ukrainien que"); not "le fait que", nor a relative "que"."""
        above = que.head.head
        person = above
        while person.dep_ in {"appos", "flat:name"} and person.head.i < person.i:  # "le président ukrainien Volodymyr X que"
            person = person.head
        told = que.pos_ == "SCONJ" and person.dep_ == "obj" and person.head == verb and self.can_speak(person)
        return (que.pos_ == "SCONJ" or que.dep_ == "mark") and (above == verb or told or verb.i < above.i < que.i and self.in_date(above))

    def comma_before(self, verb: Token, sent: Span) -> Token | None:
        """The comma right before an inverted speech verb, past its auxiliary, clitic and adverbs:
        "..., a confié X", "..., a-t-il enfin confié"."""
        i = verb.i - 1
        while i > sent.start and verb.i - i <= 4 and (
                self.doc[i].pos_ in {"AUX", "ADV"} or in_inversion(self.doc[i].lower_)):
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
        subject = next((c for c in node.children if c.dep_ in SUBJECT and sent.start < c.left_edge.i), None)
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
            reports = any(t.lower_ in QUE or t.text in {":", "«"} for t in self.doc[verb.i + 1: verb.i + 4])
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
            incise = len(tokens) <= 5 and tokens[0].lower_ in INCISE_PREPOSITIONS if tokens else False  # "selon X, chez Natixis, ..."
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

