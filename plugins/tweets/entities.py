"""Tweet entities: hashtags, mentions, lists, replies, cashtags and URLs.

The rules follow twitter-text's conformance suite (extract.yml, tlds.yml, validate.yml); the
patterns are written for the ``regex`` module. Every index is a code point offset into the text
given, half-open (``text[start:end]`` is the entity with its ``#``/``@``/``$`` sign); use
:func:`to_utf16_indices` for twitter-text's own UTF-16 indices.

Linear time: every quantifier that could rescan the same characters from many start positions is
possessive or atomic, URL matching runs only over the whitespace-free tokens that can hold a
domain, and tokens longer than :data:`MAX_TOKEN` are matched in overlapping windows (a URL is
at most 4096 characters long).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

import regex

from framework.offsets import OffsetMap

from ._tlds import COUNTRY, GENERIC

__all__ = [
    "Entity",
    "extract_cashtags",
    "extract_entities",
    "extract_hashtags",
    "extract_mentions",
    "extract_mentions_or_lists",
    "extract_reply",
    "extract_urls",
    "is_valid_hashtag",
    "is_valid_list",
    "is_valid_url",
    "is_valid_username",
    "from_utf16_indices",
    "to_utf16_indices",
]

MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
MAX_TOKEN = 8192

_FLAGS = regex.IGNORECASE | regex.VERSION0

# ---------------------------------------------------------------------------------------------
# character classes (bodies of [...] sets)

_LATIN_ACCENTS = (
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f"
    r"\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b"
    r"\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = r"\u0400-\u04ff"
_DIRECTIONAL = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_INVALID = r"\ufffe\ufeff\uffff"
_SPACES = r"\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_AT = r"@\uff20"

_HT_ALPHA = r"\p{L}\p{M}"
_HT_NUM_SPECIAL = (
    r"\p{Nd}_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003"
    r"\u0f0b\u0f0c\u00b7"
)
_HT_ALNUM = _HT_ALPHA + _HT_NUM_SPECIAL

# ---------------------------------------------------------------------------------------------
# hashtags

_HASHTAG = regex.compile(
    rf"(?:^|[\ufe0e\ufe0f]|[^&{_HT_ALNUM}])"
    rf"([#\uff03])(?![\ufe0f\u20e3])"
    rf"([{_HT_NUM_SPECIAL}]*+[{_HT_ALPHA}][{_HT_ALNUM}]*+)"
    rf"(?![#\uff03]|://)",
    _FLAGS,
)

# ---------------------------------------------------------------------------------------------
# mentions, lists, replies

_MENTION = regex.compile(
    rf"(?:[^a-z0-9_!#$%&*{_AT}]|^|(?:^|[^a-z0-9_+~.-])RT:?)"
    rf"([{_AT}])([a-z0-9_]{{1,20}})(/[a-z][a-z0-9_-]{{0,24}})?",
    _FLAGS,
)
_MENTION_BAD_END = regex.compile(rf"[{_AT}{_LATIN_ACCENTS}]|://", _FLAGS)
_REPLY = regex.compile(rf"[{_SPACES}{_DIRECTIONAL}]*+[{_AT}]([a-z0-9_]{{1,20}})", _FLAGS)

# ---------------------------------------------------------------------------------------------
# cashtags

_CASHTAG = regex.compile(
    rf"(?:^|[{_SPACES}{_DIRECTIONAL}])(\$)([a-z]{{1,6}}(?:[._][a-z]{{1,2}})?)"
    r"(?=$|\s|[!-/:-@\[-`{-~])",
    _FLAGS,
)

# ---------------------------------------------------------------------------------------------
# URLs

_URL_CHAR = rf"[a-z0-9{_LATIN_ACCENTS}]"
# a label: starts and ends with a URL character, '-' (and '_' in sub-domains) inside
_SUBDOMAIN = rf"(?:{_URL_CHAR}(?:[a-z0-9{_LATIN_ACCENTS}\-_]*+(?<=[a-z0-9{_LATIN_ACCENTS}]))?\.)"
_DOMAIN_NAME = rf"(?:{_URL_CHAR}(?:[a-z0-9{_LATIN_ACCENTS}\-]*+(?<=[a-z0-9{_LATIN_ACCENTS}]))?\.)"
_PUNCT = r"\-_!\"#$%&'()*+,./:;<=>?@\[\]^`{|}~"
_UNI_CHAR = rf"[^{_PUNCT}\s\p{{Z}}\u2000-\u206f]"
_UNI_DOMAIN_NAME = rf"(?:{_UNI_CHAR}(?:[^{_PUNCT}\s\p{{Z}}\u2000-\u206f]|-)*+(?<=[^-])\.)"
_TLD_END = r"(?=[^a-z0-9@+\-]|$)"
_GTLD = rf"(?:\L<gtld>{_TLD_END})"
_CCTLD = rf"(?:\L<cctld>{_TLD_END})"
_PUNYCODE = r"(?:xn--[\-0-9a-z]++)"

_DOMAIN = (
    rf"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD}|{_PUNYCODE}))"
    rf"|(?:(?<=https?://)(?:(?:{_DOMAIN_NAME}{_CCTLD})|(?:{_UNI_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD}))))"
    rf"|(?:{_DOMAIN_NAME}{_CCTLD}(?=/))"
)

_PATH_CHARS = rf"[a-z0-9!*';:=+,.$/%#\[\]\-\u2013_~|&@{_LATIN_ACCENTS}{_CYRILLIC}]"
_PARENS = rf"\((?:{_PATH_CHARS}++|(?:{_PATH_CHARS}*+\({_PATH_CHARS}++\){_PATH_CHARS}*+))\)"
_PATH_END = rf"(?:[a-z0-9=_#/\-+{_LATIN_ACCENTS}{_CYRILLIC}]|{_PARENS})"
_PATH = rf"(?:(?:{_PATH_CHARS}*(?:{_PARENS}{_PATH_CHARS}*)*{_PATH_END})|(?:@{_PATH_CHARS}++/))"
_QUERY_CHARS = r"[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@]"
_QUERY_END = r"[a-z0-9\-_&=#/]"

_URL = regex.compile(
    rf"(?:[^a-z0-9@\uff20$#\uff03{_INVALID}]|[{_DIRECTIONAL}]|^)"
    rf"(?P<url>(?P<proto>https?://)?(?P<domain>{_DOMAIN})(?::[0-9]++)?"
    rf"(?P<path>/{_PATH}*+)?(?:\?{_QUERY_CHARS}*{_QUERY_END})?)",
    _FLAGS,
    gtld=sorted(GENERIC),
    cctld=sorted(COUNTRY),
)
_URL_BAD_BEFORE = frozenset("-_./")
_TCO = regex.compile(rf"https?://t\.co/([a-z0-9]++)(?:\?{_QUERY_CHARS}*{_QUERY_END})?", _FLAGS)
# where a domain can be: a dot followed by a letter (every TLD starts with one)
_URL_HINT = regex.compile(r"\.[^\W\d_]|\.xn--", regex.IGNORECASE)
_TOKEN = regex.compile(r"\S++")


class Entity(NamedTuple):
    """One extracted entity: code point offsets, kind, value (without its sign) and extra."""

    start: int
    end: int
    kind: str  # "hashtag", "mention", "list", "cashtag", "url"
    value: str
    extra: str | None = None  # list slug ("/name") for lists, protocol for URLs


# ---------------------------------------------------------------------------------------------
# extraction


def extract_hashtags(text: str, *, check_url_overlap: bool = True) -> list[Entity]:
    """Hashtags (``#tag`` and ``＃tag``), not those inside a URL."""
    if "#" not in text and "\uff03" not in text:
        return []
    tags = [Entity(m.start(1), m.end(), "hashtag", m.group(2)) for m in _HASHTAG.finditer(text)]
    if tags and check_url_overlap:
        urls = extract_urls(text)
        if urls:
            tags = [t for t in tags if not any(u.start < t.end and t.start < u.end for u in urls)]
    return tags


def extract_mentions_or_lists(text: str) -> list[Entity]:
    """``@user`` mentions and ``@user/list`` lists (kind ``"list"``, slug in ``extra``)."""
    if "@" not in text and "\uff20" not in text:
        return []
    out = []
    bad_end = _MENTION_BAD_END.match
    for m in _MENTION.finditer(text):
        end = m.end()
        if bad_end(text, end):
            continue
        slug = m.group(3)
        if slug:
            out.append(Entity(m.start(1), end, "list", m.group(2), slug))
        else:
            out.append(Entity(m.start(1), end, "mention", m.group(2)))
    return out


def extract_mentions(text: str) -> list[Entity]:
    """``@user`` mentions only (lists left out)."""
    return [e for e in extract_mentions_or_lists(text) if e.kind == "mention"]


def extract_reply(text: str) -> str | None:
    """The screen name a tweet replies to (an ``@user`` at its very start), or None."""
    m = _REPLY.match(text)
    if m is None or _MENTION_BAD_END.match(text, m.end()):
        return None
    return m.group(1)


def extract_cashtags(text: str) -> list[Entity]:
    """``$TICKER`` cashtags."""
    if "$" not in text:
        return []
    return [Entity(m.start(1), m.end(), "cashtag", m.group(2)) for m in _CASHTAG.finditer(text)]


def extract_urls(text: str, *, without_protocol: bool = True) -> list[Entity]:
    """URLs with and without protocol (``extra`` holds the protocol or None)."""
    if "." not in text:
        return []
    hint = _URL_HINT.search(text)
    if hint is None:
        return []
    out: list[Entity] = []
    pos = 0
    n = len(text)
    for tok in _TOKEN.finditer(text, _token_start(text, hint.start())):
        ts, te = tok.span()
        if ts < pos or not _URL_HINT.search(text, ts, te):
            continue
        # the character before the token is whitespace (or the text start): a valid "before"
        start = ts - 1 if ts else 0
        if te - ts <= MAX_TOKEN:
            _match_urls(text, start, te, without_protocol, out)
        else:
            _match_long_token(text, start, te, without_protocol, out)
        pos = te
        if pos >= n:
            break
    return out


def _token_start(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _match_urls(text: str, start: int, end: int, without_protocol: bool, out: list[Entity]) -> int:
    last = start
    for m in _URL.finditer(text, start, end):
        s, e = m.span("url")
        last = e
        proto = m.group("proto")
        if not proto:
            if not without_protocol or (s > 0 and text[s - 1] in _URL_BAD_BEFORE):
                continue
        url = m.group("url")
        if proto and url[len(proto) : len(proto) + 5].lower() == "t.co/":
            t = _TCO.match(url)
            if t is not None:
                if len(t.group(1)) > MAX_TCO_SLUG_LENGTH:
                    continue
                e = s + t.end()
                url = t.group(0)
        if _valid_host_and_length(len(url), proto, m.group("domain")):
            out.append(Entity(s, e, "url", url, proto or None))
    return last


def _match_long_token(text: str, start: int, end: int, without_protocol: bool, out: list[Entity]) -> None:
    """A token longer than MAX_TOKEN: match in windows so no start position rescans it all.

    A window goes MAX_TOKEN characters past its start; the next one starts at the end of the last
    URL found or half a window on, whichever is later. URLs found in the overlap are not repeated.
    """
    pos = start
    while pos < end:
        stop = min(end, pos + MAX_TOKEN)
        found: list[Entity] = []
        _match_urls(text, pos, stop, without_protocol, found)
        if stop < end:
            # a match touching the window's end may be cut short: leave it to the next window
            found = [u for u in found if u.end < stop - 1]
        for u in found:
            if not out or u.start >= out[-1].end:
                out.append(u)
        if stop >= end:
            break
        nxt = pos + MAX_TOKEN // 2
        if out and out[-1].end > nxt:
            nxt = out[-1].end
        pos = nxt


def _valid_host_and_length(url_len: int, proto: str | None, host: str) -> bool:
    ascii_len = _ascii_host_length(host)
    if ascii_len <= 0:
        return False
    total = url_len + ascii_len - len(host) + (0 if proto else len("https://"))
    return total <= MAX_URL_LENGTH


def _ascii_host_length(host: str) -> int:
    """Length of the host in IDNA ASCII form; -1 when a label is empty or over 63 characters."""
    if host.isascii():
        labels = host.split(".")
        if any(not 0 < len(label) <= 63 for label in labels):
            return -1
        return len(host)
    total = 0
    for label in host.split("."):
        if not label.isascii():
            label = unicodedata.normalize("NFKC", label.lower())
            if label.startswith("xn--"):  # IDNA: a non-ASCII label must not carry the ACE prefix
                return -1
            try:
                label = "xn--" + label.encode("punycode").decode("ascii")
            except UnicodeError:
                return -1
        if not 0 < len(label) <= 63:
            return -1
        total += len(label) + 1
    return total - 1


def extract_entities(text: str) -> list[Entity]:
    """URLs, hashtags, mentions/lists and cashtags, sorted, overlaps removed (earliest wins)."""
    urls = extract_urls(text)
    ents = urls + extract_hashtags(text, check_url_overlap=False)
    ents += extract_mentions_or_lists(text)
    ents += extract_cashtags(text)
    if len(ents) < 2:
        return ents
    ents.sort(key=_start_key)
    kept = [ents[0]]
    for e in ents[1:]:
        if e.start >= kept[-1].end:
            kept.append(e)
    return kept


def _start_key(e: Entity) -> int:
    return e.start


# ---------------------------------------------------------------------------------------------
# validation (twitter-text's isValidUsername / isValidList / isValidHashtag / isValidUrl)


def is_valid_username(name: str) -> bool:
    ents = extract_mentions(name)
    return len(ents) == 1 and ents[0].start == 0 and ents[0].end == len(name)


def is_valid_list(name: str) -> bool:
    m = _MENTION.fullmatch(name)
    return bool(m and m.start(1) == 0 and m.group(3))


def is_valid_hashtag(tag: str) -> bool:
    ents = extract_hashtags(tag)
    return len(ents) == 1 and ents[0].start == 0 and ents[0].end == len(tag)


_V_UNENCODED = regex.compile(r"(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?", regex.S)
_V_SCHEME = regex.compile(r"[a-z][a-z0-9+\-.]*", regex.I)
_V_PCHAR = r"(?:[a-z\u0400-\u04ff0-9\-._~]|%[0-9a-f]{2}|[!$&'()*+,;=]|[:|@])"
_V_PATH = regex.compile(rf"(?:/{_V_PCHAR}*+)*+", regex.I)
_V_QUERY = regex.compile(rf"(?:{_V_PCHAR}|/|\?)*+", regex.I)
_V_DEC = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9][0-9]|[0-9])"
_V_IP = rf"(?:{_V_DEC}(?:\.{_V_DEC}){{3}}|\[[a-f0-9:.]+\])"
_V_U = r"[^\u0000-\u007f]"
_V_UHOST = (
    rf"(?:{_V_IP}|(?:(?:(?:[a-z0-9]|{_V_U})(?:(?:[a-z0-9_\-]|{_V_U})*(?:[a-z0-9]|{_V_U}))?\.)*"
    rf"(?:(?:[a-z0-9]|{_V_U})(?:(?:[a-z0-9\-]|{_V_U})*(?:[a-z0-9]|{_V_U}))?\.)"
    rf"(?:(?:[a-z]|{_V_U})(?:(?:[a-z0-9\-]|{_V_U})*(?:[a-z0-9]|{_V_U}))?)))"
)
_V_USERINFO = r"(?:[a-z\u0400-\u04ff0-9\-._~]|%[0-9a-f]{2}|[!$&'()*+,;=]|:)*"
_V_AUTHORITY = regex.compile(rf"(?:{_V_USERINFO}@)?{_V_UHOST}(?::[0-9]{{1,5}})?", regex.I)


def is_valid_url(url: str, *, require_protocol: bool = True) -> bool:
    """Whether ``url`` is a well-formed http(s) URL (unicode domains allowed)."""
    if not url:
        return False
    parts = _V_UNENCODED.fullmatch(url)
    if parts is None:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if require_protocol:
        if not scheme or not _V_SCHEME.fullmatch(scheme) or scheme.lower() not in ("http", "https"):
            return False
    if not _V_PATH.fullmatch(path):
        return False
    if query and not _V_QUERY.fullmatch(query):
        return False
    if fragment and not _V_QUERY.fullmatch(fragment):
        return False
    return bool(_V_AUTHORITY.fullmatch(authority))


# ---------------------------------------------------------------------------------------------
# offsets


def to_utf16_indices(text: str, offsets: list[int]) -> list[int]:
    """Code point offsets -> UTF-16 code unit offsets (twitter-text's own indices)."""
    omap = OffsetMap(text)
    return [omap.to_utf16(o) for o in offsets]


def from_utf16_indices(text: str, units: list[int]) -> list[int]:
    """UTF-16 code unit offsets (twitter-text's indices) -> code point offsets on ``text``."""
    omap = OffsetMap(text)
    return [omap.from_utf16(u) for u in units]


def iter_entities(text: str) -> Iterator[Entity]:
    """Like :func:`extract_entities`, as an iterator."""
    yield from extract_entities(text)
