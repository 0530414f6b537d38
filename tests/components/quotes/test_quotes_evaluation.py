"""The quotation scorer's speaker comparison: one entity named two ways is one speaker."""
from pipeline.evaluation.quotes import SETS, read_gold, same_speaker


def test_same_speaker_accepts_the_forms_of_one_name():
    assert same_speaker("Jean Vannier", "Vannier")
    assert same_speaker("une voisine", "voisine")
    assert same_speaker("Mediapart", "Médiapart")
    assert same_speaker("parquet national financier", "PNF")
    assert same_speaker("Institut national de la statistique et des études économiques", "Insee")
    assert same_speaker("Électricité de France", "EDF")
    assert same_speaker("Federal Bureau of Investigation", "FBI")


def test_same_speaker_tells_different_speakers_apart():
    assert not same_speaker("Mike Pence", "Donald Trump")
    assert not same_speaker("Assemblée nationale", "parquet national financier")
    assert not same_speaker("", "Donald Trump")
    assert not same_speaker("Gaz de France", "Électricité de France")
    assert same_speaker("", "")


def test_no_gold_indirect_quotation_holds_a_marked_one():
    """The seed's convention in every gold set: a reported clause holding « ... » is that mixed quote."""
    for name, path in SETS.items():
        for article, rows in read_gold(path).items():
            marked = [r for r in rows if r["type"] != "indirect"]
            for row in rows:
                if row["type"] == "indirect":
                    held = [m for m in marked if row["start"] <= m["start"] and m["end"] <= row["end"]]
                    assert not held, (name, article, row["text"], held[0]["text"])


def test_probe_gold_offsets_point_at_their_words():
    """The probe articles live in the project: each gold row's offsets give back the words it records."""
    from pipeline.evaluation.quotes import TEXTS

    for name, articles in (("probes", 28), ("probes2", 16)):
        rows = read_gold(SETS[name])
        assert len(rows) == articles
        for article, quotes in rows.items():
            text = (TEXTS[name] / f"{article}.txt").read_text(encoding="utf-8")
            for quote in quotes:
                shown = quote["text"].removesuffix(" …").removesuffix("…")
                assert text[quote["start"]: quote["end"]].startswith(shown[:40]), (name, article, quote["start"])
