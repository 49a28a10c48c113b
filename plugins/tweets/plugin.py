"""The ``tweets`` plugin: tweet entities in any document, tweet links, embedded tweets, tweet readers.

Layers (code point offsets on the record's text): ``hashtag`` (``tag``), ``mention`` (``screen_name``, and
``list`` for ``@user/list``), ``cashtag`` (``symbol``), ``url`` (``url``; ``expanded_url`` when the API
gave it), ``tweet_link`` (``id``, ``handle``, ``created_at``, ``url``). Entities inside an embedded tweet
(the ``embedded_tweet`` layer of the html plugin) carry ``tweet`` = the index of that tweet, and
``doc.embedded_tweets`` holds each embedded tweet as a nested tweet record. Tweet documents (from the
``tweet-json`` reader) get ``doc.tweet_length``: the weighted length, with ``valid``. A quote whose
``channel`` is ``tweet`` (the quotes plugin) and whose words are found in an embedded tweet of the same
document gets a ``quote_tweet`` span (``quote`` id, ``tweet`` id, ``score``: the share of its words found).

Settings: ``length_config`` (``v1``, ``v2`` or ``v3``, the default): the weighted-length configuration.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from framework import ConfigError, Document, hookimpl, plugin_settings

from .embeds import embedded_tweet_records, layer_and_attrs, match_quote_to_tweets
from .entities import Entity, extract_entities
from .length import CONFIGS, parse_tweet
from .links import parse_tweet_link
from .readers import read_tweet_json

__all__ = ["Tweets", "annotate_entities"]

TWEET_FORMAT = "tweet"
_SETTINGS = frozenset({"length_config"})


def _outside(ents: list[Entity], regions: list[tuple[int, int]]) -> list[Entity]:
    """The entities that overlap none of ``regions``."""
    if not regions:
        return ents
    regions = sorted(regions)
    starts = [s for s, _ in regions]
    kept = []
    for e in ents:
        i = bisect_right(starts, e.end - 1) - 1
        # regions are few (a source tag, a footer): scan back over those starting before the entity's end
        while i >= 0 and regions[i][1] <= e.start:
            i -= 1
        if i < 0:
            kept.append(e)
    return kept


def annotate_entities(doc: Document, ents: list[Entity], api: dict[tuple[int, int], dict] | None = None,
                      tweet_of: list[tuple[int, int]] | None = None) -> None:
    """Write the entity spans and the tweet links found in their URLs (or in the API's expanded URLs)."""
    for e in ents:
        layer, attrs = layer_and_attrs(e)
        given = api.get((e.start, e.end)) if api else None
        if given is not None and layer == "url" and given.get("expanded_url"):
            attrs["expanded_url"] = given["expanded_url"]
        if tweet_of:
            index = _tweet_index(tweet_of, e.start, e.end)
            if index is not None:
                attrs["tweet"] = index
        doc.add_span(layer, e.start, e.end, **attrs)
        if layer != "url":
            continue
        link = parse_tweet_link(e.value)
        via = "url"
        if link is None and "expanded_url" in attrs:
            link = parse_tweet_link(attrs["expanded_url"])
            via = "expanded_url"
        if link is not None:
            doc.add_span("tweet_link", e.start, e.end, id=link.id, handle=link.handle, created_at=link.created_at,
                         url=link.url, via=via)


def _tweet_index(tweets: list[tuple[int, int]], start: int, end: int) -> int | None:
    for i, (ts, te) in enumerate(tweets):
        if ts <= start and end <= te:
            return i
    return None


class Tweets:
    """Tweet entities, tweet links, embedded tweets as nested records, and the ``tweet-json`` reader."""

    name = "tweets"
    provides = ("hashtag", "mention", "cashtag", "url", "tweet_link", "quote_tweet", "doc.tweet_length",
                "doc.embedded_tweets")
    requires = ()
    uses = ("embedded_tweet", "quote")  # the html plugin's embedded tweets, the quotes plugin's quotes

    def __init__(self) -> None:
        self.length_config = CONFIGS["v3"]

    @hookimpl
    def configure(self, config: dict[str, Any]) -> None:
        settings = plugin_settings(config, self.name, _SETTINGS)
        name = str(settings.get("length_config", "v3"))
        if name not in CONFIGS:
            raise ConfigError(f"tweets: length_config must be one of {', '.join(CONFIGS)}, not {name!r}")
        self.length_config = CONFIGS[name]

    @hookimpl
    def register_readers(self, registry) -> None:
        registry.add_reader("tweet-json", read_tweet_json, extensions=(".tweets.json",))

    @hookimpl
    def annotate_document(self, doc: Document) -> None:
        text = doc.text
        ents = _outside(extract_entities(text), doc.ignored())
        meta = doc.meta
        api = None
        given = meta.get("api_entities")
        if given:
            api = {(g["start"], g["end"]): g for g in given if "start" in g and "end" in g}
        embedded = doc.spans("embedded_tweet")
        tweet_of = [(t.get("text_start", t["start"]), t.get("text_end", t["end"])) for t in embedded]
        annotate_entities(doc, ents, api, tweet_of)
        if meta.get("format") == TWEET_FORMAT:
            parsed = parse_tweet(text, self.length_config)
            doc.set("tweet_length", parsed["weightedLength"], valid=parsed["valid"],
                    config=f"v{self.length_config.version}", permillage=parsed["permillage"])
        if embedded:
            doc.set("embedded_tweets", embedded_tweet_records(doc.id, text, embedded, self.length_config))

    @hookimpl(trylast=True)
    def finalize_document(self, doc: Document) -> None:
        quotes = [q for q in doc.spans("quote") if q.get("channel") == "tweet"]
        if not quotes:
            return
        nested = doc.get("embedded_tweets") or []
        tweets = [(t["id"], t["text"]) for t in nested if t.get("text")]
        if not tweets:
            return
        text = doc.text
        for q in quotes:
            parts = q.get("parts") or [[q["start"], q["end"]]]
            found = match_quote_to_tweets(" ".join(text[s:e] for s, e in parts), tweets)
            if found is not None:
                doc.add_span("quote_tweet", q["start"], q["end"], quote=q.get("id"), tweet=found[0], score=found[1])
