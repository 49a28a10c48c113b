"""One record as HTML: the seed article's gold quotes, speakers and entities; escaping; emoji; bad spans."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree, html
from view_records import gold_record

from framework import new_record
from plugins.view import render_document
from plugins.view.document import MAX_TABLE_ROWS


def text_of(elements) -> str:
    return "".join("".join(el.itertext()) for el in elements)


def roundtrip(section: etree._Element) -> etree._Element:
    """Serialize and parse back with lxml's HTML parser: what a reader of the file gets."""
    return html.fragment_fromstring(html.tostring(section, encoding="unicode"))


@pytest.fixture(scope="module")
def seed(shared_data: Path):
    record, gold = gold_record(shared_data)
    return record, gold, roundtrip(render_document(record))


def test_the_marked_text_is_exactly_the_record_text(seed) -> None:
    record, _, section = seed
    (body,) = section.find_class("text")
    assert "".join(body.itertext()) == record["text"]
    assert body.get("lang") == "fr"


def test_each_gold_quote_is_highlighted_with_its_speaker_cue_and_channel(seed) -> None:
    record, gold, section = seed
    text = record["text"]
    colours = {}
    for quote in gold["quotes"]:
        pieces = section.xpath("//span[contains(@class, 'quote') and @data-quote=$q]", q=quote["id"])
        assert pieces, quote["id"]
        assert text_of(pieces) == text[quote["start"]:quote["end"]]
        parts = section.xpath("//span[contains(@class, 'qpart') and @data-quote=$q]", q=quote["id"])
        assert text_of(parts) == "".join(text[s:e] for s, e in quote["parts"])
        colour = [c for c in pieces[0].get("class").split() if c.startswith("sp")][0]
        speaker = quote["speaker"]
        if speaker is None:
            assert colour == "sp-none" and pieces[0].get("data-speaker") == ""
            continue
        # the speaker is named by entity (Gonzalez → Jessica Gonzalez, Musk → Elon Musk), not by surface form
        assert pieces[0].get("data-speaker") == speaker["entity"]
        marked = section.xpath("//span[contains(@class, 'speaker') and @data-quote=$q]", q=quote["id"])
        assert text_of(marked) == speaker["text"] and colour in marked[0].get("class").split()
        cue = section.xpath("//span[@class='cue' and @data-quote=$q]", q=quote["id"])
        assert text_of(cue) == quote["cue"]["text"]
        assert pieces[0].get("data-channel") == quote["channel"]
        assert pieces[0].get("data-badge") == f"{quote['channel']} · fr" and pieces[0].get("lang") == "fr"
        colours.setdefault(speaker["entity"], set()).add(colour)
    assert all(len(c) == 1 for c in colours.values())  # one colour per speaker …
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)  # … and a different one each


def test_linked_entities_point_to_wikidata_and_nil_ones_are_grouped_by_cluster(seed) -> None:
    record, gold, section = seed
    text = record["text"]
    links = section.xpath("//div[@class='text']//a[contains(@class, 'ent')]")
    linked = [m for m in gold["entities"] if m["entity"] in gold["kb_ids"]]
    assert [(a.get("href"), a.text_content()) for a in links] == [
        (f"https://www.wikidata.org/wiki/{gold['kb_ids'][m['entity']]}", text[m["start"]:m["end"]]) for m in linked]
    nil = section.xpath("//div[@class='text']//span[contains(@class, 'ent') and contains(@class, 'nil')]")
    assert len(nil) == len(gold["entities"]) - len(linked) and all(s.get("data-cluster") for s in nil)
    rows = {row[0].text_content(): row for row in section.xpath("//details[@class='entities']//tr[@class='nil']")}
    gonzalez = [m for m in gold["entities"] if m["entity"] == "Jessica Gonzalez"]
    assert rows["Jessica Gonzalez"][1].text_content().startswith("NIL c")
    assert rows["Jessica Gonzalez"][3].text_content().startswith(f"{len(gonzalez)}: ")
    assert "Gonzalez" in rows["Jessica Gonzalez"][3].text_content()


def test_hashtags_source_tag_publisher_and_language_are_shown(seed) -> None:
    record, gold, section = seed
    tags = section.xpath("//span[contains(@class, 'hashtag')]")
    assert [t.text_content() for t in tags] == [record["text"][h["start"]:h["end"]] for h in gold["hashtags"]]
    assert section.xpath("string(//span[@class='srctag'])") == "Source-147"
    assert section.xpath("string(//dd[@class='source-tag'])") == "Source-147"
    assert section.xpath("//dd[@class='publisher']/a/@href") == ["https://arstechnica.com/"]
    assert section.xpath("string(//dd[@class='lang'])") == "fr (0.99)"
    assert section.xpath("string(//h2)") == gold["title"]


def test_script_in_text_title_and_attributes_shows_as_text() -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    text = f"{evil} « quote » dit \"><script>bad()</script>."
    s = text.index("dit") + 4
    record = new_record(text, '"><script>id()</script>', meta={"title": evil, "url": "javascript:alert(1)"})
    record["layers"] = {"quote": [{"id": 'q"><b>', "start": text.index("«"), "end": text.index("»") + 1,
                                   "type": "direct", "channel": "<i>tweet</i>",
                                   "speaker": {"start": s, "end": len(text) - 1, "entity": None}}],
                        "url": [{"start": 0, "end": 8, "url": "javascript:alert(1)"}]}
    record["errors"] = [{"plugin": "<b>p</b>", "hook": "h", "type": "T", "message": evil}]
    out = html.tostring(render_document(record), encoding="unicode")
    tree = html.fragment_fromstring(out)
    assert not tree.xpath("//script | //img | //i | //b[not(@class)]")
    assert "".join(tree.find_class("text")[0].itertext()) == text
    assert tree.xpath("string(//h2)") == evil
    assert not [a for a in tree.iter("a") if "javascript" in (a.get("href") or "")]
    assert "&lt;script&gt;" in out


def test_emoji_and_astral_characters_keep_offsets_exact() -> None:
    text = "👩‍👩‍👧 😀😀 « 𝔘𝔫𝔦 🎉 » a tweeté 𝕄𝕦𝕤𝕜 #été🔥 https://x.co/😀"
    q0, q1 = text.index("«"), text.index("»") + 1
    sp = text.index("𝕄")
    h = text.index("#été")
    u = text.index("https")
    record = new_record(text, "emoji")
    record["layers"] = {
        "quote": [{"id": "q1", "start": q0, "end": q1, "type": "direct", "parts": [[q0 + 2, q1 - 2]],
                   "speaker": {"start": sp, "end": sp + 4, "entity": "e1"},
                   "cue": {"start": text.index("a tweeté"), "end": text.index("a tweeté") + 8}}],
        "entity": [{"id": "e1", "start": sp, "end": sp + 4, "kb_id": "Q317521", "name": "Elon Musk"}],
        "hashtag": [{"start": h, "end": h + 5}], "url": [{"start": u, "end": len(text)}],
    }
    tree = roundtrip(render_document(record))
    assert text_of(tree.xpath("//span[contains(@class, 'quote')]")) == "« 𝔘𝔫𝔦 🎉 »"
    assert text_of(tree.xpath("//span[contains(@class, 'qpart')]")) == "𝔘𝔫𝔦 🎉"
    assert text_of(tree.xpath("//span[contains(@class, 'speaker')]")) == "𝕄𝕦𝕤𝕜"
    assert text_of(tree.xpath("//span[@class='cue']")) == "a tweeté"
    assert text_of(tree.xpath("//span[contains(@class, 'hashtag')]")) == "#été🔥"
    assert [unquote(h) for h in tree.xpath("//a[contains(@class, 'url')]/@href")] == ["https://x.co/😀"]
    assert tree.xpath("//span[contains(@class, 'quote')]/@data-speaker") == ["Elon Musk"]
    assert "".join(tree.find_class("text")[0].itertext()) == text


def test_missing_layers_and_fields_degrade_gracefully() -> None:
    bare = roundtrip(render_document({"text": "Just text 😀."}))
    assert bare.find_class("text")[0].text_content() == "Just text 😀."
    assert not bare.xpath("//details") and not bare.find_class("errors")
    odd = roundtrip(render_document({"id": 5, "text": None, "doc": "x", "layers": {"quote": "nope"}, "errors": 3}))
    assert odd.xpath("string(//h2)") == "5"


def test_spans_outside_the_text_are_reported_not_drawn() -> None:
    record = new_record("short text", "bad")
    record["layers"] = {"quote": [{"start": 3, "end": 99}, {"start": 5, "end": 2}, {"start": "1", "end": 4},
                                  {"start": 0, "end": 5, "speaker": {"start": 7, "end": 70}}],
                        "entity": [{"start": -1, "end": 3}], "hashtag": ["#x"]}
    tree = roundtrip(render_document(record))
    assert tree.xpath("string(//p[@class='bad-spans'])") == (
        "Not drawn, offsets outside the text: 1 entity, 3 quote, 1 quote.speaker.")
    assert text_of(tree.xpath("//span[contains(@class, 'quote')]")) == "short"
    assert tree.find_class("text")[0].text_content() == "short text"


def test_errors_and_error_records_are_shown() -> None:
    record = new_record("text", "e")
    record["errors"] = [{"plugin": "quotes", "hook": "segment_document", "type": "ValueError", "message": "boom"}]
    tree = roundtrip(render_document(record))
    assert tree.xpath("string(//li[@class='error']/b)") == "quotes"
    assert "ValueError: boom" in tree.xpath("string(//li[@class='error'])")
    from framework import error_record

    bad = error_record(source="in.jsonl", line=3, raw=b"{not json <x>", plugin="textplug.io", type="InvalidJSON",
                       message="unexpected character")
    tree = roundtrip(render_document(bad))
    assert "error-record" in tree.get("class") and tree.xpath("string(//pre)") == "{not json <x>"


def test_long_texts_are_cut_and_marks_clipped() -> None:
    text = "a" * 50 + "« quote »" + "b" * 50
    record = new_record(text, "long")
    record["layers"] = {"quote": [{"id": "q", "start": 50, "end": 59}]}
    tree = roundtrip(render_document(record, max_chars=54))
    assert tree.find_class("text")[0].text_content() == text[:54]
    assert text_of(tree.xpath("//span[contains(@class, 'quote')]")) == "« qu"
    assert "Text cut at 54 of 109 characters" in tree.xpath("string(//p[@class='limit'])")


def test_tables_are_capped() -> None:
    text = "x" * (MAX_TABLE_ROWS + 10)
    record = new_record(text, "many")
    record["layers"] = {"quote": [{"start": i, "end": i + 1} for i in range(MAX_TABLE_ROWS + 10)]}
    tree = roundtrip(render_document(record))
    assert len(tree.xpath("//details[@class='quotes']//tr")) == MAX_TABLE_ROWS + 1
    assert tree.xpath("string(//details[@class='quotes']/p)") == "… and 10 more quotes"


def test_tweet_entities_and_paragraph_languages_are_marked() -> None:
    text = "Voir @jack et $TWTR: https://twitter.com/jack/status/20 😀\nThis paragraph is English."
    at = {s: text.index(s) for s in ("@jack", "$TWTR", "https://twitter.com", "This")}
    link_end = text.index(" 😀")
    record = new_record(text, "tw")
    record["doc"] = {"lang": {"value": "fr"}}
    record["layers"] = {
        "mention": [{"start": at["@jack"], "end": at["@jack"] + 5, "screen_name": "jack"}],
        "cashtag": [{"start": at["$TWTR"], "end": at["$TWTR"] + 5}],
        "tweet_link": [{"start": at["https://twitter.com"], "end": link_end, "tweet_id": 20,
                        "time": "2006-03-21T20:50:14Z"}],
        "paragraph": [{"start": 0, "end": text.index("\n"), "lang": "fr"},
                      {"start": at["This"], "end": len(text), "lang": "en"}],
    }
    tree = roundtrip(render_document(record))
    assert tree.xpath("string(//span[contains(@class, 'mention')])") == "@jack"
    assert tree.xpath("string(//span[contains(@class, 'cashtag')])") == "$TWTR"
    (link,) = tree.xpath("//a[contains(@class, 'tweet-link')]")
    assert link.get("href") == "https://twitter.com/jack/status/20" and "tweet 20" in link.get("title")
    paras = tree.find_class("para")
    assert [(p.get("lang"), p.get("data-badge")) for p in paras] == [("fr", None), ("en", "en")]
    assert "".join(tree.find_class("text")[0].itertext()) == text
