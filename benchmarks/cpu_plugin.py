"""A CPU-bound plugin for the multi-process benchmark (importable by worker processes)."""

from __future__ import annotations

import regex

from framework import Document, hookimpl

TOKEN = regex.compile(r"\p{L}+|\p{N}+|[^\s\p{L}\p{N}]")


class Tokens:
    """Tokenises the text and counts token shapes several times over: about a millisecond per article."""

    name = "tokens"
    provides = ("doc.shapes",)

    @hookimpl
    def segment_document(self, doc: Document) -> None:
        shapes: dict[str, int] = {}
        for _ in range(8):
            for match in TOKEN.finditer(doc.text):
                token = match.group()
                shape = "X" if token[0].isupper() else "x" if token[0].isalpha() else "d" if token[0].isdigit() else "p"
                shapes[shape] = shapes.get(shape, 0) + 1
        doc.set("shapes", shapes)
