"""Embedded tweets in article HTML (the html plugin's spans) as nested tweet records, checked against the
parsed blockquote records of shared/data/tweets/embedded."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

import orjson
import pytest

from framework import hookimpl, validate_record
from framework.testing import assert_no_errors, make_pipeline
from plugins.html.parse import HtmlParseError
from plugins.html.plugin import Html, html_to_document
from plugins.tweets.plugin import Tweets

from .conftest import tweets_data

_WS = re.compile(r"\s+")


def _blockquotes() -> list[dict]:
    path = tweets_data("embedded", "blockquotes.jsonl")
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def pipeline():
    return make_pipeline(Html, Tweets, on_error="raise")


def _article(item: dict, pipeline) -> dict:
    page = f"<html><body><h1>Titre</h1><p>Avant le tweet, #avant.</p>{item['html']}<p>Après.</p></body></html>"
    record = pipeline.process(html_to_document(page, f"{item['path']}@{item['offset']}"))
    assert_no_errors(record)
    validate_record(record)
    return record


def test_embedded_tweets_become_nested_records(pipeline):
    items = _blockquotes()
    assert len(items) >= 20
    checked = 0
    for item in items:
        parsed = item["parsed"]
        record = _article(item, pipeline)
        nested = record["doc"].get("embedded_tweets", {}).get("value", [])
        if not parsed.get("text"):
            continue  # a bare amp-twitter / empty blockquote: nothing to read
        assert len(nested) == 1, item["path"]
        tweet = nested[0]
        validate_record(tweet)
        assert tweet["id"] == parsed["tweet_id"]
        assert tweet["meta"]["handle"] in (parsed["author_handle"], parsed["url_handle"])
        assert tweet["meta"]["created_at"] == parsed["snowflake_utc"]
        assert _WS.sub(" ", tweet["text"]).strip() == _WS.sub(" ", parsed["text"]).strip()
        start, end = tweet["meta"]["span"]
        assert record["text"][start:end] == tweet["text"]
        assert isinstance(tweet["doc"]["tweet_length"]["value"], int)
        # the article's own entity spans inside the tweet say which tweet they belong to
        for layer in ("hashtag", "mention", "url"):
            for span in record["layers"].get(layer, ()):
                inside = start <= span["start"] and span["end"] <= end
                assert (span.get("tweet") == 0) == inside, (layer, span)
        checked += 1
    assert checked >= 20


def test_links_of_the_tweet_markup_are_our_entities(pipeline):
    """The oEmbed markup links hashtags (/hashtag/X), mentions (/user) and URLs (t.co): each linked text in a
    tweet is an entity we extract from the tweet's plain text."""
    found = {"hashtag": 0, "mention": 0, "url": 0}
    missing = []
    for item in _blockquotes():
        parsed = item["parsed"]
        if not parsed.get("text"):
            continue
        record = _article(item, pipeline)
        tweet = record["doc"]["embedded_tweets"]["value"][0]
        layers = tweet["layers"]
        for link in parsed.get("p_links", ()):
            href, shown = link["href"], link["text"].strip()
            parts = urlsplit(href)
            path = parts.path.strip("/")
            if parts.netloc.endswith("twitter.com") and path.startswith("hashtag/"):
                kind, want = "hashtag", unquote(path.split("/", 1)[1]).lower()
                have = [s["tag"].lower() for s in layers.get("hashtag", ())]
            elif parts.netloc.endswith("twitter.com") and path and "/" not in path:
                kind, want = "mention", path.lower()
                have = [s["screen_name"].lower() for s in layers.get("mention", ())]
            elif parts.netloc == "t.co" and "." in shown and " " not in shown and _stands_alone(tweet["text"], shown):
                kind, want = "url", shown.rstrip("\u2026").lower()
                have = [tweet["text"][s["start"]:s["end"]].lower() for s in layers.get("url", ())]
            else:
                continue
            if any(h == want or h.startswith(want) for h in have):
                found[kind] += 1
            else:
                missing.append((item["path"], kind, want, have))
    assert not missing, missing
    assert found["hashtag"] >= 10 and found["mention"] >= 4 and found["url"] >= 10, found


def _stands_alone(text: str, shown: str) -> bool:
    """False when the markup glued a link to the text before it (twitter-text then reads one longer URL)."""
    at = text.find(shown)
    return at <= 0 or text[at - 1].isspace()


def test_snippet_files_parse(pipeline):
    """The raw page snippets (one tweet markup each, as cut from the pages) give nested tweet records."""
    folder = tweets_data("embedded", "samples")
    files = sorted(folder.glob("*.html"))
    assert len(files) >= 10
    with_tweets = 0
    for path in files:
        try:
            doc = html_to_document(path.read_bytes(), path.name)
        except HtmlParseError:
            continue  # an amp-twitter placeholder with no text at all
        record = pipeline.process(doc)
        assert_no_errors(record)
        for tweet in record["doc"].get("embedded_tweets", {}).get("value", []):
            validate_record(tweet)
            start, end = tweet["meta"]["span"]
            assert record["text"][start:end] == tweet["text"]
            with_tweets += 1
    assert with_tweets >= 10


class _TweetQuotes:
    """Stands in for the quotes plugin: every «…» is a quote whose channel is a tweet."""

    name = "fake_quotes"
    provides = ("quote",)

    @hookimpl
    def segment_document(self, doc):
        for i, m in enumerate(re.finditer(r"«\s*(.+?)\s*»", doc.text)):
            doc.add_span("quote", m.start(), m.end(), id=f"q{i}", parts=[list(m.span(1))], channel="tweet")


def test_quotes_of_a_tweet_are_linked_to_the_embedded_tweet():
    item = _blockquotes()[0]  # @diktator's tweet, in German
    tweet_text = item["parsed"]["text"]
    said = tweet_text.split("“,")[0]  # a part of the tweet, quoted in the article
    page = (f"<html><body><p>Er schrieb: « {said} » und mehr.</p><p>Anderes: « ganz andere Worte hier ».</p>"
            f"{item['html']}</body></html>")
    pipeline = make_pipeline(Html, Tweets, _TweetQuotes, on_error="raise")
    record = pipeline.process(html_to_document(page, "quoted"))
    assert_no_errors(record)
    links = record["layers"].get("quote_tweet", [])
    assert [(s["quote"], s["tweet"]) for s in links] == [("q0", item["parsed"]["tweet_id"])]
    assert links[0]["score"] == 1.0
