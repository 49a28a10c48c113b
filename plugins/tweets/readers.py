"""The ``tweet-json`` reader: Twitter API v1.1 and v2 JSON as tweet documents.

Input: one JSON value, a JSON array, JSON lines, or pretty-printed objects one after another (as API
dumps and test fixtures hold them). Accepted values: a v1.1 tweet (``text``/``full_text``, ``extended_tweet``
for 280-character tweets in compatibility mode), a v1.1 search result (``statuses``), a Gnip Activity
Streams activity (``body``, ``long_object``, ``twitter_entities``), a v2 response (``data`` + ``includes``,
``note_tweet`` for long posts), a v2 tweet, an oEmbed answer (``html`` with the tweet markup), arrays of
these, and ``{"request", "response"}`` pairs (recorded
API calls). Each tweet becomes one document; its retweeted and quoted tweets become documents of their own,
linked both ways by ``meta.references`` and ``meta.referenced_by`` (``[{"type", "id"}]``).

The text of a document is the tweet text with the API's HTML escapes (``&amp;``, ``&lt;``, ``&gt;``)
decoded. The API's entity indices count code points over the *escaped* text (``&amp;`` counts 5): they are
mapped to our text and kept in ``meta.api_entities``; ``meta.display_range`` is mapped the same way.

Anything that is not JSON or not a tweet becomes an error record naming the line and the missing field, and
reading goes on.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any, BinaryIO

import orjson

from framework import error_record

__all__ = ["Unescaped", "read_tweet_json", "tweet_documents"]

PLUGIN = "tweets"
_ESCAPE = re.compile(r"&(?:amp|lt|gt);")
_PLAIN = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_RESYNC = re.compile(r"^[ \t]*[\[{]", re.MULTILINE)


class TweetFormatError(ValueError):
    """A JSON value that is not a tweet the reader knows: the message names the missing field."""

    def __init__(self, message: str, kind: str = "MissingField") -> None:
        super().__init__(message)
        self.kind = kind


class Unescaped:
    """A tweet text with the API's HTML escapes decoded, and its offset map from escaped to decoded."""

    __slots__ = ("raw", "text", "_ends", "_starts", "_shift")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._starts: list[int] = []
        self._ends: list[int] = []  # end of each escape in the raw text
        self._shift: list[int] = []  # characters removed up to and including that escape
        if "&" not in raw:
            self.text = raw
            return
        parts = []
        pos = removed = 0
        for m in _ESCAPE.finditer(raw):
            parts.append(raw[pos:m.start()])
            parts.append(_PLAIN[m.group()])
            removed += len(m.group()) - 1
            self._starts.append(m.start())
            self._ends.append(m.end())
            self._shift.append(removed)
            pos = m.end()
        parts.append(raw[pos:])
        self.text = "".join(parts)

    def offset(self, index: int) -> int:
        """The offset in the decoded text of code point offset ``index`` in the escaped text (an index
        inside an escape maps to the decoded character; past the end maps to the end)."""
        i = bisect_right(self._ends, index) - 1
        out = index - (self._shift[i] if i >= 0 else 0)
        nxt = i + 1
        if nxt < len(self._starts) and self._starts[nxt] < index:
            out = self._starts[nxt] - (self._shift[i] if i >= 0 else 0)
        return max(0, min(out, len(self.text)))


# -- reading values --------------------------------------------------------------------------------------
def _bad(name: str, line: int | None, raw: bytes | str, kind: str, message: str) -> dict[str, Any]:
    return error_record(source=name, line=line, raw=raw, plugin=PLUGIN, type=kind, message=message)


def _values(stream: BinaryIO, name: str) -> Iterator[tuple[int | None, Any] | dict[str, Any]]:
    """``(line, value)`` for each JSON value of the input, or an error record for what is not JSON.

    JSON lines are streamed; anything else is read whole: one value, or values one after another with
    anything between them that is not JSON reported once (resynchronising at the next line opening an
    object or an array, so the scan stays linear).
    """
    first = b""
    number = 0
    for line in stream:
        number += 1
        if line.strip():
            first = line
            break
    if not first:
        return
    try:
        value = orjson.loads(first)
    except orjson.JSONDecodeError:
        pass
    else:
        yield number, value
        for line in stream:
            number += 1
            if not line.strip():
                continue
            try:
                yield number, orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                yield _bad(name, number, line.rstrip(b"\r\n"), "InvalidJSON", f"line {number}: {exc}")
        return
    data = first + stream.read()
    try:
        yield number, orjson.loads(data)
        return
    except orjson.JSONDecodeError:
        pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield _bad(name, None, data, "InvalidUTF8", f"not UTF-8 at byte {exc.start}: {exc.reason}")
        return
    yield from _concatenated(text, name, number)


def _concatenated(text: str, name: str, first_line: int) -> Iterator[tuple[int | None, Any] | dict[str, Any]]:
    decoder = json.JSONDecoder()
    n = len(text)
    pos = 0
    line = first_line
    counted = 0  # text[:counted] has had its newlines added to ``line``
    while True:
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            failed = max(exc.pos, pos + 1)
            resume = text.rfind("\n", pos, failed) + 1 or failed
            if resume <= pos:
                resume = failed
            m = _RESYNC.search(text, resume)
            stop = m.start() if m else n
            yield _bad(name, line, text[pos:stop].rstrip(), "InvalidJSON",
                       f"{name}:{line}: not JSON ({exc.msg} at line {exc.lineno + first_line - 1}, column {exc.colno})")
            pos = stop
            continue
        yield line, value
        pos = end


# -- tweets ----------------------------------------------------------------------------------------------
def _tweet_id(obj: dict[str, Any], version: str) -> str:
    tid = obj.get("id_str") if version == "v1.1" else None
    if tid is None:
        tid = obj.get("id")
    if tid is None or isinstance(tid, bool) or not isinstance(tid, (str, int)):
        raise TweetFormatError("the tweet has no 'id_str' or 'id' field" if version == "v1.1"
                               else "the tweet has no 'id' field")
    return str(tid)


def _map_entities(groups: dict[str, Any] | None, un: Unescaped, v2: bool, out: list[dict[str, Any]]) -> None:
    """API entities -> ``{type, start, end, ...}`` with offsets on the decoded text."""
    if not isinstance(groups, dict):
        return
    for group, kind, fields in _ENTITY_GROUPS:
        for ent in groups.get(group) or ():
            if not isinstance(ent, dict):
                continue
            if v2:
                start, end = ent.get("start"), ent.get("end")
            else:
                idx = ent.get("indices")
                start, end = (idx[0], idx[1]) if isinstance(idx, list) and len(idx) == 2 else (None, None)
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
                continue
            item = {"type": kind, "start": un.offset(start), "end": un.offset(end)}
            for ours, theirs in fields:
                for key in theirs:
                    if ent.get(key) is not None:
                        item[ours] = ent[key]
                        break
            out.append(item)


_ENTITY_GROUPS = (
    ("hashtags", "hashtag", (("tag", ("text", "tag")),)),
    ("user_mentions", "mention", (("screen_name", ("screen_name",)), ("user_id", ("id_str", "id")))),
    ("mentions", "mention", (("screen_name", ("username",)), ("user_id", ("id",)))),
    ("symbols", "cashtag", (("symbol", ("text",)),)),
    ("cashtags", "cashtag", (("symbol", ("tag",)),)),
    ("urls", "url", (("url", ("url",)), ("expanded_url", ("expanded_url",)), ("display_url", ("display_url",)))),
    ("media", "media", (("url", ("url",)), ("expanded_url", ("expanded_url",)), ("media_type", ("type",)))),
)


def _document(tid: str, raw_text: Any, text_field: str, version: str, meta: dict[str, Any],
              entity_groups: list[Any], display: Any, name: str, line: int | None,
              escaped: bool = True) -> dict[str, Any]:
    if not isinstance(raw_text, str):
        what = "no" if raw_text is None else f"a {type(raw_text).__name__} as its"
        raise TweetFormatError(f"tweet {tid} has {what} {text_field!r} field")
    un = Unescaped(raw_text if escaped else raw_text.replace("&", "&amp;"))
    api_entities: list[dict[str, Any]] = []
    for groups in entity_groups:
        _map_entities(groups, un, version == "v2", api_entities)
    api_entities.sort(key=lambda e: (e["start"], e["end"]))
    out_meta = {"format": "tweet", "api": version, "tweet_id": tid, "file": name, "line": line, **meta}
    if isinstance(display, list) and len(display) == 2 and all(isinstance(x, int) for x in display):
        out_meta["display_range"] = [un.offset(display[0]), un.offset(display[1])]
    if api_entities:
        out_meta["api_entities"] = api_entities
    return {"id": tid, "text": un.text, "meta": out_meta}


def _v1_documents(obj: dict[str, Any], name: str, line: int | None, seen: set[str],
                  referenced_by: list[dict[str, str]] | None = None) -> Iterator[dict[str, Any]]:
    tid = _tweet_id(obj, "v1.1")
    ext = obj.get("extended_tweet") if isinstance(obj.get("extended_tweet"), dict) else None
    if ext is not None and isinstance(ext.get("full_text"), str):
        raw_text, field, source = ext["full_text"], "extended_tweet.full_text", ext
    elif "full_text" in obj:
        raw_text, field, source = obj["full_text"], "full_text", obj
    else:
        raw_text, field, source = obj.get("text"), "text", obj
    user = obj.get("user") if isinstance(obj.get("user"), dict) else {}
    refs: list[dict[str, str]] = []
    nested: list[tuple[dict[str, Any], str]] = []
    for key, kind in (("retweeted_status", "retweeted"), ("quoted_status", "quoted")):
        sub = obj.get(key)
        if isinstance(sub, dict):
            sub_id = sub.get("id_str") or sub.get("id")
            if sub_id is not None:
                refs.append({"type": kind, "id": str(sub_id)})
                nested.append((sub, kind))
    if obj.get("quoted_status_id_str") and not any(r["type"] == "quoted" for r in refs):
        refs.append({"type": "quoted", "id": str(obj["quoted_status_id_str"])})
    if obj.get("in_reply_to_status_id_str"):
        refs.append({"type": "replied_to", "id": str(obj["in_reply_to_status_id_str"])})
    meta: dict[str, Any] = {
        "created_at": obj.get("created_at"),
        "lang": obj.get("lang"),
        "author": {"id": user.get("id_str") or _str(user.get("id")), "screen_name": user.get("screen_name"),
                   "name": user.get("name")},
    }
    if obj.get("truncated") and source is obj:
        meta["truncated"] = True  # compatibility mode without extended_tweet: the text ends in '…'
    doc = _linked_document(tid, raw_text, field, "v1.1", meta, refs, referenced_by, source.get("entities"),
                           source.get("extended_entities"), source.get("display_text_range"), name, line)
    seen.add(tid)
    yield doc
    for sub, kind in nested:
        sub_id = str(sub.get("id_str") or sub.get("id"))
        if sub_id in seen:
            continue
        yield from _v1_documents(sub, name, line, seen, [{"type": kind, "id": tid}])


def _activity_documents(obj: dict[str, Any], name: str, line: int | None, seen: set[str],
                        referenced_by: list[dict[str, str]] | None = None) -> Iterator[dict[str, Any]]:
    """Gnip Activity Streams (the v1.1 enterprise format): ``body``, ``long_object``, ``twitter_entities``;
    a retweet is ``verb: share`` with the original activity in ``object``."""
    raw_id = obj.get("id")
    if not isinstance(raw_id, str) or not raw_id.rpartition(":")[2].isdigit():
        raise TweetFormatError("the activity has no 'id' field like 'tag:search.twitter.com,2005:<id>'")
    tid = raw_id.rpartition(":")[2]
    long = obj.get("long_object") if isinstance(obj.get("long_object"), dict) else None
    source = long if long is not None and isinstance(long.get("body"), str) else obj
    actor = obj.get("actor") if isinstance(obj.get("actor"), dict) else {}
    refs: list[dict[str, str]] = []
    nested: list[tuple[dict[str, Any], str]] = []
    shared = obj.get("object") if obj.get("verb") == "share" else None
    for sub, kind in ((shared, "retweeted"), (obj.get("twitter_quoted_status"), "quoted")):
        if isinstance(sub, dict) and isinstance(sub.get("id"), str):
            refs.append({"type": kind, "id": sub["id"].rpartition(":")[2]})
            nested.append((sub, kind))
    reply = obj.get("inReplyTo")
    if isinstance(reply, dict) and isinstance(reply.get("link"), str):
        reply_id = reply["link"].rstrip("/").rpartition("/")[2]
        if reply_id.isdigit():
            refs.append({"type": "replied_to", "id": reply_id})
    meta: dict[str, Any] = {
        "created_at": obj.get("postedTime"),
        "lang": obj.get("twitter_lang"),
        "author": {"id": _str(actor.get("id", "")).rpartition(":")[2] or None,
                   "screen_name": actor.get("preferredUsername"), "name": actor.get("displayName")},
    }
    doc = _linked_document(tid, source.get("body"), "body", "activity-streams", meta, refs, referenced_by,
                           source.get("twitter_entities"), source.get("twitter_extended_entities"),
                           source.get("display_text_range"), name, line)
    seen.add(tid)
    yield doc
    for sub, kind in nested:
        if sub["id"].rpartition(":")[2] not in seen:
            yield from _activity_documents(sub, name, line, seen, [{"type": kind, "id": tid}])


def _oembed_documents(obj: dict[str, Any], name: str, line: int | None) -> Iterator[dict[str, Any]]:
    """An oEmbed answer (``statuses/oembed``): the tweet markup in ``html``, read as the html plugin reads
    embedded tweets."""
    from plugins.html.embeds import TWEET_XPATH, parse_tweet_element
    from plugins.html.parse import HtmlParseError, parse_html

    try:
        root = parse_html(obj["html"]).root
    except HtmlParseError as exc:
        raise TweetFormatError(f"the oEmbed 'html' field is not readable HTML: {exc}", "NotATweet") from exc
    elements = TWEET_XPATH(root)
    if not elements:
        raise TweetFormatError("the oEmbed 'html' field holds no twitter-tweet blockquote", "NotATweet")
    for el in elements:
        info = parse_tweet_element(el)
        if not info["id"]:
            raise TweetFormatError("the oEmbed tweet markup has no status link (no tweet id)")
        paragraphs = [" ".join("".join(p.itertext()).split()) for p in el.iter("p")]
        meta = {"created_at": info["created_at"], "date": info["date"], "lang": info["lang"], "url": info["url"],
                "author": {"id": None, "screen_name": info["handle"], "name": info["author_name"]}}
        yield _document(info["id"], "\n".join(p for p in paragraphs if p), "html <p>", "oembed", meta, [], None,
                        name, line, escaped=False)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _linked_document(tid: str, raw_text: Any, text_field: str, version: str, meta: dict[str, Any],
                     refs: list[dict[str, str]], referenced_by: list[dict[str, str]] | None, entities: Any,
                     extended: Any, text_range: Any, name: str, line: int | None) -> dict[str, Any]:
    """A v1.1-style tweet (API or Activity Streams): its links to other tweets in ``meta``, and the API's
    entities from ``entities`` plus the media of ``extended`` (media stand in both: one span each is kept)."""
    if refs:
        meta["references"] = refs
    if referenced_by:
        meta["referenced_by"] = referenced_by
    media = {"media": extended.get("media")} if isinstance(extended, dict) else None
    doc = _document(tid, raw_text, text_field, version, meta, [entities, media], text_range, name, line)
    if media and isinstance(entities, dict) and entities.get("media"):
        doc["meta"]["api_entities"] = _dedupe(doc["meta"]["api_entities"])
    return doc


def _dedupe(ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    keys = set()
    for e in ents:
        key = (e["type"], e["start"], e["end"])
        if key not in keys:
            keys.add(key)
            out.append(e)
    return out


def _v2_document(obj: dict[str, Any], users: dict[str, dict], name: str, line: int | None,
                 referenced_by: list[dict[str, str]] | None = None) -> dict[str, Any]:
    tid = _tweet_id(obj, "v2")
    note = obj.get("note_tweet") if isinstance(obj.get("note_tweet"), dict) else None
    if note is not None and isinstance(note.get("text"), str):
        raw_text, field, entities = note["text"], "note_tweet.text", note.get("entities")
    else:
        raw_text, field, entities = obj.get("text"), "text", obj.get("entities")
    author_id = _str(obj.get("author_id"))
    user = users.get(author_id or "", {})
    refs = [{"type": str(r.get("type")), "id": str(r.get("id"))}
            for r in obj.get("referenced_tweets") or () if isinstance(r, dict) and r.get("id") is not None]
    meta: dict[str, Any] = {
        "created_at": obj.get("created_at"),
        "lang": obj.get("lang"),
        "author": {"id": author_id, "screen_name": user.get("username"), "name": user.get("name")},
    }
    if refs:
        meta["references"] = refs
    if referenced_by:
        meta["referenced_by"] = referenced_by
    return _document(tid, raw_text, field, "v2", meta, [entities], obj.get("display_text_range"), name, line)


def _v2_documents(resp: dict[str, Any], name: str, line: int | None, seen: set[str]) -> Iterator[dict[str, Any]]:
    data = resp.get("data")
    tweets = [data] if isinstance(data, dict) else data if isinstance(data, list) else None
    if tweets is None:
        raise TweetFormatError("the v2 response has no 'data' object or list")
    includes = resp.get("includes") if isinstance(resp.get("includes"), dict) else {}
    users = {str(u.get("id")): u for u in includes.get("users") or () if isinstance(u, dict)}
    included = {str(t.get("id")): t for t in includes.get("tweets") or () if isinstance(t, dict)}
    for tweet in tweets:
        yield from _guarded(lambda t=tweet: _v2_with_references(t, users, included, name, line, seen), name, line,
                            tweet)


def _v2_with_references(tweet: Any, users: dict[str, dict], included: dict[str, dict], name: str,
                        line: int | None, seen: set[str]) -> Iterator[dict[str, Any]]:
    if not isinstance(tweet, dict):
        raise TweetFormatError(f"a tweet is an object, not {type(tweet).__name__}", "NotATweet")
    doc = _v2_document(tweet, users, name, line)
    seen.add(doc["id"])
    yield doc
    for ref in doc["meta"].get("references", ()):
        sub = included.get(ref["id"])
        if sub is None or ref["id"] in seen or ref["type"] == "replied_to":
            continue
        seen.add(ref["id"])
        yield _v2_document(sub, users, name, line, [{"type": ref["type"], "id": doc["id"]}])


def _guarded(make, name: str, line: int | None, raw: Any) -> Iterator[dict[str, Any]]:
    """The documents ``make()`` yields; a malformed tweet becomes an error record and reading goes on."""
    try:
        yield from make()
    except TweetFormatError as exc:
        yield _bad(name, line, _dump(raw), exc.kind, f"{_where(name, line)}{exc}")
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        yield _bad(name, line, _dump(raw), "MalformedTweet", f"{_where(name, line)}{type(exc).__name__}: {exc}")


def _where(name: str, line: int | None) -> str:
    return f"{name}:{line}: " if line is not None else f"{name}: "


def _dump(value: Any) -> str:
    try:
        return orjson.dumps(value).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return repr(value)


def _is_v1(obj: dict[str, Any]) -> bool:
    return "id_str" in obj or "user" in obj or "full_text" in obj or "extended_tweet" in obj


def tweet_documents(value: Any, name: str = "<tweets>", line: int | None = None,
                    seen: set[str] | None = None) -> Iterator[dict[str, Any]]:
    """The tweet documents (and error records) of one parsed JSON value."""
    seen = set() if seen is None else seen
    if isinstance(value, list):
        for item in value:
            yield from tweet_documents(item, name, line, seen)
        return
    if not isinstance(value, dict):
        yield _bad(name, line, _dump(value), "NotATweet",
                   f"{_where(name, line)}a tweet is a JSON object, not {type(value).__name__}")
        return
    if "data" in value and ("includes" in value or not ("text" in value or "full_text" in value)):
        yield from _guarded(lambda: _v2_documents(value, name, line, seen), name, line, value)
    elif isinstance(value.get("statuses"), list):
        yield from tweet_documents(value["statuses"], name, line, seen)
    elif "response" in value and ("request" in value or "_source" in value):
        yield from tweet_documents(value["response"], name, line, seen)
    elif "errors" in value and "id" not in value and "data" not in value:
        yield _bad(name, line, _dump(value), "APIError", f"{_where(name, line)}the API answered with errors: "
                                                         f"{_dump(value['errors'])[:500]}")
    elif isinstance(value.get("html"), str) and value.get("type") == "rich" and "twitter-tweet" in value["html"]:
        yield from _guarded(lambda: _oembed_documents(value, name, line), name, line, value)
    elif value.get("objectType") == "activity" or ("verb" in value and "body" in value):
        yield from _guarded(lambda: _activity_documents(value, name, line, seen), name, line, value)
    elif _is_v1(value):
        yield from _guarded(lambda: _v1_documents(value, name, line, seen), name, line, value)
    elif "id" in value or "text" in value:
        yield from _guarded(lambda: iter([_v2_document(value, {}, name, line)]), name, line, value)
    else:
        keys = ", ".join(sorted(map(str, value))[:8])
        yield _bad(name, line, _dump(value), "NotATweet",
                   f"{_where(name, line)}not a tweet: no 'id' and no 'text' field (keys: {keys})")


def read_tweet_json(stream: BinaryIO, name: str, options: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``tweet-json`` reader (see the module docstring)."""
    seen: set[str] = set()
    for item in _values(stream, name):
        if isinstance(item, dict):
            yield item
        else:
            line, value = item
            yield from tweet_documents(value, name, line, seen)
