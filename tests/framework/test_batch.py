import itertools

import pytest

from framework import ConfigError, ErrorRateExceeded, Pipeline, RunStats
from framework.batch import process_many_json


def pipeline(*names: str, **overrides) -> Pipeline:
    return Pipeline.from_config(entry_points=False, modules=[f"sample_plugins:{n}" for n in names], **overrides)


def docs(n: int):
    for i in range(n):
        yield {"id": f"d{i}", "text": f"document number {i} " + ("boom" if i % 7 == 0 else "calm")}


def test_two_workers_keep_order_and_match_the_serial_run() -> None:
    pipe = pipeline("Words", "Raiser")
    serial = list(pipe.process_many(docs(300)))
    parallel = list(pipe.process_many(docs(300), workers=2, chunk_size=16))
    assert [r["id"] for r in parallel] == [f"d{i}" for i in range(300)]
    assert parallel == serial
    assert sum(1 for r in parallel if r["errors"]) == 43


def test_json_lines_are_the_records_process_returns() -> None:
    """The JSON path writes provenance from a pre-serialized fragment: the lines must still be exactly the
    records (an input record's own provenance included), and records handed out must not share it."""
    import orjson

    pipe = pipeline("Words", "Raiser")
    earlier = {"schema": "textplug/1", "id": "r", "text": "again", "meta": {}, "doc": {}, "layers": {},
               "provenance": {"older": {"plugin": "x", "version": "1", "config": "00"}}, "errors": []}
    items = [*docs(10), earlier, {"id": "e", "text": " "}, "no id", {"text": "no id either"}, 5]
    stats = RunStats()
    failed = []
    lines = []
    for line in process_many_json(pipe, items, stats=stats):
        lines.append(orjson.loads(line))
        failed.append(stats.last_failed)
    expected = [pipe.process(dict(item) if isinstance(item, dict) else item, f"doc-{i}")
                for i, item in enumerate(items)]
    assert lines == expected
    assert [r["id"] for r in lines[12:]] == ["doc-12", "doc-13", "doc-14"]
    assert lines[14]["status"] == "error" and "not int" in lines[14]["errors"][0]["message"]
    assert lines[10]["provenance"].keys() == {"older", *pipe.provenance}
    assert failed == [bool(r.get("status") == "error" or r["errors"]) for r in expected]
    first, second = pipe.process("a"), pipe.process("b")
    first["provenance"]["sample_plugins"] = {}
    assert "sample_plugins" not in second["provenance"] and "sample_plugins" not in pipe.provenance


def test_streaming_does_not_consume_the_whole_input() -> None:
    pipe = pipeline("Words")
    consumed = itertools.count()

    def endless():
        for i in consumed:
            yield f"text {i}"

    out = pipe.process_many(endless(), workers=2, chunk_size=8)
    first = [next(out) for _ in range(5)]
    out.close()
    assert [r["id"] for r in first] == [f"doc-{i}" for i in range(5)]
    assert next(consumed) <= 8 * 4 + 1  # at most 2 × workers chunks were read ahead


def test_plugins_from_code_must_be_importable_for_workers() -> None:
    from framework import hookimpl

    class Local:
        name = "local"

        @hookimpl
        def segment_document(self, doc):
            pass

    pipe = Pipeline.from_config(entry_points=False, register=[Local])
    with pytest.raises(ConfigError, match="workers cannot import"):
        list(pipe.process_many(["a"], workers=2))


def test_code_registered_importable_plugin_runs_in_workers() -> None:
    import sample_plugins

    pipe = Pipeline.from_config(entry_points=False, register=[sample_plugins.Words])
    records = list(pipe.process_many(["a b", "c"], workers=2))
    assert [r["doc"]["words"]["value"] for r in records] == [2, 1]


def test_counts_reconcile_and_error_rate_stops_the_run() -> None:
    stats = RunStats()
    items = [*docs(20), {"id": "x", "text": ""}, {"text": 5}]
    lines = list(process_many_json(pipeline("Words", "Raiser"), items, stats=stats))
    assert stats.inputs == len(lines) == 22 == stats.records + stats.error_records
    assert stats.error_records == 2 and stats.documents_with_errors == 3
    pipe = pipeline("Raiser", max_error_rate=0.1, min_documents_for_rate=10)
    with pytest.raises(ErrorRateExceeded, match="over max_error_rate=10%"):
        list(process_many_json(pipe, ({"text": "boom"} for _ in range(50))))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_run_shorter_than_min_documents_for_rate_is_checked_at_its_end(workers: int) -> None:
    items = [{"text": "boom"}, {"text": "calm"}, {"text": "boom"}]  # 2 of 3 fail, far under 100 documents
    lines = []
    with pytest.raises(ErrorRateExceeded) as failed:
        for line in process_many_json(pipeline("Raiser", max_error_rate=0.5), items, workers=workers):
            lines.append(line)
    assert len(lines) == 3  # every document ran: the check is on the whole run
    assert str(failed.value).startswith("2 of 3 documents failed (67%), over max_error_rate=50%: the run failed "
                                        "(checked at its end).")
    assert len(list(process_many_json(pipeline("Raiser", max_error_rate=0.7), items, workers=workers))) == 3


def test_a_document_that_kills_its_worker_becomes_one_error_record() -> None:
    pipe = pipeline("Words", "Crasher")
    items = [{"id": f"d{i}", "text": f"document {i} " + ("crash" if i in (5, 41) else "calm")} for i in range(120)]
    records = list(pipe.process_many(items, workers=2, chunk_size=8))
    assert [r["id"] for r in records] == [f"d{i}" for i in range(120)]
    crashed = [r for r in records if r.get("status") == "error"]
    assert [r["id"] for r in crashed] == ["d5", "d41"]
    assert crashed[0]["errors"][0]["type"] == "WorkerCrashed"
    assert "document 5 crash" in crashed[0]["meta"]["raw"]
    assert all(r["doc"]["words"]["value"] == 3 for r in records if r.get("status") != "error")


def test_isolate_runs_one_worker_so_a_crash_is_one_error_record() -> None:
    pipe = pipeline("Words", "Crasher")
    items = [{"id": f"d{i}", "text": f"document {i} " + ("crash" if i == 3 else "calm")} for i in range(10)]
    records = list(pipe.process_many(items, workers=1, isolate=True, chunk_size=4))
    assert [r["id"] for r in records] == [f"d{i}" for i in range(10)]
    assert [r["id"] for r in records if r.get("status") == "error"] == ["d3"]
    assert records[3]["errors"][0]["type"] == "WorkerCrashed"
    assert records[4]["doc"]["words"]["value"] == 3


@pytest.mark.parametrize("workers", [1, 2])
def test_error_rate_stop_names_the_cause(workers: int) -> None:
    """The output of a stopped run is not kept, so the message itself says what failed."""
    pipe = pipeline("Raiser", max_error_rate=0.1, min_documents_for_rate=10)
    with pytest.raises(ErrorRateExceeded) as stopped:
        list(process_many_json(pipe, ({"text": "boom"} for _ in range(50)), workers=workers, chunk_size=4))
    message = str(stopped.value)
    assert "The last one: raiser annotate_document: RuntimeError: boom found" in message
    assert "last records written" not in message
