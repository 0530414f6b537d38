"""One canonical name per real-world entity within an article.

Mentions are grouped when
- they are an acronym and its expansion ("Partenariat mondial pour l'intelligence artificielle
  (PMIA)"), found by matching the acronym's letters with the initials of the words before it;
- they read the same once acronyms are expanded and case and apostrophes are ignored
  ("Partenariat mondial pour l'IA" = "... pour l'intelligence artificielle");
- one adds only adjectives to the other, same label ("Sommet mondial pour l'action sur l'IA");
- they are a person's surname and full name ("Macron", "Emmanuel Macron");
- a gazetteer gave them the same canonical name (ONU, Nations unies).
The group's name: the gazetteer's, else the acronym's expansion, else a person's longest name,
else the first mention's text; straight apostrophes.
"""
from __future__ import annotations

import re
import unicodedata

import numpy
from spacy.tokens import Doc, Token

from pipeline.components.entities.mentions import Mention

FUNCTION_WORDS = frozenset("de du des d' la le les l' et pour sur en à au aux".split())
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{1,9}")  # "PMIA", "FFTri", "Insee"


def normal(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _key(text: str) -> str:
    return normal(text).lower().replace("' ", "'")


def acronym_expansions(doc: Doc, orth: numpy.ndarray, organisations: list[tuple[int, int]] = ()) -> dict[str, tuple[int, int]]:
    """Acronyms defined in the text, "words (ACR)" or "ACR (words)", with the token range of their
    expansion; ``orth``: the doc's ORTH attribute array. ``organisations`` (start, end of each
    organisation's name): an acronym in brackets after one, and after the words that go on its
    name, is its acronym even when its letters spell another language's words ("Autorité de gestion
    des catastrophes et des situations d'urgence (AFAD)") or only some of them ("Agence nationale
    de sécurité du médicament et des produits de santé (ANSM)")."""
    found = {}
    opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
    for i in numpy.flatnonzero(orth[:-2] == opening).tolist():
        if i < 1:
            continue
        token = doc[i + 1]
        if doc[i + 2].text == ")" and _ACRONYM.fullmatch(token.text):
            letters = _letters(token.text)
            end = token.i - 1
            words = doc[max(0, end - 3 * len(letters) - 4):end]
            spelt = _spelt(list(reversed(words)), letters[::-1])
            if spelt:
                found.setdefault(token.text, (end - spelt, end))
            elif token.is_upper:
                start = _name_going_on_to(doc, organisations, end, letters[0])
                if start is not None:
                    found.setdefault(token.text, (start, end))
        elif _ACRONYM.fullmatch(doc[i - 1].text) and not doc[i - 1].is_title:
            # the expansion after the acronym: "le SNR (service national de renseignement)"
            letters = _letters(doc[i - 1].text)
            window = orth[i + 1:i + 2 + 3 * len(letters) + 4]
            close = numpy.flatnonzero(window == closing)
            if close.size and _spelt(list(doc[i + 1:i + 1 + int(close[0])]), letters) == int(close[0]):
                found.setdefault(doc[i - 1].text, (i + 1, i + 1 + int(close[0])))
    return found


def _name_going_on_to(doc: Doc, organisations: list[tuple[int, int]], end: int, letter: str) -> int | None:
    """The start of the longest organisation's name of two words or more, its first word's initial
    ``letter``, that with the words after it up to ``end`` (a few, no punctuation, digit or other
    name) reaches ``end``."""
    starts = [start for start, stop in organisations if stop - start > 1 and start < stop <= end and end - start <= 14
              and _initial(doc[start].text)[0] == letter
              and not any(t.is_punct or t.like_num or t.ent_type_ for t in doc[stop:end])]
    return min(starts, default=None)  # the whole name, not one nested at its end ("Nations unies")


def _letters(acronym: str) -> list[str]:
    """The letters an expansion must spell: the capitals of a mixed-case acronym ("FFTri": F, F, T),
    every letter of one written as a word ("Insee")."""
    capitals = [c for c in acronym if c.isupper()]
    return [c for c in _initial("".join(capitals) if len(capitals) > 1 else acronym) if c.isalpha()]


def _spelt(words: list[Token], letters: list[str]) -> int:
    """How many of ``words``, read in that order, spell ``letters`` with their initials (function
    words between them; one lower-case word, not the first, may lack its letter: "Fédération
    internationale des ligues des droits de l'homme (FIDH)"); 0 when they do not."""
    needed, skipped = list(letters), False
    for n, word in enumerate(words):
        if not needed:
            return n
        if word.is_punct or word.is_space:
            return 0
        if word.lower_.replace("’", "'") in FUNCTION_WORDS:
            continue
        if _initial(word.text)[0] != needed[0]:
            if skipped or not word.is_lower or n == 0:
                return 0
            skipped = True
            continue
        needed.pop(0)
    return 0 if needed else len(words)


def _initial(text: str) -> str:
    """Upper case without accents: "étude" gives the E of ANENA."""
    return unicodedata.normalize("NFD", text.upper()).encode("ascii", "ignore").decode() or text.upper()


def _expanded(text: str, expansions: dict[str, str]) -> str:
    for acronym, expansion in expansions.items():
        text = re.sub(rf"(?<![\w]){re.escape(acronym)}(?![\w])", expansion, text)
    return _key(text)


def assign(doc: Doc, mentions: list[Mention], defined: dict[str, tuple[int, int]], refers_to: dict[str, str]) -> list[str]:
    """The canonical name of each mention, in order; ``defined``: acronym_expansions(doc, orth);
    ``refers_to``: a metonym's canonical name -> the institution's, one entity with it ("le Quai
    d'Orsay" and "le ministère de l'Europe et des Affaires étrangères")."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(j)] = find(i)

    texts = [normal(doc[m.start:m.end].text) for m in mentions]
    expansions = {acr: normal(doc[a:b].text) for acr, (a, b) in defined.items()}
    expansion_of = {}  # mention index -> the expansion text it stands for
    by_offsets = {(m.start, m.end): i for i, m in enumerate(mentions)}
    for acronym, (start, end) in defined.items():
        long_form = by_offsets.get((start, end))
        for i, text in enumerate(texts):
            if text == acronym or (long_form is not None and i == long_form):
                expansion_of[i] = expansions[acronym]
    # a gazetteer's name for an acronym the article spells out otherwise is another body's: "Cadre intégré de
    # classification de la sécurité alimentaire (IPC)" is not the Comité international paralympique
    listed = [("" if texts[i] in defined and i in expansion_of and _key(expansion_of[i]) != _key(m.canonical) else m.canonical)
              if m.canonical else "" for i, m in enumerate(mentions)]
    # same reading once acronyms are expanded; gazetteer names
    first_by_key: dict[tuple[str, str], int] = {}
    for i, mention in enumerate(mentions):
        keys = [_expanded(texts[i], expansions)]
        if i in expansion_of:
            keys.append(_key(expansion_of[i]))
        if listed[i]:
            keys.append(_key(listed[i]))
            if listed[i] in refers_to:
                keys.append(_key(refers_to[listed[i]]))
        for key in keys:
            group = (mention.label, key)
            if group in first_by_key:
                union(first_by_key[group], i)
            else:
                first_by_key[group] = i
    # one adds only adjectives to the other
    words = [_expanded(t, expansions).split() for t in texts]
    same_start: dict[tuple[str, str], list[int]] = {}  # only these can differ by adjectives
    for i, mention in enumerate(mentions):
        same_start.setdefault((mention.label, words[i][0] if words[i] else ""), []).append(i)
    for group in same_start.values():
        for k, i in enumerate(group):
            for j in group[:k]:
                if len(words[i]) != len(words[j]):
                    longer, shorter = (i, j) if len(words[i]) > len(words[j]) else (j, i)
                    extra = _difference(words[longer], words[shorter])
                    m = mentions[longer]
                    if extra and set(extra) <= {t.lower_ for t in doc[m.start:m.end] if t.pos_ == "ADJ"}:
                        union(j, i)
    # persons: surname → full name; the surname is the last word, or the words after the first name or more
    # ("Merkel"; "Diallo-Sarr", three tokens; "de Gaulle"; "López Obrador"), or a capitalised name inside
    # ("Lula" of "Luiz Inácio Lula da Silva")
    full_names = {}
    for i, mention in enumerate(mentions):
        if mention.label == "PER" and mention.end - mention.start > 1:
            full_names.setdefault(doc[mention.end - 1].text, i)
            for k in range(mention.start + 1, mention.end - 1):
                full_names.setdefault(normal(doc[k:mention.end].text), i)
                if doc[k].is_title and len(doc[k]) > 2:
                    full_names.setdefault(doc[k].text, i)
    for i, mention in enumerate(mentions):
        if mention.label == "PER" and full_names.get(texts[i], i) != i:
            union(full_names[texts[i]], i)
    # names of the groups
    members: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        members.setdefault(find(i), []).append(i)
    names = [""] * len(mentions)
    for group in members.values():
        name = next((listed[i] for i in group if listed[i]), None)
        if any(listed[i] in refers_to for i in group):  # the institution and its metonym: as the article first names it
            first = min(group, key=lambda i: mentions[i].start)
            name = listed[first] or texts[first]
        name = name or next((expansion_of[i] for i in group if i in expansion_of), None)
        if name is None and mentions[group[0]].label == "PER":
            name = max((texts[i] for i in group), key=len)
        name = normal(name or texts[group[0]])
        for i in group:
            names[i] = name
    return names


def _difference(longer: list[str], shorter: list[str]) -> list[str] | None:
    """Words of ``longer`` left once ``shorter`` is found in it in order, or None."""
    extra, k = [], 0
    for word in longer:
        if k < len(shorter) and word == shorter[k]:
            k += 1
        else:
            extra.append(word)
    return extra if k == len(shorter) else None
