"""The quotation rules, read from ``pipeline/rules/quotes/`` (see the comments atop each file)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from spacy.parts_of_speech import IDS as POS_IDS

from pipeline.ruleset import RuleError, compile_regex, load_jsonl, where

MARKER_KINDS = {"according", "for", "same_source", "continuation"}
REFERENT_KINDS = {"pronoun", "latter", "plural", "impersonal", "indefinite", "receiving", "medium", "interviewing", "relaying", "issuing", "infinitive_report", "role", "role_adjective", "elected", "title_adjective", "appointment", "incoming", "outgoing", "former", "counterpart", "reply", "voice", "means", "generic_role", "person", "epithet", "protagonist", "body", "generic_body", "institution", "company", "document",
                  "title", "feminine", "masculine"}
FORMER_PREFIX = "ex-"  # one token with the role it makes former: "l'ex-ministre"
_REFLEXIVE = re.compile(r"^(?:se\s+|s['’]\s*)")
# a cue is a verb, or a noun the tagger took for one ("précise")
CUE_TAGS = [POS_IDS[tag] for tag in ("VERB", "AUX", "NOUN", "X")]  # "a tweeté" may be tagged X
_LEMMATISED = ("verb", "aux", "noun", "adj")  # the tags whose lemmas our rules read
_ER_ENDINGS = re.compile(r"(?:e|es|ent|é|ée|és|ées|ait|aient|ant|era|eront|a)$")


def er_infinitive(form: str) -> str:
    """The -er infinitive of a form the lemmatiser got wrong ("chante" → "chanter")."""
    stem = _ER_ENDINGS.sub("", form)
    return stem + "er" if stem != form and len(stem) > 2 else ""


def fold(name: str) -> str:
    """Lower case, without accents, one apostrophe: how role names are looked up."""
    decomposed = unicodedata.normalize("NFD", name.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class SpeechVerb:
    id: str
    cue: str  # as written in the lexicon: "préciser", "se féliciter", "mettre en garde"
    head: str  # the lemma the verb token carries
    rest: tuple[str, ...]  # lemmas of the following words of a multi-word cue
    reflexive: bool


@dataclass
class QuoteRules:
    verbs: dict[str, list[SpeechVerb]] = field(default_factory=dict)  # by head lemma
    markers: list[tuple[dict, re.Pattern]] = field(default_factory=list)
    referents: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> word -> rule id
    broader: dict[str, frozenset[str]] = field(default_factory=dict)  # broader role noun or phrase -> the roles it may stand for
    broader_bodies: dict[str, frozenset[str]] = field(default_factory=dict)  # a noun describing a body -> first words of names it fits
    offices: dict[str, str] = field(default_factory=dict)  # a name of an office ("chef du gouvernement") -> its rule id
    _entries: dict[tuple[int, int], list[SpeechVerb]] = field(default_factory=dict)  # (orth, pos) -> verbs, memo
    _lemma_tables: tuple | None = None  # the lemmatizer's exceptions and lookup tables, when it has them
    _could: dict[tuple[str, str], bool] = field(default_factory=dict)  # (kind, form) -> could_be(), memo
    _forms: dict[str, set[str]] = field(default_factory=dict)  # "verbs" or a referent kind -> forms its rules could lemmatise into one

    @classmethod
    def load(cls, directory: str | Path = "quotes") -> "QuoteRules":
        rules = cls()
        base = Path(directory)
        for rule in load_jsonl(base / "verbs.jsonl", required=("id", "lemma")):
            cue = " ".join(rule["lemma"].split())
            reflexive = bool(_REFLEXIVE.match(cue))
            words = _REFLEXIVE.sub("", cue).split()
            if not words:
                raise RuleError(f"{where(rule)}: empty lemma")
            verb = SpeechVerb(rule["id"], cue.replace("’", "'"), words[0], tuple(words[1:]), reflexive)
            rules.verbs.setdefault(words[0], []).append(verb)
        for rule in load_jsonl(base / "markers.jsonl", required=("id", "kind", "pattern")):
            if rule["kind"] not in MARKER_KINDS:
                raise RuleError(f"{where(rule)}: kind must be one of {sorted(MARKER_KINDS)}")
            regex = compile_regex(rule["pattern"], where(rule), re.IGNORECASE)
            if rule["kind"] == "continuation" and "verb" not in regex.groupindex:
                raise RuleError(f"{where(rule)}: a continuation pattern needs a group (?P<verb>...)")
            rules.markers.append((rule, regex))
        for rule in load_jsonl(base / "referents.jsonl", required=("id", "kind", "words")):
            if rule["kind"] not in REFERENT_KINDS or not isinstance(rule["words"], list):
                raise RuleError(f"{where(rule)}: needs kind in {sorted(REFERENT_KINDS)} and a list of words")
            for word in rule["words"]:
                rules.referents.setdefault(rule["kind"], {})[word.lower()] = rule["id"]
        rules.broader = _covering(base / "broader_roles.jsonl", rules.referents.setdefault("role", {}))
        rules.broader_bodies = _covering(base / "broader_bodies.jsonl")
        for rule in load_jsonl(base / "offices.jsonl", required=("id", "names")):
            if not isinstance(rule["names"], list):
                raise RuleError(f"{where(rule)}: needs a list of names")
            for name in rule["names"]:
                rules.offices[fold(name)] = rule["id"]
        return rules

    @staticmethod
    def named_by(table: dict, role: str, by_first_word: bool = False):
        """The entry of ``table`` for a role key ("chef de l'état chilien"): the longest name of
        several words it starts with ("chef de l'état"), else its single word when it has no other
        (``by_first_word``: even with a complement) — "président de la commission" is no "président".
        Accents do not count: agency copy writes "chef de l'Etat", "ministre de l'Economie"."""
        words = fold(role).split()
        for n in range(len(words), 1, -1):
            if " ".join(words[:n]) in table:
                return table[" ".join(words[:n])]
        return table.get(words[0]) if words and (by_first_word or len(words) == 1) else None

    def read_lemmatizer(self, lookups) -> None:
        """Learn from a rule lemmatizer's tables which forms may have a given lemma, so that the
        other forms are never lemmatised (the lemmatizer is slow and runs on demand)."""
        exceptions = lookups.get_table("lemma_exc", {})
        self._lemma_tables = ([exceptions.get(pos, {}) for pos in _LEMMATISED], lookups.get_table("lemma_lookup", {}))
        rules = [rule for pos in _LEMMATISED for rule in lookups.get_table("lemma_rules", {}).get(pos, [])]
        for kind, words in [("verbs", self.verbs)] + list(self.referents.items()):
            self._forms[kind] = set(words) | {word[: len(word) - len(new)] + old for old, new in rules for word in words if word.endswith(new)}

    def could_be(self, kind: str, form: str) -> bool:
        """False when no lemma the lemmatizer may give the lower-cased ``form`` is a word of that
        kind ("verbs": a speech verb's head)."""
        if self._lemma_tables is None or form in self._forms[kind]:
            return True
        if (kind, form) not in self._could:
            words = self.verbs if kind == "verbs" else self.referents[kind]
            exceptions, lookup = self._lemma_tables
            self._could[kind, form] = any(lemma in words for table in exceptions for lemma in table.get(form, ())) \
                or lookup.get(form, [""])[0] in words
        return self._could[kind, form]

    def word_is(self, kind: str, token) -> str:
        """Rule id when the token's form or lemma is a referent of that kind, else ""; the
        lemma is read only when the lemmatizer could give one of those words."""
        lower = token.lower_
        found = self.is_a(kind, lower)
        if not found and lower.startswith(FORMER_PREFIX):  # "l'ex-ministre"
            found = self.is_a(kind, lower[len(FORMER_PREFIX):])
        if not found and "-" in lower.strip("-"):  # "le ministre-président", "le député-maire"; not "le chef-lieu"
            parts = [self.is_a(kind, part) for part in lower.split("-")]
            found = parts[0] if all(parts) else ""
        if found or kind not in self.referents or not self.could_be(kind, lower):
            return found
        return self.is_a(kind, token._.lemma)

    def verb_entries(self, token) -> list[SpeechVerb]:
        """The speech verbs whose head the token's lemma (or the -er infinitive of a form the
        lemmatiser got wrong) is; memoised by form and tag, as the lemma depends on nothing else."""
        key = (token.orth, token.pos)
        if key not in self._entries:
            lower = token.lower_
            lemma = token._.lemma.lower() if self.could_be("verbs", lower) else ""
            self._entries[key] = self.verbs.get(lemma) or self.verbs.get(er_infinitive(lower)) or []
        return self._entries[key]

    def inverted_verb_entries(self, token) -> list[SpeechVerb]:
        """The speech verbs a form is when read as a verb, whatever its tag: "sourit" of "sourit-elle",
        which the tagger reads as an adjective; the caller knows an inverted subject follows."""
        if self._lemma_tables is None:
            return []
        exceptions, lookup = self._lemma_tables
        lower = token.lower_
        lemma = next(iter(exceptions[_LEMMATISED.index("verb")].get(lower, ())), "") or lookup.get(lower, [""])[0]
        return self.verbs.get(lemma) or self.verbs.get(er_infinitive(lower)) or []

    def may_be_cue(self, doc, i: int, orth: int, pos: int) -> bool:
        """Token ``i``, of that form and of a tag in CUE_TAGS, may be a speech verb: the lexicon
        knows its lemma. Lemmatises each form once."""
        key = (orth, pos)
        if key not in self._entries:
            self.verb_entries(doc[i])
        return bool(self._entries[key])

    def is_a(self, kind: str, word: str) -> str:
        """Rule id when ``word`` (lower-cased) is a referent of that kind, else ""."""
        return self.referents.get(kind, {}).get(word.lower(), "")

    def find_markers(self, text: str) -> list[tuple[dict, re.Match]]:
        """(rule, match) of every marker in the text, in text order."""
        found = [(rule, match) for rule, regex in self.markers for match in regex.finditer(text)]
        return sorted(found, key=lambda item: item[1].start())


def _covering(path: Path, kind: dict[str, str] | None = None) -> dict[str, frozenset[str]]:
    """A broader_*.jsonl table: each of a rule's words -> the words it covers; the words join
    ``kind`` (a broader role noun, "l'édile", is a role noun itself)."""
    table = {}
    for rule in load_jsonl(path, required=("id", "words", "covers")):
        if not isinstance(rule["words"], list) or not isinstance(rule["covers"], list):
            raise RuleError(f"{where(rule)}: needs a list of words and a list of the words they cover")
        for word in rule["words"]:
            table[fold(word)] = frozenset(w.lower() for w in rule["covers"])
            if kind is not None:
                kind.setdefault(word.lower(), rule["id"])
    return table
