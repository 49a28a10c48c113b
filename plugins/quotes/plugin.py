"""The ``quotes`` plugin: quotations, their types, speakers, cues and channels (layer ``quote``).

segment phase: marks (``marks.py``) → attribution (``attribution.py``), using ``doc.lang`` when it names a
language with a lexicon, every lexicon otherwise; regions marked ignored (source tags) are skipped.
finalize phase: speakers → entity ids when the entities plugin wrote an ``entity`` layer. The language of each
quote is the language plugin's job (it runs its own finalize), so quotes carry no ``lang`` here.
Writers: ``quotes-csv`` (``.quotes.csv``) and ``quotes-jsonl`` (``.quotes.jsonl``), one row per quote.
"""

from __future__ import annotations

from typing import Any

from framework import ConfigError, Document, FormatRegistry, hookimpl, plugin_settings

from .attribution import attribute
from .cues import LANGS
from .link import link_speakers
from .marks import find_quotes
from .table import QuotesCsvWriter, QuotesJsonlWriter

__all__ = ["Quotes"]


class Quotes:
    """Finds quotations and attributes them. Setting ``languages`` (comma list of fr, en, de, es, it, pt):
    the lexicons tried when ``doc.lang`` is absent or has none (default: all)."""

    name = "quotes"
    provides = ("quote",)
    requires = ()
    uses = ("doc.lang", "entity")  # the language plugin's answer, the entities plugin's mentions (speakers)

    def __init__(self) -> None:
        self.languages: tuple[str, ...] = LANGS

    @hookimpl
    def configure(self, config: dict[str, Any]) -> None:
        langs = plugin_settings(config, self.name, ("languages",)).get("languages")
        if langs:
            if isinstance(langs, str):
                langs = [x.strip() for x in langs.split(",") if x.strip()]
            bad = [x for x in langs if x not in LANGS]
            if bad:
                raise ConfigError(f"quotes: no cue lexicon for {', '.join(bad)}; known: {', '.join(LANGS)}")
            self.languages = tuple(langs)

    @hookimpl
    def register_writers(self, registry: FormatRegistry) -> None:
        registry.add_writer("quotes-csv", QuotesCsvWriter, extensions=(".quotes.csv",))
        registry.add_writer("quotes-jsonl", QuotesJsonlWriter, extensions=(".quotes.jsonl",))

    @hookimpl
    def segment_document(self, doc: Document) -> None:
        text = doc.text
        lang = doc.get("lang")
        if isinstance(lang, dict):
            lang = lang.get("value")
        if lang not in LANGS:
            lang = None
        found = attribute(text, find_quotes(text), lang, doc.ignored(), langs=self.languages)
        for k, q in enumerate(found, 1):
            start, end = q.pop("start"), q.pop("end")
            doc.add_span("quote", start, end, id=f"q{k}", **q)

    @hookimpl
    def finalize_document(self, doc: Document) -> None:
        entities = doc.spans("entity")
        quotes = doc.spans("quote")
        if entities and quotes:
            link_speakers(doc.text, quotes, entities)
