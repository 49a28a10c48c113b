"""Inline marks: any set of spans nests into a valid tree that keeps every character once, in order."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from plugins.view.marks import Mark, TooManyElements, clean, render_marked, valid_span

TEXT = "🚀 a«b» c😀d 𝔘e\u00a0f #g @h"


def pieces(root: etree._Element, n: int) -> str:
    """The text under every element that stands for mark ``n`` (a mark may be split into several)."""
    return "".join("".join(el.itertext()) for el in root.iter() if el.get("data-m") == str(n))


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.sampled_from(["span", "a"])),
                max_size=25))
def test_any_spans_keep_the_text_and_each_mark_covers_exactly_its_slice(spans) -> None:
    marks = [Mark(min(s, e), max(s, e), tag, {"data-m": str(n), **({"href": "#x"} if tag == "a" else {})})
             for n, (s, e, tag) in enumerate(spans)]
    root = etree.Element("div")
    render_marked(root, TEXT, marks)
    assert "".join(root.itertext()) == TEXT
    for n, mark in enumerate(marks):
        assert pieces(root, n) == TEXT[mark.start:mark.end]  # code-point offsets, emoji included
    for link in root.iter("a"):
        assert next(link.iterancestors("a"), None) is None  # never a link inside a link


def test_properly_nested_marks_are_not_split() -> None:
    text = "« Je dis #ceci », a dit Musk."
    marks = [Mark(0, 16, "span", {"data-m": "0"}), Mark(2, 15, "span", {"data-m": "1"}),
             Mark(9, 14, "a", {"data-m": "2", "href": "#"}), Mark(24, 28, "span", {"data-m": "3"})]
    root = etree.Element("div")
    assert render_marked(root, text, marks) == 4
    assert [el.text for el in root.iter("a")] == ["#ceci"]


def test_a_link_inside_a_link_becomes_a_span_keeping_its_target() -> None:
    root = etree.Element("div")
    render_marked(root, "abcdef", [Mark(0, 6, "a", {"href": "https://x.org/"}), Mark(1, 3, "a", {"href": "#in"})])
    inner = root[0][0]
    assert inner.tag == "span" and inner.get("data-href") == "#in" and inner.text == "bc"


def test_crossing_marks_are_bounded_and_fast() -> None:
    """n marks each crossing all others would need n² elements: the budget stops it early."""
    text = "x" * 6000
    marks = [Mark(i, i + 3000, "span", {}) for i in range(3000)]
    started = time.process_time()
    try:
        render_marked(etree.Element("div"), text, marks)
    except TooManyElements:
        pass
    else:
        raise AssertionError("expected TooManyElements")
    assert time.process_time() - started < 5


@settings(deadline=None, max_examples=30)
@given(st.integers(1, 3000))
def test_long_runs_of_nested_and_adjacent_marks_stay_linear(n: int) -> None:
    text = "«" * n + "»" * n
    marks = [Mark(i, 2 * n - i, "span", {}) for i in range(0, n, max(1, n // 200))]
    marks += [Mark(j, j + 1, "b", {}) for j in range(0, 2 * n, 3)]
    root = etree.Element("div")
    render_marked(root, text, marks)
    assert "".join(root.itertext()) == text


def test_clean_keeps_length_and_valid_span_checks_types() -> None:
    raw = "a\x00b\x1fc\ud800d\ufffe"
    assert len(clean(raw)) == len(raw) and "\x00" not in clean(raw)
    etree.Element("p").text = clean(raw)  # lxml accepts it
    assert valid_span({"start": 0, "end": 3}, 3)
    assert not valid_span({"start": 2, "end": 1}, 3)
    assert not valid_span({"start": "0", "end": 1}, 3)
    assert not valid_span({"start": True, "end": 1}, 3)
    assert not valid_span({"start": 0, "end": 4}, 3)
    assert not valid_span([0, 1], 3)
