"""Corrections of the model's own entities, driven by ``fixes.jsonl`` (see rules.Fixes)."""
from __future__ import annotations

import dataclasses

import numpy
from spacy.tokens import Doc

from pipeline.components.entities.mentions import Mention
from pipeline.components.entities.rules import Fixes

_SPACE = frozenset({"SPACE"})
_PEOPLE_NOUN_LABELS = frozenset({"LOC", "MISC"})
_APPOSITION_END = frozenset({",", ".", ";", ")", "\n"})
_AFTER_TOKENS = 4  # tokens after (before) a span a relabelling rule's "after" ("before") regex reads
_ROLE_PHRASE_TAGS = frozenset({"ADJ", "DET", "ADP", "NOUN", "PROPN"})  # between a role noun and the name: "parisien", "de la NASA"


def correct(doc: Doc, mentions: list[Mention], fixes: Fixes, demonyms: dict[str, str],
            orth: numpy.ndarray, lower: numpy.ndarray) -> list[Mention]:
    """``orth``, ``lower``: the doc's ORTH and LOWER attribute arrays."""
    corrected = []
    # the words the article writes in lower case somewhere
    written_lower = frozenset(lower[orth == lower].tolist()) \
        if fixes.sentence_start_common_word or fixes.plural_people_noun else frozenset()
    for mention in (part for whole in mentions for part in _split_at_separators(doc, whole, fixes)):
        mention = _trim(doc, mention, fixes)
        if mention is not None:
            mention = _person_after_nationality(doc, mention, fixes, demonyms)
            mention = _person_apposed_to_role(doc, mention, fixes)
            mention = _place_without_its_kind(doc, mention, fixes)
        if mention is None or _dropped(doc, mention, fixes, demonyms) or _common_word_at_start(doc, mention, fixes, written_lower) \
                or _plural_people_noun(doc, mention, fixes, written_lower, orth):
            continue
        read_as = mention.label
        _relabel_by_shape(doc, mention, fixes)
        if mention.label == "PER" != read_as:  # a name found a person by its shape loses its title too: "Me Sur" is "Sur"
            trimmed = _trim(doc, mention, fixes)
            if trimmed is not None:
                mention = dataclasses.replace(trimmed, rule=mention.rule)
        corrected.append(mention)
        inner = _relabel_by_head(doc, mention, fixes) or _place_after_de(doc, mention, fixes)
        if inner is not None:
            corrected.append(inner)
    return corrected


def _split_at_separators(doc: Doc, mention: Mention, fixes: Fixes) -> list[Mention]:
    """Names joined by a dash or slash with a space beside it, read as one ("Soleil - Neptune",
    "BFMTV - RMC", "Mézenc / Meygal"), are one mention each; "Bobigny-Pablo-Picasso" is one name."""
    if fixes.split_at is None or mention.end - mention.start < 3 or mention.label not in fixes.split_at[1]:
        return [mention]
    separators, _, rule = fixes.split_at
    cuts = [i for i in range(mention.start + 1, mention.end - 1)
            if doc[i].text in separators and (doc[i].whitespace_ or doc[i - 1].whitespace_)]
    if not cuts:
        return [mention]
    bounds = [mention.start - 1, *cuts, mention.end]
    return [Mention(start + 1, end, mention.label, rule) for start, end in zip(bounds, bounds[1:]) if end > start + 1]


def _trim(doc: Doc, mention: Mention, fixes: Fixes) -> Mention | None:
    start, end, rule = mention.start, mention.end, mention.rule
    titled = False  # after a title ("président de la République") function words go too
    while start < end:
        token = doc[start]
        if titled and token.lower_ in _DE and end - start == 2 and doc[start + 1].is_title:
            break  # the particle of a one-word name after a title: "le général de Gaulle"
        if token.text in fixes.strip_leading and (not token.is_alpha or token.is_lower and (titled or mention.label != "PER")):
            rule = rule or fixes.strip_leading[token.text]
        elif mention.label == "PER" and token.lower_ in fixes.person_titles:
            rule, titled = fixes.person_titles[token.lower_], True
        elif fixes.sentence_start and token.is_sent_start and token.pos_ in fixes.sentence_start[0] and end - start > 1:
            rule = fixes.sentence_start[1]
        elif token.pos_ in _SPACE:
            pass
        else:
            break
        start += 1
    if fixes.name_after_de is not None and mention.label in ("ORG", "EVENT"):
        # a name cut before its complement: "Commission locale d'information de" + "Flamanville"
        complement = _proper_name_after(doc, end)
        if complement > end:
            end, rule = complement, fixes.name_after_de
    while end > start:
        token = doc[end - 1]
        if token.text in fixes.strip_trailing or token.is_space:
            rule = fixes.strip_trailing.get(token.text, rule or next(iter(fixes.strip_trailing.values()), None))
        else:
            break
        end -= 1
    if start == end:
        return None
    # "De Gendt", "Van Aert": a capitalised particle the model left out of a name
    if mention.label == "PER" and start > 0 and doc[start - 1].text in fixes.person_particles \
            and not doc[start - 1].is_sent_start:
        start -= 1
        rule = fixes.person_particles[doc[start].text]
    if (start, end) != (mention.start, mention.end):
        mention = Mention(start, end, mention.label, rule, mention.canonical, mention.code, mention.country)
    return mention


def _proper_name_after(doc: Doc, end: int) -> int:
    """Where the proper name after a span ending in "de", "du", "de la", "d'" ends (``end``: none)."""
    k = end - 1
    if k >= 0 and doc[k].lower_ in _ARTICLES and k > 0 and doc[k - 1].lower_ in _DE:
        k -= 1
    if k < 0 or doc[k].lower_ not in _DE and doc[k].lower_ != "des":
        return end
    stop = end
    while stop < len(doc) and (doc[stop].is_title or doc[stop].text == "-" and stop > end) and not doc[stop].is_sent_start:
        stop += 1
    return stop if stop > end and doc[stop - 1].text != "-" else end


def _person_after_nationality(doc: Doc, mention: Mention, fixes: Fixes, demonyms: dict[str, str]) -> Mention:
    """"l'Espagnole Caroline Routier" read as one place: the nationality noun goes, the
    capitalised words after it are the person it qualifies. A name of two words or more right
    after "la Japonaise" or "le Polonais" is that person too, read as a place or a MISC. Read as an
    organisation, only after a feminine noun ("l'Américaine Summer Cook"; "l'américain
    Westinghouse" is the company)."""
    if fixes.demonym_before_name is None or mention.end - mention.start < 2:
        return mention
    label, rule = fixes.demonym_before_name
    first = doc[mention.start]
    particles = {word.lower() for word in fixes.person_particles}  # "la Néerlandaise Femke de Wit"
    if not all(t.is_title or t.lower_ in particles for t in doc[mention.start + 1:mention.end]) or not doc[mention.end - 1].is_title:
        return mention
    if first.is_title and first.lower_ in demonyms:  # the nationality noun read into the name
        start, nationality = mention.start + 1, first.lower_
        determiner = doc[mention.start - 1].lower_ if mention.start else ""
    elif mention.start >= 2 and first.is_title and mention.label != label and doc[mention.start - 1].lower_ in demonyms \
            and doc[mention.start - 2].lower_ in _DETERMINERS:
        start, nationality, determiner = mention.start, doc[mention.start - 1].lower_, doc[mention.start - 2].lower_
    else:
        return mention
    feminine = determiner in ("la", "une") or nationality.endswith("e") and nationality[:-1] in demonyms
    if mention.label == "ORG" and not feminine:
        return mention
    return Mention(start, mention.end, label, rule)


def _person_apposed_to_role(doc: Doc, mention: Mention, fixes: Fixes) -> Mention:
    """"L'entraîneur parisien, Staffan Olsson," read as an organisation: a name of capitalised words
    set off by commas after a role noun with its article (adjectives, a complement or a participle's
    between, or "auprès de") is the person who holds the role; so is one the model read (not a
    listed name) before a comma and a role noun with its complement ("Park Min-ho, professeur de")."""
    if fixes.person_apposed_to_role is None or mention.label == "PER" or mention.end - mention.start < 2:
        return mention
    roles, rule = fixes.person_apposed_to_role
    if mention.rule is None and _role_after(doc, mention, roles):  # the model's reading, not a listed name
        return Mention(mention.start, mention.end, "PER", rule)
    if mention.start < 3 or doc[mention.start - 1].text != "," \
            or mention.end < len(doc) and doc[mention.end].text not in _APPOSITION_END:  # "Selon le ministre, Air France a ..."
        return mention
    if doc[mention.start].pos_ == "DET" or not all(t.is_title and t.is_alpha or t.text == "-" for t in doc[mention.start:mention.end]):
        return mention
    k = mention.start - 2
    while k > max(0, mention.start - 16):
        token = doc[k]
        if token.text == ")":  # past a bracketed acronym: "le porte-parole de l'Agence de gestion des catastrophes (BNPB), X"
            k = next((j for j in range(k - 1, max(0, k - 6), -1) if doc[j].text == "("), k) - 1
            continue
        if token.lower_ in roles and token.pos_ == "NOUN":
            article = k - 1
            while article > 0 and doc[article].pos_ == "ADJ":  # "le Premier ministre géorgien, X", "la nouvelle présidente, X"
                article -= 1
            if doc[article].pos_ == "DET":
                return Mention(mention.start, mention.end, "PER", rule)
            # else a role noun inside the title: "la secrétaire générale adjointe aux affaires humanitaires, X"
        preposition = token.pos_ == "ADV" and doc[k + 1].lower_ in _DE  # "l'ambassadeur du Soudan auprès de l'ONU, X"
        if token.pos_ not in _ROLE_PHRASE_TAGS and not preposition and not (token.dep_ == "acl" and "Part" in token.morph.get("VerbForm")):
            return mention  # a comma, a verb: the phrase ends; not a participle's ("le commissaire chargé de la pêche, X")
        k -= 1
    return mention


def _role_after(doc: Doc, mention: Mention, roles: dict) -> bool:
    """"Park Min-ho, professeur de relations internationales": a name, its hyphened parts lower-case
    or not, set off by a comma before a role noun with no article and its complement."""
    end = mention.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in roles or doc[end + 1].pos_ != "NOUN" \
            or doc[end + 2].lower_ not in _DE | {"à", "au", "des"}:
        return False
    words = doc[mention.start:end]
    return words[0].is_title and all(t.is_alpha and (t.is_title or doc[t.i - 1].text == "-") or t.text == "-" for t in words)


def _place_without_its_kind(doc: Doc, mention: Mention, fixes: Fixes) -> Mention:
    """"le massif du Jura", "la mer Méditerranée", "la ville de Stockholm" read as one place: the
    place is its proper name, without the common noun saying what kind of place it is."""
    kind = doc[mention.start]
    if fixes.place_kinds is None or mention.label != "LOC" or kind.lower_ not in fixes.place_kinds[0] \
            or mention.end - mention.start == 1 or doc[mention.end - 1].is_lower:  # "mer de Chine méridionale": the adjective qualifies the whole
        return mention
    if kind.is_title and doc[mention.start + 1].lower_ not in _DE:
        return mention  # "Mer Noire", "Parc des Princes": the capitalised noun begins the name ("État de Hawaï" not)
    if kind.lower_ in fixes.place_kinds[2]:
        after = mention.start + 1  # past adjectives: "aéroport international de Dubaï", "centrale nucléaire de"
        while after < mention.end - 1 and doc[after].is_lower and doc[after].pos_ == "ADJ":
            after += 1
        if doc[after].lower_ not in _DE:
            return mention  # "l'aéroport Félix-Houphouët-Boigny" is named after a man, not a place
    start = mention.start + 1
    # adjectives, "de" and the apostrophe of "l' Hérault": "parc national", "lac du"
    while start < mention.end and (doc[start].is_lower or doc[start].is_punct):
        start += 1
    if start == mention.end or start == mention.start + 1 and not doc[start].is_title:
        return mention
    return Mention(start, mention.end, mention.label, fixes.place_kinds[1])


def _dropped(doc: Doc, mention: Mention, fixes: Fixes, demonyms: dict[str, str]) -> bool:
    text = doc[mention.start:mention.end].text
    if text.replace("’", "'") in fixes.not_entity or text in fixes.not_entity:
        return True
    if any(mention.label in labels and regex.search(text) for regex, labels, _ in fixes.drop_regex):
        return True
    if fixes.sentence_start and mention.end - mention.start == 1:
        token = doc[mention.start]
        if token.is_sent_start and token.pos_ in fixes.sentence_start[0] and token.is_stop:
            return True
    return fixes.demonym is not None and mention.label != "PER" and text.lower() in demonyms


def _common_word_at_start(doc: Doc, mention: Mention, fixes: Fixes, written_lower: frozenset[int]) -> bool:
    """One capitalised word opening a sentence, title or heading ("Choléra : l'OMS lance ...",
    "+ Prochaines étapes +") is a common word when the article also writes it in lower case
    ("contre le choléra") or when its part of speech is one of the rule's; a person's name also when it is
    tagged as one of the rule's ``person_pos`` ("Géant de l'industrie, le studio ..."; not the place "Rabat réclame")."""
    if fixes.sentence_start_common_word is None or mention.end - mention.start != 1:
        return False
    token = doc[mention.start]
    first = token.i  # back over marks and symbols ("+", "«") to the sentence's first token
    while first > 0 and not doc[first].is_sent_start and not (doc[first - 1].is_alpha or doc[first - 1].is_digit):
        first -= 1
    if not (first == 0 or doc[first].is_sent_start):
        return False
    pos, person_pos, _ = fixes.sentence_start_common_word
    return token.lower in written_lower or token.pos_ in pos or mention.label == "PER" and token.pos_ in person_pos


def _plural_people_noun(doc: Doc, mention: Mention, fixes: Fixes, written_lower: frozenset[int],
                        orth: numpy.ndarray) -> bool:
    """A capitalised plural the article also writes in lower case, as an adjective, names a people,
    not a place ("les Kurdes" beside "les milices kurdes"; not "Mars" beside "le 3 mars"); so does
    one after a plural determiner with the ending of an inhabitants' noun ("les Nantais", "des
    Gambiens"; not "les Yvelines")."""
    if fixes.plural_people_noun is None or mention.end - mention.start != 1 or mention.label not in _PEOPLE_NOUN_LABELS:
        return False
    token = doc[mention.start]
    if not token.is_title or not token.lower_.endswith("s"):
        return False
    determiners, endings = fixes.people_noun_shape
    if mention.start > 0 and doc[mention.start - 1].lower_ in determiners and token.lower_.endswith(endings):
        return True
    return token.lower in written_lower and any(doc[i].pos_ == "ADJ" for i in numpy.flatnonzero(orth == token.lower).tolist())


def _relabel_by_shape(doc: Doc, mention: Mention, fixes: Fixes) -> None:
    """The label the text's shape tells: an unknown acronym the model took for a place is an
    organisation (the gazetteers, which run later, keep the countries' "RDC"). Each rule sees the
    label the rules before it gave: the acronym read as an organisation may be a series' name
    before its number ("WTS 2017")."""
    text = doc[mention.start:mention.end].text
    for regex, labels, label, rule_id, after, before in fixes.relabel_regex:
        if mention.label in labels and regex.search(text) and (after is None or after.match(
                doc[mention.end - 1].whitespace_ + doc[mention.end:mention.end + _AFTER_TOKENS].text)) \
                and (before is None or before.search(doc[max(mention.start - _AFTER_TOKENS, 0):mention.start].text_with_ws)):
            mention.label, mention.rule = label, rule_id


def _relabel_by_head(doc: Doc, mention: Mention, fixes: Fixes) -> Mention | None:
    """Give the label of its head noun to a mention ("Jeux olympiques de Rio" MISC → EVENT); the
    proper name after "de" in a former place ("aéroport de Bruxelles") stays a nested place."""
    if mention.rule is not None and mention.rule not in fixes.strip_leading.values() \
            and mention.rule not in fixes.strip_trailing.values() and mention.rule != fixes.name_after_de \
            and not (fixes.sentence_start and mention.rule == fixes.sentence_start[1]):
        # (a name completed after its "de", or without the word opening the sentence, is still the
        # model's: "Conférence sur la sécurité de Munich", "La Mairie précise")
        return None
    text = doc[mention.start:mention.end].text.lower().replace("’", "'")
    for heads, prefixes, label, inner_from, rule_id in fixes.head_label:
        if label == mention.label or not (text in heads or text.startswith(prefixes)):
            continue
        old_label = mention.label
        mention.label, mention.rule = label, rule_id
        if inner_from == old_label:
            return _proper_name_after_de(doc, mention, old_label, rule_id)
        return None
    return None


def _place_after_de(doc: Doc, mention: Mention, fixes: Fixes) -> Mention | None:
    """The proper name closing a model's name that starts with a common noun is a place of its own
    ("attentat de Nice", "lac du Bourget", "18e arrondissement de Paris")."""
    if fixes.place_after_de is None or mention.rule is not None or not doc[mention.start].is_lower:
        return None
    labels, label, rule_id = fixes.place_after_de
    if mention.label not in labels:
        return None
    for i in range(mention.start + 1, mention.end - 1):
        if doc[i].lower_ in _DE:
            rest = doc[i + 1:mention.end]
            if rest[0].is_title and all(t.is_title or t.text == "-" for t in rest):
                return Mention(i + 1, mention.end, label, rule_id)
            return None
    return None


_DE = frozenset({"de", "du", "d'", "d’"})
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "un", "une", "du", "au"})
_ARTICLES = frozenset({"la", "l'", "l’"})


def _proper_name_after_de(doc: Doc, mention: Mention, label: str, rule_id: str) -> Mention | None:
    tokens = doc[mention.start:mention.end]
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ in ("de", "du", "d'", "d’") and tokens[i + 1].is_title:
            return Mention(mention.start + i + 1, mention.end, label, rule_id)
    return None
