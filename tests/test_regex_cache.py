"""The tokenizer regexes read back from disk behave exactly as freshly compiled ones."""
import re
from re import _compiler

import pytest

from pipeline import regex_cache

# The French tokenizer's token_match keeps these hyphenated words whole, and not the others.
WORDS = ["porte-parole", "anti-corruption", "Jean-Noël", "peut-être", "aujourd'hui", "c'est-à-dire",
         "l'ONU", "rendez-vous", "vice-président", "Saint-Étienne", "x-y", "2024-2025"]


def token_match() -> str:
    patterns = regex_cache.model_patterns("fr_core_news_md")
    return max(patterns, key=len)


def test_a_pattern_read_from_disk_matches_like_a_fresh_compile(tmp_path):
    pattern = token_match()
    assert len(pattern) > 1_000_000  # the French token_match: the reason for this cache
    fresh = _compiler.compile(pattern)
    assert regex_cache.warm([pattern], tmp_path) == 0  # compiled and saved
    assert regex_cache.warm([pattern], tmp_path) == 1  # read back
    cached = re.compile(pattern)
    assert cached is not fresh and (cached.flags, cached.groups) == (fresh.flags, fresh.groups)
    assert [bool(cached.match(word)) for word in WORDS] == [bool(fresh.match(word)) for word in WORDS]
    assert any(cached.match(word) for word in WORDS) and not all(cached.match(word) for word in WORDS)


def test_a_damaged_cache_file_is_compiled_again(tmp_path):
    pattern = r"(?P<day>\d{1,2}) (?P<month>janvier|février|mars)"
    regex_cache.warm([pattern], tmp_path)
    for codes in tmp_path.glob("*.codes"):
        codes.write_bytes(b"\x00\x01")
    assert regex_cache.warm([pattern], tmp_path) == 0
    assert re.compile(pattern).match("12 mars").group("month") == "mars"


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    assert regex_cache.warm([r"\bONU\b"], blocked / "regex") == 0
    assert re.compile(r"\bONU\b").search("l'ONU")


def test_the_cache_goes_where_xdg_cache_home_says(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.default_cache_dir() == tmp_path / "press-extraction" / "regex"
    regex_cache.warm([r"\d{4}-\d{2}"])
    assert list((tmp_path / "press-extraction" / "regex").glob("*.codes"))


def test_a_rule_regex_with_flags_is_read_back_with_them(tmp_path):
    pattern = r"(?P<month>janvier|février|mars) (?P<year>\d{4})"
    first = regex_cache.compile_cached(pattern, re.IGNORECASE, tmp_path)
    again = regex_cache.compile_cached(pattern, re.IGNORECASE, tmp_path)
    plain = regex_cache.compile_cached(pattern, 0, tmp_path)
    assert len(list(tmp_path.glob("*.codes"))) == 2  # one file per pattern and flags
    assert again is not first and again.flags == first.flags == re.compile(pattern, re.IGNORECASE).flags
    assert again.search("depuis MARS 2025").group("year") == "2025"
    assert plain.search("depuis MARS 2025") is None and plain.search("depuis mars 2025")


def test_a_bad_rule_regex_still_raises_the_regex_error(tmp_path):
    with pytest.raises(re.error, match="missing \\)"):
        regex_cache.compile_cached(r"(?P<day>\d+", 0, tmp_path)
