import orjson
import pytest

from framework import PHASES, ConfigError, Pipeline, PluginError, hookimpl, validate_record


def pipeline(*names: str, **overrides) -> Pipeline:
    return Pipeline.from_config(entry_points=False, modules=[f"sample_plugins:{n}" for n in names], **overrides)


def test_phases_run_in_order() -> None:
    record = pipeline("Recorder").process("text")
    assert record["doc"]["phases"]["value"] == list(PHASES)


def test_a_raising_plugin_is_recorded_and_the_others_still_run() -> None:
    pipe = pipeline("Words", "Raiser", "Recorder")
    record = pipe.process("a boom here")
    assert record["errors"] == [{"plugin": "raiser", "hook": "annotate_document", "type": "RuntimeError",
                                 "message": "boom found"}]
    assert record["doc"]["words"]["value"] == 3
    assert record["doc"]["phases"]["value"][-1] == "finalize_document"
    validate_record(record)


def test_raise_policy_stops_with_plugin_and_hook() -> None:
    with pytest.raises(PluginError, match="plugin 'raiser' failed in annotate_document: RuntimeError: boom"):
        pipeline("Raiser", on_error="raise").process("boom")


def test_layer_ownership_violation_is_recorded() -> None:
    record = pipeline("Words", "Trespasser").process("hello")
    assert record["errors"][0]["plugin"] == "trespasser"
    assert "belongs to plugin 'words'" in record["errors"][0]["message"]


def test_doc_field_violations_are_recorded_naming_the_plugin_and_the_cause() -> None:
    pipe = Pipeline.from_config(plugins="source_tags,field_squatter", modules=["sample_plugins:FieldSquatter"])
    record = pipe.process("Le conseil ne sera pas formé.\nSource-147")
    assert [(e["plugin"], e["hook"], e["type"]) for e in record["errors"]] == [
        ("field_squatter", "prepare_document", "FieldError"), ("field_squatter", "detect_language", "FieldError")]
    assert record["errors"][0]["message"] == ("plugin 'field_squatter' may not set doc.source: it belongs to "
                                              "plugin 'source_tags'")
    assert "doc.lang to 'xx', which is not an ISO 639-1 code" in record["errors"][1]["message"]
    assert record["doc"]["source"]["by"] == "source_tags" and record["doc"]["source"]["value"]["id"] == 147
    assert "lang" not in record["doc"] and record["doc"]["squat"]["by"] == "field_squatter"
    validate_record(record)


def test_a_plugin_declaring_provides_may_set_only_its_doc_fields() -> None:
    class Declared:
        name = "declared"
        provides = ("other",)

        @hookimpl
        def finalize_document(self, doc) -> None:
            doc.set("lang", "fr")

    record = Pipeline.from_config(entry_points=False, register=[Declared]).process("bonjour")
    assert record["errors"][0]["type"] == "FieldError" and "lang" not in record["doc"]
    assert record["errors"][0]["message"] == ("plugin 'declared' may not set doc.lang: the plugin does not list "
                                              "it in `provides`")


def test_provenance_per_plugin_changes_with_config() -> None:
    a = pipeline("Configured", settings={"configured": {"value": "x"}}).process("t")
    b = pipeline("Configured", settings={"configured": {"value": "y"}}).process("t")
    assert a["provenance"]["configured"]["plugin"] == "textplug"
    assert a["provenance"]["configured"]["config"] != b["provenance"]["configured"]["config"]
    assert a["doc"]["setting"]["value"] == "x"


def test_output_is_deterministic() -> None:
    texts = ["one two three", "boom", "😀 emoji text", "Fin.\nSource-3"]
    first = [orjson.dumps(r) for r in pipeline("Words", "Raiser").process_many(texts)]
    second = [orjson.dumps(r) for r in pipeline("Words", "Raiser").process_many(texts)]
    assert first == second


@pytest.mark.parametrize("text, kind", [("", "EmptyDocument"), (" \n\t", "EmptyDocument"),
                                        ("x" * 101, "DocumentTooLarge")])
def test_empty_and_oversized_documents_are_error_records(text: str, kind: str) -> None:
    record = pipeline("Words", max_doc_chars=100).process({"id": "d", "text": text})
    assert record["status"] == "error" and record["errors"][0]["type"] == kind and record["id"] == "d"
    assert "raw" in record["meta"]


def test_input_without_text_is_an_error_record() -> None:
    record = pipeline("Words").process({"id": "d", "body": "x"})
    assert record["status"] == "error" and record["errors"][0]["type"] == "RecordError"
    for odd in (5, None, ["a list"]):  # not a document at all: an error record too, never an exception
        record = pipeline("Words").process(odd)
        assert record["status"] == "error" and record["id"].startswith("doc-"), odd


def test_hook_wrappers_on_phases_are_refused() -> None:
    from framework import hookimpl

    class Wrapper:
        name = "wrapper"

        @hookimpl(wrapper=True)
        def segment_document(self, doc):
            return (yield)

    with pytest.raises(ConfigError, match="wrappers are not supported"):
        Pipeline.from_config(entry_points=False, register=[Wrapper])


def test_wrong_hook_signature_is_a_config_error() -> None:
    from framework import hookimpl

    class Bad:
        name = "bad"

        @hookimpl
        def segment_document(self, document):
            pass

    with pytest.raises(ConfigError, match="does not fit the hook specs"):
        Pipeline.from_config(entry_points=False, register=[Bad])


@pytest.mark.parametrize("config", [["quotes"], {"plugins": ["quotes"]}, "textplug.toml"])
def test_a_pipeline_built_from_anything_but_a_config_object_names_from_config(config) -> None:
    with pytest.raises(ConfigError, match=r"Pipeline\.from_config"):
        Pipeline(config)


def test_phase_order_respects_tryfirst() -> None:
    pipe = Pipeline.from_config()
    assert pipe.phase_order()["prepare_document"][0] == "source_tags"


def test_a_readers_fresh_record_is_filled_in_place_once_then_copied_like_any_input() -> None:
    """The JSON-lines reader's records are the run's own, so the pipeline fills them without a copy; a record
    that already ran (it has provenance) is input like any other: copied, and the caller's dict untouched."""
    import io

    from framework.io import read_jsonl

    pipe = pipeline("Words")
    [item] = read_jsonl(io.BytesIO(b'{"id": "a", "text": "one two three four", "lang": "en"}\n'), "in.jsonl", {})
    first = pipe.process(item)
    assert first is item and first["doc"]["words"]["value"] == 4 and len(first["layers"]["word"]) == 3
    assert first["meta"] == {"file": "in.jsonl", "line": 1, "lang": "en"} and first["provenance"]
    before = orjson.dumps(item)
    again = pipe.process(item)
    assert again is not item and orjson.dumps(item) == before
    assert again["doc"]["words"]["value"] == 4 and again["provenance"] == first["provenance"]


def test_raise_policy_stops_at_an_input_that_could_not_be_read_too() -> None:
    """Under ``raise`` an empty document already stopped the run; an unreadable line went by as a record."""
    pipe = pipeline("Words", on_error="raise")
    unreadable = next(iter(pipe.formats.readers["jsonl"].handler([b"{not json\n"], "in.jsonl", {})))
    with pytest.raises(PluginError, match=r"plugin 'textplug.io' failed in read: InvalidJSON: in.jsonl:1: "):
        pipe.process(unreadable)


def test_plugin_settings_returns_a_copy_and_refuses_unknown_keys_and_non_tables() -> None:
    import pytest

    from framework import ConfigError, plugin_settings

    config = {"demo": {"a": 1}}
    got = plugin_settings(config, "demo", ("a", "b"))
    got["a"] = 2
    assert config["demo"]["a"] == 1 and plugin_settings({}, "demo", ("a",)) == {}
    with pytest.raises(ConfigError, match="demo: unknown setting[(]s[)] c; known: a, b"):
        plugin_settings({"demo": {"c": 1}}, "demo", ("a", "b"))
    with pytest.raises(ConfigError, match="demo: settings must be a table"):
        plugin_settings({"demo": "x"}, "demo", ("a",))


def test_setting_flag_reads_switches_and_refuses_anything_else() -> None:
    import pytest

    from framework import ConfigError, setting_flag

    assert setting_flag({}, "demo", "on", True) is True
    assert [setting_flag({"x": v}, "demo", "x", False) for v in (True, "1", "Yes", " on ")] == [True] * 4
    assert [setting_flag({"x": v}, "demo", "x", True) for v in (False, "0", "no", "OFF")] == [False] * 4
    with pytest.raises(ConfigError, match="demo: x must be true or false, not 'maybe'"):
        setting_flag({"x": "maybe"}, "demo", "x", True)
