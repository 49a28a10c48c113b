"""The Dask engine: identical output to the serial run, same error records and counts, nothing lost when a
worker dies (retried, or named for a rerun), and a clear message when Dask is not installed."""

from __future__ import annotations

import contextlib
import gzip
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from framework import ConfigError, Pipeline, RunStats
from framework.batch import process_many_json
from framework.cli import cli
from framework.io import iter_inputs

BAD_LINES = (b"not json\n", b"[1, 2]\n", b'{"id": "no-text"}\n', b"\n", b'{"text": "caf\xe9 latin-1"}\n',
             "{\"text\": \"\U0001f600 emoji first, then Source-7\\nSource-7\"}\n".encode())


@pytest.fixture(scope="module")
def corpus(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two files from the news corpus: 300 articles with bad lines spread through them, and a .gz of 60."""
    lines = (shared_data / "news" / "news.jsonl").read_bytes().splitlines(keepends=True)
    folder = tmp_path_factory.mktemp("news")
    mixed = list(lines[:300])
    for i, bad in enumerate(BAD_LINES):
        mixed.insert(17 + 47 * i, bad)
    (folder / "a.jsonl").write_bytes(b"".join(mixed))
    (folder / "b.jsonl.gz").write_bytes(gzip.compress(b"".join(lines[300:360])))
    return [str(folder / "a.jsonl"), str(folder / "b.jsonl.gz")]


def serial(pipeline: Pipeline, paths: list[str]) -> tuple[list[bytes], dict]:
    stats = RunStats()
    lines = list(process_many_json(pipeline, iter_inputs(paths, pipeline.formats), stats=stats))
    return lines, stats.finish()


def written(out: Path, summary: dict) -> list[bytes]:
    """The output lines, partition by partition (each file read once, in partition order)."""
    lines: list[bytes] = []
    for index in range(summary["partitions"]):
        lines += (out / summary["files"][str(index)]["file"]).read_bytes().splitlines(keepends=True)
    return lines


def test_plan_cuts_at_line_starts_and_pieces_read_like_the_whole_file(tmp_path: Path) -> None:
    from framework.dask_engine import _read_chunk, plan

    lines = [f'{{"text": "{"😀" * (i % 13)} line {i}"}}\n' for i in range(1, 200)]
    lines[120] = '{"text": "' + "x" * 5000 + '"}\n'  # one long line: a piece may hold several targets
    lines[50] = "not json\n"
    path = tmp_path / "lines.jsonl"
    path.write_text("".join(lines) + '{"text": "last line, no newline"}', encoding="utf-8")
    data = path.read_bytes()
    formats = Pipeline.from_config(entry_points=False).formats
    whole = list(iter_inputs([str(path)], formats))
    for partitions in (1, 2, 7, 64, 1000):
        chunks = plan([str(path)], formats, partitions=partitions)
        assert chunks[0].start == 0 and chunks[-1].end is None and 1 <= len(chunks) <= min(partitions, 200)
        assert all(a.end == b.start for a, b in zip(chunks, chunks[1:], strict=False))
        for chunk in chunks:
            assert chunk.start == 0 or data[chunk.start - 1:chunk.start] == b"\n"
            assert chunk.first_line == data.count(b"\n", 0, chunk.start) + 1
        assert [d for c in chunks for d in _read_chunk(c, formats, None, {})] == whole
    assert len(plan([str(path)], formats, partitions=2)) == 2


def test_plan_expands_globs_and_folders_and_keeps_unreadable_paths(corpus: list[str], tmp_path: Path) -> None:
    from framework.dask_engine import _read_chunk, plan

    formats = Pipeline.from_config(entry_points=False).formats
    folder = str(Path(corpus[0]).parent)
    by_glob = plan([folder + "/*.jsonl*"], formats, partitions=2)
    assert [c.path for c in by_glob] == [corpus[0], corpus[0], corpus[1]]  # sorted; the .gz in one piece
    assert [(c.path, c.start, c.end) for c in plan([folder], formats, partitions=2)] == \
        [(c.path, c.start, c.end) for c in by_glob]
    gone = [str(tmp_path / "nothing-*.jsonl"), str(tmp_path / "gone.jsonl"), str(tmp_path / "gone")]
    errors = [d for c in plan(gone, formats) for d in _read_chunk(c, formats, None, {})]
    assert errors == list(iter_inputs(gone, formats))  # as the serial run: one error record each
    assert [e["status"] for e in errors] == ["error", "error", "error"]
    (tmp_path / "odd").mkdir()
    (tmp_path / "odd" / "blob.bin").write_bytes(b"\x00")  # in a folder, no reader: an error record too
    unread = [d for c in plan([str(tmp_path / "odd")], formats) for d in _read_chunk(c, formats, None, {})]
    assert unread == list(iter_inputs([str(tmp_path / "odd")], formats))
    assert [e["errors"][0]["type"] for e in unread] == ["NoReader"]
    with pytest.raises(ConfigError, match="stdin"):
        plan(["-"], formats)


def test_tasks_carry_the_config_never_a_plugin_manager(corpus: list[str], tmp_path: Path) -> None:
    cloudpickle = pytest.importorskip("cloudpickle")  # comes with dask
    pytest.importorskip("dask.bag")
    from framework import dask_engine

    pipeline = Pipeline.from_config()
    bag = dask_engine.records(corpus, pipeline, partitions=4)
    graph = bag.__dask_graph__()
    blob = cloudpickle.dumps(dict(graph))
    assert b"PluginManager" not in blob and b"Pipeline" not in blob
    assert pickle.loads(blob)  # and it travels


def test_without_dask_the_engine_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, corpus: list[str],
                                                         tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # import dask.bag now raises ImportError
    result = CliRunner().invoke(cli, ["run", corpus[0], "-o", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2
    assert "pip install 'textplug[dask]'" in result.output
    assert not (tmp_path / "out").exists()


# -- on a LocalCluster of 2 worker processes ---------------------------------------------------------------
@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def test_identical_output_error_records_and_counts(client, corpus: list[str], tmp_path: Path) -> None:
    from framework import dask_engine

    pipeline = Pipeline.from_config()
    expected, stats = serial(pipeline, corpus)
    summary = dask_engine.run(corpus, tmp_path, pipeline, client, partitions=5)
    assert summary["partitions"] == 6  # a.jsonl in five pieces, the .gz whole
    assert summary["complete"] and summary["missing"] == [] and summary["failed"] == {}
    got = written(tmp_path, summary)
    assert len(got) == len(expected) == 360 + len(BAD_LINES) - 1  # the blank line is not a document
    for mine, theirs in zip(got, expected, strict=True):
        assert orjson.loads(mine) == orjson.loads(theirs)
    assert got == expected  # byte for byte, too
    errors = [orjson.loads(line) for line in got if b'"status":"error"' in line]
    assert sorted(e["errors"][0]["type"] for e in errors) == ["InvalidJSON", "InvalidUTF8", "MissingText",
                                                             "NotAnObject"]
    for key in ("inputs", "records", "error_records", "documents_with_errors"):
        assert summary[key] == stats[key], key
    assert summary["inputs"] == summary["records"] + summary["error_records"]
    assert orjson.loads((tmp_path / "_summary.json").read_bytes())["inputs"] == stats["inputs"]


def test_bag_of_records_and_bag_input(client, corpus: list[str], tmp_path: Path) -> None:
    import dask.bag as db

    from framework import dask_engine

    pipeline = Pipeline.from_config()
    expected = [orjson.loads(line) for line in serial(pipeline, corpus)[0]]
    assert dask_engine.records(corpus, pipeline, partitions=3).compute() == expected
    documents = list(iter_inputs(corpus, pipeline.formats))
    bag = db.from_sequence(documents, npartitions=4)
    summary = dask_engine.run(bag, tmp_path, pipeline, client)
    assert summary["complete"] and summary["partitions"] == bag.npartitions > 1
    assert [orjson.loads(line) for line in written(tmp_path, summary)] == expected
    out = tmp_path / "processed"
    summary = dask_engine.write_jsonl(db.from_sequence(expected, npartitions=3), out, pipeline, client,
                                      processed=True)  # records written as they are, not processed again
    assert [orjson.loads(line) for line in written(out, summary)] == expected


def test_each_worker_process_builds_its_pipeline_once(client, corpus: list[str], tmp_path: Path) -> None:
    from framework import dask_engine

    pipeline = Pipeline.from_config(entry_points=False, modules=["dask_plugins:Pause"],
                                    settings={"pause": {"mark": 1}})
    summary = dask_engine.run(corpus[:1], tmp_path, pipeline, client, partitions=8)
    builders = {r["doc"]["built_by"]["value"] for r in map(orjson.loads, written(tmp_path, summary))
                if "doc" in r and "built_by" in r["doc"]}
    assert summary["partitions"] == 8 and 1 <= len(builders) <= 2


@pytest.fixture(scope="module")
def paused(corpus: list[str]) -> tuple[Pipeline, list[bytes], dict]:
    """A pipeline slow enough (3 ms a document) to kill a worker mid-run, and its serial output."""
    # source_tags beside the pause: a real plugin, but one that restarts with a killed worker in no time
    pipeline = Pipeline.from_config(entry_points=False,
                                    modules=["dask_plugins:Pause", "plugins.source_tags:SourceTags"],
                                    settings={"pause": {"ms": 3}})
    return pipeline, *serial(pipeline, corpus[:1])


def _kill_a_worker_when_a_partition_is_written(client, out: Path) -> tuple[int, int]:
    """Wait for the first part file, then SIGKILL one worker process; return (parts then, pid killed)."""
    deadline = time.monotonic() + 30
    while not any(out.glob("part-*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    parts = len(list(out.glob("part-*")))
    pid = sorted(client.run(os.getpid).values())[0]
    os.kill(pid, signal.SIGKILL)
    return parts, pid


def _run_in_thread(target, *args, **kwargs) -> tuple[threading.Thread, dict]:
    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(summary=target(*args, **kwargs)))
    thread.start()
    return thread, result


def test_a_killed_worker_loses_nothing(client, corpus: list[str], paused, tmp_path: Path) -> None:
    from framework import dask_engine

    pipeline, expected, stats = paused
    thread, result = _run_in_thread(dask_engine.run, corpus[:1], tmp_path, pipeline, client, partitions=10)
    parts, pid = _kill_a_worker_when_a_partition_is_written(client, tmp_path)
    thread.join(60)
    summary = result["summary"]
    assert parts < 10, "the worker was killed after the run, not during it"
    assert pid not in client.run(os.getpid).values()
    assert summary["complete"], summary["failed"]
    assert written(tmp_path, summary) == expected  # every record exactly once, in order
    assert summary["inputs"] == stats["inputs"] == summary["records"] + summary["error_records"]
    assert not list(tmp_path.glob(".*.tmp"))  # the killed worker's half-written temp file is gone


def test_failed_partitions_are_named_and_resuming_writes_only_those(client, corpus: list[str], paused,
                                                                    tmp_path: Path) -> None:
    from framework import dask_engine

    pipeline, expected, _ = paused
    scheduler = client.cluster.scheduler
    scheduler.allowed_failures, allowed = 0, scheduler.allowed_failures  # no retry: a lost task fails
    try:
        thread, result = _run_in_thread(dask_engine.run, corpus[:1], tmp_path, pipeline, client, partitions=10)
        _kill_a_worker_when_a_partition_is_written(client, tmp_path)
        thread.join(60)
    finally:
        scheduler.allowed_failures = allowed
    failed = result["summary"]
    assert not failed["complete"] and failed["missing"]
    assert set(failed["failed"]) == {str(i) for i in failed["missing"]}
    assert "KilledWorker" in next(iter(failed["failed"].values()))
    message = dask_engine.describe_failure(failed)
    assert f"partitions to rerun: {', '.join(map(str, failed['missing']))}" in message and "--resume" in message
    assert len(failed["files"]) + len(failed["missing"]) == 10
    # partitions with counts have their file; a missing one may have one too (written before its worker was
    # lost): it is rewritten, identically, by the rerun
    before = {part["file"]: (tmp_path / part["file"]).stat().st_mtime_ns for part in failed["files"].values()}

    client.wait_for_workers(2, timeout=60)  # the nanny brings the killed worker back; resume on a whole cluster
    resumed = dask_engine.run(corpus[:1], tmp_path, pipeline, client, partitions=10, resume=True)
    if not resumed["complete"]:  # the restarted worker can still be settling: resuming again is the contract
        resumed = dask_engine.run(corpus[:1], tmp_path, pipeline, client, partitions=10, resume=True)
    assert resumed["complete"], resumed["failed"]
    assert written(tmp_path, resumed) == expected
    assert {p: tmp_path.joinpath(p).stat().st_mtime_ns for p in before} == before  # only the missing rerun
    assert resumed["inputs"] == resumed["records"] + resumed["error_records"] == len(expected)


def test_cli_engine_dask(client, corpus: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["run", *corpus, "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address,
            "--partitions", "3", "--plugins", "source_tags,tweets"]  # the CLI's wiring; the test above runs all
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output  # the bad lines are error records
    summary = orjson.loads((out / "_summary.json").read_bytes())
    assert summary["complete"] and summary["error_records"] == len(BAD_LINES) - 2
    assert "partitions under" in result.output and "docs/s" in result.output
    again = CliRunner().invoke(cli, [*args, "--resume"])  # nothing missing: nothing to do, same summary
    assert again.exit_code == 1 and orjson.loads((out / "_summary.json").read_bytes())["files"] == summary["files"]
    other = CliRunner().invoke(cli, [*args[:-3], "4"])
    assert other.exit_code == 2 and "empty folder" in other.output


def test_cli_engine_dask_dead_letters_go_to_the_output_folder(client, corpus: list[str], tmp_path: Path) -> None:
    """docs/dask.md: ``--on-error dead-letter`` alone (no --dead-letter FILE, which this engine cannot honour)."""
    out = tmp_path / "out"
    args = ["run", corpus[0], "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address,
            "--partitions", "2", "--plugins", "source_tags", "--on-error", "dead-letter"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    dead = [orjson.loads(line) for f in sorted(out.glob("dead-letter-*.jsonl")) for line in f.read_bytes().splitlines()]
    assert len(dead) == len(BAD_LINES) - 2 and all(r["status"] == "error" for r in dead)
    refused = CliRunner().invoke(cli, [*args, "--dead-letter", str(tmp_path / "dead.jsonl")])
    assert refused.exit_code == 2 and "drop --dead-letter" in refused.output


def test_cli_engine_dask_checks_max_error_rate_on_the_whole_run(client, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "fine"}\n{"text": ""}\nnot json\n')  # 2 of 3 fail: under min_documents_for_rate
    args = ["run", str(src), "-o", str(tmp_path / "out"), "--engine", "dask", "--scheduler", client.scheduler.address,
            "--plugins", "source_tags", "--max-error-rate", "0.5"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 3, result.output
    assert "2 of 3 documents failed (67%), over max_error_rate=50%: the run failed" in result.output


def _until(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def _local_run(out: Path, inputs: list[str]) -> list[str]:
    """``textplug run --engine dask`` on a local cluster of 2 workers, slowed by the pause plugin."""
    return [str(Path(sys.executable).with_name("textplug")), "run", *inputs, "-o", str(out), "--engine", "dask",
            "-w", "2", "--partitions", "10", "--plugin-module", "dask_plugins:Pause",
            "--plugins", "pause,source_tags", "--set", "pause.ms=30"]


def _interrupted(args: list[str], out: Path) -> tuple[int, str]:
    """Run ``args`` and send it Ctrl-C (SIGINT to its whole process group, as a terminal does) once a
    partition is written; (exit code, stderr)."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            cwd=Path(__file__).parent,  # dask_plugins is imported from here
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    _until(lambda: any(out.glob("part-*")) or proc.poll() is not None)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)

    def gone() -> bool:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return True
        return False

    _until(gone, 15)
    assert gone(), "worker processes outlived the interrupted run"
    return proc.returncode, err.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT")
def test_ctrl_c_on_a_local_cluster_ends_with_one_line_and_resume_finishes(corpus: list[str],
                                                                          tmp_path: Path) -> None:
    """As the pool run: exit 130 and one line, none of the workers' tracebacks nor distributed's warnings
    about the tasks and connections the shutdown cut. The summary counts what was written, so ``--resume``
    writes the rest: each input exactly once, counts that reconcile."""
    pytest.importorskip("distributed")
    out = tmp_path / "out"
    args = _local_run(out, corpus[:1])
    with socket.socket() as dashboard:  # another cluster's dashboard port: no warning about it either
        with contextlib.suppress(OSError):
            dashboard.bind(("127.0.0.1", 8787))
        code, err = _interrupted(args, out)
    assert code == 130, err
    assert err.startswith("textplug: error: interrupted") and err.count("\n") == 1, err
    interrupted = orjson.loads((out / "_summary.json").read_bytes())
    assert interrupted["missing"] and f"--resume to write the other {len(interrupted['missing'])}" in err
    resumed = subprocess.run([*args, "--resume"], capture_output=True, cwd=Path(__file__).parent)
    assert resumed.returncode == 1, resumed.stderr  # the bad lines are error records
    summary = orjson.loads((out / "_summary.json").read_bytes())
    assert summary["complete"] and summary["partitions"] == 10
    inputs = list(iter_inputs(corpus[:1], Pipeline.from_config(entry_points=False).formats))
    assert [orjson.loads(line)["id"] for line in written(out, summary)] == [d["id"] for d in inputs]
    assert summary["inputs"] == summary["records"] + summary["error_records"] == len(inputs)
    assert {k: v for k, v in summary["files"].items() if k in interrupted["files"]} == interrupted["files"]


def _closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_scheduler_is_a_usage_error_within_seconds(tmp_path: Path) -> None:
    """Not distributed's 30 s connect timeout: a wrong address is the user's to fix, say so at once."""
    pytest.importorskip("distributed")
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "t"}\n')
    address = f"tcp://127.0.0.1:{_closed_port()}"
    args = ["run", str(src), "-o", str(tmp_path / "out"), "--engine", "dask", "--scheduler", address,
            "--plugins", "source_tags"]
    started = time.monotonic()
    result = CliRunner().invoke(cli, args)
    assert time.monotonic() - started < 10
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"textplug: error: cannot connect to the Dask scheduler {address!r}")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert not (tmp_path / "out").exists()  # the folder it created for the run is removed again
