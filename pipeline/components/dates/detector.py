"""Finding temporal expressions: every pattern rule is run over the text, overlapping
candidates are settled (longest first, then rule order), a leading preposition is dropped,
and the context filters reject numbers that are not times (ages, counts of things).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from pipeline.components.dates.normaliser import Anchor, Context, Normaliser, Timex
from pipeline.components.dates.rules import DateRules, PatternRule, _alternation
from pipeline.components.dates.tense import span_tense
from pipeline.extensions import doc_text

_WINDOW = 40  # characters of left context the filters look at


@dataclass
class Found:
    timex: Timex
    rule: str


def _before(words) -> str:
    """Regex of one of ``words`` ending where the search ends (group 1: the word and the space after
    it); a word ending in an apostrophe may be glued to what follows ("l'an")."""
    parts = [re.escape(word).replace("'", "['’]").replace(r"\ ", r"\s+") + (r"\s?" if word.endswith("'") else r"\s+")
             for word in sorted(words, key=len, reverse=True)]
    return r"(?<!\w)(" + "|".join(parts) + r")$" if parts else r"(?!)"


class Detector:
    def __init__(self, rules: DateRules):
        self.rules = rules
        self.normaliser = Normaliser(rules)
        lexicon = rules.lexicon
        self.age_before = re.compile(
            r"(?:" + _alternation(lexicon.get("age_cue", {})) + r"|"
            + _alternation(lexicon.get("age_noun", {})) + r"(?:\s+\w+)?\s+de|\d\s*[-–]|\d\s+à)\s*$", re.IGNORECASE)
        self.past_before = re.compile(r"(?:" + _alternation(lexicon.get("past_prep", {})) + r")\s*$", re.IGNORECASE)
        self.duration_before = re.compile(r"(?:" + _alternation(lexicon.get("duration_prep", {})) + r")\s*$", re.IGNORECASE)
        self.determiner_before = re.compile(_before(lexicon.get("determiner", {})), re.IGNORECASE)
        self.mod_before = re.compile(_before(lexicon.get("duration_mod", {})), re.IGNORECASE)

    def find(self, doc: Doc, anchor: Anchor, skip: tuple[int, int] | None = None) -> list[Found]:
        text = doc_text(doc)
        candidates = []
        for order, rule in enumerate(self.rules.patterns):
            for match in rule.regex.finditer(text):
                if match.end() > match.start() and not (skip and match.start() < skip[1] and match.end() > skip[0]):
                    candidates.append((match.start(), match.end(), order, rule, match))
        candidates.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
        taken: list[tuple] = []
        occupied = bytearray(len(text) + 1)
        for candidate in candidates:
            start, end = candidate[0], candidate[1]
            if not any(occupied[start:end]):
                occupied[start:end] = b"\x01" * (end - start)
                taken.append(candidate)
        taken.sort(key=lambda c: c[0])

        found: list[Found] = []
        # offsets from one array: building Token objects for every token costs more than the rules
        starts = doc.to_array([IDX, SENT_START])
        token_starts = starts[:, 0].tolist()
        sentence_starts = starts[starts[:, 1] == 1, 0].tolist() or [0]

        def sentence_of(char: int) -> int:
            return bisect.bisect_right(sentence_starts, char)

        context = Context(
            anchor=anchor,
            tense=lambda s, e: self._tense(doc, text, s, e),
            previous=[f.timex for f in found],
            same_sentence=lambda a, b: sentence_of(a) == sentence_of(b),
            text=text,
        )
        for start, end, _, rule, match in taken:
            if not rule.keep_leading:
                start += self.rules.leading("leave_out", text[start:end])
            if start >= end or not self._plausible(rule, match, start, doc, text, token_starts):
                continue
            for timex in self.normaliser(rule.normalise, rule.type, match, start, context):
                timex = self._in_context(rule, match, timex, text)
                if timex is not None:
                    self._extend_left(timex, text, context.previous[-1].end if context.previous else 0)
                    found.append(Found(timex, rule.id))
                    context.previous.append(timex)
        return found

    def _extend_left(self, timex: Timex, text: str, limit: int) -> None:
        """A duration takes its modifier ("plus de deux heures", mod MORE_THAN); any expression takes
        the determiner right before it ("le 3 mars", "les trois derniers mois"), as in the French TimeBank."""
        if timex.type == "DURATION" and not timex.mod:
            match = self.mod_before.search(text, max(limit, timex.start - _WINDOW), timex.start)
            if match:
                timex.start, timex.mod = match.start(), self.rules.value("duration_mod", match.group(1))
        match = self.determiner_before.search(text, max(limit, timex.start - 8), timex.start)
        if match:
            timex.start = match.start()

    def _tense(self, doc: Doc, text: str, start: int, end: int) -> str:
        if self.past_before.search(text[max(0, start - _WINDOW):start]):
            return "past"
        span = doc.char_span(start, end, alignment_mode="expand")
        return span_tense(span, self.rules) if span is not None and len(span) else "present"

    def _plausible(self, rule: PatternRule, match: re.Match, start: int, doc: Doc, text: str,
                   token_starts: list[int]) -> bool:
        """Context filters: a bare year next to a number or followed by a counted noun
        ("2000 personnes") is a number; "N ans" after "âgé de", "a", "une femme de", or between
        commas after a name ("Paul, 45 ans,") is an age."""
        if rule.normalise == "year" and match.start("year") == start:
            after = bisect.bisect_left(token_starts, match.end())
            token = doc[after] if after < len(doc) else None
            if token is not None and (
                    (token.like_num and token.pos_ != "DET") or token.text in ("%", "€", "$", "£")
                    or (token.pos_ == "NOUN" and token.text.islower() and not self.rules.has("month", token.text))):
                return False
            before = bisect.bisect_left(token_starts, start) - 1
            if before >= 0 and doc[before].like_num:
                return False
        if rule.normalise == "duration" and match.group("unit") and self.rules.value("unit", match.group("unit")) == "Y":
            before, after = text[max(0, start - _WINDOW):start], text[match.end():match.end() + 20]
            between_commas = re.search(r"[^\W\d]\s*,\s*$|\(\s*$", before) and re.match(r"\s*[,)]", after)
            # "de 17 à 35 ans", "les 25-49 ans": a span of years is an age group unless a duration is said
            age_group = match.groupdict().get("num1") and not self.duration_before.search(before)
            if (self.age_before.search(before) or between_commas or age_group) \
                    and not re.match(r"\s*(?:plus tard|après|auparavant|plus tôt|de prison|de réclusion|d['’]emprisonnement|de détention)", after):
                return False
        return True

    def _in_context(self, rule: PatternRule, match: re.Match, timex: Timex, text: str) -> Timex | None:
        """A clock time after "pendant", "en" ... is a duration ("pendant 2 h"); an hour past 23 too."""
        if rule.normalise == "clock" and "hour" in match.groupdict() and match.group("hour"):
            hour = int(match.group("hour"))
            time_of_day = re.match(r"\s+(?:du\s+matin|du\s+soir|de\s+l['’]après-midi)", text[timex.end:timex.end + 20])
            if hour >= 24 or (self.duration_before.search(text[max(0, timex.start - _WINDOW):timex.start]) and not time_of_day):
                minute = int(match.group("minute") or 0)
                value = f"PT{hour}H" + (f"{minute}M" if minute else "")
                return Timex(timex.start, timex.end, "DURATION", value, False)
        return timex
