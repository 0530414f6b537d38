"""``datapackage.json``: a Frictionless Data Package that tells other tools what the tables hold.

It names the four CSV files, their dialect (UTF-8 with a BOM, CRLF, the delimiter of the
run), the type and meaning of every column, the primary keys and the foreign keys from
each table's ``article_id`` to ``articles``. Written after every extract run; the same
delimiter always gives the same bytes, so the file diffs cleanly.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pipeline.tables import COLUMNS, TABLES

FILE_NAME = "datapackage.json"
ENCODING = "utf-8-sig"  # Python's name for UTF-8 with a byte-order mark: readers must drop the BOM

_ESCAPED = ("Text exactly as in the article, except that a cell starting with =, +, -, @, a tab or a "
            "carriage return gets one leading ' so that spreadsheets do not run it as a formula.")
_ARTICLE_ID = {"name": "article_id", "type": "string", "constraints": {"required": True},
               "description": "The article's file path relative to the input folder, without .txt, "
                              "with / separators."}


def _offset(name: str, description: str) -> dict:
    return {"name": name, "type": "integer", "constraints": {"minimum": 0}, "description": description}


_START = _offset("start", "Offset of the first character of the span in the article's decoded text "
                          "(Python str indexing, header included).")
_END = _offset("end", "Offset just after the span's last character: text == article_text[start:end].")
_RULE = {"name": "rule", "type": "string",
         "description": "What produced the row: 'model', or the id of the rule that added or changed it."}

FIELDS: dict[str, list[dict]] = {
    "articles": [
        _ARTICLE_ID,
        {"name": "title", "type": "string", "description": "The article's title line, empty if none."},
        {"name": "published", "type": "string", "constraints": {"pattern": r"\d{4}(-\d{2}(-\d{2})?)?"},
         "description": "Publication date from the 'date' header, as precise as given: YYYY, YYYY-MM "
                        "or YYYY-MM-DD; empty when there is no header."},
        {"name": "source", "type": "string",
         "description": "The outlet or issuer when the article names it (e.g. a closing 'Article19.ma' line)."},
        {"name": "n_words", "type": "integer", "constraints": {"minimum": 0},
         "description": "Words in the article's paragraphs."},
        {"name": "n_entities", "type": "integer", "constraints": {"minimum": 0},
         "description": "Rows of this article in entities.csv."},
        {"name": "n_dates", "type": "integer", "constraints": {"minimum": 0},
         "description": "Rows of this article in dates.csv."},
        {"name": "n_quotes", "type": "integer", "constraints": {"minimum": 0},
         "description": "Rows of this article in quotes.csv."},
        {"name": "status", "type": "string", "constraints": {"required": True, "enum": ["ok", "error"]},
         "description": "'ok', or 'error' when the file could not be read or processed."},
        {"name": "error", "type": "string", "description": "Why the article failed; empty when status is ok."},
        {"name": "countries", "type": "string",
         "description": "ISO 3166-1 alpha-3 codes of the countries the article mentions, sorted, "
                        "separated by ';'."},
        {"name": "n_sentences", "type": "integer", "constraints": {"minimum": 0},
         "description": "Sentences in the article's paragraphs."},
    ],
    "entities": [
        _ARTICLE_ID, _START, _END,
        {"name": "text", "type": "string", "description": "The mention. " + _ESCAPED},
        {"name": "label", "type": "string", "constraints": {"enum": ["PER", "ORG", "LOC", "EVENT", "MISC"]},
         "description": "PER person, ORG organisation, LOC place, EVENT named event, MISC other name "
                        "(a law, a recommendation, a product)."},
        {"name": "canonical", "type": "string",
         "description": "One name per real-world entity within the article: an acronym and its "
                        "expansion share it."},
        {"name": "country_code", "type": "string", "constraints": {"pattern": "[A-Z]{3}"},
         "description": "ISO 3166-1 alpha-3 code when the mention is a country (or its nationality "
                        "adjective), else empty."},
        _RULE,
    ],
    "dates": [
        _ARTICLE_ID, _START, _END,
        {"name": "text", "type": "string",
         "description": "The temporal expression, without a leading preposition. " + _ESCAPED},
        {"name": "type", "type": "string", "constraints": {"enum": ["DATE", "TIME", "DURATION", "SET"]},
         "description": "TimeML TIMEX3 type (TempEval-3)."},
        {"name": "value", "type": "string",
         "description": "TimeML TIMEX3 value: 2024-12, 2025-02-09, XXXX-WXX-7 (a Sunday that cannot be "
                        "placed), 2025-03-03T14:30, P6Y, P1W, PRESENT_REF, PAST_REF or FUTURE_REF."},
        {"name": "anchor", "type": "string",
         "description": "The date a relative expression was resolved against; empty for absolute ones."},
        _RULE,
        {"name": "mod", "type": "string",
         "description": "TimeML TIMEX3 mod: START, MID or END ('début', 'mi-', 'fin'), APPROX, "
                        "MORE_THAN, LESS_THAN ...; empty when none."},
    ],
    "quotes": [
        _ARTICLE_ID,
        _offset("start", "Offset of the quoted content's first character (quote marks and surrounding "
                         "spaces left out)."),
        _END,
        {"name": "text", "type": "string", "description": "The quoted content. " + _ESCAPED},
        {"name": "type", "type": "string", "constraints": {"enum": ["direct", "mixed", "indirect"]},
         "description": "direct: a passage in quote marks given as the source's words; mixed: a quoted "
                        "fragment inside the writer's clause; indirect: reported speech without marks."},
        {"name": "speaker", "type": "string",
         "description": "Canonical name of the source: a person's full name when the article gives it, "
                        "else the organisation, else the noun phrase; empty when none is found."},
        {"name": "speaker_label", "type": "string",
         "description": "Entity label of the speaker (PER, ORG, ...), empty when unknown."},
        _offset("speaker_start", "Start of the mention the attribution rests on; empty when there is none."),
        _offset("speaker_end", "End of that mention; empty when there is none."),
        {"name": "cue", "type": "string",
         "description": "Lemma of the speech verb (préciser, conclure) or the marker (selon, :)."},
        _RULE,
    ],
}

DESCRIPTIONS = {
    "articles": "One row per input file: metadata, counts, and the error when it could not be processed.",
    "entities": "One row per named-entity mention.",
    "dates": "One row per temporal expression, normalised to TimeML TIMEX3.",
    "quotes": "One row per quotation: what was said, by whom, and the verb or marker that says so.",
}
PRIMARY_KEYS = {"articles": ["article_id"], "entities": ["article_id", "start", "end", "label"],
                "dates": ["article_id", "start", "end"], "quotes": ["article_id", "start", "end"]}


def _fields(table: str) -> list[dict]:
    """The table's field descriptors in column order. A column added to the tables without a
    descriptor here is still listed (as text), so the package keeps matching the CSV."""
    known = {field["name"]: field for field in FIELDS[table]}
    return [known.get(column, {"name": column, "type": "string"}) for column in COLUMNS[table]]


def integer_columns(table: str) -> set[str]:
    return {field["name"] for field in _fields(table) if field["type"] == "integer"}


def descriptor(delimiter: str = ",") -> dict:
    """The Data Package describing the four tables written with ``delimiter``."""
    resources = []
    for table in TABLES:
        schema = {"fields": _fields(table), "missingValues": [""], "primaryKey": PRIMARY_KEYS[table]}
        if table != "articles":
            schema["foreignKeys"] = [{"fields": ["article_id"],
                                      "reference": {"resource": "articles", "fields": ["article_id"]}}]
        resources.append({
            "name": table,
            "path": f"{table}.csv",
            "profile": "tabular-data-resource",
            "title": f"{table}.csv",
            "description": DESCRIPTIONS[table],
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": ENCODING,
            "dialect": {"delimiter": delimiter, "lineTerminator": "\r\n", "quoteChar": '"',
                        "doubleQuote": True, "header": True},
            "schema": schema,
        })
    return {
        "profile": "tabular-data-package",
        "name": "press-extraction",
        "title": "Entities, dates and quotations extracted from French press articles",
        "description": "Rows are sorted by article_id then start; offsets index the article's text "
                       "decoded as UTF-8 with line ends turned into \\n.",
        "resources": resources,
    }


def descriptor_bytes(delimiter: str = ",") -> bytes:
    """The file's content: no date or path in it, so a run gives the same bytes as the last one."""
    return (json.dumps(descriptor(delimiter), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_datapackage(out_dir: Path, delimiter: str = ",") -> Path:
    """Write ``datapackage.json`` beside the tables (atomically) and return its path."""
    path = Path(out_dir) / FILE_NAME
    temporary = path.with_name(f".{FILE_NAME}.{os.getpid()}.tmp")
    temporary.write_bytes(descriptor_bytes(delimiter))
    os.replace(temporary, path)
    return path
