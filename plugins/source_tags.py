"""Source tags: the ``Source-147`` marker a news feed puts on the first or last line of an article.

The tag is found without touching the text: the layer ``source_tag`` holds its span and id, ``doc.source``
the publisher from a registry file when known, and the region is marked ignored so quote, tweet and entity
plugins skip it. Only the first line and the last ~200 characters are searched: constant time per document.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from framework import ConfigError, Document, hookimpl, plugin_settings

__all__ = ["SourceTags", "load_registry"]

DEFAULT_PREFIXES = ("Source",)
TAIL = 200  # characters searched at the end of a document
_SETTINGS = frozenset({"prefixes", "pattern", "registry"})


def _patterns(prefixes: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(re.escape(p) for p in prefixes)
    tag = rf"(?P<tag>(?:{words})-(?P<id>\d{{1,12}}))"
    # Last line: alone on it, or glued to the end of the last sentence (".Source-147", "commenterSource-147"),
    # but not inside a longer token ("X-Source-1", "RSource-2", "Source-12a").
    last = re.compile(rf"(?:(?<=[^\w-])|(?<=[a-zà-ÿ])|^){tag}[ \t\r\n]*\Z")
    first = re.compile(rf"\A[ \t\r\n]*{tag}[ \t]*(?:\r?\n|\Z)")
    return first, last


def load_registry(path: str | Path) -> dict[int, dict[str, Any]]:
    """Read ``id → {name, url}`` from a JSON object (``{"147": {"name": …, "url": …}}``) or a TSV file with
    columns ``id``, ``name``, ``url``."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"source_tags: cannot read registry {path}: {exc.strerror}") from exc
    try:
        if path.suffix == ".json":
            data = json.loads(raw)
            return {int(key): {"name": value.get("name"), "url": value.get("url")} for key, value in data.items()}
        rows = csv.DictReader(raw.splitlines(), delimiter="\t")
        return {int(row["id"]): {"name": row.get("name") or None, "url": row.get("url") or None} for row in rows}
    except (ValueError, KeyError, AttributeError, TypeError) as exc:
        raise ConfigError(f"source_tags: registry {path} is malformed: {exc}") from exc


class SourceTags:
    """Finds ``Source-<n>`` tags; settings: ``prefixes`` (comma list, default ``Source``), ``registry``
    (JSON or TSV file mapping ids to publishers), ``pattern`` (a custom regex with groups ``tag`` and ``id``,
    searched in the last 200 characters instead of the default last-line rule)."""

    name = "source_tags"
    provides = ("source_tag", "doc.source")
    requires = ()

    def __init__(self) -> None:
        self.prefixes = tuple(f"{p}-" for p in DEFAULT_PREFIXES)
        self.first, self.last = _patterns(DEFAULT_PREFIXES)
        self.custom: re.Pattern[str] | None = None
        self.registry: dict[int, dict[str, Any]] = {}

    @hookimpl
    def configure(self, config: dict[str, Any]) -> None:
        settings = plugin_settings(config, self.name, _SETTINGS)
        prefixes = settings.get("prefixes", DEFAULT_PREFIXES)
        if isinstance(prefixes, str):
            prefixes = tuple(p.strip() for p in prefixes.split(",") if p.strip())
        if not prefixes:
            raise ConfigError("source_tags: prefixes needs at least one prefix (default: Source)")
        self.prefixes = tuple(f"{p}-" for p in prefixes)
        self.first, self.last = _patterns(tuple(prefixes))
        if settings.get("pattern"):
            try:
                custom = re.compile(settings["pattern"])
            except re.error as exc:
                raise ConfigError(f"source_tags: pattern is not a valid regex: {exc}") from exc
            if not {"tag", "id"} <= set(custom.groupindex):
                raise ConfigError("source_tags: pattern needs named groups 'tag' and 'id'")
            self.custom = custom
        if settings.get("registry"):
            self.registry = load_registry(settings["registry"])

    def find(self, text: str) -> list[re.Match[str]]:
        """The tag matches in ``text`` (last line first, then first line)."""
        found = []
        match = self._last_line(text)
        if match:
            found.append(match)
        head = self.first.match(text)
        if head and (not match or head.start("tag") != match.start("tag")):
            found.append(head)
        return found

    def _last_line(self, text: str) -> re.Match[str] | None:
        if self.custom is not None:
            return self.custom.search(text, max(0, len(text) - TAIL))
        # Most documents end in punctuation: look at the last visible character before any regex.
        end = len(text)
        while end and text[end - 1] in " \t\r\n":
            end -= 1
        if not end or not text[end - 1].isdigit():
            return None
        start = max(0, end - TAIL)
        at = max(text.rfind(prefix, start, end) for prefix in self.prefixes)
        return self.last.match(text, at) if at >= 0 else None

    @hookimpl(tryfirst=True)
    def prepare_document(self, doc: Document) -> None:
        for match in self.find(doc.text):
            start, end = match.span("tag")
            tag_id = int(match.group("id"))
            doc.add_span("source_tag", start, end, id=tag_id, tag=match.group("tag"))
            doc.ignore(start, end, "source_tag")
            if doc.get("source") is None:
                known = self.registry.get(tag_id, {})
                doc.set("source", {"tag": match.group("tag"), "id": tag_id, "name": known.get("name"),
                                   "url": known.get("url")})
