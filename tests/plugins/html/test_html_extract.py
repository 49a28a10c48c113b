# ruff: noqa: E501  (HTML fixtures are kept on their natural lines)
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework.testing import cpu_seconds
from plugins.html.extract import extract_article
from plugins.html.parse import parse_html
from plugins.html.quality import token_prf


def article(html: str | bytes):
    return extract_article(parse_html(html).root)


PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Le titre de l'article | Le Site</title>
<meta property="og:site_name" content="Le Site"><meta name="author" content="Jeanne Dupont">
<meta property="article:published_time" content="2024-03-01T10:00:00Z">
<link rel="canonical" href="https://example.org/a/1"><script>var x = "<p>no</p>";</script>
<style>p {color: red}</style></head>
<body><nav><ul><li><a href="/">Accueil</a></li><li><a href="/b">Politique</a></li></ul></nav>
<header class="site-header"><h1 class="logo">Le Site</h1></header>
<div class="sidebar"><p>Abonnez-vous, recevez, lisez, partagez, commentez, aimez tout.</p></div>
<article class="post"><h1>Le titre de l'article</h1>
<p>Premier paragraphe, avec du <b>gr</b>as et un <a href="/x">lien</a>, qui est assez long pour compter.</p>
<p>Deuxi\u00e8me ligne<br>suite de la ligne, et encore du texte, pour \u00eatre bien s\u00fbr.<br><br>Troisi\u00e8me bloc, s\u00e9par\u00e9.</p>
<h2>Un intertitre</h2>
<blockquote><p>\u00ab\u00a0Une citation, longue, tr\u00e8s longue, vraiment\u00a0\u00bb</p></blockquote>
<ul><li>point un, un point</li><li>point deux</li></ul>
<figure><img src="a.jpg" alt="x"><figcaption>Une l\u00e9gende</figcaption></figure>
<blockquote class="twitter-tweet" data-lang="fr"><p lang="en" dir="ltr">Hello <a href="https://twitter.com/x">@x</a> \U0001F600</p>
&mdash; Some One (@someone) <a href="https://twitter.com/someone/status/1044502590266978309?ref_src=x">September 25, 2018</a></blockquote>
<p>Dernier paragraphe de l'article, qui conclut le propos, enfin, apr\u00e8s tout cela.</p>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
</article>
<section id="comments"><p>Un commentaire, tr\u00e8s long, inutile, hors sujet, qui ne doit pas venir.</p></section>
<footer><p>\u00a9 Le Site, tous droits r\u00e9serv\u00e9s, mentions l\u00e9gales, contact.</p></footer>
</body></html>"""


def test_article_text_roles_and_boilerplate():
    art = article(PAGE)
    text, paras, tweets = art.assemble()
    assert text.startswith("Le titre de l'article\n\nPremier paragraphe, avec du gras et un lien,")
    for junk in ("Accueil", "Abonnez", "commentaire", "droits", "Facebook", "var x", "color"):
        assert junk not in text
    got = [(text[p["start"]:p["end"]], p["role"]) for p in paras]
    assert got[0] == ("Le titre de l'article", "heading")
    assert paras[0]["title"] is True and paras[0]["level"] == 1
    assert ("Deuxi\u00e8me ligne\nsuite de la ligne, et encore du texte, pour \u00eatre bien s\u00fbr.", "p") in got
    assert ("Troisi\u00e8me bloc, s\u00e9par\u00e9.", "p") in got
    assert ("Un intertitre", "heading") in got
    assert ("\u00ab\u00a0Une citation, longue, tr\u00e8s longue, vraiment\u00a0\u00bb", "blockquote") in got
    assert ("point un, un point", "li") in got and ("point deux", "li") in got
    assert ("Une l\u00e9gende", "caption") in got
    # paragraphs are separated by exactly one blank line, and only there
    assert text == "\n\n".join(t for t, _ in got)
    assert all(p["xpath"].startswith("/html/body/article") for p in paras)
    assert art.meta["lang"] == "fr" and art.meta["author"] == "Jeanne Dupont"
    assert art.meta["site_name"] == "Le Site" and art.meta["canonical_url"] == "https://example.org/a/1"
    assert art.meta["date"] == "2024-03-01T10:00:00Z"


def test_embedded_tweet_span():
    text, paras, tweets = article(PAGE).assemble()
    assert len(tweets) == 1
    tw = tweets[0]
    assert tw["id"] == "1044502590266978309" and tw["handle"] == "someone"
    assert tw["author_name"] == "Some One" and tw["date"] == "September 25, 2018" and tw["lang"] == "en"
    assert tw["created_at"] == "2018-09-25T08:23:18.096Z"
    assert tw["url"] == "https://twitter.com/someone/status/1044502590266978309"
    assert text[tw["start"]:tw["end"]] == "Hello @x \U0001F600\n\n\u2014 Some One (@someone) September 25, 2018"
    assert text[tw["text_start"]:tw["text_end"]] == "Hello @x \U0001F600"
    assert [p["role"] for p in paras if p.get("tweet") == 0] == ["blockquote", "blockquote"]


def test_inline_markup_never_splits_words_and_blocks_always_do():
    text, paras, _ = article("<p>W<b>or</b><i>d</i>s and <span>mo</span>re</p><div>a</div><div>b</div>").assemble()
    assert text == "Words and more\n\na\n\nb"


def test_page_without_article_structure_keeps_its_text():
    text, paras, _ = article(b"just a line of text").assemble()
    assert text == "just a line of text" and paras[0]["role"] == "p"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1), min_size=1, max_size=6))
def test_offsets_hold_for_any_text(chunks):
    from html import escape

    html = "<html><body><article>" + "".join(f"<p>{escape(c)}</p>" for c in chunks) + "</article></body></html>"
    text, paras, _ = article(html).assemble()
    for p in paras:
        assert 0 <= p["start"] < p["end"] <= len(text)
        piece = text[p["start"]:p["end"]]
        assert piece == piece.strip() and "\n\n" not in piece
    assert text == "\n\n".join(text[p["start"]:p["end"]] for p in paras)
    # every non-space character we were given is in the text, in order
    assert "".join(text.split()) == "".join("".join(c.split()) for c in chunks if c.strip())


def test_xpaths_match_lxml_getpath(html_data):
    for path in [html_data / "html" / "gv_1.html", html_data / "html" / "gv_16.html"]:
        root = parse_html(path.read_bytes()).root
        text, paras, _ = extract_article(root, keep_boilerplate=True).assemble()
        tree = root.getroottree()
        for p in paras:
            if "xpath" not in p:  # the title taken from <meta>/<title>: no element in the body
                assert p.get("title") is True
                continue
            [el] = tree.xpath(p["xpath"])
            assert tree.getpath(el) == p["xpath"]
    assert len(paras) > 50


def _seconds(n: int, unit: bytes) -> float:
    page = b"<html><body><article>" + unit * n + b"</article></body></html>"
    root = parse_html(page).root
    return cpu_seconds(lambda: extract_article(root).assemble())


@pytest.mark.parametrize("unit", [
    b"<p>Words, words.</p>",  # thousands of sibling paragraphs (xpaths were quadratic)
    b'<blockquote class="twitter-tweet"><p>t</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">d</a></blockquote>',
    b"<p><b>x</b> <a href='#'>y</a>, </p><br><br>",
])
def test_extraction_time_is_linear(unit):
    small, large = _seconds(1000, unit), _seconds(4000, unit)
    # linear gives ~4x (cache and GC effects push it to ~8x under load); quadratic gives 16x
    assert large < 10 * small + 0.05, f"4x input took {large / small:.1f}x the time"


def _reference(html_data):
    refs = {}
    with open(html_data / "news" / "news.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("source", "").startswith("mediacloud/backend"):
                refs[int(row["id"].split(":")[1])] = row
    return refs


@pytest.mark.parametrize("page", range(1, 16))
def test_global_voices_quality_against_reference(html_data, page):
    ref = _reference(html_data)[page]
    art = extract_article(parse_html((html_data / "html" / f"gv_{page}.html").read_bytes()).root)
    text, paras, _ = art.assemble()
    p, r, _ = token_prf(text, ref["text"])
    assert r >= 0.95, f"recall {r:.3f} on gv_{page}"
    assert p >= 0.90, f"precision {p:.3f} on gv_{page}"
    assert art.title.replace("\u2019", "'") == ref["title"]
    assert art.meta["site_name"] == "Global Voices Online"
    assert art.meta["date"].startswith("2009-0")
    assert "Recent Comments" not in text and "Share this article" not in text


def test_home_page_gives_text(html_data):
    art = extract_article(parse_html((html_data / "html" / "gv_16.html").read_bytes()).root)
    text, paras, _ = art.assemble()
    assert len(text) > 300 and paras  # a home page: a list of teasers, some text either way
