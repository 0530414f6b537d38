"""Loading the date rules of ``pipeline/rules/dates/``.

Lexicon files hold word classes (``{"id", "class", "words", "value"}``: months, weekdays,
numbers in words, units, relative words ...); ``macros.jsonl`` holds reusable regex pieces and
``patterns.jsonl`` the detection rules. A pattern names a class or a macro as ``{name}``; a class
becomes an alternation of its words (longest first, whole words, either apostrophe).
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from pathlib import Path

try:
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre
    import sre_parse as _sre_parse

from pipeline.regex_cache import compile_cached
from pipeline.ruleset import RuleError, compile_regex, load_jsonl, rules_path, where

NON_LEXICON_FILES = {"macros.jsonl", "patterns.jsonl"}
NORMALISERS = {  # normaliser name -> the TIMEX3 types its rules may declare
    "calendar", "year", "decade", "century", "quarter", "season", "weekday", "deictic_day",
    "relative_period", "offset", "duration", "clock", "vague", "set", "range_days", "daypart", "anaphoric",
    "period_span",
}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def normalise_word(text: str) -> str:
    """Key under which a lexicon word is looked up: lower case, straight apostrophe, single spaces."""
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


@dataclass
class PatternRule:
    id: str
    type: str
    normalise: str
    regex: re.Pattern
    keep_leading: bool = False  # True: a leading leave_out word belongs to the expression ("à présent")


@dataclass
class DateRules:
    lexicon: dict[str, dict[str, object]] = field(default_factory=dict)  # class -> word -> value
    lexicon_ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (class, word) -> rule id
    patterns: list[PatternRule] = field(default_factory=list)
    # unit rule ids read after "T" (PT2H) and unit multipliers (a decade is 10 Y), from units' "time"/"factor"
    unit_flags: dict[str, object] = field(default_factory=lambda: {"time": set(), "factor": {}})
    _leading: dict[str, re.Pattern] = field(default_factory=dict)

    def value(self, cls: str, word: str):
        return self.lexicon[cls][normalise_word(word)]

    def has(self, cls: str, word: str) -> bool:
        return normalise_word(word) in self.lexicon.get(cls, {})

    def leading(self, cls: str, text: str) -> int:
        """Length of the words of ``cls`` (and the spaces after them) that ``text`` starts with."""
        if cls not in self._leading:
            self._leading[cls] = re.compile(r"^(?:" + _alternation(self.lexicon.get(cls, {})) + r"\s+)+", re.IGNORECASE)
        match = self._leading[cls].match(text)
        return match.end() if match else 0


def _alternation(words) -> str:
    """Regex of one of ``words`` as a whole word, either apostrophe, any run of spaces. The words
    are written as a trie ("mar(?:di|s)"): ``re`` tries the alternatives of a plain list one by
    one at every position; longer words come first, as in a list sorted longest first."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return r"(?<!\w)" + _trie_regex(trie) + r"(?!\w)"


def _trie_regex(node: dict) -> str:
    branches = [_CHAR_REGEX.get(char, re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if "" in node:
        branches.append("")  # the word ending here, after the longer ones
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_CHAR_REGEX = {"'": "['’]", " ": r"\s+"}


def load_rules(directory: str | Path = "dates") -> DateRules:
    root = rules_path(directory)
    if not root.is_dir():
        raise RuleError(f"{root}: no such rules directory")
    rules = DateRules()
    for path in sorted(root.glob("*.jsonl")):
        if path.name in NON_LEXICON_FILES:
            continue
        for entry in load_jsonl(path, required=("id", "class", "words")):
            if not isinstance(entry["words"], list) or not all(isinstance(w, str) and w.strip() for w in entry["words"]):
                raise RuleError(f"{where(entry)}: words must be a list of non-empty strings")
            table = rules.lexicon.setdefault(entry["class"], {})
            if entry.get("time"):
                rules.unit_flags["time"].add(entry["id"])
            if "factor" in entry:
                if not isinstance(entry["factor"], int) or entry["factor"] < 1:
                    raise RuleError(f"{where(entry)}: factor must be a positive integer")
                rules.unit_flags["factor"][entry["id"]] = entry["factor"]
            for word in entry["words"]:
                table[normalise_word(word)] = entry.get("value")
                rules.lexicon_ids[(entry["class"], normalise_word(word))] = entry["id"]
    pieces = {cls: _alternation(words) for cls, words in rules.lexicon.items()}
    for macro in load_jsonl(root / "macros.jsonl", required=("id", "pattern")):
        pieces[macro["id"]] = "(?:" + _expand(macro["pattern"], pieces, macro) + ")"
    for rule in load_jsonl(root / "patterns.jsonl", required=("id", "pattern", "type", "normalise")):
        if rule["type"] not in TYPES:
            raise RuleError(f"{where(rule)}: type must be one of {sorted(TYPES)}")
        if rule["normalise"] not in NORMALISERS:
            raise RuleError(f"{where(rule)}: unknown normaliser {rule['normalise']!r}; known: {sorted(NORMALISERS)}")
        flags = 0 if rule.get("case_sensitive") else re.IGNORECASE
        # at a word boundary: "bien été" holds no season, "A320" no time
        regex = _with_first_chars(compile_regex(r"(?<!\w)(?:" + _expand(rule["pattern"], pieces, rule) + ")", where(rule), flags))
        rules.patterns.append(PatternRule(rule["id"], rule["type"], rule["normalise"], regex, bool(rule.get("keep_leading"))))
    return rules


def _expand(pattern: str, pieces: dict[str, str], rule: dict) -> str:
    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in pieces:
            raise RuleError(f"{where(rule)}: unknown placeholder {{{name}}} (no lexicon class or macro of that name)")
        return pieces[name]
    return _PLACEHOLDER.sub(replace, pattern)


_SPACES = " \t\n\r\f\v\u00a0"


def _with_first_chars(regex: re.Pattern) -> re.Pattern:
    """``regex`` behind a look-ahead on the characters a match can start with: the rules are run
    over the whole text and that test rejects most positions at once (a third of their time)."""
    try:
        found = _first(_sre_parse.parse(regex.pattern, regex.flags).data)
    except (TypeError, ValueError, AttributeError):
        found = None
    if found is None or found[1] or not found[0]:
        return regex
    chars = found[0]
    if regex.flags & re.IGNORECASE:
        chars = chars | {c.upper() for c in chars} | {c.lower() for c in chars}
    return compile_cached("(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])" + regex.pattern, regex.flags)


def _first(items) -> tuple[set, bool] | None:
    """(characters a parsed sequence can start with, whether it can match empty); None if unsure."""
    chars = set()
    for op, av in items:
        found = _first_of(op, av)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _first_of(op, av) -> tuple[set, bool] | None:
    if op is _sre.LITERAL:
        return {chr(av)}, False
    if op is _sre.IN:
        chars = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                chars |= set(string.digits)
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE:
                chars |= set(_SPACES)
            else:
                return None
        return chars, False
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return set(), True
    if op is _sre.SUBPATTERN:
        return _first(av[-1])
    if op is _sre.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            found = _first(branch)
            if found is None:
                return None
            chars, empty = chars | found[0], empty or found[1]
        return chars, empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        found = _first(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    return None
