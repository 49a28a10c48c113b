"""The plugin author's test helpers, used here exactly as a plugin's tests use them: through the pytest11
entry point (no import of the fixtures), on the core's sample plugins and the built-in source_tags."""

from __future__ import annotations

import pytest
import sample_plugins

from framework import ConfigError, hookimpl
from framework.testing import (
    assert_doc,
    assert_no_errors,
    assert_no_span,
    assert_span,
    cpu_seconds,
    find_shared_data,
    find_spans,
    make_record,
    span_texts,
)

pytest_plugins = ("pytester",)


class Emoji:
    """Marks each emoji-ish astral character and the word after it; reads the words of another plugin."""

    name = "emoji"
    provides = ("emoji",)

    @hookimpl
    def annotate_document(self, doc):
        for i, ch in enumerate(doc.text):
            if ord(ch) > 0xFFFF:
                doc.add_span("emoji", i, i + 1, kind={"plane": 1, "name": "astral"})


def test_pipeline_has_only_the_plugins_under_test(textplug_pipeline) -> None:
    pipe = textplug_pipeline(sample_plugins.Words)
    assert [p.name for p in pipe.plugins] == ["words"]  # source_tags is installed but not discovered
    record = pipe.process("alpha beta\nSource-3")
    assert "source_tag" not in record["layers"]
    assert_span(record, "word", "beta")


def test_plugins_by_installed_name_and_import_path(textplug_pipeline) -> None:
    pipe = textplug_pipeline("source_tags", "sample_plugins:Words")
    assert sorted(p.name for p in pipe.plugins) == ["source_tags", "words"]
    with pytest.raises(LookupError, match="no installed textplug plugin named 'nope'.*source_tags"):
        textplug_pipeline("nope")


def test_record_from_text_with_settings(textplug_record) -> None:
    record = textplug_record("Bonjour\nQuelle-42", "source_tags", settings={"source_tags": {"prefixes": "Quelle"}})
    span = assert_span(record, "source_tag", "Quelle-42", id=42)
    assert (span["start"], span["end"]) == (8, 17)
    assert_doc(record, "source", by="source_tags")
    assert_no_errors(record)


def test_configuration_errors_surface(textplug_pipeline) -> None:
    with pytest.raises(ConfigError, match="may not be 'bad'"):
        textplug_pipeline(sample_plugins.Configured, settings={"configured": {"value": "bad"}})


def test_assert_span_with_astral_text_and_nested_attributes(textplug_record) -> None:
    record = textplug_record("ok \U0001F600 fine \U0001F680", Emoji)
    assert_span(record, "emoji", "\U0001F600", kind={"plane": 1})
    assert_span(record, "emoji", "\U0001F680", count=1)
    assert span_texts(record, "emoji") == ["\U0001F600", "\U0001F680"]
    assert len(find_spans(record, "emoji", kind={"name": "astral"})) == 2
    assert_no_span(record, "emoji", "ok")


def test_assert_span_failure_shows_the_layer_and_where_the_text_is(textplug_record) -> None:
    record = textplug_record("one two three", sample_plugins.Words)
    with pytest.raises(AssertionError) as info:
        assert_span(record, "word", "two ")
    message = str(info.value)
    assert "layer 'word': expected a span covering 'two '" in message
    assert "[4:7] 'two'" in message and "'two ' occurs in the text at [4:8]" in message
    with pytest.raises(AssertionError, match="spans covering that text with other attributes"):
        assert_span(record, "word", "two", type="noun")
    with pytest.raises(AssertionError, match="layers present: word"):
        assert_span(record, "quote", "two")
    with pytest.raises(AssertionError, match="expected no span covering 'one', found"):
        assert_no_span(record, "word", "one")


def test_assert_doc_and_no_errors_report_what_is_wrong(textplug_record) -> None:
    record = textplug_record("boom here", sample_plugins.Raiser, sample_plugins.Words)
    with pytest.raises(AssertionError, match=r"raiser\.annotate_document: RuntimeError: boom found"):
        assert_no_errors(record)
    assert assert_doc(record, "words", 2, by="words") == 2
    with pytest.raises(AssertionError, match=r"value 2 != expected 3"):
        assert_doc(record, "words", 3)
    with pytest.raises(AssertionError, match=r"doc.lang is not set; doc fields present: words"):
        assert_doc(record, "lang")


def test_samples_are_bundled(textplug_samples, textplug_pipeline) -> None:
    assert {doc["lang"] for doc in textplug_samples} >= {"en", "fr"}
    records = [textplug_pipeline("source_tags").process(doc) for doc in textplug_samples]
    assert_no_errors(records)
    assert any(r["layers"].get("source_tag") for r in records)


def test_corpus_runs_a_plugin_on_the_shared_data(textplug_corpus, textplug_pipeline, textplug_data) -> None:
    records = textplug_corpus(textplug_pipeline("source_tags"), "seed/*.txt")
    assert len(records) == 1
    assert_span(records[0], "source_tag", "Source-147", id=147)
    assert find_shared_data(explicit=textplug_data) == textplug_data


def test_data_fixtures_skip_clearly_when_the_corpora_are_absent(pytester, tmp_path) -> None:
    pytester.makepyfile(test_x='''
        def test_data(textplug_data):
            pass
        def test_corpus(textplug_corpus, textplug_pipeline):
            textplug_corpus(textplug_pipeline("source_tags"), "seed/*.txt")
    ''')
    result = pytester.runpytest("-rs", "--textplug-data", str(tmp_path / "absent"))
    result.assert_outcomes(skipped=2)
    result.stdout.fnmatch_lines(["*textplug shared corpora not found*--textplug-data*"])


def test_header_names_the_contract(pytester) -> None:
    pytester.makepyfile(test_y="def test_ok(): pass")
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(["textplug * (plugin API 1.0, record schema 1)"])


def test_make_record_refuses_pipeline_and_plugins_together(textplug_pipeline) -> None:
    with pytest.raises(TypeError):
        make_record("x", sample_plugins.Words, pipeline=textplug_pipeline(sample_plugins.Words))


def test_cpu_seconds_calls_the_function_samples_times_and_keeps_the_best() -> None:
    calls = []

    def work(n: int) -> None:
        calls.append(n)
        sum(range(n))

    best = cpu_seconds(work, 200_000, samples=4)
    assert calls == [200_000] * 4 and 0 < best < 1
