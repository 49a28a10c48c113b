from __future__ import annotations

import html
import json
import re

import pytest

from plugins.html.embeds import TWEET_XPATH, parse_author_line, parse_tweet_element, snowflake_time
from plugins.html.extract import extract_article
from plugins.html.parse import parse_html


def _records(html_data):
    with open(html_data / "tweets" / "embedded" / "blockquotes.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_every_blockquote_record_id_handle_date_recovered(html_data):
    records = _records(html_data)
    assert len(records) >= 20
    for rec in records:
        gold = rec["parsed"]
        els = TWEET_XPATH(parse_html(rec["html"]).root)
        assert len(els) == 1
        got = parse_tweet_element(els[0])
        where = f"{rec['path']}@{rec['offset']}"
        assert got["id"] == gold["tweet_id"], where
        assert got["handle"] == (gold["author_handle"] or gold["url_handle"]), where
        assert got["url_handle"] == gold["url_handle"], where
        assert got["date"] == gold["date_text"], where
        assert got["author_name"] == gold["author_name"], where
        assert got["created_at"] == gold["snowflake_utc"], where
        assert got["lang"] == (gold["p_lang"] or gold["data_attrs"].get("data-lang") or gold["data_attrs"].get("lang"))


def test_blockquote_records_as_pages_give_embedded_tweet_spans(html_data):
    for rec in _records(html_data):
        gold = rec["parsed"]
        page = f"<html><body><article><p>Before the tweet, some words.</p>{rec['html']}</article></body></html>"
        text, paras, tweets = extract_article(parse_html(page).root).assemble()
        assert len(tweets) == 1, rec["path"]
        tw = tweets[0]
        assert tw["id"] == gold["tweet_id"]
        assert 0 <= tw["start"] <= tw["text_start"] <= tw["text_end"] <= tw["end"] <= len(text)
        if gold["text"]:
            # the tweet's text is in the record, whitespace aside
            body = text[tw["text_start"]:tw["text_end"]]
            assert "".join(body.split()) == "".join(gold["text"].split())
        if gold["author_line"]:
            assert text[tw["start"]:tw["end"]].endswith(gold["date_text"])


_SOURCE = re.compile(r"<!-- source: .*?/blob/(\w+)/(.+?) \(char offset (\d+)\)")


_LINK = re.compile(r'href="https?://(?:www\.|mobile\.)?twitter\.com/(\w+)/status/(\d+)[^"]*"[^>]*>(.*?)</a>', re.S)
_HANDLE = re.compile(r"\(@(\w+)\)")


def _expected_from_markup(raw: str) -> tuple[str, str, str | None]:
    """(id, handle, date) read from the sample with plain regexes: a check independent of our parser."""
    handle_url, tweet_id, date = _LINK.findall(raw)[-1]
    shown = _HANDLE.search(raw)
    date = " ".join(html.unescape(re.sub(r"<[^>]+>", "", date)).split()) or None
    return tweet_id, shown.group(1) if shown else handle_url, date


def test_samples_every_id_handle_and_date(html_data):
    by_place = {(r["path"], r["offset"]): r["parsed"] for r in _records(html_data)}
    samples = sorted((html_data / "tweets" / "embedded" / "samples").glob("*.html"))
    assert len(samples) >= 10
    matched = 0
    for path in samples:
        raw = path.read_text(encoding="utf-8")
        m = _SOURCE.search(raw)
        text, paras, tweets = extract_article(parse_html(raw).root).assemble()
        assert len(tweets) == 1, path.name
        tw = tweets[0]
        got = (tw["id"], tw["handle"], tw["date"])
        assert got == _expected_from_markup(raw), path.name
        assert tw["url"] == f"https://twitter.com/{tw['url_handle']}/status/{tw['id']}"
        # the Snowflake time agrees with the date the page shows (its year at least; time zones differ)
        assert tw["created_at"][:4] == (re.findall(r"(20\d\d)", tw["date"])[-1] if tw["date"] else tw["created_at"][:4])
        gold = by_place.get((m.group(2), int(m.group(3)))) if m else None
        if gold:
            matched += 1
            assert got == (gold["tweet_id"], gold["author_handle"] or gold["url_handle"], gold["date_text"])
            assert tw["created_at"] == gold["snowflake_utc"]
    assert matched >= 5


def test_oembed_response(html_data):
    data = json.loads((html_data / "tweets" / "embedded" / "oembed_tweepy_testgetoembed.json").read_text())
    text, paras, tweets = extract_article(parse_html(data["response"]["html"]).root).assemble()
    gold = data["parsed_html"]
    assert [(t["id"], t["handle"], t["date"]) for t in tweets] == [
        (gold["tweet_id"], gold["author_handle"], gold["date_text"])]
    assert "widgets.js" not in text


AMP = """<html><body><article><p>Intro paragraph of the story, long enough to count here.</p>
<amp-twitter width="375" height="472" layout="responsive" data-tweetid="885634330868850689">
<blockquote placeholder class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Placeholder text \U0001F426</p>
&mdash; Jane (@jane_doe) <a href="https://twitter.com/jane_doe/status/885634330868850689">July 13, 2017</a></blockquote>
</amp-twitter>
<p>Middle paragraph, between the tweets, with its own words.</p>
<amp-twitter width="375" height="472" layout="responsive" data-tweetid="1519105091772596231"></amp-twitter>
<p>Last paragraph.</p></article></body></html>"""


def test_amp_twitter_with_and_without_placeholder():
    text, paras, tweets = extract_article(parse_html(AMP).root).assemble()
    assert [t["id"] for t in tweets] == ["885634330868850689", "1519105091772596231"]
    first, second = tweets
    assert (first["handle"], first["author_name"], first["date"], first["lang"]) == (
        "jane_doe", "Jane", "July 13, 2017", "en")
    assert text[first["text_start"]:first["text_end"]] == "Placeholder text \U0001F426"
    # no markup to show: an empty span where the tweet stands, with what the id tells
    assert second["start"] == second["end"] == text.index("Middle paragraph") + len(
        "Middle paragraph, between the tweets, with its own words.")
    assert second["created_at"] == "2022-04-27T00:04:12.143Z"
    assert second["url"] == "https://twitter.com/i/status/1519105091772596231"
    assert text.count("\n\n\n") == 0


def test_tweet_in_a_social_wrapper_survives_boilerplate_removal():
    page = ('<article><p>Words of the article that matter, a sentence or two, with commas.</p>'
            '<div class="social-embed"><blockquote class="twitter-tweet"><p>hi</p>&mdash; A (@a) '
            '<a href="https://twitter.com/a/status/20">March 21, 2006</a></blockquote></div></article>')
    text, paras, tweets = extract_article(parse_html(page).root).assemble()
    assert tweets and tweets[0]["id"] == "20" and tweets[0]["created_at"] is None  # pre-Snowflake id


@pytest.mark.parametrize("line, expected", [
    ("— Peter Wittkamp🐬 (@diktator) 25. September 2018", ("Peter Wittkamp🐬", "diktator", "25. September 2018")),
    ("&mdash; x", (None, None, None)),
    ("— (@h) ", (None, "h", None)),
])
def test_author_line(line, expected):
    got = parse_author_line(line)
    assert (got["author_name"], got["handle"], got["date"]) == expected


def test_snowflake():
    assert snowflake_time("1044502590266978309") == "2018-09-25T08:23:18.096Z"
    assert snowflake_time("20") is None and snowflake_time("x") is None and snowflake_time(None) is None
