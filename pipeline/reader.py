"""Stage 1: find article files and decode them as the contract says.

UTF-8 (BOM dropped), UTF-16 with a BOM, or Windows-1252; line ends become ``\\n``.
A file that is not text gives an :class:`Article` with an ``error`` instead of a text.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

# C0 controls other than tab, newline, form feed and carriage return: text files hardly have them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
# The optional metadata header: `date YYYY`, `date YYYY-MM` or `date YYYY-MM-DD`, then a
# newline or the first paragraph on the same line.
_HEADER = re.compile(r"\A\s*date[ \t]+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|\Z)")


@dataclass(frozen=True)
class Article:
    article_id: str
    text: str = ""
    error: str = ""
    digest: str = ""  # sha256 of the file's bytes, the key of incremental runs


def article_paths(root: Path) -> list[Path]:
    """Every ``*.txt`` under ``root`` but directories, sorted by article id. Broken links and
    special files are kept so that they are reported, not silently skipped."""
    return sorted((p for p in root.rglob("*.txt") if not p.is_dir()), key=lambda p: article_id(p, root))


def article_id(path: Path, root: Path) -> str:
    return path.relative_to(root).with_suffix("").as_posix()


def decode(data: bytes) -> str:
    """Decode an article's bytes, or raise ``ValueError`` with a message a user can act on."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data, "utf-8")  # the BOM is dropped by normalise()
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    elif b"\x00" in data:
        raise ValueError("binary file (contains NUL bytes), not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _strict(data, "cp1252")
    text = normalise(text)
    if len(_CONTROL.findall(text)) > _MAX_CONTROL_RATIO * len(text):
        raise ValueError("binary file (control characters), not text")
    if not text.strip():
        raise ValueError("empty file")
    return text


def normalise(text: str) -> str:
    """The text offsets index: one leading BOM dropped, ``\r\n`` and ``\r`` made ``\n``."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def date_header(text: str) -> re.Match | None:
    """The text's ``date`` header, when it has one whose date exists (``date 2025-13`` is text)."""
    header = _HEADER.match(text)
    if header is None:
        return None
    parts = [int(part) for part in header.group("date").split("-")] + [1, 1]
    try:
        dt.date(*parts[:3])
    except ValueError:
        return None
    return header


def published_date(text: str) -> str:
    """The article's publication date from its header, "" when it has none."""
    header = date_header(text)
    return header.group("date") if header else ""


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ValueError(
            f"cannot decode as {encoding} (byte {error.start}); save the file as UTF-8"
        ) from None


def _read_bytes(path: Path) -> bytes:
    if not path.is_file():  # a FIFO would block, a device never end
        raise OSError("not a regular file" if path.exists() else "broken link")
    return path.read_bytes()


def read_article(path: Path, root: Path) -> Article:
    """Read one file; any failure becomes the article's ``error``, never an exception."""
    aid = article_id(path, root)
    try:
        data = _read_bytes(path)
    except OSError as error:
        return Article(aid, error=f"cannot read file: {error.strerror or error}")
    digest = hashlib.sha256(data).hexdigest()
    try:
        return Article(aid, text=decode(data), digest=digest)
    except ValueError as error:
        return Article(aid, error=str(error), digest=digest)


def read_folder(root: Path) -> Iterator[Article]:
    for path in article_paths(root):
        yield read_article(path, root)
