"""press_dates on French sentences: expected rows written inline with tests/markup.py.

``<d t='TYPE' v='VALUE'>...</d>`` marks an expected row; text without marks must give none.
"""
import pytest

from tests.markup import parse

ANCHORED = [  # article date 2025-02-09 (a Sunday)
    "Le sommet aura lieu <d t='DATE' v='2025-03-03'>le 3 mars 2025</d> à <d t='TIME' v='2025-03-03T14:30'>14h30</d>.",
    "La loi du <d t='DATE' v='2025-03-03'>03/03/2025</d> s'applique depuis <d t='DATE' v='2025-03'>mars 2025</d>.",
    "La croissance reprendra <d t='DATE' v='2026'>mi-2026</d> après un recul au <d t='DATE' v='2025-Q2'>2e trimestre 2025</d>.",
    "Pendant <d t='DATE' v='2016-SU'>l'été 2016</d>, il a beaucoup plu.",
    "Les travaux commenceront <d t='DATE' v='2025-12'>début décembre</d>.",
    "<d t='DATE' v='199'>Les années 1990</d> ont été difficiles.",
    "<d t='DATE' v='2025-02-08'>Hier</d>, il est parti et il reviendra <d t='DATE' v='2025-02-10'>demain</d>.",
    "Il est arrivé <d t='DATE' v='2025-02-03'>lundi dernier</d> et partira <d t='DATE' v='2025-02-11'>mardi prochain</d>.",
    "La réunion qui s'ouvre <d t='DATE' v='2025-02-10'>ce lundi</d> a été préparée <d t='DATE' v='2025-02-06'>jeudi</d>.",
    "Les ministres se retrouveront <d t='DATE' v='2025-02-13'>jeudi</d> à Paris.",
    "<d t='DATE' v='2025-W05'>La semaine dernière</d>, les ventes ont baissé.",
    "Les ventes ont reculé <d t='DATE' v='2024'>l'an dernier</d> et progresseront <d t='DATE' v='2026'>l'année prochaine</d>.",
    "<d t='DATE' v='2022'>Il y a trois ans</d>, il a fondé la société ; il reviendra <d t='DATE' v='2025-W08'>dans deux semaines</d>.",
    "Le match commence à <d t='TIME' v='2025-02-09T22:00'>22 heures</d>, rendez-vous à <d t='TIME' v='2025-02-09T14:00'>14 h</d> devant la mairie.",
    "À <d t='TIME' v='2025-02-09T12:00'>midi</d>, il est sorti ; <d t='TIME' v='2025-02-09TMO'>ce matin</d> il pleuvait.",
    "<d t='TIME' v='2025-02-09TEV'>Dimanche soir</d>, le président a parlé.",
    "Il a travaillé pendant <d t='DURATION' v='P3D'>trois jours</d>, puis pendant <d t='DURATION' v='PT2H'>2 h</d> <d t='SET' v='XXXX-XX-XXTEV'>chaque soir</d>.",
    "Le conseil se réunit <d t='SET' v='P1W'>chaque semaine</d> et le congrès <d t='SET' v='P1Y'>tous les ans</d>.",
    "Le festival aura lieu du <d t='DATE' v='2025-04-01'>1er</d> au <d t='DATE' v='2025-04-05'>5 avril</d>.",
    "<d t='DATE' v='PRESENT_REF'>Actuellement</d> calme, la région a connu des troubles <d t='DATE' v='PAST_REF'>autrefois</d>.",
    "Il a été condamné à <d t='DURATION' v='P6Y'>six ans</d> de prison.",
    "<d t='DATE' v='20'>Le XXIe siècle</d> commence, comme <d t='DATE' v='2025-W06-WE'>ce week-end</d> le festival.",
    "<d t='DATE' v='2017-02-10'>Le vendredi 10 février 2017</d>, à <d t='TIME' v='2017-02-10T18:12'>18h12</d>, le train est parti.",
    "Le cycliste est décédé <d t='DATE' v='2024-12-29'>le 29 décembre dernier</d>.",
    "Le corps a été retrouvé <d t='DATE' v='2025-02-08'>hier</d> vers <d t='TIME' v='2025-02-08T18:00'>18 heures</d>.",
    "Il s'est éteint dans <d t='TIME' v='2025-02-03TNI'>la nuit de lundi à mardi</d>.",
    # older regional press
    "Le défilé a eu lieu <d t='DATE' v='2024-07-14'>le 14 juillet dernier</d> place de la mairie.",
    "L'accident s'est produit en <d t='TIME' v='2025-02-09TMO'>fin de matinée</d> sur la RN 7.",
    "Les pompiers sont intervenus vers <d t='TIME' v='2025-02-09T18:00'>18 h</d>.",
    "Le marché ferme à <d t='TIME' v='2025-02-09TMI'>la mi-journée</d> et rouvre <d t='DATE' v='2026'>l'an prochain</d>.",
    "Les prix ont augmenté au cours des <d t='DURATION' v='P3M'>trois derniers mois</d>.",
    "Les cambriolages se sont multipliés <d t='DATE' v='PAST_REF'>les semaines dernières</d> et continueront "
    "au cours des <d t='DATE' v='FUTURE_REF'>mois à venir</d>.",
    "Les travaux commenceront <d t='DATE' v='2025-03'>le mois prochain</d>, au <d t='DATE' v='2025-SP'>printemps</d>.",
    "Le chantier sera terminé à l'horizon <d t='DATE' v='2030'>2030</d>.",
    "La livraison est prévue pour <d t='DATE' v='2025-02'>la fin du mois</d>, <d t='DATE' v='2025-SU'>la fin de l'été</d> au plus tard.",
    # weak spots: halves, ranges, anaphoric dates, nights across midnight
    "Il a purgé <d t='DURATION' v='P16.5Y'>seize années et demie</d> de prison ; le trajet dure <d t='DURATION' v='PXM'>3 à 4 mois</d>.",
    "Le club est né en <d t='DATE' v='1998'>1998</d>. <d t='DATE' v='1998'>Cette même année</d>, il gagnait ; "
    "<d t='DATE' v='1999'>l'année suivante</d>, il perdait.",
    "Il est arrivé <d t='DATE' v='2025-01-03'>le 3 janvier</d> et reparti <d t='DATE' v='2025-01-04'>le lendemain</d>.",
    "Les ministres se sont réunis <d t='TIME' v='2025-02-09TEV'>dimanche soir</d> à <d t='TIME' v='2025-02-09T22:00'>22 heures</d>"
    " et jusqu'à <d t='TIME' v='2025-02-10T01:30'>1 h 30</d>.",
    "La coulée a frappé la ville dans la nuit de <d t='DATE' v='2025-02-07'>vendredi</d> à <d t='DATE' v='2025-02-08'>samedi 8 février</d>"
    " vers <d t='TIME' v='2025-02-07T23:30'>23 h 30</d>.",
    "Le skieur s'est éteint dans <d t='TIME' v='2025-01-01TNI'>la nuit du 1er au 2 janvier</d>.",
    "C'est l'image la plus précise obtenue <d t='DATE' v='PRESENT_REF'>à ce jour</d>.",
    # what is planned or reported as to come looks ahead; an imperfect in -rait looks back
    "Le sommet de la CEDEAO prévu <d t='DATE' v='2025-12-14'>le 14 décembre</d> se tiendra à Abuja.",
    "Elle a rappelé que Dakar accueillerait en <d t='DATE' v='2025-11'>novembre</d> le forum sur la paix.",
    "Le ministre déclarait en <d t='DATE' v='2024-11'>novembre</d> que tout allait bien.",
    "Les deux pays ont signé en <d t='DATE' v='2024'>2024</d> un accord sur la libre circulation.",
    "Le Conseil européen des <d t='DATE' v='2025-06-25'>25</d> et <d t='DATE' v='2025-06-26'>26 juin</d> examinera le dossier.",
    # a day shortly after the anchor told in the past tense is announced; further ahead it is last year's
    "La CGT a appelé à une grève <d t='DATE' v='2025-02-20'>le 20 février</d> dans les transports.",
    "Il a été élu maire <d t='DATE' v='2024-04-02'>le 2 avril</d> avec 54 % des voix.",
    # a number after a weekday counts what follows it, unless a preposition follows
    "Le Conseil a censuré <d t='DATE' v='2025-02-06'>jeudi</d> 22 articles de la loi.",
    "Le sommet s'ouvrira <d t='DATE' v='2025-02-13'>jeudi 13</d> dans la capitale.",
    # a clock time told in the past is not on a day still to come
    "Les syndicats ont appelé à manifester <d t='DATE' v='2025-02-14'>le 14 février</d>. "
    "Vers <d t='TIME' v='2025-02-09T20:00'>20 h</d>, le ministre a répondu.",
]
NOT_DATES = [
    "Un homme âgé de 45 ans a reçu 10 000 euros.",
    "Les 7 pays et 12 pays supplémentaires ont signé.",
    "Quelque 3000 manifestants et 2000 personnes étaient présents.",
    "Le score est de 3-1, soit une hausse de 45 %.",
    "Marie Dupont, 32 ans, habite ici ; un homme de 29 ans a été arrêté.",
    "Il est mort à l'âge de 89 ans.",
    "Il a été élu et reste à la tête du pays.",
    "Jean-Noël Barrot a parlé à la presse.",
    "Le séisme a bien été ressenti sur la côte.",
    "Les 25-49 ans sont les plus touchés ; 17 Égyptiens de 17 à 35 ans ont comparu.",
]


def _rows(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [(s.start_char, s.end_char, s.text, s._.timex_type, s._.timex_value) for s in doc.spans["dates"]]


@pytest.mark.parametrize("marked", ANCHORED)
def test_expressions_with_full_anchor(nlp, marked):
    text, marks = parse(marked)
    expected = [(m.start, m.end, m.text, m.attrs["t"], m.attrs["v"]) for m in marks]
    assert _rows(nlp, text, "2025-02-09") == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_that_are_not_dates(nlp, text):
    assert _rows(nlp, text, "2025-02-09") == []


def test_without_anchor_relative_dates_stay_underspecified(nlp):
    text, marks = parse("<d v='XXXX-XX-XX'>Hier</d>, <d v='XXXX-WXX-7'>dimanche</d>, <d v='2019-03-03'>le 3 mars 2019</d>"
                        " et <d v='XXXX'>l'an dernier</d>.")
    doc = nlp(text)
    assert [(s.text, s._.timex_value, s._.anchor) for s in doc.spans["dates"]] == \
        [(m.text, m.attrs["v"], "") for m in marks]


def test_month_only_anchor(nlp):
    text = "Réunis dimanche, les ministres se reverront en décembre ; ils avaient signé en décembre."
    doc = _doc(nlp, text, "2025-02")
    rows = [(s.text, s._.timex_value, s._.anchor) for s in doc.spans["dates"]]
    assert rows == [("dimanche", "XXXX-WXX-7", "2025-02"), ("décembre", "2025-12", "2025-02"), ("décembre", "2024-12", "2025-02")]


def _doc(nlp, text, published):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def test_rule_ids_and_plain_values(nlp):
    doc = _doc(nlp, "Il est venu dimanche à 14h30, il y a six ans.", "2025-02-09")
    assert [s._.rule for s in doc.spans["dates"]] == ["weekday", "time-h", "offset"]
    for span in doc.spans["dates"]:
        assert all(isinstance(getattr(span._, a), str) for a in ("timex_type", "timex_value", "anchor", "rule"))


def test_weekday_and_day_placed_in_the_month_where_they_match(nlp):
    # 1 March 2025 is a Saturday, 1 April a Tuesday
    assert [row[2:] for row in _rows(nlp, "La foire ouvrira mardi 1er à Rennes.", "2025-03-28")] == \
        [("mardi 1er", "DATE", "2025-04-01")]


def test_timex_mod(nlp):
    doc = _doc(nlp, "Le vol a duré plus de deux heures ; la livraison est prévue début mars ou à la fin du mois.", "2025-02-09")
    assert [(s.text, s._.timex_value, s._.timex_mod) for s in doc.spans["dates"]] == [
        ("plus de deux heures", "PT2H", "MORE_THAN"), ("début mars", "2025-03", "START"), ("la fin du mois", "2025-02", "END")]
