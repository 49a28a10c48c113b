"""Embedded tweets in article HTML: `<blockquote class="twitter-tweet">` (the oEmbed markup) and `<amp-twitter>`.

`parse_tweet_element(el)` reads what the markup says without any network access: the status URL and tweet id,
the handle (from the author line and from the URL), the author's display name, the date as shown, the language,
and the creation time decoded from the id (Twitter ids since November 2010 are Snowflake ids).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from lxml import etree

__all__ = ["TWEET_XPATH", "is_tweet_element", "parse_author_line", "parse_tweet_element", "snowflake_time"]

TWITTER_EPOCH_MS = 1288834974657
# the first Snowflake ids were issued on 2010-11-04; older (sequential) ids carry no time
_FIRST_SNOWFLAKE = 29_700_000_000_000_000 // 1000  # ids below ~3e13 are pre-Snowflake

_STATUS_URL = re.compile(
    r"^https?://(?:(?:www|mobile|m)\.)?(?:twitter|x)\.com/(?:#!/)?(?P<handle>\w{1,50})/status(?:es)?/(?P<id>\d{1,20})",
    re.IGNORECASE,
)
_AUTHOR_LINE = re.compile(
    r"^[\s\u2014\u2013\-\u2015]*(?P<name>.*?)\s*\(\s*@(?P<handle>\w{1,50})\s*\)\s*(?P<date>.*?)\s*$", re.DOTALL
)
_WS = re.compile(r"\s+")

TWEET_XPATH = etree.XPath(
    ".//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' twitter-video ')] | .//amp-twitter"
)


def is_tweet_element(el) -> bool:
    """True for `<amp-twitter>` and for blockquotes with class twitter-tweet / twitter-video."""
    tag = el.tag
    if tag == "amp-twitter":
        return True
    if tag != "blockquote":
        return False
    cls = el.get("class")
    if not cls:
        return False
    words = cls.split()
    return "twitter-tweet" in words or "twitter-video" in words


def snowflake_time(tweet_id: str | int | None) -> str | None:
    """UTC creation time of a Snowflake tweet id as ISO 8601 with milliseconds ('...Z'); None for old ids."""
    if tweet_id is None:
        return None
    try:
        n = int(tweet_id)
    except (TypeError, ValueError):
        return None
    if n < _FIRST_SNOWFLAKE or n >= 1 << 63:
        return None
    ms = (n >> 22) + TWITTER_EPOCH_MS
    dt = datetime.fromtimestamp(ms / 1000, tz=timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def parse_author_line(line: str) -> dict:
    """'— Name (@handle) July 3, 2019' -> {'author_name', 'handle', 'date'} (missing parts are None)."""
    m = _AUTHOR_LINE.match(line or "")
    if not m:
        return {"author_name": None, "handle": None, "date": None}
    name = _WS.sub(" ", m.group("name")).strip() or None
    return {"author_name": name, "handle": m.group("handle"), "date": m.group("date") or None}


def _text(el) -> str:
    return _WS.sub(" ", "".join(el.itertext())).strip()


def parse_tweet_element(el) -> dict:
    """What an embedded-tweet element says: id, url, handle, url_handle, author_name, date, created_at, lang."""
    inner = el
    if el.tag == "amp-twitter":
        found = TWEET_XPATH(el)
        inner = next((x for x in found if x.tag == "blockquote"), el)
    tweet_id = el.get("data-tweetid") or el.get("data-tweet-id")
    url = url_handle = None
    status_links = []
    for a in inner.iter("a"):
        href = (a.get("href") or "").strip()
        m = _STATUS_URL.match(href)
        if m:
            status_links.append((a, m))
    if status_links:
        a, m = status_links[-1]  # the date link closes the author line
        url_handle = m.group("handle")
        if tweet_id is None or tweet_id == m.group("id"):
            tweet_id = m.group("id")
            url = f"https://twitter.com/{url_handle}/status/{tweet_id}"
        date_text = _text(a) or None
    else:
        a = None
        date_text = None
    if url is None and tweet_id:
        url = f"https://twitter.com/i/status/{tweet_id}"
    # the author line: text after the last <p> (or the last <p> itself) starting with a dash
    author = {"author_name": None, "handle": None, "date": None}
    if a is not None:
        holder = a.getparent()
        if holder is not None and holder is not inner and holder.tag == "p":
            line = _text(holder)
        else:
            # the line is loose text inside the blockquote: what follows its last <p> (or all of it)
            parts = [inner.text or ""]
            for child in inner:
                if child.tag == "p":
                    parts = [child.tail or ""]
                    continue
                if isinstance(child.tag, str):
                    parts.append("".join(child.itertext()))
                parts.append(child.tail or "")
            line = _WS.sub(" ", "".join(parts)).strip()
        author = parse_author_line(line)
    lang = None
    for p in inner.iter("p"):
        lang = p.get("lang") or p.get("{http://www.w3.org/XML/1998/namespace}lang")
        if lang:
            break
    if not lang:
        lang = inner.get("data-lang") or inner.get("lang") or el.get("data-lang")
    return {
        "id": tweet_id,
        "url": url,
        "handle": author["handle"] or url_handle,
        "url_handle": url_handle,
        "author_name": author["author_name"],
        "date": author["date"] or date_text,
        "created_at": snowflake_time(tweet_id),
        "lang": lang or None,
    }
