"""End to end: a corpus with bad files beside good ones, determinism, committed outputs."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checks import assert_tables_valid
from pipeline import extract_folder, extract_text
from pipeline.extract import BLOCK_SIZE
from pipeline.tables import COLUMNS

ROOT = Path(__file__).parents[1]
SEED = ROOT / "corpus" / "000_8ae16dfbaa6e08a5.txt"
SHORT = ("date 2024-03-05\nLe président sénégalais Macky Sall a reçu mardi à Dakar le secrétaire général "
         "de l’ONU, António Guterres.\n\n« Nous avons parlé de la paix », a déclaré M. Guterres.\n")
BAD_FILES = {
    "empty": b"",
    "binary": bytes(range(256)) * 8,
    "header-only": b"date 2025-03\n",
    "heading-only": "Invité à s'exprimer avant que".encode(),  # one short line without final punctuation
    "too-long": ("date 2025-01-01\n" + "Le ministre a parlé à Paris. " * 70_000).encode(),  # 2 MB
}


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "lot 1").mkdir(parents=True)
    shutil.copy(SEED, corpus / "000_seed.txt")
    (corpus / "short.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "lot 1" / "cp1252.txt").write_bytes(SHORT.replace("’", "'").encode("cp1252"))
    (corpus / "lot 1" / "utf16.txt").write_bytes(SHORT.encode("utf-16"))
    (corpus / "lot 1" / "crlf.txt").write_bytes(SHORT.replace("\n", "\r\n").encode("utf-8"))
    for name, data in BAD_FILES.items():
        (corpus / f"{name}.txt").write_bytes(data)
    return corpus


@pytest.fixture(scope="module")
def run(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("e2e")
    corpus = write_corpus(root)
    summary = extract_folder(corpus, root / "out")
    return corpus, root / "out", summary


def test_bad_files_get_error_rows_and_good_ones_are_processed(run):
    corpus, out, summary = run
    tables = assert_tables_valid(out, corpus)
    articles = tables["articles"].set_index("article_id")
    assert list(articles.index) == sorted(["000_seed", "short", "lot 1/cp1252", "lot 1/utf16", "lot 1/crlf",
                                          *BAD_FILES])
    errors = articles[articles.status == "error"]["error"].to_dict()
    assert errors == {
        "binary": "binary file (contains NUL bytes), not text",
        "empty": "empty file",
        "header-only": "no article text after the date header",
        "heading-only": "no article text: its only lines read as headings (short lines without final punctuation)",
        "too-long": "article too long: 2,030,016 characters, the limit is 1,000,000; split it into several files",
    }
    assert articles.loc["header-only", "published"] == "2025-03"
    assert articles.loc["too-long", "published"] == "2025-01-01"
    assert (summary.ok, summary.failed) == (5, 5)


def test_every_encoding_gives_the_rows_of_the_utf8_article(run):
    corpus, out, _ = run
    tables = assert_tables_valid(out, corpus)
    for name in ("entities", "dates", "quotes"):
        frame = tables[name].drop(columns="article_id")
        by_article = {aid: frame[tables[name].article_id == aid].reset_index(drop=True)
                      for aid in ("short", "lot 1/utf16", "lot 1/crlf")}
        assert by_article["short"].equals(by_article["lot 1/utf16"])
        assert by_article["short"].equals(by_article["lot 1/crlf"])
    short = tables["articles"].set_index("article_id").loc[["short", "lot 1/cp1252"]]
    assert short.iloc[0].drop("article_id", errors="ignore").equals(short.iloc[1])


def test_good_articles_are_unaffected_by_bad_neighbours(run, tmp_path):
    corpus, out, _ = run
    alone = extract_text(SEED.read_text(encoding="utf-8"), article_id="000_seed")
    tables = assert_tables_valid(out, corpus)
    for name in ("entities", "dates", "quotes"):
        seed_rows = tables[name][tables[name].article_id == "000_seed"]
        assert [(int(r.start), int(r.end)) for r in seed_rows.itertuples()] == \
            [(row["start"], row["end"]) for row in alone[name]]


def test_runs_are_byte_identical_cached_forced_and_parallel(run, tmp_path):
    corpus, out, _ = run
    first = {name: (out / f"{name}.csv").read_bytes() for name in COLUMNS}
    again = extract_folder(corpus, out)
    assert (again.reused, again.ok) == (10, 5)  # error rows are reused too: no model needed
    forced = extract_folder(corpus, tmp_path / "forced", force=True, jobs=2)
    assert forced.reused == 0
    for name in COLUMNS:
        assert (out / f"{name}.csv").read_bytes() == first[name]
        assert (tmp_path / "forced" / f"{name}.csv").read_bytes() == first[name]


def test_two_worker_processes_write_the_same_bytes_as_one(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(BLOCK_SIZE + 8):  # two blocks, processed by two workers
        (corpus / f"{number:03}.txt").write_text(SHORT.replace("mardi", f"le {number % 28 + 1} mars"), encoding="utf-8")
    one = extract_folder(corpus, tmp_path / "one", jobs=1)
    two = extract_folder(corpus, tmp_path / "two", jobs=2)
    assert one.ok == two.ok == BLOCK_SIZE + 8
    for name in COLUMNS:
        assert (tmp_path / "one" / f"{name}.csv").read_bytes() == (tmp_path / "two" / f"{name}.csv").read_bytes()


def test_long_article_is_processed_in_chunks_with_exact_offsets(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraph = SHORT.split("\n", 1)[1]
    (corpus / "long.txt").write_text("date 2024-03-05\n" + paragraph * 700, encoding="utf-8")  # ~120,000 chars
    extract_folder(corpus, tmp_path / "out")
    tables = assert_tables_valid(tmp_path / "out", corpus)
    assert tables["articles"].loc[0, "status"] == "ok"
    assert (tables["entities"].text == "Dakar").sum() == 700


def test_seed_article_end_to_end(tmp_path):
    extract_folder(ROOT / "corpus", tmp_path)
    tables = assert_tables_valid(tmp_path, ROOT / "corpus")
    seed = tables["articles"].set_index("article_id").loc["000_8ae16dfbaa6e08a5"]
    assert (seed.published, seed.source, seed.status, seed.n_sentences) == ("2025-02", "Article19.ma", "ok", "10")
    assert seed.title == ""
    for name in ("entities", "dates", "quotes"):
        assert int(seed[f"n_{name}"]) == (tables[name].article_id == "000_8ae16dfbaa6e08a5").sum() > 0


def test_a_rule_change_changes_the_cache_key(tmp_path):
    from pipeline.ruleset import RULES_DIR, fingerprint
    rules = shutil.copytree(RULES_DIR, tmp_path / "rules")
    before = fingerprint(rules)
    assert fingerprint(rules) == before
    with open(rules / "quotes" / "verbs.jsonl", "a", encoding="utf-8") as verbs:
        verbs.write('{"id": "verb-susurrer", "lemma": "susurrer"}\n')
    assert fingerprint(rules) != before


def test_only_code_that_makes_rows_changes_the_pipeline_version(tmp_path):
    from pipeline.cache import PACKAGE_DIR, pipeline_version
    package = shutil.copytree(PACKAGE_DIR, tmp_path / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    before = pipeline_version("fr_core_news_md", package)
    with open(package / "report" / "__init__.py", "a", encoding="utf-8") as report:
        report.write("# a presentation change\n")
    assert pipeline_version("fr_core_news_md", package) == before
    with open(package / "components" / "quotes" / "marks.py", "a", encoding="utf-8") as marks:
        marks.write("# a change to how quotes are found\n")
    assert pipeline_version("fr_core_news_md", package) != before


def test_committed_outputs_are_what_extract_writes(tmp_path):
    extract_folder(ROOT / "corpus", tmp_path)
    for name in COLUMNS:
        assert (ROOT / "outputs" / f"{name}.csv").read_bytes() == (tmp_path / f"{name}.csv").read_bytes(), \
            f"outputs/{name}.csv is stale: run `make extract` and commit outputs/"


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_cli_exit_codes_and_summary(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text(SHORT, encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")
    done = cli("extract", corpus, "--out", tmp_path / "out")
    assert done.returncode == 1
    assert "error: broken: empty file" in done.stderr
    assert "1 articles ok, 1 failed" in done.stderr
    (corpus / "broken.txt").unlink()
    assert cli("extract", corpus, "--out", tmp_path / "out").returncode == 0
    assert cli("extract", tmp_path / "missing", "--out", tmp_path / "out").returncode == 2
    assert cli("extract", corpus, "--jobs", "0").returncode == 2
    assert "--jobs" in cli("extract", "--help").stdout
