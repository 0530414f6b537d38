"""Bad input never crashes a run, never yields an offset that misses its text, and a killed
run leaves the previous tables intact."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checks import assert_tables_valid
from pipeline import extract_folder, extract_text
from pipeline.reader import decode, normalise
from pipeline.tables import COLUMNS

ROOT = Path(__file__).parents[1]
SEED = ROOT / "corpus" / "000_8ae16dfbaa6e08a5.txt"

PIECES = st.sampled_from([
    "Le ministre", " a déclaré", " : ", "« ", " »", "“", "”", '"', "‹", "›", "« « ", " » »", "Emmanuel Macron",
    " l’ONU", " à Paris", " dimanche", " le 3 mars 2025", " 14h30", " il y a trois ans", ".", ", ", "\n", "\n\n",
    "\u200b", "\u200d", "\ufeff", "\u00a0", "\u202f", "<p>", "</p>", "<b>Titre</b>", "&amp;", "+ Titre +",
    "date 2025-02 ", "date 2025-02-30 ", "Selon le Quai d’Orsay,", " — ", "=SOMME(A1)", "-", "@", "\t",
])
ARTICLES = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


@given(st.binary(max_size=2000))
@settings(max_examples=200, deadline=None)
def test_decoding_random_bytes_gives_text_or_a_reason(data):
    try:
        text = decode(data)
    except ValueError as error:
        assert str(error)
    else:
        assert "\r" not in text and text.strip()


@given(ARTICLES)
@example("«\na:0:0")  # an opening mark at the end of a line
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extracting_any_text_keeps_offsets_exact(nlp, text):
    tables = extract_text(text)
    text = normalise(text)  # what offsets index
    assert tables["articles"][0]["status"] in {"ok", "error"}
    for name in ("entities", "dates", "quotes"):
        for row in tables[name]:
            assert text[row["start"]:row["end"]] == row["text"], (name, row)
            assert row["text"] == row["text"].strip() or name == "entities"
        if name == "quotes":
            for row in tables[name]:
                if row["speaker_start"] != "":
                    assert 0 <= row["speaker_start"] < row["speaker_end"] <= len(text)


def test_a_corpus_of_hostile_files(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    (corpus / "dossier.txt").mkdir(parents=True)  # a directory named like an article
    (corpus / "Été à Paris – brèves.txt").write_text("Le président a parlé à Paris dimanche.", encoding="utf-8")
    (corpus / "one-line.txt").write_text("Le ministre a parlé à Paris. " * 3500, encoding="utf-8")  # ~100,000 chars
    (corpus / "huge.txt").write_text("date 2025-01-01 " + "Le ministre a parlé à Paris. " * 180_000)  # 5 MB
    (corpus / "html.txt").write_text("<html><body><p>Le <b>président</b> a dit « oui ».</p><script>x</script>")
    (corpus / "lien.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(corpus / "fifo.txt")
    summary = extract_folder(corpus, tmp_path / "out")
    tables = assert_tables_valid(tmp_path / "out", corpus)
    status = dict(zip(tables["articles"].article_id, tables["articles"].error))
    assert status == {
        "fifo": "cannot read file: not a regular file",
        "html": "",
        "huge": "article too long: 5,220,016 characters, the limit is 1,000,000; split it into several files",
        "lien": "cannot read file: broken link",
        "one-line": "",
        "Été à Paris – brèves": "",
    }
    assert (summary.ok, summary.failed) == (3, 3)
    assert (tables["entities"].text == "Paris").sum() >= 3500


def test_a_killed_run_leaves_the_previous_tables(tmp_path):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Le président a parlé à Dakar.", encoding="utf-8")
    command = [sys.executable, "-m", "pipeline", "extract", str(corpus), "--out", str(out), "--quiet"]
    subprocess.run(command, check=True, cwd=ROOT, timeout=300)
    before = {name: (out / f"{name}.csv").read_bytes() for name in COLUMNS}
    for number in range(80):
        (corpus / f"seed-{number:02}.txt").write_bytes(SEED.read_bytes())
    run = subprocess.Popen(command, cwd=ROOT)
    deadline = time.monotonic() + 120
    while not list(out.glob(".entities.csv.*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.5)  # the run is now processing its first blocks
    assert run.poll() is None, "the run ended before it could be interrupted"
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert {name: (out / f"{name}.csv").read_bytes() for name in COLUMNS} == before
    assert_tables_valid(out, corpus)
