# ruff: noqa: E501  (HTML fixtures are kept on their natural lines)
from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework import ConfigError, Pipeline, iter_inputs

MODULE = "plugins.html:Html"

PAGE = """<html lang="de"><head><meta charset="windows-1252"><title>Ein Titel \u2013 Die Zeitung</title>
<meta property="og:site_name" content="Die Zeitung"></head><body>
<div id="menu"><a href="/">Start</a> <a href="/p">Politik</a></div>
<article><h1>Ein Titel</h1><p>\u201eZitat\u201c, sagte sie, und dann kam noch ein langer Satz mit Kommas, damit er z\u00e4hlt.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello world</p>&mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1044502590266978309">September 25, 2018</a></blockquote>
<p>Noch ein Absatz.</p></article><div class="comments"><p>Kommentar, der nicht kommen soll, lang genug, mit Kommas, ja.</p></div></body></html>"""


def pipeline(**settings_) -> Pipeline:
    return Pipeline.from_config(entry_points=False, modules=[MODULE], settings={"html": settings_})


def read(pipe: Pipeline, paths, **options):
    return [pipe.process(doc) for doc in iter_inputs([str(p) for p in paths], pipe.formats, options=options or None,
                                                       format=options.pop("format", None))]


def test_html_file_to_record(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("cp1252"))
    pipe = pipeline()
    assert pipe.formats.reader_for(str(page)).plugin == "html"
    assert pipe.formats.reader_for("x.htm").name == "html"
    [rec] = read(pipe, [page])
    assert rec["errors"] == [] and rec["id"] == str(page)
    text = rec["text"]
    assert text == ("Ein Titel\n\n\u201eZitat\u201c, sagte sie, und dann kam noch ein langer Satz mit Kommas, damit er z\u00e4hlt."
                    "\n\nHello world\n\n\u2014 Jane (@jane) September 25, 2018\n\nNoch ein Absatz.")
    meta = rec["meta"]
    assert (meta["format"], meta["title"], meta["site_name"], meta["lang"], meta["encoding"]) == (
        "html", "Ein Titel", "Die Zeitung", "de", "cp1252")
    paras = rec["layers"]["paragraph"]
    assert [p["role"] for p in paras] == ["heading", "p", "blockquote", "blockquote", "p"]
    assert paras[0]["xpath"] == "/html/body/article/h1" and paras[0]["title"] is True
    [tw] = rec["layers"]["embedded_tweet"]
    assert text[tw["text_start"]:tw["text_end"]] == "Hello world"
    assert (tw["id"], tw["handle"], tw["date"], tw["lang"]) == ("1044502590266978309", "jane", "September 25, 2018", "en")
    assert orjson.loads(orjson.dumps(rec)) == rec


def test_gzip_folder_and_broken_pages(tmp_path: Path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.encode("cp1252")))
    (tmp_path / "b.htm").write_bytes(b"<html><body><script>only();</script></body></html>")
    (tmp_path / "c.html").write_bytes(b"")
    (tmp_path / "d.html").write_bytes(b"<p>broken <b>markup <i>still</p> gives <div>text")
    recs = read(pipeline(), [tmp_path])
    assert len(recs) == 4
    ok = {r["id"].rsplit("/", 1)[-1]: r for r in recs}
    assert ok["a.html.gz"]["layers"]["embedded_tweet"]
    for bad in ("b.htm", "c.html"):
        assert ok[bad]["status"] == "error"
        assert ok[bad]["errors"][0]["plugin"] == "html" and ok[bad]["errors"][0]["type"] == "ParseError"
    assert "empty document" in ok["c.html"]["errors"][0]["message"]
    assert ok["d.html"]["text"] == "broken markup still\n\ngives\n\ntext"  # the loose text is its own block


def test_json_lines_with_html_field(tmp_path: Path):
    src = tmp_path / "pages.jsonl"
    lines = [
        orjson.dumps({"id": "p1", "url": "https://example.org/1", "html": PAGE}),
        b"not json",
        orjson.dumps({"id": "p3", "title": "no html here"}),
        orjson.dumps({"body": "<p>In body \U0001F600 field</p>", "id": 4}),
        b"",
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    pipe = pipeline()
    recs = read(pipe, [src], format="html")
    assert [r.get("status") for r in recs] == [None, "error", "error", "error"]  # "body" is not a default field
    assert recs[0]["id"] == "p1" and recs[0]["meta"]["url"] == "https://example.org/1"
    assert recs[0]["meta"]["line"] == 1 and recs[0]["layers"]["embedded_tweet"]
    assert recs[1]["errors"][0]["type"] == "InvalidJSON" and recs[1]["errors"][0]["line"] == 2
    assert "no HTML string" in recs[2]["errors"][0]["message"]
    # the field named on the command line / in the settings
    recs = read(pipe, [src], format="html", text_field="body")
    assert recs[-1]["text"] == "In body \U0001F600 field" and recs[-1]["id"] == "4"
    recs = read(pipeline(field="body"), [src], format="html")
    assert recs[-1]["text"] == "In body \U0001F600 field"


def test_settings_boilerplate_and_xpath(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text(PAGE, encoding="utf-8")
    [kept] = read(pipeline(boilerplate="keep", xpath="false"), [page])
    assert "Kommentar" in kept["text"] and "Politik" in kept["text"]
    assert all("xpath" not in p for p in kept["layers"]["paragraph"])
    [plain] = read(pipeline(max_bytes="100"), [page])
    assert plain["status"] == "error" and "exceeds the limit" in plain["errors"][0]["message"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1), min_size=1, max_size=4))
def test_record_offsets_for_any_text(chunks):
    from html import escape

    page = "<article>" + "".join(f"<p>{escape(c)}</p>" for c in chunks) + "</article>"
    pipe = _PIPE
    docs = list(pipe.formats.reader_for("x.html").handler(_Stream(page.encode("utf-8")), "x.html", {}))
    [doc] = docs
    if doc.get("status") == "error":
        assert not "".join(chunks).strip()
        return
    rec = pipe.process(doc)
    for p in rec["layers"]["paragraph"]:
        piece = rec["text"][p["start"]:p["end"]]
        assert piece and piece == piece.strip()


class _Stream:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, n: int = -1) -> bytes:
        return self.data


_PIPE = None


@pytest.fixture(autouse=True, scope="module")
def _pipe():
    global _PIPE
    _PIPE = pipeline()
    yield


def test_page_with_only_a_textless_tweet_names_it_in_the_error(tmp_path: Path):
    # the core refuses a document without text; the error says which tweet the page held, the raw page is kept
    page = tmp_path / "t.html"
    page.write_text('<blockquote class="twitter-tweet"><a href="https://twitter.com/a_b/status/1185544789728616448">'
                    "&nbsp;</a></blockquote>", encoding="utf-8")
    [rec] = read(pipeline(), [page])
    assert rec["status"] == "error" and "twitter.com/a_b/status" in rec["meta"]["raw"]
    [err] = rec["errors"]
    assert err["plugin"] == "html" and "only embedded tweets without text: ids 1185544789728616448" in err["message"]


@pytest.mark.parametrize("key, value, says", [
    ("max_bytes", "abc", "html: max_bytes must be a positive whole number, not 'abc'"),
    ("max_bytes", "-5", "html: max_bytes must be a positive whole number, not '-5'"),
    ("boilerplate", "xyz", "html: boilerplate must be remove or keep, not 'xyz'"),
    ("xpath", "maybe", "html: xpath must be true or false, not 'maybe'"),
])
def test_a_bad_setting_is_a_config_error(key: str, value: str, says: str) -> None:
    """They fell back to the default in silence, or (max_bytes=-5) turned every page into an error record."""
    with pytest.raises(ConfigError, match=says):
        pipeline(**{key: value})


def test_an_unknown_setting_is_a_config_error() -> None:
    """As the language plugin does: ``--set html.boilerplates=keep`` was ignored in silence."""
    with pytest.raises(ConfigError, match="html: unknown setting[(]s[)] boilerplates; known: boilerplate, field, max_bytes, xpath"):
        pipeline(boilerplates="keep")
