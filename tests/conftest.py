import pytest

from pipeline.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline, loaded once for the whole test session."""
    return load_nlp()
