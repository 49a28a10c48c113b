"""Small plugins used by the core tests (importable by worker processes)."""

from __future__ import annotations

import os
import re

from framework import Document, hookimpl

WORD = re.compile(r"\w+")


class Words:
    """Counts words (a CPU-light annotator that writes a layer)."""

    name = "words"
    provides = ("word", "doc.words")

    @hookimpl
    def segment_document(self, doc: Document) -> None:
        count = 0
        for match in WORD.finditer(doc.text):
            count += 1
            if count <= 3:
                doc.add_span("word", match.start(), match.end())
        doc.set("words", count)


class Raiser:
    """Raises on documents containing 'boom'."""

    name = "raiser"

    @hookimpl
    def annotate_document(self, doc: Document) -> None:
        if "boom" in doc.text:
            raise RuntimeError("boom found")


class Crasher:
    """Kills its worker process on documents containing 'crash' (a segfault in native code, say)."""

    name = "crasher"

    @hookimpl
    def annotate_document(self, doc: Document) -> None:
        if "crash" in doc.text:
            os._exit(70)


class NeedsWords:
    name = "needs_words"
    requires = ("word", "doc.lang")

    @hookimpl
    def finalize_document(self, doc: Document) -> None:
        pass


class Trespasser:
    """Writes a layer another plugin owns."""

    name = "trespasser"
    provides = ("other",)

    @hookimpl
    def finalize_document(self, doc: Document) -> None:
        doc.add_span("word", 0, 1)


class FieldSquatter:
    """Declares nothing, yet sets another plugin's doc field, one of its own, and a language that does not exist."""

    name = "field_squatter"
    provides = ()

    @hookimpl
    def prepare_document(self, doc: Document) -> None:
        doc.set("source", {"tag": "Source-999", "id": 999, "name": None})

    @hookimpl
    def detect_language(self, doc: Document) -> None:
        doc.set("lang", "xx")

    @hookimpl
    def finalize_document(self, doc: Document) -> None:
        doc.set("squat", True)  # nobody provides it: allowed, as an undeclared layer nobody owns is


class Recorder:
    """Records the phase order it sees, in doc.phases."""

    name = "recorder"
    provides = ("doc.phases",)

    def _log(self, doc: Document, phase: str) -> None:
        seen = doc.get("phases", [])
        doc.set("phases", [*seen, phase])

    @hookimpl
    def prepare_document(self, doc: Document) -> None:
        self._log(doc, "prepare_document")

    @hookimpl
    def detect_language(self, doc: Document) -> None:
        self._log(doc, "detect_language")

    @hookimpl
    def segment_document(self, doc: Document) -> None:
        self._log(doc, "segment_document")

    @hookimpl
    def annotate_document(self, doc: Document) -> None:
        self._log(doc, "annotate_document")

    @hookimpl
    def link_entities(self, doc: Document) -> None:
        self._log(doc, "link_entities")

    @hookimpl
    def finalize_document(self, doc: Document) -> None:
        self._log(doc, "finalize_document")


class Configured:
    """Keeps its settings; a bad value is a configuration error."""

    name = "configured"
    provides = ("doc.setting",)

    def __init__(self) -> None:
        self.value = None

    @hookimpl
    def configure(self, config: dict) -> None:
        self.value = config.get(self.name, {}).get("value", "default")
        if self.value == "bad":
            from framework import ConfigError

            raise ConfigError("configured.value may not be 'bad'")

    @hookimpl
    def prepare_document(self, doc: Document) -> None:
        doc.set("setting", self.value)
