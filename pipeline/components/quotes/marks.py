"""Pairing quote marks on the characters of the whole text (a quotation may run over
several sentences and, reopened by « at the start of each paragraph, over paragraphs)."""
from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
CLOSERS = {"»", "”", "›"}
STRAIGHT = '"'
_MARK = re.compile(r'[«»“”‹›„"\n]')


@dataclass
class MarkPair:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the quote is never closed
    start: int  # content, without marks and surrounding spaces
    end: int
    continued: tuple[int, ...] = ()  # offsets of « reopening the quote in later paragraphs


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _next_line_start(text: str, newline: int) -> int:
    i = newline
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def pair_marks(text: str) -> list[MarkPair]:
    """Outermost quotations, in text order. A quote still open at a paragraph end goes on
    when the next paragraph opens with the same mark; otherwise it is returned unclosed
    (close None, end None: the caller keeps what is certain). Stray closers are ignored."""
    pairs: list[MarkPair] = []
    stack: list[tuple[str, int]] = []  # (mark, offset)
    continued: list[int] = []
    skip = -1
    for match in _MARK.finditer(text):
        i, mark = match.start(), match.group()
        if i == skip:
            continue
        if mark == "\n":
            if not stack:
                continue
            nxt = _next_line_start(text, i)
            if nxt < len(text) and text[nxt] == stack[0][0] and stack[0][0] != STRAIGHT:
                continued.append(nxt)
                skip = nxt  # the reopening mark continues the quote
                del stack[1:]
                continue
            opener = stack[0]
            start, end = trimmed(text, opener[1] + 1, i)
            if opener[0] != STRAIGHT and end > start:  # a mark ending its line opens nothing
                pairs.append(MarkPair(opener[1], None, start, None, tuple(continued)))
            stack.clear()
            continued = []
            continue
        if mark == STRAIGHT:
            if stack and stack[-1][0] == STRAIGHT:
                closing = True
            elif i > 0 and text[i - 1].isdigit():
                continue  # seconds or inches: "en 9"81", not an opening mark
            else:
                closing = False
        else:
            closing = mark in CLOSERS and not (mark == "“" and stack and stack[-1][0] == "„")
            if mark == "“" and stack and stack[-1][0] == "„":
                closing = True
        if not closing:
            stack.append((mark, i))
            continue
        # a closer: pop to its opener when there is one
        for depth in range(len(stack) - 1, -1, -1):
            opener, offset = stack[depth]
            if opener == mark or OPENERS.get(opener) == mark:
                del stack[depth:]
                if depth == 0:
                    start, end = trimmed(text, offset + 1, i)
                    if end > start:
                        pairs.append(MarkPair(offset, i, start, end, tuple(continued)))
                    continued = []
                break
    if stack and stack[0][0] != STRAIGHT:
        start, _ = trimmed(text, stack[0][1] + 1, len(text))
        if start < len(text):
            pairs.append(MarkPair(stack[0][1], None, start, None, tuple(continued)))
    return pairs
