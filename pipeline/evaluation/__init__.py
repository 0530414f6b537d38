"""Scores on the dev data, which lives outside the project (``../shared``) and is never copied in."""
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "winer-fr-dev"
