"""Small horizontal bar charts as inline SVG elements (no script, no external file, text escaped by lxml).

Inline ``<svg>`` in an HTML document is put in the SVG namespace by the browser's parser, so plain element
names are enough; each bar carries a ``<title>`` (the full label and count) as its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from .marks import clean

__all__ = ["bar_chart"]

ROW = 18  # pixels per bar
LABEL_WIDTH = 170
BAR_WIDTH = 200
VALUE_WIDTH = 60
MAX_LABEL = 24  # characters of a label drawn; the tooltip has it all


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def bar_chart(title: str, items: Sequence[tuple[str, int]], css_class: str = "chart") -> etree._Element:
    """A ``<figure>`` holding an SVG bar chart of ``items`` (label, count), longest bar = largest count."""
    figure = etree.Element("figure", {"class": css_class})
    caption = etree.SubElement(figure, "figcaption")
    caption.text = clean(title)
    if not items:
        empty = etree.SubElement(figure, "p", {"class": "empty"})
        empty.text = "none in this run"
        return figure
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    height = ROW * len(items) + 4
    svg = etree.SubElement(figure, "svg", {
        "width": str(width), "height": str(height),
        "viewBox": f"0 0 {width} {height}", "role": "img", "aria-label": clean(title),
    })
    top = max((count for _, count in items), default=0) or 1
    for n, (label, count) in enumerate(items):
        y = 2 + n * ROW
        group = etree.SubElement(svg, "g", {"class": "bar"})
        tip = etree.SubElement(group, "title")
        tip.text = clean(f"{label}: {count:,}")
        name = etree.SubElement(group, "text", {"x": str(LABEL_WIDTH - 6), "y": str(y + ROW - 5),
                                                 "text-anchor": "end", "class": "label"})
        name.text = clean(_short(label))
        length = max(1, round(BAR_WIDTH * count / top)) if count else 0
        etree.SubElement(group, "rect", {"x": str(LABEL_WIDTH), "y": str(y + 2), "width": str(length),
                                         "height": str(ROW - 5), "rx": "2"})
        value = etree.SubElement(group, "text", {"x": str(LABEL_WIDTH + length + 4), "y": str(y + ROW - 5),
                                                  "class": "value"})
        value.text = f"{count:,}"
    return figure
