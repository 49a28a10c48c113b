"""Tweet links: status URLs on twitter.com / x.com -> tweet id, handle and creation time.

A link is read from a URL the entity extractor found (so its end, query string included, follows the
twitter-text URL rules) or from any URL string (an API ``expanded_url``). Accepted forms::

    https://twitter.com/jack/status/20            http://mobile.twitter.com/jack/statuses/20?s=20
    x.com/jack/status/20/photo/1                  https://twitter.com/i/web/status/20
    https://twitter.com/#!/jack/status/20         https://www.x.com/i/status/20

The creation time is decoded from the Snowflake id (ids issued since November 2010); older ids give None.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plugins.html.embeds import snowflake_time

__all__ = ["TweetLink", "parse_tweet_link", "snowflake_time", "status_url"]

_LINK = re.compile(
    r"(?:https?://)?(?:(?:www|mobile|m)\.)?(?P<host>twitter|x)\.com/(?:#!/)?"
    r"(?:i/web|(?P<handle>[A-Za-z0-9_]{1,20}))/status(?:es)?/(?P<id>[0-9]{1,19})(?![0-9])",
    re.IGNORECASE,
)


class TweetLink(NamedTuple):
    """A status link: the tweet id (a string: ids overflow JavaScript numbers), handle (None for
    ``/i/web/status/`` and ``/i/status/``), host and creation time (ISO 8601 UTC or None)."""

    id: str
    handle: str | None
    host: str
    created_at: str | None

    @property
    def url(self) -> str:
        return status_url(self.id, self.handle)


def parse_tweet_link(url: str) -> TweetLink | None:
    """The tweet a status URL points to, or None when ``url`` is not one (the URL must start with it)."""
    m = _LINK.match(url)
    if m is None:
        return None
    handle = m.group("handle")
    if handle is not None and handle.lower() == "i":
        handle = None
    tweet_id = m.group("id").lstrip("0") or "0"
    return TweetLink(tweet_id, handle, m.group("host").lower() + ".com", snowflake_time(tweet_id))


def status_url(tweet_id: str, handle: str | None = None) -> str:
    """The canonical status URL of a tweet."""
    return f"https://twitter.com/{handle or 'i/web'}/status/{tweet_id}"
