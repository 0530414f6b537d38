"""Scores of ``press_dates``.

1. TempEval-3 style on two gold sets of dev articles annotated by hand with every temporal
   expression, its TIMEX3 type and value: ``gold/dates.jsonl``, the set the rules were developed
   on, ``gold/dates_heldout.jsonl``, other articles annotated by reading before the system was run
   on them, and ``gold/dates_heldout2.jsonl``, more articles annotated the same way after the rules
   were last changed from the held-out errors (the fairest guide to unseen text); each set
   separately, then their union.
   Strict span P/R/F1 (same offsets), relaxed span P/R/F1 (overlap, one-to-one), value F1 and
   type F1 (the value / type is right among the relaxed matches, over all system and all gold
   expressions; as in TempEval-3, DATE or TIME counts as the right type of a *_REF value).
2. Detection against the dev data's ``Date`` and ``Hour`` spans over every article. Those
   annotate absolute dates and clock times only, so recall is read against all our rows and
   precision only over our absolute DATE/TIME rows (empty anchor, no *_REF value).
3. Speed: the date component's time against the model's own on the same articles.

The dev texts have no ``date`` header: the anchor comes from the file name
(``2016/01/2016_01_04-001`` → ``2016-01-04``) and is set as ``doc._.published`` before the
pipeline runs.

    python -m pipeline.evaluation.dates [DATA_DIR]
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from pipeline.evaluation import DEFAULT_DATA

GOLD_SETS = {  # name -> gold file
    "dev (rules tuned on it)": Path(__file__).parent / "gold" / "dates.jsonl",
    "held-out": Path(__file__).parent / "gold" / "dates_heldout.jsonl",
    "held-out 2": Path(__file__).parent / "gold" / "dates_heldout2.jsonl",
}
OURS = ("press_dates",)
_ANNOTATION = re.compile(r"^T\d+\t(Date|Hour) (\d+) (?:\d+;\d+ )*(\d+)\t")


def anchor_of(article_id: str) -> str:
    match = re.search(r"(\d{4})_(\d{2})_(\d{2})", article_id)
    return "-".join(match.groups()) if match else ""


def prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def relaxed_pairs(system: list[tuple], gold: list[tuple]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans (index in system, index in gold), largest overlap first."""
    candidates = sorted(
        ((min(s[1], g[1]) - max(s[0], g[0]), i, j)
         for i, s in enumerate(system) for j, g in enumerate(gold) if s[0] < g[1] and g[0] < s[1]),
        reverse=True)
    used_s, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_s and j not in used_g:
            used_s.add(i), used_g.add(j)
            pairs.append((i, j))
    return pairs


def _process(nlp, items):
    """Docs for (article_id, text) items, anchored at the file-name date."""
    docs = []
    for article_id, text in items:
        doc = nlp.make_doc(text)
        doc._.published = anchor_of(article_id)
        docs.append(doc)
    return nlp.pipe(docs, batch_size=32)


def _rows(doc) -> list[tuple]:
    return [(s.start_char, s.end_char, s._.timex_type, s._.timex_value, s._.anchor, s.text) for s in doc.spans["dates"]]


def read_gold(path: Path) -> dict[str, list[tuple]]:
    gold_rows: dict[str, list[tuple]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold_rows.setdefault(row["article"], []).append((row["start"], row["end"], row["type"], row["value"], row["text"]))
    return gold_rows


def same_type(system: tuple, gold: tuple) -> bool:
    if gold[3].endswith("_REF"):
        return system[2] in ("DATE", "TIME")
    return system[2] == gold[2]


def compare(system: list[tuple], gold: list[tuple], article: str) -> tuple[list[int], list[str]]:
    """Counts [system, gold, strict, relaxed, value, type] for one article, and its differences."""
    pairs = relaxed_pairs(system, gold)
    counts = [len(system), len(gold), len({(s[0], s[1]) for s in system} & {(g[0], g[1]) for g in gold}), len(pairs), 0, 0]
    errors = []
    for i, j in pairs:
        right_value, right_type = system[i][3] == gold[j][3], same_type(system[i], gold[j])
        counts[4] += right_value
        counts[5] += right_type
        if not (right_value and right_type):
            errors.append(f"  value  {article} {gold[j][4]!r}: gold {gold[j][2]} {gold[j][3]}, "
                          f"ours {system[i][5]!r} {system[i][2]} {system[i][3]}")
        elif (system[i][0], system[i][1]) != (gold[j][0], gold[j][1]):
            errors.append(f"  span   {article} gold {gold[j][4]!r}, ours {system[i][5]!r}")
    matched_s, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    errors += [f"  missed {article} {g[4]!r} {g[2]} {g[3]}" for j, g in enumerate(gold) if j not in matched_g]
    errors += [f"  extra  {article} {s[5]!r} {s[2]} {s[3]}" for i, s in enumerate(system) if i not in matched_s]
    return counts, errors


def score_table(title: str, counts: list[int]) -> str:
    n_sys, n_gold, *correct = counts
    lines = [f"{title}: {n_gold} expressions; system {n_sys}", f"{'':16}{'P':>7}{'R':>7}{'F1':>7}"]
    for name, right in zip(("strict span", "relaxed span", "value", "type"), correct):
        p, r, f = prf(right, n_sys, n_gold)
        lines.append(f"{name:16}{100 * p:7.1f}{100 * r:7.1f}{100 * f:7.1f}")
    return "\n".join(lines)


def gold_scores(nlp, data_dir: Path) -> tuple[str, list[str]]:
    """Scores of each gold set and of their union, and the differences per set."""
    tables, errors, union = [], [], [0] * 6
    for name, path in GOLD_SETS.items():
        if not path.exists():
            continue
        gold_rows = read_gold(path)
        items = [(a, (data_dir / f"{a}.txt").read_text(encoding="utf-8")) for a in gold_rows]
        totals = [0] * 6
        errors.append(f"Differences from the {name} gold set:")
        for (article, _), doc in zip(items, _process(nlp, items)):
            counts, differences = compare(_rows(doc), gold_rows[article], article)
            totals = [t + c for t, c in zip(totals, counts)]
            errors += differences
        union = [u + t for u, t in zip(union, totals)]
        tables.append(score_table(f"Gold set {name} ({len(items)} articles)", totals))
    tables.append(score_table("Union of the gold sets", union))
    return "\n".join(tables), errors


def winer_scores(nlp, data_dir: Path) -> str:
    paths = sorted(data_dir.rglob("*.txt"))
    items, golds = [], []
    for path in paths:
        ann = path.with_suffix(".ann")
        if not ann.exists():
            continue
        article = path.relative_to(data_dir).with_suffix("").as_posix()
        items.append((article, path.read_text(encoding="utf-8")))
        golds.append([(int(m.group(2)), int(m.group(3))) for line in ann.read_text(encoding="utf-8").splitlines()
                      if (m := _ANNOTATION.match(line))])
    dates = nlp.get_pipe("press_dates")
    started = time.perf_counter()
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("press_") and n != "press_layout"]):
        docs = list(_process(nlp, items))
    model_time = time.perf_counter() - started
    started = time.perf_counter()
    docs = [dates(doc) for doc in docs]
    dates_time = time.perf_counter() - started
    n_gold = n_sys = n_abs = found_strict = found_relaxed = abs_relaxed = abs_strict = 0
    for doc, gold in zip(docs, golds):
        system = _rows(doc)
        absolute = [s for s in system if s[2] in ("DATE", "TIME") and not s[4] and not s[3].endswith("_REF")]
        n_gold, n_sys, n_abs = n_gold + len(gold), n_sys + len(system), n_abs + len(absolute)
        spans = {(s[0], s[1]) for s in system}
        found_strict += sum((g[0], g[1]) in spans for g in gold)
        found_relaxed += sum(any(s[0] < g[1] and g[0] < s[1] for s in system) for g in gold)
        abs_strict += sum((s[0], s[1]) in set(gold) for s in absolute)
        abs_relaxed += sum(any(s[0] < g[1] and g[0] < s[1] for g in gold) for s in absolute)
    rate = len(items) / model_time if model_time else 0.0
    return "\n".join([
        f"Winer dev Date+Hour spans ({len(items)} articles, {n_gold} spans; they mark absolute dates and clock times only):",
        f"  recall   relaxed {100 * found_relaxed / max(n_gold, 1):5.1f}  strict {100 * found_strict / max(n_gold, 1):5.1f}"
        f"   (any of our {n_sys} rows)",
        f"  precision relaxed {100 * abs_relaxed / max(n_abs, 1):5.1f}  strict {100 * abs_strict / max(n_abs, 1):5.1f}"
        f"   (our {n_abs} absolute DATE/TIME rows)",
        f"Speed: model (with press_layout) {model_time:.1f} s ({rate:.1f} articles/s), press_dates {dates_time:.2f} s"
        f" = {100 * dates_time / max(model_time, 1e-9):.1f}% of the model's time",
    ])


def run(data_dir: Path = DEFAULT_DATA, show_errors: bool = False) -> str:
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return f"Dates evaluation skipped: dev data not found at {data_dir}"
    from pipeline.nlp import load_nlp

    nlp = load_nlp()
    report, errors = gold_scores(nlp, data_dir)
    parts = ["== Dates (TIMEX3) ==", report]
    if show_errors:
        parts += errors
    parts.append(winer_scores(nlp, data_dir))
    return "\n".join(parts)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    print(run(Path(args[0]) if args else DEFAULT_DATA, show_errors="--errors" in sys.argv))


if __name__ == "__main__":
    main()
