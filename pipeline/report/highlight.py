"""An article's text with its spans drawn in displaCy's span style.

Spans may nest or cross (an entity inside a quotation, a place inside an event name), so
each span gets a level ("slot") and is drawn as a bar under every token it covers, bars of
different levels stacked; the first token carries the span's label chip. Text outside any
span stays plain text. Everything from the article is HTML-escaped.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from itertools import count

BAR_TOP = 27  # px from a token's top to its first bar, just under the text
BAR_STEP = 15  # px between stacked bars, room for a label chip
CHIP_CHARS_PER_TEXT_CHAR = 0.8  # a chip letter (10 px bold) against a text letter (16 px)

# a token is a word with the spaces around it; whitespace holding a line break stays outside
# tokens so that paragraphs keep their line breaks
_PIECES = re.compile(r"\s*\n\s*|[^\S\n]*\S+[^\S\n]*|[^\S\n]+")


@dataclass(frozen=True)
class Layer:
    start: int
    end: int
    span_id: str  # marks the covered tokens (data-spans), e.g. "q2"
    key: str  # the filter key that hides its bar, e.g. "k3"
    chip: str  # label shown at the first token
    tooltip: str
    priority: int = 1  # lower priorities get the bars nearest the text
    anchor: str = ""  # id of an empty element put before the span, a link target
    href: str = ""  # the chip links there (a quotation to its speaker)
    link: str = ""  # span id lit up while the chip is hovered (the speaker mention)


def assign_slots(layers: list[Layer]) -> list[int]:
    """The level of each layer: the lowest one free along its whole extent and its chip's."""
    slots = [0] * len(layers)
    placed: list[tuple[int, int, int]] = []
    for index in sorted(range(len(layers)), key=lambda i: (layers[i].priority, layers[i].start, -layers[i].end)):
        layer = layers[index]
        # a short span's chip overhangs its end: it must not cover the next span's chip
        end = max(layer.end, layer.start + math.ceil(len(layer.chip) * CHIP_CHARS_PER_TEXT_CHAR) + 2)
        taken = {slot for other_start, other_end, slot in placed if other_start < end and layer.start < other_end}
        slots[index] = next(slot for slot in count() if slot not in taken)
        placed.append((layer.start, end, slots[index]))
    return slots


def highlight(text: str, layers: list[Layer], id_prefix: str) -> str:
    """HTML of ``text`` with ``layers`` drawn; element ids are prefixed with ``id_prefix``."""
    slots = assign_slots(layers)
    starting, ending = defaultdict(list), defaultdict(list)
    for index, layer in enumerate(layers):
        starting[layer.start].append(index)
        ending[layer.end].append(index)
    bounds = sorted({0, len(text), *starting, *ending})
    active: set[int] = set()
    html = []
    for start, end in zip(bounds, bounds[1:]):
        active.difference_update(ending[start])
        active.update(starting[start])
        html.extend(f'<a class="anchor" id="{id_prefix}-{layers[i].anchor}"></a>'
                    for i in starting[start] if layers[i].anchor)
        segment = text[start:end]
        if not active:
            html.append(escape(segment))
            continue
        covering = sorted(active, key=slots.__getitem__)
        position = start
        for piece in _PIECES.findall(segment):
            if "\n" in piece:
                html.append(escape(piece))
            else:
                html.append(_token(piece, position, [(layers[i], slots[i]) for i in covering], id_prefix))
            position += len(piece)
    return "".join(html)


def _token(piece: str, position: int, covering: list[tuple[Layer, int]], id_prefix: str) -> str:
    bars = []
    for layer, slot in covering:
        first, last = position <= layer.start, position + len(piece) >= layer.end
        chip = _chip(layer, id_prefix) if first else ""
        classes = "bar " + layer.key + (" first" if first else "") + (" last" if last else "")
        bars.append(f'<span class="{classes}" data-span="{layer.span_id}" style="top:{BAR_TOP + BAR_STEP * slot}px">'
                    f"{chip}</span>")
    height = BAR_TOP + BAR_STEP * covering[-1][1] + 8
    span_ids = " ".join(layer.span_id for layer, _ in covering)
    tooltip = escape("\n".join(layer.tooltip for layer, _ in covering))
    return (f'<span class="tok" data-spans="{span_ids}" title="{tooltip}" style="height:{height}px">'
            f'{escape(piece)}{"".join(bars)}</span>')


def _chip(layer: Layer, id_prefix: str) -> str:
    # the label is drawn by CSS from data-chip, so it is not part of the article's text
    label = escape(layer.chip)
    if layer.href:
        return (f'<a class="chip" href="#{id_prefix}-{layer.href}" data-link="{layer.link}" '
                f'data-chip="{label}"></a>')
    return f'<span class="chip" data-chip="{label}"></span>'
