"""The entity rule files of ``pipeline/rules/entities/``, loaded and checked once.

- ``countries.jsonl`` (generated from pycountry) and ``country_variants.jsonl`` (hand-edited):
  country names → LOC with an ISO alpha-3 ``code``;
- ``organisations.jsonl`` and ``metonyms.jsonl``: names, acronyms and variants → ORG;
- ``events.jsonl``: named recurring events (holidays, wars) → EVENT;
- ``patterns.jsonl``: spaCy Matcher token patterns (events, organisation shapes, titles);
- ``lexicons.jsonl``: named word lists the patterns share, written ``"$<id>"`` in an ``IN`` list;
- ``fixes.jsonl``: corrections of the model's systematic errors;
- ``demonyms.jsonl``: nationality adjectives → country codes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from pipeline.ruleset import RuleError, compile_regex, load_jsonl, where

GAZETTEERS = ("entities/countries.jsonl", "entities/country_variants.jsonl",
              "entities/organisations.jsonl", "entities/metonyms.jsonl", "entities/events.jsonl")
PATTERNS = "entities/patterns.jsonl"
FIXES = "entities/fixes.jsonl"
DEMONYMS = "entities/demonyms.jsonl"
LEXICONS = "entities/lexicons.jsonl"
LABELS = frozenset({"PER", "ORG", "LOC", "EVENT", "MISC"})
FIX_KINDS = frozenset({"strip_leading", "strip_trailing", "person_titles", "person_particles", "not_entity", "drop_regex", "sentence_start",
                       "sentence_start_common_word",
                       "head_label", "relabel_regex", "demonym", "demonym_before_name", "demonym_after_organisation", "place_after_de", "person_consistency", "name_consistency", "source_line",
                       "acronym_label", "event_year", "place_kinds", "name_after_de", "place_adjectives",
                       "plural_people_noun", "split_at", "person_naming_a_place",
                       "nationality_before_person", "person_apposed_to_role", "place_after_organisation",
                       "organisation_read_longer"})
APOSTROPHES = ("'", "’")
MATCH_WINDOW = 24  # tokens from a repeating pattern's anchor to the end of its match, at most
_DEMONYM_PLACEHOLDER = "$demonyms"


@dataclass(frozen=True)
class Name:
    """One surface form of a gazetteer entry."""
    label: str
    rule: str
    canonical: str
    code: str | None = None  # ISO alpha-3 when the name is a country's
    country: str | None = None  # country an organisation or metonym involves
    after: frozenset[str] = frozenset()  # if set, the word before must be one of these
    place_after: frozenset[str] = frozenset()  # after these words a metonym is the place (LOC)


@dataclass
class Pattern:
    rule: str
    label: str
    span_from: int = 0
    span_to: int | None = None  # element index where the entity stops: the elements after are context
    inner: dict | None = None
    canonical_from: int | None = None  # element index where the canonical name starts ("ONG Oxfam" -> Oxfam)
    # labels no entity inside the match may have: its words are the name's ("France" in "Tour de France")
    not_nested: frozenset[str] = frozenset()
    rest_label: str | None = None  # the rest of a model's name the match cuts short is a name of this label


@dataclass
class Fixes:
    strip_leading: dict[str, str] = field(default_factory=dict)  # word -> rule id
    strip_trailing: dict[str, str] = field(default_factory=dict)
    person_titles: dict[str, str] = field(default_factory=dict)  # lower-case title -> rule id
    person_particles: dict[str, str] = field(default_factory=dict)
    not_entity: dict[str, str] = field(default_factory=dict)
    drop_regex: list[tuple[re.Pattern, frozenset[str], str]] = field(default_factory=list)  # regex, labels
    # regex, labels, new label, rule id, regexes the text right after and right before the span must match (None: any)
    relabel_regex: list[tuple[re.Pattern, frozenset[str], str, str, re.Pattern | None, re.Pattern | None]] = \
        field(default_factory=list)
    sentence_start: tuple[frozenset[str], str] | None = None
    # (parts of speech, those that also unmake a person's name, rule id)
    sentence_start_common_word: tuple[frozenset[str], frozenset[str], str] | None = None
    # (heads: whole texts or prefixes, label, inner_from_label, rule id)
    head_label: list[tuple[frozenset[str], tuple[str, ...], str, str | None, str]] = field(default_factory=list)
    demonym: str | None = None
    demonym_before_name: tuple[str, str] | None = None  # (label, rule id)
    demonym_after_organisation: str | None = None
    place_after_de: tuple[frozenset[str], str, str] | None = None  # (labels, label, rule id)
    person_consistency: str | None = None
    # nouns after which the model's organisation stays one, a person's surname though ("la banque Reyl", "François Reyl")
    organisation_nouns: frozenset[str] = frozenset()
    name_consistency: str | None = None
    source_line: tuple[str, str] | None = None  # (label, rule id)
    acronym_label: tuple[str, str] | None = None  # (label, rule id)
    acronym_lower_case_heads: frozenset[str] = frozenset()  # first words of lower-case expansions
    event_year: str | None = None
    # (nouns, rule id, nouns that give the place's name only before "de": "aéroport de Bruxelles")
    place_kinds: tuple[frozenset[str], str, frozenset[str]] | None = None
    name_after_de: str | None = None
    place_adjectives: tuple[frozenset[str], str] | None = None  # (words, rule id); nationality adjectives too
    plural_people_noun: str | None = None
    people_noun_shape: tuple[frozenset[str], tuple[str, ...]] = (frozenset(), ())  # (plural determiners, endings)
    split_at: tuple[frozenset[str], frozenset[str], str] | None = None  # (separators, labels, rule id)
    person_naming_a_place: tuple[frozenset[str], str] | None = None  # (kind nouns, rule id)
    nationality_before_person: tuple[str, ...] | None = None  # endings of inhabitants' nouns
    person_apposed_to_role: tuple[frozenset[str], str] | None = None  # (role nouns, rule id)
    place_after_organisation: tuple[frozenset[str], str] | None = None  # (ids of rules whose names keep out, rule id)
    organisation_read_longer: str | None = None


def apostrophe_variants(text: str) -> list[str]:
    """``text`` as written and with the other apostrophe (' ↔ ’)."""
    return list(dict.fromkeys([text, text.replace("’", "'"), text.replace("'", "’")]))


def inflections(word: str) -> list[str]:
    """Feminine and plural forms of a masculine singular nationality word."""
    if word.endswith("e"):
        return [word, word + "s"]
    feminine = word + ("ne" if word.endswith(("ien", "éen")) else "e")
    plural = word if word.endswith(("s", "x")) else word + "s"
    return [word, feminine, plural, feminine + "s"]


class EntityRules:
    def __init__(self, nlp: Language, gazetteers=GAZETTEERS, patterns: str | Path = PATTERNS,
                 fixes: str | Path = FIXES, demonyms: str | Path = DEMONYMS, lexicons: str | Path = LEXICONS):
        self.demonyms = self._load_demonyms(demonyms)
        self.demonym_hashes = hash_table(nlp.vocab.strings.add(form) for form in self.demonyms)
        self.lexicons = self._load_lexicons(lexicons)
        self.names: dict[str, Name] = {}
        self.country_names: dict[str, str] = {}  # alpha-3 -> canonical name
        self.refers_to: dict[str, str] = {}  # a metonym's canonical name -> the institution's ("Quai d'Orsay" -> the ministry)
        for path in gazetteers:
            self._load_gazetteer(path)
        # one PhraseMatcher key per name: the match id gives the name back
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        for text in self.names:
            self.phrases.add(text, list(nlp.tokenizer.pipe(apostrophe_variants(text))))
        self.patterns: dict[str, Pattern] = {}
        # A Matcher tries each of its patterns at every token: each pattern has its own, run only
        # around the words it requires (its anchor), or over the whole text if it has none.
        self._vocab = nlp.vocab
        self._anchored: list[tuple[Matcher, int, int]] = []  # matcher, tokens before and from the anchor
        self._anchor_patterns: dict[int, list[int]] = {}  # anchor word's hash -> indices in _anchored
        self._unanchored = Matcher(nlp.vocab, validate=True)
        for rule in load_jsonl(patterns, required=("id", "label", "pattern")):
            self._add_pattern(rule)
        self._anchors = hash_table(self._anchor_patterns)
        self.closed_patterns = {rule: pattern.not_nested for rule, pattern in self.patterns.items() if pattern.not_nested}
        self.fixes = self._load_fixes(fixes)

    def matches(self, doc: Doc, lower: numpy.ndarray) -> list[tuple[int, int, int, list[int]]]:
        """The patterns' matches (match_id, start, end, alignment) in ``doc``, whose LOWER
        attribute array is ``lower``, by start and end; a repeating pattern's match ends at most
        MATCH_WINDOW tokens after its anchor."""
        found = self._unanchored(doc, with_alignments=True) if len(self._unanchored) else []
        at = numpy.flatnonzero(in_table(lower, self._anchors))
        anchors: dict[int, list[int]] = {}  # pattern -> positions of its anchor words
        for i, word in zip(at.tolist(), lower[at].tolist()):
            for k in self._anchor_patterns[word]:
                anchors.setdefault(k, []).append(i)
        for k, positions in sorted(anchors.items()):
            matcher, lead, reach = self._anchored[k]
            windows: list[list[int]] = []  # [start, end] around the anchors, overlapping ones merged
            for i in positions:
                if windows and i - lead <= windows[-1][1]:
                    windows[-1][1] = min(len(doc), i + reach)
                else:
                    windows.append([max(0, i - lead), min(len(doc), i + reach)])
            found.extend((match_id, start + offset, end + offset, alignment) for offset, end_ in windows
                         for match_id, start, end, alignment in matcher(doc[offset:end_], with_alignments=True))
        return sorted(found, key=lambda match: (match[1], match[2]))

    # --- loading
    def _load_demonyms(self, path) -> dict[str, str]:
        forms = {}
        for rule in load_jsonl(path, required=("id", "code", "word")):
            for form in rule.get("forms", []) + inflections(rule["word"]):
                forms[form.lower()] = rule["code"]
        return forms

    def _load_lexicons(self, path) -> dict[str, list[str]]:
        """Named word lists: ``"$<id>"`` in a pattern's IN list; ``$demonyms`` is demonyms.jsonl."""
        lexicons = {_DEMONYM_PLACEHOLDER: list(self.demonyms)}
        for rule in load_jsonl(path, required=("id", "words")):
            if not isinstance(rule["words"], list) or not all(isinstance(w, str) for w in rule["words"]):
                raise RuleError(f"{where(rule)}: words must be a list of strings")
            lexicons["$" + rule["id"]] = rule["words"]
        return lexicons

    def _load_gazetteer(self, path) -> None:
        for rule in load_jsonl(path, required=("id", "label", "pattern")):
            if rule["label"] not in LABELS:
                raise RuleError(f"{where(rule)}: unknown label {rule['label']!r}")
            # a variant without its own canonical name takes its country's ("Royaume du Maroc" → Maroc)
            default = self.country_names.get(rule.get("code"), rule["pattern"])
            canonical = rule.get("canonical", default).replace("’", "'")
            if rule.get("code"):
                self.country_names.setdefault(rule["code"], canonical)
            if rule.get("refers_to"):
                self.refers_to[canonical] = rule["refers_to"]
            after = frozenset(w.lower() for word in rule.get("after", []) for w in apostrophe_variants(word))
            place_after = frozenset(w.lower() for word in rule.get("place_after", []) for w in apostrophe_variants(word))
            for text in [rule["pattern"], *rule.get("variants", []), *rule.get("acronyms", [])]:
                if not isinstance(text, str) or not text.strip():
                    raise RuleError(f"{where(rule)}: names must be non-empty strings")
                # a later file (hand-edited variants) replaces an earlier entry of the same name
                self.names[text.replace("’", "'")] = Name(rule["label"], rule["id"], canonical,
                                                          rule.get("code"), rule.get("country"), after, place_after)

    def _add_pattern(self, rule: dict) -> None:
        if rule["label"] not in LABELS or not isinstance(rule["pattern"], list):
            raise RuleError(f"{where(rule)}: needs a label among {sorted(LABELS)} and a list of token patterns")
        try:
            tokens = [_expand_token(token, self.lexicons) for token in rule["pattern"]]
            anchor = _anchor(tokens)
            if anchor is None:
                self._unanchored.add(rule["id"], [tokens], greedy="LONGEST")
            else:
                words, lead, reach = anchor
                matcher = Matcher(self._vocab, validate=True)
                matcher.add(rule["id"], [tokens], greedy="LONGEST")
                for word in words:
                    self._anchor_patterns.setdefault(self._vocab.strings.add(word), []).append(len(self._anchored))
                self._anchored.append((matcher, lead, reach))
        except KeyError as error:
            raise RuleError(f"{where(rule)}: unknown lexicon {error} (ids of lexicons.jsonl, or $demonyms)") from None
        except ValueError as error:
            raise RuleError(f"{where(rule)}: invalid token pattern: {error}") from None
        inner = rule.get("inner")
        if inner is not None and not ({"from", "label"} <= inner.keys() and inner["label"] in LABELS):
            raise RuleError(f"{where(rule)}: inner needs 'from' (element index) and a 'label'")
        not_nested = rule.get("not_nested", [])
        if not isinstance(not_nested, list) or not set(not_nested) <= LABELS:
            raise RuleError(f"{where(rule)}: not_nested must list labels among {sorted(LABELS)}")
        if rule.get("rest_label") not in LABELS | {None}:
            raise RuleError(f"{where(rule)}: rest_label must be one of {sorted(LABELS)}")
        self.patterns[rule["id"]] = Pattern(rule["id"], rule["label"], rule.get("span_from", 0), rule.get("span_to"), inner,
                                            rule.get("canonical_from"), frozenset(not_nested), rule.get("rest_label"))

    def _words(self, rule: dict, key: str) -> list[str]:
        """A rule's list of words, "$<id>" standing for a lexicon's."""
        words = rule.get(key, [])
        if not isinstance(words, list):
            raise RuleError(f"{where(rule)}: {key} must be a list of words")
        try:
            return [w for word in words for w in (self.lexicons[word] if word.startswith("$") else [word])]
        except KeyError as error:
            raise RuleError(f"{where(rule)}: unknown lexicon {error} (ids of lexicons.jsonl)") from None

    @staticmethod
    def _words_of_kinds(rule: dict) -> list[str]:
        """The words of another rule file's rules of some kinds, so that one list serves two
        components: ``"words_of_kinds": {"file": "quotes/referents.jsonl", "kinds": ["role"]}``."""
        source = rule.get("words_of_kinds")
        if source is None:
            return []
        if not isinstance(source, dict) or not isinstance(source.get("file"), str) or not isinstance(source.get("kinds"), list):
            raise RuleError(f"{where(rule)}: words_of_kinds needs a file and a list of kinds")
        return [word for other in load_jsonl(source["file"]) if other.get("kind") in source["kinds"] for word in other.get("words", [])]

    def _load_fixes(self, path) -> Fixes:
        fixes = Fixes()
        for rule in load_jsonl(path, required=("id", "kind")):
            kind, rule_id = rule["kind"], rule["id"]
            if kind not in FIX_KINDS:
                raise RuleError(f"{where(rule)}: unknown kind {kind!r} (one of {', '.join(sorted(FIX_KINDS))})")
            if kind in ("place_kinds", "place_adjectives", "person_naming_a_place", "person_apposed_to_role"):
                if not isinstance(rule.get("words"), list):
                    raise RuleError(f"{where(rule)}: needs a list of words")
                words = frozenset(w.lower() for w in rule["words"] + self._words_of_kinds(rule))
                setattr(fixes, kind, (words, rule_id) if kind != "place_kinds" else
                        (words, rule_id, frozenset(w.lower() for w in rule.get("only_before_de", ()))))
            elif kind == "place_after_organisation":
                if not isinstance(rule.get("except_rules", []), list):
                    raise RuleError(f"{where(rule)}: except_rules must list rule ids")
                fixes.place_after_organisation = (frozenset(rule.get("except_rules", [])), rule_id)
            elif kind == "plural_people_noun":
                fixes.plural_people_noun = rule_id
                fixes.people_noun_shape = (frozenset(w.lower() for w in rule.get("after", [])),
                                           tuple(w.lower() for w in rule.get("endings", [])))
            elif kind == "nationality_before_person":
                fixes.nationality_before_person = tuple(w.lower() for w in rule.get("endings", []))
            elif kind == "split_at":
                if not isinstance(rule.get("words"), list):
                    raise RuleError(f"{where(rule)}: needs a list of separators")
                fixes.split_at = (frozenset(rule["words"]), frozenset(rule.get("labels", LABELS)), rule_id)
            elif kind in ("strip_leading", "strip_trailing", "not_entity", "person_titles", "person_particles"):
                words = rule.get("words")
                if not isinstance(words, list):
                    raise RuleError(f"{where(rule)}: needs a list of words")
                table = getattr(fixes, kind)
                for word in words:
                    for variant in apostrophe_variants(word.lower() if kind == "person_titles" else word):
                        table[variant] = rule_id
            elif kind == "drop_regex":
                labels = frozenset(rule.get("labels", LABELS))
                fixes.drop_regex.append((compile_regex(rule.get("regex", ""), where(rule)), labels, rule_id))
            elif kind == "relabel_regex":
                if rule.get("label") not in LABELS:
                    raise RuleError(f"{where(rule)}: needs the new label")
                labels = frozenset(rule.get("labels", LABELS))
                after = compile_regex(rule["after"], where(rule)) if "after" in rule else None
                before = compile_regex(rule["before"], where(rule)) if "before" in rule else None
                fixes.relabel_regex.append((compile_regex(rule.get("regex", ""), where(rule)), labels, rule["label"], rule_id,
                                            after, before))
            elif kind == "sentence_start":
                fixes.sentence_start = (frozenset(rule.get("pos", [])), rule_id)
            elif kind == "sentence_start_common_word":
                fixes.sentence_start_common_word = (frozenset(rule.get("pos", [])), frozenset(rule.get("person_pos", [])), rule_id)
            elif kind == "head_label":
                if rule.get("label") not in LABELS or not isinstance(rule.get("heads"), list):
                    raise RuleError(f"{where(rule)}: needs a label and a list of heads")
                heads = [h.lower().replace("’", "'") for h in rule["heads"]]
                prefixes = tuple(h if h.endswith("'") else h + " " for h in heads)
                fixes.head_label.append((frozenset(heads), prefixes, rule["label"], rule.get("inner_from_label"), rule_id))
            elif kind == "place_after_de":
                if rule.get("label") not in LABELS:
                    raise RuleError(f"{where(rule)}: needs the nested name's label")
                fixes.place_after_de = (frozenset(rule.get("labels", LABELS)), rule["label"], rule_id)
            elif kind in ("source_line", "acronym_label", "demonym_before_name"):
                if rule.get("label") not in LABELS:
                    raise RuleError(f"{where(rule)}: needs a label")
                setattr(fixes, kind, (rule["label"], rule_id))
                if kind == "acronym_label":
                    fixes.acronym_lower_case_heads = frozenset(w.lower() for w in rule.get("lower_case_heads", []))
            elif kind == "person_consistency":
                fixes.person_consistency = rule_id
                fixes.organisation_nouns = frozenset(self._words(rule, "organisation_nouns"))
            else:
                setattr(fixes, kind, rule_id)
        return fixes


def hash_table(hashes) -> numpy.ndarray:
    """String hashes sorted for ``in_table``."""
    return numpy.unique(numpy.asarray(list(hashes), dtype="uint64"))


def in_table(values: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` (a token attribute array) are in ``table`` (``hash_table``): a binary
    search for all of them at once, faster than numpy.isin on short arrays."""
    if not len(table):
        return numpy.zeros(len(values), dtype=bool)
    return table[numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)] == values


def _anchor(tokens: list[dict]) -> tuple[set[str], int, int] | None:
    """The words of the first element of a pattern that every match has and that lists its
    words, after elements of one token at most; with the tokens a match may have before it and
    from it on (None: no such element)."""
    unbounded = any(token.get("OP", "1") not in ("1", "!", "?") for token in tokens)  # "+", "*", "{0,2}"
    for lead, token in enumerate(tokens):
        words = _literal_words(token)
        if words:
            return set(words), lead, MATCH_WINDOW if unbounded else len(tokens) - lead
        if token.get("OP", "1") not in ("1", "!", "?"):  # each at most one token before the anchor
            return None
    return None


def _literal_words(token: dict) -> list[str]:
    """The lower-case words a mandatory pattern element accepts, if it names them (else [])."""
    if token.get("OP", "1") != "1":
        return []
    for key in ("LOWER", "ORTH", "TEXT"):
        value = token.get(key)
        values = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) else None
        if values and all(isinstance(v, str) for v in values):
            return [v.lower() for v in values]
    return []


def _expand_token(token: dict, lexicons: dict[str, list[str]]) -> dict:
    """Apostrophe variants in string values and lexicons (``$demonyms``, ``$<id>``) in IN lists."""
    expanded = {}
    for key, value in token.items():
        if isinstance(value, str) and any(a in value for a in APOSTROPHES) and key in ("ORTH", "TEXT", "LOWER", "NORM"):
            value = {"IN": apostrophe_variants(value)}
        elif isinstance(value, dict):
            value = dict(value)
            for op in ("IN", "NOT_IN"):
                if op in value:
                    items = []
                    for item in value[op]:
                        if isinstance(item, str) and item.startswith("$"):
                            items.extend(w for word in lexicons[item] for w in apostrophe_variants(word))
                        elif isinstance(item, str):
                            items.extend(apostrophe_variants(item))
                        else:
                            items.append(item)
                    value[op] = list(dict.fromkeys(items))
        expanded[key] = value
    return expanded
