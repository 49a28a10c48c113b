# ruff: noqa: E501  (HTML fixtures are kept on their natural lines)
from __future__ import annotations

import codecs
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from framework.testing import cpu_seconds
from plugins.html.parse import HtmlParseError, decode_html, normalize_encoding, parse_html


def body_text(parsed) -> str:
    return "".join(parsed.root.find("body").itertext())


CP1252_PAGE = '<html><head><meta charset="{}"></head><body><p>\u201cCaf\u00e9\u201d \u20ac 5 \u2013 ok</p></body></html>'


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "latin1", "us-ascii", "windows-1252"])
def test_windows_1252_declared_as_latin1_or_ascii(label):
    data = CP1252_PAGE.format(label).encode("cp1252")
    parsed = parse_html(data)
    assert parsed.encoding == "cp1252" and parsed.encoding_source == "meta"
    assert body_text(parsed) == "\u201cCaf\u00e9\u201d \u20ac 5 \u2013 ok"


def test_http_equiv_charset_and_declared_encoding_wins():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head>' \
           "<body><p>\u041f\u0440\u0438\u0432\u0435\u0442</p></body></html>"
    parsed = parse_html(page.encode("koi8-r"))
    assert parsed.encoding == "koi8-r"
    assert body_text(parsed) == "\u041f\u0440\u0438\u0432\u0435\u0442"
    # a transport-level declaration (HTTP header, option) beats the meta
    assert parse_html(page.encode("cp1251"), declared_encoding="windows-1251").encoding_source == "declared"
    text, enc, how = decode_html("x".encode("cp1251"), "windows-1251")
    assert (enc, how) == ("cp1251", "declared")


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"])
def test_bom_beats_meta(codec):
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>caf\u00e9 \U0001F600 \u00e0</p></body></html>'
    data = page.encode(codec)
    if codec in ("utf-16-le", "utf-16-be", "utf-32-be"):
        bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
               "utf-32-be": codecs.BOM_UTF32_BE}[codec]
        data = bom + data
    parsed = parse_html(data)
    assert parsed.encoding_source == "bom"
    assert body_text(parsed) == "caf\u00e9 \U0001F600 \u00e0"


def test_meta_utf16_means_utf8_and_undeclared_sniffing():
    page = '<html><head><meta charset="utf-16"></head><body><p>na\u00efve</p></body></html>'
    assert body_text(parse_html(page.encode("utf-8"))) == "na\u00efve"
    assert decode_html("na\u00efve".encode())[1:] == ("utf-8", "utf-8")
    # undeclared and not UTF-8: windows-1252
    assert decode_html("na\u00efve \u2019".encode("cp1252"))[0] == "na\u00efve \u2019"
    # declared UTF-8 but is not: windows-1252 keeps the letters
    text, enc, how = decode_html(b'<meta charset="utf-8"><p>caf\xe9</p>')
    assert (enc, how) == ("cp1252", "fallback") and "caf\u00e9" in text


def test_unknown_label_is_ignored():
    assert normalize_encoding("no-such-encoding") is None
    assert normalize_encoding(" 'Latin-1' ") == "cp1252"
    assert decode_html(b'<meta charset="bogus"><p>\xc3\xa9</p>')[0].endswith("\u00e9</p>")


def test_internal_subset_entities_are_not_expanded():
    page = (
        '<!DOCTYPE html [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><html><body><p>&c; &amp; &eacute;</p></body></html>'
    )
    t0 = time.process_time()
    parsed = parse_html(page.encode())
    assert time.process_time() - t0 < 1
    assert body_text(parsed) == "&c; & \u00e9"  # the doctype is gone, no "]>" leaks into the text
    assert "AAAA" not in etree.tostring(parsed.root, encoding=str)


def test_external_dtd_and_entities_are_never_loaded(tmp_path):
    secret = tmp_path / "secret.dtd"
    secret.write_text('<!ENTITY xxe "SECRET-CONTENT">')
    page = f'<!DOCTYPE html SYSTEM "{secret.as_uri()}"><html><body><p>&xxe;</p>' \
           f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}"/></body></html>'
    parsed = parse_html(page.encode())
    out = etree.tostring(parsed.root, encoding=str)
    assert "SECRET-CONTENT" not in out
    assert body_text(parsed) == "&xxe;"


def test_depth_limit_reported_and_size_limit():
    deep = b"<html><body>" + b"<div>" * 3000 + b"x" + b"</div>" * 3000 + b"</body></html>"
    parsed = parse_html(deep)
    assert any("nesting deeper" in w for w in parsed.warnings)
    with pytest.raises(HtmlParseError, match="exceeds the limit"):
        parse_html(b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000)


@pytest.mark.parametrize("data", [b"", b"   \n\t ", codecs.BOM_UTF8, "\ufeff".encode("utf-8-sig")])
def test_empty_input_is_a_clear_error(data):
    with pytest.raises(HtmlParseError, match="empty"):
        parse_html(data)


def test_broken_markup_still_gives_text():
    parsed = parse_html(b"<p>unclosed <b>bold <i>it</p><div>tail<table><td>cell")
    assert body_text(parsed) == "unclosed bold ittailcell"
    assert body_text(parse_html(b"plain text, no tags")) == "plain text, no tags"
    nul = parse_html(b"<p>a\x00b</p>")
    assert body_text(nul) == "a\ufffdb"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1).filter(lambda s: s.strip()),
       st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]))
def test_any_text_round_trips_through_any_unicode_encoding(s, codec):
    from html import escape

    # characters XML/HTML cannot carry are replaced by the parser; keep the test to the ones it can
    s = "".join(c for c in s if c in "\t\n\r" or (c >= " " and not 0xD800 <= ord(c) <= 0xDFFF
                                                   and c not in "\x7f" and not 0x80 <= ord(c) <= 0x9f
                                                   and c not in "\ufffe\uffff"))
    if not s.strip():
        return
    page = "<html><body><pre>" + escape(s, quote=False) + "</pre></body></html>"
    parsed = parse_html(page.encode(codec))
    got = body_text(parsed)
    expected = s.replace("\r\n", "\n").replace("\r", "\n")
    assert got.lstrip("\n") == expected.lstrip("\n")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_sniffed(codec):
    page = "<html><body><p>\u041f\u0440\u0438\u0432\u0435\u0442, caf\u00e9 \U0001F600</p></body></html>"
    parsed = parse_html(page.encode(codec))
    assert (parsed.encoding, parsed.encoding_source) == (codec, "sniffed")
    assert body_text(parsed) == "\u041f\u0440\u0438\u0432\u0435\u0442, caf\u00e9 \U0001F600"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,  # an image
    b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(32)) * 40,  # a zip archive
    bytes(range(256)) * 16,
])
def test_binary_input_is_a_clear_error(data):
    with pytest.raises(HtmlParseError, match="binary data, not an HTML page"):
        parse_html(data)


def _best_of_3(data: bytes) -> float:
    from plugins.html.plugin import html_to_document

    def parse() -> None:
        try:
            html_to_document(data, "x")
        except HtmlParseError:
            pass

    return cpu_seconds(parse)


@pytest.mark.parametrize("unit", [
    b"<!-- a -->",  # comments before a doctype that never comes (a regex over them backtracked exponentially)
    b"<meta ",  # charset sniffing: each "<meta" scanned to the next ">" was quadratic
    b"<meta charset=",
    b"<!doctype x ",
    b"<",
    b"&amp;&",
    b"(@a) ",
    "\u2014 (@".encode("utf-8"),
    b"<br>",
    b"<blockquote class=twitter-tweet>(@a)<a href=https://twitter.com/a/status/1>",
    b"<div class='comment-share-sidebar-promo'>x",
])
def test_pathological_runs_take_linear_time(unit):
    small, large = _best_of_3(unit * 2000), _best_of_3(unit * 8000)
    assert large < 1.0 and large < 8 * small + 0.02, f"{unit!r}: 4x input took {large / max(small, 1e-9):.1f}x"


_MARKS = ["<!--", "-->", "<meta ", "charset=", "<", ">", "&", "&#", ";", "(@", ")", "\u2014", " ", "\u00a0",
          "<br>", "<p>", "</p>", "<!doctype", "[", "]", "<?xml", "?>", "\"", "'", "=", "x", "\U0001F600"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_MARKS), min_size=1, max_size=300), st.integers(1, 200))
def test_runs_of_marks_parse_quickly(parts, repeat):
    data = ("".join(parts) * repeat).encode("utf-8")
    assert _best_of_3(data) < 1.0
