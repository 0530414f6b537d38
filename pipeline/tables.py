"""Stage 4: rows become CSV tables that spreadsheets open safely.

RFC 4180 CSV, UTF-8 with a BOM, fixed column order, text cells that a spreadsheet would
read as a formula prefixed with ``'``. Tables are written to temporary files and renamed
together at the end, so an interrupted run leaves the previous tables intact.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Iterable

COLUMNS = {
    "articles": ["article_id", "title", "published", "source", "n_words", "n_entities", "n_dates",
                 "n_quotes", "status", "error", "countries", "n_sentences"],
    "entities": ["article_id", "start", "end", "text", "label", "canonical", "country_code", "rule"],
    "dates": ["article_id", "start", "end", "text", "type", "value", "anchor", "rule", "mod"],
    "quotes": ["article_id", "start", "end", "text", "type", "speaker", "speaker_label",
               "speaker_start", "speaker_end", "cue", "rule"],
}
TABLES = tuple(COLUMNS)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """The cell as text; a string a spreadsheet would evaluate gets a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return "'" + value if value.startswith(_FORMULA_START) else value
    return str(value)


class TableWriter:
    """Writes the four tables row by row, then publishes them with :meth:`commit`."""

    def __init__(self, out_dir: Path, delimiter: str = ","):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(self.out_dir)
        self.counts = dict.fromkeys(TABLES, 0)
        self._files, self._writers = {}, {}
        for table in TABLES:
            temporary = self.out_dir / f".{table}.csv.{os.getpid()}.tmp"
            handle = open(temporary, "w", encoding="utf-8-sig", newline="")
            writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
            writer.writerow(COLUMNS[table])
            self._files[table], self._writers[table] = handle, writer

    def write(self, table: str, rows: Iterable[dict]) -> None:
        columns = COLUMNS[table]
        for row in rows:
            self._writers[table].writerow([safe_cell(row.get(column)) for column in columns])
            self.counts[table] += 1

    def commit(self) -> None:
        for table, handle in self._files.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for table, handle in self._files.items():
            os.replace(handle.name, self.out_dir / f"{table}.csv")

    def abort(self) -> None:
        for handle in self._files.values():
            handle.close()
            Path(handle.name).unlink(missing_ok=True)

    def __enter__(self) -> "TableWriter":
        return self

    def __exit__(self, kind, *_) -> None:
        self.commit() if kind is None else self.abort()


def _remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary tables of a run that was killed (its process is gone)."""
    for path in out_dir.glob(".*.csv.*.tmp"):
        pid = path.suffixes[-2].lstrip(".")
        if pid.isdigit() and not _running(int(pid)):
            path.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_table(path: Path, delimiter: str = ","):
    """A written table as a pandas DataFrame of strings, as a script would read it."""
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", sep=delimiter)
