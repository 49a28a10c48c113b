"""The quotes table writers: one row per quote (document id, quote id, type, text, speaker, entity, cue,
channel, language), as CSV or JSON lines, for users who want the quotes and not whole records."""

from __future__ import annotations

import csv
import io
from typing import Any, BinaryIO

import orjson

__all__ = ["COLUMNS", "rows", "QuotesCsvWriter", "QuotesJsonlWriter"]

COLUMNS = ("doc_id", "quote_id", "type", "start", "end", "text", "speaker", "speaker_entity", "cue", "cue_lemma",
           "channel", "lang")


def rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The table rows of one record (none for an error record or a record without quotes)."""
    text = record.get("text")
    if not isinstance(text, str):
        return []
    doc_lang = (record.get("doc", {}).get("lang") or {}).get("value")
    out = []
    for q in record.get("layers", {}).get("quote", []):
        sp = q.get("speaker") or {}
        cue = q.get("cue") or {}
        parts = q.get("parts") or [[q["start"], q["end"]]]
        out.append({
            "doc_id": record.get("id"), "quote_id": q.get("id"), "type": q.get("type"),
            "start": q["start"], "end": q["end"], "text": " … ".join(text[a:b] for a, b in parts),
            "speaker": sp.get("text"), "speaker_entity": sp.get("entity"), "cue": cue.get("text"),
            "cue_lemma": cue.get("lemma"), "channel": q.get("channel"), "lang": q.get("lang") or doc_lang,
        })  # fmt: skip
    return out


class QuotesJsonlWriter:
    """One JSON object per quote."""

    def __init__(self, stream: BinaryIO, options: dict[str, Any]) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        for row in rows(record):
            self.stream.write(orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE))

    def close(self) -> None:
        self.stream.flush()


class QuotesCsvWriter:
    """A CSV table with a header row (UTF-8)."""

    def __init__(self, stream: BinaryIO, options: dict[str, Any]) -> None:
        self.stream = stream
        self.text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
        self.csv = csv.DictWriter(self.text, fieldnames=COLUMNS)
        self.csv.writeheader()

    def write(self, record: dict[str, Any]) -> None:
        self.csv.writerows(rows(record))

    def close(self) -> None:
        self.text.flush()
        self.text.detach()
