"""``press_layout``: reads the article's structure and fixes sentence boundaries.

The ``date`` header gives ``doc._.published``; the title, ``+ heading +`` lines and the closing
source line become span groups; every paragraph starts a sentence and, inside a paragraph,
sentences end only after final punctuation. The parser keeps these boundaries, so a sentence
never runs across paragraphs and is not cut in the middle of a clause.

Span groups: ``header`` (the date), ``title``, ``headings``, ``paragraphs``, ``source``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extensions import doc_text  # importing it registers doc._.published ...
from pipeline.reader import date_header
from pipeline.ruleset import RuleError, compile_regex, load_json, rules_path

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({"»", "”", '"', ")", "]"})
_OPENERS = "«“\"—–-("
_QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›"}
_WORD = re.compile(r"\w+")


@dataclass
class Block:
    start: int
    end: int
    kind: str  # title | heading | paragraph | source
    rule: str = ""


@dataclass
class Layout:
    published: str = ""
    header: tuple[int, int] | None = None  # offsets of the header's date value
    blocks: list[Block] = field(default_factory=list)


class LayoutRules:
    def __init__(self, path: str | Path = "layout.json"):
        data = load_json(path)
        where = str(rules_path(path))
        self.line_rules = []
        for rule in data["rules"]:
            if not {"id", "kind", "pattern"} <= rule.keys() or rule["kind"] not in {"heading", "source"}:
                raise RuleError(f"{where}: rule {rule.get('id', rule)!r} needs id, kind (heading|source), pattern")
            regex = compile_regex(rule["pattern"], f"{where} ({rule['id']})")
            self.line_rules.append((rule, regex))
        self.title = data["title"]
        dated = self.title.get("quoted_before_date")
        self.dated = compile_regex(dated, f"{where} ({self.title['id']})") if dated else None
        self.abbreviations = frozenset(data["abbreviations"]["words"])
        self.compounds = sorted({spelling for word in data["compounds"]["words"] for spelling in (
            word, word[:1].upper() + word[1:], "-".join(part[:1].upper() + part[1:] for part in word.split("-")))})

    def match(self, line: str, kind: str, previous: str = "") -> str:
        """Id of the first ``kind`` rule matching the whole line, else ""; ``previous`` is the
        line before, which may not end with one of a rule's ``not_after`` characters."""
        for rule, regex in self.line_rules:
            if rule["kind"] == kind and regex.match(line) and len(_WORD.findall(line)) <= rule.get("max_words", 10**6) \
                    and not (previous and previous[-1] in rule.get("not_after", "")):
                return rule["id"]
        return ""

    def is_title(self, line: str, following: str = "") -> bool:
        """A short first line without final punctuation; or ending with a closing quote mark when the
        line after opens with the story's date ("... : « Je quitte le gouvernement »" then "28 août 2018 . –")."""
        words = len(_WORD.findall(line))
        return 0 < words <= self.title["max_words"] and (
            line[-1] not in self.title["ends_without"] or line[-1] in "»\"”" and self.dated is not None and bool(self.dated.match(following)))


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """Non-blank lines as stripped (start, end) offsets; a hard-wrapped line (no final
    punctuation, next line in lower case) is joined to the next one."""
    spans = []
    for match in re.finditer(r"[^\n]+", text[start:]):
        line = match.group()
        if not line.strip():
            continue
        lstrip = len(line) - len(line.lstrip())
        s, e = start + match.start() + lstrip, start + match.start() + len(line.rstrip())
        if spans and text[s].islower() and text[spans[-1][1] - 1] not in ".!?:;»\"”…" \
                and text[spans[-1][1]:s].count("\n") == 1:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def parse_layout(text: str, rules: LayoutRules) -> Layout:
    layout = Layout()
    body = 0
    header = date_header(text)
    if header:
        layout.published = header.group("date")
        layout.header = header.span("date")
        body = header.end()
    lines = _lines(text, body)
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        kind, rule = "paragraph", ""
        if index == len(lines) - 1 and index > 0 and (rule := rules.match(line, "source", text[slice(*lines[index - 1])])):
            kind = "source"
        elif rule := rules.match(line, "heading"):
            kind = "heading"
        if index == 0 and len(lines) > 1 and rule != "heading-plus" and rules.is_title(line, text[slice(*lines[1])]):
            kind, rule = "title", rules.title["id"]
        layout.blocks.append(Block(start, end, kind, rule))
    return layout


def _source_name(line: str, rules: LayoutRules, rule_id: str) -> str:
    for rule, regex in rules.line_rules:
        if rule["id"] == rule_id:
            match = regex.match(line)
            return match.group("text") if "text" in regex.groupindex else line
    return line


class ArticleLayout:
    def __init__(self, nlp: Language, name: str, rules: str):
        self.name = name
        self.rules = LayoutRules(rules)
        for word in self.rules.compounds:  # the tokenizer runs before any component: tell it here
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])

    def __call__(self, doc: Doc) -> Doc:
        layout = parse_layout(doc_text(doc), self.rules)
        if doc._.published is None:  # a caller may set it (an article processed in chunks)
            doc._.published = layout.published
        groups = {name: [] for name in ("header", "title", "headings", "paragraphs", "source")}
        if layout.header:
            groups["header"].append(doc.char_span(*layout.header, alignment_mode="expand"))
        doc._.title, doc._.source = "", ""
        # One array write: setting token.is_sent_start one by one is quadratic in spaCy.
        sent_starts = [-1] * len(doc)
        if len(doc):
            sent_starts[0] = 1
        for block in layout.blocks:
            span = doc.char_span(block.start, block.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            group = {"title": "title", "heading": "headings", "paragraph": "paragraphs", "source": "source"}[block.kind]
            groups[group].append(span)
            if block.kind == "title":
                doc._.title = span.text
            elif block.kind == "source":
                doc._.source = _source_name(span.text, self.rules, block.rule)
            sent_starts[span.start] = 1
            if block.kind == "paragraph":
                _mark_sentence_starts(span, sent_starts, self.rules.abbreviations)
        doc.from_array([SENT_START], numpy.array(sent_starts, dtype="int64").astype("uint64").reshape(-1, 1))
        for name, spans in groups.items():
            doc.spans[name] = spans
        return doc


def _ends_sentence(token: str, abbreviations: frozenset) -> bool:
    if token in SENTENCE_END:
        return True
    # "14 h." and "etc." end a sentence; "M." and the initial of "J. Chirac" do not
    return token.endswith(".") and len(token) > 2 and token not in abbreviations


def _mark_sentence_starts(paragraph, sent_starts: list[int], abbreviations: frozenset) -> None:
    """Inside a paragraph, a sentence starts after final punctuation (and closing marks)
    when the next word opens with a capital, a digit, a quote mark or a dash, unless it lies
    inside a quotation closed in the same paragraph (« Oui. Non », a-t-il dit: one sentence)."""
    tokens = [(token.text, token.is_space) for token in paragraph]
    quoted = _inside_quotes([text for text, _ in tokens])
    for i in range(1, len(tokens)):
        j = i - 1
        while j > 0 and (tokens[j][1] or tokens[j][0] in _CLOSERS):
            j -= 1
        text, is_space = tokens[i]
        first = text[:1]
        if (_ends_sentence(tokens[j][0], abbreviations) and not is_space and not quoted[i]
                and (first.isupper() or first.isdigit() or first in _OPENERS)):
            sent_starts[paragraph.start + i] = 1


def _inside_quotes(texts: list[str]) -> list[bool]:
    """Tokens between a pair of matching quote marks (unpaired marks protect nothing)."""
    inside = [False] * len(texts)
    opened: list[tuple[str, int]] = []
    for i, text in enumerate(texts):
        if text in _QUOTE_PAIRS:
            opened.append((_QUOTE_PAIRS[text], i))
        elif opened and text == opened[-1][0]:
            _, start = opened.pop()
            inside[start + 1:i] = [True] * (i - start - 1)
    return inside


@Language.factory(
    "press_layout",
    default_config={"rules": "layout.json"},
    requires=[],
    assigns=["token.is_sent_start", "doc._.published", "doc._.title", "doc._.source", "doc.spans"],
)
def make_press_layout(nlp: Language, name: str, rules: str) -> ArticleLayout:
    """Add before the parser: ``nlp.add_pipe("press_layout", first=True)``. Adding it also teaches
    the tokenizer the hyphenated titles of the rules ("ministre-président")."""
    return ArticleLayout(nlp, name, rules)
