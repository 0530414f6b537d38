"""Our components are found by name in any spaCy pipeline, without importing our package."""
import subprocess
import sys


def test_factories_are_registered_through_entry_points():
    script = (
        "import spacy\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('press_layout')\n"
        "doc = nlp('date 2025-02-09\\nLe ministre a parlé. Il est parti.')\n"
        "print(doc._.published, len(list(doc.sents)))\n"  # the header is a segment of its own
        "for name in ('press_entities', 'press_dates', 'press_quotes'):\n"
        "    nlp.add_pipe(name)\n"
        "print(nlp.pipe_names)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "2025-02-09 3", "['press_layout', 'press_entities', 'press_dates', 'press_quotes']"]
