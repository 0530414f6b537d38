"""TIMEX3 values for the expressions the detector found.

Each normaliser reads the named groups of its rule's match and returns one or more
:class:`Timex` (a range gives two). Relative expressions are resolved against the
:class:`Anchor` (the article date, as precise as the header gives it); what the anchor cannot
fix stays underspecified (``XXXX-WXX-7``, ``XXXX-XX-XX``): nothing is invented.

Weekdays, bare months and day-month dates without a year are placed by the tense of the
governing verb: past → the latest one not after the anchor, future → the next one not before
it, present → the nearest one. A day-month date at most a month after the anchor is the coming
one even in the past tense ("a appelé à une grève le 15 avril"): the parse hangs such a date on
the verb, and a year-old day would be written "le 15 avril dernier" or with its year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Optional

from pipeline.components.dates.rules import DateRules, normalise_word

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
_NEAR_FUTURE_DAYS = 31  # a day this close ahead, told in the past tense, is announced, not a year old
DAY_LEVEL = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d)$")
DAY_PREFIX = re.compile(r"^(?:\d{4}-\d\d-\d\d|XXXX-WXX-\d)(?=$|T)")  # a day, alone or with a time of day
# precision a value must have to serve as the antecedent of "l'année suivante", "le lendemain" ...
ANTECEDENT = {"Y": re.compile(r"^\d{4}"), "M": re.compile(r"^\d{4}-\d\d"), "W": re.compile(r"^\d{4}-(?:\d\d-\d\d|W\d\d)"),
              "D": re.compile(r"^\d{4}-\d\d-\d\d")}
# a day or week named further back than this (characters) is no antecedent of "la veille", "la semaine suivante"
ANTECEDENT_REACH = {"D": 400, "W": 400}
NARRATIVE_DAYS = 7  # a day told without a shift this close to the anchor is the day the article speaks of


@dataclass(frozen=True)
class Anchor:
    text: str = ""
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None

    @classmethod
    def parse(cls, published: str | None) -> "Anchor":
        parts = [int(p) for p in (published or "").split("-") if p.isdigit()]
        return cls(published or "", *parts[:3]) if parts else cls()

    @property
    def date(self) -> Optional[dt.date]:
        return dt.date(self.year, self.month, self.day) if self.day else None


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    relative: bool  # resolved against (or waiting for) the anchor
    tense: str = ""  # past | present | future, when the value depended on it
    mod: str = ""  # TIMEX3 mod: START, MID, END (début, mi, fin), MORE_THAN, APPROX ...


@dataclass
class Context:
    anchor: Anchor
    tense: Callable[[int, int], str]  # tense of the verb governing the characters start:end
    previous: list  # Timex already found earlier in the text
    same_sentence: Callable[[int, int], bool]
    text: str = ""


def number_value(text: str, rules: DateRules):
    """Value of a number written in digits or in words ("vingt et un", "dix-huit"); "X" if vague."""
    text = text.strip()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        value = float(text.replace(",", "."))
        return int(value) if value.is_integer() else value
    if rules.has("number", text):
        return rules.value("number", text)
    if rules.has("vague_number", text):
        return "X"
    total = 0
    for word in re.split(r"[\s-]+", normalise_word(text)):
        if word == "et":
            continue
        value = rules.value("number", word)
        if value == 100:
            total = max(total, 1) * 100
        elif value == 20 and total in (4,):  # quatre-vingt
            total *= 20
        else:
            total += value
    return total


def _fmt(value) -> str:
    return str(value) if not isinstance(value, float) else f"{value:g}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _week(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


def _soon_after(month: int, day: int, anchor: Anchor) -> bool:
    """That day of the anchor's year comes after the anchor by a month at most."""
    if anchor.date is None or not _valid(anchor.year, month, day):
        return False
    return 0 < (dt.date(anchor.year, month, day) - anchor.date).days <= _NEAR_FUTURE_DAYS


def _place_year(month: int, day: Optional[int], anchor: Anchor, tense: str, shift: int = 0) -> Optional[int]:
    """Year of a month (and day) given without one, seen from the anchor."""
    if anchor.year is None:
        return None
    if anchor.month is None:
        return anchor.year
    here = (anchor.month, anchor.day or 0)
    there = (month, day if (day and anchor.day) else 0)
    if shift < 0 or (shift == 0 and tense == "past"):
        return anchor.year if there < here or (there == here and shift == 0) else anchor.year - 1
    if shift > 0 or tense == "future":
        return anchor.year if there > here or (there == here and shift == 0) else anchor.year + 1
    if month - anchor.month > 6:
        return anchor.year - 1
    if anchor.month - month > 6:
        return anchor.year + 1
    return anchor.year


class Normaliser:
    def __init__(self, rules: DateRules):
        self.rules = rules

    def __call__(self, name: str, type_: str, match: re.Match, start: int, ctx: Context) -> list[Timex]:
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        return getattr(self, name)(groups, type_, match, start, ctx)

    def _v(self, cls, word):
        return self.rules.value(cls, word)

    # --- absolute or partly absolute dates -------------------------------------------------
    def calendar(self, g, type_, match, start, ctx):
        if "holiday" in g:
            month, day = (int(x) for x in self._v("holiday", g["holiday"]).split("-"))
        elif "month" in g:
            month = int(g["month"]) if g["month"].isdigit() else self._v("month", g["month"])
            # "la nuit du 1er au 2 janvier" starts on the 1st
            day = int(re.match(r"\d+", g["day1" if "day1" in g else "day"]).group()) if "day" in g else None
        else:  # "samedi 21": a day of the anchor's month, or of the month next to it where the 21st is a Saturday
            day = int(re.match(r"\d+", g["day"]).group())
            if ctx.anchor.month is None:
                return [Timex(start, match.end(), type_, f"XXXX-XX-{day:02d}", True)]
            year, month = _month_of_weekday(day, self._v("weekday", g["weekday"]), ctx.anchor)
            g = {**g, "year": str(year)}
        year = g.get("year")
        if year is not None:
            year = int(year) + (2000 if len(year) == 2 and int(year) < 50 else 1900 if len(year) == 2 else 0)
        if not 1 <= month <= 12 or (day and not _valid(year or 2000, month, day)):
            return []
        relative = year is None or "month" not in g and "holiday" not in g
        tense = ctx.tense(start, match.end()) if (year is None or day) and "shift" not in g else ""
        if year is None:
            shift = self._v("shift", g["shift"]) if "shift" in g else 0
            if not shift and tense == "past" and day and _soon_after(month, day, ctx.anchor):
                tense = "future"  # "a appelé à une grève le 15 avril" a week before: announced, not a year old
            year = _place_year(month, day, ctx.anchor, tense, shift)
        head = f"{year:04d}" if year is not None else "XXXX"
        value = f"{head}-{month:02d}" + (f"-{day:02d}" if day else "")
        if "daypart" in g and day:
            value, type_ = value + "T" + self._v("daypart", g["daypart"]), "TIME"
        return [Timex(start, match.end(), type_, value, relative, tense, self._mod(g))]

    def year(self, g, type_, match, start, ctx):
        return [Timex(start, match.end(), type_, g["year"], False, mod=self._mod(g))]

    def decade(self, g, type_, match, start, ctx):
        digits = g["decade"]
        if len(digits) == 2:
            digits = ("20" if digits in ("00", "10") else "19") + digits
        return [Timex(start, match.end(), type_, digits[:3], False)]

    def century(self, g, type_, match, start, ctx):
        text = g["century"].upper()
        if text.isdigit():
            number = int(text)
        else:
            values = [ROMAN[c] for c in text]
            number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
        return [Timex(start, match.end(), type_, f"{number - 1:02d}", False)] if 0 < number <= 21 else []

    def quarter(self, g, type_, match, start, ctx):
        letter = self._v("period", g["period"])
        count = {"Q": 4, "H": 2}[letter]
        index = self._v("ordinal", g["ordinal"])
        index = count if index == "last" else index
        if not 1 <= index <= count:
            return []
        year, relative = g.get("year"), "year" not in g
        if relative:
            year = str(ctx.anchor.year) if ctx.anchor.year else "XXXX"
        return [Timex(start, match.end(), type_, f"{year}-{letter}{index}", relative)]

    def season(self, g, type_, match, start, ctx):
        code = self._v("season", g["season"])
        if "year" in g:
            return [Timex(start, match.end(), type_, f"{g['year']}-{code}", False, mod=self._mod(g))]
        year = ctx.anchor.year
        if year is not None and "shift" in g:
            year += self._v("shift", g["shift"])
        return [Timex(start, match.end(), type_, f"{year if year else 'XXXX'}-{code}", True, mod=self._mod(g))]

    def range_days(self, g, type_, match, start, ctx):
        second = self.calendar({k: v for k, v in g.items() if k != "day1"}, type_, match, match.start("day"), ctx)
        if not second:
            return []
        first_day = int(re.match(r"\d+", g["day1"]).group())
        head = second[0].value[:8]
        if not _valid(int(head[:4]) if head[:4].isdigit() else 2000, int(head[5:7]), first_day):
            return []
        first = Timex(match.start("day1"), match.end("day1"), type_, f"{head}{first_day:02d}", second[0].relative, second[0].tense)
        return [first, second[0]]

    # --- relative to the anchor -------------------------------------------------------------
    def weekday(self, g, type_, match, start, ctx):
        weekday = self._v("weekday", g["weekday"])
        tense = ctx.tense(start, match.end())
        shift = self._v("shift", g["shift"]) if "shift" in g else 0
        date = ctx.anchor.date
        if date is None:
            value = f"XXXX-WXX-{weekday}"
        else:
            delta = weekday - date.isoweekday()
            if shift < 0:
                delta = delta - 7 if delta >= 0 else delta
            elif shift > 0:
                delta = delta + 7 if delta <= 0 else delta
            elif tense == "past":
                delta = delta - 7 if delta > 0 else delta
            elif tense == "future" or "this" in g:
                delta = delta + 7 if delta < 0 else delta
            else:
                delta = delta - 7 if delta > 3 else delta + 7 if delta < -3 else delta
            value = (date + dt.timedelta(days=delta)).isoformat()
        if "daypart" in g:
            value, type_ = value + "T" + self._v("daypart", g["daypart"]), "TIME"
        mod = self._mod(g)
        if "this" in g and tense != "past":
            tense = "future"  # "ce lundi" with a present verb is the coming Monday
        elif shift:
            tense = ""  # "lundi dernier" is never the day the text speaks from
        return [Timex(start, match.end(), type_, value, True, tense, mod)]

    def deictic_day(self, g, type_, match, start, ctx):
        offset = self._v("deictic_day", g["deictic_day"]) if "deictic_day" in g else 0
        date = ctx.anchor.date
        if date is not None:
            value = (date + dt.timedelta(days=offset)).isoformat()
        elif offset == 0 and (day := self._narrative_day(ctx)):
            value = day
        else:
            value = "XXXX-XX-XX"
        if "daypart" in g:
            value, type_ = value + "T" + self._v("daypart", g["daypart"]), "TIME"
        tense = "past" if offset < 0 else "future" if offset > 0 else "present"
        return [Timex(start, match.end(), type_, value, True, tense, self._mod(g))]

    @staticmethod
    def _narrative_day(ctx: Context) -> str:
        """With a month-only anchor, "aujourd'hui" / "ce jour" is the day the text speaks from:
        the latest day of that month already told in the past or present tense (a communiqué's
        "dimanche"). Without an anchor month nothing is guessed."""
        if ctx.anchor.month is None:
            return ""
        month = f"{ctx.anchor.year:04d}-{ctx.anchor.month:02d}-"
        for timex in reversed(ctx.previous):
            if timex.type == "DATE" and timex.tense in ("past", "present") and DAY_LEVEL.match(timex.value) \
                    and (timex.value.startswith(month) or timex.value.startswith("XXXX-WXX")):
                return timex.value
        return ""

    def relative_period(self, g, type_, match, start, ctx):
        if "this" not in g and "shift" not in g and "part" not in g:  # "la fin du mois" is this month's
            return []
        unit = self._v("unit", g["unit"])
        if self._factor(g["unit"]) != 1:  # "la décennie passée": not a calendar period we can name
            return []
        shift = self._v("shift", g["shift"]) if "shift" in g else 0
        a = ctx.anchor
        if "year" in g:  # "la fin de l'année 2016"
            if unit != "Y":
                return []
            return [Timex(start, match.end(), type_, g["year"], False, mod=self._mod(g))]
        if unit == "Y":
            value = str(a.year + shift) if a.year else "XXXX"
        elif unit == "M" and not self._is_time_unit(g["unit"]):
            value = "%04d-%02d" % _shift_month(a.year, a.month, shift) if a.month else "XXXX-XX"
        elif unit in ("W", "WE"):
            value = _week(a.date + dt.timedelta(weeks=shift)) if a.date else "XXXX-WXX"
            value += "-WE" if unit == "WE" else ""
        elif unit == "D" and "part" in g and not shift:  # "hier en fin de journée": the day spoken of
            value, relative = _day_of(start, ctx, ctx.tense(start, match.end()))
            return [Timex(start, match.end(), type_, value, relative, mod=self._mod(g))]
        elif unit == "D":
            value = (a.date + dt.timedelta(days=shift)).isoformat() if a.date else "XXXX-XX-XX"
        else:
            return []
        return [Timex(start, match.end(), type_, value, True, mod=self._mod(g))]

    def anaphoric(self, g, type_, match, start, ctx):
        """"l'année suivante", "cette même année", "le lendemain": from the latest date the text
        named at that precision (the article's date when there is none)."""
        if "anaphoric_day" in g:
            unit, shift = "D", self._v("anaphoric_day", g["anaphoric_day"])
        else:
            unit = self._v("unit", g["unit"])
            if self._factor(g["unit"]) != 1 or self._is_time_unit(g["unit"]) or unit == "WE":
                return []
            shift = self._v("anaphoric_shift", g["anaphoric_shift"]) if "anaphoric_shift" in g else 0
        reach = ANTECEDENT_REACH.get(unit, len(ctx.text))
        antecedent = next((t for t in reversed(ctx.previous) if ANTECEDENT[unit].match(t.value) and start - t.end <= reach), None)
        if antecedent is not None:
            relative, head = antecedent.relative, antecedent.value
            year = int(head[:4])
            month = int(head[5:7]) if unit in ("M", "D") or (unit == "W" and "W" not in head) else None
            day_text = head[8:10] if unit in ("D", "W") and "W" not in head else ""
            date = dt.date(year, month, int(day_text)) if day_text else None
            week = head[:8] if unit == "W" and "W" in head else ""
        else:
            a = ctx.anchor
            relative, year, month, date, week = True, a.year, a.month, a.date, ""
        if unit == "Y":
            value = str(year + shift) if year else "XXXX"
        elif unit == "M":
            value = "%04d-%02d" % _shift_month(year, month, shift) if month else "XXXX-XX"
        elif unit == "W":
            if week:
                monday = dt.date.fromisocalendar(int(week[:4]), int(week[6:8]), 1)
                value = _week(monday + dt.timedelta(weeks=shift))
            else:
                value = _week(date + dt.timedelta(weeks=shift)) if date else "XXXX-WXX"
        else:
            value = (date + dt.timedelta(days=shift)).isoformat() if date else "XXXX-XX-XX"
        return [Timex(start, match.end(), type_, value, relative)]

    def offset(self, g, type_, match, start, ctx):
        sign = self._v("ago", g["ago"]) if "ago" in g else self._v("in", g["in"])
        count = self._count(g)
        unit = self._v("unit", g["unit"])
        a = ctx.anchor
        if count == "X" or self._is_time_unit(g["unit"]) or isinstance(count, float) or unit == "WE":
            return [Timex(start, match.end(), type_, "PAST_REF" if sign < 0 else "FUTURE_REF", True)]
        count *= sign * self._factor(g["unit"])
        if unit == "Y":
            value = str(a.year + count) if a.year else "XXXX"
        elif unit == "M":
            value = "%04d-%02d" % _shift_month(a.year, a.month, count) if a.month else "XXXX-XX"
        elif unit == "W":
            value = _week(a.date + dt.timedelta(weeks=count)) if a.date else "XXXX-WXX"
        else:
            value = (a.date + dt.timedelta(days=count)).isoformat() if a.date else "XXXX-XX-XX"
        return [Timex(start, match.end(), type_, value, True)]

    # --- durations, times, sets, vague references ---------------------------------------
    def duration(self, g, type_, match, start, ctx):
        unit = self._v("unit", g["unit"])
        if unit == "WE" or g["unit"][0].isupper():
            return []
        count = "X" if "num1" in g else self._count(g)  # "3 à 4 mois": an unknown count of months
        if count != "X":
            count = (count + (0.5 if "half" in g else 0)) * self._factor(g["unit"])
        if count == 0:
            return []
        prefix = "PT" if self._is_time_unit(g["unit"]) else "P"
        return [Timex(start, match.end(), type_, f"{prefix}{_fmt(count)}{unit}", False)]

    def period_span(self, g, type_, match, start, ctx):
        """"les trois derniers mois" is a duration; "les semaines dernières", "des mois à venir" a
        vague reference to the past or future."""
        count = self._count(g) if "num" in g else "X"
        if count != "X":
            return self.duration(g, "DURATION", match, start, ctx)
        if "first" in g:
            return []
        sign = self._v("shift", g["shift"]) if "shift" in g else 1
        return [Timex(start, match.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", False)]

    def clock(self, g, type_, match, start, ctx):
        if "clock" in g:
            clock = self._v("clock", g["clock"])
        else:
            hour, minute = int(g["hour"]), int(g.get("minute") or 0)
            if "daypart" in g and self._v("daypart", g["daypart"]) in ("AF", "EV") and hour < 12:
                hour += 12
            if hour > 23 or minute > 59 or (hour == 24 and minute):
                return []
            clock = f"{hour:02d}:{minute:02d}"
        day, relative = _day_of(start, ctx, ctx.tense(start, match.end()), int(clock[:2]))
        return [Timex(start, match.end(), type_, f"{day}T{clock}", relative)]

    def daypart(self, g, type_, match, start, ctx):
        """"dans la soirée", "en fin de matinée": a part of the day the text speaks of."""
        if "shift" in g and ctx.anchor.date:  # "la nuit dernière"
            day, relative = (ctx.anchor.date + dt.timedelta(days=self._v("shift", g["shift"]))).isoformat(), True
        else:
            day, relative = _day_of(start, ctx, ctx.tense(start, match.end()))
        return [Timex(start, match.end(), type_, f"{day}T{self._v('daypart', g['daypart'])}", relative, mod=self._mod(g))]

    def vague(self, g, type_, match, start, ctx):
        return [Timex(start, match.end(), type_, self._v("vague", g["vague"]), False)]

    def set(self, g, type_, match, start, ctx):
        if "set_adverb" in g:
            value = self._v("set_adverb", g["set_adverb"])
        elif "weekday" in g:
            value = f"XXXX-WXX-{self._v('weekday', g['weekday'])}"
        elif "daypart" in g:
            value = "XXXX-XX-XXT" + self._v("daypart", g["daypart"])
        else:
            count = self._count(g) if "each" in g and "num" in g else 1
            unit = self._v("unit", g["unit"])
            if count == "X" or unit == "WE":
                return []
            prefix = "PT" if self._is_time_unit(g["unit"]) else "P"
            value = f"{prefix}{_fmt(count * self._factor(g['unit']))}{unit}"
        return [Timex(start, match.end(), type_, value, False)]

    # --- helpers --------------------------------------------------------------------------
    def _mod(self, g) -> str:
        return self._v("part", g["part"]) if "part" in g else ""

    def _count(self, g):
        if "approx" in g:
            word = re.sub(r"\s+d(?:e|['’])\s*$", "", g["approx"].strip())
            return self._v("approx", word)
        return number_value(g["num"], self.rules)

    def _unit_id(self, word: str) -> str:
        return self.rules.lexicon_ids[("unit", normalise_word(word))]

    def _is_time_unit(self, word: str) -> bool:
        return self._unit_id(word) in self._time_units

    def _factor(self, word: str) -> int:
        return self._factors.get(self._unit_id(word), 1)

    @property
    def _time_units(self):
        return self.rules.unit_flags["time"]

    @property
    def _factors(self):
        return self.rules.unit_flags["factor"]


def _month_of_weekday(day: int, weekday: int, anchor: Anchor) -> tuple[int, int]:
    """(year, month) of "lundi 3": the anchor's month, else the nearest month around it where the
    3rd is a Monday; the anchor's month when none is (the text is then wrong about one of them)."""
    if anchor.day:
        for delta in (0, -1, 1):
            year, month = _shift_month(anchor.year, anchor.month, delta)
            if _valid(year, month, day) and dt.date(year, month, day).isoweekday() == weekday:
                return year, month
    return anchor.year, anchor.month


def _day_of(start: int, ctx: Context, tense: str, hour: Optional[int] = None) -> tuple[str, bool]:
    """(day, relative) a time of day belongs to: the day last named in its sentence (the next one for
    an hour after midnight following that day's evening or night; for an evening hour in a night
    "de vendredi à samedi", the first of the two); else, in the past tense, the
    latest day told without a shift shortly before the anchor (the day the article speaks of);
    else the anchor's day."""
    # days named by dates or day parts ("vendredi soir"), not by other clock times
    days = [t for t in ctx.previous if t.type in ("DATE", "TIME") and DAY_PREFIX.match(t.value) and ":" not in t.value
            and t.start < start]
    same = [t for t in days if ctx.same_sentence(t.start, start)]
    if same:
        last = same[-1]
        day = DAY_PREFIX.match(last.value).group()
        evening = [t for t in ctx.previous if ctx.same_sentence(t.start, start) and t.start > last.start
                   and t.value.startswith(day + "T") and re.search(r"T(?:EV|NI|(?:1[89]|2\d):\d\d)$", t.value)]
        if hour is not None and hour < 6 and (evening or last.value.endswith(("TEV", "TNI"))) and day[0].isdigit():
            # after midnight: "dimanche soir à 22 heures puis à 1 h 30", "la nuit de lundi à mardi vers 3 h"
            day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        elif hour is not None and hour < 12 and last.value.endswith("TNI") and day[0].isdigit():
            day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()  # the morning after the night
        elif hour is not None and hour >= 12 and len(same) > 1 and day[0].isdigit() \
                and "nuit" in ctx.text[max(0, same[-2].start - 12):last.start]:
            before = DAY_PREFIX.match(same[-2].value).group()
            if before[0].isdigit() and dt.date.fromisoformat(day) - dt.date.fromisoformat(before) == dt.timedelta(days=1):
                day = before  # "la nuit de vendredi à samedi 1er avril, vers 23 h 30": Friday
        return day, last.relative
    anchor = ctx.anchor.date
    if anchor is not None and tense == "past":
        for timex in reversed(days):
            day = DAY_PREFIX.match(timex.value).group()
            if timex.tense and day[0].isdigit() and 0 <= (anchor - dt.date.fromisoformat(day)).days <= NARRATIVE_DAYS:
                return day, timex.relative
    if anchor is not None:
        return anchor.isoformat(), True
    return "XXXX-XX-XX", True


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
