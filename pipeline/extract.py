"""The pipeline end to end: articles in, four tables out.

Articles stream through in id order, in blocks: each block's cached articles are reused,
the others are processed (in worker processes with ``jobs > 1``), and rows are written as
blocks complete, so memory stays flat whatever the corpus size.
"""
from __future__ import annotations

import multiprocessing
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from pipeline.cache import ResultCache, pipeline_version
from pipeline.datapackage import write_datapackage
from pipeline.nlp import MODEL, load_nlp
from pipeline.reader import Article, article_paths, normalise, published_date, read_article
from pipeline.rows import count_words, doc_rows
from pipeline.tables import TableWriter
from pipeline.workbook import write_workbook

BLOCK_SIZE = 32  # articles per nlp.pipe batch: larger batches cost memory, not speed
MAX_CHARS = 100_000  # longer articles are processed in chunks cut at line ends
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's own default limit; beyond it an article is reported, not processed
_TABLES_WITH_SPANS = ("entities", "dates", "quotes")
PROCESSING_FAILED = "processing failed"  # an error worth retrying: its result is not cached

_nlp = None
# fork where there is one: a worker starts at once, with what this process has imported
_CONTEXT = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def get_nlp():
    """The pipeline of this process, loaded on first use (a fully cached run never loads it)."""
    global _nlp
    if _nlp is None:
        _nlp = load_nlp(MODEL)
        _nlp.max_length = MAX_CHARS + 1
    return _nlp


@dataclass
class Summary:
    ok: int = 0
    failed: int = 0
    reused: int = 0
    rows: dict = field(default_factory=dict)
    seconds: float = 0.0
    errors: list = field(default_factory=list)  # (article_id, error)

    def line(self, out_dir: Path) -> str:
        rows = ", ".join(f"{table} {count}" for table, count in self.rows.items() if table != "articles")
        reused = f" ({self.reused} unchanged, reused)" if self.reused else ""
        return (f"{self.ok} articles ok, {self.failed} failed{reused}; rows: {rows}; "
                f"{self.seconds:.1f} s -> {out_dir}")


def chunks(text: str) -> list[tuple[int, str]]:
    """(offset, text) pieces of at most MAX_CHARS, cut after a line end or else a space."""
    pieces, start = [], 0
    while len(text) - start > MAX_CHARS:
        window_end = start + MAX_CHARS
        cut = max(text.rfind("\n", start + MAX_CHARS // 2, window_end),
                  text.rfind(" ", start + MAX_CHARS // 2, window_end))
        end = cut + 1 if cut != -1 else window_end
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


def _error_tables(article_id: str, error: str, text: str = "") -> dict:
    """An error row, keeping what is known (the header's date) so nothing is lost."""
    row = {"article_id": article_id, "published": published_date(text), "status": "error", "error": error,
           "n_words": 0, "n_entities": 0, "n_dates": 0, "n_quotes": 0, "n_sentences": 0}
    return {"articles": [row], **{table: [] for table in _TABLES_WITH_SPANS}}


def _article_tables(article: Article, parts: list) -> dict:
    tables = {table: [] for table in _TABLES_WITH_SPANS}
    for offset, doc in parts:
        for table, rows in doc_rows(doc, offset).items():
            tables[table].extend({"article_id": article.article_id, **row} for row in rows)
    for table in _TABLES_WITH_SPANS:
        tables[table].sort(key=lambda row: (row["start"], row["end"]))
    first, last = parts[0][1], parts[-1][1]
    published = first._.published or ""
    paragraphs = [span for _, doc in parts for span in doc.spans["paragraphs"]]
    if not paragraphs and not first.spans["title"]:
        error = "no article text after the date header" if published else \
            "no article text: its only lines read as headings (short lines without final punctuation)"
        return _error_tables(article.article_id, error, article.text)
    countries = sorted({code for _, doc in parts for code in (doc._.countries or ())})
    tables["articles"] = [{
        "article_id": article.article_id,
        "title": first._.title,
        "published": published,
        "source": last._.source,
        "n_words": sum(count_words(span.text) for span in paragraphs),
        "n_entities": len(tables["entities"]),
        "n_dates": len(tables["dates"]),
        "n_quotes": len(tables["quotes"]),
        "status": "ok",
        "error": "",
        "countries": ";".join(countries),
        "n_sentences": sum(1 for span in paragraphs for _ in span.sents),
    }]
    return tables


def process(articles: list[Article]) -> list[dict]:
    """Tables of each article (in order); a failure is reported on its article only."""
    articles = [_refuse_too_long(article) for article in articles]
    parts = _parse([article for article in articles if not article.error])
    results = []
    for article in articles:
        article_parts = parts.get(article.article_id, [])
        failure = next((doc for _, doc in article_parts if isinstance(doc, Exception)), None)
        if article.error:
            results.append(_error_tables(article.article_id, article.error, article.text))
        elif failure is not None:
            error = f"{PROCESSING_FAILED}: {type(failure).__name__}: {failure}"
            results.append(_error_tables(article.article_id, error, article.text))
        else:
            results.append(_article_tables(article, article_parts))
    return results


def _parse(articles: list[Article]) -> dict[str, list]:
    """(offset, Doc or the exception it raised) for each chunk, by article id."""
    if not articles:  # files that could not be read need no model
        return {}
    nlp = get_nlp()
    docs, owners = [], []
    for article in articles:
        published = published_date(article.text)
        for offset, text in chunks(article.text):
            doc = nlp.make_doc(text)
            if offset:  # later chunks carry no header: give them the article's date
                doc._.published = published
            docs.append(doc)
            owners.append((article.article_id, offset))
    try:
        processed = list(nlp.pipe(docs, batch_size=BLOCK_SIZE))
    except Exception:  # one bad document must not take the block down: redo them one by one
        processed = [_process_one(nlp, doc) for doc in docs]
    parts: dict[str, list] = {}
    for (article_id, offset), doc in zip(owners, processed):
        parts.setdefault(article_id, []).append((offset, doc))
    return parts


def _refuse_too_long(article: Article) -> Article:
    if len(article.text) <= MAX_ARTICLE_CHARS:
        return article
    return Article(article.article_id, text=article.text, digest=article.digest, error=(
        f"article too long: {len(article.text):,} characters, the limit is {MAX_ARTICLE_CHARS:,}; "
        "split it into several files"))


def _process_one(nlp, doc):
    try:
        return nlp(doc)
    except Exception as error:  # reported in articles.csv as this article's error
        return error


def extract_text(text: str, article_id: str = "article") -> dict[str, list[dict]]:
    """Tables (dict of row lists) for one article given as text."""
    text = normalise(text)
    return process([Article(article_id, text=text, error="" if text.strip() else "empty text")])[0]


def _blocks(paths: list[Path], root: Path) -> Iterator[list[Article]]:
    for start in range(0, len(paths), BLOCK_SIZE):
        yield [read_article(path, root) for path in paths[start:start + BLOCK_SIZE]]


def extract_folder(input_dir: Path, out_dir: Path, jobs: int = 1, force: bool = False,
                   delimiter: str = ",", on_progress: Callable[[int], None] | None = None,
                   xlsx: bool = False) -> Summary:
    """Write the four tables for every ``*.txt`` under ``input_dir`` into ``out_dir``, with
    ``datapackage.json`` describing them and, with ``xlsx``, ``extraction.xlsx``."""
    started = time.perf_counter()
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    paths = article_paths(input_dir)
    cache = ResultCache(out_dir / ".cache" / "results.sqlite", pipeline_version(MODEL))
    summary = Summary()
    work = _Work(jobs)
    pending: deque[_Block] = deque()
    completed = False
    try:
        with TableWriter(out_dir, delimiter=delimiter) as writer:
            for articles in _blocks(paths, input_dir):
                pending.append(work.add(_Block.look_up(articles, cache, force)))
                if len(pending) > 2 * jobs:
                    _write_block(pending.popleft(), work, writer, cache, summary, on_progress)
            while pending:
                _write_block(pending.popleft(), work, writer, cache, summary, on_progress)
            summary.rows = dict(writer.counts)
        write_datapackage(out_dir, delimiter)
        if xlsx:
            write_workbook(out_dir, delimiter)
        completed = True
    finally:
        work.close()
        cache.close(prune=completed)
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass
class _Block:
    """A block of articles: their cache keys, the tables found in the cache (None where an
    article must be processed) and, once submitted, the future of the missing ones' tables."""
    articles: list[Article]
    keys: list[str]
    cached: list
    future: Future | None = None

    @classmethod
    def look_up(cls, articles: list[Article], cache: ResultCache, force: bool) -> "_Block":
        keys = [cache.key(article.article_id, article.digest) for article in articles]
        return cls(articles, keys, [None if force else cache.get(key) for key in keys])

    @property
    def missing(self) -> list[Article]:
        return [article for article, tables in zip(self.articles, self.cached) if tables is None]


class _Work:
    """Where missing articles are processed: in this process with one job; with more, in worker
    processes started at the first article to process. Each worker loads the model on its first
    block while this process goes on writing the cached articles' rows, so a run with a few new
    articles hides most of the model's load time."""

    def __init__(self, jobs: int):
        self.jobs, self.pool = jobs, None

    def add(self, block: _Block) -> _Block:
        if self.jobs > 1 and block.missing:
            if self.pool is None:
                self.pool = ProcessPoolExecutor(self.jobs, mp_context=_CONTEXT)
            block.future = self.pool.submit(process, block.missing)
        return block

    def computed(self, block: _Block) -> list[dict]:
        """The tables of the block's missing articles, in order."""
        if block.future is not None:
            return block.future.result()
        return process(block.missing) if block.missing else []

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _write_block(block: _Block, work: _Work, writer, cache, summary, on_progress) -> None:
    computed = iter(work.computed(block))
    for article, key, tables in zip(block.articles, block.keys, block.cached):
        if tables is not None:
            summary.reused += 1
        else:
            tables = next(computed)
            if not tables["articles"][0]["error"].startswith(PROCESSING_FAILED):  # may pass next time
                cache.put(key, tables)
        row = tables["articles"][0]
        if row["status"] == "ok":
            summary.ok += 1
        else:
            summary.failed += 1
            summary.errors.append((row["article_id"], row["error"]))
        for table in writer.counts:
            writer.write(table, tables[table])
    cache.commit()
    if on_progress:
        on_progress(len(block.articles))
