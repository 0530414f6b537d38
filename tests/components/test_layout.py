"""press_layout: header, title, headings, source line and paragraph-aware sentences."""
from pathlib import Path

import pytest

SEED = Path(__file__).parents[2] / "corpus" / "000_8ae16dfbaa6e08a5.txt"


@pytest.fixture(scope="module")
def seed(nlp):
    return nlp(SEED.read_text(encoding="utf-8"))


def body_sentences(doc):
    return [sent.text.strip() for paragraph in doc.spans["paragraphs"] for sent in paragraph.sents]


def test_seed_header_source_and_headings(seed):
    assert seed._.published == "2025-02"
    assert [span.text for span in seed.spans["header"]] == ["2025-02"]
    assert seed._.source == "Article19.ma"
    assert [span.text for span in seed.spans["headings"]] == [
        "+ Exploiter les avantages de l’IA pour tous +", "+ Combler les fossés en matière d’IA +"]
    assert seed._.title == ""


def test_seed_has_its_ten_sentences_one_per_paragraph(seed):
    sentences = body_sentences(seed)
    assert len(sentences) == 10
    assert sentences[0].startswith("De nouveaux pays") and sentences[0].endswith("a annoncé le Quai d’Orsay.")
    assert sentences[7].startswith("Cité dans le communiqué, le chef de la diplomatie française, Jean-Noël Barrot")
    assert sentences[7].endswith("Sommet mondial pour l’action sur l’IA ».")
    # no sentence of the document runs across a heading or a paragraph break
    assert all("\n\n" not in sent.text.strip() for sent in seed.sents)


def test_sentences_end_at_final_punctuation_but_not_inside_a_quotation(nlp):
    doc = nlp("Le ministre est arrivé. « Nous partirons. Demain », a-t-il dit. 3 accords ont été signés.")
    assert [s.text.strip() for s in doc.sents] == [
        "Le ministre est arrivé.", "« Nous partirons. Demain », a-t-il dit.", "3 accords ont été signés."]


def test_an_unbalanced_quote_mark_does_not_glue_the_paragraph(nlp):
    doc = nlp("« Nous partirons. Le ministre est arrivé. Il repart.")
    assert len(list(doc.sents)) == 3


@pytest.mark.parametrize("text, published", [
    ("date 2025-02-09\nLe sommet s'ouvre.", "2025-02-09"),
    ("  date 2024 Le sommet s'ouvre.", "2024"),
    ("date 2025-13\nLe sommet s'ouvre.", ""),  # not a date: no header
    ("Le date 2025-02 n'est pas un en-tête.", ""),
])
def test_date_header(nlp, text, published):
    assert nlp(text)._.published == published


def test_title_line_and_hard_wrapped_paragraph(nlp):
    doc = nlp("Attaque à Valence\nUn homme a foncé sur des militaires en faction devant\nla mosquée. Il a agi seul.")
    assert doc._.title == "Attaque à Valence"
    assert [s.text.strip() for s in doc.sents][1:] == [
        "Un homme a foncé sur des militaires en faction devant\nla mosquée.", "Il a agi seul."]


@pytest.mark.parametrize("last_line, source", [
    ("Source : Agence France-Presse", "Agence France-Presse"),
    ("(AFP)", "AFP"),
    ("www.lemonde.fr", "www.lemonde.fr"),
    ("Il a conclu son discours.", ""),
    ("Agence de presse sénégalaise (APS)", "Agence de presse sénégalaise"),
    ("avec AFP", "AFP"),
    ("Le président a salué les efforts de la Banque africaine de développement (BAD)", ""),
])
def test_source_line(nlp, last_line, source):
    assert nlp(f"Le ministre a parlé.\n\n{last_line}")._.source == source


def test_a_dash_line_under_a_quotation_signs_it_and_names_no_source(nlp):
    assert nlp("« Je suis très heureux d'être ici », a-t-il écrit.\n\n— AFP")._.source == "AFP"
    doc = nlp("Il a écrit : « Je suis très heureux d'être ici. »\n\n— Usain Bolt")
    assert doc._.source == "" and [s.text for s in doc.spans["source"]] == []


def test_a_user_rule_file_adds_a_heading_kind(nlp, tmp_path):
    import json

    from pipeline.ruleset import RULES_DIR
    rules = json.loads((RULES_DIR / "layout.json").read_text(encoding="utf-8"))
    rules["rules"].insert(0, {"id": "heading-equals", "kind": "heading", "pattern": "^==\\s*(?P<text>.+?)\\s*==$"})
    path = tmp_path / "layout.json"
    path.write_text(json.dumps(rules), encoding="utf-8")
    import spacy
    custom = spacy.blank("fr")
    custom.add_pipe("press_layout", config={"rules": str(path)})
    doc = custom("Le ministre a parlé.\n== Contexte ==\nLa réunion a eu lieu.")
    assert [span.text for span in doc.spans["headings"]] == ["== Contexte =="]


def test_a_broken_rule_file_names_file_and_rule(tmp_path):
    import spacy

    from pipeline.ruleset import RuleError
    path = tmp_path / "layout.json"
    path.write_text('{"rules": [{"id": "bad", "kind": "heading", "pattern": "(unclosed"}], "title": {}}')
    with pytest.raises(RuleError, match=r"layout\.json \(bad\): invalid regex"):
        spacy.blank("fr").add_pipe("press_layout", config={"rules": str(path)})


@pytest.mark.parametrize("text, sentences", [
    ("Il est arrivé vers 23 h. Le ministre a parlé.", 2),
    ("Ils ont signé, etc. Le ministre a parlé.", 2),
    ("M. Macron a reçu Mme. Dati et J. Chirac. Ils ont parlé.", 2),
    ("Le 12 déc. Paris a voté.", 1),
])
def test_abbreviations_end_a_sentence_only_when_they_can(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize("text, word", [
    ("Le ministre-président wallon a parlé.", "ministre-président"),
    ("La Ministre-Présidente (PS) a parlé.", "Ministre-Présidente"),
    ("Le député-maire de Nice a parlé.", "député-maire"),
])
def test_hyphenated_titles_stay_one_word(nlp, text, word):
    assert word in [token.text for token in nlp(text)]


def test_other_hyphenated_words_are_split_as_before(nlp):
    assert [token.text for token in nlp("Le chef-adjoint a parlé.")][1:4] == ["chef", "-", "adjoint"]
