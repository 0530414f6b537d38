"""``press_entities``: named entities an analyst can trust, as a rules layer over the model's.

Runs after ``ner``. In order:
1. corrections of the model's systematic errors (``fixes.jsonl``): boundaries ("la France",
   "Soleil - Neptune" → two places), common nouns, common-noun acronyms and web platforms taken
   for names ("Etats", "PIB", "Google"), nationality nouns ("l'Espagnole X", "la Japonaise X" →
   PER X) and inhabitants ("les Nantais"), labels from the head noun or the shape (an unknown
   acronym read as a place), the place closing a common noun's name ("attentat de Nice" → LOC Nice);
2. gazetteers: countries (``country_code``), organisations with their acronyms, metonyms
   ("Quai d'Orsay" → ORG); another entity's name inside a name nests;
3. token patterns (``patterns.jsonl``, word lists in ``lexicons.jsonl``): events, ministries,
   councils, names after a noun announcing an organisation ("la compagnie X"), national
   institutions, institutions of a place, clubs, titles before names; a pattern may keep
   entities of some labels from nesting in its match ("Tour de France"); a listed or pattern
   organisation the model reads with one more word is that longer name ("UNSA ICNA"); an
   organisation then takes the nationality adjective after it ("Conseil constitutionnel français");
4. within-article consistency: an acronym the article defines is an entity like its expansion,
   a person's surname elsewhere is that person, a place's or organisation's name keeps its
   label wherever it occurs again; the person a facility is named after nests in it
   ("l'université Harvard");
5. canonical names (canonical.py) and the article's countries, adjectives included.

Output: ``doc.spans["entities"]`` (every mention, nesting allowed, sorted by start), ``doc.ents``
(the flat version: the outermost mentions), ``span._.canonical``, ``span._.country_code``,
``span._.rule`` (None: the model's span kept as is) and ``doc._.countries``.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline import extensions  # noqa: F401  (registers the span attributes)
from pipeline.components.entities import canonical
from pipeline.components.entities.corrections import correct
from pipeline.components.entities.mentions import Mention, longest_first, merge, same_label_longest
from pipeline.components.entities.rules import (DEMONYMS, FIXES, GAZETTEERS, LEXICONS, PATTERNS, EntityRules,
                                                hash_table, in_table)

SPAN_GROUP = "entities"


@Language.factory(
    "press_entities",
    default_config={"gazetteers": list(GAZETTEERS), "patterns": PATTERNS, "fixes": FIXES, "demonyms": DEMONYMS,
                    "lexicons": LEXICONS},
)
def make_press_entities(nlp: Language, name: str, gazetteers: list[str], patterns: str, fixes: str,
                        demonyms: str, lexicons: str) -> "PressEntities":
    return PressEntities(EntityRules(nlp, gazetteers, patterns, fixes, demonyms, lexicons))


class PressEntities:
    def __init__(self, rules: EntityRules):
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        # word lookups go through these arrays, not through Python loops over the tokens
        orth, lower = doc.to_array([ORTH, LOWER]).T
        model = mentions = [Mention(e.start, e.end, e.label_) for e in doc.ents]
        mentions = correct(doc, mentions, rules.fixes, rules.demonyms, orth, lower)
        mentions = merge(mentions, self._gazetteer(doc, orth) + self._source(doc))
        doc.ents = [m.span(doc) for m in longest_first(mentions)]  # patterns may test ENT_TYPE
        # a country's name is the place, whatever a pattern around it reads ("ministre du Canada")
        countries = {(m.start, m.end) for m in mentions if m.code}
        found = [m for m in self._patterns(doc, lower) if (m.start, m.end) not in countries]
        mentions = merge(mentions, found + self._rests(doc, model, found))
        mentions = self._organisations_read_longer(doc, model, mentions, orth)
        mentions = self._without_names_inside_closed_matches(mentions)
        self._event_years(doc, mentions)
        self._nationality_after_organisations(doc, mentions, orth, lower)
        acronyms = canonical.acronym_expansions(doc, orth, [(m.start, m.end) for m in mentions if m.label == "ORG"])
        mentions = self._acronyms(doc, mentions, acronyms, orth)
        mentions = self._persons(doc, mentions, orth)
        mentions = self._names_elsewhere(doc, mentions, orth)
        mentions = self._places_closing_organisations(doc, mentions, orth, lower)
        mentions = self._without_nationalities_before_persons(doc, mentions)
        mentions = self._persons_naming_places(doc, mentions)
        self._places_after_organisations(doc, mentions, lower)
        self._write(doc, mentions, acronyms, lower)
        return doc

    def _gazetteer(self, doc: Doc, orth: numpy.ndarray) -> list[Mention]:
        found = []
        for match_id, start, end in self.rules.phrases(doc):
            name = self.rules.names[doc.vocab.strings[match_id]]
            if name.after and (start == 0 or doc[start - 1].lower_ not in name.after):
                continue
            label = "LOC" if name.place_after and _word_before(doc, start) in name.place_after else name.label
            found.append(Mention(start, end, label, name.rule, name.canonical, name.code, name.country))
        found = self._without_glued_countries(doc, found, orth)
        outer = longest_first(found)
        # another entity's name inside a name stays nested ("Nations unies" in "Conseil de sécurité
        # des Nations unies"); a shorter name of the same entity does not ("Conseil de sécurité"), nor
        # a country inside another's name ("Congo" in "République démocratique du Congo"), nor a name
        # glued by a hyphen to the rest of a word ("AP" in "AP-HP")
        nested = [m for m in found if any(o.contains(m) and o.canonical != m.canonical and not (o.code and m.code)
                                          and not _glued(doc, m, o) for o in outer)]
        return outer + longest_first(nested)

    @staticmethod
    def _without_glued_countries(doc: Doc, found: list[Mention], orth: numpy.ndarray) -> list[Mention]:
        """A country's name joined by a hyphen to a word that is no other country's is part of a
        region's or town's name ("Australie-Occidentale", "Luxembourg-Ville"); "France-Allemagne"
        is two countries."""
        countries = {i for m in found if m.code for i in (m.start, m.end - 1)}
        hyphen_hash = doc.vocab.strings["-"]

        def glued(hyphen: int, word: int) -> bool:
            return 0 <= word < len(doc) and orth[hyphen] == hyphen_hash and not doc[hyphen].whitespace_ \
                and not doc[hyphen - 1].whitespace_ and doc[word].is_title and word not in countries

        return [m for m in found if not m.code or not (m.end < len(doc) and glued(m.end, m.end + 1)
                                                      or m.start > 1 and glued(m.start - 1, m.start - 2))]

    def _source(self, doc: Doc) -> list[Mention]:
        """The outlet of the closing source line (``press_layout``): "Article19.ma"."""
        if self.rules.fixes.source_line is None or not doc._.source or not doc.spans.get("source"):
            return []
        line = doc.spans["source"][0]
        offset = line.text.find(doc._.source)
        span = doc.char_span(line.start_char + offset, line.start_char + offset + len(doc._.source)) if offset >= 0 else None
        if span is None or any(e.label_ == "PER" and (e.start, e.end) == (span.start, span.end) for e in doc.ents):
            return []  # a closing line naming a person ("— Usain Bolt") signs a quotation: the model's PER stays
        label, rule = self.rules.fixes.source_line
        return [Mention(span.start, span.end, label, rule)]

    def _rests(self, doc: Doc, model: list[Mention], found: list[Mention]) -> list[Mention]:
        """What a pattern with a rest_label cuts off the end of one of the model's names, when it
        is all capitalised words: "la ministre de la Culture Rachida Dati" read as one organisation
        leaves the portfolio and the person."""
        rests = []
        for new in found:
            label = self.rules.patterns[new.rule].rest_label
            if label is None:
                continue
            for old in model:
                if old.start <= new.start and new.end < old.end and all(t.is_title for t in doc[new.end: old.end]):
                    rests.append(Mention(new.end, old.end, label, new.rule))
        return rests

    def _organisations_read_longer(self, doc: Doc, model: list[Mention], mentions: list[Mention],
                                   orth: numpy.ndarray) -> list[Mention]:
        """A rule's organisation that the model reads with one more capitalised word after it, or
        joined to it by a hyphen, or with "de" and a common noun, is that longer name, a branch's, a
        subsidiary's or another body's ("UNSA ICNA", "Havas France", "France Bleu Normandie",
        "Greenpeace-Méditerranée", "CGT du livre", "Union européenne de radio-télévision", and with a
        word hyphened before it, "Snesup-FSU", "Ufap-Unsa Justice"), under its own name, not the
        listed one's; not when the word is a person's name the article gives ("la BCE Draghi"), nor
        "du pays"."""
        rule = self.rules.fixes.organisation_read_longer
        if rule is None:
            return mentions
        ends: dict[int, set[int]] = {}  # start of a model's organisation -> its ends
        for m in model:
            if m.label == "ORG":
                ends.setdefault(m.start, set()).add(m.end)
        if not ends:
            return mentions
        persons = {int(orth[i]) for m in mentions if m.label == "PER" for i in range(m.start, m.end)}
        # a name of more words starting at the word, or over it, is another reading: it stays
        longer_over = {i for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end)}
        extended = {}  # (start, end) -> (the rule's mention, the model's end)
        for m in mentions:
            if m.label != "ORG" or m.rule is None or m.end >= len(doc):
                continue
            start = m.start - 2 if m.start > 1 and _hyphened(doc, m.start - 2) and m.start - 2 not in longer_over else m.start
            if start not in ends:
                continue
            if start < m.start and m.end in ends[start]:  # "Snesup-FSU"
                extended.setdefault((m.start, m.end), (m, start, m.end))
                continue
            after, word = doc[m.end], doc[m.end + 1] if m.end + 1 < len(doc) else None
            if after.text == "-" and not doc[m.end - 1].whitespace_ and not after.whitespace_:  # "Greenpeace-Méditerranée"
                end = m.end + 2 if word is not None and _hyphened(doc, m.end - 1) else None
            elif after.lower_ in _DE_WORDS and doc[m.end - 1].whitespace_:  # "CGT du livre"
                end = m.end + 2 if word is not None and _COMMON_NOUN.match(word.text) \
                    and word.lower_ not in _PLACE_BY_ITSELF else None
            else:  # "UNSA ICNA"
                end = m.end + 1 if doc[m.end - 1].whitespace_ and after.is_alpha and (after.is_title or after.is_upper) else None
            if end is not None and end in ends[start] and int(orth[end - 1]) not in persons and end - 1 not in longer_over:
                extended.setdefault((m.start, m.end), (m, start, end))
        if not extended:
            return mentions
        words = {end - 1 for m, _, end in extended.values() if end > m.end} | {start for m, start, _ in extended.values() if start < m.start}
        # the word read as a name of its own is the longer name's now (a country stays nested: "Havas France"),
        # and so are other rules' readings of the shorter one
        kept = [m for m in mentions if not (m.end - m.start == 1 and m.start in words and m.code is None)
                and ((m.start, m.end) not in extended or extended[m.start, m.end][0] is m)]
        for m, start, end in extended.values():
            m.start, m.end, m.rule, m.canonical = start, end, rule, None
        return kept

    def _patterns(self, doc: Doc, lower: numpy.ndarray) -> list[Mention]:
        found = []
        trailing = self.rules.fixes.strip_trailing
        for match_id, start, end, alignment in self.rules.matches(doc, lower):
            pattern = self.rules.patterns[doc.vocab.strings[match_id]]
            first = next((start + k for k, element in enumerate(alignment) if element >= pattern.span_from), end)
            if pattern.span_to is not None:
                end = next((start + k for k, element in enumerate(alignment) if element >= pattern.span_to), end)
            while end > first and (doc[end - 1].text in trailing or doc[end - 1].is_space):
                end -= 1
            if first >= end:
                continue
            name = None  # a canonical name that leaves out the noun before it ("ONG Oxfam" -> Oxfam)
            if pattern.canonical_from is not None:
                named = next((start + k for k, element in enumerate(alignment) if element >= pattern.canonical_from), end)
                name = canonical.normal(doc[named:end].text) if named < end else None
            found.append(Mention(first, end, pattern.label, pattern.rule, name))
            if pattern.inner:
                inner = [start + k for k, element in enumerate(alignment)
                         if pattern.inner["from"] <= element <= pattern.inner.get("to", element) and start + k < end]
                if inner:
                    found.append(Mention(inner[0], inner[-1] + 1, pattern.inner["label"], pattern.rule))
        found = same_label_longest(found)
        return found

    def _without_names_inside_closed_matches(self, mentions: list[Mention]) -> list[Mention]:
        """A pattern's ``not_nested`` labels are words of the name it reads, not entities of their
        own: "France" in "Tour de France", "Nations unies" in "Mission des Nations unies au Mali"."""
        closed = [(m, self.rules.closed_patterns[m.rule]) for m in mentions if m.rule in self.rules.closed_patterns]
        if not closed:
            return mentions
        return [m for m in mentions if not any(m.label in labels and c.contains(m) for c, labels in closed)]

    def _event_years(self, doc: Doc, mentions: list[Mention]) -> None:
        rule = self.rules.fixes.event_year
        if rule is None:
            return
        for m in mentions:
            if m.label == "EVENT" and m.end < len(doc) and _YEAR.match(doc[m.end].text) \
                    and not any(o.start == m.end for o in mentions):
                m.end, m.rule = m.end + 1, rule

    def _nationality_after_organisations(self, doc: Doc, mentions: list[Mention], orth: numpy.ndarray,
                                         lower: numpy.ndarray) -> None:
        """The nationality adjective after an institution's name is part of it: "Conseil
        constitutionnel français", "Réserve fédérale américaine"; so is it, or a word of
        orientation, after a region's ("Kurdistan irakien", "Méditerranée orientale")."""
        adjectives = {"ORG": (self.rules.demonyms, self.rules.fixes.demonym_after_organisation)}
        if self.rules.fixes.place_adjectives is not None:
            # a region, not a country, takes them too: "Kurdistan irakien", "Amérique latine"
            words, rule = self.rules.fixes.place_adjectives
            adjectives["LOC"] = (words | self.rules.demonyms.keys(), rule)
        for m in mentions:
            words, rule = adjectives.get(m.label, (None, None))
            if rule is not None and not m.code and m.end < len(doc) and orth[m.end] == lower[m.end] \
                    and doc[m.end].text in words and not any(o.start <= m.end < o.end for o in mentions) \
                    and _agrees(doc[m.start:m.end], doc[m.end]):
                m.end, m.rule = m.end + 1, rule

    def _acronyms(self, doc: Doc, mentions: list[Mention], acronyms: dict[str, tuple[int, int]],
                  orth: numpy.ndarray) -> list[Mention]:
        """An acronym the article defines, "Direction des statistiques (DS)", is an entity like its
        expansion (of the fixes' ``acronym_label`` when the expansion is no entity yet but
        capitalised), wherever it occurs."""
        if self.rules.fixes.acronym_label is None or not acronyms:
            return mentions
        default_label, rule = self.rules.fixes.acronym_label
        by_offsets = {(m.start, m.end): m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        added = []
        for acronym, (start, end) in acronyms.items():
            expansion = by_offsets.get((start, end))
            if expansion is not None and expansion.rule is None and expansion.label == "MISC" and any(
                    m.label == "ORG" and m.end - m.start == 1 and orth[m.start] == doc.vocab.strings[acronym] for m in mentions):
                # the model's organisation by its acronym and a phrase by its expansion: both are the organisation
                expansion.label, expansion.rule = "ORG", rule
            if expansion is None:
                # a capitalised expansion that is not part of a name already ("Sommet sur
                # l'Intelligence artificielle (IA)": IA is a common noun's acronym); names inside
                # it nest, and a model's name cut short ("Association nationale" of "Association
                # nationale pour l'étude de la neige (ANENA)") gives way to it
                around = Mention(start, end, default_label)
                # lower case, an organisation's name starts with its head noun ("cour pénale
                # internationale (CPI)"); other lower-case expansions are common nouns' (PIB)
                named = doc[start].is_title or doc[start].lower_ in self.rules.fixes.acronym_lower_case_heads
                if not named or end - start < 2 or \
                        any(m.start < end and start < m.end and not around.contains(m) for m in mentions):
                    continue
                # the name cut short gives its label: "Salon international de l'agriculture au Maroc (SIAM)" is an event
                cut = next((m for m in mentions if m.start == start and m.end < end), None)
                label = cut.label if cut is not None and cut.label in ("ORG", "EVENT") else default_label
                expansion = Mention(start, end, label, rule)
                added.append(expansion)
            for i in numpy.flatnonzero(orth == doc.vocab.strings[acronym]).tolist():
                current = by_offsets.get((i, i + 1))
                if current is None and i not in covered or \
                        current is not None and current.rule is None and current.label != expansion.label:
                    added.append(Mention(i, i + 1, expansion.label, rule))
        return merge(mentions, added) if added else mentions

    def _persons(self, doc: Doc, mentions: list[Mention], orth: numpy.ndarray) -> list[Mention]:
        """A mention reading as a person's full name or surname found elsewhere in the article
        is that person ("Froome" after "Chris Froome"), whatever the model said."""
        rule = self.rules.fixes.person_consistency
        if rule is None:
            return mentions
        names = set()
        for m in mentions:
            if m.label == "PER" and m.end - m.start > 1 and doc[m.end - 1].is_title and not doc[m.end - 1].is_stop:
                names.add(doc[m.start:m.end].text)
                names.add(doc[m.end - 1].text)
        if not names:
            return mentions
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if m.label != "PER" and m.rule is None and doc[m.start:m.end].text in names \
                    and not (m.label == "ORG" and self._after_organisation_noun(doc, m.start)):
                m.label, m.rule = "PER", rule
                if m.end - m.start == 1:
                    m.start = self._full_name_start(doc, m.start, names, taken)
        # a surname the model missed; inside an event or organisation ("affaire Benalla") it nests
        covered = {i for m in mentions if m.label not in ("EVENT", "MISC") for i in range(m.start, m.end)}
        surnames = [doc.vocab.strings[n] for n in names if " " not in n]
        # (not a first name before another name: "Nicole Belloubet" after "Maxime Nicole")
        missed = [Mention(self._full_name_start(doc, i, names, covered), i + 1, "PER", rule)
                  for i in numpy.flatnonzero(in_table(orth, hash_table(surnames))).tolist()
                  if i not in covered and not (i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha)]
        return merge(mentions, missed) if missed else mentions

    def _after_organisation_noun(self, doc: Doc, start: int) -> bool:
        """Whether a name follows a noun announcing an organisation, adjectives between ("la banque suisse")."""
        k = start - 1
        while k > 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1
        return k >= 0 and doc[k].lower_ in self.rules.fixes.organisation_nouns

    @staticmethod
    def _full_name_start(doc: Doc, surname: int, names: set[str], covered: set[int]) -> int:
        """Where the person's name ending at a missed surname starts: at the first name before it
        when the words read as a full name found in the article ("Áron Szilágyi" in a title)."""
        for start in range(surname - 1, max(-1, surname - _FIRST_NAME_WORDS - 1), -1):
            if start in covered:
                break
            if doc[start:surname + 1].text in names:
                return start
        return surname

    def _names_elsewhere(self, doc: Doc, mentions: list[Mention], orth: numpy.ndarray) -> list[Mention]:
        """A place's or organisation's name that the article gives one label has it wherever it
        occurs again outside any entity ("Rio" after "à Rio"), and where the model read it
        otherwise if a rule gave the label ("la compagnie Flydubai", then "Flydubai" read as a
        place); persons: see _persons."""
        rule = self.rules.fixes.name_consistency
        if rule is None:
            return mentions
        labels: dict[tuple[int, ...], set[str]] = {}
        by_rules: dict[tuple[int, ...], set[str]] = {}
        for m in mentions:
            if m.label in _CONSISTENT_LABELS and (doc[m.start].is_title or doc[m.start].is_upper) \
                    and len(doc[m.start].text) > 1:
                name = tuple(orth[m.start:m.end].tolist())
                labels.setdefault(name, set()).add(m.label)
                if m.rule is not None:
                    by_rules.setdefault(name, set()).add(m.label)
        ruled = {name: found.pop() for name, found in by_rules.items() if len(found) == 1}
        self._majority_labels(mentions, orth, rule)
        for m in mentions:
            # a person's full name stays the model's: rules read some as organisations' names
            if m.rule is None and ruled and (m.label != "PER" or m.end - m.start == 1):
                label = ruled.get(tuple(orth[m.start:m.end].tolist()), m.label)
                if label != m.label:
                    m.label, m.rule = label, rule
        names = {name: found.pop() for name, found in labels.items() if len(found) == 1}
        names.update(ruled)
        if not names:
            return mentions
        by_first_word: dict[int, list[tuple[tuple[int, ...], str]]] = {}  # longest names first
        for name, label in sorted(names.items(), key=lambda item: -len(item[0])):
            by_first_word.setdefault(name[0], []).append((name, label))
        covered = numpy.zeros(len(doc) + 1, dtype=bool)
        for m in mentions:
            covered[m.start:m.end] = True
        added = []
        for i in numpy.flatnonzero(in_table(orth, hash_table(by_first_word)) & ~covered[:-1]).tolist():
            for name, label in by_first_word[int(orth[i])]:
                end = i + len(name)
                if tuple(orth[i:end].tolist()) == name and not covered[i:end].any():
                    added.append(Mention(i, end, label, rule))
                    covered[i:end] = True
                    break
        return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions

    @staticmethod
    def _majority_labels(mentions: list[Mention], orth: numpy.ndarray, rule: str) -> None:
        """A name the model reads with one label more often than with all others together has that
        label where the model read it as a person or a MISC ("Hilla" twice a place, once a person);
        its places and organisations stay, read from their own context ("Washington a réagi" may
        stand among readings of a person)."""
        names = [tuple(orth[m.start:m.end].tolist()) if m.label in _MAJORITY_LABELS else None for m in mentions]
        first: dict[tuple[int, ...], str] = {}
        mixed = set()  # names read with more than one label: the only ones to count
        for m, name in zip(mentions, names):
            if name is not None and first.setdefault(name, m.label) != m.label:
                mixed.add(name)
        if not mixed:
            return
        counts: dict[tuple[int, ...], Counter] = {}
        for m, name in zip(mentions, names):
            if name in mixed:
                counts.setdefault(name, Counter())[m.label] += 1
        majority = {}
        for name, labels in counts.items():
            (label, n), = labels.most_common(1)
            if 2 * n > sum(labels.values()):
                majority[name] = label
        for m, name in zip(mentions, names):
            if majority and m.rule is None and m.label in _MAJORITY_FOLLOWERS and majority.get(name, m.label) != m.label:
                m.label, m.rule = majority[name], rule

    def _places_closing_organisations(self, doc: Doc, mentions: list[Mention], orth: numpy.ndarray,
                                      lower: numpy.ndarray) -> list[Mention]:
        """An organisation's name ending in "de" and a place the article names elsewhere holds that
        place ("tribunal de Paris", "conseil général des Landes" after "dans les Landes")."""
        if self.rules.fixes.place_after_de is None:
            return mentions
        _, label, rule = self.rules.fixes.place_after_de
        organisations = [m for m in mentions if m.label == "ORG" and m.end - m.start > 2]
        places = {tuple(orth[m.start:m.end].tolist()) for m in mentions if m.label == label} if organisations else None
        if not places:
            return mentions
        de = {doc.vocab.strings[word] for word in _DE}
        starts = {(m.start, m.end) for m in mentions}
        added = []
        for m in organisations:
            last_de = next((i for i in range(m.end - 2, m.start, -1) if lower[i] in de), None)
            if last_de is not None and (last_de + 1, m.end) not in starts \
                    and tuple(orth[last_de + 1:m.end].tolist()) in places:
                added.append(Mention(last_de + 1, m.end, label, rule))
        return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions

    def _without_nationalities_before_persons(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """One capitalised word between a determiner or an adjective and a person's name is that
        person's nationality or town, no place ("le Strasbourgeois Nathan Guerbeur", "l'autre Suisse
        Emma Bilham"); after a preposition it may be the place ("à Londres Boris Johnson")."""
        endings = self.rules.fixes.nationality_before_person
        persons = {m.start for m in mentions if m.label == "PER"} if endings is not None else None
        if not persons:
            return mentions

        def nationality(m: Mention) -> bool:
            if m.end - m.start != 1 or m.end not in persons or m.label not in _NATIONALITY_READINGS or m.start == 0:
                return False
            word = doc[m.start]
            return word.is_title and doc[m.start - 1].pos_ in _BEFORE_NATIONALITY \
                and (m.code is not None or word.lower_ in self.rules.demonyms or word.lower_.endswith(endings))

        return [m for m in mentions if not nationality(m)]

    def _persons_naming_places(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """The capitalised name right after a facility's noun names the person it honours, nested
        ("l'hôpital Pasteur", "l'université Harvard", "la tour Eiffel"; not "l'hôpital de Lille")."""
        if self.rules.fixes.person_naming_a_place is None:
            return mentions
        kinds, rule = self.rules.fixes.person_naming_a_place
        added = []
        for m in mentions:
            if m.label not in _FACILITY_LABELS or m.end - m.start < 2 or doc[m.start].lower_ not in kinds \
                    or not doc[m.start].is_lower:
                continue
            start = m.start + 1
            while start < m.end and doc[start].is_lower and doc[start].pos_ == "ADJ":  # "aéroport international"
                start += 1
            name = doc[start:m.end]
            # a saint's name is the place's ("rue Saint-Just"), a person's only as the saint
            if len(name) and name[0].is_title and not name[0].lower_.startswith(_SAINT) \
                    and all(t.is_title or t.text == "-" for t in name) \
                    and not any(m.contains(o) and o.start >= start for o in mentions):
                added.append(Mention(start, m.end, "PER", rule))
        return sorted(mentions + added, key=lambda m: (m.start, -m.end)) if added else mentions

    def _places_after_organisations(self, doc: Doc, mentions: list[Mention], lower: numpy.ndarray) -> None:
        """An organisation's name followed by "de" and a place holds the place, nested: the
        institution of that place ("hôpital Pasteur de Nice", "ministère de la Défense de Russie",
        "Cour de magistrats de Maidstone"). Not after a listed organisation's name, which is whole
        ("Medef de Guyane", "Les Républicains du 15e arrondissement" are its branches, named either
        way), an acronym ("l'UNESCO de Jérusalem"), or the names of the fix's "except_rules" (a
        minister's portfolio: "ministre de la Santé du Cameroun" is the country's minister)."""
        fix = self.rules.fixes.place_after_organisation
        places = {m.start: m for m in mentions if m.label == "LOC"} if fix is not None else None
        if not places:
            return
        except_rules, rule = fix
        strings = doc.vocab.strings
        de, articles = {strings[w] for w in _DE}, {strings[w] for w in _ARTICLES}
        for m in mentions:
            if m.label != "ORG" or m.canonical is not None or m.rule in except_rules or doc[m.end - 1].is_upper \
                    or m.end + 1 >= len(doc) or lower[m.end] not in de:
                continue
            start = m.end + 1 + (lower[m.end + 1] in articles)
            place = places.get(start)
            if place is None:
                continue
            extended = Mention(m.start, place.end, m.label)
            if not any(o.crosses(extended) or (o.start, o.end) == (m.start, place.end) for o in mentions):
                m.end, m.rule = place.end, rule

    def _write(self, doc: Doc, mentions: list[Mention], acronyms: dict[str, tuple[int, int]],
               lower: numpy.ndarray) -> None:
        names = canonical.assign(doc, mentions, acronyms, self.rules.refers_to)
        spans = []
        for mention, name in zip(mentions, names):
            span = mention.span(doc)
            span._.canonical = name
            span._.country_code = mention.code
            span._.rule = mention.rule
            spans.append(span)
        doc.spans[SPAN_GROUP] = spans
        flat = {(m.start, m.end) for m in longest_first(mentions)}
        doc.ents = [s for s in spans if (s.start, s.end) in flat]
        countries = {m.code for m in mentions if m.code} | {m.country for m in mentions if m.country}
        strings = doc.vocab.strings
        demonyms = self.rules.demonyms
        nationalities = numpy.flatnonzero(in_table(lower, self.rules.demonym_hashes)).tolist()
        doc._.nationalities = {i: demonyms[strings[int(lower[i])]] for i in nationalities}
        countries.update(doc._.nationalities.values())
        doc._.countries = tuple(sorted(countries))


_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
_DE = frozenset({"de", "du", "des", "d'", "d’"})
_CONSISTENT_LABELS = frozenset({"LOC", "ORG"})
_MAJORITY_LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})
_MAJORITY_FOLLOWERS = frozenset({"PER", "MISC"})  # the model's places and organisations are kept
_NATIONALITY_READINGS = frozenset({"LOC", "PER", "MISC"})  # how the model reads "Strasbourgeois", "Suisse"
_BEFORE_NATIONALITY = frozenset({"DET", "ADJ"})
_FIRST_NAME_WORDS = 3  # words a full name may have before the surname ("Jean-Pierre de La Tour")
_AGREEING = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})  # words of a name that show its gender and number ("unies")
_FACILITY_LABELS = frozenset({"LOC", "ORG"})  # a facility reads as either ("tour Eiffel", "université Harvard")
_SAINT = ("saint", "sainte", "st-", "ste-")
_DE_WORDS = frozenset({"de", "du", "des"})
_COMMON_NOUN = re.compile(r"^[a-zàâäçéèêëîïôöûüœ]+(?:-[a-zàâäçéèêëîïôöûüœ]+)*$")
_PLACE_BY_ITSELF = frozenset({"pays"})  # "ministère de la Santé du pays": the country, no word of the name
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _agrees(name: Span, adjective: Token) -> bool:
    """Whether an adjective can qualify a name: no gender or number of its own (the first word of
    the name that has one) tells otherwise. "ministre des Affaires étrangères français" qualifies
    the minister, "secrétaire général des Nations unies sud-coréen" the secretary."""
    for feature in ("Gender", "Number"):
        own = adjective.morph.get(feature)
        name_value = next((t.morph.get(feature) for t in name if t.pos_ in _AGREEING and t.morph.get(feature)), None)
        if own and name_value and not set(own) & set(name_value):
            return False
    return True


def _hyphened(doc: Doc, left: int) -> bool:
    """Two capitalised words joined by a bare hyphen from ``left`` on ("Snesup-FSU")."""
    if left + 2 >= len(doc) or doc[left + 1].text != "-" or doc[left].whitespace_ or doc[left + 1].whitespace_:
        return False
    return all(t.is_alpha and (t.is_title or t.is_upper) for t in (doc[left], doc[left + 2]))


def _glued(doc: Doc, inner: Mention, outer: Mention) -> bool:
    """Whether a name inside another is joined to the outer name's next or previous word by a hyphen without spaces."""
    return inner.end < outer.end and doc[inner.end].text == "-" and not doc[inner.end - 1].whitespace_ \
        or inner.start > outer.start and doc[inner.start - 1].text == "-" and not doc[inner.start - 1].whitespace_


def _word_before(doc: Doc, start: int) -> str:
    """The word before a name, looking through an article: "à" in "à l'Élysée"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES:
        k -= 1
    return doc[k].lower_ if k >= 0 else ""


def load_rules_from(directory: Path) -> dict:
    """Config pointing every rule file to ``directory`` (tests, user rule sets)."""
    return {"gazetteers": [str(directory / Path(p).name) for p in GAZETTEERS],
            "patterns": str(directory / Path(PATTERNS).name), "fixes": str(directory / Path(FIXES).name),
            "demonyms": str(directory / Path(DEMONYMS).name), "lexicons": str(directory / Path(LEXICONS).name)}
