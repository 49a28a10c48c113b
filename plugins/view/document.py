"""One record as an HTML section: facts, errors, the marked text, quote and entity tables.

Only what the record holds is shown: each layer is drawn when present and skipped when absent, and a span
whose offsets do not fit the text is counted and reported, never drawn at a guessed place. Every string
goes through lxml (so it is escaped) after ``clean`` (so characters XML refuses cannot break the page).
Badges (channel, language) are CSS ``::before`` content from ``data-badge`` attributes, so the text
content of the marked text is exactly the record's text.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from .keys import Identity, cluster_labels, entity_identity, entity_index, kb_url, speaker_identity, surface
from .marks import Mark, TooManyElements, clean, render_marked, valid_span

__all__ = ["render_document", "PALETTE_SIZE", "MAX_TABLE_ROWS"]

PALETTE_SIZE = 8  # speaker colours sp0…sp7 in the style sheet; more speakers reuse them
MAX_TABLE_ROWS = 500  # rows per quote/entity table; a note says how many more there are
TWEET_LAYERS = ("hashtag", "mention", "cashtag", "url", "tweet_link")
_MARK_RANK = {"paragraph": 0, "quote": 1, "qpart": 2, "speaker": 3, "cue": 3, "entity": 4, "tweet": 5, "source": 5}


def _el(tag: str, attrib: dict[str, str] | None = None, text: Any = None, *children: etree._Element,
        cls: str | None = None) -> etree._Element:
    element = etree.Element(tag, {k: clean(v) for k, v in (attrib or {}).items()})
    if cls:
        element.set("class", cls)
    if text is not None:
        element.text = clean(text)
    for child in children:
        element.append(child)
    return element


def _sub(parent: etree._Element, tag: str, text: Any = None, cls: str | None = None,
         **attrib: str) -> etree._Element:
    element = etree.SubElement(parent, tag, {k.rstrip("_").replace("_", "-"): clean(v) for k, v in attrib.items()})
    if cls:
        element.set("class", cls)
    if text is not None:
        element.text = clean(text)
    return element


def _http(url: Any) -> str | None:
    """``url`` when it is an http(s) URL (no ``javascript:`` or other scheme ever becomes a link)."""
    if isinstance(url, str) and url[:8].lower().startswith(("http://", "https://")) and len(url) < 4096:
        return clean(url.strip())
    return None


def _value(doc: dict[str, Any], name: str) -> Any:
    """``doc.<name>.value`` (the core's ``{value, by, …}`` shape), or the bare value."""
    entry = doc.get(name) if isinstance(doc, dict) else None
    return entry.get("value") if isinstance(entry, dict) and "value" in entry else entry


def _spans(layers: dict[str, Any], name: str) -> list[dict[str, Any]]:
    spans = layers.get(name)
    return [s for s in spans if isinstance(s, dict)] if isinstance(spans, list) else []


class _Builder:
    """Collects the marks of one document and the spans that could not be drawn."""

    def __init__(self, text: str, shown: int, length: int) -> None:
        self.text = text
        self.shown = shown  # characters rendered (the text may be cut)
        self.length = length  # characters of the record's full text (``text`` may be a kept prefix)
        self.marks: list[Mark] = []
        self.bad: dict[str, int] = {}

    def add(self, layer: str, span: Any, tag: str, attrib: dict[str, str], rank: str) -> bool:
        """Add a mark over ``span`` (clipped to the shown text); count it as bad when its offsets are wrong."""
        if not valid_span(span, self.length):
            self.bad[layer] = self.bad.get(layer, 0) + 1
            return False
        start, end = span["start"], min(span["end"], self.shown)
        if start < end:
            self.marks.append(Mark(start, end, tag, {k: clean(v) for k, v in attrib.items() if v is not None},
                                   rank=_MARK_RANK[rank]))
        return True


def _speaker_classes(text: str, quotes: list[dict[str, Any]], entities: dict[str, dict[str, Any]],
                     clusters: dict[str, str]) -> tuple[list[Identity | None], dict[str, int]]:
    """Each quote's speaker identity and a colour index per identity, in order of first appearance."""
    who = [speaker_identity(text, q, entities, clusters) for q in quotes]
    colours: dict[str, int] = {}
    for identity in who:
        if identity is not None and identity.key not in colours:
            colours[identity.key] = len(colours) % PALETTE_SIZE
    return who, colours


def _quote_marks(build: _Builder, quotes: list[dict[str, Any]], who: list[Identity | None],
                 colours: dict[str, int]) -> None:
    for n, (quote, identity) in enumerate(zip(quotes, who, strict=True)):
        colour = f"sp{colours[identity.key]}" if identity else "sp-none"
        channel = quote.get("channel") if isinstance(quote.get("channel"), str) else None
        lang = quote.get("lang") if isinstance(quote.get("lang"), str) else None
        badge = " · ".join(x for x in (channel, lang) if x)
        qid = quote.get("id") if isinstance(quote.get("id"), str) else f"q{n}"
        title = f"{quote.get('type') or 'quote'} quote" + (f" by {identity.label}" if identity else ", no speaker")
        if not build.add("quote", quote, "span", {
            "class": f"quote {colour}", "data-quote": qid, "data-speaker": identity.label if identity else "",
            "data-speaker-key": identity.key if identity else "", "data-type": str(quote.get("type") or ""),
            "data-channel": channel, "data-badge": badge or None, "lang": lang, "title": title,
        }, "quote"):
            continue
        parts = quote.get("parts")
        for part in parts if isinstance(parts, list) else ():
            if isinstance(part, (list, tuple)) and len(part) == 2:
                build.add("quote.parts", {"start": part[0], "end": part[1]}, "span",
                          {"class": f"qpart {colour}", "data-quote": qid}, "qpart")
        if isinstance(quote.get("speaker"), dict) and "start" in quote["speaker"]:
            build.add("quote.speaker", quote["speaker"], "span",
                      {"class": f"speaker {colour}", "data-quote": qid, "title": f"speaker of {qid}"}, "speaker")
        if isinstance(quote.get("cue"), dict):
            cue = quote["cue"]
            lemma = cue.get("lemma") if isinstance(cue.get("lemma"), str) else None
            build.add("quote.cue", cue, "span", {"class": "cue", "data-quote": qid,
                                                 "title": f"cue of {qid}" + (f" ({lemma})" if lemma else "")}, "cue")


def _entity_marks(build: _Builder, entities: list[dict[str, Any]], clusters: dict[str, str]) -> None:
    for entity in entities:
        identity = entity_identity(build.text, entity, clusters)
        kind = entity.get("type") if isinstance(entity.get("type"), str) else ""
        url = kb_url(entity.get("kb_id"))
        cluster = entity.get("cluster") if isinstance(entity.get("cluster"), str) else None
        score = entity.get("score")
        title = " ".join(x for x in (
            identity.label if identity else None, f"({entity['kb_id']})" if url else "NIL" if cluster else None,
            kind or None, f"cluster {cluster}" if cluster and not url else None,
            f"score {score:.2f}" if isinstance(score, (int, float)) and not isinstance(score, bool) else None,
        ) if x)
        attrib = {"class": f"ent{' nil' if not url else ''}", "data-type": kind, "title": title,
                  "data-kb": entity.get("kb_id") if url else None,
                  "data-cluster": cluster if not url else None}
        if url:
            attrib.update(href=url, rel="noopener noreferrer")
        build.add("entity", entity, "a" if url else "span", attrib, "entity")


def _tweet_marks(build: _Builder, layers: dict[str, Any]) -> None:
    for layer in TWEET_LAYERS:
        for span in _spans(layers, layer):
            form = surface(build.text, span)
            attrib: dict[str, str] = {"class": f"tw {layer.replace('_', '-')}", "title": layer.replace("_", " ")}
            href = None
            if layer in ("url", "tweet_link"):
                target = span.get("expanded") or span.get("url") or form
                href = _http(target) or (_http("https://" + form) if layer == "url" and "://" not in form else None)
                tweet = span.get("tweet_id", span.get("id"))
                if layer == "tweet_link" and tweet is not None:
                    attrib["title"] = f"tweet {tweet}" + (f", {span['time']}" if isinstance(span.get("time"), str)
                                                          else "")
            if href:
                attrib.update(href=href, rel="noopener noreferrer nofollow")
            build.add(layer, span, "a" if href else "span", attrib, "tweet")
    for span in _spans(layers, "source_tag"):
        build.add("source_tag", span, "span", {"class": "srctag", "title": "source tag"}, "source")


def _paragraph_marks(build: _Builder, layers: dict[str, Any], doc_lang: Any) -> None:
    for span in _spans(layers, "paragraph"):
        lang = span.get("lang") if isinstance(span.get("lang"), str) else None
        if lang is None:
            continue  # paragraphs without a language add nothing to see
        other = lang != doc_lang
        build.add("paragraph", span, "span", {"class": "para" + (" other-lang" if other else ""), "lang": lang,
                                              "data-badge": lang if other else None}, "paragraph")


def _facts(section: etree._Element, record: dict[str, Any], doc: dict[str, Any], meta: dict[str, Any],
           layers: dict[str, Any]) -> None:
    facts = _sub(section, "dl", cls="facts")

    def fact(name: str, value: Any, href: str | None = None, cls: str | None = None) -> None:
        _sub(facts, "dt", name)
        dd = _sub(facts, "dd", cls=cls)
        if href:
            _sub(dd, "a", value, href=href, rel="noopener noreferrer nofollow")
        else:
            dd.text = clean(value)

    fact("id", record.get("id", ""))
    lang = doc.get("lang")
    if isinstance(lang, dict) and lang.get("value"):
        score = lang.get("score")
        fact("language", f"{lang['value']}" + (f" ({score:.2f})" if isinstance(score, (int, float)) else ""),
             cls="lang")
    elif isinstance(lang, str):
        fact("language", lang, cls="lang")
    source = _value(doc, "source")
    if isinstance(source, dict):
        if source.get("tag") or source.get("id") is not None:
            fact("source tag", source.get("tag") or f"#{source.get('id')}", cls="source-tag")
        if source.get("name"):
            fact("publisher", source["name"], href=_http(source.get("url")), cls="publisher")
    elif _spans(layers, "source_tag"):
        tag = _spans(layers, "source_tag")[0]
        fact("source tag", tag.get("tag") or surface(record.get("text", ""), tag), cls="source-tag")
    if meta.get("url"):
        fact("url", meta["url"], href=_http(meta["url"]))
    if meta.get("file"):
        fact("file", f"{meta['file']}" + (f":{meta['line']}" if meta.get("line") is not None else ""))
    counts = ", ".join(f"{len(v)} {k}" for k, v in sorted(layers.items()) if isinstance(v, list) and v)
    if counts:
        fact("layers", counts)


def _errors(section: etree._Element, errors: Any) -> None:
    errors = [e for e in errors if isinstance(e, dict)] if isinstance(errors, list) else []
    if not errors:
        return
    box = _sub(section, "div", cls="errors")
    _sub(box, "h3", f"Errors ({len(errors)})")
    items = _sub(box, "ul")
    for error in errors[:MAX_TABLE_ROWS]:
        item = _sub(items, "li", cls="error")
        _sub(item, "b", error.get("plugin", "?"), cls="plugin")
        item.append(_el("span", None, f" {error.get('hook', '')} ", cls="hook"))
        _sub(item, "code", error.get("type", ""))
        item.append(_el("span", None, f": {error.get('message', '')}", cls="message"))


def _quote_table(section: etree._Element, text: str, quotes: list[dict[str, Any]], who: list[Identity | None],
                 colours: dict[str, int]) -> None:
    box = _sub(section, "details", cls="quotes", open="open")
    _sub(box, "summary", f"Quotes ({len(quotes)})")
    table = _sub(box, "table")
    head = _sub(table, "tr")
    for name in ("id", "type", "speaker", "cue", "channel", "lang", "quote"):
        _sub(head, "th", name)
    for n, (quote, identity) in enumerate(zip(quotes[:MAX_TABLE_ROWS], who, strict=False)):
        row = _sub(table, "tr")
        _sub(row, "td", quote.get("id") or f"q{n}")
        _sub(row, "td", quote.get("type") or "")
        cell = _sub(row, "td", cls=f"who sp{colours[identity.key]}" if identity else "who sp-none")
        if identity:
            url = kb_url(identity.kb_id)
            said = surface(text, quote.get("speaker"))
            label = identity.label + (f" ({said})" if said and said != identity.label else "")
            if url:
                _sub(cell, "a", label, href=url, rel="noopener noreferrer")
            else:
                cell.text = clean(label)
        _sub(row, "td", surface(text, quote.get("cue")))
        _sub(row, "td", quote.get("channel") or "", cls="channel")
        _sub(row, "td", quote.get("lang") or "")
        content = surface(text, quote)
        _sub(row, "td", content if len(content) <= 300 else content[:299] + "…", cls="content")
    if len(quotes) > MAX_TABLE_ROWS:
        _sub(box, "p", f"… and {len(quotes) - MAX_TABLE_ROWS} more quotes", cls="limit")


def _entity_table(section: etree._Element, text: str, entities: list[dict[str, Any]],
                  clusters: dict[str, str]) -> None:
    """Mentions grouped: linked ones by Wikidata id, NIL ones by their cluster, the rest by surface form."""
    groups: dict[str, tuple[Identity, str, list[str], set[str]]] = {}
    for entity in entities:
        identity = entity_identity(text, entity, clusters)
        if identity is None:
            continue
        cluster = entity.get("cluster") if isinstance(entity.get("cluster"), str) else None
        key = identity.key if identity.kb_id or not cluster else f"cluster:{cluster}"
        kind = entity.get("type") if isinstance(entity.get("type"), str) else ""
        group = groups.setdefault(key, (identity, cluster or "", [], set()))
        group[2].append(" ".join(surface(text, entity).split()))
        if kind:
            group[3].add(kind)
    box = _sub(section, "details", cls="entities")
    _sub(box, "summary", f"Entities ({len(groups)}, {len(entities)} mentions)")
    table = _sub(box, "table")
    head = _sub(table, "tr")
    for name in ("entity", "id / cluster", "type", "mentions"):
        _sub(head, "th", name)
    ordered = sorted(groups.values(), key=lambda g: (-len(g[2]), g[0].label))
    for identity, cluster, forms, kinds in ordered[:MAX_TABLE_ROWS]:
        row = _sub(table, "tr", cls="linked" if identity.kb_id else "nil")
        url = kb_url(identity.kb_id)
        cell = _sub(row, "td")
        if url:
            _sub(cell, "a", identity.label, href=url, rel="noopener noreferrer")
        else:
            cell.text = clean(identity.label)
        _sub(row, "td", identity.kb_id or (f"NIL {cluster}" if cluster else "NIL"))
        _sub(row, "td", ", ".join(sorted(kinds)))
        distinct = sorted(set(forms), key=forms.index)
        _sub(row, "td", f"{len(forms)}: " + " · ".join(distinct[:12]) + (" …" if len(distinct) > 12 else ""))
    if len(groups) > MAX_TABLE_ROWS:
        _sub(box, "p", f"… and {len(groups) - MAX_TABLE_ROWS} more entities", cls="limit")


def render_document(record: dict[str, Any], anchor: str = "doc", max_chars: int = 100_000) -> etree._Element:
    """The ``<section>`` for one record. ``max_chars`` cuts very long texts (the cut is stated)."""
    text = record.get("text")
    text = clean(text) if isinstance(text, str) else ""
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    doc = record.get("doc") if isinstance(record.get("doc"), dict) else {}
    layers = record.get("layers") if isinstance(record.get("layers"), dict) else {}
    section = _el("section", {"id": anchor}, cls="doc" + (" error-record" if record.get("status") == "error" else ""))
    title = meta.get("title") if isinstance(meta.get("title"), str) and meta.get("title") else record.get("id")
    _sub(section, "h2", title or "(no id)")
    _facts(section, record, doc, meta, layers)
    _errors(section, record.get("errors"))
    if record.get("status") == "error":
        raw = meta.get("raw")
        if isinstance(raw, str) and raw:
            _sub(section, "p", "The input could not be read; its raw content:", cls="note")
            _sub(section, "pre", raw if len(raw) <= 2000 else raw[:2000] + "…", cls="raw")
        return section

    length = record.get("_length") if type(record.get("_length")) is int else len(text)  # see report.trim
    shown = min(len(text), max(0, max_chars))
    build = _Builder(text, shown, length)
    doc_lang = _value(doc, "lang")
    quotes = _spans(layers, "quote")
    entity_spans = _spans(layers, "entity")
    by_id = entity_index(record)
    clusters = cluster_labels(text, entity_spans)
    who, colours = _speaker_classes(text, quotes, by_id, clusters)
    _paragraph_marks(build, layers, doc_lang)
    _quote_marks(build, quotes, who, colours)
    _entity_marks(build, entity_spans, clusters)
    _tweet_marks(build, layers)

    if colours:
        legend = _sub(section, "p", cls="legend")
        labels = {identity.key: identity for identity in who if identity}
        for key, colour in colours.items():
            _sub(legend, "span", labels[key].label, cls=f"swatch sp{colour}")
    body = _sub(section, "div", cls="text", **({"lang": doc_lang} if isinstance(doc_lang, str) else {}))
    try:
        render_marked(body, text[:shown], build.marks)
    except TooManyElements:
        body.clear()
        body.set("class", "text")
        body.text = text[:shown]
        _sub(section, "p", f"Too many crossing marks ({len(build.marks):,}): text shown unmarked.", cls="bad-spans")
    if shown < length:
        _sub(section, "p", f"Text cut at {shown:,} of {length:,} characters (view limit).", cls="limit")
    if type(record.get("_dropped")) is int:
        _sub(section, "p", f"{record['_dropped']:,} spans past the view's limit per layer not shown.", cls="limit")
    if build.bad:
        what = ", ".join(f"{n} {layer}" for layer, n in sorted(build.bad.items()))
        _sub(section, "p", f"Not drawn, offsets outside the text: {what}.", cls="bad-spans")
    if quotes:
        _quote_table(section, text, quotes, who, colours)
    if entity_spans:
        _entity_table(section, text, entity_spans, clusters)
    return section

