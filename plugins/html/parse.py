"""Safe HTML parsing with lxml: encoding detection, no network, no DTD, no entity expansion, limits.

`decode_html(data)` turns bytes into text the way a browser would (BOM, then a declared encoding, then the
`<meta>` charset, then UTF-8 with a windows-1252 fallback) and says how it decided. `parse_html(data)` returns
the root element of an lxml tree parsed from that text, or raises `HtmlParseError` with a clear message.

Safety: the internal DTD subset and the doctype are removed before parsing (the HTML parser never loads a DTD
and never defines entities, so `&xxe;` stays literal text), the parser has `no_network=True`,
`huge_tree=False` (libxml2 then caps nesting at 256 levels; deeper content is cut and reported), comments and
processing instructions are dropped, and the input size is capped (`max_bytes`, default 20 MB).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from lxml import etree

__all__ = [
    "DEFAULT_MAX_BYTES",
    "HtmlParseError",
    "Parsed",
    "decode_html",
    "normalize_encoding",
    "parse_html",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
LIBXML_MAX_DEPTH = 256


class HtmlParseError(ValueError):
    """The input cannot be turned into an HTML tree (empty, too large, not decodable)."""


# WHATWG encoding labels that Python names differently or that browsers treat as another encoding.
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "iso_8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252", "l1": "cp1252", "cp819": "cp1252", "ibm819": "cp1252", "iso-ir-100": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "ansi_x3.4-1968": "cp1252", "windows-1252": "cp1252",
    "x-cp1252": "cp1252", "iso-8859-9": "cp1254", "latin5": "cp1254", "iso-8859-11": "cp874",
    "tis-620": "cp874", "windows-874": "cp874", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "big5": "big5hkscs", "shift_jis": "cp932",
    "sjis": "cp932", "x-sjis": "cp932", "windows-31j": "cp932",
    # a page that says utf-16 in a <meta> cannot be utf-16 (the meta was readable as ASCII)
    "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8", "unicode": "utf-8",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# the attributes of one tag only ([^<>]: a scan from each "<meta" stops at the next tag: linear overall)
_META_CHARSET = re.compile(
    rb"""<meta\b[^<>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE
)
# the prolog, matched at one position only (`match`, never `sub`: a failed `sub` would try every position);
# comments before the doctype are skipped by `_prolog_end` with str.find (a regex over a run of comments
# backtracks exponentially when no doctype follows)
_DOCTYPE = re.compile(r"<!doctype\b(?:[^>\[]|\[[^\]]*\])*>", re.IGNORECASE)
_XML_DECL = re.compile(r"\s*<\?xml\b[^>]*\?>", re.IGNORECASE)
_SPACE = re.compile(r"\s*")


def _prolog_end(text: str) -> int:
    """Where the XML declaration, leading comments and the doctype (with any internal subset) end; 0 when
    the page has no doctype (comments are then left to the parser, which drops them)."""
    m = _XML_DECL.match(text)
    decl_end = m.end() if m else 0
    pos = _SPACE.match(text, decl_end).end()
    while text.startswith("<!--", pos):
        end = text.find("-->", pos + 4)
        if end < 0:
            return decl_end
        pos = _SPACE.match(text, end + 3).end()
    m = _DOCTYPE.match(text, pos)
    return m.end() if m else decl_end


def normalize_encoding(label: str | None) -> str | None:
    """Map an encoding label to the Python codec a browser would use, or None when unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    # codecs.lookup resolves 'latin-1' spellings we missed above; browsers read those as windows-1252
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return name


def _sniff_nul(head: bytes) -> str | None:
    """For a head with NUL bytes and no BOM: 'utf-16-le' / 'utf-16-be' when the NULs sit on one side of
    the characters (UTF-16 text saved without its BOM: markup is ASCII), else None (binary data)."""
    even, odd = head[0::2], head[1::2]
    n = min(len(even), len(odd))
    if n < 8:
        return None
    if odd.count(0) >= 0.5 * n and even.count(0) <= 0.05 * n:
        return "utf-16-le"
    if even.count(0) >= 0.5 * n and odd.count(0) <= 0.05 * n:
        return "utf-16-be"
    return None


# C0 controls other than tab, newline, form feed, carriage return: never in a text page, common in binaries
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 12, 13))


def decode_html(data: bytes | str, declared: str | None = None) -> tuple[str, str, str]:
    """Decode page bytes. Returns (text, encoding, how) where how is one of
    'str', 'bom', 'sniffed', 'declared', 'meta', 'utf-8', 'fallback'. Undecodable bytes become U+FFFD.
    Raises HtmlParseError for binary data (an image or archive given as a page)."""
    if isinstance(data, str):
        return data, "utf-8", "str"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc, "bom"
    head = data[:4096]
    controls = len(head) - len(head.translate(None, _CONTROL))
    if controls:
        enc = _sniff_nul(head) if b"\x00" in head else None
        if enc is not None:
            return data.decode(enc, errors="replace"), enc, "sniffed"
        # a few stray control bytes are kept (NUL becomes U+FFFD); many mean an image, archive or the like
        if controls > max(16, len(head) // 20):
            raise HtmlParseError(f"binary data, not an HTML page ({controls} control bytes in the first "
                                 f"{len(head)} bytes)")
    enc = normalize_encoding(declared)
    how = "declared"
    if enc is None:
        m = _META_CHARSET.search(data, 0, 4096) or _META_CHARSET.search(data, 0, 65536)
        enc = normalize_encoding(m.group(1).decode("ascii", "replace")) if m else None
        how = "meta"
    if enc is not None:
        if enc == "utf-8":
            try:
                return data.decode("utf-8"), "utf-8", how
            except UnicodeDecodeError:
                # a page declared UTF-8 that is not: windows-1252 reads every byte (browsers would show U+FFFD;
                # we keep the letters, which is what an article extractor wants)
                return data.decode("cp1252", errors="replace"), "cp1252", "fallback"
        return data.decode(enc, errors="replace"), enc, how
    try:
        return data.decode("utf-8"), "utf-8", "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252", "fallback"


@dataclass
class Parsed:
    """A parsed page: the root element, the encoding used, and problems met while parsing."""

    root: etree._Element
    encoding: str
    encoding_source: str
    warnings: list[str] = field(default_factory=list)


def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        remove_blank_text=False,
        default_doctype=False,
        collect_ids=False,
        huge_tree=False,
        compact=True,
    )


_PARSER = _parser()


def parse_html(
    data: bytes | str, declared_encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Parsed:
    """Parse an HTML page safely. Raises HtmlParseError for empty, oversized or tree-less input."""
    size = len(data)
    if size > max_bytes:
        raise HtmlParseError(f"input of {size} bytes exceeds the limit of {max_bytes} bytes (max_bytes)")
    text, encoding, how = decode_html(data, declared_encoding)
    if not text.strip().strip("\ufeff").strip():  # (strip returns the same string when there is nothing to cut)
        raise HtmlParseError("empty document")
    warnings: list[str] = []
    if "\ufffd" in text and (isinstance(data, bytes) and b"\xef\xbf\xbd" not in data):
        warnings.append(f"undecodable bytes replaced by U+FFFD (encoding {encoding} from {how})")
    # no XML declaration, no doctype and no internal DTD subset: nothing can define or load entities
    # (comments before the doctype go with it: the parser drops comments anyway)
    cut = _prolog_end(text)
    if isinstance(data, bytes) and encoding == "utf-8" and how != "bom" and b"\x00" not in data:
        # the bytes are valid UTF-8 already: hand them to libxml2 as they are, without the prolog
        raw = data[len(text[:cut].encode("utf-8")):] if cut else data
    else:
        text = text[cut:]
        if "\x00" in text:
            text = text.replace("\x00", "\ufffd")
        raw = text.encode("utf-8", errors="replace")  # lone surrogates from a str input become '?'
    try:
        root = etree.fromstring(raw, _PARSER)
    except etree.XMLSyntaxError as exc:  # pragma: no cover - the HTML parser recovers from nearly anything
        raise HtmlParseError(f"unparseable HTML: {exc}") from exc
    if root is None:
        raise HtmlParseError("no HTML element could be recovered from the input")
    for entry in _PARSER.error_log:
        if "depth" in entry.message.lower():
            warnings.append(
                f"nesting deeper than {LIBXML_MAX_DEPTH} levels: content below that depth was dropped"
            )
            break
    return Parsed(root, encoding, how, warnings)
