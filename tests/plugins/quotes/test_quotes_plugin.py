"""The Quotes plugin in a pipeline: layer shape, doc.lang, ignored regions, speaker → entity, writers,
and robustness (random mixtures, astral characters, long runs stay linear)."""

from __future__ import annotations

import io
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from framework import Document, hookimpl
from framework.testing import assert_no_errors, cpu_seconds, make_pipeline, make_record
from plugins.quotes.plugin import Quotes
from plugins.quotes.table import COLUMNS, QuotesCsvWriter, QuotesJsonlWriter
from plugins.source_tags import SourceTags

TEXT = "« Nous gagnerons », a tweeté Jessica Gonzalez. « Rien ne nous arrêtera. »\n\n« Non », a dit Gonzalez."


def quotes_of(record):
    return record["layers"].get("quote", [])


def test_layer_shape_and_ids():
    record = make_record({"id": "d1", "text": TEXT}, Quotes, on_error="raise")
    assert_no_errors(record)
    qs = quotes_of(record)
    assert [q["id"] for q in qs] == ["q1", "q2"]
    q = qs[0]
    assert set(q) >= {"id", "start", "end", "type", "parts", "speaker", "cue", "channel"}
    assert "lang" not in q  # the language plugin sets it in finalize
    assert q["cue"] == {"start": 20, "end": 28, "text": "a tweeté", "lemma": "tweeter"}
    assert q["channel"] == "tweet" and len(q["parts"]) == 2


def test_uses_doc_lang_when_present():
    # `dit` is a French cue only: with doc.lang=en nothing attributes the quote, without it French is chosen
    text = "« Non », dit Paul."
    with_en = make_record({"id": "d", "text": text, "doc": {"lang": {"value": "en", "by": "test"}}}, Quotes)
    without = make_record({"id": "d", "text": text}, Quotes)
    assert quotes_of(with_en)[0]["cue"] is None
    assert quotes_of(without)[0]["cue"]["lemma"] == "dire"


def test_configured_languages_are_checked():
    import pytest

    from framework import ConfigError

    with pytest.raises(ConfigError, match="xx"):
        make_pipeline(Quotes, settings={"quotes": {"languages": "fr,xx"}})
    # a misspelt key is no silent no-op (framework.plugin_settings, as in every built-in plugin)
    with pytest.raises(ConfigError, match="quotes: unknown setting[(]s[)] language; known: languages"):
        make_pipeline(Quotes, settings={"quotes": {"language": "fr"}})


def test_ignored_regions_are_skipped():
    text = "Il a dit « oui ».\nSource-147"
    rec = make_record({"id": "d", "text": text}, SourceTags, Quotes)
    assert len(quotes_of(rec)) == 1

    class Ignore:
        name = "ignore_all"
        provides = ()

        @hookimpl
        def prepare_document(self, doc: Document) -> None:
            doc.ignore(0, len(doc.text), "test")

    rec = make_record({"id": "d", "text": text}, Ignore, Quotes)
    assert quotes_of(rec) == []


class FakeEntities:
    """Stands in for the entities plugin: mentions with ids, kb ids and clusters."""

    name = "fake_entities"
    provides = ("entity",)

    @hookimpl
    def link_entities(self, doc: Document) -> None:
        text = doc.text
        full = text.index("Jessica Gonzalez")
        short = text.index("Gonzalez", full + 20)
        doc.add_span("entity", full, full + 16, id="e1", type="PER", kb_id=None, cluster="c1")
        doc.add_span("entity", short, short + 8, id="e2", type="PER", kb_id=None, cluster="c1")


def test_speaker_points_at_the_cluster_entity():
    rec = make_record({"id": "d", "text": TEXT}, Quotes, FakeEntities, on_error="raise")
    first, second = quotes_of(rec)
    assert first["speaker"]["entity"] == "e1"
    assert second["speaker"]["text"] == "Gonzalez" and second["speaker"]["entity"] == "e1"


def test_no_entity_layer_leaves_speakers_unlinked():
    rec = make_record({"id": "d", "text": TEXT}, Quotes)
    assert all("entity" not in q["speaker"] for q in quotes_of(rec))


def test_writers_table():
    rec = make_record({"id": "d1", "text": TEXT}, Quotes, FakeEntities)
    buf = io.BytesIO()
    w = QuotesCsvWriter(buf, {})
    w.write(rec)
    w.close()
    lines = buf.getvalue().decode("utf-8").splitlines()
    assert lines[0].split(",") == list(COLUMNS) and len(lines) == 3
    assert "Nous gagnerons … Rien ne nous arrêtera." in lines[1] and ",e1," in lines[1]
    buf = io.BytesIO()
    w = QuotesJsonlWriter(buf, {})
    w.write(rec)
    w.write({"id": "bad", "error": "x"})  # an error record yields no row
    w.close()
    assert len(buf.getvalue().splitlines()) == 2


def test_writers_registered_by_extension():
    pipe = make_pipeline(Quotes)
    assert pipe.formats.writer_for("out.quotes.csv").name == "quotes-csv"
    assert pipe.formats.writer_for("out.quotes.jsonl").name == "quotes-jsonl"


_ALPHABET = st.sampled_from(
    ["«", "»", "“", "”", '"', "'", "’", "‘", "„", "‹", "›", "「", "」", "—", ":", ",", ".", " ", "\u00a0", "\n",
     "\n\n", "a", "Il", "il", "Musk", "a dit", "said", "que", "that", "selon", "😀", "-t-il", "dit-il", "He"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=300).map("".join))
def test_random_mixtures_stay_in_bounds(text):
    record = make_record({"id": "h", "text": text}, Quotes)
    assert [e for e in record["errors"] if e["plugin"] == "quotes"] == []
    n = len(text)
    for q in quotes_of(record):
        assert 0 <= q["start"] <= q["end"] <= n
        for a, b in q["parts"]:
            assert q["start"] <= a <= b <= q["end"]
        for key in ("speaker", "cue"):
            if q[key]:
                assert 0 <= q[key]["start"] <= q[key]["end"] <= n
                assert text[q[key]["start"] : q[key]["end"]] == q[key]["text"]


def _time(text: str) -> float:
    pipe = make_pipeline(Quotes)
    t0 = time.process_time()
    pipe.process({"id": "big", "text": text})
    return time.process_time() - t0


def test_a_megabyte_of_marks_is_fast():
    for text in ('"' * 1_000_000, "«»" * 500_000):
        assert _time(text) < 1.0
    # 250,000 empty pairs: the mark pass itself takes seconds on a shared CPU; the bound only rules out
    # anything worse than linear
    assert _time("« » " * 250_000) < 15.0


def test_long_runs_of_quotes_and_cues_stay_linear():
    unit = "« Oui », a dit Paul. « Non », dit-il. "
    small = _time(unit * 1000)
    big = _time(unit * 4000)
    assert big < 4 * small * 2.0 + 0.05  # linear, with room for a noisy machine


class EveryName:
    """Every ``Smith`` of the text is a mention of one entity (one cluster): the shape the entities plugin gives
    a name repeated through a long text."""

    name = "every_name"
    provides = ("entity",)

    @hookimpl
    def link_entities(self, doc: Document) -> None:
        k = doc.text.find("Smith")
        n = 0
        while k >= 0:
            n += 1
            doc.add_span("entity", k, k + 5, id=f"e{n}", type="PER", kb_id=None, cluster="c1")
            k = doc.text.find("Smith", k + 1)


def test_speakers_link_in_linear_time_to_one_large_cluster():
    # a quote per mention, all the mentions in one cluster: the cluster's representative was searched for each
    # speaker (a max over the whole cluster), quadratic: 'Smith said "hello ' 2,000 times took 0.5 s here,
    # 8,000 times 9 s (18x); once per cluster, 0.1 s and 0.4 s
    unit = 'Smith said "hello '
    pipe = make_pipeline(Quotes, EveryName, on_error="raise")
    rec = pipe.process({"id": "d", "text": unit * 20})
    assert {q["speaker"]["entity"] for q in quotes_of(rec)} == {"e1"}  # the first of equal mentions

    def cost(n: int) -> float:
        return cpu_seconds(pipe.process, {"id": "d", "text": unit * n})

    small, big = cost(2000), cost(8000)
    assert big < 4 * 2.0 * max(small, 1e-3), (small, big)  # 4x the input: ~4x the time, not 16x
