"""Article extraction from a parsed page: title, paragraphs with roles, metadata, embedded tweets.

One walk over `<body>` turns the page into blocks (a block is the text that one block-level element owns:
inline markup never splits words, `<br>` is a line break, `<br><br>` a paragraph break). Navigation, forms,
scripts, comments sections, share bars and the like are skipped by tag and by class/id. The article is the
element whose paragraphs score best (a Readability-style score: length, commas, link density, spread to the
paragraph's ancestors), plus its siblings that score well. Embedded tweets inside the article are kept.

`extract_article(root)` returns an `Article`; `Article.assemble()` builds the record pieces: the text
(paragraphs separated by blank lines), the `paragraph` spans (role, xpath of the source element) and the
`embedded_tweet` spans, all in code point offsets of that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import orjson
from lxml import etree

from .embeds import is_tweet_element, parse_tweet_element

__all__ = ["Article", "Block", "extract_article", "extract_metadata"]

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table "
    "tbody thead tfoot tr td th caption ul legend amp-twitter".split()
)
SKIP_TAGS = frozenset(
    "script style noscript template iframe object embed svg math canvas button input select textarea option "
    "datalist head title meta link base map area audio video source track nav aside footer label dialog "
    "menu".split()
)
# with boilerplate kept, only what is never text is skipped
NON_TEXT_TAGS = SKIP_TAGS - {"nav", "aside", "footer", "menu", "dialog", "label"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# class/id words that mark boilerplate (after Readability's unlikelyCandidates) and those that save an element
_UNLIKELY = re.compile(
    r"-ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|community|cookie|disqus|extra|footer|gdpr|"
    r"header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|"
    r"supplemental|pagination|pager|popup|newsletter|share|sharing|subscribe|widget|navbar|\bnav\b|"
    r"masthead|signup|promo|taxonomy|tags?\b|byline|author-bio|outbrain|taboola|tabs?\b|login",
    re.IGNORECASE,
)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow|entry|story|post-?text", re.IGNORECASE)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", re.IGNORECASE
)
_NEGATIVE = re.compile(
    r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|"
    r"masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
    r"tags|tool|widget",
    re.IGNORECASE,
)
_UNLIKELY_CACHE: dict[str, bool] = {}
_CAPTION = re.compile(r"caption", re.IGNORECASE)
_WS = re.compile(r"[ \t\n\r\f\v]+")
_BR = "\x1e"  # private marker for <br> while a block is built (the parser never yields it)
_BR_RUN = re.compile(r" ?\x1e(?: ?\x1e)* ?")
_TITLE_SEP = re.compile(r"\s+(?:[|\u00bb\u00ab\u2013\u2014\-:\u00b7\u2022/]|::)\s+")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


@dataclass
class Block:
    """The text one element owns, before the article is chosen."""

    text: str
    owner: object  # lxml element
    role: str
    link_chars: int = 0
    level: int | None = None
    tweet: int | None = None  # index into the page's embedded tweets
    title: bool = False


@dataclass
class Article:
    title: str | None
    blocks: list[Block]
    tweets: list[dict]
    meta: dict = field(default_factory=dict)

    def assemble(self, with_xpath: bool = True) -> tuple[str, list[dict], list[dict]]:
        """-> (text, paragraph spans, embedded_tweet spans). Paragraphs are joined by one blank line."""
        parts: list[str] = []
        paragraphs: list[dict] = []
        pos = 0
        paths = _XPaths() if with_xpath else None
        tweet_spans: dict[int, list[int]] = {}
        tweet_body: dict[int, list[dict]] = {}  # each tweet's paragraph spans, in order
        for b in self.blocks:
            if not b.text:  # an embedded tweet with no text in the page (amp-twitter, empty blockquote)
                if b.tweet is not None:
                    tweet_spans.setdefault(b.tweet, [pos, pos])
                continue
            if parts:
                parts.append("\n\n")
                pos += 2
            start, end = pos, pos + len(b.text)
            parts.append(b.text)
            pos = end
            span = {"start": start, "end": end, "role": b.role}
            if b.level is not None:
                span["level"] = b.level
            if b.title:
                span["title"] = True
            if paths is not None and b.owner is not None:
                span["xpath"] = paths.of(b.owner)
            lang = b.owner.get("lang") if b.owner is not None else None
            if lang:
                span["lang"] = lang
            if b.tweet is not None:
                span["tweet"] = b.tweet
                tweet_spans.setdefault(b.tweet, [start, end])[1] = end
                tweet_body.setdefault(b.tweet, []).append(span)
            paragraphs.append(span)
        text = "".join(parts)
        tweets = []
        for i, tw in enumerate(self.tweets):
            if i not in tweet_spans:
                continue
            start, end = tweet_spans[i]
            span = {"start": start, "end": end, **{k: v for k, v in tw.items() if k != "element"}}
            # the tweet's own text: its paragraphs before the author line ("— Name (@handle) date")
            body = tweet_body.get(i, [])
            if len(body) > 1 and text[body[-1]["start"]:body[-1]["end"]].lstrip()[:1] in "\u2014\u2013-\u2015":
                body = body[:-1]
            if body:
                span["text_start"], span["text_end"] = body[0]["start"], body[-1]["end"]
            else:
                span["text_start"], span["text_end"] = start, end
            tweets.append(span)
        return text, paragraphs, tweets


class _XPaths:
    """Element paths as lxml's `getpath` writes them (`/html/body/div[2]/p`), in linear time overall:
    `getpath` counts an element's siblings on every call, which is quadratic on pages with thousands of
    sibling paragraphs. Here each parent's children are numbered once and each path is built once."""

    def __init__(self) -> None:
        self._paths: dict = {}
        self._steps: dict = {}

    def of(self, el) -> str:
        path = self._paths.get(el)
        if path is not None:
            return path
        chain = []
        node = el
        while node is not None and node not in self._paths:
            chain.append(node)
            node = node.getparent()
        path = self._paths[node] if node is not None else ""
        for node in reversed(chain):
            parent = node.getparent()
            path = f"{path}/{self._step(parent, node) if parent is not None else node.tag}"
            self._paths[node] = path
        return path

    def _step(self, parent, node) -> str:
        step = self._steps.get(node)
        if step is None:
            counts: dict[str, int] = {}
            for child in parent:
                if isinstance(child.tag, str):
                    counts[child.tag] = counts.get(child.tag, 0) + 1
            seen: dict[str, int] = {}
            for child in parent:
                tag = child.tag
                if isinstance(tag, str):
                    seen[tag] = seen.get(tag, 0) + 1
                    self._steps[child] = f"{tag}[{seen[tag]}]" if counts[tag] > 1 else tag
            step = self._steps[node]
        return step


class _Walker:
    """Collects blocks from a subtree; skips boilerplate; records embedded tweets."""

    def __init__(self, keep_boilerplate: bool = False, protected: frozenset = frozenset()) -> None:
        self.keep_boilerplate = keep_boilerplate
        self.protected = protected  # embedded tweets and their ancestors: never skipped by class or style
        self.blocks: list[Block] = []
        self.tweets: list[dict] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.has_br = False

    def skip(self, el, tag: str) -> bool:
        if self.keep_boilerplate:
            return tag in NON_TEXT_TAGS
        if tag in SKIP_TAGS:
            return True
        items = el.items()  # one call for all attributes: most elements have none, few have many
        if not items:
            return False
        attrs = dict(items)
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        style = attrs.get("style")
        if style and "display:none" in style.replace(" ", "").lower():
            return el not in self.protected
        c, i = attrs.get("class"), attrs.get("id")
        ci = c + " " + i if c and i else c or i or ""
        if not ci or tag in ("body", "a", "html"):
            return False
        unlikely = _UNLIKELY_CACHE.get(ci)
        if unlikely is None:
            unlikely = bool(_UNLIKELY.search(ci)) and not _MAYBE.search(ci)
            if len(_UNLIKELY_CACHE) < 50_000:
                _UNLIKELY_CACHE[ci] = unlikely
        if unlikely:
            return el not in self.protected  # never lose an embedded tweet to a class name
        return False

    def flush(self, owner, role: str, level, tweet) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf = []
        links = self.link_chars
        self.link_chars = 0
        if raw.isspace():
            self.has_br = False
            return
        text = _WS.sub(" ", raw)
        pieces = [text]
        if self.has_br:
            self.has_br = False
            text = _BR_RUN.sub(lambda m: "\n\n" if m.group().count(_BR) > 1 else "\n", text)
            pieces = text.split("\n\n")
        for piece in pieces:
            piece = piece.strip()  # all Unicode spaces at the edges, no-break ones too; inside they stay
            if piece:
                self.blocks.append(Block(piece, owner, role, min(links, len(piece)), level, tweet))

    def walk(self, el, owner, role: str, level, tweet) -> None:
        # el.text / el.tail build a new str from libxml2's UTF-8 on every access: read each once
        tag = el.tag
        if not isinstance(tag, str) or self.skip(el, tag):  # comments/PIs (normally removed), boilerplate
            tail = el.tail
            if tail:
                self._add(tail)
            return
        if tag == "br":
            self.buf.append(_BR)
            self.has_br = True
            tail = el.tail
            if tail:
                self._add(tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush(owner, role, level, tweet)
            tweet_first_block = -1
            if is_tweet_element(el) and tweet is None:
                self.tweets.append(parse_tweet_element(el))
                tweet = len(self.tweets) - 1
                role = "blockquote"
                tweet_first_block = len(self.blocks)
            elif tag in HEADINGS:
                if role != "blockquote":
                    role, level = "heading", HEADINGS[tag]
            elif tag == "blockquote":
                role, level = "blockquote", None
            elif tag == "li" or tag == "dd" or tag == "dt":
                if role not in ("blockquote",):
                    role, level = "li", None
            elif tag == "pre":
                if role not in ("blockquote", "li"):
                    role = "pre"
            elif tag == "figcaption" or (tag in ("p", "div", "span") and _CAPTION.search(el.get("class") or "")):
                if role not in ("blockquote", "li"):
                    role = "caption"
            owner = el
        elif tag == "a":
            self.in_link += 1
        text = el.text
        if text:
            self._add(text)
        walk = self.walk
        for child in el:
            walk(child, owner, role, level, tweet)
        if block:
            self.flush(owner, role, level, tweet)
            if len(self.blocks) == tweet_first_block:
                self.blocks.append(Block("", el, "blockquote", 0, None, tweet))  # keeps its place
        elif tag == "a":
            self.in_link -= 1
        tail = el.tail
        if tail:
            self._add(tail)

    def _add(self, s: str) -> None:
        self.buf.append(s)
        if self.in_link:
            self.link_chars += len(s.strip())


def _score_text(text: str) -> float:
    return 1 + text.count(",") + min(len(text) // 100, 3)


_WEIGHT_CACHE: dict[str, int] = {}


def _value_weight(value: str) -> int:
    w = _WEIGHT_CACHE.get(value)
    if w is None:
        w = (25 if _POSITIVE.search(value) else 0) - (25 if _NEGATIVE.search(value) else 0)
        if len(_WEIGHT_CACHE) < 50_000:  # pages of one site repeat their class names
            _WEIGHT_CACHE[value] = w
    return w


def _class_weight(el) -> int:
    c, i = el.get("class"), el.get("id")
    return (_value_weight(c) if c else 0) + (_value_weight(i) if i else 0)


_TAG_WEIGHT = {
    "div": 5, "article": 10, "main": 5, "section": 3, "pre": 3, "td": 3, "blockquote": 3, "address": -3,
    "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3, "h1": -5, "h2": -5, "h3": -5,
    "h4": -5, "h5": -5, "h6": -5, "th": -5,
}


def _select(blocks: list[Block], body) -> list[Block]:
    """Choose the article's blocks: the best-scoring container and its good siblings."""
    scores: dict = {}
    totals: dict = {}  # element -> [characters, link characters] of the blocks inside it
    chains: dict = {}  # element -> the element and its ancestors (shared by the blocks of one owner)

    def chain(el) -> tuple:
        c = chains.get(el)
        if c is None:
            parent = el.getparent()
            c = chains[el] = (el,) + chain(parent) if parent is not None else (el,)
        return c

    own: dict = {}  # per owner first: a paragraph split by <br><br> is several blocks of one owner
    for b in blocks:
        t = own.get(b.owner)
        if t is None:
            own[b.owner] = [len(b.text), b.link_chars]
        else:
            t[0] += len(b.text)
            t[1] += b.link_chars
    for owner, (n, links) in own.items():
        for anc in chain(owner):
            t = totals.get(anc)
            if t is None:
                totals[anc] = [n, links]
            else:
                t[0] += n
                t[1] += links
    for b in blocks:
        n = len(b.text)
        if n < 25:
            continue
        s = _score_text(b.text)
        parent = b.owner.getparent()
        depth = 0
        while parent is not None and depth < 5:
            if parent not in scores:
                scores[parent] = _TAG_WEIGHT.get(parent.tag, 0) + _class_weight(parent)
            scores[parent] += s / (1 if depth == 0 else 2 if depth == 1 else depth * 3)
            parent = parent.getparent()
            depth += 1
    if not scores:
        return blocks

    def final(el) -> float:
        total, links = totals.get(el, (0, 0))
        return scores[el] * (1 - (links / total if total else 0))

    top = max(scores, key=final)
    top_score = final(top)
    chosen = {top}
    parent = top.getparent()
    if parent is not None and top.tag not in ("body", "html"):
        threshold = max(10.0, top_score * 0.2)
        top_class = top.get("class")
        for sib in parent:
            if sib is top or not isinstance(sib.tag, str):
                continue
            bonus = top_score * 0.2 if top_class and sib.get("class") == top_class else 0
            if sib in scores and final(sib) + bonus >= threshold:
                chosen.add(sib)
            elif sib.tag == "p" and sib in totals:
                total, links = totals[sib]
                ld = links / total if total else 0
                if (total > 80 and ld < 0.25) or (0 < total <= 80 and ld == 0 and "." in (sib.text or "")):
                    chosen.add(sib)
    kept: dict = {}
    out = []
    for b in blocks:
        keep = kept.get(b.owner)
        if keep is None:
            keep = kept[b.owner] = any(anc in chosen for anc in chain(b.owner))
        if keep:
            out.append(b)
    return out


def _clean_text(el) -> str:
    return _WS.sub(" ", "".join(el.itertext())).strip()


def _json_ld_article(source: str) -> dict:
    """The first JSON-LD item with a headline or a publication date ({} when none or not JSON)."""
    try:
        data = orjson.loads(source)
    except orjson.JSONDecodeError:
        return {}
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    for item in items:
        if isinstance(item, dict) and any(k in item for k in ("headline", "datePublished")):
            return item
    return {}


_SCAN_TAGS = ("meta", "title", "script", "link", "blockquote", "amp-twitter", "h1", "h2", "h3")
_SCAN_GROUP = {"blockquote": "tweet", "amp-twitter": "tweet", "h1": "heading", "h2": "heading", "h3": "heading"}


def _scan(root) -> dict[str, list]:
    """The elements the metadata, title, author and tweet steps look at, by group, in document order: one
    walk of the tree (each `iter(tag)` is a walk of the whole tree in C, and they added up)."""
    found: dict[str, list] = {"meta": [], "title": [], "script": [], "link": [], "tweet": [], "heading": []}
    for el in root.iter(*_SCAN_TAGS):
        found[_SCAN_GROUP.get(el.tag, el.tag)].append(el)
    return found


def extract_metadata(root, scan: dict[str, list] | None = None) -> dict:
    """title, author, date, site_name, canonical_url, lang, description from meta tags, JSON-LD and markup."""
    scan = scan if scan is not None else _scan(root)
    meta: dict = {}
    props: dict[str, str] = {}
    title_el = None
    ld: dict = {}
    canonical = None
    for el in scan["meta"]:
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        content = el.get("content")
        if key and content and key not in props:
            props[key] = content.strip()
    if scan["title"]:
        title_el = scan["title"][0]
    for el in scan["link"]:
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            canonical = el.get("href").strip()
            break
    for el in scan["script"]:
        if el.text and (el.get("type") or "").lower() == "application/ld+json":
            ld = _json_ld_article(el.text)
            if ld:
                break
    page_title = _clean_text(title_el) if title_el is not None else None

    def ld_name(v):
        if isinstance(v, list):
            names = [ld_name(x) for x in v]
            return ", ".join(n for n in names if n) or None
        if isinstance(v, dict):
            return v.get("name")
        return v if isinstance(v, str) else None

    meta["page_title"] = page_title
    meta["title"] = props.get("og:title") or props.get("twitter:title") or ld.get("headline")
    meta["author"] = (
        props.get("author") or props.get("article:author") or props.get("dc.creator") or ld_name(ld.get("author"))
    )
    meta["date"] = (
        props.get("article:published_time") or props.get("datepublished") or props.get("date")
        or props.get("dc.date") or props.get("pubdate") or props.get("publishdate") or ld.get("datePublished")
    )
    meta["site_name"] = props.get("og:site_name") or props.get("application-name") or ld_name(ld.get("publisher"))
    meta["canonical_url"] = canonical or props.get("og:url")
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("xml:lang")
    meta["lang"] = lang or props.get("content-language") or props.get("og:locale") or props.get("language")
    meta["description"] = props.get("description") or props.get("og:description")
    if meta["lang"]:
        meta["lang"] = meta["lang"].split(",")[0].strip().replace("_", "-")
    return meta


_QUOTE_KEY = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def _title_key(s: str) -> str:
    return _WS.sub(" ", s.translate(_QUOTE_KEY)).strip().casefold()


def _find_title(headings: list, meta: dict):
    """The article title and the heading element it comes from (or None)."""
    page_title = meta.get("page_title") or ""
    wanted = meta.get("title")
    best = None
    best_len = 0
    page_key = _title_key(page_title)
    wanted_key = _title_key(wanted or "")
    for h in headings:
        t = _clean_text(h)
        if len(t) < 4 or len(t) <= best_len:
            continue
        key = _title_key(t)
        if (wanted_key and (key in wanted_key or wanted_key in key)) or (page_key and key in page_key):
            best, best_len = h, len(t)
    if best is not None:
        return _clean_text(best), best
    if wanted:
        return wanted, None
    if page_title:
        parts = _TITLE_SEP.split(page_title)
        return max(parts, key=len).strip() if len(parts) > 1 else page_title, None
    return None, None


def _tweets_and_ancestors(candidates: list) -> frozenset:
    """The embedded-tweet elements of the page and all their ancestors (one pass over the page)."""
    out = set()
    for el in candidates:
        if not is_tweet_element(el):
            continue
        while el is not None and el not in out:
            out.add(el)
            el = el.getparent()
    return frozenset(out)


def extract_article(root, keep_boilerplate: bool = False) -> Article:
    """Extract the article from a parsed page (the root returned by parse.parse_html). With
    `keep_boilerplate`, every text block of the body is kept (navigation, sidebars and comments too)."""
    scan = _scan(root)
    meta = extract_metadata(root, scan)
    body = root.find("body")
    if body is None:
        body = root
    walker = _Walker(keep_boilerplate, _tweets_and_ancestors(scan["tweet"]))
    walker.walk(body, body, "p", None, None)
    walker.flush(body, "p", None, None)
    blocks = walker.blocks if keep_boilerplate else _select(walker.blocks, body)
    # tweets the article does not keep are listed by index; renumber those kept
    kept_tweets = sorted({b.tweet for b in blocks if b.tweet is not None})
    renumber = {old: new for new, old in enumerate(kept_tweets)}
    for b in blocks:
        if b.tweet is not None:
            b.tweet = renumber[b.tweet]
    tweets = [walker.tweets[i] for i in kept_tweets]
    title, title_el = _find_title(scan["heading"], meta)
    if title:
        first = next((b for b in blocks if b.owner is title_el), None) if title_el is not None else None
        if first is not None:
            first.title = True
        else:
            level = HEADINGS.get(title_el.tag, 1) if title_el is not None else 1
            blocks.insert(0, Block(title, title_el, "heading", 0, level, None, True))
    meta["title"] = title
    if not meta.get("canonical_url") and title_el is not None:
        for a in title_el.iter("a"):
            if "bookmark" in (a.get("rel") or "").split() and a.get("href"):
                meta["canonical_url"] = a.get("href").strip()
    if not meta.get("date") and meta.get("canonical_url"):
        m = _URL_DATE.search(meta["canonical_url"])
        if m:
            meta["date"] = "-".join(m.groups())
    if not meta.get("author"):
        meta["author"] = _find_author(body)
    if not meta.get("site_name") and meta.get("page_title") and title:
        # "Site » Title" / "Title | Site": what is left of the page title once the article title is removed
        key = _title_key(title)
        rest = [p for p in _TITLE_SEP.split(meta["page_title"]) if p.strip() and _title_key(p) not in key
                and key not in _title_key(p)]
        meta["site_name"] = " ".join(rest).strip() or None if len(rest) == 1 else None
    return Article(title, blocks, tweets, meta)


_BY = re.compile(r"^\s*(?:posted\s+by|written\s+by|by|par|von|por|di)\s+", re.IGNORECASE)


_AUTHOR_CLASS = re.compile(r"\b(?:author|byline|by-line)\b", re.IGNORECASE)
# candidates found by libxml2 (one C-level walk each), confirmed in Python
_CLASS_AUTHOR = etree.XPath(  # case variants spelled out: translate() on every class costs more than the walk
    "descendant-or-self::*[@class][not(self::img)][" + " or ".join(
        f"contains(@class, '{w}')" for w in ("uthor", "UTHOR", "yline", "yLine", "YLINE", "y-line", "Y-LINE")) + "]"
)


def _find_author(body) -> str | None:
    """The first author link (rel=author, or a link to an /author/ page), else an author/byline element."""
    for a in body.iter("a"):
        rel = a.get("rel")
        if rel and "author" in rel.split():
            t = _clean_text(a)
            if t:
                return t
        if "/author/" in (a.get("href") or ""):
            t = _BY.sub("", _clean_text(a))
            if 0 < len(t) < 80:
                return t
    for el in _CLASS_AUTHOR(body):
        if _AUTHOR_CLASS.search(el.get("class") or ""):
            t = _BY.sub("", _clean_text(el))
            if 0 < len(t) < 80:
                return t
    return None



