"""``textplug view``: the command a plugin adds through ``register_commands``, end to end after ``run``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
from lxml import html
from view_records import gold_record

from framework.cli import _register_plugin_commands, cli


def invoke(*args: str):
    from click.testing import CliRunner

    _register_plugin_commands()
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_the_view_plugin_is_registered_by_entry_point() -> None:
    result = invoke("plugins", "--json")
    names = [p["name"] for p in orjson.loads(result.stdout)["plugins"]]
    assert "view" in names
    assert "view" in invoke("--help").stdout


def test_view_writes_the_report_of_the_seed_record(tmp_path: Path, shared_data: Path) -> None:
    record, gold = gold_record(shared_data)
    source = tmp_path / "records.jsonl"
    source.write_bytes(orjson.dumps(record) + b"\n")
    out = tmp_path / "report.html"
    result = invoke("view", str(source), "-o", str(out), "--title", "Seed")
    assert result.exit_code == 0, result.output
    assert "1 records (1 documents, 7 quotes), 1 document pages" in result.stderr
    page = html.fromstring(out.read_bytes())
    assert page.xpath("string(//h1)") == "Seed"
    assert len(page.xpath("//span[contains(@class, 'quote')]/@data-quote")) >= len(gold["quotes"])


def test_run_then_view_from_the_command_line(tmp_path: Path) -> None:
    """The real console script: records from ``textplug run`` on the bundled samples, then a report."""
    records = tmp_path / "out.jsonl"
    report = tmp_path / "report.html"
    exe = [sys.executable, "-c", "from framework.cli import main; main()"]
    subprocess.run([*exe, "run", "-o", str(records), "-q"], check=True)
    done = subprocess.run([*exe, "view", str(records), "-o", str(report)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    page = html.fromstring(report.read_bytes())
    lines = records.read_bytes().splitlines()
    assert len(page.xpath("//section[contains(@class, 'doc')]")) == len(lines)
    tags = [t for line in lines for t in orjson.loads(line)["layers"].get("source_tag", [])]
    assert tags and len(page.xpath("//span[@class='srctag']")) == len(tags)  # the source_tags layer is drawn


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("view", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 2 and "does not exist" in result.output
    assert not (tmp_path / "r.html").exists()


def test_a_file_with_no_json_line_is_a_usage_error_not_a_page_of_errors(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Le conseil ne sera pas formé.\nSource-147\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = invoke("view", str(source), "-o", str(out))
    assert result.exit_code == 2 and "no line is JSON" in result.stderr
    assert not out.exists()
    # one bad line among records is still counted and shown (an error record), not refused
    from framework import Pipeline, dumps

    mixed = tmp_path / "mixed.jsonl"
    mixed.write_bytes(dumps(Pipeline.from_config(entry_points=False).process("Un texte.")) + b"not json\n")
    result = invoke("view", str(mixed), "-o", str(out))
    assert result.exit_code == 0 and "2 records (1 documents" in result.stderr
