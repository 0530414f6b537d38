"""Entity mentions while the rules work on them, and how a rule's mention joins the others.

A mention is a token range with a label and the id of the rule that made or changed it (None:
the model's, untouched). Nesting is allowed; what the rules decide is which mentions survive
when a rule's mention meets another one.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span


@dataclass
class Mention:
    start: int
    end: int
    label: str
    rule: str | None = None
    canonical: str | None = None  # from a gazetteer
    code: str | None = None  # ISO alpha-3 of a country
    country: str | None = None  # country an organisation or metonym involves

    def contains(self, other: "Mention") -> bool:
        return self.start <= other.start and other.end <= self.end and (self.start, self.end) != (other.start, other.end)

    def crosses(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end and not (
            self.contains(other) or other.contains(self) or (self.start, self.end) == (other.start, other.end))

    def span(self, doc: Doc) -> Span:
        return Span(doc, self.start, self.end, label=self.label)


def longest_first(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping subset, longer mentions first, then earlier ones (as spaCy's filter_spans)."""
    kept, taken = [], set()
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        tokens = range(mention.start, mention.end)
        if not taken.intersection(tokens):
            kept.append(mention)
            taken.update(tokens)
    return sorted(kept, key=lambda m: m.start)


def same_label_longest(mentions: list[Mention]) -> list[Mention]:
    """Rule mentions: overlaps of the same label keep the longest; other labels may nest."""
    by_label: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_label.setdefault(mention.label, []).append(mention)
    kept = [m for group in by_label.values() for m in longest_first(group)]
    # mentions of different labels that cross (neither inside the other): the longer wins
    kept.sort(key=lambda m: (m.start - m.end, m.start))
    result: list[Mention] = []
    for mention in kept:
        if not any(mention.crosses(other) for other in result):
            result.append(mention)
    return result


def merge(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """Add rule mentions to the current ones.

    - same offsets: the rule's mention replaces the other;
    - a mention crossing a rule's mention is dropped, unless it is a rule's too and longer;
    - inside a rule's mention: the model's mentions and those of the same label go (the rule
      has read the whole name, e.g. "Europe" inside "ministère de l'Europe"), but a model's
      person in a rule's organisation or event stays nested ("collège Jean Moulin", "affaire
      Vincent Lambert"), and so does its organisation in a rule's event ("congrès de la Fédération
      européenne de triathlon"); other rules' mentions stay nested ("Conseil du PMIA" in "réunion
      du Conseil du PMIA"), and so do the gazetteers' names ("Nations unies" in "Conseil de
      sécurité des Nations unies");
    - a rule's mention inside a model PER or EVENT is part of that name and dropped (a person
      named like a place: "France Gall"; "Tour de France"); inside a model ORG or MISC it
      nests ("Ambassade de France", "champion de France"); inside a model mention of the same
      label it replaces it ("Angleterre - Russie" → "Russie").
    """
    kept = list(mentions)
    gone: set[int] = set()  # id() of the replaced mentions
    at: dict[int, list[Mention]] = {}  # token -> the mentions over it: only overlapping ones interact
    for mention in kept:
        for i in range(mention.start, mention.end):
            at.setdefault(i, []).append(mention)
    for new in added:
        near = list({id(m): m for i in range(new.start, new.end) for m in at.get(i, ()) if id(m) not in gone}.values())
        if any(_blocks(old, new) for old in near):
            continue
        gone.update(id(old) for old in near if _replaced(old, new))
        kept.append(new)
        for i in range(new.start, new.end):
            at.setdefault(i, []).append(new)
    return sorted((m for m in kept if id(m) not in gone), key=lambda m: (m.start, -m.end))


def _blocks(old: Mention, new: Mention) -> bool:
    if old.crosses(new):
        return old.rule is not None and old.end - old.start > new.end - new.start
    # a name inside a person's or an event's name is a part of it ("France Gall", "Tour de
    # France"); organisations and MISC phrases keep it nested ("Ambassade de France")
    return old.contains(new) and old.rule is None and old.label not in (new.label, "MISC", "ORG")


def _replaced(old: Mention, new: Mention) -> bool:
    if (old.start, old.end) == (new.start, new.end) or old.crosses(new):
        return True
    if new.contains(old):
        # a gazetteer's organisation keeps its own row inside a longer one ("Conseil de sécurité
        # des Nations unies"), not inside a name of the same entity ("ONG Oxfam"); a pattern's
        # shorter match of the same label was a partial reading
        return old.rule is None and (old.label, new.label) not in _NESTED_IN_RULE_NAMES \
            or old.label == new.label and old.canonical in (None, new.canonical)
    return old.contains(new) and old.rule is None and old.label == new.label


# (model's label, rule's label): the model's name stays nested in the rule's (see merge)
_NESTED_IN_RULE_NAMES = frozenset({("PER", "ORG"), ("PER", "EVENT"), ("ORG", "EVENT")})
