"""A small corpus for the tests of what is shared from the tables (report, data package, workbook):
the seed, an article full of characters that HTML, CSV and spreadsheets treat specially, and an
empty file that becomes an error row."""
from pathlib import Path

ROOT = Path(__file__).parents[1]
SEED = ROOT / "corpus" / "000_8ae16dfbaa6e08a5.txt"
# "<script>", "&", both quote kinds, a tag with an event handler, a quotation starting with "-"
# (a formula character, so its CSV cell gets a leading ')
TRICKY = ("date 2025-03-04\n"
          "Le patron de Black & Decker, Jean Dupont, a déclaré mardi à Paris : « -5 % de ventes, c'est "
          "<script>window.__pwned = 1</script> & rien d'autre \"vraiment\" ».\n\n"
          "Selon Marie Curie, la société <img src=x onerror=\"window.__pwned=2\"> va bien.\n")


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "tricky.txt").write_text(TRICKY, encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    return corpus
