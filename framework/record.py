"""The record: one plain dict per document, serialized with orjson as one JSON line (DESIGN §3).

The hot path never converts records to objects; these helpers build, check and (de)serialize the dict.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import orjson

from .errors import RecordError

SCHEMA = "textplug/1"
RECORD_KEYS = ("schema", "id", "text", "meta", "doc", "layers", "provenance", "errors")
# Keys an input document may carry that are not part of ``meta``.
_INPUT_KEYS = frozenset({"id", "text", "meta", "doc", "layers", "schema", "provenance", "errors", "status"})
# The input keys beyond a plain document's id, text and meta: a dict with one of them is more than that.
_LAYERED_KEYS = _INPUT_KEYS - {"id", "text", "meta"}
UNDETERMINED = "und"  # the ISO 639-2 code for "no language": what ``doc.lang`` says when none was found

__all__ = [
    "SCHEMA",
    "new_record",
    "record_from_input",
    "error_record",
    "is_error_record",
    "validate_record",
    "is_language_code",
    "dumps",
    "loads",
]


def new_record(
    text: str,
    id: str,
    meta: dict[str, Any] | None = None,
    doc: dict[str, Any] | None = None,
    layers: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """A fresh record for ``text`` (the text is never modified afterwards)."""
    return {
        "schema": SCHEMA,
        "id": id,
        "text": text,
        "meta": {} if meta is None else meta,
        "doc": {} if doc is None else doc,
        "layers": {} if layers is None else layers,
        "provenance": {},
        "errors": [],
    }


class FreshRecord(dict):
    """A whole record that a core reader has just built from its input and that no one else holds yet.

    The pipeline fills such a record in place instead of copying it into a new one: for JSON-lines input
    the copy (meta extras moved key by key, every part copied) cost ~4 % of a no-op run (measured). Once
    run, a record has provenance and is copied like any other input again. Internal to the core: readers
    of plugins yield plain dicts, which are always copied and checked.
    """

    __slots__ = ()


def record_from_input(item: str | dict[str, Any], default_id: str) -> dict[str, Any]:
    """Turn a text or an input dict into a record.

    Input dicts carry ``text`` and optionally ``id``, ``meta``, ``doc`` and ``layers``; any other key
    (``title``, ``url``, ``lang`` …) is kept in ``meta`` so nothing the reader found is lost. A dict that is
    already a record (it has ``schema``) keeps its unknown keys, so newer plugins' output survives.
    """
    if isinstance(item, str):
        return new_record(item, default_id)
    if not isinstance(item, dict):
        raise RecordError(f"a document is a str or a dict, not {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str):
        raise RecordError("document has no 'text' string" if text is None else
                          f"document 'text' is a {type(text).__name__}, not a string")
    # the helpers run only when the key holds something: a plain document has neither
    doc = _object_copy(item, "doc") if item.get("doc") else {}
    layers = _layers_copy(item["layers"]) if item.get("layers") else {}
    if "schema" in item:
        errors = item.get("errors")
        if errors and not isinstance(errors, list):
            raise RecordError(f"record 'errors' is a {type(errors).__name__}, not a list")
        record = dict(item)  # keeps the keys a newer schema added, in their places
        record.update(meta=_object_copy(item, "meta"), doc=doc, layers=layers,
                      provenance=_object_copy(item, "provenance"), errors=list(errors) if errors else [])
        record.setdefault("id", default_id)
        return record
    meta = item.get("meta")
    meta = dict(meta) if type(meta) is dict else _object_copy(item, "meta")  # the usual case without a call
    for key in item:
        if key not in _INPUT_KEYS:
            meta[key] = item[key]
    doc_id = item.get("id")
    return {"schema": SCHEMA, "id": default_id if doc_id is None else str(doc_id), "text": text, "meta": meta,
            "doc": doc, "layers": layers, "provenance": {}, "errors": []}


def _object_copy(item: dict[str, Any], key: str) -> dict[str, Any]:
    """A copy of the object under ``key`` ({} when absent or empty); anything else is a ``RecordError``."""
    value = item.get(key)
    if not value:
        return {}
    if not isinstance(value, dict):
        raise RecordError(f"document '{key}' is a {type(value).__name__}, not an object")
    return dict(value)


def _layers_copy(layers: Any) -> dict[str, list[Any]]:
    """A copy of ``layers`` one level down (the pipeline appends to the span lists)."""
    if not layers:
        return {}
    if not isinstance(layers, dict):
        raise RecordError(f"document 'layers' is a {type(layers).__name__}, not an object")
    for name, spans in layers.items():
        if not isinstance(spans, list):
            raise RecordError(f"document layer {name!r} is a {type(spans).__name__}, not a list of spans")
    return {name: list(spans) for name, spans in layers.items()}


def error_record(
    *,
    source: str,
    line: int | None,
    raw: str | bytes | None,
    plugin: str,
    type: str,
    message: str,
    hook: str = "read",
    id: str | None = None,
    raw_limit: int = 65536,
) -> dict[str, Any]:
    """A record standing for an input that could not become a document; the raw input is kept.

    Raw bytes that are not valid UTF-8 are kept with backslash escapes; raw input longer than ``raw_limit``
    characters is cut (``meta.raw_truncated`` says so) so one huge broken line cannot blow up the output.
    """
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="backslashreplace")
    meta: dict[str, Any] = {"file": source, "line": line, "raw": raw}
    if raw is not None and len(raw) > raw_limit:
        meta["raw"] = raw[:raw_limit]
        meta["raw_truncated"] = len(raw)
    error = {"plugin": plugin, "hook": hook, "type": type, "message": message}
    if line is not None:
        error["line"] = line
    record = new_record("", id if id is not None else f"{source}:{line}" if line is not None else source, meta)
    record["errors"].append(error)
    record["status"] = "error"
    return record


def is_error_record(record: dict[str, Any]) -> bool:
    """True for records that stand for unreadable input (no document was processed)."""
    return record.get("status") == "error"


@cache
def _language_codes() -> frozenset[str]:
    """Each language's one code: its ISO 639-1 code, or its ISO 639-3 code when it has none (``haw``, ``ceb``:
    detectors find languages ISO 639-1 lacks). pycountry's table, loaded on first use: ~0.1 s once per process."""
    import pycountry

    return frozenset(getattr(language, "alpha_2", None) or language.alpha_3 for language in pycountry.languages)


def is_language_code(value: Any) -> bool:
    """Whether ``value`` may stand as a language (``doc.lang``): a lower-case ISO 639-1 code, the ISO 639-3 code
    of a language without one (``haw``), or ``und``."""
    return isinstance(value, str) and (value == UNDETERMINED or value in _language_codes())


def validate_record(record: dict[str, Any]) -> None:
    """Raise ``RecordError`` unless ``record`` follows the record format; spans must slice the text."""
    if not isinstance(record, dict):
        raise RecordError(f"a record is a dict, not {type(record).__name__}")
    missing = [key for key in RECORD_KEYS if key not in record]
    if missing:
        raise RecordError(f"record lacks {', '.join(missing)}")
    if not str(record["schema"]).startswith("textplug/"):
        raise RecordError(f"unknown schema {record['schema']!r}")
    text = record["text"]
    if not isinstance(text, str):
        raise RecordError("record 'text' is not a string")
    for key in ("meta", "doc", "layers", "provenance"):
        if not isinstance(record[key], dict):
            raise RecordError(f"record {key!r} is not an object")
    for name, field in record["doc"].items():
        if not isinstance(field, dict) or "value" not in field or "by" not in field:
            raise RecordError(f"doc.{name} must be an object with 'value' and 'by'")
    lang = record["doc"].get("lang")
    if lang is not None and not is_language_code(lang["value"]):
        raise RecordError(f"doc.lang {lang['value']!r} is not an ISO 639-1 code (ISO 639-3 for a language without "
                          f"one) or {UNDETERMINED!r}")
    size = len(text)
    for layer, spans in record["layers"].items():
        if not isinstance(spans, list):
            raise RecordError(f"layer {layer!r} is not a list")
        for n, span in enumerate(spans):
            start, end = span.get("start"), span.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= size):
                raise RecordError(f"layer {layer!r} span {n} [{start}, {end}) is outside the text (0..{size})")
    for error in record["errors"]:
        if not {"plugin", "hook", "type", "message"} <= error.keys():
            raise RecordError(f"error entry lacks plugin/hook/type/message: {error!r}")


def dumps(record: dict[str, Any]) -> bytes:
    """One JSON line (with the newline) for ``record``."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


def loads(line: bytes | str) -> dict[str, Any]:
    """Parse one JSON line back into a record dict (unknown keys kept)."""
    return orjson.loads(line)
