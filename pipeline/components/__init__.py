"""Our spaCy components. Importing this package registers their factories."""
from pipeline.components import layout  # noqa: F401
from pipeline.components import entities  # noqa: F401
from pipeline.components import dates  # noqa: F401
from pipeline.components import quotes  # noqa: F401
