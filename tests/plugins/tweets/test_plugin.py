"""The tweets plugin in a pipeline: entity layers, tweet links, ignored regions, tweet length, settings."""

from __future__ import annotations

import pytest

from framework import ConfigError, validate_record
from framework.testing import assert_no_errors, assert_span, find_spans, make_pipeline, span_texts
from plugins.source_tags import SourceTags
from plugins.tweets.links import parse_tweet_link, snowflake_time
from plugins.tweets.plugin import Tweets


@pytest.fixture(scope="module")
def pipeline():
    return make_pipeline(SourceTags, Tweets, on_error="raise")


def test_entity_layers_with_emoji_offsets(pipeline):
    text = "😀🇫🇷 Bravo @jack et @TwitterDev/team ! #StopToxicTwitter 👍🏽 $TSLA https://t.co/abc123 fin"
    record = pipeline.process(text)
    assert_no_errors(record)
    validate_record(record)
    assert_span(record, "hashtag", "#StopToxicTwitter", tag="StopToxicTwitter")
    assert_span(record, "mention", "@jack", screen_name="jack")
    span = assert_span(record, "mention", "@TwitterDev/team", screen_name="TwitterDev", list="team")
    assert text[span["start"]:span["end"]] == "@TwitterDev/team"  # code points, not UTF-16 units
    assert_span(record, "cashtag", "$TSLA", symbol="TSLA")
    assert_span(record, "url", "https://t.co/abc123", url="https://t.co/abc123")
    assert record["provenance"]["tweets"]["plugin"]


@pytest.mark.parametrize(
    "link, tweet_id, handle",
    [
        ("https://twitter.com/jack/status/20", "20", "jack"),
        ("http://mobile.twitter.com/jack/statuses/20?s=20", "20", "jack"),
        ("https://x.com/elonmusk/status/1585341984679469056?s=20&t=abc", "1585341984679469056", "elonmusk"),
        ("x.com/elonmusk/status/1585341984679469056/photo/1", "1585341984679469056", "elonmusk"),
        ("https://twitter.com/i/web/status/1044502590266978309", "1044502590266978309", None),
        ("https://www.twitter.com/#!/jack/status/20", "20", "jack"),
        ("twitter.com/i/status/1044502590266978309", "1044502590266978309", None),
    ],
)
def test_tweet_links(pipeline, link, tweet_id, handle):
    record = pipeline.process(f"Lire « {link} ». Fin.")
    spans = find_spans(record, "tweet_link")
    assert len(spans) == 1, record["layers"]
    span = spans[0]
    assert record["text"][span["start"]:span["end"]] == link
    assert (span["id"], span["handle"]) == (tweet_id, handle)
    assert span["created_at"] == snowflake_time(tweet_id)


def test_snowflake_time_and_not_links():
    # the id of the embedded tweet sample in shared/data (its parsed snowflake_utc)
    assert snowflake_time("1044502590266978309") == "2018-09-25T08:23:18.096Z"
    assert snowflake_time("20") is None  # pre-Snowflake ids carry no time
    for url in ("https://fox.com/jack/status/20", "https://twitter.com/jack", "https://twitter.com/jack/status/",
                "https://twitter.com/jack/likes/20", "https://notx.com/a/status/1"):
        assert parse_tweet_link(url) is None, url
    assert parse_tweet_link("https://x.com/a/status/123456789012345678901") is None  # over 19 digits


def test_entities_in_ignored_regions_are_skipped(pipeline):
    text = "Un texte avec #Tag et @jack.\nSource-147"
    record = pipeline.process(text)
    assert span_texts(record, "hashtag") == ["#Tag"]
    assert span_texts(record, "source_tag") == ["Source-147"]
    record = pipeline.process({"id": "x", "text": "#Gone and #Kept", "layers": {
        "ignore": [{"start": 0, "end": 5, "reason": "test", "by": "test"}]}})
    assert span_texts(record, "hashtag") == ["#Kept"]


def test_tweet_length_only_for_tweet_documents(pipeline):
    record = pipeline.process({"id": "t", "text": "a" * 270 + " 😀😀😀😀😀", "meta": {"format": "tweet"}})
    assert record["doc"]["tweet_length"]["value"] == 270 + 1 + 5 * 2
    assert record["doc"]["tweet_length"]["valid"] is False
    assert record["doc"]["tweet_length"]["config"] == "v3"
    assert "tweet_length" not in pipeline.process("an article, not a tweet")["doc"]


def test_length_config_setting():
    p = make_pipeline(Tweets, settings={"tweets": {"length_config": "v1"}}, on_error="raise")
    record = p.process({"id": "t", "text": "x" * 141, "meta": {"format": "tweet"}})
    assert record["doc"]["tweet_length"] == {"value": 141, "valid": False, "config": "v1", "permillage": 1007,
                                             "by": "tweets"}
    with pytest.raises(ConfigError, match="length_config"):
        make_pipeline(Tweets, settings={"tweets": {"length_config": "v9"}})


def test_expanded_url_from_the_api_gives_a_tweet_link(pipeline):
    text = "Quoting this https://t.co/OY7qmdJQnO"
    record = pipeline.process({"id": "t", "text": text, "meta": {"format": "tweet", "api_entities": [
        {"type": "url", "start": 13, "end": 36, "url": "https://t.co/OY7qmdJQnO",
         "expanded_url": "https://twitter.com/i/web/status/714461850188926976"}]}})
    assert_span(record, "url", "https://t.co/OY7qmdJQnO", expanded_url="https://twitter.com/i/web/status/714461850188926976")
    assert_span(record, "tweet_link", "https://t.co/OY7qmdJQnO", id="714461850188926976", via="expanded_url")


def test_registered_by_entry_point():
    p = make_pipeline("tweets")
    assert [info.name for info in p.plugins] == ["tweets"]
    assert "tweet-json" in p.formats.readers


def test_an_unknown_setting_is_a_config_error():
    """As the language plugin does: ``--set tweets.length=v1`` (for length_config) was ignored in silence."""
    with pytest.raises(ConfigError, match="tweets: unknown setting[(]s[)] length; known: length_config"):
        make_pipeline(Tweets, settings={"tweets": {"length": "v1"}})
