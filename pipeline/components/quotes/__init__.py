from pipeline.components.quotes import factory  # noqa: F401
