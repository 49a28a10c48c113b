import orjson
import pytest

from framework import PHASES, ConfigError, Pipeline, PluginError, validate_record


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


def test_phase_order_respects_tryfirst() -> None:
    pipe = Pipeline.from_config()
    assert pipe.phase_order()["prepare_document"][0] == "source_tags"
