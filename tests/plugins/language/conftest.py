"""Fixtures for the language plugin tests: pipelines (built once per module; engines load lazily) and the
langid test data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framework import Document, hookimpl
from framework.testing import make_pipeline
from plugins.language import Language
from plugins.quotes.marks import find_quotes


class MarkQuotes:
    """A stand-in for the quotes plugin: the ``quote`` layer from the real quote-mark pairing (marks.py)."""

    name = "mark_quotes"
    provides = ("quote",)
    requires = ()

    @hookimpl
    def segment_document(self, doc: Document) -> None:
        for i, q in enumerate(find_quotes(doc.text)):
            doc.add_span("quote", q.start, q.end, id=f"q{i + 1}", parts=[list(p) for p in q.parts])


@pytest.fixture(scope="session")
def langid_data(shared_data: Path) -> Path:
    return shared_data / "langid"


@pytest.fixture(scope="module")
def pipe():
    return make_pipeline(Language, MarkQuotes, on_error="raise")


def lang(record: dict[str, Any]) -> str:
    return record["doc"]["lang"]["value"]
