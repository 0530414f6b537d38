"""Incremental runs: an article's rows are kept, keyed by its content, id and the pipeline's
version (code, rules, spaCy and model), so only new or changed articles are processed."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from importlib import metadata
from pathlib import Path

from pipeline.ruleset import fingerprint

PACKAGE_DIR = Path(__file__).parent
# Code that only presents or measures rows already made: editing it keeps the cached rows.
_NOT_ROW_MAKING = ("bench.py", "cli.py", "datapackage.py", "tables.py", "workbook.py", "__main__.py",
                   "evaluation", "report")


def pipeline_version(model: str, package_dir: Path = PACKAGE_DIR) -> str:
    """Changes whenever the code that makes rows, our rules, spaCy or the model change."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*.py")):
        if path.relative_to(package_dir).parts[0] not in _NOT_ROW_MAKING:
            digest.update(path.read_bytes())
    digest.update(fingerprint().encode())
    for package in ("spacy", model.replace("_", "-")):
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()


class ResultCache:
    """Rows per article in one SQLite file; entries a run did not use are dropped at its end."""

    def __init__(self, path: Path, version: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.version = version
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, tables TEXT, used INTEGER)")
        self.db.execute("UPDATE results SET used = 0")

    def key(self, article_id: str, digest: str) -> str:
        return hashlib.sha256(f"{self.version}\0{article_id}\0{digest}".encode()).hexdigest()

    def get(self, key: str) -> dict | None:
        row = self.db.execute("SELECT tables FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.db.execute("UPDATE results SET used = 1 WHERE key = ?", (key,))
        return json.loads(row[0])

    def put(self, key: str, tables: dict) -> None:
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, 1)", (key, json.dumps(tables, ensure_ascii=False)))

    def commit(self) -> None:
        """Keep what is done so far: a run killed later still leaves it reusable."""
        self.db.commit()

    def close(self, prune: bool) -> None:
        if prune:
            self.db.execute("DELETE FROM results WHERE used = 0")
        self.db.commit()
        self.db.close()
