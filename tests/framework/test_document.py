import pytest
from hypothesis import given
from hypothesis import strategies as st

from framework import Document, FieldError, RecordError, SpanError, new_record, validate_record


def make(text: str = "Hello 😀 world", owners=None) -> Document:
    doc = Document(new_record(text, "d"), owners or {"quote": "quotes", "doc.lang": "quotes"})
    doc._enter("quotes", "segment_document", frozenset({"quote", "doc.lang"}))
    return doc


def test_add_span_and_read_it_back_with_emoji() -> None:
    doc = make()
    span = doc.add_span("quote", 8, 13, type="direct")
    assert doc.span_text(span) == "world" and doc.spans("quote") == [span] and doc.spans("none") == []


@pytest.mark.parametrize("start, end", [(-1, 2), (3, 2), (0, 99), (0.5, 2)])
def test_bad_bounds_raise(start, end) -> None:
    with pytest.raises(SpanError, match="not within"):
        make().add_span("quote", start, end)


def test_layer_ownership() -> None:
    doc = make(owners={"quote": "quotes", "entity": "entities"})
    with pytest.raises(SpanError, match="belongs to plugin 'entities'"):
        doc.add_span("entity", 0, 1)
    with pytest.raises(SpanError, match="does not list it"):
        doc.add_span("undeclared", 0, 1)
    doc._enter("script", "finalize_document", None)  # a plugin that declares nothing
    doc.add_span("undeclared", 0, 1)
    with pytest.raises(SpanError, match="belongs to plugin 'quotes'"):
        doc.add_span("quote", 0, 1)


def test_doc_fields_errors_and_ignored_regions() -> None:
    doc = make()
    doc.set("lang", "en", score=0.9)
    assert doc.record["doc"]["lang"] == {"value": "en", "by": "quotes", "score": 0.9}
    assert doc.get("lang") == "en" and doc.get("missing", "x") == "x"
    doc.add_error("odd input", type="Warning")
    assert doc.record["errors"] == [{"plugin": "quotes", "hook": "segment_document", "type": "Warning",
                                     "message": "odd input"}]
    doc.ignore(0, 5, "source_tag")
    assert doc.ignored() == [(0, 5)]
    with pytest.raises(SpanError):
        doc.ignore(0, 100, "x")


def test_doc_field_ownership_like_layers() -> None:
    doc = make(owners={"quote": "quotes", "doc.lang": "quotes", "doc.source": "source_tags"})
    with pytest.raises(FieldError, match="may not set doc.source: it belongs to plugin 'source_tags'"):
        doc.set("source", {"id": 1})
    with pytest.raises(FieldError, match="may not set doc.mood: the plugin does not list it in `provides`"):
        doc.set("mood", "sly")
    doc._enter("script", "finalize_document", None)  # a plugin that declares nothing
    doc.set("mood", "sly")
    with pytest.raises(FieldError, match="belongs to plugin 'source_tags'"):
        doc.set("source", {"id": 1})
    with pytest.raises(FieldError, match="belongs to plugin 'quotes'"):
        doc.set("lang", "fr")
    assert set(doc.record["doc"]) == {"mood"}


@pytest.mark.parametrize("value", ["xx", "FR", "fra", "fr-CA", "xx-Cyrl", "", None, 1])
def test_lang_must_be_an_iso_639_1_code_or_und(value) -> None:
    """One code per language: ISO 639-1 where it has one (``fra`` is refused: ``fr``), else ISO 639-3 (``haw``,
    ``ceb``: languages a detector finds that ISO 639-1 lacks)."""
    doc = make()
    with pytest.raises(FieldError, match="not an ISO 639-1 code"):
        doc.set("lang", value)
    assert "lang" not in doc.record["doc"]
    for good in ("fr", "en", "nb", "und", "haw", "ceb", "syr"):
        doc.set("lang", good)
        validate_record(doc.record)
    doc.record["doc"]["lang"]["value"] = value  # written around ``set``: the record check refuses it too
    with pytest.raises(RecordError, match="doc.lang"):
        validate_record(doc.record)


@given(st.text(min_size=1), st.data())
def test_span_text_is_the_python_slice(text: str, data) -> None:
    doc = make(text, owners={})
    doc._enter("p", "h", None)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert doc.span_text(doc.add_span("x", start, end)) == text[start:end]
