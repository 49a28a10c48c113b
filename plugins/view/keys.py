"""Who a quote's speaker is and what an entity mention stands for, read from a record alone.

The document view (colour per speaker) and the run overview (most quoted speakers, most mentioned
entities) must agree on identity: a speaker linked to a knowledge-base entity is that entity (``Musk`` and
``Elon Musk`` count once), an unlinked one with an entity name is that name, otherwise its surface form.
Records come from many plugins and versions, so every field is checked, never trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["Identity", "cluster_labels", "entity_identity", "entity_index", "kb_url", "speaker_identity", "surface"]

_QID = re.compile(r"Q[1-9][0-9]{0,11}")
WIKIDATA = "https://www.wikidata.org/wiki/"


@dataclass(frozen=True)
class Identity:
    """``key`` groups (``kb:Q317521``, ``name:elon musk``, ``text:musk``); ``label`` is shown; ``kb_id``
    is a checked Wikidata id or None."""

    key: str
    label: str
    kb_id: str | None = None


def kb_url(kb_id: Any) -> str | None:
    """The Wikidata page of ``kb_id`` when it is a well-formed ``Q…`` id (nothing else becomes a link)."""
    if isinstance(kb_id, str) and _QID.fullmatch(kb_id):
        return WIKIDATA + kb_id
    return None


def surface(text: str, span: Any) -> str:
    """The text under ``span`` (a dict with in-range integer offsets), else its ``text`` field, else ''."""
    if isinstance(span, dict):
        start, end = span.get("start"), span.get("end")
        if type(start) is int and type(end) is int and 0 <= start <= end <= len(text):
            return text[start:end]
        value = span.get("text")
        if isinstance(value, str):
            return value
    return ""


def _norm(label: str) -> str:
    return " ".join(label.split()).casefold()


def entity_index(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Entity spans of a record by their ``id``."""
    layers = record.get("layers")
    spans = layers.get("entity") if isinstance(layers, dict) else None
    if not isinstance(spans, list):
        return {}
    return {span["id"]: span for span in spans if isinstance(span, dict) and isinstance(span.get("id"), str)}


def cluster_labels(text: str, entities: dict[str, dict[str, Any]] | list[Any]) -> dict[str, str]:
    """For each NIL cluster of a document, its longest surface form (``Gonzalez`` → ``Jessica Gonzalez``)."""
    spans = entities.values() if isinstance(entities, dict) else entities
    labels: dict[str, str] = {}
    for span in spans:
        if not isinstance(span, dict) or not isinstance(span.get("cluster"), str):
            continue
        form = " ".join(surface(text, span).split())
        if len(form) > len(labels.get(span["cluster"], "")):
            labels[span["cluster"]] = form
    return labels


def entity_identity(text: str, entity: dict[str, Any], clusters: dict[str, str] | None = None) -> Identity | None:
    """An entity mention's identity: its Wikidata id, else its name, else its NIL cluster's longest form,
    else its surface form."""
    kb_id = entity.get("kb_id")
    name = entity.get("name")
    form = surface(text, entity)
    cluster = entity.get("cluster")
    if not (isinstance(name, str) and name.strip()) and clusters and isinstance(cluster, str):
        name = clusters.get(cluster)
    if kb_url(kb_id):
        return Identity(f"kb:{kb_id}", name if isinstance(name, str) and name.strip() else form or kb_id, kb_id)
    if isinstance(name, str) and name.strip():
        return Identity(f"name:{_norm(name)}", name.strip())
    if form.strip():
        return Identity(f"text:{_norm(form)}", form.strip())
    return None


def speaker_identity(text: str, quote: dict[str, Any], entities: dict[str, dict[str, Any]],
                     clusters: dict[str, str] | None = None) -> Identity | None:
    """A quote's speaker: the linked entity (by id in the entity layer, or an inline dict), else the
    surface form; None when the quote has no speaker."""
    speaker = quote.get("speaker")
    if not isinstance(speaker, dict):
        return None
    ref = speaker.get("entity")
    entity = entities.get(ref) if isinstance(ref, str) else ref if isinstance(ref, dict) else None
    if isinstance(entity, dict):
        found = entity_identity(text, entity, clusters)
        if found is not None:
            return found
    form = surface(text, speaker).strip()
    if not form:
        return None
    return Identity(f"text:{_norm(form)}", form)
