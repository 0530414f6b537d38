"""Shared helpers of our components."""
from pipeline.extensions import doc_text


def test_doc_text_is_the_text_and_stays_right_when_tokens_merge(nlp):
    doc = nlp.make_doc("Le Quai d'Orsay a salué lundi l'accord.")
    assert doc_text(doc) == doc.text
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:4])
    assert doc[1].text == "Quai d'Orsay"
    assert doc_text(doc) == doc.text == "Le Quai d'Orsay a salué lundi l'accord."
