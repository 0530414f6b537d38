"""Temporal expressions (``press_dates``): rules in ``pipeline/rules/dates/``."""
from pipeline.components.dates import factory  # noqa: F401  (registers the factory)
