import gzip
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from framework.cli import cli


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_run_without_input_processes_the_bundled_samples(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("run", "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(records) >= 5 and {r["meta"]["lang"] for r in records} >= {"en", "fr", "de"}
    assert any(r["layers"].get("source_tag") for r in records)
    assert "inputs ->" in result.stderr and "docs/s" in result.stderr and "MB/s" in result.stderr


def test_stdin_to_stdout_and_exit_code_for_bad_lines() -> None:
    data = b'{"id": "1", "text": "ok\\nSource-5"}\nnot json\n'
    result = run("run", "-", "-o", "-", "-q", input=data)
    lines = result.stdout_bytes.splitlines()
    assert result.exit_code == 1 and len(lines) == 2
    assert orjson.loads(lines[0])["doc"]["source"]["value"]["id"] == 5
    assert orjson.loads(lines[1])["status"] == "error"


def test_workers_set_and_gzip_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(orjson.dumps({"id": str(i), "text": f"t {i}\nQuelle-{i}"}) + b"\n" for i in range(50)))
    out = tmp_path / "out.jsonl.gz"
    result = run("run", str(src), "-o", str(out), "-w", "2", "--set", "source_tags.prefixes=Quelle,Source")
    assert result.exit_code == 0, result.stderr
    records = [orjson.loads(line) for line in gzip.decompress(out.read_bytes()).splitlines()]
    assert [r["doc"]["source"]["value"]["id"] for r in records] == list(range(50))


def test_dead_letter_and_error_rate(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "fine"}\n{"text": ""}\n{"text": "also fine"}\n')
    out, dead = tmp_path / "out.jsonl", tmp_path / "dead.jsonl"
    result = run("run", str(src), "-o", str(out), "--on-error", "dead-letter", "--dead-letter", str(dead))
    assert result.exit_code == 1
    assert len(out.read_bytes().splitlines()) == 2 and len(dead.read_bytes().splitlines()) == 1
    many = tmp_path / "many.jsonl"
    many.write_bytes(b'{"text": ""}\n' * 150)
    result = run("run", str(many), "-o", str(tmp_path / "x.jsonl"), "--max-error-rate", "0.5")
    assert result.exit_code == 3 and "max_error_rate" in result.stderr
    assert not (tmp_path / "x.jsonl").exists()


def test_max_error_rate_applies_to_a_short_run_at_its_end(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "fine"}\n{"text": ""}\n{"text": " "}\n')  # 2 of 3 are error records
    out = tmp_path / "out.jsonl"
    result = run("run", str(src), "-o", str(out), "--max-error-rate", "0.5")
    assert result.exit_code == 3, result.output
    assert "2 of 3 documents failed (67%), over max_error_rate=50%: the run failed" in result.stderr
    assert not out.exists()
    result = run("run", str(src), "-o", str(out), "--max-error-rate", "0.7")
    assert result.exit_code == 1 and len(out.read_bytes().splitlines()) == 3
    assert "min_documents_for_rate" in run("run", "--help").stdout


def test_folder_files_without_a_reader_are_counted_as_error_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("un texte")
    (folder / "b.bin").write_bytes(b"\x00\x01")
    (folder / "noext").write_text("x")
    out = tmp_path / "out.jsonl"
    result = run("run", str(folder), "-o", str(out), "--plugins", "source_tags")
    assert result.exit_code == 1, result.output
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [(r["id"], r.get("status")) for r in records] == [
        (str(folder / "a.txt"), None), (str(folder / "b.bin"), "error"), (str(folder / "noext"), "error")]
    assert all(r["errors"][0]["type"] == "NoReader" for r in records[1:])
    assert "3 inputs -> 1 records + 2 error records" in result.stderr


@pytest.mark.parametrize("options, isolated", [((), False), (("--isolate",), True), (("-w", "2"), True)])
def test_a_plugin_that_kills_its_process_costs_one_record_only_when_isolated(tmp_path: Path, options: tuple,
                                                                            isolated: bool) -> None:
    """README: -w 1 runs in the command's own process, where os._exit ends the run; --isolate or -w 2 isolate."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_bytes(b'{"id": "a", "text": "calm"}\n{"id": "b", "text": "crash"}\n{"id": "c", "text": "calm"}\n')
    args = [str(Path(sys.executable).with_name("textplug")), "run", str(src), "-o", str(out), "-q",
            "--plugins", "crasher", "--plugin-module", "sample_plugins:Crasher", *options]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(args, capture_output=True, env=env, cwd=tmp_path, timeout=300)
    if not isolated:
        assert done.returncode == 70 and not out.exists()  # Crasher's os._exit(70): nothing written
        assert [p.name.startswith(".out.jsonl.") for p in tmp_path.glob(".*.tmp")] == [True]  # as documented
        return
    assert done.returncode == 1, done.stderr
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [(r["id"], r.get("status")) for r in records] == [("a", None), ("b", "error"), ("c", None)]
    assert records[1]["errors"][0]["type"] == "WorkerCrashed"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("run", "--set", "novalue").exit_code == 2
    (tmp_path / "x.unknown").write_text("text")
    result = run("run", str(tmp_path / "x.unknown"), "-o", str(tmp_path / "o.jsonl"))
    assert result.exit_code == 2 and "--format" in result.stderr
    assert run("run", "--plugins", "nope").exit_code == 2


def test_unknown_output_extension_names_the_output_option(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text("text")
    result = run("run", str(src), "-o", str(tmp_path / "out.foo"))
    assert result.exit_code == 2 and "no writer for" in result.stderr
    assert "--output-format" in result.stderr and "--format;" not in result.stderr
    result = run("run", str(src), "-o", str(tmp_path / "out.jsonl"), "--output-format", "nope")
    assert result.exit_code == 2 and "unknown writer format 'nope' (--output-format)" in result.stderr


def test_plugins_lists_hooks_provides_and_order() -> None:
    result = run("plugins")
    assert result.exit_code == 0
    assert "source_tags" in result.stdout and "provides: source_tag, doc.source" in result.stdout
    assert "prepare_document: source_tags" in result.stdout  # tryfirst: before any other
    data = orjson.loads(run("plugins", "--json").stdout)
    assert "source_tags" in {p["name"] for p in data["plugins"]}


@pytest.mark.skipif(sys.platform == "win32", reason="console script path")
def test_console_script_is_installed(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("textplug")
    done = subprocess.run([str(exe), "run", "-o", str(tmp_path / "o.jsonl"), "-q"], capture_output=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT")
def test_ctrl_c_with_workers_exits_130_without_tracebacks(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group, workers waiting for work included: none may print a
    traceback; the run exits 130 and leaves no output file and no process behind."""
    out = tmp_path / "out.jsonl"
    exe = Path(sys.executable).with_name("textplug")
    args = [str(exe), "run", "-", "-o", str(out), "-w", "2", "--plugins", "source_tags"]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdin is not None
    proc.stdin.write(b"".join(orjson.dumps({"id": str(i), "text": f"text {i}"}) + b"\n" for i in range(200)))
    proc.stdin.flush()  # three chunks for the workers, then the input stalls: they wait for more
    time.sleep(4)
    assert proc.poll() is None
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err and b"interrupted" in err, err
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl.*"))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the workers and the fork server are gone too
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("worker processes outlived the interrupted run")


def test_an_input_that_names_nothing_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    for missing in (str(tmp_path / "nope.txt"), str(tmp_path / "nothing-*.jsonl")):
        result = run("run", missing, "-o", str(out))
        assert result.exit_code == 2 and result.stderr == f"textplug: error: no such file or folder: {missing}\n"
        assert not out.exists()


def test_globs_are_expanded_by_the_local_engine_as_by_the_dask_engine(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(f"text of {name}")
    out = tmp_path / "out.jsonl"
    result = run("run", str(tmp_path / "*.txt"), "-o", str(out), "--plugins", "source_tags")
    assert result.exit_code == 0, result.stderr
    assert [orjson.loads(line)["text"] for line in out.read_bytes().splitlines()] == ["text of a.txt", "text of b.txt"]


def test_dask_output_that_cannot_be_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "t"}\n')
    result = run("run", str(src), "-o", str(src), "--engine", "dask", "--plugins", "source_tags")
    assert result.exit_code == 2 and "is a file" in result.stderr and "Traceback" not in result.output
    missing = str(tmp_path / "nope.jsonl")
    result = run("run", missing, "-o", str(tmp_path / "out"), "--engine", "dask", "--plugins", "source_tags")
    assert result.exit_code == 2 and f"no such file or folder: {missing}" in result.stderr


def test_interrupted_dask_run_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from framework import dask_engine

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(dask_engine, "run", interrupted)
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "t"}\n')
    result = run("run", str(src), "-o", str(tmp_path / "out"), "--engine", "dask", "--plugins", "source_tags")
    assert result.exit_code == 130 and result.stderr.startswith("textplug: error: interrupted")


def test_interrupted_run_to_stdout_does_not_speak_of_an_output_file(monkeypatch: pytest.MonkeyPatch) -> None:
    import framework.cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt
        yield b""

    monkeypatch.setattr(framework.cli, "process_many_json", interrupted)
    result = run("run", "-", "-o", "-", "--plugins", "source_tags", input=b'{"text": "t"}\n')
    assert result.exit_code == 130 and result.stderr == "textplug: error: interrupted\n"


@pytest.mark.parametrize("args, says", [
    (["--plugins", "nope"], "unknown plugin(s) in the allow list: nope; available: "),
    (["--disable", "entites"], "unknown plugin(s) in the block list: entites; available: "),
    (["--set", "languages.languages=fr"], "settings for unknown plugin(s): languages; available: "),
])
def test_unknown_plugin_names_are_usage_errors(tmp_path: Path, args: list[str], says: str) -> None:
    """A typo in a plugin name must not be ignored in silence (``--disable entites`` would run entities)."""
    for command in (["run", "-o", str(tmp_path / "o.jsonl")], ["plugins"]):
        result = run(*command, *args)
        assert result.exit_code == 2 and result.stderr.startswith(f"textplug: error: {says}"), result.stderr
        assert "entities, html, language" in result.stderr and len(result.stderr.splitlines()) == 1


def test_settings_and_block_list_may_name_installed_plugins_that_are_not_enabled(tmp_path: Path) -> None:
    result = run("run", "-o", str(tmp_path / "o.jsonl"), "--plugins", "source_tags", "--disable", "entities",
                 "--set", "entities.kb=unused.sqlite")
    assert result.exit_code == 0, result.stderr


def test_output_to_a_pipe_or_device_is_json_lines_written_through(fifo) -> None:
    result = run("run", "-o", str(fifo.path), "--plugins", "source_tags", "-q")
    assert result.exit_code == 0, result.stderr
    got = fifo.read()
    assert got and all(orjson.loads(line)["schema"] == "textplug/1" for line in got.splitlines())
    assert stat.S_ISFIFO(fifo.path.stat().st_mode)


def test_output_to_a_folder_says_so(tmp_path: Path) -> None:
    result = run("run", "-o", str(tmp_path), "--plugins", "source_tags")
    assert result.exit_code == 2 and result.stderr == f"textplug: error: output {tmp_path} is a folder: name a file\n"


@pytest.mark.parametrize("rate, shown", [(0.115, "0.12 docs/s"), (3.4, "3.4 docs/s"), (514.2, "514 docs/s")])
def test_summary_rate_of_slow_documents_is_not_zero(rate: float, shown: str) -> None:
    from framework.cli import summary_line

    summary = {"inputs": 1, "records": 1, "error_records": 0, "documents_with_errors": 0, "seconds": 8.7,
               "docs_per_s": rate, "mb_per_s": 0.56}
    assert f"in 8.70 s: {shown}, 0.56 MB/s" in summary_line(summary)


def test_plugin_module_in_the_current_folder_loads_as_with_python_m(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A console script's sys.path does not hold the current folder, so ``--plugin-module myplugin:Shout``
    next to myplugin.py failed with 'No module named myplugin'."""
    (tmp_path / "cwd_plugin_audit.py").write_text(
        "from framework import hookimpl\n\n\nclass Shout:\n    name = 'shout'\n    provides = ('doc.shout',)\n\n"
        "    @hookimpl\n    def annotate_document(self, doc):\n        doc.set('shout', doc.text.upper())\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", [p for p in sys.path if p not in ("", ".", str(tmp_path))])
    monkeypatch.delitem(sys.modules, "cwd_plugin_audit", raising=False)
    result = run("run", "-", "-o", "-", "-q", "--plugins", "shout", "--plugin-module", "cwd_plugin_audit:Shout",
                 input=b'{"text": "hi"}\n')
    assert result.exit_code == 0, result.stderr
    assert orjson.loads(result.stdout)["doc"]["shout"]["value"] == "HI"


def test_a_scheduler_that_cannot_be_reached_is_one_line_exit_2(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "t"}\n')
    result = run("run", str(src), "-o", str(tmp_path / "out"), "--engine", "dask", "--scheduler", "nonsense",
                 "--plugins", "source_tags")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("textplug: error: cannot connect to the Dask scheduler 'nonsense': ")
    assert len(result.stderr.splitlines()) == 1
