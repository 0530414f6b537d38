"""Decoding articles as the contract says, and refusing what is not text."""
import codecs

import pytest

from pipeline.reader import article_paths, decode, read_article

PHRASE = "Le ministre a précisé à l’AFP : « Nous irons à Bruxelles. »\n"


@pytest.mark.parametrize("encoded", [
    PHRASE.encode("utf-8"),
    codecs.BOM_UTF8 + PHRASE.encode("utf-8"),
    PHRASE.encode("utf-16"),  # with its BOM, little-endian here
    codecs.BOM_UTF16_BE + PHRASE.encode("utf-16-be"),
    PHRASE.encode("cp1252"),
])
def test_every_supported_encoding_gives_the_same_text(encoded):
    assert decode(encoded) == PHRASE


def test_line_ends_become_newlines():
    assert decode("a\r\nb\rc\n".encode()) == "a\nb\nc\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty file"),
    (b"  \n\t\n", "empty file"),
    (bytes(range(256)) * 4, "binary file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file"),
    (b"\x01\x02\x03\x04 abc \x05\x06\x07\x08" * 10, "binary file"),
])
def test_what_is_not_text_is_refused_with_a_reason(data, message):
    with pytest.raises(ValueError, match=message):
        decode(data)


def test_undecodable_bytes_name_the_encoding_to_use():
    with pytest.raises(ValueError, match="save the file as UTF-8"):
        decode(b"caf\x81 \x8d")  # bytes undefined in both UTF-8 and Windows-1252


def test_read_article_reports_instead_of_raising(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "dossier.txt").mkdir()  # a directory named like an article is not one
    (tmp_path / "good article é.txt").write_text("Bonjour.", encoding="utf-8")
    articles = [read_article(path, tmp_path) for path in article_paths(tmp_path)]
    assert [(a.article_id, bool(a.error)) for a in articles] == [("good article é", False), ("sub/bad", True)]
    assert articles[1].error.startswith("binary file")
