"""Inline marks over a text, nested into valid HTML whatever the spans do.

Spans from different layers may nest, touch or overlap in any way (a hashtag inside a quote, an entity
that crosses a quote boundary, two plugins disagreeing). The text is cut at every span boundary; each piece
is wrapped in the marks active over it, outer marks first (earlier start, then longer, then layer rank). A
mark that crosses the boundary of an outer one is closed and reopened, so the element tree is always
well nested and every character of the text appears exactly once, in order. Offsets are code points
(Python string indices), so emoji and other astral characters need no conversion.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

__all__ = ["Mark", "TooManyElements", "clean", "render_marked", "valid_span"]

# Characters XML (and so lxml) refuses: C0 controls other than tab/newline/CR, surrogates, U+FFFE/U+FFFF.
# Each is replaced by U+FFFD, one character for one, so offsets stay valid.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(value: Any) -> str:
    """``value`` as a string lxml accepts (same length as ``str(value)``)."""
    text = value if isinstance(value, str) else str(value)
    return _BAD_CHARS.sub("\ufffd", text)


def valid_span(span: Any, size: int) -> bool:
    """True when ``span`` is a dict with integer offsets 0 <= start <= end <= size."""
    if not isinstance(span, dict):
        return False
    start, end = span.get("start"), span.get("end")
    return (type(start) is int and type(end) is int and 0 <= start <= end <= size)


@dataclass(eq=False)
class Mark:
    """One inline element over ``[start, end)``: ``tag`` with ``attrib``; ``badge`` (an element factory
    result) is inserted at the start of the first piece; ``rank`` orders marks with the same extent (lower
    is outer)."""

    start: int
    end: int
    tag: str
    attrib: dict[str, str]
    rank: int = 5
    badge: Any = None
    order: int = field(default=0)

    def key(self) -> tuple[int, int, int, int]:
        return (self.start, -self.end, self.rank, self.order)


def _append_text(element: etree._Element, text: str) -> None:
    if not text:
        return
    try:
        last = element[-1]  # O(1) in lxml, where ``len(element)`` walks every child
    except IndexError:
        element.text = (element.text or "") + text
    else:
        last.tail = (last.tail or "") + text


class TooManyElements(Exception):
    """Raised by ``render_marked`` when crossing marks would need more elements than its budget."""


def _position(active: list[tuple[tuple[int, int, int, int], Mark]], key: tuple[int, int, int, int]) -> int:
    return bisect.bisect_left(active, key, key=lambda item: item[0])


def render_marked(parent: etree._Element, text: str, marks: Iterable[Mark], max_elements: int | None = None) -> int:
    """Append ``text`` to ``parent`` with ``marks`` as nested elements; return the number of elements made.

    ``text`` must already be clean (see ``clean``). Marks outside the text or empty are skipped (the caller
    validates and reports them). An ``<a>`` inside another ``<a>`` becomes a ``<span>`` (nested links are
    invalid HTML and browsers would tear the tree apart); its ``href`` is kept as ``data-href``.

    Marks that cross each other are closed and reopened, which for adversarial spans (n marks each
    crossing all others) needs O(n²) elements: past ``max_elements`` (default ``8 × marks + 1000``) this
    raises ``TooManyElements`` and the caller shows the text unmarked. At each boundary only the marks from
    the first changed position of the (sorted) active list are reopened, so the work is linear in the
    elements made plus O(log n) per mark.
    """
    size = len(text)
    keep: list[Mark] = []
    for n, mark in enumerate(marks):
        if 0 <= mark.start < mark.end <= size:
            mark.order = n
            keep.append(mark)
    if not keep:
        _append_text(parent, text)
        return 0
    budget = 8 * len(keep) + 1000 if max_elements is None else max_elements
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in keep:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    bounds = sorted({0, size, *starts, *ends})
    # ``active`` is sorted by key; after each boundary, ``stack[1:]`` holds exactly the active marks' elements
    active: list[tuple[tuple[int, int, int, int], Mark]] = []
    stack: list[tuple[Mark | None, etree._Element]] = [(None, parent)]
    links = 0  # open <a> elements on the stack
    made = 0
    for i in range(len(bounds) - 1):
        pos, nxt = bounds[i], bounds[i + 1]
        changed = len(active)
        for mark in ends.get(pos, ()):
            at = _position(active, mark.key())
            del active[at]
            changed = min(changed, at)
        for mark in starts.get(pos, ()):
            at = _position(active, mark.key())
            active.insert(at, (mark.key(), mark))
            changed = min(changed, at)
        for _, element in stack[changed + 1:]:
            links -= element.tag == "a"
        del stack[changed + 1:]
        for _, mark in active[changed:]:
            tag, attrib = mark.tag, mark.attrib
            if tag == "a" and links:
                attrib = {("data-href" if k == "href" else k): v for k, v in attrib.items()}
                tag = "span"
            element = etree.SubElement(stack[-1][1], tag, attrib)
            links += tag == "a"
            made += 1
            if made > budget:
                raise TooManyElements(f"crossing marks need more than {budget} elements")
            if mark.badge is not None and pos == mark.start:
                element.append(mark.badge)
            stack.append((mark, element))
        _append_text(stack[-1][1], text[pos:nxt])
    return made
