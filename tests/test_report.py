"""report.html: one offline page showing each article's extraction, checked as HTML and in Chromium."""
import csv
import os
import re
import shutil
from html import unescape as html_unescape
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import extract_folder
from pipeline.cli import app
from pipeline.reader import decode
from pipeline.report import REPORT_NAME, write_report
from pipeline.report.data import unescape
from pipeline.report.highlight import Layer, assign_slots, highlight
from pipeline.tables import COLUMNS, read_table
from shared_outputs import write_corpus

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
_TOKEN = re.compile(r'<span class="tok" data-spans="([^"]*)"[^>]*>([^<]*)')
_SPAN_PREFIX = {"entities": "e", "dates": "d", "quotes": "q"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    corpus = write_corpus(root)
    extract_folder(corpus, root / "out")
    page = write_report(corpus, root / "out")
    tables = {table: read_table(root / "out" / f"{table}.csv") for table in COLUMNS}
    return corpus, page, tables


def _sections(html: str) -> dict[str, str]:
    """Article id -> the HTML of its section."""
    parts = re.split(r'(?=<section class="article")', html)[1:]
    return {html_unescape(re.search(r'<p class="meta">([^<·]*)', part).group(1)).strip(): part for part in parts}


def _rows(tables, table, article_id):
    frame = tables[table]
    return list(frame[frame.article_id == article_id].itertuples())


def _article_text(corpus: Path, article_id: str) -> str:
    return decode((corpus / f"{article_id}.txt").read_bytes())


def test_the_page_loads_nothing_from_outside(built):
    html = built[1].read_text(encoding="utf-8")
    tags = re.findall(r"<([a-zA-Z]+)([^>]*)>", html)
    assert {name for name, _ in tags} & {"link", "img", "iframe", "object", "embed", "base"} == set()
    assert [attributes for name, attributes in tags if name == "script"] == [""]  # ours, inline
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', html))
    assert "default-src 'none'" in html and "url(" not in html and "@import" not in html


def test_article_text_is_shown_exactly_and_escaped(built):
    corpus, page, tables = built
    html = page.read_text(encoding="utf-8")
    sections = _sections(html)
    assert set(sections) == set(tables["articles"].article_id)
    for article_id in ("seed", "tricky"):
        shown = re.search(r'<div class="text">(.*?)</div>', sections[article_id], re.S).group(1)
        assert html_unescape(re.sub(r"<[^>]+>", "", shown)) == _article_text(corpus, article_id)
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt; &amp; rien d&#x27;autre &quot;vraiment&quot;" in html
    assert "empty file" in sections["empty"]


def test_every_row_is_drawn_on_its_own_words(built):
    corpus, page, tables = built
    for article_id, section in _sections(page.read_text(encoding="utf-8")).items():
        drawn: dict[str, str] = {}
        for span_ids, text in _TOKEN.findall(section):
            for span_id in span_ids.split():
                drawn[span_id] = drawn.get(span_id, "") + html_unescape(text)
        expected = {f"{_SPAN_PREFIX[table]}{number}": unescape(row.text)
                    for table in _SPAN_PREFIX for number, row in enumerate(_rows(tables, table, article_id))}
        # a span crossing a line break leaves the break out of its tokens
        assert {key: text for key, text in drawn.items() if key[0] != "m"} == {
            key: re.sub(r"\s*\n\s*", "", text) for key, text in expected.items()}
        for number, quote in enumerate(_rows(tables, "quotes", article_id)):
            assert f'id="a{list(tables["articles"].article_id).index(article_id)}-q{number}"' in section


def test_overlapping_spans_get_their_own_levels():
    text = "Le sommet de Belgrade\nen décembre"
    event, place, date = Layer(3, 21, "e0", "k0", "EVENT", "t"), Layer(13, 21, "e1", "k1", "LOC", "t"), \
        Layer(25, 33, "d0", "k2", "DATE", "t")
    crossing = Layer(10, 28, "q0", "k3", "quote", "t", priority=0)
    assert assign_slots([event, place, date, crossing]) == [1, 2, 1, 0]
    html = highlight(text, [event, place, date, crossing], "a0")
    assert html_unescape(re.sub(r"<[^>]+>", "", html)) == text
    assert html.count('data-chip="EVENT"') == 1 and html.count('data-span="e0"') == 3  # sommet, de, Belgrade
    tokens = {text: spans for spans, text in _TOKEN.findall(html)}
    assert tokens == {"sommet ": "e0", "de ": "q0 e0", "Belgrade": "q0 e0 e1", "en ": "q0", "déc": "q0 d0",
                      "embre": "d0"}  # "Le " and the line break stay plain text


def test_a_short_span_label_does_not_cover_the_next_one():
    """In "Maroc, France", "LOC MAR" is wider than "Maroc, ": the next label goes one level down."""
    country, next_word = Layer(0, 5, "e0", "k0", "LOC MAR", "t"), Layer(7, 13, "e1", "k0", "LOC FRA", "t")
    assert assign_slots([country, next_word]) == [0, 1]
    assert assign_slots([country, Layer(20, 24, "e1", "k0", "LOC", "t")]) == [0, 0]


def test_rows_that_no_longer_match_the_article_are_reported_not_drawn(built, tmp_path):
    corpus, page, tables = built
    edited = tmp_path / "corpus"
    shutil.copytree(corpus, edited)
    (edited / "seed.txt").write_text("Un chapeau ajouté.\n" + _article_text(corpus, "seed"), encoding="utf-8")
    (edited / "tricky.txt").unlink()
    sections = _sections(write_report(edited, page.parent, tmp_path / REPORT_NAME).read_text(encoding="utf-8"))
    assert "rows do not match the text of the article file" in sections["seed"]
    assert "tricky.txt not found" in sections["tricky"]
    assert '<table class="quotes">' in sections["tricky"]  # its rows are still listed


def test_tables_written_with_semicolons_give_the_same_page(built, tmp_path):
    corpus, page, _ = built
    for table in COLUMNS:
        with open(page.parent / f"{table}.csv", encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        with open(tmp_path / f"{table}.csv", "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
    assert write_report(corpus, tmp_path).read_bytes() == page.read_bytes()


def test_report_command(built, tmp_path):
    corpus, page, _ = built
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(corpus), "--out", str(page.parent)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["report", str(corpus), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "run `python -m pipeline extract" in result.output


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
        pytest.skip("Debian's chromium and chromium-driver are not installed: `make browser` installs them")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)  # with the driver's path given, Selenium downloads nothing
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


# For each span id: its tokens' text, whether its bars show, its chip's link and the linked mention's text.
_SPANS_IN_PAGE = """
const section = document.getElementById(arguments[0]);
const shown = (element) => element.getClientRects().length > 0;
const result = {};
for (const bar of section.querySelectorAll(".bar[data-span]")) {
  const id = bar.dataset.span;
  const entry = result[id] || (result[id] = {text: "", shown: true, chip: null, title: ""});
  entry.text += bar.parentElement.textContent;
  entry.shown = entry.shown && shown(bar);
  const chip = bar.querySelector(".chip");
  if (chip) {
    entry.title = bar.parentElement.title;
    entry.chip = {label: getComputedStyle(chip, "::after").content, shown: shown(chip), link: chip.dataset.link || "",
                  target: chip.getAttribute("href") && document.querySelector(chip.getAttribute("href")) ? "ok" : ""};
  }
}
return result;
"""


def test_chromium_shows_the_quotes_with_speakers_entities_dates_and_filters_labels(built, browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    corpus, page, tables = built
    browser.get(page.as_uri())
    assert browser.execute_script("return window.__pwned === undefined")  # the article's markup never ran
    section_id = f"article-{list(tables['articles'].article_id).index('seed')}"
    spans = browser.execute_script(_SPANS_IN_PAGE, section_id)
    text = _article_text(corpus, "seed")
    quotes = _rows(tables, "quotes", "seed")
    assert len(quotes) >= 9
    speakers_in_table = [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, f"#{section_id} td.speaker")]
    for number, quote in enumerate(quotes):
        shown = spans[f"q{number}"]
        assert shown["text"] == re.sub(r"\s*\n\s*", "", unescape(quote.text)) and shown["shown"]
        assert shown["chip"]["shown"] and quote.speaker in shown["chip"]["label"]
        assert f"cue: {quote.cue}" in shown["title"]
        assert speakers_in_table[number].startswith(quote.speaker or "—")
        if quote.speaker_start:
            assert shown["chip"]["target"] == "ok"
            mention = spans[shown["chip"]["link"]]
            assert mention["text"] == text[int(quote.speaker_start):int(quote.speaker_end)]
    for table in ("entities", "dates"):
        rows = _rows(tables, table, "seed")
        assert rows
        for number, row in enumerate(rows):
            shown = spans[f"{_SPAN_PREFIX[table]}{number}"]
            assert shown["text"] == row.text and shown["shown"] and shown["chip"]["shown"]
            assert (f"canonical: {row.canonical}" if table == "entities" else f"value: {row.value}") in shown["title"]

    per = [row for row in _rows(tables, "entities", "seed") if row.label == "PER"]
    box = browser.find_element(By.XPATH, "//form[@id='filter']//label[normalize-space(text())='PER']/input")
    box.click()
    spans = browser.execute_script(_SPANS_IN_PAGE, section_id)
    hidden = {key for key, entry in spans.items() if not entry["shown"]}
    assert hidden == {f"e{number}" for number, row in enumerate(_rows(tables, "entities", "seed"))
                      if row.label == "PER"} and per
    box.click()
    assert all(entry["shown"] for entry in browser.execute_script(_SPANS_IN_PAGE, section_id).values())

    quote = next(number for number, row in enumerate(quotes) if row.speaker_start)
    chip = browser.find_element(By.CSS_SELECTOR, f'#{section_id} .bar[data-span="q{quote}"] .chip')
    ActionChains(browser).move_to_element(chip).perform()
    lit = browser.find_elements(By.CSS_SELECTOR, f"#{section_id} .tok.lit")
    assert "".join(token.text for token in lit) == text[int(quotes[quote].speaker_start):int(quotes[quote].speaker_end)]
    assert browser.save_screenshot(str(tmp_path / "report.png"))
