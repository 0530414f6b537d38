"""The report page: index, filter, and one section per article, in a single offline HTML file."""
from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter, defaultdict
from html import escape
from importlib.resources import files
from pathlib import Path

from pipeline.report.data import ArticleView, load_articles, points_at_text, speaker_bounds, unescape
from pipeline.report.highlight import Layer, highlight

REPORT_NAME = "report.html"
_ASSETS = files("pipeline.report")  # report.css and report.js, inlined into the page

# filter groups in display order, and the labels of each in the order the contract lists them
_GROUPS = {"entity": ("Entities", ["PER", "ORG", "LOC", "EVENT", "MISC"]),
           "date": ("Dates", ["DATE", "TIME", "DURATION", "SET"]),
           "quote": ("Quotations", ["direct", "mixed", "indirect"]),
           "speaker": ("Speakers", ["speaker"])}
# displaCy's colours where it has the label
_COLOURS = {("entity", "PER"): "#aa9cfc", ("entity", "ORG"): "#7aecec", ("entity", "LOC"): "#feca74",
            ("entity", "EVENT"): "#ffeb80", ("entity", "MISC"): "#f0d0ff",
            ("date", "DATE"): "#bfe1d9", ("date", "TIME"): "#9fd4c6", ("date", "DURATION"): "#c7d9a6",
            ("date", "SET"): "#d9c7a6", ("quote", "direct"): "#f4a6a6", ("quote", "mixed"): "#f7c6a3",
            ("quote", "indirect"): "#d6d6d6", ("speaker", "speaker"): "#8ecae6"}
_SPARE_COLOURS = ["#ff8197", "#bfeeb7", "#e4e7d2", "#c887fb", "#9cc9cc", "#ddd"]


class FilterKeys:
    """One filter key (a CSS class) per (group, label) met in the tables, with its row count."""

    def __init__(self):
        self.keys: dict[tuple[str, str], str] = {}
        self.counts: Counter = Counter()

    def key(self, group: str, label: str) -> str:
        key = self.keys.setdefault((group, label), f"k{len(self.keys)}")
        self.counts[key] += 1
        return key

    def ordered(self) -> list[tuple[str, str, str]]:
        def rank(item):
            (group, label), _ = item
            known = _GROUPS[group][1]
            return list(_GROUPS).index(group), known.index(label) if label in known else len(known), label

        return [(group, label, key) for (group, label), key in sorted(self.keys.items(), key=rank)]

    def colour(self, group: str, label: str) -> str:
        spare = _SPARE_COLOURS[int(self.keys[group, label][1:]) % len(_SPARE_COLOURS)]
        return _COLOURS.get((group, label), spare)


def build_report(input_dir: Path, tables_dir: Path) -> str:
    """The HTML page for the tables in ``tables_dir`` of the articles in ``input_dir``."""
    views = load_articles(input_dir, tables_dir)
    keys = FilterKeys()
    sections = [_article_section(number, view, keys) for number, view in enumerate(views)]
    script = (_ASSETS / "report.js").read_text(encoding="utf-8")
    script_hash = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    # no network at all, and only our own script runs even if some text slipped through unescaped
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Extraction report</title>",
        f"<style>\n{(_ASSETS / 'report.css').read_text(encoding='utf-8')}{_key_styles(keys)}</style>",
        "</head>",
        "<body>",
        _top(views, keys),
        "<main>",
        _index(views),
        *sections,
        "</main>",
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ])


def write_report(input_dir: Path, tables_dir: Path, path: Path | None = None) -> Path:
    """Write the page (atomically) to ``path``, by default ``report.html`` beside the tables."""
    path = Path(path) if path else Path(tables_dir) / REPORT_NAME
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(build_report(input_dir, tables_dir), encoding="utf-8", newline="\n")
    os.replace(temporary, path)
    return path


def _key_styles(keys: FilterKeys) -> str:
    rules = []
    for group, label, key in keys.ordered():
        rules.append(f".{key}.bar, .{key}.sw {{ background: {keys.colour(group, label)}; }}")
        rules.append(f"body.hide-{key} .{key}.bar, body.hide-{key} tr.{key} {{ display: none; }}")
    return "\n".join(rules) + "\n"


def _top(views: list[ArticleView], keys: FilterKeys) -> str:
    failed = sum(view.row["status"] != "ok" for view in views)
    totals = {table: sum(len(view.rows[table]) for view in views) for table in ("entities", "dates", "quotes")}
    summary = (f"{len(views)} article{'s' if len(views) != 1 else ''} ({failed} with errors) · {totals['entities']} entities · "
               f"{totals['dates']} dates · {totals['quotes']} quotations")
    boxes = defaultdict(list)
    for group, label, key in keys.ordered():
        boxes[group].append(f'<label><input type="checkbox" checked data-key="{key}"><span class="sw {key}"></span>'
                            f'{escape(label)} <small>{keys.counts[key]}</small></label>')
    fieldsets = "".join(f"<fieldset><legend>{_GROUPS[group][0]}</legend>{''.join(labels)}</fieldset>"
                        for group, labels in boxes.items())
    return (f'<header class="top"><h1>Extraction report</h1><p class="summary">{summary}</p>'
            f'<form id="filter" aria-label="Show labels">{fieldsets}</form></header>')


def _index(views: list[ArticleView]) -> str:
    rows = []
    for number, view in enumerate(views):
        row = view.row
        status = ('<td class="ok">ok</td>' if row["status"] == "ok"
                  else f'<td class="error">{escape(row["status"])}: {escape(row["error"])}</td>')
        rows.append(f'<tr><td><a href="#article-{number}">{escape(row["article_id"])}</a></td>'
                    f'<td>{escape(unescape(row["title"]))}</td><td>{escape(row["published"])}</td>'
                    f'<td>{escape(unescape(row["source"]))}</td><td class="n">{escape(row["n_words"])}</td>'
                    + "".join(f'<td class="n">{len(view.rows[table])}</td>' for table in ("entities", "dates", "quotes"))
                    + f"{status}</tr>")
    return ('<section id="index"><h2>Articles</h2><table class="index"><thead><tr><th>article</th><th>title</th>'
            '<th>published</th><th>source</th><th>words</th><th>entities</th><th>dates</th><th>quotations</th>'
            f'<th>status</th></tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _article_section(number: int, view: ArticleView, keys: FilterKeys) -> str:
    row, prefix = view.row, f"a{number}"
    heading = escape(unescape(row["title"]) or row["article_id"])
    meta = " · ".join(escape(part) for part in (
        row["article_id"], row["published"] and f"published {row['published']}",
        row["source"] and f"source {unescape(row['source'])}", row["n_words"] and f"{row['n_words']} words") if part)
    parts = [f'<section class="article" id="article-{number}">', f"<h2>{heading}</h2>", f'<p class="meta">{meta}</p>']
    if row["status"] != "ok":
        parts.append(f'<p class="problem">Not processed: {escape(row["error"])}</p>')
    if view.text_error:
        parts.append(f'<p class="problem">Text not shown: {escape(view.text_error)}</p>')
    if view.mismatched:
        parts.append(f'<p class="problem">{view.mismatched} rows do not match the text of the article file, '
                     "which may have changed since the extraction: they are listed but not highlighted.</p>")
    layers, mentions = _layers(view, keys)
    if view.text:
        parts.append(f'<div class="text">{highlight(view.text, layers, prefix)}</div>')
    parts += [_quote_table(view, keys, prefix, mentions), _entity_table(view, keys), _date_table(view, keys),
              "</section>"]
    return "\n".join(parts)


def _layers(view: ArticleView, keys: FilterKeys) -> tuple[list[Layer], dict]:
    """The spans to draw, and the speaker mentions: (start, end) -> mention id."""
    text, layers = view.text, []
    for number, row in enumerate(view.rows["entities"]):
        key = keys.key("entity", row["label"])
        if points_at_text(row, text):
            country = row["country_code"] and f" {row['country_code']}"
            tooltip = _join(row["label"], f"canonical: {row['canonical']}", country and f"country:{country}",
                            f"rule: {row['rule']}")
            layers.append(Layer(int(row["start"]), int(row["end"]), f"e{number}", key, row["label"] + country,
                                tooltip, priority=2))
    for number, row in enumerate(view.rows["dates"]):
        key = keys.key("date", row["type"])
        if points_at_text(row, text):
            tooltip = _join(row["type"], f"value: {row['value']}", row["anchor"] and f"anchor: {row['anchor']}",
                            f"rule: {row['rule']}")
            layers.append(Layer(int(row["start"]), int(row["end"]), f"d{number}", key,
                                f"{row['type']} {row['value']}", tooltip, priority=2))
    mentions: dict[tuple[int, int], str] = {}
    quoted_by: dict[str, list[int]] = defaultdict(list)
    speaker_names: dict[str, str] = {}
    for number, row in enumerate(view.rows["quotes"]):
        key = keys.key("quote", row["type"])
        bounds = speaker_bounds(row, text) if text else None
        mention = mentions.setdefault(bounds, f"m{len(mentions)}") if bounds else ""
        if mention:
            quoted_by[mention].append(number + 1)
            speaker_names[mention] = row["speaker"] or text[bounds[0]:bounds[1]]
        if points_at_text(row, text):
            speaker = row["speaker"] or "no speaker found"
            tooltip = _join(f"quotation {number + 1} ({row['type']})",
                            f"speaker: {speaker}" + (f" ({row['speaker_label']})" if row["speaker_label"] else ""),
                            f"cue: {row['cue']}", f"rule: {row['rule']}")
            layers.append(Layer(int(row["start"]), int(row["end"]), f"q{number}", key,
                                f"«{number + 1}» {row['type']} → {speaker}", tooltip, priority=0,
                                anchor=f"q{number}", href=mention, link=mention))
    for (start, end), mention in mentions.items():
        quotes = ", ".join(map(str, quoted_by[mention]))
        layers.append(Layer(start, end, mention, keys.key("speaker", "speaker"), "SPEAKER",
                            f"speaker of quotation {quotes}: {speaker_names[mention]}", priority=1, anchor=mention))
    return layers, mentions


def _join(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _quote_table(view: ArticleView, keys: FilterKeys, prefix: str, mentions: dict) -> str:
    rows = []
    for number, row in enumerate(view.rows["quotes"]):
        key = keys.keys["quote", row["type"]]
        bounds = speaker_bounds(row, view.text) if view.text else None
        speaker = escape(row["speaker"]) or "—"
        if bounds in mentions:
            speaker = f'<a href="#{prefix}-{mentions[bounds]}">{speaker}</a>'
        if row["speaker_label"]:
            speaker += f' <small>{escape(row["speaker_label"])}</small>'
        placed = points_at_text(row, view.text)
        link = f'<a href="#{prefix}-q{number}">{number + 1}</a>' if placed else str(number + 1)
        rows.append(f'<tr class="{key}"><td class="n">{link}</td><td>{escape(row["type"])}</td>'
                    f'<td class="speaker">{speaker}</td><td>{escape(row["cue"])}</td>'
                    f'<td class="quote">{escape(unescape(row["text"]))}</td><td>{escape(row["rule"])}</td></tr>')
    return _table("quotes", f"Quotations ({len(rows)})", ["#", "type", "speaker", "cue", "quotation", "rule"],
                  rows, open_=True)


def _entity_table(view: ArticleView, keys: FilterKeys) -> str:
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for row in view.rows["entities"]:
        grouped[row["label"], row["canonical"], row["country_code"]].append(row)
    rows = []
    for (label, canonical, country), mentions in grouped.items():
        forms = " | ".join(dict.fromkeys(unescape(row["text"]) for row in mentions))
        rules = ", ".join(dict.fromkeys(row["rule"] for row in mentions))
        rows.append(f'<tr class="{keys.keys["entity", label]}"><td>{escape(label)}</td><td>{escape(canonical)}</td>'
                    f'<td>{escape(country)}</td><td class="n">{len(mentions)}</td><td>{escape(forms)}</td>'
                    f"<td>{escape(rules)}</td></tr>")
    return _table("entities", f"Entities ({len(view.rows['entities'])} mentions of {len(rows)})",
                  ["label", "canonical", "country", "mentions", "forms", "rules"], rows)


def _date_table(view: ArticleView, keys: FilterKeys) -> str:
    rows = [f'<tr class="{keys.keys["date", row["type"]]}"><td>{escape(unescape(row["text"]))}</td>'
            f'<td>{escape(row["type"])}</td><td>{escape(row["value"])}</td><td>{escape(row["anchor"])}</td>'
            f'<td>{escape(row["rule"])}</td></tr>' for row in view.rows["dates"]]
    return _table("dates", f"Dates ({len(rows)})", ["text", "type", "value", "anchor", "rule"], rows)


def _table(kind: str, title: str, columns: list[str], rows: list[str], open_: bool = False) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{column}</th>" for column in columns)
    return (f'<details class="{kind}"{" open" if open_ else ""}><summary>{title}</summary>'
            f'<table class="{kind}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></details>')
