"""Tweet entities: hashtags, mentions, lists, replies, cashtags and URLs.

The rules follow twitter-text's conformance suite (extract.yml, tlds.yml, validate.yml); the
patterns are written for the ``regex`` module. Every index is a code point offset into the text
given, half-open (``text[start:end]`` is the entity with its ``#``/``@``/``$`` sign); use
:func:`to_utf16_indices` for twitter-text's own UTF-16 indices.

Linear time: hashtags and mentions are matched from each sign with possessive patterns; a URL's
domain is found by one right-to-left pass over each run of labels (:class:`_Chain`) instead of
regex backtracking (which is quadratic, and worse, on ``a.a.a.a…``); TLDs are looked up in sets.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from framework.offsets import OffsetMap

from ..trie_regex import trie_pattern
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
# the same rules, applied from each sign found (a regex tries its prefix at every position of the text)
_HASHTAG_TAIL = regex.compile(
    rf"[#\uff03](?![\ufe0f\u20e3])([{_HT_NUM_SPECIAL}]*+[{_HT_ALPHA}][{_HT_ALNUM}]*+)(?![#\uff03]|://)", _FLAGS
)
_HASHTAG_BAD_BEFORE = regex.compile(rf"[&{_HT_ALNUM}]", _FLAGS).match
_MENTION_TAIL = regex.compile(r"[@\uff20]([a-z0-9_]{1,20})(/[a-z][a-z0-9_-]{0,24})?", _FLAGS)
_MENTION_BAD_BEFORE = regex.compile(r"[a-z0-9_!#$%&*@\uff20]", _FLAGS).match
_RT_BAD_BEFORE = regex.compile(r"[a-z0-9_+~.\-]", _FLAGS).match
_SIGN_AT = regex.compile(r"[@\uff20]")
_SIGN_HASH = regex.compile(r"[#\uff03]")
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
_LABEL_CHARS = rf"a-z0-9{_LATIN_ACCENTS}\-_"
_PUNCT = r"\-_!\"#$%&'()*+,./:;<=>?@\[\]^`{|}~"
_UNI_CHAR = rf"[^{_PUNCT}\s\p{{Z}}\u2000-\u206f]"
_UNI_DOMAIN_NAME = rf"(?:{_UNI_CHAR}(?:[^{_PUNCT}\s\p{{Z}}\u2000-\u206f]|-)*+(?<=[^-])\.)"
_TLD_END = r"(?=[^a-z0-9@+\-]|$)"


def _trie_pattern(words: Iterable[str]) -> str:
    """The lower-case ``words`` as one trie alternation, longest match first: matching costs the length of the
    word, not the size of the list (regex's ``\\L<list>`` tries entries one by one)."""
    return trie_pattern(w.lower() for w in words)


def _plain(word: str) -> bool:
    return word.isascii() and word.isalnum()


# A domain is found without backtracking (see _Chain): labels are maximal runs of label characters,
# and a TLD is looked up in a set (ASCII TLDs end where the run of ASCII letters and digits ends).
_GENERIC_PLAIN = frozenset(w for w in GENERIC if _plain(w))
_COUNTRY_PLAIN = frozenset(w for w in COUNTRY if _plain(w))
_ODD_TLD = regex.compile(
    rf"(?:{_trie_pattern(w for w in GENERIC if not _plain(w))}{_TLD_END})"
    rf"|(?:{_trie_pattern(w for w in COUNTRY if not _plain(w))}{_TLD_END})",
    _FLAGS,
)
_ODD_TLD_FIRST = frozenset(w[0] for w in GENERIC | COUNTRY if not _plain(w))
_ALNUM_RUN = regex.compile(r"[a-z0-9]++", _FLAGS)
_PUNYCODE = regex.compile(r"xn--[\-0-9a-z]++", _FLAGS)
_CHAIN = regex.compile(rf"[{_LABEL_CHARS}]++(?:\.[{_LABEL_CHARS}]++)*+\.?", _FLAGS)
_IS_URL_CHAR = regex.compile(_URL_CHAR, _FLAGS).match
_BAD_BEFORE = regex.compile(rf"[a-z0-9@\uff20$#\uff03{_INVALID}]", _FLAGS).match
_PROTO = regex.compile(r"https?://", _FLAGS)
# a unicode domain (one label) and a TLD, right after a protocol
_UNI_DOMAIN = regex.compile(
    rf"{_UNI_DOMAIN_NAME}(?:(?:{_trie_pattern(GENERIC)}{_TLD_END})|(?:{_trie_pattern(COUNTRY)}{_TLD_END}))",
    _FLAGS,
)

_PATH_CHARS = rf"[a-z0-9!*';:=+,.$/%#\[\]\-\u2013_~|&@{_LATIN_ACCENTS}{_CYRILLIC}]"
_PARENS = rf"\((?:{_PATH_CHARS}++|(?:{_PATH_CHARS}*+\({_PATH_CHARS}++\){_PATH_CHARS}*+))\)"
_PATH_END = rf"(?:[a-z0-9=_#/\-+{_LATIN_ACCENTS}{_CYRILLIC}]|{_PARENS})"
_PATH = rf"(?:(?:{_PATH_CHARS}*(?:{_PARENS}{_PATH_CHARS}*)*{_PATH_END})|(?:@{_PATH_CHARS}++/))"
_QUERY_CHARS = r"[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@]"
_QUERY_END = r"[a-z0-9\-_&=#/]"
# what follows the domain: port, path, query
_URL_TAIL = regex.compile(rf"(?::[0-9]++)?(?:/{_PATH}*+)?(?:\?{_QUERY_CHARS}*{_QUERY_END})?", _FLAGS)
_URL_BAD_BEFORE = frozenset("-_./")
_TCO = regex.compile(rf"https?://t\.co/([a-z0-9]++)(?:\?{_QUERY_CHARS}*{_QUERY_END})?", _FLAGS)
# where a domain can be: a dot followed by a letter (every TLD starts with one)
_URL_HINT = regex.compile(r"\.[^\W\d_]|\.xn--", regex.IGNORECASE)
_SPACE = regex.compile(r"\s")
_LAST_SPACE = regex.compile(r"\s", regex.REVERSE)


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
    tags = _hashtags(text)
    if tags and check_url_overlap:
        urls = extract_urls(text)
        if urls:
            tags = [t for t in tags if not any(u.start < t.end and t.start < u.end for u in urls)]
    return tags


def extract_mentions_or_lists(text: str) -> list[Entity]:
    """``@user`` mentions and ``@user/list`` lists (kind ``"list"``, slug in ``extra``)."""
    if "@" not in text and "\uff20" not in text:
        return []
    return _mentions(text)


def _hashtags(text: str) -> list[Entity]:
    """_HASHTAG.finditer, from each '#': a match consumes the character before its sign."""
    out = []
    last = 0  # a match consumed text[:last]
    tail = _HASHTAG_TAIL.match
    for sign in _SIGN_HASH.finditer(text):
        i = sign.start()
        if i:
            if i - 1 < last:
                continue
            before = text[i - 1]
            if (before.isalnum() or before in "_&") if before.isascii() else (
                before not in "\ufe0e\ufe0f" and _HASHTAG_BAD_BEFORE(before)
            ):
                continue
        m = tail(text, i)
        if m is not None:
            out.append(Entity(i, m.end(), "hashtag", m.group(1)))
            last = m.end()
    return out


def _mentions(text: str) -> list[Entity]:
    """_MENTION.finditer and the bad-end check, from each '@'."""
    out = []
    last = 0
    tail = _MENTION_TAIL.match
    bad_end = _MENTION_BAD_END.match
    for sign in _SIGN_AT.finditer(text):
        i = sign.start()
        if i < last:
            continue
        if i and (i - 1 < last or _mention_bad_before(text[i - 1])) and not _rt_before(text, i, last):
            continue
        m = tail(text, i)
        if m is None:
            continue
        end = m.end()
        last = end
        if end < len(text) and (text[end] == "@" or text.startswith("://", end) if text[end].isascii()
                                else bad_end(text, end)):
            continue
        slug = m.group(2)
        if slug:
            out.append(Entity(i, end, "list", m.group(1), slug))
        else:
            out.append(Entity(i, end, "mention", m.group(1)))
    return out


def _mention_bad_before(c: str) -> bool:
    if c.isascii():
        return c.isalnum() or c in "_!#$%&*@"
    return _MENTION_BAD_BEFORE(c) is not None


def _rt_before(text: str, i: int, last: int) -> bool:
    """``RT@user`` / ``RT:@user``: an 'RT' (at the start or after a non-word character) before the sign."""
    j = i - 1 if text[i - 1] == ":" else i
    if j < 2 or text[j - 2 : j].lower() != "rt":
        return False
    k = j - 2  # where 'RT' starts
    return k == 0 or (k - 1 >= last and not _RT_BAD_BEFORE(text, k - 1))


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
    out: list[Entity] = []
    pos = 0  # text[:pos] is done
    for hint in _URL_HINT.finditer(text):
        i = hint.start()
        if i < pos:
            continue
        # the token (run of non-spaces) holding the hint; the character before it is a valid "before"
        space = _LAST_SPACE.search(text, pos, i)
        ts = space.end() if space is not None else pos
        space = _SPACE.search(text, i)
        te = space.start() if space is not None else len(text)
        _match_urls(text, ts - 1 if ts else 0, te, without_protocol, out)
        pos = te
    return out


def _tld_end(text: str, p: int, end: int) -> int:
    """End of the TLD starting at ``p`` (generic first, then country code, then punycode), or -1."""
    m = _ALNUM_RUN.match(text, p, end)
    if m is not None:
        q = m.end()
        word = m.group().lower()
        if (word in _GENERIC_PLAIN or word in _COUNTRY_PLAIN) and (q == end or text[q] not in "@+-"):
            return q
        if word == "xn" and text.startswith("--", q):
            m = _PUNYCODE.match(text, p, end)
            if m is not None:
                return m.end()
    if p < end and text[p].lower() in _ODD_TLD_FIRST:
        m = _ODD_TLD.match(text, p, end)
        if m is not None:
            return m.end()
    return -1


class _Chain:
    """A maximal run of labels (``a-b.c_d.e``) and, for each label, where the longest domain starting
    at that label ends (-1: none). twitter-text's domain is sub-domains (labels that start and end
    with a letter or digit), a domain name (the same, without '_') and a TLD; the regex engine finds
    the longest by backtracking over the labels, from every start: quadratic on ``a.a.a.a…``. Here
    one right-to-left pass over the labels answers every start, so the scan stays linear."""

    __slots__ = ("start", "end", "starts", "ends", "best", "tld")

    def __init__(self, text: str, start: int, end: int, limit: int) -> None:
        self.start, self.end = start, end
        labels = text[start:end].split(".")
        starts, ends = [], []
        pos = start
        for label in labels:
            starts.append(pos)
            pos += len(label)
            ends.append(pos)
            pos += 1
        if not labels[-1]:  # the run ends with a dot: no last label, but a TLD may follow the dot
            starts.pop()
            ends.pop()
            labels.pop()
        k = len(labels)
        tld = [-1] * k
        best = [-1] * k
        nxt = -1
        for j in range(k - 1, -1, -1):
            label = labels[j]
            if ends[j] < end:  # followed by a dot
                tld[j] = _tld_end(text, ends[j] + 1, limit)
            ok_sub = label[0] not in "-_" and label[-1] not in "-_"
            if ok_sub and j + 1 < k and nxt >= 0:
                best[j] = nxt
            elif ok_sub and tld[j] >= 0 and "_" not in label:
                best[j] = tld[j]
            nxt = best[j]
        self.starts, self.ends, self.best, self.tld = starts, ends, best, tld

    def domain_end(self, text: str, d: int) -> int:
        """End of the longest domain starting at ``d`` (a position in the chain), or -1."""
        j = bisect_right(self.starts, d) - 1
        if j < 0 or d >= self.ends[j]:
            return -1
        if d == self.starts[j]:
            return self.best[j]
        end = self.ends[j]
        if text[end - 1] in "-_" or not _IS_URL_CHAR(text, d):
            return -1
        if j + 1 < len(self.starts) and self.best[j + 1] >= 0:
            return self.best[j + 1]
        if self.tld[j] >= 0 and "_" not in text[d:end]:
            return self.tld[j]
        return -1


def _match_urls(text: str, start: int, end: int, without_protocol: bool, out: list[Entity]) -> None:
    """The URLs of ``text[start:end]`` (a token), as twitter-text's URL regex finds them left to right:
    a URL needs a character before it that is not a letter, digit, ``@``, ``$`` or ``#``."""
    pos = start  # the first index the character before the next URL may take (a match consumes it)
    chains: dict[int, _Chain] = {}
    while pos < end:
        m = _CHAIN.search(text, pos, end)
        if m is None:
            return
        cs, ce = m.span()
        if text.startswith("://", ce) and text[ce + 3 : ce + 8].lower() == "t.co/" and (
            ce - cs in (4, 5) and text[cs:ce].lower() in ("http", "https")
            and (cs == 0 or (cs - 1 >= pos and not _url_bad_before(text[cs - 1])))
        ):
            # the common case, a t.co link: what the general path finds (domain "t.co"), without the chains
            d = ce + 3
            pos = _accept(text, cs, text[cs:d], d, d + 4, end, without_protocol, out)
            continue
        chain = _Chain(text, cs, ce, end)
        chains[chain.start] = chain
        found = -1
        for d in _starts(text, chain, pos):
            found = _match_at(text, d, chain, chains, end, without_protocol, out)
            if found >= 0:
                break
        pos = found if found >= 0 else chain.end


def _starts(text: str, chain: _Chain, pos: int) -> Iterator[int]:
    """Positions in ``chain`` where a URL may start: a URL character after a valid "before" character."""
    for i in range(max(chain.start, pos), chain.end):
        if text[i] in "-_." or not _IS_URL_CHAR(text, i):
            continue
        if i == 0 or (i - 1 >= pos and not _url_bad_before(text[i - 1])):
            yield i


def _url_bad_before(c: str) -> bool:
    if c.isascii():
        return c.isalnum() or c in "@$#"
    return _BAD_BEFORE(c) is not None


def _match_at(text: str, u: int, chain: _Chain, chains: dict[int, _Chain], end: int, without_protocol: bool,
              out: list[Entity]) -> int:
    """Try a URL starting at ``u``: with a protocol first, then without. Returns the end of the match
    (also for a match that is then rejected, as the regex consumes it) or -1."""
    proto_m = _PROTO.match(text, u, end) if text[u] in "hH" else None
    if proto_m is not None:
        d = proto_m.end()
        dend = -1
        nxt = _CHAIN.match(text, d, end)
        if nxt is not None:
            sub = chains.get(d)
            if sub is None:
                sub = chains[d] = _Chain(text, d, nxt.end(), end)
            dend = sub.domain_end(text, d)
        if dend < 0:
            uni = _UNI_DOMAIN.match(text, d, end)
            dend = uni.end() if uni is not None else -1
        if dend >= 0:
            return _accept(text, u, proto_m.group(), d, dend, end, without_protocol, out)
    dend = chain.domain_end(text, u)
    if dend < 0:
        return -1
    return _accept(text, u, None, u, dend, end, without_protocol, out)


def _accept(text: str, s: int, proto: str | None, d: int, dend: int, end: int, without_protocol: bool,
            out: list[Entity]) -> int:
    e = _URL_TAIL.match(text, dend, end).end()
    if not proto and (not without_protocol or (s > 0 and text[s - 1] in _URL_BAD_BEFORE)):
        return e
    url = text[s:e]
    match_end = e
    if proto and url[len(proto) : len(proto) + 5].lower() == "t.co/":
        t = _TCO.match(url)
        if t is not None:
            if len(t.group(1)) > MAX_TCO_SLUG_LENGTH:
                return match_end
            e = s + t.end()
            url = t.group(0)
    if _valid_host_and_length(len(url), proto, text[d:dend]):
        out.append(Entity(s, e, "url", url, proto or None))
    return match_end


def _valid_host_and_length(url_len: int, proto: str | None, host: str) -> bool:
    if len(host) <= 63 and host.isascii():  # no label can be too long; labels are never empty here
        return url_len + (0 if proto else len("https://")) <= MAX_URL_LENGTH
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
