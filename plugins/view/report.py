"""The report: a run overview on top, then document pages, as one self-contained HTML file.

One pass over the records: each record is counted (``Overview``) and offered to a reservoir sample of at
most ``max_documents`` documents (uniform over the run, seeded, so the same input gives the same report).
A sampled record is kept trimmed (text cut at ``max_chars``, layers at ``MAX_SPANS`` spans) and rendered
once the run is read, so memory holds at most ``max_documents`` bounded records whatever the number of
records, and only the pages shown are rendered; the page states the limits.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree, html

from .charts import bar_chart
from .document import render_document
from .marks import clean
from .overview import DEFAULT_CAPACITY, Overview
from .style import CSP, CSS

__all__ = ["Report", "build_report", "render_report", "write_report", "read_records"]

DEFAULT_MAX_DOCUMENTS = 200
DEFAULT_MAX_CHARS = 100_000
TOP = 15  # bars in a top-N chart


@dataclass
class Report:
    """A built report: the page element, the overview and the sampled record indices (input order)."""

    page: etree._Element
    overview: Overview
    shown: list[int]

    def tobytes(self) -> bytes:
        """The page as UTF-8 HTML with its doctype."""
        return html.tostring(self.page, doctype="<!DOCTYPE html>", encoding="utf-8", method="html")


MAX_SPANS = 20_000  # spans kept per layer of a sampled record (bounded memory; marks past it are not drawn)


def trim(record: dict[str, Any], max_chars: int) -> dict[str, Any]:
    """A shallow copy of ``record`` small enough to keep: the text cut at ``max_chars`` (its full length in
    ``_length``), each layer cut at ``MAX_SPANS`` spans (the count dropped in ``_dropped``)."""
    text = record.get("text")
    layers = record.get("layers")
    if not (isinstance(text, str) and len(text) > max_chars) and not (
            isinstance(layers, dict) and any(isinstance(v, list) and len(v) > MAX_SPANS for v in layers.values())):
        return record
    kept = dict(record)
    if isinstance(text, str) and len(text) > max_chars:
        kept["text"] = text[:max_chars]
        kept["_length"] = len(text)
    if isinstance(layers, dict):
        kept["layers"] = {k: v[:MAX_SPANS] if isinstance(v, list) else v for k, v in layers.items()}
        dropped = sum(len(v) - MAX_SPANS for v in layers.values() if isinstance(v, list) and len(v) > MAX_SPANS)
        if dropped:
            kept["_dropped"] = dropped
    return kept


class _Sample:
    """Reservoir sample (Algorithm R) of records, kept trimmed with their input index and rendered at the
    end, so only the documents finally shown are rendered."""

    def __init__(self, size: int, seed: int, max_chars: int) -> None:
        self.size = size
        self.max_chars = max_chars
        self.random = random.Random(seed)
        self.kept: list[tuple[int, dict[str, Any]]] = []

    def offer(self, index: int, record: dict[str, Any]) -> None:
        if self.size <= 0:
            return
        if len(self.kept) < self.size:
            self.kept.append((index, trim(record, self.max_chars)))
            return
        slot = self.random.randrange(index + 1)
        if slot < self.size:
            self.kept[slot] = (index, trim(record, self.max_chars))

    def rendered(self) -> list[tuple[int, str, etree._Element]]:
        """``(index, label, section)`` in input order."""
        out = []
        for index, record in sorted(self.kept, key=lambda item: item[0]):
            label = record.get("id") if isinstance(record.get("id"), str) else f"record {index + 1}"
            out.append((index, label, render_document(record, f"doc-{index}", self.max_chars)))
        self.kept = []
        return out


def _sub(parent: etree._Element, tag: str, text: Any = None, **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.rstrip("_"): v for k, v in attrib.items()})
    if text is not None:
        element.text = clean(text)
    return element


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


def _overview(body: etree._Element, ov: Overview, shown: int, max_documents: int, max_chars: int,
              seed: int) -> None:
    box = _sub(body, "section", class_="overview", id="overview")
    _sub(box, "h2", "Run overview")
    stats = _sub(box, "ul", class_="stats")
    for value, name in (
        (f"{ov.documents:,}", "documents"), (f"{ov.error_records:,}", "unreadable inputs"),
        (f"{ov.documents_with_errors:,}", "documents with plugin errors"), (f"{ov.characters:,}", "characters"),
        (f"{ov.quotes:,}", "quotes"),
        (_pct(ov.quotes_with_speaker, ov.quotes), "quotes with a speaker"),
        (_pct(ov.quotes_linked, ov.quotes), "speakers linked to Wikidata"),
        (f"{ov.entity_mentions:,}", "entity mentions"), (_pct(ov.entity_linked, ov.entity_mentions), "linked"),
    ):
        item = _sub(stats, "li")
        _sub(item, "b", value)
        item.append(etree.Element("span"))
        item[-1].text = name
    charts = _sub(box, "div", class_="charts")
    speakers = ov.speakers.top(TOP)
    entities = ov.entities.top(TOP)
    for title, items in (
        ("Document languages", ov.languages.most_common(TOP)),
        ("Quotes by type", ov.quote_types.most_common(TOP)),
        ("Quotes by channel", ov.channels.most_common(TOP)),
        ("Quote languages", ov.quote_languages.most_common(TOP)),
        ("Most quoted speakers", [(_who(i), n) for i, n in speakers]),
        ("Most mentioned entities", [(_who(i), n) for i, n in entities]),
        ("Entity types", ov.entity_types.most_common(TOP)),
        ("Sources (publisher, else tag)", ov.publishers.most_common(TOP)),
        ("Errors by plugin", ov.errors_by_plugin.most_common(TOP)),
        ("Documents per layer", ov.layers.most_common(TOP)),
    ):
        charts.append(bar_chart(title, items))
    if ov.error_types:
        details = _sub(box, "details", class_="error-types")
        _sub(details, "summary", f"Error types ({sum(ov.error_types.values()):,} errors)")
        table = _sub(details, "table")
        for kind, count in ov.error_types.most_common(50):
            row = _sub(table, "tr")
            _sub(row, "td", kind)
            _sub(row, "td", f"{count:,}")
    limits = []
    if ov.records > shown:
        limits.append(f"Showing {shown:,} of {ov.records:,} records: a uniform random sample (seed {seed}, at most "
                      f"{max_documents:,} pages), in input order.")
    limits.append(f"Texts longer than {max_chars:,} characters are cut; tables show at most 500 rows.")
    if not (ov.speakers.exact and ov.entities.exact):
        limits.append(f"More than {ov.capacity:,} distinct speakers or entities: top lists are approximate "
                      f"(a count may be low by at most {max(ov.speakers.dropped_max, ov.entities.dropped_max):,}).")
    for line in limits:
        _sub(box, "p", line, class_="limit")


def _who(identity: Any) -> str:
    return f"{identity.label} ({identity.kb_id})" if identity.kb_id else identity.label


def build_report(records: Iterable[dict[str, Any]], *, max_documents: int = DEFAULT_MAX_DOCUMENTS,
                 max_chars: int = DEFAULT_MAX_CHARS, seed: int = 0, title: str = "textplug report",
                 capacity: int = DEFAULT_CAPACITY) -> Report:
    """Consume ``records`` (dicts, one pass) and build the report page."""
    overview = Overview(capacity=capacity)
    sample = _Sample(max_documents, seed, max_chars)
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            continue
        overview.add(record)
        sample.offer(index, record)
    kept = sample.rendered()
    root = etree.Element("html", {"lang": "en"})
    head = _sub(root, "head")
    _sub(head, "meta", charset="utf-8")
    _sub(head, "meta", **{"http-equiv": "Content-Security-Policy", "content": CSP})
    _sub(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _sub(head, "meta", name="generator", content="textplug view")
    _sub(head, "title", title)
    _sub(head, "style", CSS)
    body = _sub(root, "body")
    _sub(body, "h1", title)
    _overview(body, overview, len(kept), max_documents, max_chars, seed)
    if kept:
        toc = _sub(body, "nav", class_="toc")
        _sub(toc, "h2", f"Documents ({len(kept):,} shown)")
        for index, label, _ in kept:
            _sub(toc, "a", label, href=f"#doc-{index}")
    for _, _, section in kept:
        body.append(section)
    return Report(root, overview, [index for index, _, _ in kept])


def render_report(records: Iterable[dict[str, Any]], **options: Any) -> bytes:
    """The report for ``records`` as HTML bytes (options as for ``build_report``)."""
    return build_report(records, **options).tobytes()


def read_records(paths: Sequence[str]) -> Iterable[dict[str, Any]]:
    """Records from JSON-lines files (``.gz`` too, ``-`` for stdin), streamed; a bad line becomes an error
    record (the core's reader), so it is counted and shown, not lost."""
    from framework.io import CoreFormats, iter_inputs
    from framework.registry import FormatRegistry

    formats = FormatRegistry()
    CoreFormats().register_readers(formats)
    return iter_inputs(paths, formats, "jsonl")


def write_report(paths: Sequence[str], output: str, **options: Any) -> Report:
    """Read records from ``paths`` and write the report to ``output`` atomically (``-`` is stdout); input with no
    JSON line at all is an :class:`framework.InputError` (a text file given by mistake)."""
    from framework import InputError
    from framework.io import AtomicOutput

    report = build_report(read_records(paths), **options)
    ov = report.overview
    if ov.records and ov.error_types.get("textplug.io: InvalidJSON", 0) == ov.records:
        # a text file, not records: say so instead of a page of one error per line
        raise InputError(f"{', '.join(paths)}: no line is JSON; give the JSON lines `textplug run` writes")
    with AtomicOutput(output) as stream:
        stream.write(report.tobytes())
    return report
