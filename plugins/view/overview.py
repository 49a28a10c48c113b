"""The run overview: counts over every record of a run, gathered in one pass in bounded memory.

Small tallies (languages, quote types, channels, plugins) are plain counters: their keys are few. Speakers
and entities can have as many keys as the run has names, so they use ``TopCounter``, which keeps at most
``capacity`` keys: when full it drops the less frequent half and remembers the largest count it dropped, so
the report can say when, and by how much at most, its top lists may be off.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .keys import Identity, cluster_labels, entity_identity, entity_index, speaker_identity

__all__ = ["Overview", "TopCounter", "DEFAULT_CAPACITY"]

DEFAULT_CAPACITY = 50_000
SMALL_KEYS = 1_000  # a small tally (languages, channels, …) with more keys than this counts the rest as "(other)"
OTHER = "(other)"


@dataclass
class TopCounter:
    """Counts by ``Identity.key`` with labels, holding at most ``capacity`` keys (see the module doc)."""

    capacity: int = DEFAULT_CAPACITY
    counts: dict[str, int] = field(default_factory=dict)
    labels: dict[str, Identity] = field(default_factory=dict)
    dropped_max: int = 0  # the largest count ever dropped: any count may be low by at most this much

    def add(self, identity: Identity, n: int = 1) -> None:
        key = identity.key
        if key in self.counts:
            self.counts[key] += n
            return
        self.counts[key] = n
        self.labels[key] = identity
        if len(self.counts) > self.capacity:
            self._prune()

    def _prune(self) -> None:
        ordered = sorted(self.counts, key=self.counts.__getitem__, reverse=True)
        keep = max(1, self.capacity // 2)
        for key in ordered[keep:]:
            self.dropped_max = max(self.dropped_max, self.counts.pop(key))
            del self.labels[key]

    @property
    def exact(self) -> bool:
        return self.dropped_max == 0

    def top(self, n: int) -> list[tuple[Identity, int]]:
        ordered = sorted(self.counts.items(), key=lambda kv: (-kv[1], self.labels[kv[0]].label))
        return [(self.labels[key], count) for key, count in ordered[:n]]


def _tally(counter: Counter[str], key: str) -> None:
    """``counter[key] += 1``, with new keys beyond ``SMALL_KEYS`` counted as ``(other)`` (bounded memory)."""
    if key in counter or len(counter) < SMALL_KEYS:
        counter[key] += 1
    else:
        counter[OTHER] += 1


def _str(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value else default


@dataclass
class Overview:
    """Everything the report's first part shows; ``add`` one record at a time."""

    capacity: int = DEFAULT_CAPACITY
    records: int = 0
    documents: int = 0  # records that are documents (not error records)
    error_records: int = 0
    documents_with_errors: int = 0
    characters: int = 0
    quotes: int = 0
    quotes_with_speaker: int = 0
    quotes_linked: int = 0  # speaker is a knowledge-base entity
    entity_mentions: int = 0
    entity_linked: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    quote_types: Counter[str] = field(default_factory=Counter)
    channels: Counter[str] = field(default_factory=Counter)
    quote_languages: Counter[str] = field(default_factory=Counter)
    entity_types: Counter[str] = field(default_factory=Counter)
    layers: Counter[str] = field(default_factory=Counter)  # documents having each layer
    publishers: Counter[str] = field(default_factory=Counter)
    errors_by_plugin: Counter[str] = field(default_factory=Counter)
    error_types: Counter[str] = field(default_factory=Counter)
    speakers: TopCounter = field(init=False)
    entities: TopCounter = field(init=False)

    def __post_init__(self) -> None:
        self.speakers = TopCounter(self.capacity)
        self.entities = TopCounter(self.capacity)

    def add(self, record: dict[str, Any]) -> None:
        """Count one record (any shape: missing or malformed parts are skipped)."""
        self.records += 1
        errors = record.get("errors")
        errors = [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []
        for error in errors:
            plugin = _str(error.get("plugin"), "?")
            _tally(self.errors_by_plugin, plugin)
            _tally(self.error_types, f"{plugin}: {_str(error.get('type'), '?')}")
        if record.get("status") == "error":
            self.error_records += 1
            return
        self.documents += 1
        if errors:
            self.documents_with_errors += 1
        text = record.get("text") if isinstance(record.get("text"), str) else ""
        self.characters += len(text)
        doc = record.get("doc") if isinstance(record.get("doc"), dict) else {}
        lang = doc.get("lang")
        lang = lang.get("value") if isinstance(lang, dict) else lang
        _tally(self.languages, _str(lang, "unknown"))
        source = doc.get("source")
        source = source.get("value") if isinstance(source, dict) and "value" in source else source
        if isinstance(source, dict):
            _tally(self.publishers, _str(source.get("name"), _str(source.get("tag"), "unknown")))
        layers = record.get("layers") if isinstance(record.get("layers"), dict) else {}
        for name, spans in layers.items():
            if isinstance(spans, list) and spans:
                _tally(self.layers, name)
        by_id = entity_index(record)
        entity_spans = [e for e in layers.get("entity") or () if isinstance(e, dict)] \
            if isinstance(layers.get("entity"), list) else []
        clusters = cluster_labels(text, entity_spans)
        quotes = layers.get("quote") if isinstance(layers.get("quote"), list) else []
        for quote in quotes:
            if not isinstance(quote, dict):
                continue
            self.quotes += 1
            _tally(self.quote_types, _str(quote.get("type"), "unknown"))
            _tally(self.channels, _str(quote.get("channel"), "unknown"))
            _tally(self.quote_languages, _str(quote.get("lang"), "unknown"))
            identity = speaker_identity(text, quote, by_id, clusters)
            if identity is not None:
                self.quotes_with_speaker += 1
                self.quotes_linked += identity.kb_id is not None
                self.speakers.add(identity)
        for entity in entity_spans:
            identity = entity_identity(text, entity, clusters)
            if identity is None:
                continue
            self.entity_mentions += 1
            self.entity_linked += identity.kb_id is not None
            _tally(self.entity_types, _str(entity.get("type"), "unknown"))
            self.entities.add(identity)
