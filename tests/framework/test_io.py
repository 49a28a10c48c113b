import gzip
import io
import os
import stat
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework import ConfigError, Pipeline, is_error_record, iter_inputs
from framework.io import AtomicOutput, read_jsonl
from framework.record import record_from_input

BAD_LINES = b"\n".join([
    b'{"id": "a", "text": "good one"}',
    b'{"id": "b", "text": "broken',                 # invalid JSON
    b'{"id": "c", "body": "no text field"}',        # no text
    b'{"id": "d", "text": "caf\xe9"}',             # invalid UTF-8
    b'["not", "an", "object"]',
    b"",                                            # blank line: not a document
    b'{"id": "e", "text": ""}',                     # empty document
    b'{"id": "f", "text": "' + b"x" * 300 + b'"}',  # oversized for max_doc_chars=200
    b'{"text": "no id \xf0\x9f\x98\x80"}',
])


@pytest.fixture
def pipe() -> Pipeline:
    return Pipeline.from_config(max_doc_chars=200)


def test_each_bad_line_is_one_error_record_and_counts_reconcile(tmp_path: Path, pipe: Pipeline) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(BAD_LINES)
    records = list(pipe.process_many(iter_inputs([str(path)], pipe.formats)))
    assert len(records) == 8  # 9 lines, one blank
    kinds = [r["errors"][0]["type"] if is_error_record(r) else "ok" for r in records]
    assert kinds == ["ok", "InvalidJSON", "MissingText", "InvalidUTF8", "NotAnObject", "EmptyDocument",
                     "DocumentTooLarge", "ok"]
    bad_json = records[1]
    assert bad_json["meta"]["line"] == 2 and bad_json["meta"]["raw"] == '{"id": "b", "text": "broken'
    assert bad_json["errors"][0]["plugin"] == "textplug.io" and bad_json["id"] == f"{path}:2"
    assert records[3]["meta"]["raw"].endswith('caf\\xe9"}')
    assert records[2]["id"] == "c" and records[2]["meta"]["line"] == 3  # the object's own id is kept
    assert records[-1]["id"] == f"{path}:9" and records[-1]["text"].endswith("😀")


@pytest.mark.parametrize(("line", "doc_id", "message"), [
    (b'{"id": 7, "body": "x"}', "7", "the object has no 'text' field"),
    (b'{"id": "n", "text": null}', "n", "the object's 'text' field is null, not a string"),
    (b'{"id": ["odd"], "text": 3}', "in.jsonl:1", "the object's 'text' field is a number, not a string"),
])
def test_missing_text_names_the_cause_and_keeps_the_id(line: bytes, doc_id: str, message: str) -> None:
    (record,) = read_jsonl(io.BytesIO(line), "in.jsonl", {})
    assert is_error_record(record) and record["id"] == doc_id
    assert record["errors"][0]["type"] == "MissingText" and record["errors"][0]["message"] == message


def test_gzip_folders_text_files_and_field_options(tmp_path: Path, pipe: Pipeline) -> None:
    (tmp_path / "sub").mkdir()
    with gzip.open(tmp_path / "sub" / "b.jsonl.gz", "wb") as f:
        f.write(b'{"key": "k1", "body": "from gz"}\n')
    (tmp_path / "a.txt").write_text("plain text file\nSource-9", encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes(b"caf\xe9")
    items = list(iter_inputs([str(tmp_path)], pipe.formats, options={"id_field": "key", "text_field": "body"}))
    assert [i["id"] for i in items] == [str(tmp_path / "a.txt"), str(tmp_path / "latin.txt"), "k1"]
    assert is_error_record(items[1]) and items[1]["errors"][0]["type"] == "InvalidUTF8"
    assert items[2]["text"] == "from gz"
    record = pipe.process(items[0])
    assert record["layers"]["source_tag"][0]["id"] == 9


def test_a_folder_file_no_reader_knows_is_an_error_record_naming_it(tmp_path: Path, pipe: Pipeline) -> None:
    """DESIGN §5: every input yields a record or an error record; hidden files are no inputs."""
    (tmp_path / "sub").mkdir()
    for name, data in (("a.txt", b"text"), ("blob.bin", b"\x00"), ("README", b"x"), (".DS_Store", b"x"),
                       ("sub/notes.csv.gz", gzip.compress(b"a,b"))):
        (tmp_path / name).write_bytes(data)
    items = list(iter_inputs([str(tmp_path)], pipe.formats))
    paths = [str(tmp_path / name) for name in ("README", "a.txt", "blob.bin", "sub/notes.csv.gz")]
    assert [i["id"] for i in items] == paths
    assert [is_error_record(i) for i in items] == [True, False, True, True]
    error = items[2]["errors"][0]
    assert (error["plugin"], error["type"]) == ("textplug.io", "NoReader")
    assert error["message"].startswith(f"no reader for {paths[2]}, found in a folder given as input: not read.")
    assert "text (.txt .text)" in error["message"] and "--format" in error["message"]
    assert pipe.process(items[2]) is items[2]  # passes through the pipeline as an error record
    assert [is_error_record(i) for i in iter_inputs([str(tmp_path)], pipe.formats, "text")] == [False] * 4


def test_missing_file_is_an_error_record_and_the_rest_is_read(tmp_path: Path, pipe: Pipeline) -> None:
    """The library's rule (DESIGN §5: every input yields a record or an error record): a path that does not
    exist, whatever its name, is one error record naming the path and the cause; the CLI checks its
    arguments before the run instead (a usage error, exit 2)."""
    good = tmp_path / "g.txt"
    good.write_text("hello")
    missing = [str(tmp_path / name) for name in ("missing.txt", "nope", "nope.csv", "nope.jsonl.gz")]
    items = list(iter_inputs([*missing, str(good)], pipe.formats))
    assert [is_error_record(item) for item in items] == [True, True, True, True, False]
    for path, item in zip(missing, items, strict=False):
        assert item["id"] == path and item["errors"][0]["plugin"] == "textplug.io"
        assert item["errors"][0]["type"] == "InputError"
        assert item["errors"][0]["message"] == f"cannot read {path}: No such file or directory"
    assert items[-1]["text"] == "hello"
    (tmp_path / "there.csv").write_text("a,b")
    with pytest.raises(ConfigError, match="--format"):  # a file that is there in an unknown format: name it
        list(iter_inputs([str(tmp_path / "there.csv")], pipe.formats))


def test_truncated_gzip_stops_that_file_only(tmp_path: Path, pipe: Pipeline) -> None:
    data = gzip.compress(b'{"text": "a"}\n' * 1000)
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    items = list(iter_inputs([str(tmp_path / "cut.jsonl.gz")], pipe.formats))
    assert is_error_record(items[-1]) and "stopped" in items[-1]["errors"][0]["message"]


def test_atomic_output_leaves_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with AtomicOutput(str(target)) as stream:
            stream.write(b"partial\n")
            raise RuntimeError("killed")
    assert not target.exists() and os.listdir(tmp_path) == []
    with AtomicOutput(str(target)) as stream:
        stream.write(orjson.dumps({"a": 1}) + b"\n")
    assert target.read_bytes() == b'{"a":1}\n'
    assert os.stat(target).st_mode & 0o044  # readable by others, like a normal file
    with AtomicOutput(str(tmp_path / "out.jsonl.gz")) as stream:
        stream.write(b"zipped\n")
    assert gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()) == b"zipped\n"


_EXTRA_KEYS = st.sampled_from(["title", "url", "lang", "line", "file", "meta", "doc", "layers", "x"])
_VALUES = st.one_of(st.none(), st.integers(-9, 9), st.text(max_size=5),
                    st.dictionaries(st.text(max_size=3), st.lists(st.integers(-9, 9), max_size=2), max_size=2))


@settings(max_examples=300, deadline=None)
@given(extras=st.dictionaries(_EXTRA_KEYS, _VALUES, max_size=6),
       doc_id=st.one_of(st.none(), st.integers(-99, 99), st.text()))
def test_jsonl_reader_and_pipeline_build_the_record_a_plain_dict_gives(extras: dict, doc_id: object) -> None:
    """A JSON line read and made a record gives the record the pipeline builds from the same object given
    as a dict with the reader's file and line (extras in meta, same keys, same order), and a malformed part
    (``layers`` not an object …) gives an error record naming the core, never an exception that stops the run."""
    obj = {"text": "Hi 😀 there", **extras, **({} if doc_id is None else {"id": doc_id})}
    [item] = read_jsonl(io.BytesIO(orjson.dumps(obj) + b"\n"), "in.jsonl", {})
    expected = {**obj, "id": "in.jsonl:1" if doc_id is None else str(doc_id)}
    if "meta" not in obj:
        expected["meta"] = {"file": "in.jsonl", "line": 1}
    try:
        direct = record_from_input(expected, "d")
    except ValueError:
        record = Pipeline.from_config(entry_points=False).process(item)
        assert is_error_record(record) and record["errors"][0]["plugin"] == "textplug"
        return
    assert orjson.dumps(record_from_input(item, "d")) == orjson.dumps(direct)  # same keys, same order
    # and the pipeline, which fills a reader's fresh record in place, gives what it gives for the plain dict
    assert orjson.dumps(_EMPTY.process(item, "d")) == orjson.dumps(_EMPTY.process(expected, "d"))


_EMPTY = Pipeline.from_config(entry_points=False)


def test_atomic_output_writes_through_a_pipe_or_device_instead_of_replacing_it(tmp_path: Path, fifo) -> None:
    """``-o /dev/null`` (as root) or ``-o >(gzip > x)`` must not swap the device or pipe for a regular file."""
    with AtomicOutput(str(fifo.path)) as stream:
        stream.write(b'{"id": 1}\n')
    assert fifo.read() == b'{"id": 1}\n' and stat.S_ISFIFO(fifo.path.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_atomic_output_to_a_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a folder"):
        with AtomicOutput(str(tmp_path)):
            pass


def test_output_kind_names_stdout_streams_files_and_refuses_folders(tmp_path: Path, fifo) -> None:
    from framework.io import output_kind

    assert output_kind("-") == "stdout"
    assert output_kind(str(fifo.path)) == "stream"
    assert output_kind(str(tmp_path / "new.jsonl")) == "file"
    with pytest.raises(ConfigError, match="is a folder"):
        output_kind(str(tmp_path))
    with AtomicOutput(str(fifo.path)) as stream:  # (let the reader thread finish)
        stream.write(b"")
