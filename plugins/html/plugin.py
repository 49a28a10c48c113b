"""The `html` plugin: a reader that turns HTML pages into records.

- `.html` / `.htm` files (and `.gz` of them): one record per page.
- `--format html` on JSON lines (`.jsonl` files, or any input, stdin too, whose first line is a JSON object):
  one record per line, the HTML taken from `--text-field` (or the setting `html.field`; by default the first
  of `html`, `raw_html`, `content`, `text` the line has); the line's other fields go to `meta` as the
  JSON-lines reader does.

A record's `text` is the article: paragraphs separated by one blank line, the title first. Layers:
`paragraph` (`role`: heading, p, blockquote, li, caption, pre; `level` for headings; `title: true` for the
title; `xpath` of the source element; `lang` when the element says; `tweet` = index of the embedded tweet it
belongs to) and `embedded_tweet` (`id`, `url`, `handle`, `url_handle`, `author_name`, `date` as shown,
`created_at` from the Snowflake id, `lang`, and `text_start`/`text_end` for the tweet's own text). Page
metadata goes to `meta`: title, author, date, site_name, canonical_url, lang, description, encoding.

Settings (`--set html.KEY=VALUE`): `field` (JSON-lines field with the HTML), `max_bytes` (page size limit,
default 20000000), `boilerplate` (`remove`, the default, or `keep`: every text block of the body),
`xpath` (`true`/`false`: the source element path on each paragraph).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO

import orjson

from framework import ConfigError, error_record, hookimpl, plugin_settings, setting_flag
from framework.io import DEFAULT_MAX_LINE_BYTES

from .extract import extract_article
from .parse import DEFAULT_MAX_BYTES, HtmlParseError, parse_html

__all__ = ["Html", "html_to_document"]

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonlines")
_HTML_FIELDS = ("html", "raw_html", "content", "text")
_META_KEYS = ("title", "author", "date", "site_name", "canonical_url", "lang", "description")
_SETTINGS = frozenset({"field", "max_bytes", "boilerplate", "xpath"})


def html_to_document(
    data: bytes | str,
    doc_id: str,
    meta: dict[str, Any] | None = None,
    *,
    declared_encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    boilerplate: str = "remove",
    xpath: bool = True,
) -> dict[str, Any]:
    """One page -> an input document `{id, text, meta, layers}`. Raises HtmlParseError when the page has
    no tree or no text."""
    parsed = parse_html(data, declared_encoding, max_bytes)
    article = extract_article(parsed.root, keep_boilerplate=boilerplate == "keep")
    text, paragraphs, tweets = article.assemble(with_xpath=xpath)
    if not text.strip():  # the core refuses documents without text: say what the page did hold
        why = list(parsed.warnings)
        if tweets:
            why.append(f"only embedded tweets without text: ids {', '.join(str(t['id']) for t in tweets)}")
        why_text = f" ({'; '.join(why)})" if why else ""
        raise HtmlParseError(f"the page has no text outside scripts, styles and navigation{why_text}")
    out_meta: dict[str, Any] = dict(meta or {})
    out_meta["format"] = "html"
    for key in _META_KEYS:
        value = article.meta.get(key)
        if value is not None:
            out_meta.setdefault(key, value)  # what the input line says wins over what the page says
    out_meta["encoding"] = parsed.encoding
    if parsed.warnings:
        out_meta["html_warnings"] = parsed.warnings
    layers: dict[str, list[dict[str, Any]]] = {"paragraph": paragraphs}
    if tweets:
        layers["embedded_tweet"] = tweets
    return {"id": doc_id, "text": text, "meta": out_meta, "layers": layers}


class Html:
    """Reads HTML pages (files, or a JSON-lines field) into article records with paragraphs and tweets."""

    name = "html"
    provides = ("paragraph", "embedded_tweet")
    requires = ()

    def __init__(self) -> None:
        self.settings: dict[str, Any] = {}

    @hookimpl
    def configure(self, config: dict) -> None:
        self.settings = plugin_settings(config, self.name, _SETTINGS)
        self._options()  # a bad value fails here, not silently (a default) or once per page (an error record)

    @hookimpl
    def register_readers(self, registry) -> None:
        registry.add_reader("html", self.read, extensions=(".html", ".htm", ".xhtml"))

    # -- reading ---------------------------------------------------------------------------------------
    def _options(self) -> dict[str, Any]:
        s = self.settings
        value = s.get("max_bytes", DEFAULT_MAX_BYTES)
        try:
            max_bytes = int(value)
        except (TypeError, ValueError):
            max_bytes = 0
        if max_bytes <= 0:
            raise ConfigError(f"html: max_bytes must be a positive whole number, not {value!r}")
        boilerplate = str(s.get("boilerplate", "remove")).lower()
        if boilerplate not in ("remove", "keep"):
            raise ConfigError(f"html: boilerplate must be remove or keep, not {s['boilerplate']!r}")
        return {"max_bytes": max_bytes, "boilerplate": boilerplate, "xpath": setting_flag(s, self.name, "xpath", True)}

    def read(self, stream: BinaryIO, name: str, options: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The `html` reader: a page per file, or a page per JSON line (`.jsonl` files, or a field named)."""
        field = options.get("html_field") or self.settings.get("field") or options.get("text_field")
        base = name.lower().removesuffix(".gz")
        if base.endswith(_JSONL_SUFFIXES) or (name == "<stdin>" and field):
            yield from self._read_lines(stream, name, options, field)
            return
        data = stream.read()
        if data.lstrip()[:1] == b"{" and (field or base.endswith(".json") or _json_object_first(data)):
            yield from self._read_lines(_Lines(data), name, options, field)
            return
        try:
            yield html_to_document(data, name, {"file": name}, declared_encoding=options.get("encoding"),
                                   **self._options())
        except HtmlParseError as exc:
            yield error_record(source=name, line=None, raw=data[:65536], plugin=self.name, type="ParseError",
                               message=f"{name}: {exc}", id=name)

    def _read_lines(self, stream, name: str, options: dict[str, Any], field: str | None):
        """One page per JSON line; bad lines become error records (as the core's JSON-lines reader does)."""
        opts = self._options()
        id_field = options.get("id_field", "id")
        max_line = int(options.get("max_line_bytes", DEFAULT_MAX_LINE_BYTES))
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue

            def bad(kind: str, message: str, raw: bytes | str = line, number: int = number, doc_id=None):
                if isinstance(raw, bytes):
                    raw = raw.rstrip(b"\r\n")
                return error_record(source=name, line=number, raw=raw, plugin=self.name, type=kind,
                                    message=message, id=doc_id)

            if len(line) > max_line:
                yield bad("DocumentTooLarge", f"line of {len(line)} bytes is over max_line_bytes={max_line}",
                          line[:65536])
                continue
            try:
                item = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield bad("InvalidJSON", str(exc))
                continue
            if not isinstance(item, dict):
                yield bad("NotAnObject", f"a JSON line must be an object, not {type(item).__name__}")
                continue
            key = field or next((k for k in _HTML_FIELDS if isinstance(item.get(k), str)), None)
            html = item.pop(key, None) if key else None
            if not isinstance(html, str):
                where = repr(field) if field else f"any of {', '.join(_HTML_FIELDS)}"
                yield bad("MissingText", f"the object has no HTML string in {where} "
                                         "(name the field with --text-field or --set html.field=NAME)")
                continue
            doc_id = item.pop(id_field, None)
            doc_id = f"{name}:{number}" if doc_id is None else str(doc_id)
            meta = item.pop("meta", None)
            meta = {**{k: v for k, v in item.items() if k not in ("layers", "doc")},
                    **(meta if isinstance(meta, dict) else {})}
            meta.setdefault("file", name)
            meta.setdefault("line", number)
            try:
                yield html_to_document(html, doc_id, meta, **opts)
            except HtmlParseError as exc:
                yield bad("ParseError", f"{name}:{number}: {exc}", html[:65536], doc_id=doc_id)


def _json_object_first(data: bytes) -> bool:
    """True when the first line is a JSON object: JSON lines given as `--format html` (stdin, .txt, ...)."""
    try:
        return isinstance(orjson.loads(data.lstrip().split(b"\n", 1)[0]), dict)
    except orjson.JSONDecodeError:
        return False


class _Lines:
    """Iterate the lines of bytes already read, as a binary stream would."""

    def __init__(self, data: bytes) -> None:
        self._lines = data.splitlines(keepends=True)

    def __iter__(self):
        return iter(self._lines)
