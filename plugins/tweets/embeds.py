"""Embedded tweets of an article (the html plugin's ``embedded_tweet`` spans) as nested tweet records.

Each nested record is a full textplug record of the tweet's own text: its id is the tweet id, its
``meta`` what the markup said (url, handle, author name, date as shown, creation time from the Snowflake
id, language) plus ``span``, the tweet text's place in the article, and its layers the tweet entities
with offsets on the tweet's own text.
"""

from __future__ import annotations

from typing import Any

import regex

from framework import new_record

from .entities import Entity, extract_entities
from .length import parse_tweet
from .links import status_url

__all__ = ["embedded_tweet_records", "layer_and_attrs", "match_quote_to_tweets", "tweet_entity_layers"]

_META_KEYS = ("url", "handle", "url_handle", "author_name", "date", "created_at", "lang")


def layer_and_attrs(e: Entity) -> tuple[str, dict[str, Any]]:
    """The layer and span attributes of an extracted entity."""
    kind = e.kind
    if kind == "hashtag":
        return "hashtag", {"tag": e.value}
    if kind == "mention":
        return "mention", {"screen_name": e.value}
    if kind == "list":
        return "mention", {"screen_name": e.value, "list": e.extra[1:] if e.extra else None}
    if kind == "cashtag":
        return "cashtag", {"symbol": e.value}
    return "url", {"url": e.value}


def tweet_entity_layers(text: str) -> dict[str, list[dict[str, Any]]]:
    """The entity layers of a tweet text (``hashtag``, ``mention``, ``cashtag``, ``url``), as in the plugin."""
    layers: dict[str, list[dict[str, Any]]] = {}
    for e in extract_entities(text):
        layer, attrs = layer_and_attrs(e)
        layers.setdefault(layer, []).append({"start": e.start, "end": e.end, **attrs})
    return layers


def embedded_tweet_records(doc_id: str, text: str, spans: list[dict[str, Any]],
                           length_config: Any = None) -> list[dict[str, Any]]:
    """One nested tweet record per ``embedded_tweet`` span of an article."""
    out = []
    for i, span in enumerate(spans):
        start = span.get("text_start", span["start"])
        end = span.get("text_end", span["end"])
        tweet_text = text[start:end]
        tweet_id = span.get("id")
        meta: dict[str, Any] = {"format": "embedded_tweet", "tweet_id": tweet_id, "article": doc_id, "index": i,
                                "span": [start, end]}
        for key in _META_KEYS:
            if span.get(key) is not None:
                meta[key] = span[key]
        if tweet_id and "url" not in meta:
            meta["url"] = status_url(tweet_id, span.get("handle"))
        record = new_record(tweet_text, str(tweet_id) if tweet_id else f"{doc_id}#tweet{i}", meta,
                            layers=tweet_entity_layers(tweet_text))
        parsed = parse_tweet(tweet_text, length_config)
        record["doc"]["tweet_length"] = {"value": parsed["weightedLength"], "valid": parsed["valid"],
                                         "by": "tweets"}
        out.append(record)
    return out


_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def match_quote_to_tweets(quote_text: str, tweets: list[tuple[str, str]],
                          threshold: float = 0.8) -> tuple[str, float] | None:
    """The id of the tweet (``(id, text)`` pairs) whose text holds the quote, and the share of the quote's
    words found in it; None when no tweet holds at least ``threshold`` of them (a quote of 3+ words)."""
    words = _words(quote_text)
    if len(words) < 3:
        return None
    best: tuple[str, float] | None = None
    for tweet_id, text in tweets:
        have = set(_words(text))
        if not have:
            continue
        share = sum(1 for w in words if w in have) / len(words)
        if share >= threshold and (best is None or share > best[1]):
            best = (tweet_id, round(share, 3))
    return best
