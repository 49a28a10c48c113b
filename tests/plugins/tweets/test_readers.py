"""The tweet-json reader on the real API samples (v1.1 and v2) and on broken input."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from framework import is_error_record, iter_inputs
from framework.testing import make_pipeline
from plugins.tweets.entities import extract_entities
from plugins.tweets.plugin import Tweets
from plugins.tweets.readers import Unescaped, read_tweet_json, tweet_documents

from .conftest import tweets_data

_SAMPLE_TYPES = {"hashtag": "hashtag", "mention": "mention", "cashtag": "cashtag", "url": "url", "media": "url"}


def _read(path: Path) -> list[dict]:
    with path.open("rb") as stream:
        return list(read_tweet_json(stream, str(path), {}))


def _read_bytes(data: bytes, name: str = "in.json") -> list[dict]:
    return list(read_tweet_json(io.BytesIO(data), name, {}))


@pytest.fixture(scope="module")
def samples() -> dict[str, list[dict]]:
    root = tweets_data("tweet_json")
    return {str(p.relative_to(root)): _read(p) for p in sorted(root.rglob("*.json*"))
            if p.name != "index_semantics.json"}


def test_every_api_sample_reads(samples):
    docs = {name: [d for d in out if not is_error_record(d)] for name, out in samples.items()}
    v1 = sum(len(d) for n, d in docs.items() if n.startswith("v1.1") and "activity_streams" not in n)
    activity = sum(len(d) for n, d in docs.items() if "activity_streams" in n)
    v2 = sum(len(d) for n, d in docs.items() if n.startswith("v2"))
    assert v1 >= 90 and v2 >= 120 and activity >= 30, (v1, v2, activity)
    for name, out in docs.items():
        for doc in out:
            meta = doc["meta"]
            assert meta["format"] == "tweet" and meta["api"] in ("v1.1", "v2", "activity-streams", "oembed"), name
            assert doc["id"] == meta["tweet_id"] and doc["id"].isdigit(), name
    # API v1.1: a 280-character tweet in compatibility mode is read from extended_tweet.full_text
    extended = docs["v1.1/tweet-updates/original/gt140_hidden_extended/replies.json"][0]
    assert len(extended["text"]) > 140 and "truncated" not in extended["meta"]
    # without extended_tweet the text is cut, and the record says so
    compat = docs["v1.1/python-twitter/extended_tweet_in_compat_mode.json"][0]
    assert compat["meta"]["truncated"] is True and "\u2026" in compat["text"]


def test_api_entities_agree_with_ours(samples):
    """Every entity the API gives (offsets mapped to our text) is one we extract, at the same span, with the
    same value. API entities that do not even match their own text (mojibake in the sample, retweet text
    cut with '…') are counted apart and must stay rare."""
    checked = inconsistent = 0
    disagreements = []
    for name, out in samples.items():
        for doc in out:
            if is_error_record(doc):
                continue
            text = doc["text"]
            ours = {(e.start, e.end): e for e in extract_entities(text)}
            for api in doc["meta"].get("api_entities", ()):
                surface = text[api["start"]:api["end"]]
                value = api.get("url") or api.get("tag") or api.get("screen_name") or api.get("symbol")
                if value is None or surface.lstrip("#@$\uff03\uff20").lower() != value.lower():
                    inconsistent += 1
                    continue
                checked += 1
                mine = ours.get((api["start"], api["end"]))
                if mine is None or _layer(mine.kind) != _SAMPLE_TYPES[api["type"]]:
                    disagreements.append((name, api, surface))
    assert checked >= 300, checked
    assert not disagreements, disagreements[:5]
    assert inconsistent <= 8, inconsistent


def _layer(kind: str) -> str:
    return "mention" if kind == "list" else kind


def test_escaped_indices_are_mapped():
    """API indices count code points over the HTML-escaped text: '&amp;' is 5, and a 😀 is one."""
    raw = "😀 Fish &amp; chips &lt;3 #yum @bob"
    tweet = {"id_str": "1", "full_text": raw, "user": {"screen_name": "a"}, "entities": {
        "hashtags": [{"text": "yum", "indices": [25, 29]}],
        "user_mentions": [{"screen_name": "bob", "id_str": "2", "indices": [30, 34]}]}}
    [doc] = tweet_documents(tweet)
    assert doc["text"] == "😀 Fish & chips <3 #yum @bob"
    spans = {e["type"]: doc["text"][e["start"]:e["end"]] for e in doc["meta"]["api_entities"]}
    assert spans == {"hashtag": "#yum", "mention": "@bob"}


@given(st.lists(st.sampled_from(["a", "&", "&amp;", "&lt;", "&gt;", "😀", "&am", ";", " "]), max_size=40))
def test_unescape_map_is_monotonic_and_exact(parts):
    raw = "".join(parts)
    un = Unescaped(raw)
    mapped = [un.offset(i) for i in range(len(raw) + 1)]
    assert mapped == sorted(mapped) and mapped[0] == 0 and mapped[-1] == len(un.text)
    # the text before every escape boundary is decoded exactly
    pos = 0
    for part in parts:
        pos += len(part)
        assert un.text[:un.offset(pos)] == Unescaped(raw[:pos]).text


def test_quote_tweet_yields_linked_records(samples):
    docs = [d for d in samples["v1.1/tweet-updates/original/classic_no_hidden/quote.json"] if not is_error_record(d)]
    assert len(docs) == 2
    quoting, quoted = docs
    assert {"type": "quoted", "id": quoted["id"]} in quoting["meta"]["references"]
    assert quoted["meta"]["referenced_by"] == [{"type": "quoted", "id": quoting["id"]}]
    retweet = [d for d in samples["v1.1/tweet-updates/original/classic_no_hidden/retweet.json"]
               if not is_error_record(d)]
    assert retweet[0]["meta"]["references"][0]["type"] == "retweeted"
    assert retweet[1]["meta"]["referenced_by"][0]["type"] == "retweeted"


def test_activity_streams_quote_and_long_text(samples):
    folder = "v1.1/tweet-updates/activity_streams/"
    quote = [d for d in samples[folder + "lt140_hidden/quote_w_reply.json"] if not is_error_record(d)]
    assert [d["meta"]["api"] for d in quote] == ["activity-streams"] * 2
    assert quote[0]["id"] == "758833194632224768" and quote[0]["meta"]["author"]["screen_name"] == "ygritteygritte"
    assert {"type": "quoted", "id": quote[1]["id"]} in quote[0]["meta"]["references"]
    long = [d for d in samples[folder + "gt140_hidden_extended/replies.json"] if not is_error_record(d)][0]
    assert len(long["text"]) > 140  # read from long_object


def test_v2_response_with_includes(samples):
    docs = [d for d in samples["v2/twarc-csv/quoted_edit.jsonl"] if not is_error_record(d)]
    assert len(docs) == 2
    top, quoted = docs
    assert top["meta"]["author"]["screen_name"] == "dappdavid99"
    assert {"type": "quoted", "id": quoted["id"]} in top["meta"]["references"]
    assert quoted["meta"]["referenced_by"] == [{"type": "quoted", "id": top["id"]}]
    assert top["text"] == "@wongmjane Test \nhttps://t.co/rBFwqjVr6B"


def test_bad_json_gives_error_records_and_reading_goes_on():
    good = orjson.dumps({"id_str": "5", "text": "ok #go", "user": {}})
    lines = b"\n".join([good, b"{not json", b"[1, 2]", orjson.dumps({"id_str": "6", "user": {}}), good])
    out = _read_bytes(lines, "t.jsonl")
    kinds = [(d["errors"][0]["type"], d["errors"][0].get("line")) if is_error_record(d) else d["id"] for d in out]
    assert kinds == ["5", ("InvalidJSON", 2), ("NotATweet", 3), ("NotATweet", 3), ("MissingField", 4), "5"]
    missing = out[4]["errors"][0]["message"]
    assert "'text'" in missing and "6" in missing
    assert out[1]["meta"]["raw"] == "{not json"


def test_pretty_printed_objects_with_junk_between():
    obj = orjson.dumps({"id_str": "7", "text": "one", "user": {}}, option=orjson.OPT_INDENT_2)
    data = obj + b"\nA caption line, not JSON\n" + obj.replace(b'"7"', b'"8"') + b"\n{\"broken\": \n"
    out = _read_bytes(data)
    assert [d["id"] for d in out if not is_error_record(d)] == ["7", "8"]
    errors = [d for d in out if is_error_record(d)]
    assert [e["errors"][0]["type"] for e in errors] == ["InvalidJSON", "InvalidJSON"]
    assert errors[0]["meta"]["raw"] == "A caption line, not JSON"
    assert errors[0]["meta"]["line"] == 6


def test_not_utf8_and_empty_inputs():
    assert _read_bytes(b"") == []
    [bad] = _read_bytes(b"\xff\xfe{ bad")
    assert bad["errors"][0]["type"] == "InvalidUTF8"


def test_pipeline_run_over_the_reader(tmp_path):
    path = tmp_path / "some.tweets.json"
    path.write_bytes(orjson.dumps([{"id_str": "9", "full_text": "Hi @bob &amp; #tag", "user": {},
                                    "entities": {"hashtags": [{"text": "tag", "indices": [14, 18]}]}}]))
    p = make_pipeline(Tweets, on_error="raise")
    records = [p.process(d) for d in iter_inputs([str(path)], p.formats)]
    assert len(records) == 1
    record = records[0]
    assert record["text"] == "Hi @bob & #tag"
    assert record["layers"]["hashtag"] == [{"start": 10, "end": 14, "tag": "tag"}]
    assert record["doc"]["tweet_length"]["value"] == 14


def test_oembed_answers(samples):
    """oEmbed JSON carries the tweet markup: read as the html plugin reads embedded tweets."""
    [doc] = [d for d in samples["v1.1/python-twitter/get_status_oembed.json"] if not is_error_record(d)]
    assert (doc["id"], doc["text"], doc["meta"]["author"]["screen_name"]) == ("397", "getting waxed!", "jack")
    assert doc["meta"]["api"] == "oembed" and doc["meta"]["created_at"] is None  # 2006: before Snowflake ids
    path = tweets_data("embedded", "oembed_tweepy_testgetoembed.json")
    [doc] = _read(path)
    parsed = orjson.loads(path.read_bytes())["parsed_html"]
    assert doc["id"] == parsed["tweet_id"] and doc["meta"]["created_at"] == parsed["snowflake_utc"]
    assert doc["text"] == " ".join(parsed["text"].split())
    assert [e.value for e in extract_entities(doc["text"])] == ["TwitterEng", "http://t.co/uML86B6s"]
