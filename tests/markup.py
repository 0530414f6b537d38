"""Expected results written inline in the sentence, as in edsnlp's tests.

    text, marks = parse("Il est venu <date type='DATE' value='2025-02-09'>dimanche</date>.")
    # text == "Il est venu dimanche.", marks == [Mark("date", 12, 20, "dimanche", {...})]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(r"<(/?)(\w+)((?:\s+\w+=(?:'[^']*'|\"[^\"]*\"))*)\s*>")
_ATTR = re.compile(r"(\w+)=(?:'([^']*)'|\"([^\"]*)\")")


@dataclass
class Mark:
    tag: str
    start: int
    end: int
    text: str
    attrs: dict = field(default_factory=dict)


def parse(marked: str) -> tuple[str, list[Mark]]:
    """Strip the tags; return the plain text and the marked spans (nesting allowed)."""
    out, marks, stack, last = [], [], [], 0
    for match in _TAG.finditer(marked):
        out.append(marked[last:match.start()])
        last = match.end()
        position = sum(map(len, out))
        closing, tag, attrs = match.groups()
        if closing:
            if not stack or stack[-1][0] != tag:
                raise ValueError(f"unbalanced </{tag}> in {marked!r}")
            _, start, values = stack.pop()
            marks.append(Mark(tag, start, position, "", values))
        else:
            stack.append((tag, position, {k: a or b for k, a, b in _ATTR.findall(attrs)}))
    if stack:
        raise ValueError(f"unclosed <{stack[-1][0]}> in {marked!r}")
    out.append(marked[last:])
    text = "".join(out)
    for mark in marks:
        mark.text = text[mark.start:mark.end]
    return text, sorted(marks, key=lambda m: (m.start, -m.end))
