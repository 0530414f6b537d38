"""``press_entities``: a rules layer over the model's named entities (see factory.py)."""
from pipeline.components.entities import factory  # noqa: F401
