"""press_entities on real French sentences: each kind of rule, and where rules must not fire."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from pipeline.components.entities.corrections import _place_without_its_kind
from pipeline.components.entities.factory import load_rules_from
from pipeline.components.entities.mentions import Mention
from pipeline.ruleset import RULES_DIR, RuleError
from tests.markup import parse

SEED = Path(__file__).resolve().parents[3] / "corpus" / "000_8ae16dfbaa6e08a5.txt"


def entities(doc):
    return [(s.start_char, s.end_char, s.label_) for s in doc.spans["entities"]]


def check(nlp, marked: str, absent: tuple[str, ...] = ()):
    """Every <ent label=... canonical=... code=... rule=...> mark is found with those values;
    the texts in ``absent`` are no entity at all."""
    text, marks = parse(marked)
    doc = nlp(text)
    found = {(s.start_char, s.end_char, s.label_): s for s in doc.spans["entities"]}
    for mark in marks:
        key = (mark.start, mark.end, mark.attrs["label"])
        assert key in found, f"{mark.text!r} {mark.attrs['label']} not in {entities(doc)}"
        span = found[key]
        for attr, value in mark.attrs.items():
            if attr == "canonical":
                assert span._.canonical == value
            elif attr == "code":
                assert span._.country_code == (value or None)
            elif attr == "rule":
                assert span._.rule == value
    for word in absent:
        assert not [s for s in doc.spans["entities"] if s.text == word], f"{word!r} tagged in {entities(doc)}"
    return doc


def test_countries_from_pycountry_and_variants(nlp):
    check(nlp, "Les <ent label='LOC' code='USA' rule='country-variant-usa-etats-unis'>Etats-Unis</ent> et le "
               "<ent label='LOC' code='MAR' canonical='Maroc'>Royaume du Maroc</ent> ont signé avec la "
               "<ent label='LOC' code='COD' rule='country-variant-cod-rdc'>RDC</ent> et la "
               "<ent label='LOC' code='RUS' canonical='Russie'>Fédération de Russie</ent>.")


def test_determiner_left_out_and_common_nouns_dropped(nlp):
    doc = check(nlp, "Le président a rencontré des ministres de la <ent label='LOC' code='FRA'>France</ent> "
                     "et d'une cinquantaine d'Etats à Bruxelles.", absent=("Etats", "la France"))
    assert doc._.countries == ("FRA",)


def test_a_phrase_in_lower_case_is_no_name(nlp):
    # the model reads a body's description as an organisation; the name is the one before (drop-lower-case-phrase)
    check(nlp, "<ent label='ORG'>Europol</ent> a annoncé le démantèlement. Dans un communiqué, l'agence européenne de coopération "
               "policière indique que tout va bien.", absent=("agence européenne de coopération policière",))


def test_reunion_island_is_a_place_but_not_a_ministerial_meeting(nlp):
    check(nlp, "Le cyclone a frappé l'île de la <ent label='LOC' code='REU'>Réunion</ent> lundi.")
    check(nlp, "Les pays ont exprimé leur intérêt lors d'une <ent label='EVENT' rule='event-ministerial-meeting'>"
               "Réunion ministérielle</ent> à Paris.", absent=("Réunion",))


def test_paris_the_football_club(nlp):
    doc = check(nlp, "Le <ent label='ORG' canonical='Paris Saint-Germain'>Paris Saint-Germain</ent> a battu "
                     "Lyon ; le <ent label='ORG' canonical='Paris Saint-Germain'>PSG</ent> reste en tête.",
                absent=("Paris",))
    assert all(s._.country_code is None for s in doc.spans["entities"])


def test_person_named_like_a_place(nlp):
    doc = check(nlp, "La chanteuse <ent label='PER'>France Gall</ent> a chanté à Paris.", absent=("France",))
    assert "FRA" not in doc._.countries


def test_metonyms_are_organisations_but_the_place_stays_a_place(nlp):
    check(nlp, "Selon le <ent label='ORG' rule='metonym-quai-orsay'>Quai d'Orsay</ent>, la "
               "<ent label='ORG' rule='metonym-maison-blanche'>Maison Blanche</ent> a répondu.")
    check(nlp, "Le président l'a reçu à l'<ent label='LOC' rule='metonym-elysee'>Élysée</ent> mardi.")
    # the White House stays the presidency after "à": taking office there
    check(nlp, "Depuis son arrivée à la <ent label='ORG' rule='metonym-maison-blanche'>Maison Blanche</ent>, "
               "le président a signé dix décrets.")


def test_organisations_acronyms_share_the_canonical_name(nlp):
    check(nlp, "L'<ent label='ORG' canonical='Organisation des Nations unies'>ONU</ent> et les "
               "<ent label='ORG' canonical='Organisation des Nations unies'>Nations unies</ent> ont alerté "
               "l'<ent label='ORG' canonical='Organisation mondiale de la santé' rule='org-oms'>OMS</ent>.")


def test_a_metonym_and_the_institution_it_stands_for_are_one_entity_named_as_first_named(nlp):
    ministry = "ministère de l'Europe et des Affaires étrangères"
    check(nlp, f"Le <ent label='ORG' canonical=\"Quai d'Orsay\">Quai d'Orsay</ent> a convoqué l'ambassadeur. Un communiqué du "
               f"<ent label='ORG' canonical=\"Quai d'Orsay\">{ministry}</ent> précise la date.")
    check(nlp, f"Le <ent label='ORG' canonical=\"{ministry}\">{ministry}</ent> a convoqué l'ambassadeur. Le "
               f"<ent label='ORG' canonical=\"{ministry}\">Quai d'Orsay</ent> précise la date.")


def test_acronym_defined_in_the_article(nlp):
    canonical = "Agence nationale de la sécurité du médicament"
    check(nlp, f"L'<ent label='ORG' canonical='{canonical}'>Agence nationale de la sécurité du médicament</ent> "
               f"(<ent label='ORG' canonical='{canonical}'>ANSM</ent>) a publié un avis. Selon "
               f"l'<ent label='ORG' canonical='{canonical}'>ANSM</ent>, le risque est faible.")

    # the expansion after the acronym: a lower-case one starting with an organisation's noun, not a common noun's
    check(nlp, "Il est toujours interrogé au <ent label='ORG'>SNR</ent> (<ent label='ORG' rule='acronym-defined-in-article'>"
               "service national de renseignement</ent>) depuis lundi.")
    check(nlp, "Le PIB (produit intérieur brut) a progressé de 2 %.", absent=("produit intérieur brut",))
    # the model's phrase expanding its organisation's acronym is that organisation
    found = _entities_over(nlp, "Les gangs du PCC (Premier commando de la capitale) s'affrontent.", [(3, 4, "ORG"), (5, 10, "MISC")])
    assert {("PCC", "ORG", None), ("Premier commando de la capitale", "ORG", "acronym-defined-in-article")} <= found
    # an acronym the gazetteer gives another body (IPC, the Comité international paralympique) is the article's
    canonical = "Institut de politique climatique"
    check(nlp, f"L'<ent label='ORG' canonical='{canonical}'>Institut de politique climatique</ent> (<ent label='ORG' "
               f"canonical='{canonical}'>IPC</ent>) a publié un rapport. Selon l'<ent label='ORG' canonical='{canonical}'>IPC</ent>, "
               "les émissions baissent.")


def test_ministry_and_minister_portfolio(nlp):
    check(nlp, "Le <ent label='ORG' rule='org-ministry'>ministère de la Justice</ent> a répondu au "
               "ministre de l'<ent label='ORG' rule='org-minister-portfolio'>Intérieur</ent>.")
    # a portfolio of two words is one organisation; a portfolio word the model reads as a place is none
    check(nlp, "Le ministre de l'<ent label='ORG' rule='org-minister-portfolio'>Économie et des Finances</ent> "
               "a reçu l'ancien ministre du <ent label='ORG' rule='org-minister-portfolio'>Logement</ent> Éric Dupont.",
          absent=("Économie", "Finances"))
    # the model reads the minister's name into the portfolio: the rest of its name is the person (rest_label)
    check(nlp, "La ministre de la <ent label='ORG' rule='org-minister-portfolio'>Culture</ent> "
               "<ent label='PER' rule='org-minister-portfolio'>Rachida Dati</ent> a annoncé un plan.")
    # not words in lower case the model read with it ("ministre de la Santé et son cabinet")
    found = _entities_over(nlp, "Le ministre de la Santé et son cabinet ont annoncé un plan.", [(1, 8, "ORG")])
    assert found == {("Santé", "ORG", "org-minister-portfolio")}
    # the country's adjective may stand between the minister and the portfolio
    check(nlp, "Le ministre colombien de la <ent label='ORG' rule='org-minister-portfolio'>Santé</ent> a répondu.")
    # "au", "aux" introduce a portfolio too; a country after them stays the place
    check(nlp, "Le secrétaire au <ent label='ORG' rule='org-minister-portfolio'>Trésor</ent>, "
               "<ent label='PER'>Steven Mnuchin</ent>, a répondu au ministre au <ent label='LOC' code='CAN'>Canada</ent>.")


def test_an_event_keeps_its_label_when_its_name_is_completed(nlp):
    # the model's organisation cut before "de Munich", completed, is a conference: an event
    check(nlp, "Ils se sont vus en marge de la <ent label='EVENT'>Conférence sur la sécurité de "
               "<ent label='LOC'>Munich</ent></ent>.")
    # an event the article names with its acronym: the acronym is the event too, and no shorter event stays
    check(nlp, "Il a visité le <ent label='EVENT' rule='acronym-defined-in-article'>Salon international de "
               "l'agriculture au <ent label='LOC'>Maroc</ent></ent> (<ent label='EVENT'>SIAM</ent>).",
          absent=("Salon international de l'agriculture",))


def test_events_nest_organisations_and_places(nlp):
    check(nlp, "Après le <ent label='EVENT' rule='event-summit-in-place'>sommet de "
               "<ent label='LOC'>Belgrade</ent></ent>, la <ent label='EVENT' rule='event-meeting-of-organisation'>"
               "réunion du <ent label='ORG'>Conseil de l'Europe</ent></ent> aura lieu en mars.")
    # the model's organisation stays nested in a rule's event
    check(nlp, "Il a assisté au <ent label='EVENT' rule='event-meeting-of-organisation'>congrès de la "
               "<ent label='ORG'>Fédération européenne de triathlon</ent></ent> à Lisbonne.")


def test_surname_gets_the_full_name(nlp):
    check(nlp, "<ent label='PER' canonical='Angela Merkel'>Angela Merkel</ent> est arrivée. "
               "<ent label='PER' canonical='Angela Merkel'>Merkel</ent> a ensuite parlé.")


def test_a_surname_that_is_another_persons_first_name_is_not_that_person(nlp):
    # "Nicole" is Maxime Nicole's surname, but before "Belloubet" it is someone else's first name
    check(nlp, "Vers 18h48, <ent label='PER'>Maxime Nicole</ent> lance un appel. Vers 19h30, la ministre de la "
               "Justice Nicole Belloubet a annoncé des interpellations.", absent=("Nicole",))


def test_compound_surname_gets_the_full_name(nlp):
    check(nlp, "La ministre <ent label='PER' canonical='Aminata Diallo-Sarr'>Aminata Diallo-Sarr</ent> est arrivée. "
               "Mme <ent label='PER' canonical='Aminata Diallo-Sarr'>Diallo-Sarr</ent> a ensuite rencontré "
               "<ent label='PER' canonical='Paul Sarr'>Paul Sarr</ent>.")


def test_a_name_inside_a_long_full_name_gets_the_full_name(nlp):
    check(nlp, "Emmanuel Macron a reçu le président brésilien, <ent label='PER' canonical='Luiz Inácio Lula da Silva'>Luiz Inácio "
               "Lula da Silva</ent>, à l'Elysée. <ent label='PER' canonical='Luiz Inácio Lula da Silva'>Lula</ent> a jugé l'accord "
               "équilibré, comme <ent label='PER' canonical='Andrés Manuel López Obrador'>Andrés Manuel López Obrador</ent> avant lui. "
               "<ent label='PER' canonical='Andrés Manuel López Obrador'>López Obrador</ent> avait signé.")


def test_surname_inside_an_event_is_the_person(nlp):
    check(nlp, "Lundi, <ent label='PER'>François Fillon</ent> a parlé. Dans l'<ent label='EVENT' rule='event-affair'>"
               "affaire <ent label='PER' canonical='François Fillon'>Fillon</ent></ent>, "
               "le juge a tranché.")


def test_titles_are_not_names(nlp):
    check(nlp, "Le Général <ent label='PER'>Marcel Bigard</ent> a rencontré le président de la République.",
          absent=("Général", "République", "de la République"))
    check(nlp, "Selon son avocat, Me <ent label='PER' rule='person-title'>Antonin Levy</ent>, le dossier est vide.",
          absent=("Me Antonin Levy",))
    # "Me" and a surname the model reads as another kind of name: the lawyer, whose full name the article gave
    check(nlp, "L'avocat <ent label='PER'>Pierre-Olivier Sur</ent> a parlé. Me <ent label='PER' canonical='Pierre-Olivier Sur' "
               "rule='lawyer-title-is-a-person'>Sur</ent> a ajouté que l'élu s'était présenté aux enquêteurs.", absent=("Me Sur",))
    # "Dr", "Pr": the doctor or professor, whatever kind of name the model reads with the title, and without it
    check(nlp, "La représentante de l'OMS au Niger, la Dr <ent label='PER'>Eyerusalem Tadesse</ent>, a salué la réactivité "
               "des autorités. Le Pr <ent label='PER'>Hervé Kiki-Azonhiho</ent> a rappelé les délais.",
          absent=("Dr Eyerusalem Tadesse", "Pr Hervé Kiki-Azonhiho", "Dr", "Pr"))


def test_a_first_name_given_with_an_age_is_a_person(nlp):
    # regional papers quote residents by first name and age; a place or a date before an age is not one
    check(nlp, "Mardi soir, les parents se sont retrouvés. <ent label='PER' rule='per-first-name-with-age'>Gwenaëlle</ent>, 38 ans, "
               "ne décolère pas.", absent=("Mardi",))
    check(nlp, "<ent label='PER'>Cheikh Tidiane Ndour</ent>, directeur régional du PAM, est arrivé à Dakar. Lundi, 30 ans après "
               "l'accord, rien n'a changé.", absent=("Lundi", "Tidiane Ndour"))


def test_an_agency_told_before_a_name_is_not_part_of_it(nlp):
    # "a déclaré à CNN X": the model may read the agency and the person as one name
    check(nlp, "« Les insultes ne doivent pas détourner l'attention », a déclaré à <ent label='ORG' "
               "rule='org-agency-told-before-name'>CNN</ent> <ent label='PER'>Phelim Kine</ent>, directeur adjoint pour l'Asie.",
          absent=("CNN Phelim Kine",))


def test_nationality_adjectives_give_countries_not_entities(nlp):
    doc = check(nlp, "Les autorités slovaques et serbes ont salué la diplomatie française. Les Français "
                     "ont voté.", absent=("Français",))
    assert doc._.countries == ("FRA", "SRB", "SVK")
    doc = nlp("Le ministère allemand de la Défense a répondu.")
    assert doc._.countries == ("DEU",)


def test_name_after_a_noun_announcing_an_organisation(nlp):
    # the model reads these names as MISC and PER; the noun before them says what they are
    check(nlp, "Selon le quotidien régional La Dépêche, la compagnie "
               "<ent label='ORG' rule='org-after-trigger-noun'>Volotea</ent> a annulé ses vols. "
               "La banque suisse <ent label='ORG' rule='org-after-trigger-noun-one-word'>Ubs</ent> a été condamnée.")
    # no name right after the noun: the person stays a person
    check(nlp, "Le groupe a ensuite rencontré <ent label='PER'>Paul Martin</ent>. Le parti de "
               "<ent label='PER'>Marine Le Pen</ent> a perdu.", absent=("Paul", "Martin"))


def test_national_institution_and_nationality_after_an_organisation(nlp):
    check(nlp, "L'<ent label='ORG' rule='org-national-institution'>armée syrienne</ent> a repris la ville.",
          absent=("armée",))
    # a region's parliament: its adjective takes the nationality's place; an adjective of no place does not
    check(nlp, "Le <ent label='ORG' rule='org-national-institution'>parlement catalan</ent> a voté l'indépendance.")
    doc = nlp("Le parlement sortant a voté la loi.")
    assert not [s for s in doc.spans["entities"] if s.label_ == "ORG"]
    check(nlp, "Le <ent label='ORG'>Conseil constitutionnel français</ent> a validé la loi.",
          absent=("Conseil constitutionnel",))
    # a head noun alone is no organisation
    doc = nlp("L'armée a perdu des hommes et le gouvernement a démissionné.")
    assert not [s for s in doc.spans["entities"] if s.label_ == "ORG"]


def test_institution_of_a_place_keeps_the_place(nlp):
    check(nlp, "Il est mort hier à l'<ent label='ORG' rule='org-institution-of-place'>hôpital de "
               "<ent label='LOC'>Quimper</ent></ent>, en <ent label='LOC'>Bretagne</ent>.")


def test_an_organisation_followed_by_de_and_a_place_holds_it(nlp):
    check(nlp, "Le blessé a été transporté à l'<ent label='ORG' rule='organisation-of-a-place'>hôpital "
               "<ent label='PER'>Pasteur</ent> de <ent label='LOC'>Nice</ent></ent> dimanche.")
    check(nlp, "Le <ent label='ORG' rule='organisation-of-a-place'>ministère de la Défense de "
               "<ent label='LOC' code='RUS'>Russie</ent></ent> a démenti.")
    # a listed organisation's branch, a minister's portfolio and an acronym stop before the place
    check(nlp, "Le <ent label='ORG' rule='org-medef'>Medef</ent> de <ent label='LOC'>Guyane</ent> a protesté.")
    check(nlp, "Le ministre de la <ent label='ORG' rule='org-minister-portfolio'>Santé</ent> du "
               "<ent label='LOC'>Cameroun</ent> a parlé.")
    found = _entities_over(nlp, "Le SNPQ de Rennes a publié son rapport.", [(1, 2, "ORG"), (3, 4, "LOC")])
    assert ("SNPQ", "ORG", None) in found and ("Rennes", "LOC", None) in found


def test_nationality_noun_before_a_name_is_no_place(nlp):
    check(nlp, "La course a été gagnée par la Norvégienne <ent label='PER'>Ingrid Solberg</ent>.",
          absent=("Norvégienne", "Norvégienne Ingrid Solberg"))
    # the model reads these as a MISC and an organisation, the nationality inside the second
    check(nlp, "Elle devance la Japonaise <ent label='PER' rule='person-after-nationality-noun'>Juri Ide</ent> et "
               "l'Américaine <ent label='PER' rule='person-after-nationality-noun'>Summer Cook</ent>.",
          absent=("Japonaise Juri Ide", "Américaine Summer Cook"))
    # after a masculine nationality, an organisation's name is the company's
    check(nlp, "Le contrat a été signé avec l'allemand <ent label='ORG'>Deutsche Telekom</ent>.")
    # the people of small states and territories (demonyms.jsonl) are nationalities too
    check(nlp, "« La mer n'attend pas », a lancé la négociatrice de l'Aosis, la Samoane "
               "<ent label='PER' rule='person-after-nationality-noun'>Losa Tuilagi</ent>.",
          absent=("Samoane Losa Tuilagi", "Samoane"))
    # a name with a particle in lower case after the nationality noun
    check(nlp, "Sa cheffe de cabinet, la Néerlandaise <ent label='PER' rule='person-after-nationality-noun'>Femke de Wit</ent>, "
               "assure qu'elle relit tout.", absent=("Néerlandaise Femke de Wit",))


def test_unknown_acronym_taken_for_a_place_is_an_organisation(nlp):
    found = _entities_over(nlp, "Le rapport du SNPQ a été publié à Rennes.", [(3, 4, "LOC"), (8, 9, "LOC")])  # as the model may read them
    assert found == {("SNPQ", "ORG", "acronym-is-organisation"), ("Rennes", "LOC", None)}


def test_names_of_other_entities_nest_in_gazetteer_names(nlp):
    check(nlp, "Le <ent label='ORG' canonical='Conseil de sécurité des Nations unies'>Conseil de sécurité des "
               "<ent label='ORG' canonical='Organisation des Nations unies'>Nations unies</ent></ent> s'est réuni.",
          absent=("Conseil de sécurité",))


def test_defined_acronym_with_accented_initials_replaces_a_name_cut_short(nlp):
    # the model stops at "volcans"; the acronym's letters (É of "éruptions" for E) give the whole name
    name = "Association nationale pour l’étude des volcans et des éruptions"
    check(nlp, f"Les experts de l’<ent label='ORG' rule='acronym-defined-in-article'>{name}</ent> "
               f"(<ent label='ORG'>ANEVE</ent>) restent prudents.",
          absent=("Association nationale pour l’étude des volcans",))


def test_acronym_in_brackets_after_an_organisation_whatever_its_letters_spell(nlp):
    # a Turkish acronym, and one that spells only the first words; the name the model cut at "et" goes on to the bracket
    name = "Autorité de gestion des catastrophes et des situations d'urgence"
    check(nlp, f"Selon un bilan de l'<ent label='ORG' canonical=\"{name}\">{name}</ent> (<ent label='ORG' canonical=\"{name}\">"
               f"AFAD</ent>), le séisme a fait 40 morts. L'<ent label='ORG' canonical=\"{name}\">AFAD</ent> a envoyé des secours.")
    name = "Agence nationale de sécurité du médicament et des produits de santé"
    check(nlp, f"L'<ent label='ORG' canonical='{name}'>{name}</ent> (<ent label='ORG' canonical='{name}'>ANSM</ent>) rappelle "
               f"un sirop. Selon l'<ent label='ORG' canonical='{name}'>ANSM</ent>, le risque est faible.")
    # not over figures, nor from a name of another initial
    check(nlp, "Adobe achète Magento Commerce pour un montant de 1,68 milliard de dollars US (USD) selon le groupe.",
          absent=("Magento Commerce pour un montant de 1,68 milliard de dollars US",))


def test_place_closing_a_common_noun_name_nests(nlp):
    check(nlp, "Trois jours après l'attentat de <ent label='LOC' rule='place-in-common-noun-name'>Lyon</ent>, "
               "la ville reste sous le choc.")
    # a name that starts with a capital is not read this way ("Rio de Janeiro" holds no place "Janeiro")
    check(nlp, "Il vit à <ent label='LOC'>Rio de Janeiro</ent> depuis mai.", absent=("Janeiro",))


def test_sports_clubs_named_after_their_town(nlp):
    check(nlp, "Il a joué pour l'<ent label='ORG' rule='org-club-town'>AS <ent label='LOC'>Monaco</ent></ent> puis "
               "pour l'<ent label='ORG' rule='org-club-town'>Olympique de <ent label='LOC'>Marseille</ent></ent>.")


def test_particle_of_a_one_word_name_after_a_title(nlp):
    check(nlp, "Il est venu avec le président <ent label='PER'>de Gaulle</ent>.", absent=("Gaulle",))
    check(nlp, "Le président de la République <ent label='PER'>Emmanuel Macron</ent> est arrivé.",
          absent=("de la République",))


def test_acronyms_joined_by_a_hyphen_are_one_organisation(nlp):
    check(nlp, "Les militants du <ent label='ORG' rule='org-hyphenated-acronym'>RPR-UDF</ent> ont voté contre.",
          absent=("RPR", "UDF"))
    check(nlp, "Le groupe armé <ent label='ORG' rule='org-ei'>État islamique</ent> a revendiqué l'attaque.",
          absent=("groupe armé État islamique",))


def test_lower_case_expansion_of_an_acronym_headed_by_an_organisation_noun(nlp):
    check(nlp, "La <ent label='ORG' rule='acronym-defined-in-article'>régie des transports métropolitains</ent> "
               "(<ent label='ORG' canonical='régie des transports métropolitains'>RTM</ent>) a embauché des agents.")
    check(nlp, "Le produit intérieur brut (PIB) a progressé de 2 % au premier trimestre.",
          absent=("produit intérieur brut", "PIB"))
    # a listed acronym's lower-case expansion too ("parquet" is an organisation noun)
    check(nlp, "Le <ent label='ORG' canonical='Parquet national financier'>parquet national financier</ent> "
               "(<ent label='ORG' rule='org-pnf'>PNF</ent>) a ouvert une enquête.")


def test_a_title_or_a_state_with_its_adjective_is_no_entity(nlp):
    check(nlp, "Le secrétaire d'État américain a appelé <ent label='LOC'>Moscou</ent> à la retenue. "
               "Selon l'entourage de la Première ministre, l'État russe a été averti.",
          absent=("État américain", "Première", "État russe"))
    check(nlp, "Le <ent label='LOC' code='MAR'>Royaume du Maroc</ent> a signé. Le Royaume avait engagé un vaste programme.",
          absent=("Royaume",))
    # a state's name with a capitalised adjective is one
    check(nlp, "L'<ent label='ORG'>État islamique</ent> a revendiqué l'attentat.")


def test_a_place_is_named_without_the_noun_of_its_kind(nlp):
    check(nlp, "Les loups ont été lâchés dans le massif du <ent label='LOC' rule='place-kind-noun'>Jura</ent> en juin.",
          absent=("massif du Jura",))
    check(nlp, "Des migrants ont été secourus en mer <ent label='LOC' rule='place-kind-noun'>Méditerranée</ent>.",
          absent=("mer Méditerranée",))
    # a street keeps its noun: it is part of the address
    check(nlp, "Il habite <ent label='LOC'>rue de Rivoli</ent>, à <ent label='LOC'>Paris</ent>.")


def test_an_organisation_cut_before_its_complement_takes_it(nlp):
    check(nlp, "Il est vice-président de la <ent label='ORG' rule='name-cut-before-its-complement'>Commission "
               "locale d'information de <ent label='LOC'>Flamanville</ent></ent>, informant sur la centrale.",
          absent=("Commission locale d'information",))


def test_name_ending_in_a_company_word(nlp):
    check(nlp, "Il avait dirigé la <ent label='ORG' rule='org-company-suffix'>Chase Manhattan Bank</ent> pendant "
               "vingt ans.")
    # the company word inside a longer name is no end of it
    check(nlp, "La cérémonie des British Academy Television Awards a eu lieu dimanche.",
          absent=("British Academy Television",))
    check(nlp, "Le texte s'inspire de l'<ent label='ORG' rule='org-company-suffix'>Independent Parliamentary "
               "Standards Authority</ent>, créée en 2009 pour contrôler les dépenses des élus.")
    # a word French shares with English ends no name: "La Commission" stays the model's reading
    check(nlp, "La Commission a rendu son avis jeudi.", absent=("La Commission",))


def test_a_name_keeps_its_label_throughout_the_article(nlp):
    check(nlp, "La compagnie <ent label='ORG'>Flydubai</ent> a confirmé l'accident. Les avions de "
               "<ent label='ORG' rule='name-consistency'>Flydubai</ent> restent au sol.")
    check(nlp, "Le quotidien <ent label='ORG'>Haaretz</ent> a publié la lettre. Selon "
               "<ent label='ORG' rule='name-consistency'>Haaretz</ent>, le ministre savait.")
    # a place the model missed the second time
    check(nlp, "Il a grandi à <ent label='LOC'>Rio</ent>, au Brésil. Dans une favela de "
               "<ent label='LOC' rule='name-consistency'>Rio</ent>, il a appris le football.")
    # a name the article reads in two ways gets no label from the other mention
    doc = nlp("Les deux joueurs ont rejoint le Barça en 2013. Avec le Barça, il a tout gagné.")
    assert not [s for s in doc.spans["entities"] if s._.rule == "name-consistency"]


# --- the seed article: ../shared/seed/known-facts.md

SEED_ENTITIES = [
    # (text, label, canonical, country code)
    ("Jean-Noël Barrot", "PER", "Jean-Noël Barrot", None),
    ("Emmanuel Macron", "PER", "Emmanuel Macron", None),
    ("Maroc", "LOC", "Maroc", "MAR"), ("France", "LOC", "France", "FRA"), ("Serbie", "LOC", "Serbie", "SRB"),
    ("Slovaquie", "LOC", "Slovaquie", "SVK"), ("Cambodge", "LOC", "Cambodge", "KHM"),
    ("Malte", "LOC", "Malte", "MLT"), ("Roumanie", "LOC", "Roumanie", "ROU"), ("Croatie", "LOC", "Croatie", "HRV"),
    ("Rwanda", "LOC", "Rwanda", "RWA"), ("Kazakhstan", "LOC", "Kazakhstan", "KAZ"),
    ("Paris", "LOC", "Paris", None), ("Belgrade", "LOC", "Belgrade", None), ("Bratislava", "LOC", "Bratislava", None),
    ("Partenariat mondial pour l’intelligence artificielle", "ORG", "Partenariat mondial pour l'intelligence artificielle", None),
    ("PMIA", "ORG", "Partenariat mondial pour l'intelligence artificielle", None),
    ("Partenariat mondial pour l’IA", "ORG", "Partenariat mondial pour l'intelligence artificielle", None),
    ("Quai d’Orsay", "ORG", "Quai d'Orsay", None),
    ("ministère français de l’Europe et des Affaires étrangères", "ORG",
     "ministère français de l'Europe et des Affaires étrangères", None),
    ("Organisation de coopération et de développement économiques", "ORG",
     "Organisation de coopération et de développement économiques", None),
    ("OCDE", "ORG", "Organisation de coopération et de développement économiques", None),
    ("Conseil du PMIA", "ORG", "Conseil du PMIA", None),
    ("Article19.ma", "ORG", "Article19.ma", None),
    ("Sommet pour l’Action sur l’Intelligence artificielle", "EVENT",
     "Sommet pour l'Action sur l'Intelligence artificielle", None),
    ("Sommet mondial pour l’action sur l’IA", "EVENT", "Sommet pour l'Action sur l'Intelligence artificielle", None),
    ("Réunion ministérielle", "EVENT", "Réunion ministérielle", None),
    ("sommet de Belgrade", "EVENT", "sommet de Belgrade", None),
    ("réunion du Conseil du PMIA", "EVENT", "réunion du Conseil du PMIA", None),
]


@pytest.fixture(scope="module")
def seed_doc(nlp):
    return nlp(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,label,canonical,code", SEED_ENTITIES)
def test_seed_entities(seed_doc, text, label, canonical, code):
    spans = [s for s in seed_doc.spans["entities"] if s.text == text]
    assert spans, f"{text!r} not found"
    for span in spans:
        assert (span.label_, span._.canonical, span._.country_code) == (label, canonical, code)


def test_seed_misc_and_non_entities(seed_doc):
    texts = {s.text: s.label_ for s in seed_doc.spans["entities"]}
    assert texts["Recommandation de l’Organisation de coopération et de développement économiques (OCDE) "
                 "sur l’intelligence artificielle"] == "MISC"
    for text in ("Réunion", "Etats", "Recommandation de l’", "Recommandation", "IA"):
        assert text not in texts
    assert seed_doc._.countries == ("FRA", "HRV", "KAZ", "KHM", "MAR", "MLT", "ROU", "RWA", "SRB", "SVK")
    # doc.ents is the flat version of the span group
    ents = list(seed_doc.ents)
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:]))
    assert {(e.start, e.end) for e in ents} <= {(s.start, s.end) for s in seed_doc.spans["entities"]}


# --- each kind of rule file at work: a rule added in a copy of the rule folder


@pytest.fixture()
def rules_copy(tmp_path):
    target = tmp_path / "entities"
    shutil.copytree(RULES_DIR / "entities", target)
    return target


def pipeline_with(rules: Path):
    nlp = spacy.load("fr_core_news_md", exclude=["parser", "lemmatizer"])
    nlp.add_pipe("press_entities", config=load_rules_from(rules))
    return nlp


def append(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")


def test_each_rule_file_extends_the_pipeline(rules_copy):
    text = ("La Fédération des mutuelles de Bretagne (FMB) a tenu son Forum des Alizés dans l'Hexagone. "
            "La FMB a réuni des élus ouest-atlantiques pour la Fête des Alizés. Les Alizés ont répondu. Il vit en Auvergne. "
            "Elle vit en Alizés.")
    before = pipeline_with(rules_copy)(text)
    assert not [s for s in before.spans["entities"] if s._.rule in ("org-test", "country-test", "event-test")]
    assert [s for s in before.spans["entities"] if s.text == "Auvergne"]
    append(rules_copy / "organisations.jsonl",
           '{"id": "org-test", "label": "ORG", "pattern": "Fédération des mutuelles de Bretagne", "acronyms": ["FMB"]}')
    append(rules_copy / "country_variants.jsonl",
           '{"id": "country-test", "label": "LOC", "pattern": "Hexagone", "code": "FRA"}')
    append(rules_copy / "patterns.jsonl",
           '{"id": "event-test", "label": "EVENT", "pattern": [{"TEXT": "Forum"}, {"LOWER": "des"}, {"IS_TITLE": true}]}')
    append(rules_copy / "demonyms.jsonl", '{"id": "demonym-test", "code": "ATA", "word": "ouest-atlantique"}')
    append(rules_copy / "fixes.jsonl", '{"id": "not-entity-test", "kind": "not_entity", "words": ["Auvergne"]}')
    append(rules_copy / "metonyms.jsonl", '{"id": "metonym-test", "label": "ORG", "pattern": "Alizés", "country": "MTQ"}')
    append(rules_copy / "events.jsonl", '{"id": "event-named-test", "label": "EVENT", "pattern": "Fête des Alizés"}')
    append(rules_copy / "lexicons.jsonl", '{"id": "test-islands", "words": ["Alizés"]}')
    append(rules_copy / "patterns.jsonl",
           '{"id": "loc-lexicon-test", "label": "LOC", "pattern": [{"LOWER": "en"}, {"TEXT": {"IN": ["$test-islands"]}}], "span_from": 1}')
    doc = pipeline_with(rules_copy)(text)
    found = {(s.text, s.label_, s._.rule, s._.canonical) for s in doc.spans["entities"]}
    assert ("FMB", "ORG", "org-test", "Fédération des mutuelles de Bretagne") in found
    assert ("Hexagone", "LOC", "country-test", "France") in found
    assert ("Forum des Alizés", "EVENT", "event-test", "Forum des Alizés") in found
    assert ("Fête des Alizés", "EVENT", "event-named-test", "Fête des Alizés") in found
    assert ("Alizés", "ORG", "metonym-test", "Alizés") in found
    assert not [s for s in doc.spans["entities"] if s.text == "Auvergne"]
    assert [s for s in doc.spans["entities"] if s._.rule == "loc-lexicon-test" and s.text == "Alizés"]
    assert {"ATA", "FRA", "MTQ"} <= set(doc._.countries)


def test_patterns_with_and_without_words_to_anchor_them(rules_copy):
    """A pattern that lists no words (a regular expression) is tried at every token; one that
    does runs near its words only, its match included even far after them."""
    text = ("Les Régates Impériales partent de Brest. " + "Il pleut. " * 30 +
            "Le navire Zéphyr Bleu Marine Grand Large Express du Nord a quitté Lorient.")
    append(rules_copy / "patterns.jsonl",
           '{"id": "event-test-regex", "label": "EVENT", "pattern": [{"TEXT": {"REGEX": "^Régates?$"}}, '
           '{"IS_TITLE": true, "OP": "+"}]}')
    append(rules_copy / "patterns.jsonl",
           '{"id": "misc-test-ship", "label": "MISC", "span_from": 1, "pattern": [{"LOWER": "navire"}, '
           '{"IS_TITLE": true, "OP": "+"}, {"LOWER": "du"}, {"IS_TITLE": true}]}')
    doc = pipeline_with(rules_copy)(text)
    found = {(s.text, s.label_, s._.rule) for s in doc.spans["entities"]}
    assert ("Régates Impériales", "EVENT", "event-test-regex") in found
    assert ("Zéphyr Bleu Marine Grand Large Express du Nord", "MISC", "misc-test-ship") in found


def test_pattern_with_an_unknown_lexicon_names_file_and_line(rules_copy):
    append(rules_copy / "patterns.jsonl",
           '{"id": "no-lexicon", "label": "ORG", "pattern": [{"LOWER": {"IN": ["$missing"]}}]}')
    with pytest.raises(RuleError, match=r"patterns\.jsonl:\d+.*unknown lexicon"):
        pipeline_with(rules_copy)


def test_a_fix_with_an_unknown_lexicon_names_file_and_line(rules_copy):
    append(rules_copy / "fixes.jsonl",
           '{"id": "person-consistency-bis", "kind": "person_consistency", "organisation_nouns": ["$missing"]}')
    with pytest.raises(RuleError, match=r"fixes\.jsonl:\d+.*unknown lexicon"):
        pipeline_with(rules_copy)


def test_words_of_kinds_must_name_a_file_and_kinds(rules_copy):
    append(rules_copy / "fixes.jsonl",
           '{"id": "person-apposed-to-role-bis", "kind": "person_apposed_to_role", "words": [], "words_of_kinds": "quotes/referents.jsonl"}')
    with pytest.raises(RuleError, match=r"fixes\.jsonl:\d+.*words_of_kinds needs a file and a list of kinds"):
        pipeline_with(rules_copy)


def test_not_nested_must_list_labels(rules_copy):
    append(rules_copy / "patterns.jsonl",
           '{"id": "bad-nesting", "label": "EVENT", "not_nested": ["PLACE"], "pattern": [{"LOWER": "tour"}]}')
    with pytest.raises(RuleError, match=r"patterns\.jsonl:\d+.*not_nested"):
        pipeline_with(rules_copy)


def test_broken_rule_file_names_file_and_line(rules_copy):
    append(rules_copy / "patterns.jsonl", '{"id": "broken", "label": "EVENT", "pattern": [{"TEXT": ')
    with pytest.raises(RuleError, match=r"patterns\.jsonl:\d+"):
        pipeline_with(rules_copy)


def test_a_common_word_opening_a_title_or_heading_is_no_name(nlp):
    check(nlp, "Choléra : l'<ent label='ORG'>OMS</ent> lance une campagne\n\n"
               "L'<ent label='ORG'>OMS</ent> lutte contre le choléra à <ent label='LOC'>Maputo</ent>.\n\n"
               "+ Prochaines étapes +\n\n"
               "<ent label='LOC'>Paris</ent> accueillera la réunion.",
          absent=("Choléra", "Prochaines"))
    # a participle after a heading, which the tagger cannot place (X) and the model reads as a person
    check(nlp, "Le journaliste a été tué mardi.\n\n+ La présidente promet justice +\n\nInterrogée lors de sa conférence de "
               "presse matinale, la présidente <ent label='PER'>Claudia Sheinbaum</ent> a condamné un crime lâche.",
          absent=("Interrogée",))
    # a common noun opening the lead, which the model reads as a person
    check(nlp, "9 mars 2018 . –\nGéant de l'industrie vidéo-ludique, le studio américain <ent label='ORG'>Valve Corporation</ent> "
               "doit son succès à ses jeux.",
          absent=("Géant",))


def test_a_role_noun_phrase_is_no_organisation(nlp):
    check(nlp, "La ministre sénégalaise des Affaires étrangères, <ent label='PER'>Aminata Diallo-Sarr</ent>, "
               "est arrivée à <ent label='LOC'>Abidjan</ent>.",
          absent=("ministre sénégalaise des Affaires étrangères",))
    # a former Prime Minister too
    found = _entities_over(nlp, "L'épouse de l'ex-Premier ministre a été élue députée.", [(4, 6, "ORG")])
    assert not any(text == "ex-Premier ministre" for text, _, _ in found)


def test_a_century_s_roman_numeral_is_no_name(nlp):
    found = _entities_over(nlp, "Il est le premier joueur né au XXIe siècle à évoluer en Ligue 1.", [(7, 8, "ORG")])
    assert not any(text == "XXIe" for text, _, _ in found)
    # a king's numeral stays part of his name
    check(nlp, "Le roi <ent label='PER'>Louis XIV</ent> a régné longtemps.")


def test_a_country_inside_another_country_s_name_is_no_second_country(nlp):
    doc = check(nlp, "Les armées de la <ent label='LOC' code='COD'>République démocratique du Congo</ent> ont "
                     "franchi la frontière du <ent label='LOC' code='SSD'>Soudan du Sud</ent>.",
                absent=("Congo", "Soudan"))
    assert doc._.countries == ("COD", "SSD")
    # an organisation's name keeps the country nested in it
    check(nlp, "La <ent label='ORG'>Gendarmerie royale du <ent label='LOC' code='CAN'>Canada</ent></ent> a confirmé.")


def test_a_region_takes_the_adjective_after_it_but_a_country_does_not(nlp):
    check(nlp, "Le référendum du <ent label='LOC' rule='place-with-its-adjective'>Kurdistan irakien</ent> inquiète "
               "plusieurs pays d'<ent label='LOC' rule='place-with-its-adjective'>Amérique latine</ent>.")
    check(nlp, "Il a neigé en <ent label='LOC' code='FRA'>France</ent> voisine et au "
               "<ent label='LOC' code='JPN'>Japon</ent> central.", absent=("France voisine", "Japon central"))


def test_a_closing_line_naming_a_person_signs_a_quotation(nlp):
    doc = check(nlp, "« Je suis très heureux d'être ici », a-t-il écrit.\n\n— <ent label='PER'>Usain Bolt</ent>")
    assert not [s for s in doc.spans["entities"] if s.label_ == "ORG"]
    check(nlp, "Le port a rouvert mardi.\n\nSource : <ent label='ORG' rule='source-line-outlet'>AFP</ent>")


def test_an_organisation_named_with_its_head_noun_keeps_it(nlp):
    check(nlp, "Jo Cox avait travaillé avec l'<ent label='ORG' rule='org-name-with-its-head-noun' canonical='Oxfam'>"
               "ONG Oxfam</ent> et l'<ent label='ORG' rule='org-name-with-its-head-noun'>association Anticor</ent>.",
          absent=("Oxfam", "Anticor"))
    # no capitalised name after the noun: no organisation
    check(nlp, "L'association des maires ruraux a protesté contre la réforme.", absent=("association des maires",))


def test_a_protest_movement_is_an_organisation(nlp):
    check(nlp, "Les <ent label='ORG' rule='org-gilets-jaunes' canonical='Gilets jaunes'>Gilets jaunes</ent> ont manifesté samedi.")
    # the garment, written in lower case, is no movement
    check(nlp, "Chaque automobiliste doit avoir des gilets jaunes dans sa voiture.", absent=("gilets jaunes",))


def test_a_web_site_names_an_organisation(nlp):
    check(nlp, "Le site <ent label='ORG' rule='org-after-trigger-noun'>Konbini</ent> a publié la vidéo.")
    check(nlp, "Le site de <ent label='LOC'>Fessenheim</ent> sera fermé en 2020.", absent=("site de Fessenheim",))


def test_an_airport_is_the_place_it_serves(nlp):
    check(nlp, "Tous les vols à destination de l'aéroport de <ent label='LOC' rule='place-kind-noun'>Bruxelles</ent> "
               "ont été détournés.", absent=("aéroport de Bruxelles",))
    # adjectives between the noun and "de" too
    check(nlp, "Un incident s'est produit à la centrale nucléaire de <ent label='LOC' rule='place-kind-noun'>"
               "Flamanville</ent> jeudi.", absent=("centrale nucléaire de Flamanville",))
    # a facility named after a person keeps its noun: the person is no place, but the person it honours
    doc = check(nlp, "Elle a été accueillie à l'aéroport <ent label='PER'>Félix-Houphouët-Boigny</ent>.")
    assert not [s for s in doc.spans["entities"] if s.text == "Félix-Houphouët-Boigny" and s.label_ == "LOC"]
    check(nlp, "Des tirs ont eu lieu à l'aéroport international <ent label='PER'>Atatürk</ent>.")
    # the kind noun alone, last word of the text: nothing to strip, and no token past the end to read
    doc = nlp.make_doc("Direction Aéroport")
    alone = Mention(1, 2, "LOC")
    assert _place_without_its_kind(doc, alone, nlp.get_pipe("press_entities").rules.fixes) is alone


def test_well_known_companies_and_media_but_not_a_person_of_the_same_name(nlp):
    check(nlp, "<ent label='ORG' rule='org-company-uber'>Uber</ent> a annoncé mardi une perte, selon "
               "<ent label='ORG' rule='org-media-liberation'>Libération</ent>.")
    check(nlp, "Le constructeur fondé par <ent label='PER'>Louis Renault</ent> a annoncé des pertes.", absent=("Renault",))


def test_a_building_named_after_its_noun_is_an_organisation_and_a_person_stays_nested(nlp):
    check(nlp, "L'<ent label='ORG' rule='org-name-with-its-head-noun'>église Sainte-Rita</ent> a été évacuée par la "
               "police.")
    check(nlp, "Les élèves du <ent label='ORG' rule='org-name-with-its-head-noun'>collège "
               "<ent label='PER'>Jean Moulin</ent></ent> ont été évacués.")
    check(nlp, "L'hôtel de ville a été fermé lundi.", absent=("hôtel de ville",))


def test_place_kind_nouns_and_elided_articles_written_apart(nlp):
    check(nlp, "Une alerte a été lancée pour le département de l' <ent label='LOC'>Hérault</ent> , et l' "
               "<ent label='LOC'>Afrique</ent> aussi.", absent=("' Hérault", "l' Afrique"))
    check(nlp, "Il a été incarcéré dans une prison de l'État de <ent label='LOC' rule='place-kind-noun'>Roraima</ent>.",
          absent=("État de Roraima",))
    # the capitalised noun begins the name
    check(nlp, "Un avion militaire s'est écrasé en <ent label='LOC'>Mer Noire</ent>.", absent=("Noire",))


def test_the_town_of_a_prosecutor_s_office(nlp):
    check(nlp, "Selon le procureur de la République de <ent label='LOC' rule='loc-prosecutor-town'>Chambéry</ent>, "
               "toutes les pistes sont ouvertes.", absent=("République de Chambéry",))
    check(nlp, "Le procureur de la République a ouvert une enquête.", absent=("République",))


def test_an_organisation_closing_on_a_place_the_article_names_holds_it(nlp):
    check(nlp, "Il vit à <ent label='LOC'>Paris</ent> depuis 2010. Il a été condamné par le <ent label='ORG'>tribunal "
               "de <ent label='LOC' rule='place-in-common-noun-name'>Paris</ent></ent>.")
    # "Paris" named nowhere else: nothing says it is a place of its own here
    doc = check(nlp, "Il a été condamné par le <ent label='ORG'>tribunal de Paris</ent>.")
    assert [s.text for s in doc.spans["entities"]] == ["tribunal de Paris"]


def test_a_name_after_a_noun_and_its_complement_is_the_organisation_even_read_as_a_person(nlp):
    check(nlp, "L'agence de presse officielle syrienne "
               "<ent label='ORG' rule='org-after-trigger-noun-complement-one-word'>Sana</ent> a annoncé la nouvelle.")
    # a person's full name after the noun stays a person: "le parti de Jean-Christophe Cambadélis"
    check(nlp, "Le groupe de <ent label='PER'>Jean-Christophe Cambadélis</ent> a voté contre.")


def test_mixed_case_acronyms_defined_in_the_article(nlp):
    check(nlp, "La <ent label='ORG'>Fédération française de triathlon</ent> "
               "(<ent label='ORG' rule='acronym-defined-in-article'>FFTri</ent>) a communiqué. La "
               "<ent label='ORG' canonical='Fédération française de triathlon'>FFTri</ent> annonce les inscriptions.")


def test_well_known_institutions_by_their_acronyms(nlp):
    check(nlp, "C'est la <ent label='ORG' canonical='Direction générale de la sécurité intérieure'>DGSI</ent>, appuyée "
               "du <ent label='ORG' rule='org-recherche-assistance-intervention-dissuasion'>RAID</ent>, qui a mené "
               "l'arrestation.")
    # a common noun written like a name at the start of a sentence is not the unit
    check(nlp, "Raid aérien sur la ville : douze morts.", absent=("Raid",))


def test_the_article_s_majority_reading_of_a_name_replaces_a_person_or_misc_reading(nlp):
    check(nlp, "La sonde <ent label='PER' rule='name-consistency'>Cassini</ent> a été lancée en 1997. "
               "<ent label='PER'>Cassini</ent> a plongé dans Saturne. Les images de <ent label='PER'>Cassini</ent> "
               "sont magnifiques.")
    # the model's place stays a place, whatever the other readings
    check(nlp, "Washington a réagi. Les autorités de <ent label='LOC'>Washington</ent> ont condamné. Washington a "
               "convoqué l'ambassadeur.")


def test_a_country_s_name_hyphenated_to_another_word_is_part_of_a_place_s_name(nlp):
    doc = check(nlp, "Il vit à <ent label='LOC'>Luxembourg-Ville</ent> depuis 2010.", absent=("Luxembourg",))
    assert doc._.countries == ()
    check(nlp, "Le match <ent label='LOC' code='FRA'>France</ent>-<ent label='LOC' code='DEU'>Allemagne</ent> "
               "a eu lieu hier.")


def test_a_new_party_keeps_its_adjective(nlp):
    check(nlp, "Philippe Poutou, candidat du <ent label='ORG' rule='org-party'>Nouveau Parti anticapitaliste</ent>, "
               "a parlé.", absent=("Parti anticapitaliste",))


def test_a_person_inside_an_affair_stays_nested(nlp):
    check(nlp, "Nouveau rebondissement dans l'<ent label='EVENT' rule='event-affair'>affaire "
               "<ent label='PER'>Vincent Lambert</ent></ent>, a annoncé l'avocat.")


def test_a_newspaper_s_title_after_a_preposition_that_took_its_article(nlp):
    check(nlp, "Selon les révélations du <ent label='ORG' canonical='Le Canard enchaîné'>Canard enchaîné</ent>, "
               "confiées au <ent label='ORG' canonical='Le Parisien'>Parisien</ent> et reprises par "
               "<ent label='ORG' canonical=\"L'Obs\">l’Obs</ent>, le ministre savait.")
    # an article written before the title in lower case is still the title's (WiNER spans it too)
    check(nlp, "L'affaire a été révélée par <ent label='ORG' rule='org-media-canard'>le Canard enchaîné</ent> "
               "puis par <ent label='ORG' rule='org-media-le-journal-du-dimanche'>le JDD</ent>.",
          absent=("Canard enchaîné", "JDD"))
    # without the preposition the word is no title
    doc = nlp("Un Parisien moyen prend le métro chaque jour.")
    assert not [s for s in doc.spans["entities"] if s.label_ == "ORG"]


def test_an_indefinite_institution_of_a_place_is_only_the_place(nlp):
    check(nlp, "Il a été transporté à l'<ent label='ORG' rule='org-institution-of-place'>hôpital de "
               "<ent label='LOC'>Royan</ent></ent> dimanche.")
    check(nlp, "Il est décédé jeudi dans un hôpital de <ent label='LOC'>Zurich</ent>.", absent=("hôpital de Zurich",))


def test_a_people_written_like_a_place(nlp):
    check(nlp, "Les milices kurdes avancent vers le nord. Les Kurdes ont pris la ville mardi.", absent=("Kurdes",))
    # "mars" is the month here, no adjective: the planet stays
    check(nlp, "Le 3 mars, la sonde a atteint <ent label='LOC'>Mars</ent>.")


def test_places_of_worship_and_venues_read_as_places_are_organisations(nlp):
    check(nlp, "Des militaires étaient en faction devant la <ent label='ORG' rule='organisation-head'>Grande Mosquée "
               "de <ent label='LOC'>Valence</ent></ent> vendredi.")
    check(nlp, "Le concert a eu lieu à l'<ent label='ORG' rule='organisation-head'>Opéra Garnier</ent>.")


def test_a_participle_opening_a_sentence_is_no_place(nlp):
    check(nlp, "Installée dans la ville natale de <ent label='PER'>Donald Trump</ent>, la statue a été retirée.",
          absent=("Installée",))


def test_a_startup_announces_an_organisation(nlp):
    check(nlp, "La startup <ent label='ORG' rule='org-after-trigger-noun'>Mistral</ent> a levé des fonds.")
    check(nlp, "L'éditeur de logiciels a fermé ses bureaux.", absent=("éditeur de logiciels",))


def test_a_web_platform_is_a_product_not_an_organisation(nlp):
    # the model reads both as organisations; the platform is a product (still listed), the company stays
    check(nlp, "<ent label='MISC' rule='web-platform-is-a-product'>Google</ent> a déboursé un milliard de dollars "
               "pour rester le moteur de recherche par défaut d'<ent label='ORG'>Apple</ent>.")


def test_the_country_of_a_stage_race_is_a_word_of_its_name(nlp):
    check(nlp, "<ent label='PER'>Chris Froome</ent> a remporté le <ent label='EVENT' rule='event-tour-de-france'>"
               "Tour de France</ent>.", absent=("France",))
    # an event that nests its places keeps them: the host city of the Games
    check(nlp, "Il a gagné l'or aux <ent label='EVENT' rule='event-olympics'>Jeux olympiques de "
               "<ent label='LOC'>Rio</ent></ent>.")


def test_names_joined_by_a_spaced_dash_are_two_names(nlp):
    check(nlp, "La planète serait entre 6 et 40 fois la distance <ent label='LOC' rule='names-joined-by-a-separator'>"
               "Soleil</ent> - <ent label='LOC' rule='names-joined-by-a-separator'>Neptune</ent>.",
          absent=("Soleil - Neptune",))
    # hyphens without spaces join the words of one name
    check(nlp, "La gare routière de <ent label='LOC'>Bobigny-Pablo-Picasso</ent> a été prise pour cible.")


def test_inhabitants_after_a_plural_determiner_are_no_place(nlp):
    # the model reads "Nantais" and "Niçois" as places
    check(nlp, "Les Nantais ont su conserver leur avance pour battre <ent label='LOC'>Créteil</ent>.",
          absent=("Nantais",))
    check(nlp, "Une bagarre a éclaté entre des Niçois et des supporteurs à <ent label='LOC'>Nice</ent>.",
          absent=("Niçois",))
    # a place named in the plural keeps its name
    check(nlp, "Il a grandi dans les <ent label='LOC'>Yvelines</ent>.")


def test_an_armed_group_named_with_an_arabic_head_noun_is_an_organisation(nlp):
    # the model reads the group as a place
    check(nlp, "Plusieurs groupes rebelles se sont rangés derrière <ent label='ORG' rule='organisation-arabic-head'>"
               "Ahrar al-Cham</ent> afin d'éviter leur anéantissement.")
    # a district whose name holds such a word stays a place
    check(nlp, "Les soldats sont entrés dans les quartiers de <ent label='LOC'>Zabdiyé</ent> et "
               "<ent label='LOC'>al-Ansari</ent> dans l'est d'<ent label='LOC'>Alep</ent>.")


def test_the_person_a_facility_is_named_after_nests_in_it(nlp):
    check(nlp, "La <ent label='LOC'>tour <ent label='PER' rule='person-naming-a-place'>Eiffel</ent></ent> devrait "
               "bientôt être protégée par un mur de verre.")
    # a place after "de" is the facility's town, and a saint names the street
    check(nlp, "Il est mort hier soir à l'<ent label='ORG'>hôpital de <ent label='LOC'>Lille</ent></ent>.")
    check(nlp, "Une bagarre a éclaté dans la <ent label='LOC'>rue Saint-Just</ent> à <ent label='LOC'>La Courneuve</ent>.",
          absent=("Saint-Just",))


def test_polling_institutes_and_public_research_bodies(nlp):
    check(nlp, "Selon un sondage <ent label='ORG' rule='org-poll-ifop'>Ifop</ent>, les chercheurs de l'"
               "<ent label='ORG' rule='org-inserm' canonical='Institut national de la santé et de la recherche médicale'>"
               "Inserm</ent> sont les plus écoutés.")


def test_a_body_of_the_united_nations_is_one_organisation_holding_its_place_and_the_united_nations(nlp):
    # the United Nations stay nested, as WiNER nests them
    check(nlp, "Le pays a suspendu sa coopération avec le <ent label='ORG' rule='org-united-nations-body'>"
               "Haut-Commissariat des <ent label='ORG' rule='org-onu'>Nations unies</ent> aux droits de l'homme</ent>.")
    check(nlp, "Les casques bleus de la <ent label='ORG' rule='org-united-nations-body'>Mission des "
               "<ent label='ORG' rule='org-onu'>Nations unies</ent> au <ent label='LOC' code='MLI'>Mali</ent></ent> "
               "ont été attaqués.")
    # no body named before them: the United Nations themselves
    check(nlp, "Le secrétaire général des <ent label='ORG' rule='org-onu'>Nations unies</ent> a condamné l'attaque.")


def test_a_venue_named_in_english_is_an_organisation(nlp):
    check(nlp, "Une explosion a eu lieu au <ent label='ORG' rule='org-company-suffix'>Manchester Arena</ent>, à "
               "<ent label='LOC'>Manchester</ent>, lundi soir.")
    # a person's name ending in a word of places is no venue
    check(nlp, "La Britannique <ent label='PER'>Lucy Hall</ent> a terminé deuxième.")


def test_a_nationality_or_town_word_before_a_person_s_name_is_no_place(nlp):
    # the model reads "Strasbourgeois" as a place; "Suisse" is a country's name
    check(nlp, "Le Strasbourgeois <ent label='PER'>Nathan Guerbeur</ent> est le premier à sortir de l'eau.",
          absent=("Strasbourgeois",))
    check(nlp, "Elle devance l'autre Suisse <ent label='PER'>Emma Bilham</ent> de deux minutes.", absent=("Suisse",))
    # after a preposition, the place stays
    check(nlp, "À <ent label='LOC'>Londres</ent> <ent label='PER'>Boris Johnson</ent> a démissionné.")


def _entities_over(nlp, text, model_ents):
    """press_entities run over the model entities given as (first token, end token, label)."""
    with nlp.select_pipes(disable=nlp.pipe_names[nlp.pipe_names.index("press_entities"):]):
        doc = nlp(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in model_ents]
    doc = nlp.get_pipe("press_entities")(doc)
    return {(s.text, s.label_, s._.rule) for s in doc.spans["entities"]}


def test_a_name_apposed_to_a_role_is_a_person(nlp):
    # the model may read the coach's name as an organisation; set off by commas after the role, he is a person
    found = _entities_over(nlp, "L'entraîneur parisien, Staffan Olsson, juge que le résultat doit servir de réveil.", [(4, 6, "ORG")])
    assert ("Staffan Olsson", "PER", "person-apposed-to-role") in found
    # not the subject of the next clause, nor a title in apposition
    found = _entities_over(nlp, "Selon le ministre, Vernier Industries a annoncé des suppressions.", [(4, 6, "ORG")])
    assert ("Vernier Industries", "ORG", None) in found
    found = _entities_over(nlp, "Le chanteur, Les Divorcés, a sorti un album.", [(3, 5, "MISC")])
    assert ("Les Divorcés", "MISC", None) in found
    # past "auprès de" in a long role phrase
    found = _entities_over(nlp, "L'ambassadeur du Soudan auprès de l'ONU à Genève, Hassan El-Tayeb, a rejeté le rapport.", [(11, 15, "LOC")])
    assert ("Hassan El-Tayeb", "PER", "person-apposed-to-role") in found
    # a role noun the quotes component knows (quotes/referents.jsonl), not listed in fixes.jsonl itself
    found = _entities_over(nlp, "Selon la gouverneure de la région métropolitaine, Karla Rubilar, la marche est pacifique.", [(8, 10, "LOC")])
    assert ("Karla Rubilar", "PER", "person-apposed-to-role") in found
    # adjectives between the article and the role noun
    found = _entities_over(nlp, "Le Premier ministre géorgien, Irakli Beridze, a qualifié la déclaration de chantage.", [(5, 7, "LOC")])
    assert ("Irakli Beridze", "PER", "person-apposed-to-role") in found
    # a title of several role nouns: "la secrétaire générale adjointe"
    found = _entities_over(nlp, "Selon la secrétaire générale adjointe aux affaires humanitaires, Ngozi Clarke, les camions attendent.",
                           [(9, 11, "LOC")])
    assert ("Ngozi Clarke", "PER", "person-apposed-to-role") in found
    # past the acronym in brackets that closes the role phrase
    found = _entities_over(nlp, "Le porte-parole de l'Agence nationale de gestion des catastrophes (BNPB), Sutrisno Wibowo, a "
                                "indiqué que les abris étaient pleins.", [(14, 16, "LOC")])
    assert ("Sutrisno Wibowo", "PER", "person-apposed-to-role") in found
    # the role after the name, with its complement
    found = _entities_over(nlp, "Pour Park Min-ho, professeur de relations internationales, la visite est fragile.", [(1, 5, "LOC")])
    assert ("Park Min-ho", "PER", "person-apposed-to-role") in found
    # not a listed name before a role ("présidente" of a body)
    check(nlp, "La <ent label='LOC'>Côte d'Ivoire</ent>, présidente de la Cédéao, a convoqué un sommet.")


def test_a_number_after_an_organisations_name_makes_it_a_product_series_or_edition(nlp):
    # the train's line and number, as the model may read the line as an organisation
    found = _entities_over(nlp, "Le train TER 88807 a déraillé près de Thionville.", [(2, 3, "ORG")])
    assert ("TER", "MISC", "organisation-name-before-a-number") in found
    # a year makes it an event's edition, the year joining its name
    found = _entities_over(nlp, "Le circuit WTS 2017 a repris à Gold Coast.", [(2, 3, "ORG")])
    assert ("WTS 2017", "EVENT", "event-with-year") in found
    # a score is no number of the club's
    found = _entities_over(nlp, "Score final : Olympique Vernier 2 à 1 face à Sedan.", [(3, 5, "ORG")])
    assert ("Olympique Vernier", "ORG") in {(text, label) for text, label, _ in found}


def test_club_named_by_its_town_and_letters_after_it(nlp):
    # the town the model reads as a place nests in the club; a name that is no place nests nothing
    found = _entities_over(nlp, "Lors du match opposant Amiens SC et le LOSC, un supporteur a été blessé.", [(4, 5, "LOC")])
    assert {("Amiens SC", "ORG", "org-club-town-before-letters"), ("Amiens", "LOC", "org-club-town-before-letters")} <= found
    found = _entities_over(nlp, "Paul Pogba a quitté Santos FC pour Manchester.", [(0, 2, "PER"), (4, 5, "MISC"), (7, 8, "LOC")])
    assert ("Santos FC", "ORG", "org-club-before-letters") in found
    assert not any(text == "Santos" for text, _, _ in found)


def test_a_nationality_that_does_not_agree_with_the_organisation_qualifies_someone_else(nlp):
    # "français" agrees with the minister, not with "Affaires étrangères"; "sud-coréen" with the secretary
    check(nlp, "Il fut ministre des <ent label='ORG'>Affaires étrangères</ent> français dans le gouvernement de cohabitation.",
          absent=("Affaires étrangères français",))
    check(nlp, "Le secrétaire général des <ent label='ORG'>Nations unies</ent> sud-coréen, Ban Ki-moon, cesse ses fonctions.",
          absent=("Nations unies sud-coréen",))
    # an adjective that agrees is the organisation's
    check(nlp, "Le <ent label='ORG' rule='organisation-with-nationality'>Conseil constitutionnel français</ent> a statué mardi.")
    check(nlp, "Le ministre des <ent label='ORG'>Finances françaises</ent>, Michel Sapin, affirmait le contraire.")


def test_a_surname_after_the_persons_first_name_takes_the_full_name(nlp):
    # the model reads only the surname, as a place: the first name before it is the person's too
    found = _entities_over(nlp, "Nawaz Sharif a démissionné. Hier soir, Nawaz Sharif est parti.", [(0, 2, "PER"), (9, 10, "LOC")])
    assert ("Nawaz Sharif", "PER", "person-consistency") in found
    assert ("Sharif", "PER", "person-consistency") not in found
    # another word before the surname stays out
    found = _entities_over(nlp, "Nawaz Sharif a démissionné. Hier soir, le clan Sharif est parti.", [(0, 2, "PER"), (10, 11, "LOC")])
    assert ("Sharif", "PER", "person-consistency") in found


def test_a_us_town_and_its_state_letters_are_one_place(nlp):
    found = _entities_over(nlp, "Il a reçu le prix à Washington, D.C. mardi.", [(6, 7, "LOC"), (8, 9, "LOC")])
    assert found == {("Washington, D.C.", "LOC", "loc-us-town-with-state")}
    # after a name that is no place the letters are something else ("CA", the turnover)
    found = _entities_over(nlp, "Les chiffres de Sony, CA en hausse.", [(3, 4, "ORG")])
    assert not any(label == "LOC" for _, label, _ in found)


def test_an_english_name_ending_in_an_event_noun_is_the_event(nlp):
    text = "La cérémonie des British Academy Television Awards a eu lieu dimanche. Il a reçu le Montreal Jazz Festival Spirit Award en 2010."
    found = _entities_over(nlp, text, [(3, 7, "ORG"), (16, 21, "MISC")])
    assert ("British Academy Television Awards", "EVENT", "event-english-tail") in found
    # a prize is no event
    assert ("Montreal Jazz Festival Spirit Award", "MISC", None) in found


def test_a_currency_code_is_no_organisation(nlp):
    # an unknown acronym read as a place would become an organisation; a currency's code is none
    found = _entities_over(nlp, "Le marché a été attribué pour 78 499 473,99 EUR au groupe Vernier.", [(9, 10, "LOC")])
    assert not any(text == "EUR" for text, _, _ in found)
    found = _entities_over(nlp, "Le rapport du SNPQ a été publié.", [(3, 4, "LOC")])
    assert ("SNPQ", "ORG", "acronym-is-organisation") in found


def test_a_name_after_the_noun_of_a_plan_or_device_is_no_organisation(nlp):
    found = _entities_over(nlp, "Le préfet a déclenché le plan Orsec dans la nuit.", [(6, 7, "ORG")])
    assert ("Orsec", "MISC", "name-of-a-plan-or-device") in found
    found = _entities_over(nlp, "Les données de la mission lunaire japonaise SELENE ont été publiées.", [(7, 8, "ORG")])
    assert ("SELENE", "MISC", "name-of-a-plan-or-device") in found
    # the company a plan is of stays one
    found = _entities_over(nlp, "Le plan social de Vernier Industries a été annoncé.", [(4, 6, "ORG")])
    assert ("Vernier Industries", "ORG", None) in found


def test_a_treaty_is_a_document_not_an_organisation(nlp):
    found = _entities_over(nlp, "Le Traité de Lisbonne a été signé en 2007.", [(1, 4, "ORG")])
    assert ("Traité de Lisbonne", "MISC", "treaty-is-a-document") in found
    # the body a treaty set up keeps its reading
    found = _entities_over(nlp, "Les Amis du Pacte ont été réunis.", [(1, 4, "ORG")])
    assert ("Amis du Pacte", "ORG", None) in found


def test_an_acronym_news_uses_as_a_common_noun_is_no_organisation(nlp):
    # "un CRS" is a riot policeman, as "un PDG" is a chief executive, whatever the model reads
    found = _entities_over(nlp, "Un jeune CRS a été fauché lors de son jogging.", [(2, 3, "ORG")])
    assert not any(text == "CRS" for text, _, _ in found)
    found = _entities_over(nlp, "La hausse de la CSG touche les retraités des Ehpad.", [(4, 5, "ORG"), (9, 10, "ORG")])
    assert not any(text in ("CSG", "Ehpad") for text, _, _ in found)
    found = _entities_over(nlp, "La Corée du Nord a tiré un ICBM mardi.", [(7, 8, "ORG")])
    assert not any(text == "ICBM" for text, _, _ in found)
    # an organisation's name that holds the acronym stays
    found = _entities_over(nlp, "La CRS Autoroutière Sud a été mobilisée.", [(1, 4, "ORG")])
    assert ("CRS Autoroutière Sud", "ORG", None) in found


def test_public_statistics_and_science_bodies_sports_federations_listed(nlp):
    check(nlp, "Selon la <ent label='ORG' rule='org-direction-de-l-animation-de-la-recherche-des-etudes-et-des-statistiques'>"
               "Dares</ent>, le chômage a baissé ; l'<ent label='ORG' rule='org-service-geologique-des-etats-unis'>USGS</ent> "
               "a mesuré un séisme et la <ent label='ORG' rule='org-federation-francaise-de-basket-ball'>FFBB</ent> a réagi.")
    # a listed company's name inside a person's name is the person's
    check(nlp, "L'inventeur <ent label='PER'>Nikola Tesla</ent> est né en 1856.", absent=("Tesla",))


def test_a_listed_organisation_the_model_reads_with_one_more_name_is_that_longer_name(nlp):
    # a union's branch, a subsidiary named with its country (the country stays nested)
    found = _entities_over(nlp, "Le syndicat professionnel UNSA ICNA, qui représente 20 % des contrôleurs, appelle à la grève.",
                           [(3, 5, "ORG")])
    assert ("UNSA ICNA", "ORG", "organisation-read-longer") in found
    assert not any(text == "UNSA" for text, _, _ in found)
    found = _entities_over(nlp, "La section Greenpeace-Méditerranée a manifesté hier.", [(2, 5, "ORG")])
    assert ("Greenpeace-Méditerranée", "ORG", "organisation-read-longer") in found
    found = _entities_over(nlp, "Le vote a été confié à l'Union européenne de radio-télévision cette année.", [(7, 11, "ORG")])
    assert ("Union européenne de radio-télévision", "ORG", "organisation-read-longer") in found
    # the country a ministry serves, named by its common noun, is no word of its name
    found = _entities_over(nlp, "Selon le ministère de la Santé du pays, le bilan s'alourdit.", [(2, 8, "ORG")])
    assert ("ministère de la Santé", "ORG", "org-ministry") in found
    found = _entities_over(nlp, "Le parquet vise Havas France et ses dirigeants.", [(3, 5, "ORG")])
    assert {("Havas France", "ORG", "organisation-read-longer"), ("France", "LOC", "country-fra-0")} <= found
    # a person's surname the article gives is no word of the name
    # a word hyphened before it: the union's federation of higher education
    found = _entities_over(nlp, "Pour le Snesup-FSU, la loi de programmation a échoué.", [(2, 5, "ORG")])
    assert ("Snesup-FSU", "ORG", "organisation-read-longer") in found
    assert not any(text == "FSU" for text, _, _ in found)
    found = _entities_over(nlp, "Mario Draghi a parlé. Le président de la BCE Draghi a insisté.", [(0, 2, "PER"), (9, 11, "ORG")])
    assert ("BCE", "ORG", "org-bce") in found
    assert not any(text == "BCE Draghi" for text, _, _ in found)


def test_a_branch_read_longer_keeps_its_own_canonical_name(nlp):
    # the rail network's manager is not the rail operator; the listed name alone still expands
    doc = nlp("« Les travaux commenceront en mars », a indiqué SNCF Réseau. La SNCF a confirmé le calendrier.")
    names = {e.text: e._.canonical for e in doc.ents if e.label_ == "ORG"}
    assert names == {"SNCF Réseau": "SNCF Réseau", "SNCF": "Société nationale des chemins de fer français"}
    quote = doc.spans["quotes"][0]
    assert quote._.speaker == "SNCF Réseau"


def test_a_company_named_after_its_founder_stays_the_company(nlp):
    text = "La banque suisse Reyl a écopé d'une amende. Le patron de cette banque, François Reyl, a été condamné."
    found = _entities_over(nlp, text, [(3, 4, "ORG"), (16, 18, "PER")])
    assert ("Reyl", "ORG", None) in found
    # without the company's noun, the surname is the person's
    text = "Le tribunal a condamné Reyl à une amende. Le patron de cette banque, François Reyl, a fait appel."
    found = _entities_over(nlp, text, [(4, 5, "ORG"), (15, 17, "PER")])
    assert ("Reyl", "PER", "person-consistency") in found


def test_a_football_division_by_its_number_is_no_organisation(nlp):
    found = _entities_over(nlp, "Il a disputé son premier match de Ligue 1 samedi face à Lorient.", [(7, 9, "ORG")])
    assert ("Ligue 1", "MISC", "football-division-is-a-championship") in found
    # another league's name with a number stays the model's
    found = _entities_over(nlp, "La Ligue 18 de Paris a réagi.", [(1, 3, "ORG")])
    assert ("Ligue 18", "ORG", None) in found


def test_a_name_without_the_article_opening_its_sentence_takes_its_head_noun_s_label(nlp):
    found = _entities_over(nlp, "La Mairie précise que les arrondissements touchés seront nettoyés.", [(0, 2, "LOC")])
    assert ("Mairie", "ORG", "organisation-head") in found
    # a place's name keeps the model's label
    found = _entities_over(nlp, "La Bretagne précise que les routes touchées seront nettoyées.", [(0, 2, "LOC")])
    assert ("Bretagne", "LOC", "sentence-start-function-word") in found


def test_short_names_of_listed_organisations(nlp):
    check(nlp, "Selon un médecin cité par <ent label='ORG' rule='org-media-ap'>AP</ent>, le bilan s'alourdit ; "
               "les <ent label='ORG' rule='org-girondins-de-bordeaux'>Girondins</ent> ont gagné.")
    # the Paris hospitals' acronym holds the letters, no news agency
    check(nlp, "L'<ent label='ORG'>AP-HP</ent> a ouvert une enquête.",
          absent=("AP",))


def test_a_politician_s_party_in_brackets_after_the_name(nlp):
    found = _entities_over(nlp, "Le premier ministre slovaque Robert Fico (Smer-DS) a dit non.", [(4, 6, "PER"), (7, 10, "MISC")])
    assert ("Smer-DS", "ORG", "org-party-after-person") in found
    # a role in brackets is no party
    found = _entities_over(nlp, "Selon Édouard Philippe (Premier ministre), la réforme avance.", [(1, 3, "PER")])
    assert not any(label == "ORG" for _, label, _ in found)
    # nor a place
    check(nlp, "Le maire <ent label='PER'>Gaël Perdriau</ent> (<ent label='LOC'>Saint-Étienne</ent>) a réagi.")


def test_a_party_of_the_left_or_right_keeps_its_complement(nlp):
    check(nlp, "Il a rejoint le <ent label='ORG' rule='org-party'>Mouvement populaire de gauche</ent> en 2010.",
          absent=("Mouvement populaire",))
    # the verb after the name is no word of it
    check(nlp, "Le <ent label='ORG' rule='org-party'>Mouvement populaire</ent> ne compterait plus que 300 adhérents.")


def test_a_listed_name_inside_a_longer_name_of_the_same_organisation_is_not_nested(nlp):
    doc = check(nlp, "Elle avait travaillé avec l'<ent label='ORG' rule='org-name-with-its-head-noun' canonical='Oxfam'>ONG Oxfam</ent> "
                     "et les <ent label='ORG' rule='org-forces-de-defense-d-israel'>Tsahal</ent> ont répondu.")
    assert [s.text for s in doc.spans["entities"]].count("Oxfam") == 0
    # another organisation's name stays nested
    check(nlp, "Le <ent label='ORG'>Conseil de sécurité des <ent label='ORG' rule='org-onu'>Nations unies</ent></ent> a voté.")


def test_a_name_described_in_brackets_by_an_organisation_noun(nlp):
    found = _entities_over(nlp, "L'attaquant avait déclaré dans le Marca (journal espagnol) que le sélectionneur mentait.", [(6, 7, "LOC")])
    assert ("Marca", "ORG", "org-before-bracketed-trigger-noun") in found
    # a place in brackets describes no organisation
    found = _entities_over(nlp, "Il est né à Lyon (France) en 1950.", [(4, 5, "LOC"), (6, 7, "LOC")])
    assert ("Lyon", "LOC", None) in found


def test_the_presidential_party_keeps_its_exclamation_mark(nlp):
    check(nlp, "Le parti au pouvoir, <ent label='ORG' rule='org-lrem' canonical='La République en marche'>La République en "
               "marche !</ent> échoue à y réaliser une percée.")
    # the phrase in lower case is no party
    check(nlp, "Le train est en marche depuis lundi.", absent=("en marche",))


def test_a_french_article_is_no_word_of_an_english_name(nlp):
    check(nlp, "Il s'agit d'une attaque. Le <ent label='ORG' rule='org-company-suffix'>Manchester Arena</ent> indique que "
               "l'incident a eu lieu dans le hall.", absent=("Le Manchester Arena",))
