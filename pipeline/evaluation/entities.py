"""Entity evaluation on the WiNER-fr dev articles: the stock ``fr_core_news_md`` against our
pipeline, exact span match, per label and micro-averaged over PER/LOC/ORG.

    python -m pipeline.evaluation.entities [DATA_DIR] [--years 2016,2017 --years 2018]

``--years`` scores only the articles of those years (the first directory under DATA_DIR); given
several times, it prints one table per group of years from a single run of the model, e.g. the
years the rules were developed on and a year kept aside as a held-out check.

Gold: BRAT ``.ann`` files, Person→PER, Location→LOC, Organization→ORG, Event→EVENT; Product,
Date and Hour are ignored. Gold spans nest ("aéroport de Zaventem" ORG holds "Zaventem" LOC).
A prediction is right when some gold span of its label has exactly its offsets; recall counts
every gold span of the label, nested ones included (see RECALL_NOTE).
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from pipeline.evaluation import DEFAULT_DATA

GOLD_LABELS = {"Person": "PER", "Location": "LOC", "Organization": "ORG", "Event": "EVENT"}
LABELS = ("PER", "LOC", "ORG", "EVENT")
MICRO_LABELS = ("PER", "LOC", "ORG")
RECALL_NOTE = (
    "Recall counts every gold span of a label, nested ones included: an entity inside another "
    "(the LOC in 'aéroport de Zaventem') is still an entity a reader wants listed, and both "
    "systems are held to the same gold. A prediction is right when it equals any gold span of "
    "its label."
)

Spans = set[tuple[int, int, str]]


def read_gold(ann: Path) -> Spans:
    spans = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        kind, *offsets = parts[1].split(" ")
        if kind not in GOLD_LABELS or ";" in " ".join(offsets):  # discontinuous spans: skip
            continue
        spans.add((int(offsets[0]), int(offsets[1]), GOLD_LABELS[kind]))
    return spans


def articles(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.rglob("*.txt") if p.with_suffix(".ann").exists())


def year_of(path: Path, data_dir: Path) -> str:
    return path.relative_to(data_dir).parts[0]


class Score:
    def __init__(self) -> None:
        self.tp: Counter = Counter()
        self.predicted: Counter = Counter()
        self.found: Counter = Counter()  # gold spans matched by a prediction
        self.gold: Counter = Counter()

    def add(self, predicted: Spans, gold: Spans) -> None:
        for span in predicted:
            self.predicted[span[2]] += 1
            self.tp[span[2]] += span in gold
        for span in gold:
            self.gold[span[2]] += 1
            self.found[span[2]] += span in predicted

    def prf(self, labels: tuple[str, ...]) -> tuple[float, float, float]:
        tp = sum(self.tp[label] for label in labels)
        found = sum(self.found[label] for label in labels)
        predicted = sum(self.predicted[label] for label in labels)
        gold = sum(self.gold[label] for label in labels)
        precision = tp / predicted if predicted else 0.0
        recall = found / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def entity_spans(spans) -> Spans:
    return {(s.start_char, s.end_char, s.label_) for s in spans if s.label_ in LABELS}


def report(stock: Score, ours: Score, n_articles: int, years: str = "") -> str:
    scope = f" of {years}" if years else ""
    lines = [f"Entities, exact span, {n_articles} WiNER-fr dev articles{scope}: stock fr_core_news_md vs our pipeline",
             RECALL_NOTE, "",
             f"{'label':<12}{'gold':>6}  {'stock P':>8}{'R':>7}{'F1':>7}  {'ours P':>8}{'R':>7}{'F1':>7}  {'gain F1':>8}"]
    rows = [(label, (label,)) for label in LABELS] + [("micro P/L/O", MICRO_LABELS)]
    for name, labels in rows:
        s, o = stock.prf(labels), ours.prf(labels)
        gold = sum(ours.gold[label] for label in labels)
        lines.append(f"{name:<12}{gold:>6}  {s[0]:>8.3f}{s[1]:>7.3f}{s[2]:>7.3f}  "
                     f"{o[0]:>8.3f}{o[1]:>7.3f}{o[2]:>7.3f}  {o[2] - s[2]:>+8.3f}")
    return "\n".join(lines)


def run(data_dir: Path = DEFAULT_DATA, year_groups: list[set[str]] | None = None) -> str:
    """The report over all articles, or one report per group of years in ``year_groups``."""
    data_dir = Path(data_dir)
    paths = articles(data_dir) if data_dir.is_dir() else []
    groups = year_groups or [set()]  # an empty group: every year
    paths = [p for p in paths if any(not group or year_of(p, data_dir) in group for group in groups)]
    if not paths:
        return f"No WiNER dev data in {data_dir}{' for ' + str(year_groups) if year_groups else ''}: nothing to evaluate."
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    entities = nlp.get_pipe("press_entities")
    # The stock result is read from the same Doc before our component runs on it.
    ours_and_later = nlp.pipe_names[nlp.pipe_names.index("press_entities"):]
    scores = [(Score(), Score(), 0) for _ in groups]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    model_time = rules_time = 0.0
    with nlp.select_pipes(disable=ours_and_later):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        model_time = time.perf_counter() - started
    for path, doc in zip(paths, docs):
        gold = read_gold(path.with_suffix(".ann"))
        stock_spans = entity_spans(doc.ents)
        started = time.perf_counter()
        doc = entities(doc)
        rules_time += time.perf_counter() - started
        our_spans = entity_spans(doc.spans["entities"])
        for k, group in enumerate(groups):
            if not group or year_of(path, data_dir) in group:
                stock, ours, n = scores[k]
                stock.add(stock_spans, gold)
                ours.add(our_spans, gold)
                scores[k] = (stock, ours, n + 1)
    timings = (f"Time: model {model_time:.1f} s, press_entities {rules_time:.1f} s "
               f"({100 * rules_time / model_time:.1f}% of the model's time), {len(paths)} articles.")
    tables = [report(stock, ours, n, years=", ".join(sorted(group))) for (stock, ours, n), group in zip(scores, groups)]
    return "\n\n".join(tables + [timings])


def main() -> None:
    parser = argparse.ArgumentParser(description="Entity scores on the WiNER-fr dev articles, stock model vs ours.")
    parser.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--years", action="append", default=[], metavar="YEAR[,YEAR...]",
                        help="score only these years; repeat for one table per group (e.g. --years 2016,2017 --years 2018)")
    args = parser.parse_args()
    groups = [{y.strip() for y in value.split(",") if y.strip()} for value in args.years]
    print(run(args.data_dir, groups or None))


if __name__ == "__main__":
    main()
